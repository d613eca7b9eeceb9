"""The text contrast of a Qt style sheet, computed from the sheet itself (WCAG 2.x).

The kiosk's looks (:mod:`kiosk.ui.look`) are style sheets; this module reads one as Qt
cascades it and lists every text colour against the background it is drawn on:

* :func:`parse` reads the rules (selectors with their specificity, declarations, order);
* :func:`cascade` gives the winning declarations for a widget in its ancestors (a chain of
  :class:`Element`: class names, object name, dynamic properties, pseudo-states), as Qt
  does: the most specific selector wins, then the later rule;
* :func:`text_pairs` builds the widgets to look at from the sheet's own rules (every selector
  of every rule that sets a colour or a background, in each pseudo-state the sheet knows,
  inside the parts of the kiosk window where such a widget can sit) and gives each one's
  ``color`` against its own ``background``, or else the background of the nearest ancestor
  that paints one. A rule that sets a colour and no background is therefore paired with the
  background it is drawn on, never skipped; a widget on which no rule paints a background,
  up to the window, is reported with ``background`` None.
* :func:`contrast_ratio` is the WCAG 2.x formula: (L1 + 0.05) / (L2 + 0.05) of the relative
  luminances.

Only what the kiosk's sheets use is understood: hex colours (and a few names), type / ``*`` /
``#id`` / ``[prop="value"]`` / ``:state`` selectors, the descendant and ``>`` combinators.
A sub-control (``::chunk``) paints no text and is left out. Qt-free: plain text in, numbers out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace

__all__ = [
    "Element",
    "Pair",
    "Rule",
    "cascade",
    "contrast_ratio",
    "parse",
    "parse_colour",
    "text_pairs",
]

_NAMED = {"white": "#ffffff", "black": "#000000"}
_COMPOUND = re.compile(r"(?P<type>\*|[A-Za-z_][\w]*)?(?P<rest>(?:#[\w-]+|\[[^\]]*\]|::?[\w-]+)*)")
_PART = re.compile(
    r"#(?P<id>[\w-]+)|\[(?P<prop>[\w-]+)=\"(?P<value>[^\"]*)\"\]|(?P<sub>::[\w-]+)|:(?P<state>[\w-]+)"
)


# ---------------------------------------------------------------- colours


def parse_colour(text: str) -> tuple[int, int, int]:
    """``#rgb``, ``#rrggbb`` or a named colour as (r, g, b)."""
    value = _NAMED.get(text.strip().lower(), text.strip().lower())
    if re.fullmatch(r"#[0-9a-f]{3}", value):
        value = "#" + "".join(c * 2 for c in value[1:])
    if not re.fullmatch(r"#[0-9a-f]{6}", value):
        raise ValueError(f"not a colour this checker knows: {text!r}")
    return int(value[1:3], 16), int(value[3:5], 16), int(value[5:7], 16)


