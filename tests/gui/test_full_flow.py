"""Whole visits in the real main window, demo mode, in each of the four languages.

A citizen taps their language, reads the privacy notice, puts their (specimen) card in the demo
reader, confirms who they are, gives their informed consent, names one trusted person by
reading that person's card (the card swap, through the same monitor thread a real reader uses)
and another by tapping their details on the on-screen keyboard, excludes a care provider by
tapping their NIHII number, checks the review and confirms. The receipt must show, the record
queued in the demo outbox must be exactly that visit as a FHIR Bundle (decrypted through the
store and parsed with ``fhir.resources``), and "Finish" must leave nothing on screen.

A refusal is walked the same way in one language.

Translations: until ``kiosk/ui/translations/kiosk_<lang>.qm`` exists, the pages fall back to
English. As soon as a language's file is there, its titles must differ from the English ones.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime
from typing import TYPE_CHECKING, Any

import pytest
from fhir.resources.R4B.bundle import Bundle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget
from pytestqt.exceptions import TimeoutError as WaitTimeout

from kiosk.cardreader.reader import CardRead
from kiosk.cardreader.virtual.profiles import build_profile
from kiosk.fhir import identifiers as ids
from kiosk.flow import Step
from kiosk.flow.config import LANGUAGES
from kiosk.ui import i18n
from kiosk.ui.widgets.keyboard import KeyboardMode, OnScreenKeyboard
from tests.gui.conftest import widget_texts
from tests.helpers.specimens import secrets_of, specimen_read

if TYPE_CHECKING:
    from pytestqt.qtbot import QtBot

    from kiosk.ui.app import Kiosk

pytestmark = pytest.mark.gui

WAIT_MS = 15_000  # card reads on the monitor thread of a loaded machine; normally < 1 s

CITIZEN = "nl-citizen"
BY_CARD = "fr-citizen"  # the trusted person whose card is read in the swap
TYPED = "de-citizen"  # the trusted person whose details are typed (their card is not here)
NIHII = "12345625001"  # fictitious; follows the mod-97 check-digit rule
PROVIDER = "Dr Lambert"
BCP47 = {"nl": "nl-BE", "fr": "fr-BE", "de": "de-BE", "en": "en"}


# ---------------------------------------------------------------- helpers


def click(qtbot: QtBot, widget: QWidget) -> None:
    """A tap: the widget must be on screen and enabled, as for a finger."""
    assert widget.isVisible() and widget.isEnabled(), widget.objectName()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def child(kiosk: Kiosk, cls: type[QWidget], name: str) -> Any:
    """The named widget of the page on screen (several pages reuse object names)."""
    found = kiosk.window.current_page.findChild(cls, name)
    assert found is not None, f"no {cls.__name__} {name!r} on {kiosk.flow.step.value}"
    return found


def title_of(page: QWidget) -> str:
    """The text of a page's title (the first label with the theme's title role)."""
    titles = [w for w in page.findChildren(QLabel) if w.property("role") == "title"]
    assert titles, page.objectName()
    return titles[0].text()


def assert_in_language(qtbot: QtBot, page: QWidget, english: str, language: str) -> None:
    """English stays English; another language whose .qm file exists must be translated.

    Qt delivers the language change as posted events, so the title is waited for.
    """
    if language == "en" or i18n.qm_path(language) is None:
        assert title_of(page) == english
        return
    try:
        qtbot.waitUntil(lambda: title_of(page) != english, timeout=5_000)
    except WaitTimeout:
        pytest.fail(f"{language}: the title {english!r} is not translated")


def tap(qtbot: QtBot, keyboard: OnScreenKeyboard, text: str) -> None:
    """Tap ``text`` on the on-screen keyboard, changing layout and shift as a citizen would."""
    for char in text:
        wanted = KeyboardMode.DIGITS if char.isdigit() else KeyboardMode.LETTERS
        if keyboard.mode() is not wanted:
            click(qtbot, keyboard.key("to-digits" if char.isdigit() else "to-letters"))
        if char.isupper():
            click(qtbot, keyboard.key("shift"))
        click(qtbot, keyboard.key({" ": "space"}.get(char, char.lower())))


def tap_done(qtbot: QtBot, keyboard: OnScreenKeyboard) -> None:
    """The keyboard's "Done": on to the next field."""
    done = "pad-done" if keyboard.mode() is KeyboardMode.DIGITS else "done"
    click(qtbot, keyboard.key(done))


