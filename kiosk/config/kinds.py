"""The kinds of value a setting can hold: each parses a raw TOML value strictly, states its rule
in one precise sentence when the value breaks it, and renders a value back for ``kiosk config
show`` and the documentation.

Strict means: a quoted "60" is not a number, 1 is not ``true``, a path must name a file that
is there and holds what the setting needs. Messages quote the offending value (settings hold no
personal data) except for the endpoint, whose URL could carry credentials.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import urlsplit

from .bounded import FileRefused, read_bounded
from .errors import Problem

__all__ = [
    "Choice",
    "Count",
    "Endpoint",
    "Files",
    "Flag",
    "Folder",
    "Kind",
    "Languages",
    "Number",
    "Optional",
    "PemFile",
    "PortalUrls",
    "Text",
    "got",
    "render",
]


class Kind(Protocol):
    """What the loader, ``config show`` and the docs need from a setting's value kind."""

    #: how the documentation names the kind ("number of seconds", "true or false", ...)
    type_name: str

    def parse(self, raw: object, base: Path | None) -> Any:
        """The setting's value from a raw TOML value (``base``: the file's folder, for
        relative paths; ``None`` resolves against the current folder). Raises Problem."""
        ...

    def to_toml(self, value: Any) -> Any:
        """The inverse of :meth:`parse`: the value as it would be written in the file."""
        ...


def got(raw: object) -> str:
    """A short, TOML-looking rendering of an offending raw value for an error message."""
    if isinstance(raw, bool):
        return "true" if raw else "false"
    if isinstance(raw, int | float):
        return repr(raw)
    if isinstance(raw, str):
        text = raw if len(raw) <= 40 else raw[:37] + "..."
        return _quoted(text)
    if isinstance(raw, list):
        return "a list"
    if isinstance(raw, dict):
        return "a table"
    return "a date or time"


def _quoted(text: str) -> str:
    """``text`` as a quoted TOML basic string (JSON's escapes are valid TOML ones)."""
    return json.dumps(text, ensure_ascii=False)


def render(value: object) -> str:
    """A value in TOML syntax, for ``config show`` and the documentation."""
    if value is None:
        return "(not set)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, int | float):
        return f"{value:.6g}"
    if isinstance(value, Path):
        return render(str(value))
    if isinstance(value, str):
        return _quoted(value)
    if isinstance(value, list | tuple):
        return "[" + ", ".join(render(v) for v in value) + "]"
    if isinstance(value, Mapping):
        return "{ " + ", ".join(f"{k} = {render(v)}" for k, v in value.items()) + " }"
    return str(value)


def _resolve(raw: str, base: Path | None) -> Path:
    path = Path(raw)
    if not path.is_absolute() and base is not None:
        path = base / path
    return path


def _quoted_hint(raw: object, unquoted: Callable[[str], object]) -> str:
    """The hint for a value that would be right without its quotes ("60", "true")."""
    if not isinstance(raw, str):
        return ""
    try:
        unquoted(raw.strip())
    except ValueError:
        return ""
    return " (write it without quotes)"


def _toml_bool(text: str) -> bool:
    if text not in ("true", "false"):
        raise ValueError(text)
    return text == "true"


class Flag:
    type_name = "true or false"

    def parse(self, raw: object, base: Path | None) -> bool:
        if type(raw) is not bool:
            raise Problem(f"must be true or false, got {got(raw)}{_quoted_hint(raw, _toml_bool)}")
        return raw

    def to_toml(self, value: bool) -> bool:
        return value


class Number:
    """A number in ``[low, high]`` file units; ``scale`` converts to the setting's unit
    (e.g. days in the file, seconds in the program)."""

    def __init__(
        self, low: float, high: float, unit: str, *, scale: float = 1.0, low_text: str | None = None
    ) -> None:
        self.low, self.high, self.unit, self.scale = low, high, unit, scale
        self.low_text = low_text or render(float(low))
        self.type_name = f"number of {unit} ({self.low_text} to {render(float(high))})"

    def parse(self, raw: object, base: Path | None) -> float:
        ok = isinstance(raw, int | float) and not isinstance(raw, bool) and math.isfinite(raw)
        if not ok or not self.low - 1e-9 <= raw <= self.high:  # type: ignore[operator]
            raise Problem(
                f"must be a number of {self.unit} between {self.low_text} and "
                f"{render(float(self.high))}, got {got(raw)}{_quoted_hint(raw, float)}"
            )
        return float(raw) * self.scale  # type: ignore[arg-type]

    def to_toml(self, value: float) -> float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return value / self.scale
        return value  # not a number: parse() says so


