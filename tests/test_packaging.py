"""The wheel carries the content inside `bot/_content`, and `bot.paths` finds it there."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import bot.paths

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(out)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    (path,) = out.glob("delaktig-*.whl")
    return path


def test_the_wheel_carries_code_and_content(wheel: Path):
    names = set(zipfile.ZipFile(wheel).namelist())
    for needed in (
        "bot/__init__.py",
        "bot/cli.py",
        "bot/_content/dialogs/demo.yaml",
        "bot/_content/locales/sv/common.ftl",
        "bot/_content/locales/en/common.ftl",
        "bot/_content/pictograms/manifest.yaml",
        "bot/_content/pictograms/fonts/AtkinsonHyperlegible-Regular.ttf",
        "bot/_content/pictograms/fonts/OFL.txt",
        "storage/__init__.py",
        "storage/database.py",
        "storage/schema.py",
        "storage/sessions.py",
        "storage/crypto.py",
    ):
        assert needed in names, needed
    assert not any(name.startswith("tests/") for name in names)
    assert any(name.endswith("entry_points.txt") for name in names)


def test_the_unpacked_wheel_runs_from_its_own_content(wheel: Path, tmp_path: Path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    env = {**os.environ, "PYTHONPATH": str(site), "DELAKTIG_VAR": str(tmp_path / "var")}

    def python(*args: str) -> str:
        done = subprocess.run(
            [sys.executable, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=tmp_path,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        return done.stdout

    probe = python("-c", "import bot.paths; print(bot.paths.content_root())")
    assert Path(probe.strip()) == site / "bot" / "_content"
    assert "demo" in python("-m", "bot", "dialogs")


def load_paths_copy(package: Path):
    package.mkdir(parents=True)
    shutil.copy(Path(bot.paths.__file__), package / "paths.py")
    spec = importlib.util.spec_from_file_location(
        f"paths_copy_{package.parent.name}", package / "paths.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_content_root_prefers_the_installed_content(tmp_path: Path):
    module = load_paths_copy(tmp_path / "installed" / "bot")
    package = (tmp_path / "installed" / "bot").resolve()
    # Without _content, the checkout layout: the folder beside the package.
    assert module.content_root() == package.parent
    module.content_root.cache_clear()
    (package / "_content").mkdir()
    assert module.content_root() == package / "_content"
    assert module.dialogs_dir() == package / "_content" / "dialogs"
    assert module.locales_dir() == package / "_content" / "locales"
    assert module.pictograms_dir() == package / "_content" / "pictograms"


def test_in_the_checkout_content_is_beside_the_package():
    assert bot.paths.content_root() == REPO
    assert (bot.paths.dialogs_dir() / "demo.yaml").is_file()
