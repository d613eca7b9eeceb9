"""The ``kiosk`` command's first steps, before Qt: its options, the stand's settings, the log.

A bad settings file is refused here, with exit status 2, without loading Qt; and the log file is
open before the UI is imported, so a broken Qt installation is written to it too. The window
itself is :mod:`kiosk.ui.app`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from kiosk.config import ConfigError, KioskSettings, load_config
from kiosk.flow.config import LANGUAGES
from kiosk.logging_setup import configure_logging, log_dir

__all__ = ["CONFIG_ERROR_EXIT", "load_settings", "parse_options", "prepare", "refuse"]

log = logging.getLogger("kiosk.launch")

#: Exit status when the settings are not valid: the kiosk refuses to start rather than guess.
CONFIG_ERROR_EXIT = 2


def prepare(argv: Sequence[str] | None) -> tuple[argparse.Namespace, KioskSettings] | int:
    """The options and the effective settings, with logging set up; or the exit status when the
    kiosk must not start."""
    args = parse_options(argv)
    try:
        settings = load_settings(args)
    except ConfigError as error:
        configure_logging(log_dir())
        return refuse(CONFIG_ERROR_EXIT, f"the settings are not valid: {error}")
    configure_logging(log_dir(settings.data_dir))
    return args, settings


def parse_options(argv: Sequence[str] | None) -> argparse.Namespace:
    """The ``kiosk`` command's options (``--help`` lists them)."""
    parser = argparse.ArgumentParser(
        prog="kiosk",
        description="Consent enrolment kiosk of the Brussels Health Network.",
        epilog="Exit status: 2 when the settings are not valid, 3 when a kiosk already runs.",
    )
    parser.add_argument(
        "--config",
        type=Path,
        metavar="FILE",
        help="the stand's settings file (default: kiosk.toml in the user's config folder)",
    )
    parser.add_argument(
        "--demo",
        action="store_true",
        default=None,
        help="specimen cards in a virtual reader, a temporary queue, a presenters' panel",
    )
    parser.add_argument(
        "--windowed", action="store_true", help="a 1280x800 window instead of full screen"
    )
    parser.add_argument(
        "--language",
        choices=LANGUAGES,
        help="the welcome page's language for each new visitor (default: from the settings)",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="show the welcome page, start the reader and open the queue, then exit",
    )
    return parser.parse_args(argv)


def load_settings(args: argparse.Namespace) -> KioskSettings:
    """The effective settings: the file (or defaults), then the command line's overrides.
    Raises :class:`~kiosk.config.ConfigError`."""
    overrides: dict[str, object] = {}
    if args.demo:
        overrides["demo"] = True
    if args.language:
        overrides["default_language"] = args.language
    return load_config(args.config, overrides=overrides).settings


def refuse(status: int, message: str) -> int:
    """Tell why the kiosk does not start: one plain line on stderr, and in the log file."""
    print(f"kiosk: {message}", file=sys.stderr)
    log.error("the kiosk does not start: %s", message, extra={"console": False})
    return status
