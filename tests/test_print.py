"""`delaktig print`: the printed questionnaire as PDF and as plain text."""

import subprocess
import sys

from bot.engine.library import DialogLibrary
from bot.engine.visible import visible_steps
from bot.exports.questionnaire import questionnaire_txt
from bot.i18n import Catalog


def run_print(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "bot", "print", *args], capture_output=True, text=True, check=False
    )


def test_txt_holds_every_visible_text_in_order():
    dialog = DialogLibrary().get("demo")
    text = questionnaire_txt(dialog, Catalog().translator("sv")).splitlines()
    assert text[0] == "Prova Delaktig"
    assert text[1].startswith("Hej!")
    assert text.index("Hur är det i skolan nu?") < text.index("Hur är det med kompisar nu?")
    assert "Bara min samordnare" in text
    # one line per visible text: title + each step's question, options and help
    expected = 1 + sum(1 + len(s.options) + bool(s.help) for s in visible_steps(dialog))
    assert len(text) == expected


def test_pdf_has_pages_numbers_and_attribution(tmp_path):
    out = tmp_path / "demo.pdf"
    base = ["--base-url", "https://delaktig.example"]
    result = run_print("--dialog", "demo", "--format", "pdf", "--out", str(out), *base)
    assert result.returncode == 0, result.stderr
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    pages = subprocess.run(
        ["pdftotext", "-layout", str(out), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Sida 1 av" in pages
    assert "OpenMoji" in pages and "CC BY-SA 4.0" in pages
    assert "Om du valde: Skolan" in pages


def test_english_and_unknown_dialog(tmp_path):
    out = tmp_path / "demo.txt"
    assert (
        run_print(
            "--dialog", "demo", "--lang", "en", "--format", "txt", "--out", str(out)
        ).returncode
        == 0
    )
    assert out.read_text().splitlines()[0] == "Try Delaktig"
    bad = run_print("--dialog", "dem", "--format", "txt", "--out", str(out))
    assert bad.returncode == 2
    assert "did you mean `demo`" in bad.stderr and "Traceback" not in bad.stderr
