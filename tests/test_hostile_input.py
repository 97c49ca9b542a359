"""Bad input is a finding, never a traceback, and the input is never modified."""

from __future__ import annotations

import hashlib
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pypdf
import pytest
from PIL import Image, ImageDraw, ImageFont

from tests.conftest import born_digital_pdf, check_json, findings, run_cli

V = "1234567890"
MANIFEST = f'procedure: ind-generic\nsubmission_date: 2026-12-01\napplicant:\n  v_number: "{V}"\n'


def _dossier(tmp_path: Path) -> Path:
    d = tmp_path / "dossier"
    d.mkdir()
    (d / "dossier.yaml").write_text(MANIFEST)
    born_digital_pdf(d / "brief.pdf", [f"V-nummer: {V}\nGeachte heer, mevrouw,\nHierbij mijn aanvraag."])
    return d


def _bomb_png(path: Path, side: int = 30000) -> None:
    """A valid 1-bit PNG of side × side pixels: a few hundred KB on disk, 900 megapixels decoded."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    comp = zlib.compressobj(9)
    row = b"\x00" * (1 + side // 8)
    body = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0))
        + chunk(b"IDAT", body)
        + chunk(b"IEND", b"")
    )


def _digest(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink()
    }


def test_every_kind_of_bad_file_becomes_a_finding(tmp_path: Path) -> None:
    d = _dossier(tmp_path)
    (d / "leeg.pdf").write_bytes(b"")
    good = (d / "brief.pdf").read_bytes()
    (d / "afgebroken.pdf").write_bytes(good[: len(good) // 3])
    writer = pypdf.PdfWriter(clone_from=d / "brief.pdf")
    writer.encrypt(user_password="geheim", owner_password="geheim")
    writer.write(d / "beveiligd.pdf")
    # A wrong startxref offset: readers must rebuild the cross-reference table.
    (d / "kapotte-xref.pdf").write_bytes(
        good.replace(b"startxref\n", b"startxref\n9").replace(b"xref\n0 ", b"xref\n7 ")
    )
    _bomb_png(d / "bom.png")
    # Its header reads, its pixels end halfway: found out only when the page is rendered.
    scan = Image.new("L", (800, 1100), 250)
    ImageDraw.Draw(scan).text(
        (80, 80), f"V-nummer {V}", fill=0, font=ImageFont.truetype("DejaVuSans.ttf", 30)
    )
    scan.save(d / "afgebroken-scan.jpg", dpi=(100, 100), quality=90)
    jpeg = (d / "afgebroken-scan.jpg").read_bytes()
    (d / "afgebroken-scan.jpg").write_bytes(jpeg[: len(jpeg) // 2])
    (d / "notities.txt").write_text("Bel de cliënt terug.")
    (d / "archief.zip").write_bytes(b"PK\x03\x04" + b"\x00" * 60)
    outside = tmp_path / "geheim.pdf"
    born_digital_pdf(outside, ["buiten het dossier"])
    os.symlink(outside, d / "link.pdf")
    os.symlink("/etc", d / "etc-link")
    weird = os.fsencode(str(d)) + b"/caf\xe9-scan.pdf"
    with open(weird, "wb") as fh:
        fh.write(good)
    before = _digest(d)

    code, report = check_json(d)

    assert code == 1
    unreadable = {f["file"]: f for f in findings(report, "INPUT-UNREADABLE")}
    assert "leeg.pdf" in unreadable and "afgebroken.pdf" in unreadable and "beveiligd.pdf" in unreadable
    assert (unreadable["afgebroken-scan.jpg"]["severity"], unreadable["afgebroken-scan.jpg"]["page"]) == (
        "deficiency",
        1,
    )
    assert (
        "password" in unreadable["beveiligd.pdf"]["message"]
        or "wachtwoord" in unreadable["beveiligd.pdf"]["message"]
    )
    assert unreadable["bom.png"]["severity"] == "deficiency"
    assert unreadable["notities.txt"]["severity"] == "deficiency"
    assert [f["severity"] for f in findings(report, "IND-COPY-NO-MEDIA", "archief.zip")] == ["deficiency"]
    unsafe = {f["file"] for f in findings(report, "INPUT-UNSAFE")}
    assert unsafe == {"link.pdf", "etc-link"}
    assert "caf\ufffd-scan.pdf" in {doc["file"] for doc in report["documents"]}
    # The repaired xref file is read: its V-number counts.
    assert not findings(report, "IND-COPY-VNUMBER", "kapotte-xref.pdf")
    assert not [
        f for f in report["findings"] if "internal" in f["message"].lower() or "uitgevoerd" in f["message"]
    ]
    assert _digest(d) == before


def test_zip_with_escaping_entries(tmp_path: Path) -> None:
    d = _dossier(tmp_path)
    archive = tmp_path / "dossier.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.write(d / "dossier.yaml", "dossier.yaml")
        zf.write(d / "brief.pdf", "brief.pdf")
        zf.writestr("../../ontsnapt.pdf", (d / "brief.pdf").read_bytes())
        zf.writestr("/etc/absoluut.pdf", (d / "brief.pdf").read_bytes())
        zf.writestr("__MACOSX/._brief.pdf", b"junk")
    code, report = check_json(archive)
    assert code == 1
    unsafe = {f["evidence"]["entry"] for f in findings(report, "INPUT-UNSAFE")}
    assert unsafe == {"../../ontsnapt.pdf", "/etc/absoluut.pdf"}
    assert [doc["file"] for doc in report["documents"] if doc["pages"]] == ["brief.pdf"]
    assert not (tmp_path.parent / "ontsnapt.pdf").exists()
    assert not findings(report, "IND-COPY-VNUMBER", "brief.pdf")


def test_image_without_resolution_is_a_warning_not_a_guess(tmp_path: Path) -> None:
    d = tmp_path / "d"
    d.mkdir()
    (d / "dossier.yaml").write_text(MANIFEST)
    img = Image.new("L", (1240, 1754), 255)
    font = ImageFont.truetype("DejaVuSans.ttf", 36)
    ImageDraw.Draw(img).text((100, 100), f"V-nummer: {V}\nVerklaring van de werkgever", fill=0, font=font)
    img.save(d / "scan.png")
    _, report = check_json(d)
    a4 = findings(report, "IND-COPY-A4", "scan.png")
    assert [(f["severity"], f["page"]) for f in a4] == [("warning", 1)]
    assert a4[0]["evidence"]["found"] is None


def test_unreadable_path_and_bad_arguments_exit_2(tmp_path: Path) -> None:
    assert run_cli("check", tmp_path / "bestaat-niet").returncode == 2
    assert run_cli("check", tmp_path, "--submission-date", "1-12-2026").returncode == 2
    assert run_cli("check", tmp_path, "--procedure", "geen-procedure").returncode == 2


@pytest.mark.parametrize(
    "content", [b"", b"%PDF-1.7\n", b"%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF"]
)
def test_single_bad_pdf_file(tmp_path: Path, content: bytes) -> None:
    f = tmp_path / "x.pdf"
    f.write_bytes(content)
    code, report = check_json(f)
    assert code == 1
    assert findings(report, "INPUT-UNREADABLE", "x.pdf")


def test_pdf_with_a_broken_xref_is_read_to_its_text(tmp_path: Path) -> None:
    from validator.pipeline import CheckOptions, load_dossier

    d = _dossier(tmp_path)
    good = (d / "brief.pdf").read_bytes()
    broken = d / "kapotte-xref.pdf"
    broken.write_bytes(good.replace(b"startxref\n", b"startxref\n9").replace(b"xref\n0 ", b"xref\n7 "))
    # The damage is real: a strict reader refuses the table; the validator must rebuild it.
    with pytest.raises(pypdf.errors.PdfReadError):
        pypdf.PdfReader(broken, strict=True).pages[0].extract_text()
    (d / "brief.pdf").unlink()
    dossier = load_dossier(d, CheckOptions({}, jobs=1))
    (source,) = dossier.files
    (page,) = source.pages
    assert page.text_source == "text-layer" and not source.problems
    assert f"V-nummer: {V}" in page.text and "Hierbij mijn aanvraag." in page.text
