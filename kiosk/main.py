"""The ``kiosk`` command's front door: send each job to its module before anything slow loads.

``kiosk`` alone (with the UI's options) starts the kiosk (:mod:`kiosk.ui.app`). The other jobs
need no window and must not pay for Qt's widgets:

- ``kiosk config show|check ...``: the stand's settings (:mod:`kiosk.config.cli`);
- ``kiosk network register|rotate-key``: the kiosk's key for the network (:mod:`kiosk.network.cli`);
- ``kiosk provision``: set this computer up as a stand's kiosk (:mod:`kiosk.provision.cli`);
- ``kiosk --version``: the version and the build's git commit (:mod:`kiosk.version`);
- ``kiosk --self-test``: checks a volunteer or an installer runs on a stand laptop
  (:mod:`kiosk.selftest`, with the UI's own checks from :mod:`kiosk.ui.selftest_checks`).

Two hidden options exist for the bundle's tests and benchmarks (:mod:`kiosk.ui.scripted`):
``--scripted-demo-enrolment`` walks one demo visit to a queued submission, and
``--report-first-paint`` prints when the welcome page is first painted.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["config"]:
        from kiosk.config.cli import main as config_main

        return config_main(args[1:])
    if args[:1] == ["provision"]:
        return _provision(args[1:])
    if args[:1] == ["network"]:
        from kiosk.network.cli import main as network_main

        return network_main(args[1:])
    if "--version" in args:
        from kiosk.version import main as version_main

        return version_main()
    if "--self-test" in args:
        return _self_test([a for a in args if a != "--self-test"])
    return _ui(args)


def _provision(args: list[str]) -> int:
    """``kiosk provision``, whose self-test includes the UI's checks as ``--self-test`` does."""
    from kiosk.provision.cli import main as provision_main
    from kiosk.ui.selftest_checks import UI_CHECKS

    return provision_main(args, ui_checks=UI_CHECKS)


def _self_test(args: list[str]) -> int:
    """The machine's checks and the UI's (the core's self-test does not import Qt); with
    ``--qt-probe``, the child process in which the Qt check starts Qt."""
    if "--qt-probe" in args:
        from kiosk.ui.selftest_checks import qt_probe

        return qt_probe()
    from kiosk.selftest import main as selftest_main
    from kiosk.ui.selftest_checks import UI_CHECKS

    return selftest_main(args, ui_checks=UI_CHECKS)


def _ui(args: list[str]) -> int:
    if "--scripted-demo-enrolment" in args:
        from kiosk.ui.scripted import scripted_demo_enrolment

        return scripted_demo_enrolment([a for a in args if a != "--scripted-demo-enrolment"])
    if "--report-first-paint" in args:
        from kiosk.ui.scripted import report_first_paint

        return report_first_paint([a for a in args if a != "--report-first-paint"])
    # Options, settings and the log first, without Qt: a bad settings file is refused at once,
    # and a broken Qt installation is written to the log file.
    from kiosk.launch import prepare

    prepared = prepare(args)
    if isinstance(prepared, int):
        return prepared
    from kiosk.ui.app import run

    return run(*prepared)


if __name__ == "__main__":
    raise SystemExit(main())
