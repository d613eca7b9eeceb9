"""The free-text safety net shared by the outbox's stored errors and the audit log."""

from __future__ import annotations

from kiosk.redaction import scrub_error_text


def test_long_numbers_are_masked_whatever_their_separators() -> None:
    assert scrub_error_text("HTTP 422: 67063029659 and 67.06.30-296.59\nand 592-1234567-89") == (
        "HTTP 422: [number] and [number] and [number]"
    )


def test_short_numbers_dates_and_codes_are_kept() -> None:
    assert scrub_error_text("HTTP 503 at 2024-05-01") == "HTTP 503 at 2024-05-01"


def test_text_is_one_line_and_cut_at_the_limit() -> None:
    assert scrub_error_text("a\n\tb   c") == "a b c"
    assert len(scrub_error_text("x" * 1000)) == 300
    assert scrub_error_text("x" * 100, limit=40) == "x" * 40
