"""Time in the flow: the inactivity warning and wipe, the read and card-swap timeouts."""

from __future__ import annotations

import pytest

from kiosk.flow import FlowConfig, FlowError, Step
from tests.helpers.flow_driver import make_flow, to_step, to_trusted
from tests.helpers.specimens import NIHII_1


def test_a_read_that_never_ends_times_out() -> None:
    flow, clock, _ = make_flow()
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.tick(clock.advance(flow.config.inactivity_s + flow.config.warning_s))
    assert flow.step is Step.CARD_ERROR and flow.error_code == "read-timeout"


def test_the_swap_gives_up_waiting_but_keeps_the_data_until_inactivity() -> None:
    flow, clock, _ = make_flow()
    cfg = flow.config
    to_trusted(flow)
    flow.begin_card_swap()
    flow.tick(clock.advance(cfg.swap_timeout_s - 1))
    assert flow.step is Step.SWAP_REMOVE_OWN
    flow.tick(clock.advance(1))
    assert flow.step is Step.TRUSTED_PERSON and flow.session.card is not None
    flow.begin_card_swap()
    flow.card_removed()
    flow.tick(clock.advance(cfg.swap_timeout_s))
    assert flow.step is Step.SWAP_REINSERT_OWN and flow.session.card is not None
    # nobody comes back: the warning, then the wipe
    flow.tick(clock.advance(cfg.inactivity_s - cfg.swap_timeout_s))
    assert flow.step is Step.STILL_THERE
    session = flow.session
    flow.tick(clock.advance(cfg.warning_s))
    assert flow.step is Step.WELCOME and session.is_empty()


def test_the_swap_timeout_counts_card_movements_not_touches() -> None:
    flow, clock, _ = make_flow()
    to_trusted(flow)
    flow.begin_card_swap()
    flow.user_activity(clock.advance(flow.config.swap_timeout_s - 1))
    flow.tick(clock.advance(1))
    assert flow.step is Step.TRUSTED_PERSON


def test_inactivity_warns_then_resumes_on_touch() -> None:
    flow, clock, _ = make_flow()
    cfg = flow.config
    to_step(flow, Step.EXCLUSIONS)
    flow.add_exclusion(NIHII_1)
    flow.tick(clock.advance(cfg.inactivity_s - 1))
    assert flow.step is Step.EXCLUSIONS and flow.seconds_left() is None
    flow.tick(clock.advance(1))
    assert flow.step is Step.STILL_THERE and flow.seconds_left() == cfg.warning_s
    with pytest.raises(FlowError, match="not-allowed-here"):
        flow.next()
    flow.tick(clock.advance(cfg.warning_s - 1))
    assert flow.seconds_left() == 1
    flow.user_activity(clock.advance(0.5))
    assert flow.step is Step.EXCLUSIONS and [e.nihii for e in flow.exclusions] == [NIHII_1]
    flow.tick(clock.advance(cfg.inactivity_s - 1))
    assert flow.step is Step.EXCLUSIONS  # the delay restarted at the touch


def test_inactivity_expiry_wipes_and_returns_to_welcome() -> None:
    flow, clock, outbox = make_flow()
    flow.choose_language("nl")
    to_step(flow, Step.REVIEW)
    session = flow.session
    flow.tick(clock.advance(flow.config.inactivity_s))
    flow.tick(clock.advance(flow.config.warning_s))
    assert flow.step is Step.WELCOME and session.is_empty() and flow.session.is_empty()
    assert flow.language == "fr" and not outbox.attempts


def test_a_card_event_during_the_warning_resumes_then_counts() -> None:
    flow, clock, _ = make_flow()
    to_step(flow, Step.CONSENT)
    flow.tick(clock.advance(flow.config.inactivity_s))
    seen: list[tuple[Step, Step]] = []
    flow.add_observer(lambda old, new: seen.append((old, new)))
    flow.card_removed()
    assert seen == [(Step.STILL_THERE, Step.CONSENT), (Step.CONSENT, Step.WELCOME)]


def test_no_warning_while_reading_or_on_the_welcome_screen() -> None:
    flow, clock, _ = make_flow(FlowConfig(read_timeout_s=600))
    flow.tick(clock.advance(1000))
    assert flow.step is Step.WELCOME
    flow.start()
    flow.next()
    flow.card_inserted()
    flow.tick(clock.advance(flow.config.inactivity_s * 2))
    assert flow.step is Step.READING


def test_the_welcome_language_resets_for_the_next_visitor() -> None:
    flow, clock, _ = make_flow()
    flow.choose_language("de")
    flow.tick(clock.advance(flow.config.inactivity_s - 1))
    assert flow.language == "de"
    flow.tick(clock.advance(1))
    assert flow.language == "fr" and flow.step is Step.WELCOME
