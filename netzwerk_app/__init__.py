"""Netzwerk: a local-first desktop app for strategic network care."""

__version__ = "0.1.0"
APP_NAME = "Netzwerk"
