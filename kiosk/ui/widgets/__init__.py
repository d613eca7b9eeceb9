"""Reusable widgets of the kiosk UI (QR code, on-screen keyboard...), one module each."""