class Count:
    def __init__(self, low: int = 0) -> None:
        self.low = low
        self.type_name = f"whole number (at least {low})"

    def parse(self, raw: object, base: Path | None) -> int:
        if not isinstance(raw, int) or isinstance(raw, bool) or raw < self.low:
            raise Problem(
                f"must be a whole number of at least {self.low}, "
                f"got {got(raw)}{_quoted_hint(raw, int)}"
            )
        return raw

    def to_toml(self, value: int) -> int:
        return value


class Text:
    """Text that satisfies ``rule`` (a predicate); ``rule_text`` says what it wants."""

    def __init__(
        self, rule: Callable[[str], bool], rule_text: str, type_name: str = "text"
    ) -> None:
        self.rule, self.rule_text, self.type_name = rule, rule_text, type_name

    @classmethod
    def pattern(cls, regex: str, rule_text: str) -> Text:
        compiled = re.compile(regex)
        return cls(lambda s: compiled.fullmatch(s) is not None, rule_text)

    def parse(self, raw: object, base: Path | None) -> str:
        if not isinstance(raw, str) or not self.rule(raw):
            raise Problem(f"must be {self.rule_text} in quotes, got {got(raw)}")
        return raw

    def to_toml(self, value: str) -> str:
        return value


class Choice:
    def __init__(self, options: tuple[str, ...]) -> None:
        self.options = options
        self.type_name = "one of " + ", ".join(f'"{o}"' for o in options)

    def parse(self, raw: object, base: Path | None) -> str:
        if not isinstance(raw, str) or raw not in self.options:
            raise Problem(f"must be one of {', '.join(self.options)} in quotes, got {got(raw)}")
        return raw

    def to_toml(self, value: str) -> str:
        return value


class Languages:
    def __init__(self, options: tuple[str, ...]) -> None:
        self.options = options
        self.type_name = "list of languages (" + ", ".join(options) + ")"

    def parse(self, raw: object, base: Path | None) -> tuple[str, ...]:
        choices = ", ".join(self.options)
        if not isinstance(raw, list | tuple):
            raise Problem(f'must be a list of languages like ["nl", "fr"], got {got(raw)}')
        if not raw:
            raise Problem(f"must list at least one language ({choices})")
        seen: set[str] = set()
        for item in raw:
            if not isinstance(item, str) or item not in self.options:
                raise Problem(f"unknown language {got(item)} (choose from {choices})")
            if item in seen:
                raise Problem(f"{got(item)} is listed twice")
            seen.add(item)
        return tuple(raw)

    def to_toml(self, value: tuple[str, ...]) -> list[str]:
        return list(value)


def https_problem(raw: object) -> str | None:
    """Why ``raw`` is not a plain https:// web address, or ``None`` if it is one."""
    if not isinstance(raw, str):
        return f"must be an https:// address in quotes, got {got(raw)}"
    if raw and all(ch.isprintable() and not ch.isspace() for ch in raw):
        try:
            parts = urlsplit(raw)
            host = parts.hostname
            parts.port  # noqa: B018 - raises ValueError on a malformed port
        except ValueError:
            pass
        else:
            if parts.scheme.lower() == "https" and host and not (parts.username or parts.password):
                return None
    return f"must be an https:// address, got {got(raw)}"


class PortalUrls:
    """The ``[portal_urls]`` table: one https address per language; languages the file leaves
    out keep their default address."""

    type_name = "table: language = https address"

    def __init__(self, options: tuple[str, ...], defaults: Mapping[str, str]) -> None:
        self.options, self.defaults = options, dict(defaults)

    def parse(self, raw: object, base: Path | None) -> dict[str, str]:
        if not isinstance(raw, Mapping):
            raise Problem(
                f"must be a table ([portal_urls] with one line per language), got {got(raw)}"
            )
        merged = dict(self.defaults)
        for language, url in raw.items():
            if language not in self.options:
                raise Problem(
                    f"unknown language (choose from {', '.join(self.options)})", subkey=language
                )
            problem = https_problem(url)
            if problem:
                raise Problem(problem, subkey=language)
            merged[language] = url
        return merged

    def to_toml(self, value: Mapping[str, str]) -> dict[str, str]:
        return dict(value)


