"""Every dialog keeps its easy-read limits, translations and pictograms (tools/content_check.py)."""

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_dialog_passes_the_content_check(capsys) -> None:
    spec = importlib.util.spec_from_file_location("content_check", ROOT / "tools/content_check.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    status = module.main([])
    assert status == 0, capsys.readouterr().out
