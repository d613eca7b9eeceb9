"""Who may enrol: an expired card is refused, a child is told politely, on the visit's day."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from kiosk.flow import FlowConfig, Step
from tests.helpers.flow_driver import make_flow, to_identity
from tests.helpers.specimens import specimen_read


def test_an_expired_card_is_refused_unless_configured() -> None:
    flow, _, _ = make_flow()
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(specimen_read("expired"))
    assert flow.step is Step.CARD_ERROR and flow.error_code == "card-expired"
    assert flow.session.card is None
    flow, _, _ = make_flow(FlowConfig(accept_expired_cards=True))
    to_identity(flow, "expired")


def test_under_16_ends_politely_and_keeps_nothing() -> None:
    flow, clock, outbox = make_flow()
    flow.choose_language("de")
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(specimen_read("kids"))
    assert flow.step is Step.UNDER_16 and flow.session.is_empty()
    assert flow.language == "de" and flow.allowed_events() == {"next", "tick", "cancel"}
    flow.card_removed()  # taking the card out does not cut the explanation short
    assert flow.step is Step.UNDER_16
    flow.tick(clock.advance(flow.config.ending_s))
    assert flow.step is Step.WELCOME and not outbox.attempts


@pytest.mark.parametrize(
    ("day", "expected"),
    [(date(1967, 3, 11), Step.UNDER_16), (date(1967, 3, 12), Step.CONFIRM_IDENTITY)],
)
def test_the_age_limit_is_on_the_day_of_the_visit(day: date, expected: Step) -> None:
    assert specimen_read("nl-citizen").identity.birth_date.as_date() == date(1951, 3, 12)
    flow, _, _ = make_flow(wall=datetime.combine(day, time(12), tzinfo=UTC))
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.card_read(specimen_read("nl-citizen"))
    assert flow.step is expected
