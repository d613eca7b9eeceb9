"""Drives the enrolment flow through a visit, the way the pages and the card monitor do.

:func:`reach` takes a fresh flow to any :class:`~kiosk.flow.Step` along the usual path: language
left as it is, start, the citizen's specimen card read (the kids card for the under-16 ending,
the extended-minority card for the representation ending), "this is me", consent given, then the
trusted persons, exclusions, review and confirmation; the card swap steps read another specimen
card as the trusted person's. What a visit fills in on its way (nothing by default) is an
:class:`Entries`. :func:`next_visit` does the same on a flow that has served visitors before
(the kiosk keeps one flow). The smaller steps (:func:`to_identity`, :func:`to_trusted`,
:func:`swap_to_confirm_other`) check each step they pass.

The flow is driven through its public methods only; the one exception is the submit-error step,
which needs the flow's ``submit`` to be a :class:`~tests.helpers.submit.RecordingSubmit` (it is
made to fail, and stays failing until a test or :func:`next_visit` says otherwise).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from kiosk.cardreader import errors as card_errors
from kiosk.enrolment import ConsentDecision
from kiosk.flow import EnrolmentFlow, FlowConfig, Step
from kiosk.flow.steps import HOLDS_IDENTITY, SWAP_STEPS
from tests.helpers.clocks import FakeClock
from tests.helpers.specimens import specimen_read, trusted_card_for
from tests.helpers.submit import RecordingSubmit

#: The wall clock of a flow from :func:`make_flow`: today at 11:00 UTC (the age checks use it).
NOW = datetime.combine(date.today(), time(11, 0), tzinfo=UTC)


def make_flow(
    config: FlowConfig | None = None, wall: datetime = NOW
) -> tuple[EnrolmentFlow, FakeClock, RecordingSubmit]:
    """A flow on the welcome step with a fake clock, a recording submit and a fixed wall clock;
    returns the three."""
    clock, outbox = FakeClock(), RecordingSubmit()
    flow = EnrolmentFlow(
        outbox,
        config or FlowConfig(stand_id="stand-1", kiosk_id="k1"),
        clock=clock,
        wall_clock=lambda: wall,
    )
    return flow, clock, outbox


@dataclass(frozen=True)
class Entries:
    """What a visit driven by :func:`reach` fills in on its way to a later step.

    ``by_card``: a trusted person added through the card swap, before the list is shown.
    ``typed``: the specimen profile of a trusted person typed in after that. ``exclusions``:
    (NIHII number, name or None) added on the exclusions step.
    """

    by_card: bool = False
    typed: str | None = None
    exclusions: tuple[tuple[str, str | None], ...] = ()


NO_ENTRIES = Entries()


def reach(
    flow: EnrolmentFlow,
    clock: FakeClock | None,
    step: Step,
    *,
    citizen: str = "nl-citizen",
    entries: Entries = NO_ENTRIES,
) -> None:
    """Drive a fresh flow (on the welcome step, built on ``clock``) to ``step``.

    ``citizen`` is the specimen profile of the citizen's card. The still-there step needs the
    flow's ``clock`` (the inactivity delay is made to pass); no other step uses it.
    """
    if step is not Step.WELCOME:
        _walk(flow, clock, step, citizen, entries)
    assert flow.step is step, f"reached {flow.step.value} instead of {step.value}"


def next_visit(
    flow: EnrolmentFlow,
    clock: FakeClock | None,
    step: Step,
    language: str,
    *,
    citizen: str = "nl-citizen",
    entries: Entries = NO_ENTRIES,
) -> None:
    """A new visitor on a flow that may be anywhere: the last visit is cancelled (everything of
    it wiped), its card taken out and the submit working again; then ``language`` is chosen and
    the visit driven to ``step`` as :func:`reach` does."""
    if flow.step is not Step.WELCOME:
        flow.cancel()
    _submit_of(flow).failing = False
    flow.card_removed()  # the last visitor took their card (else: "take the card out")
    flow.choose_language(language)
    reach(flow, clock, step, citizen=citizen, entries=entries)


def to_step(flow: EnrolmentFlow, step: Step) -> None:
    """Drive a fresh flow to a step that holds the citizen's identity (no clock needed)."""
    assert step in HOLDS_IDENTITY, step
    reach(flow, None, step)


def to_identity(flow: EnrolmentFlow, profile: str = "nl-citizen") -> None:
    """From the welcome step to "is this you?" with ``profile``'s card, checking each step."""
    flow.start()
    flow.next()
    assert flow.step is Step.INSERT_CARD
    flow.card_inserted()
    assert flow.step is Step.READING
    flow.card_read(specimen_read(profile))
    assert flow.step is Step.CONFIRM_IDENTITY


def to_trusted(flow: EnrolmentFlow) -> None:
    """From the welcome step to the (empty) trusted-person list, consent given."""
    to_identity(flow)
    flow.next()
    flow.decide(ConsentDecision.GIVEN)
    assert flow.step is Step.TRUSTED_PERSON


