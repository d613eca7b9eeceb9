"""The kiosk's typed settings, each declared ONCE here: name, type, default, TOML key, rule and
description. The loader (:mod:`kiosk.config.loader`), ``kiosk config show``, the example file's
test and ``docs/configuration.md`` (:mod:`kiosk.config.docs`) all read these declarations
through :mod:`kiosk.config.schema`; nothing else lists the settings.

:class:`KioskSettings` checks its own values, so a settings object built in code (tests, the
command line) obeys the same rules as one read from a file.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any

from kiosk.enrolment import is_language
from kiosk.evidence import EVIDENCE_FORMS
from kiosk.flow.config import LANGUAGES, FlowConfig

from . import kinds
from .errors import ConfigError, Problem

__all__ = ["DEFAULT_PORTAL_URLS", "Declaration", "KioskSettings", "problems_together"]

DEFAULT_PORTAL_URLS: Mapping[str, str] = {
    "nl": "https://www.brusselsgezondheidsnetwerk.be",
    "fr": "https://www.reseausantebruxellois.be",
    "en": "https://www.brusselshealthnetwork.be/en",
    "de": "https://www.brusselshealthnetwork.be/en",
}

AUTH_KINDS = ("none", "smart", "mtls", "bearer-from-keyring")
DEFAULT_SCOPES = (
    "system/Patient.c system/Consent.c system/RelatedPerson.c system/Provenance.c system/Device.c"
)

HOUR_S = 3600.0
DAY_S = 86400.0


@dataclass(frozen=True)
class Declaration:
    """What a field's metadata says about it as a setting (``key``: its TOML key, when it is
    not the field's name)."""

    kind: kinds.Kind
    doc: str
    key: str | None = None


def setting(
    default: Any = None,
    kind: kinds.Kind | None = None,
    doc: str = "",
    *,
    key: str | None = None,
    factory: Callable[[], Any] | None = None,
) -> Any:
    assert kind is not None and doc, "every setting has a kind and a description"
    meta = {"setting": Declaration(kind, doc, key)}
    if factory is not None:
        return field(default_factory=factory, metadata=meta)
    return field(default=default, metadata=meta)


def _stand_name_ok(text: str) -> bool:
    return 1 <= len(text) <= 60 and text.isprintable() and not text.isspace()


def _client_id_ok(text: str) -> bool:
    return 1 <= len(text) <= 255 and text.isprintable() and not any(c in text for c in " \"'\\")


def _scopes_ok(text: str) -> bool:
    parts = text.split(" ")
    return bool(text) and len(text) <= 1000 and all(_client_id_ok(part) for part in parts)


_ID = kinds.Text.pattern(
    r"[A-Za-z0-9._-]{1,64}", "1 to 64 letters, digits, dots, dashes or underscores"
)


