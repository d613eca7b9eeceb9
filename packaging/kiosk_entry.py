"""The bundle's entry script: PyInstaller freezes this file as the ``kiosk`` program.

It only hands over to :func:`kiosk.main.main`, the same front door as the ``kiosk`` console
script of a source install, so the bundle and a checkout take every option the same way.
"""

from __future__ import annotations

import sys

from kiosk.main import main

if __name__ == "__main__":
    sys.exit(main())
