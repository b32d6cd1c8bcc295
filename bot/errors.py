"""Errors the person at the command line can act on: one line, exit code 2, no traceback."""


class UserFacingError(Exception):
    """A problem named in one line with what to do about it."""

    exit_code = 2
