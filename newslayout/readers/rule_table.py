"""One rule table for the readers: named rules tried in order, the first that answers wins.

A rule is a name, a test and the names of the rules whose verdicts on *other* subjects it
reads (its ``reads``). Rules that read nothing look at their subject alone (pass 1); rules
that read verdicts run after them (pass 2) and see only the pass-1 verdicts they name, never
each other's and never their own. A verdict is evidence about a subject, not its final role:
it is the same whichever rules are switched off, so switching one rule off changes no other
rule's answer (``tests/unit/pdf/s3_classify/test_classify.py`` checks this on every rule).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

S = TypeVar("S")  # what is classified (a text block)
C = TypeVar("C")  # what the rule may look at besides it (the page)
V = TypeVar("V")  # the answer (a role)


@dataclass(frozen=True)  # no slots: a subscripted generic sets __orig_class__ on its instances
class Rule(Generic[S, C, V]):
    """A named classification rule: ``test(subject, context)`` returns an answer or ``None``.

    ``reads`` names the pass-1 rules whose verdicts on neighbouring subjects the test reads
    (through the context); empty for a rule about its subject alone.
    """

    name: str
    test: Callable[[S, C], V | None]
    reads: tuple[str, ...] = ()

    @property
    def summary(self) -> str:
        """The first sentence-paragraph of the test's docstring (for the generated docs)."""
        doc = (self.test.__doc__ or "").strip()
        return " ".join(doc.split("\n\n")[0].split())


def first_match(
    rules: Iterable[Rule[S, C, V]],
    answer: Callable[[Rule[S, C, V]], V | None],
) -> tuple[Rule[S, C, V], V] | None:
    """The first rule (in table order) that answers, with its answer; ``None`` if none does.

    ``answer(rule)`` asks one rule about the subject at hand (the caller decides how: from a
    memo of verdicts, with a context that lets the rule read its ``reads``).
    """
    for rule in rules:
        found = answer(rule)
        if found is not None:
            return rule, found
    return None


@dataclass(frozen=True)  # no slots: a subscripted generic sets __orig_class__ on its instances
class RuleTable(Generic[S, C, V]):
    """An ordered table of rules, checked once when built: names unique, every ``reads``
    naming a pass-1 rule of the table."""

    rules: tuple[Rule[S, C, V], ...]
    by_name: dict[str, Rule[S, C, V]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        names = [r.name for r in self.rules]
        if len(set(names)) != len(names):
            raise ValueError(f"rule names repeat: {names}")
        by_name = {r.name: r for r in self.rules}
        for rule in self.rules:
            for read in rule.reads:
                if read not in by_name or by_name[read].reads:
                    raise ValueError(f"rule {rule.name!r} reads {read!r}, not a pass-1 rule")
        object.__setattr__(self, "by_name", by_name)

    def __iter__(self) -> Iterator[Rule[S, C, V]]:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.rules)

    def active(self, disabled: Collection[str] = frozenset()) -> list[Rule[S, C, V]]:
        """The rules not switched off, in table order (a name no rule has switches nothing)."""
        return [r for r in self.rules if r.name not in disabled]