@dataclass(frozen=True)
class KioskSettings:
    """How this kiosk runs; see each field's declaration (or ``docs/configuration.md``)."""

    stand_id: str = setting(
        "demo-stand",
        _ID,
        "The stand's identifier, carried into every enrolment and export file "
        "name (letters, digits, ._- only).",
    )
    stand_name: str = setting(
        "demo stand",
        kinds.Text(_stand_name_ok, "1 to 60 printable characters"),
        "Shown in the kiosk's header: the stand's place, e.g. the municipality or hospital.",
    )
    kiosk_id: str = setting(
        "kiosk", _ID, "This machine's identifier at the stand (letters, digits, ._- only)."
    )
    production: bool = setting(
        True,
        kinds.Flag(),
        "Production mode. Set to false only on an acceptance (test) stand: "
        "only then are extra trust roots for test cards allowed.",
    )
    demo: bool = setting(
        False,
        kinds.Flag(),
        "Demo mode: specimen cards in a virtual reader, a throw-away queue, "
        "nothing is sent. The volunteer panel can switch it.",
    )
    endpoint: str | None = setting(
        None,
        kinds.Optional(kinds.Endpoint()),
        "The network's FHIR base URL. Not set: "
        "submissions wait in the queue. Plain http:// only to this machine (localhost).",
    )
    ca_bundle: str | None = setting(
        None,
        kinds.Optional(kinds.PemFile("certificates", as_text=True)),
        "A private CA for the endpoint's TLS certificate (PEM). Not set: the system's CAs.",
    )
    auth: str = setting(
        "none",
        kinds.Choice(AUTH_KINDS),
        "How the kiosk logs in to the endpoint: none; smart (SMART Backend Services: a token "
        "from token_url for client_id, signed with the kiosk's own key, see `kiosk network "
        "register`); mtls (a TLS client certificate, client_cert, for the kiosk's own key, see "
        "`kiosk network csr`); bearer-from-keyring (a token the network issued, kept in the OS "
        "keyring by `kiosk network set-token`).",
    )
    token_url: str | None = setting(
        None,
        kinds.Optional(kinds.Endpoint()),
        "The network's OAuth token endpoint (auth = smart). Plain http:// only to this machine.",
    )
    client_id: str | None = setting(
        None,
        kinds.Optional(
            kinds.Text(_client_id_ok, "1 to 255 printable characters without spaces or quotes")
        ),
        "The client id the network registered for this kiosk (auth = smart).",
    )
    scopes: str = setting(
        DEFAULT_SCOPES,
        kinds.Text(_scopes_ok, "scopes separated by single spaces (e.g. system/Consent.c)"),
        "The SMART scopes the kiosk asks for (auth = smart); SMART v2 (.c) or v1 (.write) form.",
    )
    client_cert: str | None = setting(
        None,
        kinds.Optional(kinds.PemFile("certificates", as_text=True)),
        "The kiosk's TLS client certificate (PEM) for auth = mtls, issued by the network for "
        "the request `kiosk network csr` prints.",
    )
    client_key: str | None = setting(
        None,
        kinds.Optional(kinds.PemFile("private key", as_text=True)),
        "Only for a client certificate whose key is kept outside the kiosk's sealed key store: "
        "its private key (PEM, readable by the kiosk user alone). Not set: the kiosk's own "
        "network key, which never leaves the kiosk.",
    )
    evidence: str = setting(
        "minimal",
        kinds.Choice(EVIDENCE_FORMS),
        "What proves the eID reading to the network: minimal (the card number, and whether the "
        "card proved it is genuine by signing the submission's challenge); card (also the "
        "card's signed identity file, its signature, the RRN certificate, the basic public key, "
        "the challenge and the card's signature of it, for a network that re-verifies cards; "
        "the privacy page then says so).",
    )
    max_queue_age_s: float = setting(
        7 * DAY_S,
        kinds.Number(1 / 24, 90, "days", scale=DAY_S, low_text="1/24"),
        "How long a submission may wait for the network before the volunteer panel warns "
        "that it is overdue; in days (1/24 = one hour, at most 90).",
        key="max_queue_age_days",
    )
    export_public_key: Path | None = setting(  # noqa: RUF009 - setting() is a dataclasses.field
        None,
        kinds.Optional(kinds.PemFile("public key")),
        "The network's public key (PEM, RSA) "
        "that seals queue exports to a USB drive. Not set: no export.",
    )
    data_dir: Path | None = setting(  # noqa: RUF009 - setting() is a dataclasses.field
        None,
        kinds.Optional(kinds.Folder()),
        "Where the queue, its key, the audit log and the "
        "volunteer's choices live. Not set: the user's data folder.",
    )
    languages: tuple[str, ...] = setting(
        LANGUAGES, kinds.Languages(LANGUAGES), "The languages offered, in the order shown."
    )
    default_language: str = setting(
        "fr",
        kinds.Choice(LANGUAGES),
        "The welcome page's language for each new visitor; "
        "one of the languages offered. The volunteer panel can change it.",
    )
    inactivity_s: float = setting(
        60.0,
        kinds.Number(15, 3600, "seconds"),
        'No touch or card movement for this long asks "are you still there?".',
    )
    warning_s: float = setting(
        15.0,
        kinds.Number(5, 60, "seconds"),
        "How long that question counts down before the visit is wiped; shorter than inactivity_s.",
    )
    receipt_s: float = setting(
        20.0,
        kinds.Number(5, 300, "seconds"),
        "How long the receipt stays on screen before the kiosk returns to the welcome page.",
    )
    show_photo: bool = setting(
        True, kinds.Flag(), "Show the card's photo on the identity page (it is never stored)."
    )
    speech: str = setting(
        "enabled",
        kinds.Choice(("enabled", "disabled")),
        "Spoken guidance: enabled offers a read-aloud button on every page (when the "
        "self-test finds a speech engine); disabled hides it.",
    )
    speech_rate: float = setting(
        160.0, kinds.Number(80, 300, "words per minute"), "How fast the kiosk speaks."
    )
    speech_volume: float = setting(
        80.0, kinds.Number(0, 100, "percent"), "How loud the kiosk speaks (100 = full)."
    )
    speech_at_start: bool = setting(
        False,
        kinds.Flag(),
        "Read aloud is on from the start of every visit (a stand with headphones).",
    )
    hide_cursor: bool = setting(False, kinds.Flag(), "Hide the mouse pointer (touch-only stands).")
    screen: int = setting(0, kinds.Count(0), "Which screen the kiosk covers (0 = the first).")
    trust_roots: tuple[Path, ...] = setting(
        (),
        kinds.Files(kinds.PemFile("certificates")),
        "Extra root certificates (PEM) for test cards. Refused in production mode.",
    )
    portal_urls: dict[str, str] = setting(  # noqa: RUF009 - setting() is a dataclasses.field
        kind=kinds.PortalUrls(LANGUAGES, DEFAULT_PORTAL_URLS),
        doc="The network's portal address per language, shown as the receipt's QR code. "
        "A [portal_urls] table at the end of the file; languages left out keep their default.",
        factory=lambda: dict(DEFAULT_PORTAL_URLS),
    )

    def __post_init__(self) -> None:
        for f in fields(self):
            decl: Declaration = f.metadata["setting"]
            kind = decl.kind
            try:
                kind.parse(kind.to_toml(getattr(self, f.name)), None)
            except Problem as exc:
                raise ConfigError(exc.problem, key=decl.key or f.name) from None
            except (TypeError, AttributeError, ValueError):
                raise ConfigError("has the wrong type", key=decl.key or f.name) from None
        for broken in problems_together({f.name: getattr(self, f.name) for f in fields(self)}):
            name, problem = broken[0]
            raise ConfigError(problem, key=_key(name))

    def flow_config(self) -> FlowConfig:
        # The settings check refused any other language (kinds.Choice over LANGUAGES).
        assert is_language(self.default_language)
        return FlowConfig(
            stand_id=self.stand_id,
            kiosk_id=self.kiosk_id,
            demo=self.demo,
            default_language=self.default_language,
            inactivity_s=self.inactivity_s,
            warning_s=self.warning_s,
            ending_s=self.receipt_s,
            evidence="card" if self.evidence == "card" else "minimal",
        )


