"""The one error base: every error the kiosk raises on purpose is a KioskError with a stable code,
and ``stable_code`` reads it without probing attributes."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import kiosk
from kiosk.cardreader.errors import CardError, CardRemovedError, NoReaderError
from kiosk.config.errors import ConfigError
from kiosk.enrolment import EnrolmentError
from kiosk.errors import KioskError, stable_code
from kiosk.fhir.checks import BundleValidationError
from kiosk.flow.errors import NO_WAY_BACK, FlowError
from kiosk.operator.pin import PinError
from kiosk.outbox.records import OutboxError, OutboxKeyError, PassphraseRequired
from kiosk.services import QueueUnavailableError

PKG = Path(kiosk.__file__).parent


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (NoReaderError("the reader was disconnected"), "no-reader"),
        (CardRemovedError(), "card-removed"),
        (CardError(), "card-error"),
        (OutboxKeyError("locked", code="wrong_passphrase"), "wrong_passphrase"),
        (PassphraseRequired("type it"), "passphrase_required"),
        (OutboxError("x"), "outbox_error"),
        (QueueUnavailableError(), "queue-unavailable"),
        (ConfigError("must be a number", key="inactivity_s"), "config-error"),
        (FlowError(NO_WAY_BACK), NO_WAY_BACK),
        (EnrolmentError("under-16"), "under-16"),
        (PinError("locked", "too many wrong PINs"), "locked"),
        (BundleValidationError(["no Patient"]), "invalid-bundle"),
    ],
)
def test_the_kiosks_errors_share_the_base_and_keep_their_codes(
    error: KioskError, code: str
) -> None:
    assert isinstance(error, KioskError)
    assert stable_code(error) == code


def test_value_errors_stay_value_errors() -> None:
    # Callers catch these as ValueError too (a bad setting, a broken enrolment rule).
    for error_type in (ConfigError, EnrolmentError, BundleValidationError):
        assert issubclass(error_type, ValueError)


def test_anything_else_is_known_by_its_type_name_never_its_message() -> None:
    assert stable_code(KeyError("85073003328")) == "KeyError"
    assert stable_code(OSError(28, "No space left on device")) == "OSError"

    class Foreign(Exception):
        code = "looks-stable"  # not a KioskError: its attributes are not trusted

    assert stable_code(Foreign()) == "Foreign"


def _core_exception_classes() -> list[type[BaseException]]:
    found = []
    for info in pkgutil.walk_packages([str(PKG)], prefix="kiosk."):
        if info.name.startswith("kiosk.ui") or info.name == "kiosk.main":
            continue
        module = importlib.import_module(info.name)
        for _, value in inspect.getmembers(module, inspect.isclass):
            if issubclass(value, BaseException) and value.__module__ == module.__name__:
                found.append(value)
    return found


def test_every_core_error_with_a_code_is_a_kiosk_error() -> None:
    classes = _core_exception_classes()
    assert CardError in classes and OutboxError in classes
    coded = [cls for cls in classes if "code" in vars(cls) or "self.code" in inspect.getsource(cls)]
    assert [cls for cls in coded if not issubclass(cls, KioskError)] == []
