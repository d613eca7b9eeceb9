"""The kiosk's identity towards the health network and how it logs in there (no Qt here):
its own key pair (:mod:`.identity`), the SMART Backend Services token client (:mod:`.smart`)
and the ``kiosk network`` command (:mod:`.cli`)."""
