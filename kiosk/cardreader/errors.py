"""The typed errors of card reading, each with a stable code.

Messages are for volunteers' logs and never contain personal data (no national number, name,
card number or file contents). The UI maps ``code`` to a translated text for the citizen.
The process exit code of ``kiosk-card`` is ``exit_code``.
"""

from __future__ import annotations

from kiosk.errors import KioskError


class CardError(KioskError):
    """Base of every error the card layer raises on purpose."""

    code = "card-error"
    exit_code = 10

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.code)
        self.detail = detail


class NoPcscServiceError(CardError):
    """The PC/SC service (pcscd, or Windows' Smart Card service) is not running."""

    code = "no-pcsc-service"
    exit_code = 11


class NoReaderError(CardError):
    """No card reader is connected (or the named one does not exist)."""

    code = "no-reader"
    exit_code = 12


class NoCardError(CardError):
    """The reader is there but holds no card."""

    code = "no-card"
    exit_code = 13


class NotAnEidCardError(CardError):
    """A card answered, but it is not a (readable, activated) Belgian eID."""

    code = "not-an-eid"
    exit_code = 14


class CardRemovedError(CardError):
    """The card was removed (or reset by another program) while it was being read."""

    code = "card-removed"
    exit_code = 15


class CardReadError(CardError):
    """A command failed or the card answered something it should not have."""

    code = "read-error"
    exit_code = 16


class ReadLimitError(CardReadError):
    """The read went past its budget of commands or of time, or a GET RESPONSE chain past
    its cap (:class:`~kiosk.cardreader.transport.ReadLimits`): no genuine eID does that, a
    broken or hostile card does. A read error like any other for the citizen (same code)."""


class CardDataInvalidError(CardError):
    """The card data is forged or corrupted: a signature or hash does not match,
    or a file cannot be parsed."""

    code = "data-invalid"
    exit_code = 17


class UnknownRootError(CardError):
    """The National Register certificate does not chain to a trusted Belgian root CA."""

    code = "unknown-root"
    exit_code = 18


class CardCloneError(CardDataInvalidError):
    """The card's files verify, basic key included, but the card cannot sign a challenge with
    that key (INTERNAL AUTHENTICATE, applet 1.8): a clone, files copied onto another chip.
    Refused like forged data (it is a :class:`CardDataInvalidError`), with its own code."""

    code = "card-clone"
    exit_code = 19
