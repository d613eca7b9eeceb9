"""The kiosk's four languages are complete, current and consistent.

Reads the Qt translation sources ``i18n/kiosk_<lang>.ts`` with :mod:`xml.etree` (no display
needed) and checks what a citizen would otherwise meet as an English sentence in a Dutch screen,
a lost ``{name}``, or two words for one thing: every message translated and finished, the
placeholders and line breaks of each source kept, the files up to date with the UI code (by
running ``pyside6-lupdate`` on it), each file compiling with ``pyside6-lrelease`` into a catalogue
that answers for every message, and the glossary of ``i18n/README.md`` applied.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

import kiosk

ROOT = Path(kiosk.__file__).resolve().parent.parent
I18N = ROOT / "i18n"
UI = ROOT / "kiosk" / "ui"
LANGUAGES = ("nl", "fr", "en", "de")

_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n|%L?\d")
_QUOTED = re.compile(r"“([^”]+)”")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str | None  # the translation's type attribute: None when finished
    forms: tuple[str, ...]  # the translation, or its numerus forms

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.context, self.source, self.comment)

    def where(self) -> str:
        return f"{self.context}: {self.source!r}"


def _parse(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: a message without <translation>"
            numerus = message.get("numerus") == "yes"
            if numerus:
                forms = tuple(f.text or "" for f in translation.iter("numerusform"))
            else:
                forms = (translation.text or "",)
            messages.append(
                Message(
                    context=name,
                    source=message.findtext("source") or "",
                    comment=message.findtext("comment") or "",
                    numerus=numerus,
                    kind=translation.get("type"),
                    forms=forms,
                )
            )
    return messages


@cache
def _messages(language: str) -> tuple[Message, ...]:
    path = I18N / f"kiosk_{language}.ts"
    assert path.is_file(), f"missing translation source {path.relative_to(ROOT)}"
    return tuple(_parse(path))


def _translations(language: str) -> dict[tuple[str, str], str]:
    return {(m.context, m.source): m.forms[0] for m in _messages(language)}


def _qt_tool(name: str) -> str:
    """A PySide6 tool from the running interpreter's environment (the project's .venv)."""
    beside = Path(sys.executable).with_name(name)
    found = str(beside) if beside.is_file() else shutil.which(name)
    if found is None:
        pytest.fail(f"{name} not found beside {sys.executable} or on PATH (PySide6 installs it)")
    return found


def _ui_sources() -> list[str]:
    return sorted(str(p) for p in UI.rglob("*.py"))


# -- complete and finished ------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_finished(language: str) -> None:
    messages = _messages(language)
    assert len(messages) > 100, "the UI has far more texts than this file holds"
    unfinished = [m.where() for m in messages if m.kind is not None]
    empty = [m.where() for m in messages if not all(f.strip() for f in m.forms)]
    assert unfinished == [], f"{language}: unfinished, vanished or obsolete entries"
    assert empty == [], f"{language}: empty translations"


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_messages_have_both_forms(language: str) -> None:
    # nl, fr, en and de all have two plural forms (Qt's rules for these languages).
    wrong = [m.where() for m in _messages(language) if m.numerus and len(m.forms) != 2]
    assert wrong == []


def test_a_count_in_the_source_is_a_real_plural() -> None:
    """A ``%n`` text that lupdate did not mark as a plural is looked up as a plural anyway:
    Qt then finds no form for most counts and shows the English source. (pyside6-lupdate 6.11
    marks ``translate(ctx, text, "", n)`` as a plural only when ``n`` is a literal number.)"""
    wrong = [m.where() for m in _messages("en") if "%n" in m.source and not m.numerus]
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_all_languages_hold_the_same_messages(language: str) -> None:
    keys = {m.key for m in _messages(language)}
    reference = {m.key for m in _messages("en")}
    assert sorted(keys ^ reference) == []


# -- faithful to the source ----------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_placeholders_are_kept(language: str) -> None:
    wrong = []
    for m in _messages(language):
        wanted = sorted(_PLACEHOLDER.findall(m.source))
        for form in m.forms:
            if sorted(_PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"{m.where()} -> {form!r}")
    assert wrong == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_line_breaks_and_outer_spaces_are_kept(language: str) -> None:
    wrong = []
    for m in _messages(language):
        for form in m.forms:
            if form.count("\n") != m.source.count("\n") or (
                form != form.strip() and m.source == m.source.strip()
            ):
                wrong.append(f"{m.where()} -> {form!r}")
    assert wrong == []


@pytest.mark.parametrize("language", ("nl", "fr", "de"))
def test_a_quoted_button_matches_the_button(language: str) -> None:
    """A text that quotes another text of its page (“Yes, add this person”) quotes the same
    words as that button shows in this language."""
    translations = _translations(language)
    wrong = []
    for m in _messages(language):
        for quoted in _QUOTED.findall(m.source):
            button = translations.get((m.context, quoted))
            if button is None:
                continue
            if button not in m.forms[0]:
                wrong.append(f"{m.where()} does not quote {button!r}")
    assert wrong == []


def test_english_translations_are_the_sources() -> None:
    """English is the source language: its file only finishes the texts (and spells plurals
    out), so any wording change belongs in the code, where the other languages see it too."""
    wrong = []
    for m in _messages("en"):
        expected = (
            (m.source.replace("(s)", ""), m.source.replace("(s)", "s"))
            if m.numerus
            else (m.source,)
        )
        if m.forms != expected:
            wrong.append(f"{m.where()} -> {m.forms!r}")
    assert wrong == []


# The glossary in i18n/README.md: a source that uses the English term is translated with the
# official term (regular expressions, case-insensitive, to allow plurals and inflection).
GLOSSARY: dict[str, dict[str, str]] = {
    "informed consent": {
        "nl": r"geïnformeerde toestemming",
        "fr": r"consentement éclairé",
        "de": r"aufgeklärte[n]? Einwilligung",
    },
    "trusted person": {
        "nl": r"vertrouwensperso(on|nen)",
        "fr": r"personnes? de confiance",
        "de": r"Vertrauensperson",
    },
    # A care provider may also be named by the number that identifies it (NIHII).
    "care provider": {
        "nl": r"zorgverlener|RIZIV",
        "fr": r"prestataires? de soins|INAMI",
        "de": r"Gesundheitsdienstleister|LIKIV",
    },
    "national number": {
        "nl": r"rijksregisternummer",
        "fr": r"numéro de registre national",
        "de": r"Nationalregisternummer",
    },
    "NIHII": {"nl": r"RIZIV", "fr": r"INAMI", "de": r"LIKIV"},
    "Brussels Health Network": {
        "nl": r"Brussels Gezondheidsnetwerk",
        "fr": r"Réseau Santé Bruxellois",
        "de": r"Brüsseler Gesundheitsnetzwerk",
    },
    "shared health record": {
        "nl": r"gedeeld gezondheidsdossier",
        "fr": r"dossier santé partagé",
        "de": r"gemeinsam genutzte[n]? Gesundheitsakte",
    },
    "health insurance fund": {
        "nl": r"ziekenfonds",
        "fr": r"mutualité",
        "de": r"Krankenkasse",
    },
    "eID": {"nl": r"eID", "fr": r"eID", "de": r"eID"},
    "volunteer": {"nl": r"vrijwilliger", "fr": r"bénévole", "de": r"am Stand"},
    "Data Protection Authority": {
        "nl": r"Gegevensbeschermingsautoriteit",
        "fr": r"Autorité de protection des données",
        "de": r"Datenschutzbehörde",
    },
}


@pytest.mark.parametrize("language", ("nl", "fr", "de"))
def test_the_glossary_terms_are_used(language: str) -> None:
    wrong = []
    for m in _messages(language):
        for term, official in GLOSSARY.items():
            if term.casefold() not in m.source.casefold():
                continue
            pattern = re.compile(official[language], re.IGNORECASE)
            wrong += [
                f"{m.where()}: no {official[language]!r}" for f in m.forms if not pattern.search(f)
            ]
    assert wrong == []


@pytest.mark.parametrize("language", ("nl", "fr", "de"))
def test_no_english_left_in_longer_texts(language: str) -> None:
    """A sentence left identical to its English source was forgotten, not translated."""
    same = [
        m.where()
        for m in _messages(language)
        if len(m.source.split()) >= 3 and m.forms[0] == m.source
    ]
    assert same == []


def test_french_punctuation_does_not_wrap_alone() -> None:
    """French puts a space before : ; ? ! and inside « »: a no-break space, so that a wrapped
    line never starts with the mark."""
    wrong = [
        f"{m.where()} -> {form!r}"
        for m in _messages("fr")
        for form in m.forms
        if re.search(r" [:;?!»]|« ", form)
    ]
    assert wrong == []


# -- up to date with the code and usable by Qt ---------------------------------------------


def test_the_sources_are_up_to_date_with_the_ui(tmp_path: Path) -> None:
    """Every text the UI code asks for is in the committed sources (else it shows in English).

    Refresh with the command in i18n/README.md, then translate what it adds.
    """
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [
            _qt_tool("pyside6-lupdate"),
            *_ui_sources(),
            "-ts",
            str(fresh),
            "-no-obsolete",
        ],
        check=True,
        capture_output=True,
    )
    wanted = {m.key: m for m in _parse(fresh)}
    assert len(wanted) > 100, "lupdate found too few texts: is the UI source list right?"
    for language in LANGUAGES:
        have = {m.key: m for m in _messages(language)}
        missing = sorted(f"{c}: {s!r}" for (c, s, _) in wanted.keys() - have.keys())
        assert missing == [], f"kiosk_{language}.ts lacks texts the UI uses"
        plural_changed = sorted(
            m.where() for key, m in wanted.items() if have[key].numerus != m.numerus
        )
        assert plural_changed == [], f"kiosk_{language}.ts: plural marking differs from the code"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_compiles_and_answers_every_message(language: str, tmp_path: Path) -> None:
    from PySide6.QtCore import QTranslator

    qm = tmp_path / f"kiosk_{language}.qm"
    subprocess.run(
        [
            _qt_tool("pyside6-lrelease"),
            "-silent",
            str(I18N / f"kiosk_{language}.ts"),
            "-qm",
            str(qm),
        ],
        check=True,
        capture_output=True,
    )
    assert qm.is_file() and qm.stat().st_size > 0
    translator = QTranslator()
    assert translator.load(str(qm))
    wrong = []
    for m in _messages(language):
        comment = m.comment or None
        if m.numerus:
            got = tuple(translator.translate(m.context, m.source, comment, n) for n in (1, 2))
        else:
            got = (translator.translate(m.context, m.source, comment),)
        if got != m.forms:
            wrong.append(f"{m.where()} -> {got!r}")
    assert wrong == []


def test_language_names_are_in_their_own_language() -> None:
    from PySide6.QtCore import QLocale

    from kiosk.ui.i18n import LANGUAGE_NAMES

    assert tuple(LANGUAGE_NAMES) == LANGUAGES
    for language, name in LANGUAGE_NAMES.items():
        native = QLocale(language).nativeLanguageName()
        # CLDR writes "français" in lower case and "English" as "American English".
        assert name.casefold() in native.casefold(), (language, name, native)
        assert name[0].isupper(), f"{name!r} starts a button: capitalise it"