def _key(name: str) -> str:
    decl: Declaration = KioskSettings.__dataclass_fields__[name].metadata["setting"]
    return decl.key or name


def problems_together(values: Mapping[str, Any]) -> list[tuple[tuple[str, str], ...]]:
    """The rules between settings that ``values`` (setting name -> value) break.

    Each broken rule is a tuple of (setting name, problem) alternatives, one per setting
    involved, so the loader can point at the one the stand actually wrote (the first is the
    one to name when both, or neither, come from the file).
    """
    broken: list[tuple[tuple[str, str], ...]] = []
    if values["trust_roots"] and values["production"]:
        problem = (
            "test trust roots are not allowed in production mode; "
            "set production = false on a test stand"
        )
        broken.append((("trust_roots", problem), ("production", problem)))
    language, offered = values["default_language"], values["languages"]
    if language not in offered:
        broken.append(
            (
                (
                    "default_language",
                    f"must be one of the languages offered ({', '.join(offered)}), "
                    f"got {kinds.got(language)}",
                ),
                ("languages", f"must include default_language ({kinds.got(language)})"),
            )
        )
    warning, inactivity = values["warning_s"], values["inactivity_s"]
    if warning >= inactivity:
        broken.append(
            (
                (
                    "warning_s",
                    f"must be shorter than inactivity_s ({kinds.render(inactivity)} seconds), "
                    f"got {kinds.render(warning)}",
                ),
                (
                    "inactivity_s",
                    f"must be longer than warning_s ({kinds.render(warning)} seconds), "
                    f"got {kinds.render(inactivity)}",
                ),
            )
        )
    broken.extend(_auth_problems(values))
    return broken


def _auth_problems(values: Mapping[str, Any]) -> list[tuple[tuple[str, str], ...]]:
    """``auth`` and the settings it needs (or that are set for nothing without it)."""
    auth = values["auth"]
    broken: list[tuple[tuple[str, str], ...]] = []
    needs = {"smart": ("token_url", "client_id"), "mtls": ("client_cert",)}
    for name in needs.get(auth, ()):
        if values[name] is None:
            problem = f"auth = {auth} needs {name}"
            broken.append(((name, f"must be set when auth = {auth}"), ("auth", problem)))
    used_by = {**needs, "mtls": ("client_cert", "client_key")}
    for kind, names in used_by.items():
        for name in names:
            if auth != kind and values[name] is not None:
                problem = f"is only used when auth = {kind} (auth is {auth})"
                broken.append(((name, problem), ("auth", f"is {auth}, but {name} is set")))
    return broken
