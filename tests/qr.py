"""Read QR codes as a phone would: from the picture (zbarimg, Debian's zbar-tools)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def decode_qr(image: Path) -> list[str]:
    """Every QR code's text in the PNG at `image`; empty when there is none."""
    zbarimg = shutil.which("zbarimg")
    assert zbarimg, "zbarimg is missing: run scripts/ensure-system-packages (zbar-tools)"
    found = subprocess.run(
        [zbarimg, "--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", str(image)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert found.returncode in (0, 4), found.stderr  # 4: no code in the picture
    return found.stdout.splitlines()


def pdf_page_png(pdf: Path, page: int, out: Path, dpi: int = 150) -> Path:
    """Page `page` of `pdf` as a PNG at `dpi`, as printed and scanned."""
    stem = out.with_suffix("")
    subprocess.run(
        [
            "pdftoppm",
            "-png",
            "-r",
            str(dpi),
            "-f",
            str(page),
            "-l",
            str(page),
            "-singlefile",
            str(pdf),
            str(stem),
        ],
        check=True,
    )
    return stem.with_suffix(".png")
