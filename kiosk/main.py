"""The ``kiosk`` command's front door: send each job to its module before anything slow loads.

``kiosk`` alone (with the UI's options) starts the kiosk (:mod:`kiosk.ui.app`). The other jobs
need no window and must not pay for Qt's widgets:

- ``kiosk config show|check ...``: the stand's settings (:mod:`kiosk.config.cli`);
- ``kiosk --version``: the version and the build's git commit (:mod:`kiosk.version`);
- ``kiosk --self-test``: checks a volunteer or an installer runs on a stand laptop
  (:mod:`kiosk.selftest`, with the UI's own checks from :mod:`kiosk.ui.selftest_checks`).

Two hidden options exist for the bundle's tests and benchmarks (:mod:`kiosk.ui.scripted`):
``--scripted-demo-enrolment`` walks one demo visit to a queued submission, and
``--report-first-paint`` prints when the welcome page is first painted.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence

__all__ = ["main", "prepare_ui_imports"]


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["config"]:
        from kiosk.config.cli import main as config_main

        return config_main(args[1:])
    if "--version" in args:
        from kiosk.version import main as version_main

        return version_main()
    if "--self-test" in args:
        return _self_test([a for a in args if a != "--self-test"])
    # Python's cycle collector waits until the welcome page is on screen (Kiosk.start turns it
    # back on then, or this on the way out): start-up creates tens of thousands of long-lived
    # objects (modules, classes, Qt wrappers), which the collector would scan again and again.
    gc.disable()
    try:
        return _ui(args)
    finally:
        gc.enable()


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
    prepare_ui_imports()
    if "--scripted-demo-enrolment" in args:
        from kiosk.ui.scripted import scripted_demo_enrolment

        return scripted_demo_enrolment([a for a in args if a != "--scripted-demo-enrolment"])
    if "--report-first-paint" in args:
        from kiosk.ui.scripted import report_first_paint

        return report_first_paint([a for a in args if a != "--report-first-paint"])
    from kiosk.ui.app import main as app_main

    return app_main(args)


def prepare_ui_imports() -> None:
    """What the kiosk does before it imports its UI, to reach the welcome page sooner.

    First the Qt-free core (settings, flow) is imported, before Qt: once PySide6 is imported its
    import hook inspects every module imported after it. Then PySide6 is imported and that hook
    is made to inspect namespaces instead of reading source files
    (:mod:`kiosk.ui.source_scan`). Safe to call again."""
    import kiosk.config.loader
    import kiosk.flow  # noqa: F401
    from kiosk.ui.source_scan import scan_namespaces_instead

    scan_namespaces_instead()


if __name__ == "__main__":
    raise SystemExit(main())
