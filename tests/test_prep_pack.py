"""The preparation pack obeys consent and the child's share choices in every format, as two
documents: "Underlag för mötet" holds nothing for the coordinator only, "Endast för
samordnaren" holds the rest, and every page of each carries its marking and "Sida n av m".
Each export opens: the PDFs are read back page by page (pdftotext), the DOCX opens (and the
kallelse in LibreOffice), the JSON validates against its schema."""

from __future__ import annotations

import dataclasses
import io
import json
import os
import subprocess
from pathlib import Path

import docx
import jsonschema
import pypdf
import pytest

from bot.services import prep_pack
from bot.services.consent import ConsentMissing
from bot.services.packs import EXPORTS, FORMATS, INVITATION
from bot.services.prep_pack import COORDINATOR, DOCUMENTS, MEETING
from tests.app_factory import make_app
from tests.workspace_factory import (
    COORDINATOR_TEXT,
    MEETING_TEXT,
    PRIVATE_CANARY,
    give_consent,
    prepare_child,
    seed_case,
)

SCHEMA = json.loads((Path(__file__).parents[1] / "docs" / "prep-pack.schema.json").read_text())
SECRET = "Sekretess – endast för samordnaren"


def pdf_text(body: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(body)).pages)


def pdf_pages(body: bytes, tmp_path: Path) -> list[str]:
    """Each page's text as pdftotext reads it (form feeds split the pages)."""
    path = tmp_path / "read.pdf"
    path.write_bytes(body)
    out = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout
    return [" ".join(page.split()) for page in out.split("\f") if page.strip()]


def docx_text(body: bytes) -> str:
    document = docx.Document(io.BytesIO(body))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def texts(app, case_id: int, document: str = MEETING) -> dict[str, str]:
    bodies = {fmt: app.packs.export("coord", case_id, fmt, document).body for fmt in FORMATS}
    return {
        "html": bodies["html"].decode(),
        "json": bodies["json"].decode(),
        "pdf": pdf_text(bodies["pdf"]),
        "docx": docx_text(bodies["docx"]),
    }


def kallelse(app, case_id: int) -> str:
    return docx_text(app.packs.export("coord", case_id, "docx", INVITATION).body)


def libreoffice_text(body: bytes, tmp_path: Path) -> str:
    """The DOCX opened in LibreOffice (headless) and saved as PDF, read back as text."""
    source = tmp_path / "kallelse.docx"
    source.write_bytes(body)
    profile = (tmp_path / "lo-profile").as_uri()
    subprocess.run(
        [
            "libreoffice",
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(source),
        ],
        capture_output=True,
        check=True,
        timeout=180,
        env=os.environ | {"HOME": str(tmp_path)},
    )
    return " ".join(pdf_pages((tmp_path / "kallelse.pdf").read_bytes(), tmp_path))


@pytest.fixture
def ready(tmp_path):
    app = make_app(tmp_path)
    seeded = seed_case(app)
    prepare_child(app, seeded)
    return app, seeded


def test_the_pack_is_refused_until_every_guardian_has_consented(ready):
    app, seeded = ready
    with pytest.raises(ConsentMissing, match="no guardian has consented"):
        app.packs.build("coord", seeded.case.id)
    for document, formats in EXPORTS.items():
        for fmt in formats:
            with pytest.raises(ConsentMissing):
                app.packs.export("coord", seeded.case.id, fmt, document)


def test_private_answers_never_appear_and_coordinator_answers_only_in_their_document(ready):
    app, seeded = ready
    give_consent(app, seeded)
    for fmt, text in texts(app, seeded.case.id, MEETING).items():
        flat = " ".join(text.split())
        assert PRIVATE_CANARY not in flat and COORDINATOR_TEXT not in flat, fmt
        assert MEETING_TEXT in flat, fmt
        assert "Samtycket" not in flat and "Får tas upp" not in flat, fmt  # consent details
    for fmt, text in texts(app, seeded.case.id, COORDINATOR).items():
        flat = " ".join(text.split())
        assert PRIVATE_CANARY not in flat and MEETING_TEXT not in flat, fmt
        assert COORDINATOR_TEXT in flat and ("Får tas upp" in flat or fmt == "json"), fmt
    invitation = kallelse(app, seeded.case.id)
    assert PRIVATE_CANARY not in invitation and COORDINATOR_TEXT not in invitation
    assert "Lyssna på mig" in invitation  # the message is the meeting's purpose


