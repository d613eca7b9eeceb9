"""pcscd + vpcd fixtures (see tests/conftest.py)."""
