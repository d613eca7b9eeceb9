"""What ``kiosk provision`` is asked to set: the settings it handles, their command-line flags,
the answers file, and the secrets (from the environment or standard input, never argv).

The answers file is TOML with the settings file's own keys (``stand_id = "ixelles"``,
``languages = ["fr", "nl"]``, ``export_public_key = "/media/usb/network-export.pem"``) and two
of the command's own: ``set_pin = true`` and ``csr_common_name``. A secret in it is refused:
secrets are kept out of files that get copied around.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

__all__ = [
    "FILE_SETTINGS",
    "PROVISIONED",
    "SECRET_ENV",
    "Answers",
    "AnswersError",
    "read_answers",
    "read_secrets",
]

#: the settings ``kiosk provision`` sets, in the order it asks for them
PROVISIONED = (
    "stand_id",
    "stand_name",
    "kiosk_id",
    "endpoint",
    "auth",
    "token_url",
    "client_id",
    "scopes",
    "client_cert",
    "ca_bundle",
    "export_public_key",
    "languages",
    "default_language",
    "data_dir",
)
#: settings whose value is a file the network hands over: copied into the settings folder
FILE_SETTINGS = ("client_cert", "ca_bundle", "export_public_key")
#: the secrets, by what they are -> the environment variable (and stdin ``NAME=value`` line)
SECRET_ENV = {
    "pin": "KIOSK_OPERATOR_PIN",
    "passphrase": "KIOSK_QUEUE_PASSPHRASE",
    "bearer_token": "KIOSK_BEARER_TOKEN",
}
_OWN = ("set_pin", "csr_common_name")
_SECRET_WORDS = ("pin", "passphrase", "password", "token", "secret", "private")


class AnswersError(ValueError):
    """The answers file or a flag cannot be used (the message says which and why)."""


@dataclass
class Answers:
    """The settings to set (setting name -> value as TOML would hold it), the command's own
    choices, and the secrets given."""

    settings: dict[str, Any] = field(default_factory=dict)
    set_pin: bool = False
    csr_common_name: str | None = None
    secrets: dict[str, str] = field(default_factory=dict, repr=False)


def read_answers(path: Path) -> Answers:
    """The answers in the TOML file ``path``; raises :class:`AnswersError`."""
    try:
        doc = tomllib.loads(Path(path).read_text(encoding="utf-8-sig"))
    except OSError as exc:
        raise AnswersError(f"{path}: cannot be read ({exc.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise AnswersError(f"{path}: not a TOML file ({exc})") from None
    answers = Answers()
    for key, value in doc.items():
        if key in PROVISIONED:
            if key in FILE_SETTINGS and isinstance(value, str) and value:
                value = str((Path(path).parent / value).absolute())
            answers.settings[key] = value
        elif key == "set_pin":
            if not isinstance(value, bool):
                raise AnswersError(f"{path}: set_pin must be true or false")
            answers.set_pin = value
        elif key == "csr_common_name":
            if not isinstance(value, str) or not value:
                raise AnswersError(f"{path}: csr_common_name must be a text")
            answers.csr_common_name = value
        elif any(word in key.lower() for word in _SECRET_WORDS):
            names = ", ".join(SECRET_ENV.values())
            raise AnswersError(
                f"{path}: {key}: secrets are not read from files; set {names} in the "
                "environment or give them on standard input (--secrets-stdin)"
            )
        else:
            known = ", ".join((*PROVISIONED, *_OWN))
            raise AnswersError(f"{path}: {key}: not something kiosk provision sets ({known})")
    return answers


def read_secrets(environ: Mapping[str, str], stdin: TextIO | None) -> dict[str, str]:
    """The secrets from the environment and, when ``stdin`` is given, its ``NAME=value``
    lines (the same names; stdin wins)."""
    by_env = {env: what for what, env in SECRET_ENV.items()}
    found = {what: environ[env] for env, what in by_env.items() if environ.get(env)}
    if stdin is not None:
        for number, line in enumerate(stdin.read().splitlines(), start=1):
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            name, sep, value = line.partition("=")
            if not sep or name.strip() not in by_env:
                # Never quote the line: it may hold a secret.
                raise AnswersError(
                    f"standard input, line {number}: expected NAME=value with NAME one of "
                    + ", ".join(by_env)
                )
            found[by_env[name.strip()]] = value.rstrip("\r\n")
    return found
