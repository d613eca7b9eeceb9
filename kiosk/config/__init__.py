"""The stand's configuration: typed settings (:mod:`kiosk.config.settings`), read from one TOML
file in the platform's config folder."""
