"""Files Delaktig writes that hold a person's data (exports, printouts, cached renders): only
the owner may read them (mode 0600), whatever the umask."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

PRIVATE = 0o600
#: Set at process start (the command line): every file made after it is private by default.
UMASK = 0o077


def private_umask() -> None:
    """Files and directories made from now on are the owner's only."""
    os.umask(UMASK)


def write_private(path: Path | str, data: bytes | str) -> Path:
    """Write `data` (text as UTF-8) to `path` with mode 0600, atomically (a reader sees the old
    file or the whole new one); an existing file keeps no wider mode."""
    path = Path(path)
    body = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        os.fchmod(fd, PRIVATE)
        with os.fdopen(fd, "wb") as handle:
            handle.write(body)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
