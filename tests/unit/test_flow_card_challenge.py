"""The card signs each submission's challenge when the citizen confirms, once, through the flow's
injected ``authenticate``: a genuine 1.8 card is verified, a clone refused, a 1.7 card "not
provable", an unreachable card a retryable error. The authenticator here is a real virtual card
behind a real ``authenticate_card`` (no Qt, no PC/SC)."""

from __future__ import annotations

import dataclasses
import json

import pytest

from kiosk.cardreader.errors import CardRemovedError
from kiosk.cardreader.reader import CardRead, authenticate_card
from kiosk.cardreader.verify import verify_card_signature
from kiosk.cardreader.virtual import Faults, VirtualCard, VirtualTransport
from kiosk.cardreader.virtual.profiles import build_profile
from kiosk.enrolment import ConsentDecision, Enrolment
from kiosk.evidence import submission_challenge
from kiosk.fhir import build_bundle
from kiosk.flow import EnrolmentFlow, FlowConfig, Step
from tests.helpers.clocks import FakeClock
from tests.helpers.flow_driver import NOW
from tests.helpers.specimens import NIHII_1, specimen_read
from tests.helpers.submit import RecordingSubmit


class CardInReader:
    """The flow's ``authenticate``: the virtual card ``profile`` (a clone with ``clone``) signs
    the challenge; ``unreachable`` makes it fail as a card pulled out in that instant."""

    def __init__(self, profile: str = "applet18", *, clone: bool = False) -> None:
        self.transport = VirtualTransport(VirtualCard(build_profile(profile)), Faults(clone=clone))
        self.challenges: list[bytes] = []
        self.unreachable = False

    def __call__(self, card: CardRead, challenge: bytes) -> bytes:
        self.challenges.append(challenge)
        if self.unreachable:
            raise CardRemovedError("the card was removed")
        assert card.basic_key is not None
        return authenticate_card(self.transport, card.basic_key, challenge)


class Refusals:
    def __init__(self) -> None:
        self.codes: list[tuple[str, bool]] = []

    def __call__(self, enrolment: Enrolment, code: str) -> None:
        self.codes.append((code, enrolment.demo))


def flow_with(
    authenticate: object, evidence: str = "minimal"
) -> tuple[EnrolmentFlow, RecordingSubmit, Refusals]:
    outbox, refusals = RecordingSubmit(), Refusals()
    flow = EnrolmentFlow(
        outbox,
        FlowConfig(stand_id="stand-1", kiosk_id="k1", evidence=evidence),  # type: ignore[arg-type]
        clock=FakeClock(),
        wall_clock=lambda: NOW,
        authenticate=authenticate,  # type: ignore[arg-type]
        refused=refusals,
    )
    return flow, outbox, refusals


def to_review(flow: EnrolmentFlow, profile: str, *, given: bool = True) -> None:
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(specimen_read(profile))
    assert flow.step is Step.CONFIRM_IDENTITY
    flow.next()
    if given:
        flow.decide(ConsentDecision.GIVEN)
        flow.next()
        flow.add_exclusion(NIHII_1)
        flow.next()
    else:
        flow.decide(ConsentDecision.REFUSED)
        flow.confirm_refusal()
    assert flow.step is Step.REVIEW


def test_a_genuine_18_card_signs_this_submissions_challenge_once() -> None:
    card = CardInReader()
    flow, outbox, refusals = flow_with(card)
    to_review(flow, "applet18")
    assert card.challenges == []  # reading never asks: the card's counter is for submissions
    flow.confirm()
    assert flow.step is Step.DONE and not refusals.codes
    (stored,) = outbox.stored
    assert stored.proof.authenticity == "verified"
    assert card.challenges == [submission_challenge(stored)]
    assert stored.proof.card_evidence is None  # the minimal form
    provenance = json.loads(build_bundle(stored))["entry"][-1]["resource"]
    extension = provenance["entity"][0]["extension"][0]
    assert extension["valueCoding"]["code"] == "verified"
    assert "signature" not in provenance


def test_a_retry_after_a_failed_store_does_not_ask_the_card_again() -> None:
    card = CardInReader()
    flow, outbox, _ = flow_with(card)
    to_review(flow, "applet18")
    outbox.failing = True
    flow.confirm()
    assert flow.step is Step.SUBMIT_ERROR
    outbox.failing = False
    flow.retry()
    assert flow.step is Step.DONE and len(card.challenges) == 1
    assert outbox.stored[0].proof.authenticity == "verified"


