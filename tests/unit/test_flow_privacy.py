"""No personal data in the flow's logs or reprs, at any point of a visit."""

from __future__ import annotations

import logging

import pytest

from tests.helpers.flow_driver import make_flow, swap_to_confirm_other, to_trusted
from tests.helpers.specimens import NIHII_1, card_secrets, specimen_read


def test_no_personal_data_in_logs_or_reprs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    flow, _, _ = make_flow()
    to_trusted(flow)
    swap_to_confirm_other(flow)
    texts = [repr(flow), str(flow), repr(flow.session), repr(flow.session.choices)]
    flow.accept_trusted_person_card(consent_acknowledged=True)
    flow.card_removed()
    flow.card_inserted()
    flow.card_read(specimen_read("nl-citizen"))
    flow.next()
    flow.add_exclusion(NIHII_1, "Dr. Hidden-Name")
    flow.next()
    texts += [repr(flow), repr(flow.session), repr(flow.session.choices)]
    flow.confirm()
    texts += [r.getMessage() for r in caplog.records]
    assert any("visit" in t or "stored" in t for t in texts)
    secrets = [
        *card_secrets(specimen_read("nl-citizen")),
        *card_secrets(specimen_read("fr-citizen")),
        NIHII_1,
        "Hidden",
    ]
    for text in texts:
        for secret in secrets:
            assert secret not in text, (secret, text)
