"""E-health enrolment kiosk: reads a Belgian eID, records informed consent, queues it offline.

The package is split in a pure-Python core (card reading, identity model, flow, queue, FHIR)
and a Qt shell in :mod:`kiosk.ui`. Nothing outside ``kiosk.ui`` may import PySide6.
"""

__version__ = "0.1.0"
