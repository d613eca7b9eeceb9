"""The enrolment flow: the kiosk visit as a plain state machine, tested without Qt.

``EnrolmentFlow`` (in :mod:`.machine`) is what the UI drives; :mod:`.steps` holds the steps and
the transition table; :mod:`.errors` the stable codes of refused actions; :mod:`.config` the
kiosk's knobs. ``python -m kiosk.flow`` prints the transition table.
"""

from __future__ import annotations

from kiosk.flow.config import LANGUAGES, FlowConfig
from kiosk.flow.errors import FLOW_CODES, FlowError
from kiosk.flow.machine import Authenticate, EnrolmentFlow, Observer, Refused, Submit
from kiosk.flow.steps import TRANSITIONS, Step, format_table

__all__ = [
    "FLOW_CODES",
    "Authenticate",
    "LANGUAGES",
    "TRANSITIONS",
    "EnrolmentFlow",
    "FlowConfig",
    "FlowError",
    "Observer",
    "Refused",
    "Step",
    "Submit",
    "format_table",
]
