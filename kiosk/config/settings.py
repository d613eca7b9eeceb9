"""The kiosk's typed settings: one frozen object the runtime (:mod:`kiosk.services`) and the UI
read. Where the values come from (defaults, the stand's TOML file, the command line) is
:mod:`kiosk.config`'s business; this module only declares the shape and checks it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kiosk.flow.config import LANGUAGES, FlowConfig

__all__ = ["KioskSettings"]


@dataclass(frozen=True)
class KioskSettings:
    """How this kiosk runs. Defaults until the settings file exists (a later issue).

    Attributes:
        demo: specimen cards in a virtual reader, a throw-away queue, a demo panel.
        stand_name: shown in the header (the stand's place, e.g. a municipality).
        stand_id, kiosk_id: carried into every enrolment (letters, digits, ``._-``).
        default_language: the welcome page's language for each new visitor.
        show_photo: read the card's photo to show it on the identity page (never stored).
        endpoint: the network's FHIR base URL; None: no network, submissions wait.
        ca_bundle: a private CA for the endpoint's TLS certificate.
        data_dir: where the real queue and its key file live (None: the user data folder).
        portal_urls: the network's portal per language (receipt QR code).
    """

    demo: bool = False
    stand_name: str = "demo stand"
    stand_id: str = "demo-stand"
    kiosk_id: str = "kiosk"
    default_language: str = "fr"
    show_photo: bool = True
    endpoint: str | None = None
    ca_bundle: str | None = None
    data_dir: Path | None = None
    portal_urls: dict[str, str] = field(
        default_factory=lambda: {
            "nl": "https://www.brusselsgezondheidsnetwerk.be",
            "fr": "https://www.reseausantebruxellois.be",
            "en": "https://www.brusselshealthnetwork.be/en",
            "de": "https://www.brusselshealthnetwork.be/en",
        }
    )

    def __post_init__(self) -> None:
        if self.default_language not in LANGUAGES:
            raise ValueError(f"default_language must be one of {', '.join(LANGUAGES)}")

    def flow_config(self) -> FlowConfig:
        return FlowConfig(
            stand_id=self.stand_id,
            kiosk_id=self.kiosk_id,
            demo=self.demo,
            default_language=self.default_language,
        )
