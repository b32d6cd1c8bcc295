"""Languages beyond Swedish and English: scaffolding from Swedish, coverage in the linter,
CHECKED.md required, message-by-message fallback told once, right-to-left by data, shaped RTL
cards, and the pack's note on answers given in another language."""

from __future__ import annotations

import io
import shutil

import pytest
from access_fixtures import make_family
from PIL import Image, ImageChops, ImageFont, features
from pseudo_locale import PSEUDO, RLM, make_locales

from bot.app import App
from bot.channels.console import ConsoleChannel
from bot.cli import main
from bot.config import Settings
from bot.engine.lint import lint_content
from bot.i18n import Catalog, direction
from bot.messages import Msg
from bot.paths import dialogs_dir, locales_dir
from bot.pictograms import Manifest, render_emoji
from bot.render.text_image import font_for, render_text_card
from bot.services.answer_language import answered_in, language_name, session_languages
from bot.translation import checked_by
from tests.app_factory import make_app

ARABIC = "هل أنت في خطر الآن؟ اتصل بالرقم 112."


@pytest.fixture
def locales(tmp_path):
    folder = tmp_path / "locales"
    shutil.copytree(locales_dir(), folder)
    return folder


def lint(folder):
    return lint_content(dialogs_dir(), Catalog(folder), Manifest())


def test_locale_new_scaffolds_every_swedish_message_as_a_comment(locales, capsys):
    assert main(["locale", "new", "ar", "--dir", str(locales)]) == 0
    assert "Created" in capsys.readouterr().out
    folder = locales / "ar"
    assert sorted(p.name for p in folder.glob("*.ftl")) == sorted(
        p.name for p in (locales / "sv").glob("*.ftl")
    )
    help_now = (folder / "help-now.ftl").read_text("utf-8")
    assert "# help-now-tell = Berätta för min samordnare" in help_now
    assert direction("ar", locales) == "rtl" and direction("so", locales) == "ltr"
    assert checked_by(folder) is None

    catalog = Catalog(locales)
    assert catalog.locales["ar"].messages == {}, "nothing passes for a translation"
    t = catalog.translator("ar")
    assert t("help-now-tell") == "Berätta för min samordnare" and t.used_fallback
    assert main(["locale", "new", "ar", "--dir", str(locales)]) == 2


def test_lint_requires_checked_md_and_reports_coverage_per_dialog(locales):
    main(["locale", "new", "fa", "--dir", str(locales)])
    report = lint(locales)
    assert any(f.where == "locales/fa" and "CHECKED.md" in f.message for f in report.errors)
    facts = report.languages["fa"]
    assert (facts["translated"], facts["percent"], facts["direction"]) == (0, 0.0, "rtl")
    assert facts["voice"] == "fa" and facts["checked_by"] is None
    assert set(facts["dialogs"]) == set(report.dialogs) and set(facts["dialogs"].values()) == {0.0}
    assert report.languages["en"]["percent"] == 100.0

    ftl = locales / "fa" / "help-now.ftl"
    ftl.write_text(
        ftl.read_text("utf-8").replace(
            "# help-now-tell = Berätta för min samordnare", "help-now-tell = به هماهنگ‌کننده‌ام بگو"
        ),
        encoding="utf-8",
    )
    checked = locales / "fa" / "CHECKED.md"
    checked.write_text(
        checked.read_text("utf-8").replace("Checked by:", "Checked by: Shirin Exempel"), "utf-8"
    )
    report = lint(locales)
    assert not [f for f in report.errors if f.where == "locales/fa"]
    assert report.languages["fa"]["translated"] == 1
    assert report.languages["fa"]["checked_by"] == "Shirin Exempel"


def test_lint_flags_a_message_copied_unchanged_from_swedish(locales):
    main(["locale", "new", "so", "--dir", str(locales)])
    (locales / "so" / "extra.ftl").write_text(
        "notice-first-step = Det här är första frågan.\naction-skip = Hoppa över\n",
        encoding="utf-8",
    )
    report = lint(locales)
    assert any("the same as Swedish: notice-first-step" in f.message for f in report.warnings)
    assert report.languages["so"]["translated"] == 1, "two words may well be the same"
    assert any("no espeak-ng voice" in f.message for f in report.warnings)
    shutil.rmtree(locales / "so")
    (locales / "xx").mkdir()
    assert any(f.where == "locales/xx" for f in lint(locales).errors)


def test_the_shipped_content_lints_clean_with_languages(capsys):
    assert main(["lint"]) == 0
    out = capsys.readouterr().out
    assert "language sv: 100.0% translated" in out and "language en:" in out


