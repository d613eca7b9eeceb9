"""Loopback FHIR server fixtures (see tests/conftest.py)."""
