"""Every error code the kiosk can meet, mapped to one plain, translated sentence for the citizen.

Codes come from the flow (:data:`kiosk.flow.errors.FLOW_CODES` and the error-step codes), the
enrolment rules (:data:`kiosk.enrolment.ERROR_CODES`), the card layer
(:mod:`kiosk.cardreader.errors`), the outbox (:data:`OUTBOX_CODES`) and the services
(:class:`kiosk.services.QueueUnavailableError`). A test checks that each has a message.

Each message says what happened and what to do, in short everyday words. Problems the citizen
cannot fix (a bug, a broken reader, a queue that cannot be written) all say "ask a volunteer";
the volunteer finds the precise reason in the log. Messages are looked up when shown, never at
import, so they follow the visitor's language.

:func:`message` is the general lookup; :func:`card_message` is for the card error steps, where an
enrolment rule broken by the card's own data (a name the kiosk cannot use...) is the card's
problem, not something the citizen typed.
"""

from __future__ import annotations

from collections.abc import Callable

from kiosk.cardreader import errors as card
from kiosk.enrolment import ERROR_CODES
from kiosk.flow import errors as flow
from kiosk.ui.i18n import translate

__all__ = ["CARD_CODES", "OUTBOX_CODES", "all_codes", "card_message", "message"]

#: The card layer's codes, plus the one the monitor gives an unexpected failure.
CARD_CODES = frozenset(
    {
        card.CardError.code,
        card.NoPcscServiceError.code,
        card.NoReaderError.code,
        card.NoCardError.code,
        card.NotAnEidCardError.code,
        card.CardRemovedError.code,
        card.CardReadError.code,
        card.CardDataInvalidError.code,
        card.UnknownRootError.code,
        card.CardCloneError.code,
        "internal-error",  # kiosk.cardreader.monitor.CardReadFailed.code for a bug
    }
)

#: Every code an :class:`~kiosk.outbox.records.OutboxError` can carry (the outbox has no list of
#: its own; a test reads them from its source so a new one cannot be missed here).
OUTBOX_CODES = frozenset(
    {
        "ack_already_applied",
        "ack_invalid",
        "ack_not_exported",
        "ack_not_genuine",
        "ack_other_kiosk",
        "ack_too_new",
        "ack_unreadable",
        "ack_wrong_key",
        "bad_network_key",
        "bad_private_key",
        "bad_state",
        "closed",
        "conflict",
        "export_damaged",
        "export_exists",
        "export_invalid",
        "export_not_genuine",
        "export_too_new",
        "export_unknown_kiosk",
        "export_unreadable",
        "export_unsigned",
        "export_verify_failed",
        "export_wrong_key",
        "insecure_keyring",
        "integrity",
        "key_damaged",
        "key_file_damaged",
        "key_file_missing",
        "key_file_too_new",
        "key_file_unreadable",
        "key_mismatch",
        "key_unavailable",
        "keyring_entry_missing",
        "keyring_locked",
        "keyring_unavailable",
        "no_queue",
        "not_a_queue",
        "not_an_ack",
        "not_an_export",
        "outbox_error",
        "passphrase_required",
        "passphrase_too_short",
        "payload_format",
        "payload_integrity",
        "schema_too_new",
        "sqlite_unsupported",
        "storage_unavailable",
        "unknown_submission",
        "wrong_passphrase",
    }
)

#: The error-step codes of the flow (``EnrolmentFlow.error_code``), besides the card layer's.
FLOW_STEP_CODES = frozenset(
    {
        flow.CARD_EXPIRED,
        flow.AGE_UNKNOWN,
        flow.READ_TIMEOUT,
        flow.NOT_THE_SAME_CARD,
        flow.SUBMIT_FAILED,
    }
)

QUEUE_UNAVAILABLE = "queue-unavailable"  # kiosk.services.QueueUnavailableError.code


def _kiosk_fault() -> str:
    return translate("Messages", "Something went wrong on this kiosk. Please ask a volunteer.")


def _not_saved() -> str:
    return translate(
        "Messages",
        "Your choices could not be saved on this kiosk. Nothing was sent. Please ask a volunteer.",
    )


def _read_again() -> str:
    return translate(
        "Messages",
        "The card could not be read. Take it out and put it in again, chip first and facing up.",
    )


def _not_verified() -> str:
    return translate(
        "Messages",
        "This card could not be checked, so its information cannot be used here. "
        "Please ask a volunteer.",
    )


def _card_unusable() -> str:
    return translate(
        "Messages",
        "The information on this card cannot be used here. Please ask a volunteer.",
    )