def test_console_says_once_that_some_text_is_swedish(locales, tmp_path):
    main(["locale", "new", "ar", "--dir", str(locales)])
    app = App(Settings.from_env(tmp_path / "d.db"))
    app.catalog = catalog = Catalog(locales)
    out = io.StringIO()
    console = ConsoleChannel(app.conversation, out, lang="ar")
    place = console.open(next(iter(app.library.load())), None)
    console.run(place, ["", "/help", "/back", "/lang en", "/lang ar"])
    text = out.getvalue()
    notice = catalog.format("sv", "notice-some-swedish")
    assert text.count(notice) == 2, "once in Arabic, once more after switching back to it"
    assert text.index(notice) < text.index("──"), "told before the first question"
    assert app.dialogs.get(place.session_id).lang == "ar"


def test_pseudo_rtl_locale_is_right_to_left_by_data(tmp_path):
    folder = make_locales(locales_dir(), tmp_path / "locales")
    catalog = Catalog(folder)
    assert catalog.direction(PSEUDO) == "rtl" and catalog.direction("sv") == "ltr"
    assert direction(PSEUDO, folder) == "rtl"
    t = catalog.translator(PSEUDO)
    text = t("help-now-tell")
    assert text.startswith(RLM) and f"{RLM}attäreB{RLM}" in text and not t.used_fallback
    report = lint(folder)
    assert not [f for f in report.errors if f.where.startswith("locales")], "a valid locale"
    assert report.languages[PSEUDO]["direction"] == "rtl"
    assert report.languages[PSEUDO]["percent"] == 100.0


def ink_box(image: Image.Image) -> tuple[int, int, int, int]:
    return ImageChops.invert(image.convert("L")).getbbox()


def test_pillow_has_libraqm():
    assert features.check("raqm"), "install libraqm0: scripts/ensure-system-packages"


def test_rtl_cards_are_shaped_and_aligned_right(tmp_path):
    folder = make_locales(locales_dir(), tmp_path / "locales")
    t = Catalog(folder).translator(PSEUDO)
    pseudo = render_text_card(t("help-now-told"), direction="rtl", width=900)
    arabic = render_text_card(ARABIC, direction="rtl", language="ar", width=900)
    swedish = render_text_card(Catalog().format("sv", "help-now-told"), width=900)
    for name, card in (("pseudo", pseudo), ("arabic", arabic), ("swedish", swedish)):
        card.save(tmp_path / f"{name}.png")
        assert Image.open(tmp_path / f"{name}.png").size == card.size

    short = render_text_card(t("help-now-tell"), direction="rtl", width=900)
    for card in (short, arabic):
        left, _, right, _ = ink_box(card)
        assert card.width - right < 60 < left, "right-to-left text starts at the right"
    assert ink_box(swedish)[0] < 60, "left-to-right text starts at the left"
    assert pseudo.height > short.height, "long text wraps onto more lines"
    assert len(render_text_card(ARABIC * 4, direction="rtl", language="ar").getcolors(1 << 20)) > 2

    picture = render_emoji(Manifest()["wave"], 128)
    with_picture = render_text_card(ARABIC, direction="rtl", language="ar", pictogram=picture)
    with_picture.save(tmp_path / "arabic-card.png")
    assert with_picture.height == arabic.height + 128 + 44
    assert len(with_picture.crop((386, 44, 514, 172)).getcolors(1 << 16)) > 3, "in colour"

    word = "سلام"
    shaped = font_for(word, 44)
    plain = ImageFont.truetype(shaped.path, 44, layout_engine=ImageFont.Layout.BASIC)
    assert shaped.getlength(word, direction="rtl") != plain.getlength(word), "letters join"


def test_pack_marks_answers_given_in_another_language(tmp_path):
    app = make_app(tmp_path)
    family = make_family(app)
    child = app.case_store.update_participant(family.child.id, lang="ar")
    app.cases.open_session(child)
    app.cases.open_session(family.guardian)
    langs = session_languages(app.case_store, app.dialogs, [child, family.guardian])
    assert langs == {child.id: "ar", family.guardian.id: "sv"}
    note = answered_in(langs[child.id])
    assert note == Msg("pack-answered-in", {"language": "arabiska"})
    assert Catalog().format("sv", note.id, note.args) == "Svaren är givna på arabiska."
    assert answered_in("sv") is None and answered_in(None) is None
    assert language_name("fa") == "persiska" and language_name("qq-zz") == "qq-zz"