def test_coordinator_only_answers_are_kept_apart_from_the_meeting(ready):
    app, seeded = ready
    give_consent(app, seeded)
    pack = app.packs.build("coord", seeded.case.id)
    youth = pack.voices[0]
    meeting_answers = [a.answer for s in youth.sections for a in s.answers]
    assert COORDINATOR_TEXT not in meeting_answers
    assert [a.answer for a in youth.coordinator_only] == [COORDINATOR_TEXT]
    html = app.packs.export("coord", seeded.case.id, "html", COORDINATOR).body.decode()
    assert html.index(SECRET) < html.index(COORDINATOR_TEXT) < html.rindex(SECRET)


def test_a_life_area_outside_the_consent_is_left_out(ready):
    app, seeded = ready
    give_consent(app, seeded, areas=("friends",))
    pack = app.packs.build("coord", seeded.case.id)
    answers = " ".join(a.answer for s in pack.voices[0].sections for a in s.answers)
    assert MEETING_TEXT not in answers  # an answer about school; school is not consented
    assert "4 Bra" in answers  # friends


def test_every_pdf_page_carries_its_marking_and_page_n_of_m(ready, tmp_path):
    app, seeded = ready
    long_text = "Ett långt svar om skolan. " * 400  # several pages of the meeting document
    app.case_store.update_case(seeded.case.id, adaptations=long_text)
    app.help_now.alert_coordinator(seeded.child.id)
    give_consent(app, seeded)
    date = app.packs.build("coord", seeded.case.id).generated_at[:10]
    for document, mark in ((MEETING, "Underlag för mötet"), (COORDINATOR, SECRET)):
        body = app.packs.export("coord", seeded.case.id, "pdf", document).body
        pages = pdf_pages(body, tmp_path)
        assert len(pages) >= (3 if document == MEETING else 1), document
        for n, page in enumerate(pages, 1):
            assert f"{mark} · Fjärilen · {date}" in page, (document, n)
            assert f"Sida {n} av {len(pages)}" in page, (document, n)
        whole = " ".join(pages)
        assert "OpenMoji" not in whole  # no pictures, so no picture credit
        assert (SECRET in whole) == (document == COORDINATOR)
        assert ("hjälp" in whole.lower()) == (document == COORDINATOR), "help-now: coordinator"


def test_answers_read_as_answers_never_as_headings(ready):
    app, seeded = ready
    give_consent(app, seeded)
    html = app.packs.export("coord", seeded.case.id, "html").body.decode()
    heading_texts = " ".join(
        part.split("</h")[0] for part in html.split("<h")[1:] if part[:1].isdigit()
    )
    assert "Vad är svårt" not in heading_texts
    assert '<dt class="question">' in html and '<dd class="answer">' in html
    document = docx.Document(io.BytesIO(app.packs.export("coord", seeded.case.id, "docx").body))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings and not any("?" in h for h in headings), headings
    assert any(p.text == f"Svar: {MEETING_TEXT}" for p in document.paragraphs)


def test_each_export_opens_and_the_json_validates(ready):
    app, seeded = ready
    give_consent(app, seeded)
    case_id = seeded.case.id
    for document in DOCUMENTS:
        data = json.loads(app.packs.export("coord", case_id, "json", document).body)
        jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())
        assert data["document"] == document and data["case_label"] == "Fjärilen"
        assert ("consent" in data) == (document == COORDINATOR)
        assert ("voices" in data) == (document == MEETING)
        body = app.packs.export("coord", case_id, "docx", document).body
        section = docx.Document(io.BytesIO(body)).sections[0]
        assert section.header.paragraphs[0].text.startswith(data["marking"])
        footer = section.footer._element.xml
        assert 'w:instr="PAGE"' in footer and 'w:instr="NUMPAGES"' in footer
    coordinator = json.loads(app.packs.export("coord", case_id, "json", COORDINATOR).body)
    assert coordinator["consent"]["status"] == "complete"
    assert coordinator["marking"].startswith(SECRET)
    invitation = kallelse(app, case_id)
    for field in ("Kallelse till SIP-möte", "Syfte – utifrån vad som är viktigt för mig"):
        assert field in invitation
    assert "14:00–15:00" in invitation and "Huvudansvarig för SIP" in invitation


