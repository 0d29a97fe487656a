"""Count the bare numeric literals of the PDF reader (issue 11: tunables as data).

    python scripts/bare_literals.py [PATH ...] [--list]

A bare literal is an int or float in code that is not one of:
- 0, 1, -1 (identities, first and last, counting on);
- an index or slice (``parts[2]``, ``xs[:3]``);
- the halving in ``x / 2`` or ``n // 2`` (a midpoint or median, not a threshold);
- the value of a named constant: a module- or class-level assignment (``GAP = 0.5``; the fields
  of ``params.LayoutSettings`` and their ``tunable(...)`` defaults count as named too).
Default PATH: newslayout/readers/pdf. ``--list`` prints each literal with its place.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
IDENTITIES = (0, 1, -1)


def _parents(tree: ast.AST) -> dict[ast.AST, ast.AST]:
    return {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


def _named(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    """Whether ``node`` lies in a module- or class-level assignment (a named constant)."""
    while node in parents:
        parent = parents[node]
        if isinstance(node, ast.Assign | ast.AnnAssign):
            return isinstance(parent, ast.Module | ast.ClassDef)
        if isinstance(parent, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return False
        node = parent
    return False


def bare(source: str) -> Iterator[tuple[int, str]]:
    """(line, literal) of every bare numeric literal of ``source``."""
    tree = ast.parse(source)
    parents = _parents(tree)
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or isinstance(node.value, bool):
            continue
        if not isinstance(node.value, int | float):
            continue
        value = node.value
        at: ast.expr = node
        parent = parents.get(node)
        if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.USub):
            value, at = -value, parent
            parent = parents.get(parent)
        if value in IDENTITIES:
            continue
        if isinstance(parent, ast.Subscript | ast.Slice):
            continue
        if (
            isinstance(parent, ast.BinOp)
            and isinstance(parent.op, ast.Div | ast.FloorDiv)
            and parent.right is at
            and value == 2
        ):
            continue
        if _named(at, parents):
            continue
        yield node.lineno, ast.unparse(at)


def main(argv: list[str]) -> int:
    listing = "--list" in argv
    paths = [Path(a) for a in argv if a != "--list"] or [ROOT / "newslayout/readers/pdf"]
    total = 0
    for path in paths:
        files = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        for file in files:
            found = list(bare(file.read_text(encoding="utf-8")))
            total += len(found)
            if found:
                print(f"{len(found):4d}  {file.relative_to(ROOT) if file.is_absolute() else file}")
            if listing:
                for line, text in found:
                    print(f"        {line}: {text}")
    print(f"{total:4d}  total")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
