"""The visit session: redacting repr, wipe, back-stack snapshots, and that nothing of a visitor
stays reachable from the flow once the visit has ended."""

from __future__ import annotations

import gc
import types
from collections.abc import Callable, Iterator

import pytest

from kiosk.enrolment import ConsentDecision, Exclusion, TrustedPerson
from kiosk.flow import EnrolmentFlow, Step
from kiosk.session import Choices, VisitSession
from tests.helpers.flow_driver import (
    make_flow,
    swap_to_confirm_other,
    to_identity,
    to_step,
    to_trusted,
)
from tests.helpers.specimens import NIHII_1, TYPED, card_secrets, specimen_read

PERSON = TrustedPerson(
    national_number=TYPED["national_number"],
    eid_card_number=TYPED["card_number"],
    surname=TYPED["surname"],
    first_names=TYPED["first_names"],
    source="typed",
)


def filled_session() -> VisitSession:
    session = VisitSession("nl")
    session.card = specimen_read("nl-citizen")
    session.choices.decision = ConsentDecision.GIVEN
    session.choices.trusted_persons.append(PERSON)
    session.choices.exclusions.append(Exclusion(NIHII_1, "Dr. Hidden"))
    session.push(Step.TRUSTED_PERSON)
    session.pending_card = specimen_read("fr-citizen")
    return session


def test_repr_shows_counts_and_flags_only() -> None:
    session = filled_session()
    text = repr(session) + str(session) + repr(session.choices)
    for secret in [
        *card_secrets(specimen_read("nl-citizen")),
        *card_secrets(specimen_read("fr-citizen")),
        *TYPED.values(),
        NIHII_1,
        "Hidden",
    ]:
        assert secret not in text
    assert "card=True" in text and "trusted_persons=1" in text and "decision=GIVEN" in text


def test_wipe_empties_everything_and_aliases_too() -> None:
    session = filled_session()
    trusted, exclusions = session.choices.trusted_persons, session.choices.exclusions
    saved = session.history[0][1]
    assert not session.is_empty()
    session.wipe()
    assert session.is_empty() and session.history == []
    assert trusted == [] and exclusions == [] and saved.is_empty()
    assert session.language == "nl"  # not personal; kept for the receipt


@pytest.mark.parametrize(
    "field", ["card", "read_at", "pending_card", "pending_person", "enrolment"]
)
def test_each_personal_field_makes_the_session_non_empty(field: str) -> None:
    session = VisitSession("fr")
    setattr(session, field, object())
    assert not session.is_empty()
    session.wipe()
    assert session.is_empty()


def test_pop_restores_a_deep_copy_or_keeps_the_current_choices() -> None:
    session = VisitSession("fr")
    session.choices.exclusions.append(Exclusion(NIHII_1))
    session.push(Step.EXCLUSIONS)
    session.choices.exclusions.clear()
    session.push(Step.REVIEW)
    assert session.pop(restore=False) is Step.REVIEW and session.choices.exclusions == []
    assert session.pop(restore=True) is Step.EXCLUSIONS
    assert [e.nihii for e in session.choices.exclusions] == [NIHII_1]


def test_choices_snapshot_is_independent() -> None:
    choices = Choices(ConsentDecision.GIVEN, [PERSON], [])
    copy = choices.snapshot()
    choices.trusted_persons.clear()
    assert copy.trusted_persons == [PERSON] and copy.decision is ConsentDecision.GIVEN


# ---------------------------------------------------------------- nothing survives a visit


def _reachable(root: object, skip: tuple[object, ...]) -> Iterator[object]:
    """Every object reachable from ``root`` through references, not entering modules, classes
    or functions (those are code, not the flow's state), nor the objects in ``skip``."""
    seen = {id(obj) for obj in skip}
    todo = [root]
    while todo:
        obj = todo.pop()
        if id(obj) in seen or isinstance(
            obj,
            (type, types.ModuleType, types.FunctionType, types.BuiltinFunctionType, types.CodeType),
        ):
            continue
        seen.add(id(obj))
        yield obj
        todo.extend(gc.get_referents(obj))


