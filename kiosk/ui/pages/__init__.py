"""One module per page of the visit; :func:`page_classes` collects them for the main window.

Each module defines :class:`~kiosk.ui.page.Page` subclasses whose ``steps`` name the flow steps
they show. Every :class:`~kiosk.flow.steps.Step` must be shown by exactly one page (tested).
"""

from __future__ import annotations

import inspect
from importlib import import_module

from kiosk.ui.page import Page

MODULES: tuple[str, ...] = (
    "welcome",  # WELCOME: the four languages
    "privacy",  # PRIVACY: what the kiosk reads and why
    "card",  # INSERT_CARD, READING, CARD_ERROR: reader status, progress, recovery
    "identity",  # CONFIRM_IDENTITY
    "under16",  # UNDER_16
    "representation",  # REPRESENTATION: a legal representative acts for the card's holder
    "consent",  # CONSENT: explanation and decision
    "refusal",  # CONFIRM_REFUSAL
    "trusted",  # TRUSTED_PERSON: list, add by card or typed, remove
    "trusted_typed",  # TRUSTED_TYPED: on-screen keyboard form
    "swap",  # SWAP_*: the card swap for the trusted person's eID
    "exclusions",  # EXCLUSIONS
    "review",  # REVIEW
    "submit_error",  # SUBMIT_ERROR
    "done",  # DONE: receipt, reference, QR code
    "still_there",  # STILL_THERE: inactivity countdown
)


def page_classes() -> list[type[Page]]:
    """Every concrete page class, in :data:`MODULES` order."""
    found: list[type[Page]] = []
    for name in MODULES:
        module = import_module(f"{__name__}.{name}")
        for _, obj in inspect.getmembers(module, inspect.isclass):
            if (
                issubclass(obj, Page)
                and obj is not Page
                and obj.__module__ == module.__name__
                and obj.steps
            ):
                found.append(obj)
    return found
