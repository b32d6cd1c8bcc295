"""Who this process is, as the holder of a claim or a lease among several workers."""

from __future__ import annotations

import os
import secrets
import socket
from functools import cache


@cache
def this_process() -> str:
    """This process's name as a holder: host, process id and a random part (ids are reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(4)}"