def test_a_clone_is_refused_like_forged_data_and_nothing_is_stored() -> None:
    flow, outbox, refusals = flow_with(CardInReader(clone=True))
    to_review(flow, "applet18")
    flow.confirm()
    assert flow.step is Step.CARD_ERROR and flow.error_code == "card-clone"
    assert outbox.attempts == [] and refusals.codes == [("card-clone", False)]
    assert flow.session.card is None and flow.session.enrolment is None  # the visit is wiped
    assert flow.stale_card_in_reader  # "take the card out" before anything else


def test_the_flow_checks_the_signature_itself() -> None:
    genuine = CardInReader()

    def lying(card: CardRead, challenge: bytes) -> bytes:
        return genuine(card, bytes(48))  # a real signature, of another challenge

    flow, outbox, refusals = flow_with(lying)
    to_review(flow, "applet18")
    flow.confirm()
    assert flow.step is Step.CARD_ERROR and flow.error_code == "card-clone"
    assert outbox.attempts == [] and refusals.codes == [("card-clone", False)]


def test_a_card_out_of_reach_is_a_retryable_error_with_nothing_stored() -> None:
    card = CardInReader()
    card.unreachable = True
    flow, outbox, refusals = flow_with(card)
    to_review(flow, "applet18")
    flow.confirm()
    assert flow.step is Step.SUBMIT_ERROR and flow.error_code == "submit-failed"
    assert outbox.attempts == [] and not refusals.codes and flow.session.card is not None
    card.unreachable = False
    flow.retry()
    assert flow.step is Step.DONE and outbox.stored[0].proof.authenticity == "verified"
    assert card.challenges[0] == card.challenges[1]  # the same submission, the same challenge


def test_a_17_card_is_not_asked_and_marked_not_provable() -> None:
    card = CardInReader()
    flow, outbox, _ = flow_with(card)
    to_review(flow, "nl-citizen")
    flow.confirm()
    assert flow.step is Step.DONE and card.challenges == []
    assert outbox.stored[0].proof.authenticity == "not-provable"


def test_a_refusal_is_not_sent_so_the_card_is_not_asked() -> None:
    card = CardInReader()
    flow, outbox, _ = flow_with(card)
    to_review(flow, "applet18", given=False)
    flow.confirm()
    assert flow.step is Step.DONE and card.challenges == [] and flow.nothing_sent


@pytest.mark.parametrize("profile", ["applet18", "nl-citizen"])
def test_card_evidence_carries_the_files_and_the_challenge_signature(profile: str) -> None:
    card = CardInReader()
    flow, outbox, _ = flow_with(card, evidence="card")
    read = specimen_read(profile)
    to_review(flow, profile)
    flow.confirm()
    proof = outbox.stored[0].proof
    evidence = proof.card_evidence
    assert evidence is not None
    assert (evidence.identity_file, evidence.identity_signature, evidence.rrn_certificate) == (
        read.identity_file,
        read.identity_signature,
        read.rrn_certificate,
    )
    assert evidence.basic_key == read.basic_key
    if read.basic_key is None:
        assert evidence.challenge is None and proof.authenticity == "not-provable"
        return
    assert evidence.challenge == submission_challenge(outbox.stored[0])
    assert evidence.challenge_signature is not None
    verify_card_signature(read.basic_key, evidence.challenge, evidence.challenge_signature)


def test_the_challenge_depends_on_the_submission_and_its_decisions() -> None:
    card = CardInReader()
    flow, outbox, _ = flow_with(card)
    to_review(flow, "applet18")
    flow.confirm()
    stored = outbox.stored[0]
    other_id = dataclasses.replace(stored, submission_id="6f1c1b1e-8a43-4b8e-9a39-0e3d2c1f5a7b")
    fewer = dataclasses.replace(stored, exclusions=())
    challenges = {submission_challenge(e) for e in (stored, other_id, fewer)}
    assert len(challenges) == 3 and all(len(c) == 48 for c in challenges)


def test_without_an_authenticator_nothing_is_claimed() -> None:
    flow, outbox, _ = flow_with(None)
    to_review(flow, "applet18")
    flow.confirm()
    assert flow.step is Step.DONE and outbox.stored[0].proof.authenticity == "not-provable"
