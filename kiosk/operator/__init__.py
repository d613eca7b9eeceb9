"""The volunteer (operator) mode's core, without Qt: the operator PIN (:mod:`.pin`), the audit
log of operator actions and submissions (:mod:`.audit`), the status figures the panel shows
(:mod:`.report`) and the removable drives an export can go to (:mod:`.drives`).

The panel itself is :mod:`kiosk.ui.operator`.
"""