def swap_to_confirm_other(flow: EnrolmentFlow, profile: str = "fr-citizen") -> None:
    """From the trusted-person list to the confirmation of ``profile``'s card, checking each
    step of the swap."""
    flow.begin_card_swap()
    flow.card_removed()
    assert flow.step is Step.SWAP_INSERT_OTHER
    flow.card_inserted()
    assert flow.step is Step.SWAP_READING_OTHER
    flow.card_read(specimen_read(profile))
    assert flow.step is Step.SWAP_CONFIRM_OTHER


def card_swap_plan(flow: EnrolmentFlow, trusted_card: str) -> list[Callable[[], None]]:
    """The card swap, one card movement or touch at a time, from the trusted-person list to the
    citizen's card being read again (``trusted_card``: the trusted person's specimen)."""
    return [
        flow.begin_card_swap,  # -> swap-remove-own
        flow.card_removed,  # -> swap-insert-other
        flow.card_inserted,  # -> swap-reading-other
        lambda: flow.card_read(specimen_read(trusted_card)),  # -> swap-confirm-other
        lambda: flow.accept_trusted_person_card(consent_acknowledged=True),  # -> remove-other
        flow.card_removed,  # -> swap-reinsert-own
        flow.card_inserted,  # -> swap-reading-own
    ]


def add_by_card(flow: EnrolmentFlow, trusted_card: str, citizen: str) -> None:
    """Add a trusted person through the whole card swap, back to the trusted-person list."""
    for action in card_swap_plan(flow, trusted_card):
        action()
    flow.card_read(specimen_read(citizen))


def add_typed_person(flow: EnrolmentFlow, profile: str) -> None:
    """Type in the person of the ``profile`` specimen as a trusted person (acknowledged)."""
    person = specimen_read(profile).identity
    flow.type_trusted_person()
    flow.add_trusted_person_typed(
        national_number=person.national_number,
        card_number=person.card_number,
        surname=person.surname,
        first_names=person.first_names,
        consent_acknowledged=True,
    )


# ---------------------------------------------------------------- the walk


def _walk(
    flow: EnrolmentFlow, clock: FakeClock | None, step: Step, citizen: str, entries: Entries
) -> None:
    flow.start()
    if step is Step.PRIVACY:
        return
    flow.next()
    if step is Step.INSERT_CARD:
        return
    if step is Step.CARD_ERROR:
        flow.card_failed(card_errors.NotAnEidCardError())
        return
    flow.card_inserted()
    if step is Step.READING:
        return
    if step is Step.UNDER_16:
        flow.card_read(specimen_read("kids"))
        return
    if step is Step.REPRESENTATION:
        flow.card_read(specimen_read("extended-minority"))
        return
    flow.card_read(specimen_read(citizen))
    if step is Step.CONFIRM_IDENTITY:
        return
    if step is Step.STILL_THERE:
        assert clock is not None, "the still-there step needs the flow's clock"
        flow.tick(clock.advance(flow.config.inactivity_s))
        return
    flow.next()
    if step is Step.CONSENT:
        return
    if step is Step.CONFIRM_REFUSAL:
        flow.decide(ConsentDecision.REFUSED)
        return
    flow.decide(ConsentDecision.GIVEN)
    if step in SWAP_STEPS:
        _swap_to(flow, step, trusted_card_for(citizen))
        return
    if entries.by_card:
        add_by_card(flow, trusted_card_for(citizen), citizen)
    if step is Step.TRUSTED_TYPED:
        flow.type_trusted_person()
        return
    if entries.typed is not None:
        add_typed_person(flow, entries.typed)
    if step is Step.TRUSTED_PERSON:
        return
    flow.next()
    for number, name in entries.exclusions:
        flow.add_exclusion(number, name)
    if step is Step.EXCLUSIONS:
        return
    flow.next()
    if step is Step.REVIEW:
        return
    if step is Step.SUBMIT_ERROR:
        _submit_of(flow).failing = True  # as the outbox does on a full disk
    flow.confirm()  # the receipt (DONE), or the submit error


def _swap_to(flow: EnrolmentFlow, step: Step, trusted_card: str) -> None:
    plan = card_swap_plan(flow, trusted_card)

    def fail() -> None:
        flow.card_failed(card_errors.CardReadError())

    if step is Step.SWAP_OTHER_ERROR:
        plan = [*plan[:3], fail]
    elif step is Step.SWAP_OWN_ERROR:
        plan = [*plan, fail]
    for action in plan:
        if flow.step is step:
            return
        action()


def _submit_of(flow: EnrolmentFlow) -> RecordingSubmit:
    # The flow keeps its submit privately; only a RecordingSubmit can be told to fail.
    submit = flow._submit
    if not isinstance(submit, RecordingSubmit):
        raise TypeError("the flow's submit must be a RecordingSubmit to show the submit error")
    return submit
