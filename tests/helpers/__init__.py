"""Fakes and drivers shared by the test suite and ``tools/screenshots.py``; none imports Qt.

* :mod:`tests.helpers.clocks` — a clock that moves only when a test tells it to.
* :mod:`tests.helpers.submit` — a stand-in for ``Services.submit`` (the flow's ``submit``).
* :mod:`tests.helpers.specimens` — verified reads of the virtual specimen cards (no pcscd), the
  personal strings a test looks for, and fictitious people and care providers to type in.
* :mod:`tests.helpers.flow_driver` — a flow on these fakes, and the walk that takes a visit to
  any step of :class:`kiosk.flow.Step`.

Import from the modules (``from tests.helpers.clocks import FakeClock``); pytest fixtures stay in
the ``conftest.py`` files and build on these.
"""