def wait_step(qtbot: QtBot, kiosk: Kiosk, step: Step) -> None:
    qtbot.waitUntil(lambda: kiosk.flow.step is step, timeout=WAIT_MS)
    assert kiosk.window.current_page is kiosk.window.pages[step]


def ready(qtbot: QtBot, kiosk: Kiosk) -> None:
    """The reader is watched and the demo queue is open (both start after the first paint)."""
    qtbot.waitUntil(lambda: kiosk.reader_link is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: kiosk.services.outbox is not None, timeout=WAIT_MS)


def start_and_identify(qtbot: QtBot, kiosk: Kiosk, language: str) -> CardRead:
    """Language -> privacy -> card -> "yes, this is me"; returns the citizen's card read."""
    window, flow, reader = kiosk.window, kiosk.flow, kiosk.services.demo_reader
    assert reader is not None
    ready(qtbot, kiosk)
    english_privacy = title_of(window.pages[Step.PRIVACY])
    english_consent = title_of(window.pages[Step.CONSENT])

    click(qtbot, window.pages[Step.WELCOME].language_buttons[language])  # type: ignore[attr-defined]
    assert flow.step is Step.PRIVACY and flow.language == language
    assert window.language_buttons[language].isChecked()
    assert_in_language(qtbot, window.current_page, english_privacy, language)
    click(qtbot, window.primary_button)  # "I understand, continue"
    assert flow.step is Step.INSERT_CARD

    reader.insert(CITIZEN)
    wait_step(qtbot, kiosk, Step.CONFIRM_IDENTITY)
    card = flow.session.card
    assert card is not None and card.identity.surname == "Peeters-Specimen"
    click(qtbot, child(kiosk, QAbstractButton, "thisIsMe"))
    assert flow.step is Step.CONSENT
    assert_in_language(qtbot, window.current_page, english_consent, language)
    return card


def add_trusted_person_by_card(qtbot: QtBot, kiosk: Kiosk) -> None:
    """The card swap, every card move through the demo reader and the monitor thread."""
    window, flow, reader = kiosk.window, kiosk.flow, kiosk.services.demo_reader
    assert reader is not None
    click(qtbot, child(kiosk, QAbstractButton, "readTrustedPersonCard"))
    assert flow.step is Step.SWAP_REMOVE_OWN
    reader.remove()
    wait_step(qtbot, kiosk, Step.SWAP_INSERT_OTHER)
    assert not flow.session.is_empty()  # taking the card out here is expected: no wipe
    reader.insert(BY_CARD)
    wait_step(qtbot, kiosk, Step.SWAP_CONFIRM_OTHER)
    other = specimen_read(BY_CARD).identity
    assert other.surname in child(kiosk, QLabel, "trustedPersonName").text()
    assert not window.primary_button.isEnabled()  # not before the acknowledgement
    click(qtbot, child(kiosk, QAbstractButton, "consentAcknowledged"))
    click(qtbot, window.primary_button)  # "Yes, add this person"
    assert flow.step is Step.SWAP_REMOVE_OTHER
    reader.remove()
    wait_step(qtbot, kiosk, Step.SWAP_REINSERT_OWN)
    reader.insert(CITIZEN)
    wait_step(qtbot, kiosk, Step.TRUSTED_PERSON)
    assert [p.source for p in flow.trusted_persons] == ["card"]


