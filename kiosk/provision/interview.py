"""The interactive form of ``kiosk provision``: one question per setting, the current value in
brackets (Enter keeps it), every answer checked at once by the setting's own rule, and the
secrets typed twice without echo.

Questions go through a :class:`Terminal` (:class:`ConsoleTerminal`: ``input`` and ``getpass``),
so tests drive the interview with scripted answers.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from kiosk.config import kinds
from kiosk.config.errors import Problem
from kiosk.config.schema import by_name
from kiosk.config.settings import KioskSettings

from .answers import PROVISIONED, Answers

__all__ = ["ConsoleTerminal", "Terminal", "ask_new_secret", "interview"]

#: the questions, by setting; ``None``: not asked (a flag or the answers file sets it)
QUESTIONS: dict[str, str | None] = {
    "stand_id": "Stand id (letters, digits, . _ -)",
    "stand_name": "Stand name shown in the header",
    "kiosk_id": "Kiosk id at this stand (letters, digits, . _ -)",
    "endpoint": "The network's FHIR base URL (https://...)",
    "auth": "How the kiosk logs in (none, smart, mtls, bearer-from-keyring)",
    "token_url": "OAuth token URL (auth = smart)",
    "client_id": "Client id the network registered (auth = smart)",
    "scopes": "Scopes (auth = smart)",
    "client_cert": "Client certificate file, PEM (auth = mtls; Enter: none yet, print a request)",
    "ca_bundle": "The network's CA bundle file, PEM (Enter: the system's CAs)",
    "export_public_key": "The network's export public key file, PEM",
    "languages": "Languages offered, in order (e.g. fr,nl,de,en)",
    "default_language": "Language of the welcome page",
    "data_dir": None,
}
_ONLY_FOR = {
    "token_url": "smart",
    "client_id": "smart",
    "scopes": "smart",
    "client_cert": "mtls",
}
MAX_TRIES = 3


class Terminal(Protocol):
    """Where the questions are asked."""

    def ask(self, prompt: str) -> str:
        """A line typed after ``prompt`` (echoed)."""
        ...

    def secret(self, prompt: str) -> str:
        """A line typed after ``prompt``, not echoed."""
        ...


class ConsoleTerminal:
    """The real terminal: ``input`` and ``getpass``."""

    def ask(self, prompt: str) -> str:
        return input(prompt)

    def secret(self, prompt: str) -> str:
        import getpass

        return getpass.getpass(prompt)


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "not set"
    if isinstance(value, list | tuple):
        return ",".join(str(v) for v in value)
    return str(value)


def _raw(name: str, typed: str) -> Any:
    if name == "languages":
        return [part.strip() for part in typed.split(",") if part.strip()]
    return typed


def interview(terminal: Terminal, current: KioskSettings, answers: Answers) -> None:
    """Ask for each setting :mod:`kiosk provision <kiosk.provision.cli>` sets; what is typed
    goes into ``answers.settings`` (a flag's or the answers file's value is the one offered)."""
    print("Press Enter to keep the value in brackets.")
    for name in PROVISIONED:
        question = QUESTIONS[name]
        if question is None:
            continue
        auth = answers.settings.get("auth", current.auth)
        if name in _ONLY_FOR and _ONLY_FOR[name] != auth:
            continue
        spec = by_name[name]
        offered = answers.settings.get(name, spec.kind.to_toml(getattr(current, name)))
        needed = name in ("stand_id", "kiosk_id") and offered == spec.default
        needed |= name in ("endpoint", "export_public_key") and not offered
        for _ in range(MAX_TRIES * 3):
            typed = terminal.ask(f"{question} [{_shown(offered)}]: ").strip()
            if not typed:
                if needed:
                    print("  a value is needed here")
                    continue
                break
            raw = _raw(name, typed)
            problem = value_problem(name, raw)
            if problem is None:
                answers.settings[name] = raw
                break
            print(f"  {problem}")
        else:
            raise EOFError("too many refused answers")


def value_problem(name: str, raw: Any) -> str | None:
    """Why ``raw`` cannot be setting ``name``'s value (files relative to the current folder),
    or None."""
    spec = by_name[name]
    if name in ("stand_id", "kiosk_id") and raw == spec.default:
        return f"{kinds.render(raw)} is the placeholder: give this {name.split('_')[0]}'s own id"
    try:
        spec.kind.parse(raw, Path.cwd())
    except Problem as exc:
        return f"{spec.key} {exc.problem}"
    return None


def ask_new_secret(
    terminal: Terminal, what: str, problem: Callable[[str], str | None]
) -> str | None:
    """A new secret typed twice (``problem`` refuses a weak one); None after
    :data:`MAX_TRIES` failures."""
    for _ in range(MAX_TRIES):
        first = terminal.secret(f"New {what} (not shown): ")
        refused = problem(first)
        if refused is not None:
            print(f"  {refused}")
            continue
        if terminal.secret(f"The {what} again: ") != first:
            print(f"  the two {what}s differ; again")
            continue
        return first
    return None
