"""Errors the person at the command line can act on: one line, exit code 2, no traceback."""


class UserFacingError(Exception):
    """A problem named in one line with what to do about it."""

    exit_code = 2


class KeyError_(UserFacingError):
    """Stored encrypted data cannot be read: a missing or wrong key, or a damaged field."""
