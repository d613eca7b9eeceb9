"""The durable, encrypted offline outbox of submissions and their delivery to the network.

:mod:`.store` keeps records in SQLite (payloads encrypted at rest), :mod:`.delivery` sends
them to the FHIR endpoint exactly once, :mod:`.export` moves them on a USB stick for stands
that never get a network. No Qt here.
"""
