"""Jump lines to or from pages outside the file keep their printed label."""

from __future__ import annotations

from newslayout.model import Article, Jump, JumpDirection, jump_leaves_file
from newslayout.readers.builder.jumps import jumps_leaving_file, leave_file


def _on(text: str, to_page: int, *, resolved: bool = False) -> Jump:
    return Jump(
        direction=JumpDirection.ON, text=text, from_page=1, to_page=to_page, resolved=resolved
    )


def test_a_jump_to_a_page_past_the_file_keeps_the_printed_label() -> None:
    out = leave_file(_on("See COARTFIELD, Page A30", 30), pages={1, 2, 3})
    assert (out.to_page, out.to_label) == (None, "A30")
    assert jump_leaves_file(out)


def test_a_jump_to_a_page_in_the_file_is_kept() -> None:
    jump = _on("Continued on page 2", 2)
    assert leave_file(jump, pages={1, 2}) == jump


def test_a_continuation_from_a_page_not_in_the_file_keeps_the_label() -> None:
    jump = Jump(direction=JumpDirection.FROM, text="BREWERY, from A1", from_page=1, to_page=3)
    out = leave_file(jump, pages={3})
    assert (out.from_page, out.from_label, out.to_page) == (None, "A1", 3)


def test_an_article_without_jumps_out_of_the_file_is_the_same_object() -> None:
    article = Article(id="a1", headline="Ferry", jumps=(_on("Continued on page 2", 2),))
    assert jumps_leaving_file(article, {1, 2}) is article
    moved = jumps_leaving_file(article, {1})
    assert moved.jumps[0].to_label == "2"
