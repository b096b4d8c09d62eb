"""Renderers for a check's reports: terminal (rich) and JSON."""