def add_trusted_person_typed(qtbot: QtBot, kiosk: Kiosk) -> None:
    """The typed form, every character tapped on the on-screen keyboard."""
    window, flow = kiosk.window, kiosk.flow
    person = specimen_read(TYPED).identity
    click(qtbot, child(kiosk, QAbstractButton, "typeTrustedPerson"))
    assert flow.step is Step.TRUSTED_TYPED
    keyboard = child(kiosk, OnScreenKeyboard, "onScreenKeyboard")
    assert keyboard.mode() is KeyboardMode.DIGITS  # the national number comes first
    for value in (person.national_number, person.card_number, person.surname):
        tap(qtbot, keyboard, value)
        tap_done(qtbot, keyboard)
    tap(qtbot, keyboard, person.first_names)
    assert not window.primary_button.isEnabled()  # not before the acknowledgement
    click(qtbot, child(kiosk, QAbstractButton, "consentAcknowledged"))
    click(qtbot, window.primary_button)  # "Add this person"
    assert flow.step is Step.TRUSTED_PERSON
    assert [p.source for p in flow.trusted_persons] == ["card", "typed"]


def add_exclusion(qtbot: QtBot, kiosk: Kiosk) -> None:
    window, flow = kiosk.window, kiosk.flow
    click(qtbot, child(kiosk, QAbstractButton, "addExclusion"))
    keyboard = child(kiosk, OnScreenKeyboard, "onScreenKeyboard")
    assert keyboard.mode() is KeyboardMode.DIGITS
    tap(qtbot, keyboard, NIHII)
    tap_done(qtbot, keyboard)  # on to the provider's name
    tap(qtbot, keyboard, PROVIDER)
    click(qtbot, window.primary_button)  # "Add to the list"
    assert [(e.nihii, e.display_name) for e in flow.exclusions] == [(NIHII, PROVIDER)]


def finish_and_check_receipt(qtbot: QtBot, kiosk: Kiosk) -> tuple[str, bytes]:
    """Review -> "Confirm and send" -> receipt; returns (reference, the queued Bundle)."""
    window, flow = kiosk.window, kiosk.flow
    assert flow.step is Step.REVIEW
    click(qtbot, window.primary_button)  # "Confirm and send"
    assert flow.step is Step.DONE, flow.error_code
    reference = flow.reference
    assert reference is not None and re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}", reference)
    assert reference in widget_texts(window.current_page)
    outbox = kiosk.services.outbox
    assert outbox is not None
    ((submission_id, bundle, demo),) = outbox.undelivered_payloads()
    assert demo is True and reference == ids.reference_code(submission_id)
    return reference, bundle


def finish_visit(qtbot: QtBot, kiosk: Kiosk, secrets: list[str]) -> None:
    """The receipt's "Finish": the welcome page, an empty session, nothing left on screen."""
    window, flow = kiosk.window, kiosk.flow
    click(qtbot, window.primary_button)  # "Finish"
    assert flow.step is Step.WELCOME and flow.session.is_empty()
    assert flow.language == kiosk.settings.default_language
    text = "\n".join(widget_texts(window))
    left = [i for i, secret in enumerate(secrets) if secret in text]
    assert not left, f"{len(left)} personal value(s) still on screen (indexes {left})"


# ---------------------------------------------------------------- the Bundle


def entries(bundle: Bundle) -> list[Any]:
    return list(bundle.entry or [])


def resources(bundle: Bundle, kind: str) -> list[Any]:
    return [e.resource for e in entries(bundle) if e.resource.get_resource_type() == kind]


def consents_of_kind(bundle: Bundle, kind: str) -> list[Any]:
    return [
        c
        for c in resources(bundle, "Consent")
        if any(
            coding.system == ids.CONSENT_KIND and coding.code == kind
            for concept in c.category
            for coding in concept.coding
        )
    ]


def parse(raw: bytes) -> Bundle:
    bundle = Bundle.model_validate_json(raw)
    assert bundle.type == "transaction"
    return bundle


def check_demo_marking(bundle: Bundle, raw: bytes) -> None:
    """Every resource carries HL7's "test health data" tag; no real naming system is used."""

    def tagged(meta: Any) -> bool:
        tags = meta.tag if meta is not None else None
        return any(t.system == ids.DEMO_TAG["system"] and t.code == "HTEST" for t in tags or [])

    assert tagged(bundle.meta)
    for entry in entries(bundle):
        assert tagged(entry.resource.meta), entry.resource.get_resource_type()
    assert bundle.identifier.system == ids.DEMO.submission
    assert ids.SSIN_SYSTEM.encode() not in raw  # a demo SSIN can never match a real Patient


