"""The preparation pack obeys consent and the child's share choices in every format, and each
export opens: the PDF parses, the DOCX opens, the JSON validates against its schema."""

from __future__ import annotations

import io
import json
from pathlib import Path

import docx
import jsonschema
import pypdf
import pytest

from bot.services.consent import ConsentMissing
from bot.services.packs import FORMATS
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


def pdf_text(body: bytes) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(body)).pages)


def docx_text(body: bytes) -> str:
    document = docx.Document(io.BytesIO(body))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def texts(app, case_id: int) -> dict[str, str]:
    bodies = {fmt: app.packs.export("coord", case_id, fmt).body for fmt in FORMATS}
    return {
        "html": bodies["html"].decode(),
        "json": bodies["json"].decode(),
        "pdf": pdf_text(bodies["pdf"]),
        "docx": docx_text(bodies["docx"]),
    }


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
    for fmt in FORMATS:
        with pytest.raises(ConsentMissing):
            app.packs.export("coord", seeded.case.id, fmt)


def test_private_answers_never_appear_in_any_format(ready):
    app, seeded = ready
    give_consent(app, seeded)
    for fmt, text in texts(app, seeded.case.id).items():
        assert PRIVATE_CANARY not in text, fmt
        assert COORDINATOR_TEXT not in text or fmt != "docx", fmt
        # The invitation carries the message (its purpose), the pack every shared answer.
        shown = MEETING_TEXT if fmt != "docx" else "Lyssna på mig"
        assert shown in " ".join(text.split()), fmt


def test_coordinator_only_answers_are_kept_apart_from_the_meeting(ready):
    app, seeded = ready
    give_consent(app, seeded)
    pack = app.packs.build("coord", seeded.case.id)
    youth = pack.voices[0]
    meeting_answers = [a.answer for s in youth.sections for a in s.answers]
    assert COORDINATOR_TEXT not in meeting_answers
    assert [a.answer for a in youth.coordinator_only] == [COORDINATOR_TEXT]
    html = app.packs.export("coord", seeded.case.id, "html").body.decode()
    assert html.index("inte för mötet") < html.index(COORDINATOR_TEXT)


def test_a_life_area_outside_the_consent_is_left_out(ready):
    app, seeded = ready
    give_consent(app, seeded, areas=("friends",))
    pack = app.packs.build("coord", seeded.case.id)
    answers = " ".join(a.answer for s in pack.voices[0].sections for a in s.answers)
    assert MEETING_TEXT not in answers  # an answer about school; school is not consented
    assert "4 Bra" in answers  # friends


def test_each_export_opens_and_the_json_validates(ready):
    app, seeded = ready
    give_consent(app, seeded)
    case_id = seeded.case.id
    body = app.packs.export("coord", case_id, "json").body
    data = json.loads(body)
    jsonschema.validate(data, SCHEMA, format_checker=jsonschema.FormatChecker())
    assert data["consent"]["status"] == "complete"
    reader = pypdf.PdfReader(io.BytesIO(app.packs.export("coord", case_id, "pdf").body))
    assert len(reader.pages) >= 1
    assert "OpenMoji" in reader.pages[0].extract_text()
    invitation = docx_text(app.packs.export("coord", case_id, "docx").body)
    for field in ("Kallelse till SIP-möte", "Syfte – utifrån vad som är viktigt för mig"):
        assert field in invitation
    assert "14:00–15:00" in invitation and "Huvudansvarig för SIP" in invitation


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
    assert docx_text(app.packs.export("coord", seeded.case.id, "docx").body).count("plats") >= 80


def test_every_export_is_audit_logged(ready):
    app, seeded = ready
    give_consent(app, seeded)
    for fmt in FORMATS:
        app.packs.export("coord", seeded.case.id, fmt)
    logged = [
        e["format"]
        for e in app.audit.entries(f"case:{seeded.case.id}")
        if e["action"] == "pack.export"
    ]
    assert logged == list(FORMATS)
    assert all(PRIVATE_CANARY not in json.dumps(e) for e in app.audit.entries())
