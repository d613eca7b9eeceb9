"""The audit log: line format, durability mode, rotation, keyed subjects, no plaintext."""

from __future__ import annotations

import json
import stat
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.operator.audit import AUDIT_FILE_NAME, AuditLog, subject_hash
from kiosk.outbox.keys import DataKey

NN = "85073003328"
FORMATTED = "85.07.30-033.28"


def _log(folder: Path, **kwargs: object) -> AuditLog:
    return AuditLog(
        folder,
        stand_id="ixelles-1",
        kiosk_id="kiosk-2",
        clock=lambda: datetime(2024, 5, 2, 9, 14, 3, tzinfo=UTC),
        **kwargs,  # type: ignore[arg-type]
    )


def test_a_line_has_the_documented_fields(tmp_path: Path) -> None:
    audit = _log(tmp_path)
    key = DataKey.generate().subkey(b"audit-subject")
    audit.set_subject_key(key)
    written = audit.record(
        "submission",
        "queued",
        demo=False,
        national_number=NN,
        reference="ABCD-EF23",
        decision="given",
    )
    path = tmp_path / AUDIT_FILE_NAME
    (line,) = path.read_text().splitlines()
    assert json.loads(line) == written
    assert written == {
        "time": "2024-05-02T09:14:03Z",
        "stand": "ixelles-1",
        "kiosk": "kiosk-2",
        "action": "submission",
        "outcome": "queued",
        "demo": False,
        "subject": subject_hash(key, NN),
        "reference": "ABCD-EF23",
        "decision": "given",
    }
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert list(audit.entries()) == [written]


def test_the_subject_is_an_hmac_stable_per_key_and_different_across_keys() -> None:
    one, two = (DataKey.generate().subkey(b"audit-subject") for _ in range(2))
    assert subject_hash(one, NN) == subject_hash(one, FORMATTED)  # separators do not matter
    assert len(subject_hash(one, NN)) == 64
    assert subject_hash(one, NN) != subject_hash(two, NN)
    assert subject_hash(one, NN) != subject_hash(one, "85073003427")
    with pytest.raises(ValueError) as raised:
        subject_hash(one, "8507")
    assert "8507" not in str(raised.value)


def test_without_a_key_a_line_has_no_subject_and_says_so(tmp_path: Path) -> None:
    entry = _log(tmp_path).record("submission", "failed", demo=False, national_number=NN)
    assert "subject" not in entry and "key" in entry["subject_note"]
    assert NN not in (tmp_path / AUDIT_FILE_NAME).read_text()


def test_no_national_number_or_long_number_reaches_the_file(tmp_path: Path) -> None:
    audit = _log(tmp_path)
    audit.set_subject_key(DataKey.generate().subkey(b"audit-subject"))
    audit.record(
        "operator.export",
        "failed",
        demo=False,
        national_number=FORMATTED,
        detail=f"oops {NN} and {FORMATTED}",
    )
    raw = (tmp_path / AUDIT_FILE_NAME).read_bytes()
    for secret in (NN, FORMATTED, NN[:6] + NN[6:]):
        assert secret.encode() not in raw


def test_the_log_rotates_by_size_and_keeps_a_bounded_number_of_files(tmp_path: Path) -> None:
    audit = _log(tmp_path, max_bytes=400, backups=2)
    for n in range(30):
        audit.record("operator.send_now", "ok", demo=False, detail=f"round {n}")
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == [AUDIT_FILE_NAME, f"{AUDIT_FILE_NAME}.1", f"{AUDIT_FILE_NAME}.2"]
    assert all(p.stat().st_size <= 400 for p in tmp_path.iterdir())
    details = [e["detail"] for e in audit.entries()]
    assert details[-1] == "round 29" and details == sorted(details, key=lambda d: int(d.split()[1]))
    assert "round 0" not in details  # the oldest file was dropped


def test_a_torn_line_is_skipped_when_reading(tmp_path: Path) -> None:
    audit = _log(tmp_path)
    audit.record("operator.exit", "ok", demo=False)
    with (tmp_path / AUDIT_FILE_NAME).open("ab") as fh:
        fh.write(b'{"time": "2024-05')
    audit.record("operator.exit", "ok", demo=True)
    # Only the torn line is lost: the next one starts on a line of its own.
    assert [e["demo"] for e in audit.entries()] == [False, True]


def test_actions_are_short_names_and_repr_hides_the_key(tmp_path: Path) -> None:
    audit = _log(tmp_path)
    with pytest.raises(ValueError):
        audit.record("Operator Export!", "ok", demo=False)
    audit.set_subject_key(b"k" * 32)
    assert "kkkk" not in repr(audit)
    with pytest.raises(ValueError):
        audit.set_subject_key(b"short")
