"""Teaser targets: a page of the file, or the printed label of a page outside it."""

from __future__ import annotations

from newslayout.model import Teaser
from newslayout.readers.builder.teasers import settle_target


def test_a_target_inside_the_file_keeps_its_page() -> None:
    teaser = Teaser(text="Sport", target_page=2, label="Page 2")
    assert settle_target(teaser, [1, 2, 3]) == teaser


def test_a_target_outside_the_file_keeps_its_printed_label() -> None:
    settled = settle_target(Teaser(text="Travel", target_page=23, label="A23"), [1, 2])
    assert (settled.target_page, settled.target_label) == (None, "A23")
    settled = settle_target(Teaser(text="Letters", target_page=19, label="Seite 19"), [1, 2])
    assert (settled.target_page, settled.target_label) == (None, "19")


def test_a_target_without_a_printed_label_keeps_its_number() -> None:
    settled = settle_target(Teaser(text="Arts", target_page=9), [1])
    assert (settled.target_page, settled.target_label) == (None, "9")
