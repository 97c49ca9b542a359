"""The IND copy rules on the sample dossiers: each defect found at its file and page, the clean one all clear."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFont

from samples.ind import OTHER_V, V
from tests.conftest import check_json, findings

COPY_RULES = [
    "IND-COPY-A4",
    "IND-COPY-SINGLE-SIDED",
    "IND-COPY-VNUMBER",
    "IND-COPY-NO-MEDIA",
    "IND-COPY-LEGIBLE",
]


def _where(found: list[dict]) -> set[tuple[str | None, int | None]]:
    return {(f["file"], f["page"]) for f in found}


def _serious(report: dict) -> list[dict]:
    return [f for f in report["findings"] if f["severity"] in ("inadmissible", "deficiency")]


def test_clean_dossier_is_ready(sample_report) -> None:
    code, report = sample_report("ind-clean")
    assert code == 0, _serious(report)
    assert report["verdict"] == "ready"
    # Not even a warning: a false alarm on a clean dossier teaches lawyers to ignore the report.
    # The reminders of what no document can show (NOT-CHECKABLE) are notes, not alarms.
    assert sorted((f["rule"], f["severity"]) for f in report["findings"]) == [
        ("IND-ORIGINALS", "info"),
        ("NOT-CHECKABLE", "info"),
    ]
    pages = {d["file"]: d["pages"] for d in report["documents"]}
    assert pages == {
        "bankafschriften.tif": 2,
        "brief.pdf": 2,
        "paspoort.jpg": 1,
        "werkgeversverklaring.pdf": 1,
    }
    assert report["stats"]["ocr_pages"] == 4


@pytest.mark.parametrize("rule", COPY_RULES)
def test_clean_dossier_does_not_trigger(sample_report, rule: str) -> None:
    _, report = sample_report("ind-clean")
    assert not findings(report, rule)


def test_a4_letter_and_a5_pages(sample_report) -> None:
    code, report = sample_report("ind-a4")
    assert code == 1
    a4 = findings(report, "IND-COPY-A4")
    assert _where(a4) == {("verklaring-letter.pdf", 1), ("kwitantie.png", 1)}
    found = {f["file"]: f["evidence"]["found"] for f in a4}
    assert "Letter" in found["verklaring-letter.pdf"] and "A5" in found["kwitantie.png"]
    assert {f["evidence"]["source"] for f in a4} == {"page-box", "image-dpi"}
    assert {f["rule"] for f in _serious(report)} == {"IND-COPY-A4"}


def test_duplex_scan_and_its_blank_pages(sample_report) -> None:
    code, report = sample_report("ind-single-sided")
    assert code == 1
    sided = findings(report, "IND-COPY-SINGLE-SIDED")
    assert _where(sided) == {
        ("arbeidscontract.pdf", None),
        ("arbeidscontract.pdf", 2),
        ("arbeidscontract.pdf", 4),
    }
    duplex = next(f for f in sided if f["page"] is None)
    assert duplex["evidence"]["blank_pages"] == [2, 4]
    # A blank back is one defect, not also a page without a V-number.
    assert {f["rule"] for f in _serious(report)} == {"IND-COPY-SINGLE-SIDED"}


def test_page_without_vnumber_and_someone_elses_vnumber(sample_report) -> None:
    code, report = sample_report("ind-vnumber")
    assert code == 1
    vnr = findings(report, "IND-COPY-VNUMBER")
    assert _where(vnr) == {("brief.pdf", 2), ("werkgeversverklaring.jpg", 1)}
    by_file = {f["file"]: f["evidence"] for f in vnr}
    assert {file: (ev["found"], ev["expected"]) for file, ev in by_file.items()} == {
        "brief.pdf": (None, V),
        "werkgeversverklaring.jpg": (OTHER_V, V),
    }
    # What the HTML report draws: the header and footer searched, and where the other number is written.
    assert by_file["brief.pdf"]["bands"] and by_file["werkgeversverklaring.jpg"]["boxes"]
    assert all(f["severity"] == "deficiency" for f in vnr)


def test_name_and_birth_date_when_no_vnumber_is_known(sample_report) -> None:
    code, report = sample_report("ind-vnumber-name")
    assert code == 1
    (missing,) = findings(report, "IND-COPY-VNUMBER")
    assert (missing["file"], missing["page"]) == ("brief.pdf", 2)
    assert missing["evidence"]["lacking"] == ["birth_date"]


def test_media_files_and_active_pdf_content(sample_report) -> None:
    code, report = sample_report("ind-media")
    assert code == 1
    media = findings(report, "IND-COPY-NO-MEDIA")
    assert _where(media) == {("spraakbericht.mp3", None), ("video-woning.mp4", None), ("formulier.pdf", None)}
    in_pdf = sorted(f["message"] for f in media if f["file"] == "formulier.pdf")
    assert len(in_pdf) == 2 and any("JavaScript" in m for m in in_pdf)
    assert any("loonstroken-2026.xlsx" in m for m in in_pdf)
    assert not findings(report, "IND-COPY-NO-MEDIA", "brief.pdf")


def test_low_resolution_faint_and_cut_off_pages(sample_report) -> None:
    code, report = sample_report("ind-legible")
    assert code == 1
    legible = {f["file"]: f for f in findings(report, "IND-COPY-LEGIBLE")}
    assert set(legible) == {"fax.png", "vervaagd.jpg", "afgesneden.png"}
    assert all(f["page"] == 1 for f in legible.values())
    assert legible["fax.png"]["evidence"]["found"] == [100]
    assert legible["vervaagd.jpg"]["evidence"]["found"] < 80
    assert len(legible["afgesneden.png"]["evidence"]["found"]) >= 3
    # The faint and the cut-off page still read well enough for their V-number to be found.
    assert not findings(report, "IND-COPY-VNUMBER")


def test_originals_reminder_on_every_dossier(sample_report) -> None:
    _, report = sample_report("ind-clean")
    (keep,) = findings(report, "IND-ORIGINALS")
    assert keep["severity"] == "info" and keep["file"] is None and keep["page"] is None
    assert "originele" in keep["legal_basis"]


def test_every_finding_says_what_to_do_and_why(sample_report) -> None:
    for name in ("ind-a4", "ind-single-sided", "ind-vnumber", "ind-media", "ind-legible"):
        _, report = sample_report(name)
        for f in report["findings"]:
            assert f["message"] and f["remedy"], f
            assert "seed 001" in f["legal_basis"], f


def test_report_in_english_and_french(sample_report) -> None:
    _, en = sample_report("ind-vnumber", "--lang", "en")
    _, fr = sample_report("ind-vnumber", "--lang", "fr")
    missing_en = next(f for f in en["findings"] if f["page"] == 2)
    missing_fr = next(f for f in fr["findings"] if f["page"] == 2)
    assert "is not on this page" in missing_en["message"]
    assert missing_fr["message"] != missing_en["message"] and V in missing_fr["message"]


def _with_stamp_along_the_margin(path: Path, number: str) -> Path:
    """A scanned statement with the V-number stamped along its left margin, reading downwards: OCR of the whole
    page passes over it."""
    page = Image.new("L", (1654, 2339), 255)
    draw = ImageDraw.Draw(page)
    serif = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 30)
    for n in range(25):
        draw.text(
            (260, 300 + 60 * n), f"Werkgeversverklaring regel {n}: in vaste dienst sinds 2019.", font=serif
        )
    stamp = Image.new("L", (560, 80), 255)
    inked = ImageDraw.Draw(stamp)
    inked.rectangle((2, 2, 557, 77), outline=90, width=4)
    bold = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 36)
    inked.text((18, 18), f"V-nr: {number}", font=bold, fill=90)
    page.paste(stamp.rotate(270, expand=True, fillcolor=255), (30, 900))
    page.save(path, dpi=(200, 200))
    return path


def test_a_number_stamped_along_the_margin_is_read_on_its_own(tmp_path: Path) -> None:
    dossier = tmp_path / "dossier"
    dossier.mkdir()
    _with_stamp_along_the_margin(dossier / "verklaring.png", V)
    (dossier / "dossier.yaml").write_text(
        f"procedure: ind-generic\nsubmission_date: 2026-12-01\napplicant:\n  v_number: '{V}'\n"
    )
    _, report = check_json(dossier)
    assert findings(report, "IND-COPY-VNUMBER") == []
    _with_stamp_along_the_margin(dossier / "verklaring.png", OTHER_V)
    _, report = check_json(dossier)
    assert [(f["file"], f["page"], f["severity"]) for f in findings(report, "IND-COPY-VNUMBER")] == [
        ("verklaring.png", 1, "deficiency")
    ]


def test_a_stamp_put_as_a_picture_in_the_margin_of_a_text_layer_page_is_read(tmp_path: Path) -> None:
    # The fifth blind part's landscape bank statements: born digital, the V-number stamped on as a picture in the
    # bottom margin, where no text layer holds it.
    from fpdf import FPDF

    stamp = Image.new("RGB", (560, 200), "white")
    draw = ImageDraw.Draw(stamp)
    draw.rectangle((4, 4, 555, 195), outline=(40, 40, 160), width=5)
    font = ImageFont.truetype("DejaVuSans-Bold.ttf", 44)
    draw.text((30, 30), "V-NUMMER", fill=(40, 40, 160), font=font)
    draw.text((30, 110), "2840517396", fill=(40, 40, 160), font=font)
    stamp_path = tmp_path / "stempel.png"
    stamp.save(stamp_path)
    folder = tmp_path / "d"
    folder.mkdir()
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_font("Helvetica", size=11)
    for with_stamp in (True, False):
        pdf.add_page()
        pdf.multi_cell(
            0, 6, "Rekeningafschrift\n" + "\n".join(f"0{n}-11-2026 SALARIS 1.914,01" for n in range(1, 9))
        )
        if with_stamp:
            pdf.image(str(stamp_path), x=150, y=262, w=42)
    pdf.output(str(folder / "afschrift.pdf"))
    (folder / "dossier.yaml").write_text(
        "procedure: ind-generic\nsubmission_date: 2026-12-01\napplicant:\n  v_number: '2840517396'\n",
        encoding="utf-8",
    )
    code, report = check_json(folder)
    assert [(f["file"], f["page"]) for f in findings(report, "IND-COPY-VNUMBER")] == [("afschrift.pdf", 2)]