class Endpoint:
    """The network's FHIR base URL (or its token URL), under :mod:`kiosk.outbox.endpoint`'s
    policy. Never quoted back: a URL may carry credentials."""

    type_name = "https address (http only to this machine)"

    def parse(self, raw: object, base: Path | None) -> str:
        from kiosk.outbox.endpoint import EndpointError, validate_base_url

        if not isinstance(raw, str):
            raise Problem(f"must be an https:// address in quotes, got {got(raw)}")
        try:
            return validate_base_url(raw)
        except EndpointError as exc:
            raise Problem(str(exc).replace("the FHIR base URL ", "")) from None

    def to_toml(self, value: str) -> str:
        return value


def _read(raw: object, base: Path | None, what: str) -> tuple[Path, bytes]:
    if not isinstance(raw, str) or not raw:
        raise Problem(f"must be the path of {what} in quotes, got {got(raw)}")
    path = _resolve(raw, base)
    try:
        return path, read_bounded(path)
    except FileRefused as exc:
        raise Problem(f"{got(raw)} {exc.problem} (looked at {path})") from None
    except (OSError, ValueError):
        # ValueError: a NUL in the name. Not quoting the OS message keeps it one clear sentence.
        raise Problem(f"{got(raw)} is not a readable file (looked at {path})") from None


def _certificates(data: bytes) -> bool:
    from cryptography import x509

    try:
        return bool(x509.load_pem_x509_certificates(data))
    except ValueError:
        return False


def _rsa_public_key(data: bytes) -> bool:
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    try:
        return isinstance(load_pem_public_key(data), rsa.RSAPublicKey)
    except (ValueError, TypeError):
        return False


def _private_key(data: bytes) -> bool:
    # Only the PEM armour is checked: the key may be encrypted, and is read when it is used.
    return re.search(rb"-----BEGIN [A-Z ]*PRIVATE KEY-----", data) is not None


_PEM_CHECKS: dict[str, tuple[Callable[[bytes], bool], str]] = {
    "certificates": (_certificates, "PEM X.509 certificate file"),
    "public key": (_rsa_public_key, "PEM RSA public key file"),
    "private key": (_private_key, "PEM private key file"),
}


class PemFile:
    """A file of PEM certificates (``what="certificates"``), a PEM RSA public key
    (``what="public key"``) or a PEM private key (``what="private key"``); ``as_text`` gives
    the resolved path as a ``str``."""

    def __init__(self, what: str, *, as_text: bool = False) -> None:
        self.what, self.as_text = what, as_text
        self.check, self.label = _PEM_CHECKS[what]
        self.type_name = f"path of a {self.label}"

    def parse(self, raw: object, base: Path | None) -> Path | str:
        path, data = _read(raw, base, f"a {self.label}")
        if not self.check(data):
            raise Problem(f"{got(raw)} is not a {self.label}")
        return str(path) if self.as_text else path

    def to_toml(self, value: Path | str) -> str:
        return str(value)


class Files:
    """A list of files of one :class:`PemFile` kind."""

    def __init__(self, item: PemFile) -> None:
        self.item = item
        self.type_name = f"list of paths of {item.label}s"

    def parse(self, raw: object, base: Path | None) -> tuple[Path, ...]:
        if not isinstance(raw, list | tuple):
            raise Problem(f'must be a list of file paths like ["test-root.pem"], got {got(raw)}')
        return tuple(Path(self.item.parse(item, base)) for item in raw)

    def to_toml(self, value: tuple[Path, ...]) -> list[str]:
        return [str(p) for p in value]


class Folder:
    type_name = "absolute folder path"

    def parse(self, raw: object, base: Path | None) -> Path:
        if not isinstance(raw, str) or not raw or "\0" in raw or not Path(raw).is_absolute():
            raise Problem(f"must be an absolute folder path in quotes, got {got(raw)}")
        return Path(raw)

    def to_toml(self, value: Path) -> str:
        return str(value)


class Optional:
    """``inner`` or nothing: an empty string "" in the file means "not set"."""

    def __init__(self, inner: Kind) -> None:
        self.inner = inner
        self.type_name = f'{inner.type_name}, or "" for none'

    def parse(self, raw: object, base: Path | None) -> Any:
        # None never comes from TOML; it is how code (and to_toml) says "not set".
        return None if raw is None or raw == "" else self.inner.parse(raw, base)

    def to_toml(self, value: Any) -> Any:
        return None if value is None else self.inner.to_toml(value)
