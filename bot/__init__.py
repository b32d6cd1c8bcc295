"""Delaktig: children, youth and guardians take part in their own SIP."""

__version__ = "0.1.0"