def test_the_kallelse_names_the_coordinator_and_skips_answers_that_say_nothing(
    tmp_path, monkeypatch
):
    """Opened in LibreOffice: the coordinator's name and contact, never the username; "Syfte"
    from answers that say something, a "Vet inte" left out by its option id."""
    app = make_app(tmp_path)
    seeded = seed_case(app)
    prepare_child(app, seeded, friends="dont-know")
    app.case_store.update_case(
        seeded.case.id, coordinator_name="Anna Andersson", coordinator_contact="08-123 456 78"
    )
    give_consent(app, seeded)
    layout = prep_pack.load_layout()
    purpose = layout.purpose | {"area-how"}  # how school and friends are, as purposes
    monkeypatch.setattr(
        prep_pack, "load_layout", lambda: dataclasses.replace(layout, purpose=purpose)
    )
    pack = app.packs.build("coord", seeded.case.id)
    assert pack.invitation.purpose == ("2 Dåligt", "Lyssna på mig <script>alert(1)</script>")
    shown = [a.answer for s in pack.voices[0].sections for a in s.answers]
    assert "Vet inte" in shown, "the meeting still sees the answer"
    text = libreoffice_text(
        app.packs.export("coord", seeded.case.id, "docx", "invitation").body, tmp_path
    )
    assert "Kallelse till SIP-möte" in text and "Fjärilen" in text
    assert "Huvudansvarig för SIP Anna Andersson Kontakt: 08-123 456 78" in text
    assert "coord" not in text.split("Huvudansvarig")[1]
    purpose_part = text.split("Syfte – utifrån vad som är viktigt för mig")[1].split("Frågor")[0]
    assert "2 Dåligt" in purpose_part and "Lyssna på mig" in purpose_part
    assert "Vet inte" not in purpose_part


def test_without_a_name_the_kallelse_names_the_unit_not_the_login(ready):
    app, seeded = ready
    give_consent(app, seeded)
    invitation = kallelse(app, seeded.case.id)
    assert "Samordnaren på Enhet Norr" in invitation
    assert "coord" not in invitation


def test_markup_is_text_in_every_format(ready):
    app, seeded = ready
    give_consent(app, seeded)
    got = texts(app, seeded.case.id)
    assert "<script>" not in got["html"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in got["html"]
    assert "<script>alert(1)</script>" in got["docx"]
    assert "<script>alert(1)</script>" in " ".join(got["pdf"].split())


def test_long_labels_and_answers_wrap_and_are_never_cut(ready):
    app, seeded = ready
    long_word = "Fjärilsvingeslagsforskningsinstitutionsföreståndare" * 3
    app.case_store.update_case(seeded.case.id, label=long_word, meeting_place="plats " * 80)
    give_consent(app, seeded)
    pdf = pdf_text(app.packs.export("coord", seeded.case.id, "pdf").body)
    assert long_word in "".join(pdf.split())
    assert kallelse(app, seeded.case.id).count("plats") >= 80


def test_every_export_is_audit_logged(ready):
    app, seeded = ready
    give_consent(app, seeded)
    wanted = [(document, fmt) for document, formats in EXPORTS.items() for fmt in formats]
    for document, fmt in wanted:
        app.packs.export("coord", seeded.case.id, fmt, document)
    logged = [
        (e["document"], e["format"])
        for e in app.audit.entries(f"case:{seeded.case.id}")
        if e["action"] == "pack.export"
    ]
    assert logged == wanted
    assert all(PRIVATE_CANARY not in json.dumps(e) for e in app.audit.entries())