def check_citizen(bundle: Bundle, card: CardRead, language: str) -> str:
    """The Patient is the card holder, in the language of the visit; returns its fullUrl."""
    (patient,) = resources(bundle, "Patient")
    ((identifier),) = patient.identifier
    assert (identifier.system, identifier.value) == (
        ids.DEMO.ssin,
        card.identity.national_number,
    )
    assert patient.name[0].family == card.identity.surname
    ((communication),) = patient.communication
    assert communication.language.coding[0].code == BCP47[language]
    assert communication.preferred is True
    assert patient.birthDate is None and not patient.address  # data minimisation
    (url,) = [e.fullUrl for e in entries(bundle) if e.resource is patient]
    return str(url)


def check_proof(bundle: Bundle, card: CardRead, patient_url: str) -> None:
    """Provenance: the citizen is the author, and the eID reading is its source entity,
    identified by the card number (KMEHR EID-CARDNO, proof type eidreading) and its authenticity,
    nothing else of the card: no copy of its signed files travels (kiosk/disclosure.py)."""
    (provenance,) = resources(bundle, "Provenance")
    authors = [a.who.reference for a in provenance.agent if a.type.coding[0].code == "author"]
    assert authors == [patient_url]
    assert {t.reference for t in provenance.target} == {
        e.fullUrl
        for e in entries(bundle)
        if e.resource.get_resource_type() not in ("Patient", "Device", "Provenance")
    }
    ((entity),) = provenance.entity
    assert entity.role == "source"
    assert entity.what.identifier.value == card.identity.card_number
    assert entity.what.identifier.type.coding[0].code == "eidreading"
    # Only whether the card proved it is genuine (a 1.7 card cannot): no card file.
    ((extension),) = entity.extension
    assert extension.valueCoding.code == "not-provable"
    text = bundle.model_dump_json()
    for raw in (card.identity_file, card.identity_signature, card.rrn_certificate):
        assert base64.b64encode(raw).decode() not in text
    assert isinstance(provenance.occurredDateTime, datetime)


def _decoded(data: bytes | str) -> bytes:
    """An attachment's data: fhir.resources gives base64Binary decoded; older versions did not."""
    return data if isinstance(data, bytes) else base64.b64decode(data, validate=True)


def specimen_root(profile: str) -> bytes:
    """The test root that signed a specimen card (never a Belgian root)."""
    root = build_profile(profile).trust_root_pem
    assert root is not None
    return root


def check_informed_consent(bundle: Bundle, patient_url: str, *, given: bool) -> None:
    (consent,) = consents_of_kind(bundle, "ehealth-informed-consent")
    assert consent.patient.reference == patient_url
    assert consent.policyRule.coding[0].code == "OPTIN"
    if given:
        assert consent.status == "active"
        assert consent.provision.type == "permit"
    else:
        assert consent.status == "rejected" and consent.provision is None


def check_trusted_persons(bundle: Bundle, patient_url: str) -> None:
    """Two RelatedPerson, each named and numbered as given, each with its own permit Consent;
    the one whose card was read is verified with them."""
    by_url = {
        e.fullUrl: e.resource
        for e in entries(bundle)
        if e.resource.get_resource_type() == "RelatedPerson"
    }
    numbers = {
        url: {i.system: i.value for i in person.identifier} for url, person in by_url.items()
    }
    expected = {specimen_read(name).identity.national_number: name for name in (BY_CARD, TYPED)}
    assert sorted(n[ids.DEMO.ssin] for n in numbers.values()) == sorted(expected)
    for url, person in by_url.items():
        identity = specimen_read(expected[numbers[url][ids.DEMO.ssin]]).identity
        assert numbers[url][ids.EID_CARD_NUMBER_SYSTEM] == identity.card_number
        assert person.name[0].family == identity.surname
        assert person.patient.reference == patient_url
    designations = consents_of_kind(bundle, "trusted-person-designation")
    assert len(designations) == 2
    verified = []
    for consent in designations:
        assert consent.status == "active" and consent.provision.type == "permit"
        ((actor),) = consent.provision.actor
        assert actor.role.coding[0].code == "AGNT"
        assert actor.reference.reference in by_url
        if consent.verification:
            verified.append(numbers[actor.reference.reference][ids.DEMO.ssin])
    assert verified == [specimen_read(BY_CARD).identity.national_number]


