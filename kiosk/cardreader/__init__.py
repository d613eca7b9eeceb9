"""Reading and verifying Belgian eID cards (BELPIC applet).

Only :mod:`kiosk.cardreader.pcsc` imports pyscard; every other module works on an
:class:`~kiosk.cardreader.transport.ApduTransport`, so the same code runs against a real
reader, the in-process virtual card, and the virtual card behind pcscd.
"""
