"""The style-sheet contrast checker (:mod:`tests.helpers.qss_contrast`) is right, and catches a
low-contrast colour wherever it is added: the checker the looks' test relies on, tested on
small sheets of its own."""

from __future__ import annotations

import pytest

from tests.helpers.qss_contrast import (
    Element,
    cascade,
    contrast_ratio,
    low_contrast,
    parse,
    parse_colour,
    text_pairs,
)

GOOD = """
* { color: #111111; }
QMainWindow, QStackedWidget { background: #ffffff; }
QPushButton { color: #0b4f9c; background: #ffffff; }
QPushButton:focus { color: #111111; background: #ffe066; }
QPushButton[role="primary"] { color: #ffffff; background: #0b4f9c; }
#header { background: #0b2e59; }
#header QLabel { color: #ffffff; }
#header QPushButton[role="language"] { color: #ffffff; background: #0b2e59; }
"""


@pytest.mark.parametrize(
    ("foreground", "background", "expected"),
    [
        ("#777777", "#ffffff", 4.48),  # the classic grey just under AA
        ("#000000", "#ffffff", 21.0),
        ("#ffffff", "#ffffff", 1.0),
        ("#767676", "#ffffff", 4.54),  # the lightest grey that passes on white
        ("#0b4f9c", "#ffffff", 8.04),
    ],
)
def test_the_wcag_formula(foreground: str, background: str, expected: float) -> None:
    assert contrast_ratio(foreground, background) == pytest.approx(expected, abs=0.005)
    assert contrast_ratio(background, foreground) == contrast_ratio(foreground, background)


def test_colours_are_read_or_refused() -> None:
    assert parse_colour("#fff") == (255, 255, 255)
    assert parse_colour("white") == parse_colour("#FFFFFF")
    with pytest.raises(ValueError):
        parse_colour("rgb(1, 2, 3)")  # not understood: never silently skipped


def test_the_most_specific_rule_wins_then_the_later() -> None:
    rules = parse(GOOD + "QPushButton { color: #222222; }  /* later, but less specific */")
    button = Element("QPushButton", props=(("role", "primary"),))
    assert cascade(rules, [Element("QMainWindow"), button])["color"][0] == "#ffffff"
    plain = Element("QPushButton")
    assert cascade(rules, [Element("QMainWindow"), plain])["color"][0] == "#222222"
    focused = Element("QPushButton", states=frozenset({"focus"}))
    assert cascade(rules, [Element("QMainWindow"), focused])["background"][0] == "#ffe066"


def test_a_good_sheet_passes_and_its_pairs_are_the_real_ones() -> None:
    assert low_contrast(GOOD) == []
    pairs = {(p.colour, p.background) for p in text_pairs(GOOD)}
    assert ("#ffffff", "#0b2e59") in pairs  # header text on the header, not on white
    assert ("#111111", "#ffe066") in pairs  # a focused button
    assert ("#0b4f9c", "#ffffff") in pairs


@pytest.mark.parametrize(
    "bad",
    [
        '*[role="faint"] { color: #999999; }',  # a grey on the page's white
        "QPushButton:disabled { color: #aaaaaa; }",  # a state, on the button's white
        "QPushButton:pressed { background: #0b4f9c; }",  # a background under blue text
        '#header QLabel[role="demo-mark"] { color: #0b4f9c; }',  # inherits the navy header
        'QLabel[role="notice"] { background: #333333; }',  # dark under the page's text
    ],
)
def test_a_low_contrast_rule_is_caught(bad: str) -> None:
    found = low_contrast(GOOD + bad)
    assert found, bad
    assert all(float(f.rsplit("= ", 1)[1].rstrip(":1")) < 4.5 for f in found)


def test_a_colour_with_no_background_anywhere_is_reported() -> None:
    # Nothing paints a background: the checker cannot vouch for the text, so it fails it.
    assert low_contrast("* { color: #000000; }")