_MESSAGES: dict[str, Callable[[], str]] = {
    # -- refused actions (the flow) --
    flow.NOT_ALLOWED_HERE: lambda: translate("Messages", "This is not possible at this step."),
    flow.NO_WAY_BACK: lambda: translate("Messages", "You cannot go back from here."),
    flow.UNKNOWN_LANGUAGE: lambda: translate("Messages", "This language is not available."),
    flow.CONSENT_NOT_ACKNOWLEDGED: lambda: translate(
        "Messages", "Please confirm that this person has registered their own consent."
    ),
    flow.TRUSTED_PERSON_IS_CITIZEN: lambda: translate(
        "Messages", "You cannot be your own trusted person. Please choose someone else."
    ),
    flow.DUPLICATE_TRUSTED_PERSON: lambda: translate(
        "Messages", "This person is already on your list."
    ),
    flow.TOO_MANY_TRUSTED_PERSONS: lambda: translate(
        "Messages",
        "You cannot add more trusted persons here. You can add more on the website of the "
        "Brussels Health Network.",
    ),
    flow.NO_SUCH_TRUSTED_PERSON: lambda: translate(
        "Messages", "This person is no longer on your list."
    ),
    flow.DUPLICATE_EXCLUSION: lambda: translate(
        "Messages", "This care provider is already on your list."
    ),
    flow.TOO_MANY_EXCLUSIONS: lambda: translate(
        "Messages",
        "You cannot add more care providers here. You can add more on the website of the "
        "Brussels Health Network.",
    ),
    flow.NO_SUCH_EXCLUSION: lambda: translate(
        "Messages", "This care provider is no longer on your list."
    ),
    # -- the flow's error steps --
    flow.CARD_EXPIRED: lambda: translate(
        "Messages",
        "This identity card has expired. Please use a valid card, or ask a volunteer.",
    ),
    flow.AGE_UNKNOWN: lambda: translate(
        "Messages",
        "Your card does not show your full date of birth, so your age cannot be checked "
        "here. Please ask a volunteer.",
    ),
    flow.READ_TIMEOUT: lambda: translate(
        "Messages",
        "Reading the card took too long. Take it out and put it in again, chip first and "
        "facing up.",
    ),
    flow.NOT_THE_SAME_CARD: lambda: translate(
        "Messages",
        "This is not the card you used at the start. Please put your own identity card back "
        "in the reader.",
    ),
    flow.SUBMIT_FAILED: lambda: translate(
        "Messages",
        "Your choices could not be saved. Nothing was sent. Please try again, or ask a volunteer.",
    ),
    # -- the enrolment rules (mostly typed entries) --
    "card-number-check-digits": lambda: translate(
        "Messages", "This card number is not correct. Please check the digits."
    ),
    "invalid-card-number": lambda: translate(
        "Messages",
        "This card number is not valid. It has 12 digits, or the letter B and 9 digits.",
    ),
    "invalid-national-number": lambda: translate(
        "Messages",
        "This national number is not valid. It has 11 digits. Please check it.",
    ),
    "invalid-name": lambda: translate(
        "Messages", "Please write the name as it is on the identity card."
    ),
    "invalid-nihii": lambda: translate(
        "Messages", "This care provider number is not valid. It has 11 digits."
    ),
    "nihii-check-digits": lambda: translate(
        "Messages", "This care provider number does not look right. Please check it."
    ),
    "refusal-with-choices": lambda: translate(
        "Messages",
        "If you do not agree, no trusted person or care provider can be recorded.",
    ),
    "under-16": lambda: translate(
        "Messages",
        "Children under 16 are registered by a parent or a legal representative.",
    ),
    **{
        code: _kiosk_fault
        for code in (
            "invalid-birth-date",
            "invalid-decision",
            "invalid-enrolment",
            "invalid-kiosk-id",
            "invalid-language",
            "invalid-source",
            "invalid-stand-id",
            "invalid-submission-id",
            "invalid-timestamp",
        )
    },
    # -- the card reader --
    card.CardError.code: _read_again,
    card.CardReadError.code: _read_again,
    "internal-error": _read_again,
    card.NoPcscServiceError.code: lambda: translate(
        "Messages", "The card reader is not working. Please ask a volunteer."
    ),
    card.NoReaderError.code: lambda: translate(
        "Messages", "No card reader is connected. Please ask a volunteer."
    ),
    card.NoCardError.code: lambda: translate(
        "Messages",
        "There is no card in the reader. Put your identity card in, chip first and facing up.",
    ),
    card.NotAnEidCardError.code: lambda: translate(
        "Messages",
        "This card is not a Belgian identity card (eID). Please use your Belgian eID card.",
    ),
    card.CardRemovedError.code: lambda: translate(
        "Messages",
        "The card was taken out too soon. Put it in again and leave it in until you are "
        "told to take it out.",
    ),
    card.CardDataInvalidError.code: _not_verified,
    card.UnknownRootError.code: _not_verified,
    card.CardCloneError.code: _not_verified,  # a copy is refused like forged data
    # -- the queue --
    QUEUE_UNAVAILABLE: _not_saved,
    **{code: _not_saved for code in OUTBOX_CODES},
}


def all_codes() -> frozenset[str]:
    """Every code the UI may be asked to explain."""
    return (
        flow.FLOW_CODES
        | FLOW_STEP_CODES
        | ERROR_CODES
        | CARD_CODES
        | OUTBOX_CODES
        | {QUEUE_UNAVAILABLE}
    )


def message(code: str | None) -> str:
    """The translated sentence for ``code``; an unknown code (a bug) says "ask a volunteer"."""
    return _MESSAGES.get(code or "", _kiosk_fault)()


def card_message(code: str | None) -> str:
    """The sentence for a card error step: a rule the card's own data breaks is the card's
    problem ("cannot be used here"), not a typing mistake."""
    if code in CARD_CODES or code in FLOW_STEP_CODES:
        return message(code)
    if code in ERROR_CODES:
        return _card_unusable()
    return message(code)
