"""The campaign organisers' side (issue 16): ``kiosk-campaign report`` fetches every stand's
daily MeasureReport from the FHIR server and writes an HTML report with charts and CSV files.

Not part of the kiosk: matplotlib (the optional ``report`` extra) is imported only by
:mod:`.charts`, and the kiosk's bundle leaves this package out.
"""