def _leaks(flow: EnrolmentFlow, secrets: list[str], files: list[bytes]) -> list[str]:
    """What of ``secrets`` and ``files`` the flow still reaches; its injected outbox is left
    out: that one keeps the stored enrolment by design."""
    found = []
    for obj in _reachable(flow, skip=(flow._submit,)):
        if isinstance(obj, str) and any(s in obj for s in secrets):
            found.append(f"str {obj[:3]}...")
        elif isinstance(obj, (bytes, bytearray)) and any(f and f == obj for f in files):
            found.append(f"{type(obj).__name__} of {len(obj)} bytes")
    return found


def _ways_to_end(flow: EnrolmentFlow) -> dict[str, Callable[[], None]]:
    clock = flow._clock  # the test's FakeClock

    def inactivity() -> None:
        clock.advance(flow.config.inactivity_s)  # type: ignore[attr-defined]
        flow.tick()
        flow.tick(clock.advance(flow.config.warning_s))  # type: ignore[attr-defined]

    def done() -> None:
        flow.next()
        flow.next()
        flow.confirm()

    return {
        "removed": flow.card_removed,
        "cancel": flow.cancel,
        "inactivity": inactivity,
        "done": done,
    }


@pytest.mark.parametrize("ending", ["removed", "cancel", "inactivity", "done"])
def test_after_a_visit_nothing_reachable_from_the_flow_holds_personal_data(ending: str) -> None:
    citizen, other = specimen_read("nl-citizen"), specimen_read("fr-citizen")
    secrets = [
        *card_secrets(citizen),
        *card_secrets(other),
        TYPED["national_number"],
        TYPED["surname"],
    ]
    files = [citizen.identity_file, citizen.photo or b"", other.identity_file, other.photo or b""]
    flow, _, outbox = make_flow()
    to_trusted(flow)
    swap_to_confirm_other(flow)
    flow.accept_trusted_person_card(consent_acknowledged=True)
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(citizen)
    flow.type_trusted_person()
    flow.add_trusted_person_typed(**TYPED, consent_acknowledged=True)
    assert _leaks(flow, secrets, files), "the walk must find the data while the visit is on"
    if ending != "done":
        flow.next()
        flow.add_exclusion(NIHII_1)
    _ways_to_end(flow)[ending]()
    assert flow.step in (Step.WELCOME, Step.DONE)
    assert _leaks(flow, secrets, files) == []
    assert flow.session.is_empty()
    if ending == "done":
        assert outbox.stored and flow.reference == "REF-0001"


def test_this_is_not_me_leaves_nothing_reachable() -> None:
    citizen = specimen_read("nl-citizen")
    flow, _, _ = make_flow()
    to_identity(flow)
    assert _leaks(flow, card_secrets(citizen), [citizen.identity_file])
    flow.not_me()
    assert _leaks(flow, card_secrets(citizen), [citizen.identity_file, citizen.photo or b""]) == []


def test_under_16_leaves_nothing_reachable() -> None:
    kid = specimen_read("kids")
    flow, _, _ = make_flow()
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(kid)
    assert flow.step is Step.UNDER_16
    assert _leaks(flow, card_secrets(kid), [kid.identity_file, kid.photo or b""]) == []


def test_a_failed_submission_keeps_the_data_in_the_session_only() -> None:
    flow, _, outbox = make_flow()
    to_step(flow, Step.REVIEW)
    outbox.failing = True
    flow.confirm()
    assert flow.session.enrolment is not None and flow.session.card is not None
    flow.cancel()
    citizen = specimen_read("nl-citizen")
    assert _leaks(flow, card_secrets(citizen), [citizen.identity_file]) == []


def test_each_visit_gets_a_fresh_session() -> None:
    flow, _, _ = make_flow()
    to_identity(flow)
    first = flow.session
    flow.not_me()
    to_identity(flow)
    assert flow.session is not first and first.is_empty()