def check_exclusion(bundle: Bundle) -> None:
    denies = [c for c in resources(bundle, "Consent") if c.provision and c.provision.type == "deny"]
    (deny,) = denies
    assert deny in consents_of_kind(bundle, "therapeutic-exclusion")
    ((actor),) = deny.provision.actor
    assert actor.role.coding[0].code == "IRCP"
    assert (actor.reference.identifier.system, actor.reference.identifier.value) == (
        ids.NIHDI_SYSTEM,
        NIHII,
    )
    assert actor.reference.display == PROVIDER


# ---------------------------------------------------------------- the visits


@pytest.fixture
def kiosk(kiosk_window: Kiosk) -> Kiosk:
    return kiosk_window


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_whole_visit_with_consent_two_trusted_persons_and_an_exclusion(
    qtbot: QtBot, kiosk: Kiosk, language: str
) -> None:
    card = start_and_identify(qtbot, kiosk, language)
    click(qtbot, kiosk.window.current_page.agree)  # type: ignore[attr-defined]
    assert kiosk.flow.step is Step.TRUSTED_PERSON

    add_trusted_person_by_card(qtbot, kiosk)
    add_trusted_person_typed(qtbot, kiosk)
    click(qtbot, kiosk.window.primary_button)  # "Next"
    assert kiosk.flow.step is Step.EXCLUSIONS
    add_exclusion(qtbot, kiosk)
    click(qtbot, kiosk.window.primary_button)  # "Next"
    assert kiosk.flow.step is Step.REVIEW
    review = "\n".join(widget_texts(kiosk.window.current_page))
    for name in (CITIZEN, BY_CARD, TYPED):
        assert specimen_read(name).identity.surname in review

    reference, raw = finish_and_check_receipt(qtbot, kiosk)
    bundle = parse(raw)
    check_demo_marking(bundle, raw)
    patient_url = check_citizen(bundle, card, language)
    check_informed_consent(bundle, patient_url, given=True)
    check_trusted_persons(bundle, patient_url)
    check_exclusion(bundle)
    check_proof(bundle, card, patient_url)
    assert len(resources(bundle, "Consent")) == 4  # informed consent, two persons, one exclusion

    secrets = [
        *secrets_of(card),
        *secrets_of(specimen_read(BY_CARD)),
        *secrets_of(specimen_read(TYPED)),
        reference,
        PROVIDER,
    ]
    finish_visit(qtbot, kiosk, secrets)


def test_a_refusal_is_counted_and_nothing_of_it_is_queued(qtbot: QtBot, kiosk: Kiosk) -> None:
    """No Belgian register holds refusals: the kiosk counts one (an audit line that names
    nobody) and queues nothing; the receipt says nothing was stored or sent."""
    language = "fr"
    card = start_and_identify(qtbot, kiosk, language)
    click(qtbot, kiosk.window.current_page.decline)  # type: ignore[attr-defined]
    assert kiosk.flow.step is Step.CONFIRM_REFUSAL
    click(qtbot, kiosk.window.current_page.confirm)  # type: ignore[attr-defined]
    assert kiosk.flow.step is Step.REVIEW
    click(qtbot, kiosk.window.primary_button)  # "Confirm and send"
    assert kiosk.flow.step is Step.DONE, kiosk.flow.error_code
    assert kiosk.flow.reference is None and kiosk.flow.nothing_sent
    outbox = kiosk.services.outbox
    assert outbox is not None and outbox.undelivered_payloads() == []
    last = [e for e in kiosk.services.audit.entries() if e.get("action") == "submission"][-1]
    assert (last["outcome"], last["decision"]) == ("counted", "refused")
    assert "subject" not in last and "reference" not in last
    finish_visit(qtbot, kiosk, secrets_of(card))