def _luminance(colour: str) -> float:
    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(c) for c in parse_colour(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(foreground: str, background: str) -> float:
    """The WCAG 2.x contrast ratio of two colours (1 to 21)."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


# ---------------------------------------------------------------- the sheet


@dataclass(frozen=True)
class Compound:
    """One compound selector: ``QPushButton#stop[role="primary"]:focus``."""

    type: str = "*"
    id: str | None = None
    props: tuple[tuple[str, str], ...] = ()
    states: frozenset[str] = frozenset()
    sub_control: str | None = None


@dataclass(frozen=True)
class Selector:
    """Compounds from the outermost ancestor to the widget, and the combinator before each
    (``" "`` descendant, ``">"`` child; the first one's is unused)."""

    compounds: tuple[Compound, ...]
    combinators: tuple[str, ...]
    text: str

    @property
    def specificity(self) -> tuple[int, int, int]:
        ids = sum(c.id is not None for c in self.compounds)
        attrs = sum(len(c.props) + len(c.states) for c in self.compounds)
        types = sum(c.type != "*" for c in self.compounds)
        return ids, attrs, types


@dataclass(frozen=True)
class Rule:
    selectors: tuple[Selector, ...]
    declarations: dict[str, str]
    order: int


def _compound(text: str) -> Compound:
    match = _COMPOUND.fullmatch(text)
    if match is None:
        raise ValueError(f"selector part not understood: {text!r}")
    found: dict[str, object] = {"type": match["type"] or "*"}
    props: list[tuple[str, str]] = []
    states: set[str] = set()
    for part in _PART.finditer(match["rest"]):
        if part["id"]:
            found["id"] = part["id"]
        elif part["prop"]:
            props.append((part["prop"], part["value"]))
        elif part["sub"]:
            found["sub_control"] = part["sub"][2:]
        else:
            states.add(part["state"])
    return Compound(
        type=str(found["type"]),
        id=found.get("id"),  # type: ignore[arg-type]
        props=tuple(props),
        states=frozenset(states),
        sub_control=found.get("sub_control"),  # type: ignore[arg-type]
    )


def _selector(text: str) -> Selector:
    tokens = re.sub(r"\s*>\s*", " > ", text.strip()).split()
    compounds: list[Compound] = []
    combinators: list[str] = []
    combinator = " "
    for token in tokens:
        if token == ">":
            combinator = ">"
            continue
        compounds.append(_compound(token))
        combinators.append(combinator)
        combinator = " "
    return Selector(tuple(compounds), tuple(combinators), text.strip())


_ALIASES = {"background-color": "background"}


def parse(sheet: str) -> list[Rule]:
    """The rules of ``sheet``, in order (comments dropped)."""
    text = re.sub(r"/\*.*?\*/", "", sheet, flags=re.DOTALL)
    rules: list[Rule] = []
    for block in text.split("}"):
        if not block.strip():
            continue
        head, _, body = block.partition("{")
        declarations: dict[str, str] = {}
        for line in body.split(";"):
            name, colon, value = line.partition(":")
            if colon:
                key = name.strip().lower()
                declarations[_ALIASES.get(key, key)] = value.strip()
        selectors = tuple(_selector(s) for s in head.split(",") if s.strip())
        rules.append(Rule(selectors, declarations, len(rules)))
    return rules


# ---------------------------------------------------------------- matching and cascading

#: Class names each widget type matches (a type selector matches subclasses too).
CLASSES: dict[str, tuple[str, ...]] = {
    "QMainWindow": ("QMainWindow", "QWidget"),
    "QWidget": ("QWidget",),
    "Page": ("Page", "QWidget"),
    "QStackedWidget": ("QStackedWidget", "QFrame", "QWidget"),
    "QScrollArea": ("QScrollArea", "QAbstractScrollArea", "QFrame", "QWidget"),
    "QFrame": ("QFrame", "QWidget"),
    "QLabel": ("QLabel", "QFrame", "QWidget"),
    "QPushButton": ("QPushButton", "QAbstractButton", "QWidget"),
    "QCheckBox": ("QCheckBox", "QAbstractButton", "QWidget"),
    "QRadioButton": ("QRadioButton", "QAbstractButton", "QWidget"),
    "QLineEdit": ("QLineEdit", "QWidget"),
    "QProgressBar": ("QProgressBar", "QWidget"),
}
#: What a ``*`` in a selector may be on screen.
ANY_WIDGET = ("QLabel", "QPushButton", "QCheckBox", "QLineEdit", "QFrame")


@dataclass(frozen=True)
class Element:
    """A widget as the style sheet sees it."""

    type: str
    id: str | None = None
    props: tuple[tuple[str, str], ...] = ()
    states: frozenset[str] = frozenset()

    def describe(self) -> str:
        props = "".join(f'[{k}="{v}"]' for k, v in self.props)
        ident = f"#{self.id}" if self.id else ""
        states = "".join(f":{s}" for s in sorted(self.states))
        return f"{self.type}{ident}{props}{states}"


def _matches(compound: Compound, element: Element) -> bool:
    if compound.sub_control is not None:
        return False
    if compound.type != "*" and compound.type not in CLASSES.get(element.type, (element.type,)):
        return False
    if compound.id is not None and compound.id != element.id:
        return False
    props = dict(element.props)
    if any(props.get(k) != v for k, v in compound.props):
        return False
    return compound.states <= element.states


def selector_matches(selector: Selector, chain: Sequence[Element]) -> bool:
    """Whether ``selector`` matches the last element of ``chain`` (its ancestors before it)."""

    def match(ci: int, ei: int) -> bool:
        if not _matches(selector.compounds[ci], chain[ei]):
            return False
        if ci == 0:
            return True
        if selector.combinators[ci] == ">":
            return ei > 0 and match(ci - 1, ei - 1)
        return any(match(ci - 1, up) for up in range(ei - 1, -1, -1))

    return match(len(selector.compounds) - 1, len(chain) - 1)


def cascade(rules: Iterable[Rule], chain: Sequence[Element]) -> dict[str, tuple[str, Rule]]:
    """The winning value of each property for the last element of ``chain``, with its rule."""
    best: dict[str, tuple[tuple[tuple[int, int, int], int], str, Rule]] = {}
    for rule in rules:
        specificities = [s.specificity for s in rule.selectors if selector_matches(s, chain)]
        if not specificities:
            continue
        rank = (max(specificities), rule.order)
        for name, value in rule.declarations.items():
            if name not in best or rank >= best[name][0]:
                best[name] = (rank, value, rule)
    return {name: (value, rule) for name, (_, value, rule) in best.items()}


def _paint(value: str | None) -> str | None:
    if value is None or value.lower() in ("none", "transparent"):
        return None
    return value


def background_of(rules: Sequence[Rule], chain: Sequence[Element]) -> str | None:
    """The background the last element of ``chain`` is drawn on: its own, else the nearest
    painting ancestor's (None: nothing paints one)."""
    for end in range(len(chain), 0, -1):
        found = cascade(rules, chain[:end]).get("background")
        if found is not None and _paint(found[0]) is not None:
            return found[0]
    return None


# ---------------------------------------------------------------- the kiosk's widgets

_WINDOW = (Element("QMainWindow"), Element("QWidget", "central"))
_PAGE = (
    *_WINDOW,
    Element("QStackedWidget"),
    Element("QScrollArea", "pageFrame"),
    Element("QWidget"),  # the scroll area's viewport
    Element("Page"),
)
#: Where a widget with an object name sits, as the ancestors it has in the window.
PLACES: dict[str, tuple[Element, ...]] = {
    "header": (*_WINDOW, Element("QWidget", "header")),
    "statusStrip": (*_WINDOW, Element("QWidget", "statusStrip")),
    "footer": (*_WINDOW, Element("QWidget", "footer")),
    "demoPanel": (*_WINDOW, Element("QFrame", "demoPanel", (("role", "demo-panel"),))),
    "privacyPage": (*_PAGE[:-1], Element("Page", "privacyPage")),
}
#: Where a widget of any role may sit (the chrome's own widgets have rules naming it).
CONTEXTS: dict[str, tuple[Element, ...]] = {
    "page": _PAGE,
    "scrolled text": (*_PAGE, Element("QScrollArea"), Element("QWidget"), Element("QWidget")),
    "message": (*_WINDOW, Element("QWidget")),
    "footer": PLACES["footer"],
    "demo panel": PLACES["demoPanel"],
    "accent pop-up": (*_PAGE, Element("QFrame", props=(("role", "accent-popup"),))),
}
#: What the chrome holds besides what its rules name.
CHROME: dict[str, tuple[Element, ...]] = {
    "header": (
        Element("QLabel", props=(("role", "stand"),)),
        Element("QLabel", props=(("role", "demo-mark"),)),
        Element("QPushButton", props=(("role", "language"),)),
    ),
    "statusStrip": (
        Element("QLabel", props=(("role", "status"),)),
        Element("QLabel", props=(("role", "status-warning"),)),
    ),
}


@dataclass(frozen=True)
class Pair:
    """A text colour on its background, where."""

    where: str
    colour: str
    background: str | None
    colour_rule: Rule | None = field(compare=False, default=None)

    @property
    def ratio(self) -> float:
        return 0.0 if self.background is None else contrast_ratio(self.colour, self.background)


def _elements(compound: Compound) -> list[Element]:
    types = ANY_WIDGET if compound.type == "*" else (compound.type,)
    return [Element(t, compound.id, compound.props, compound.states) for t in types]


def _chains(selector: Selector) -> list[tuple[Element, ...]]:
    """Widget chains ``selector`` describes, placed in the window."""
    *outer, last = selector.compounds
    ancestors: tuple[Element, ...] = ()
    placed = False
    for compound in outer:
        if compound.id in PLACES:
            ancestors, placed = PLACES[compound.id], True
        else:
            ancestors += (_elements(compound)[0],)
    contexts = [ancestors] if placed else [(*c, *ancestors) for c in CONTEXTS.values()]
    if outer and not placed:  # e.g. "QScrollArea > QWidget > QWidget": the window's own
        contexts.append((*_WINDOW, *ancestors))
    return [(*context, element) for context in contexts for element in _elements(last)]


def text_pairs(sheet: str) -> list[Pair]:
    """Every text colour of ``sheet`` on its background, in every state the sheet knows."""
    rules = parse(sheet)
    states = {s for r in rules for sel in r.selectors for c in sel.compounds for s in c.states}
    chains: list[tuple[Element, ...]] = []
    for rule in rules:
        if not {"color", "background"} & rule.declarations.keys():
            continue
        for selector in rule.selectors:
            last = selector.compounds[-1]
            # A sub-control paints no text; the chrome's containers (#header...) paint the
            # background of the widgets in them, which are probed in them.
            if last.sub_control is None and last.id not in PLACES:
                chains += _chains(selector)
    for place, elements in CHROME.items():
        chains += [(*PLACES[place], element) for element in elements]
    pairs: dict[Pair, None] = {}
    for chain in dict.fromkeys(chains):
        *ancestors, widget = chain
        for extra in (frozenset(), *(frozenset({s}) for s in sorted(states))):
            probe = (*ancestors, replace(widget, states=widget.states | extra))
            winner = cascade(rules, probe).get("color")
            colour, rule = winner if winner is not None else ("#000000", None)
            where = " ".join(e.describe() for e in probe[2:]) or probe[-1].describe()
            pairs[Pair(where, colour, background_of(rules, probe), rule)] = None
    return list(pairs)


def low_contrast(sheet: str, minimum: float = 4.5) -> list[str]:
    """The pairs of ``sheet`` below ``minimum``, described (empty: every text is readable)."""
    return [
        f"{p.where}: {p.colour} on {p.background} = {p.ratio:.2f}:1"
        for p in text_pairs(sheet)
        if p.ratio < minimum
    ]
