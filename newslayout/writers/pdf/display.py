"""Breaks for display type (headlines, decks, pull quotes, box titles) with no one-word last
line, when narrowing the measure evenly cannot find them.

A greedy break at a narrower measure keeps a head's lines and moves a word down only when the
lines above have room to give; "First heat wave of / summer expected / Tuesday" has none that
a uniform narrowing finds without adding a line. Here every way of setting the words in the
same number of lines is weighed (a small dynamic programme: a head has a few dozen words at
most) and the most even one (least squared slack over the lines but the last) whose last line
holds two words or more is taken: "First heat wave / of summer / expected Tuesday".
"""

from __future__ import annotations

from collections.abc import Sequence

#: Display text longer than this many words is not searched (it is body text set big).
MAX_WORDS = 60


def balanced_breaks(
    words: Sequence[float], space: float, widths: Sequence[float], lines: int
) -> list[int] | None:
    """Where each of ``lines`` lines ends (the index after its last word), every line within
    its measure (``widths``, the last repeating), the last of two words or more, the slack of
    the other lines as even as can be; None when there is no such setting."""
    count = len(words)
    if lines < 2 or count < lines + 1 or count > MAX_WORDS:
        return None
    starts = [0.0]
    for width in words:
        starts.append(starts[-1] + width)

    def natural(first: int, end: int) -> float:
        return starts[end] - starts[first] + space * (end - first - 1)

    def measure(line: int) -> float:
        return widths[min(line, len(widths) - 1)]

    inf = float("inf")
    # cost[k][i]: the least cost of setting the first i words in k lines; back: the break
    cost = [[inf] * (count + 1) for _ in range(lines + 1)]
    back = [[-1] * (count + 1) for _ in range(lines + 1)]
    cost[0][0] = 0.0
    for k in range(1, lines):
        for end in range(k, count):
            for first in range(k - 1, end):
                if cost[k - 1][first] == inf:
                    continue
                slack = measure(k - 1) - natural(first, end)
                if slack < 0:
                    continue
                total = cost[k - 1][first] + slack * slack
                if total < cost[k][end]:
                    cost[k][end], back[k][end] = total, first
    best, last_start = inf, -1
    for first in range(lines - 1, count - 1):  # the last line holds words first..count-1
        if cost[lines - 1][first] < best and natural(first, count) <= measure(lines - 1):
            best, last_start = cost[lines - 1][first], first
    if last_start < 0:
        return None
    ends = [count]
    end = last_start
    for k in range(lines - 1, 0, -1):
        ends.append(end)
        end = back[k][end]
    return list(reversed(ends))
