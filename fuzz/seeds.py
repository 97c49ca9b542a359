"""The inputs each reader's fuzzing starts from: small files of every kind the reader takes, made here,
the public corpus's small files, and every input that ever failed (tests/fuzz/READER/)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from fpdf import FPDF
from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
REGRESSIONS = ROOT / "tests" / "fuzz"
# libFuzzer mutates within the largest seed's size; a PDF of a few pages fits.
MAX_SEED_BYTES = 64 * 1024
MANIFEST = (
    "procedure: ind-medical-treatment\nsubmission_date: 2026-12-01\nlanguage: en\napplicant:\n"
    '  name: Amina Benali\n  birth_date: 1985-04-12\n  nationality: MAR\n  v_number: "1234567890"\n'
    "art64:\n  ends_on: 2026-12-10\nasylum: {language: fr, refused_on: 2026-08-01, pending: false}\n"
    "previous_permit: {purpose: medical-treatment, since: 2023-10-01}\nregistered_mail: planned\n"
    "documents:\n  paspoort.pdf: identity-document\n  &f verklaring.pdf : medical-statement\n"
)


def _pdf() -> bytes:
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_font("Helvetica", size=12)
    pdf.add_page()
    pdf.multi_cell(0, 7, "V-nummer: 1234567890\nGeachte heer, mevrouw,\nHierbij mijn aanvraag.")
    pdf.add_page()
    pdf.image(_scan("PNG"), x=20, y=20, w=80)
    return bytes(pdf.output())


def _scan(fmt: str, **options: object) -> io.BytesIO:
    img = Image.new("L", (120, 170), 245)
    ImageDraw.Draw(img).text((10, 10), "V-nummer 1234567890", fill=20)
    out = io.BytesIO()
    img.save(out, format=fmt, **options)
    out.seek(0)
    return out


def _images() -> dict[str, bytes]:
    frames = [Image.new("L", (40, 60), 200 + n) for n in range(3)]
    tiff = io.BytesIO()
    frames[0].save(tiff, format="TIFF", save_all=True, append_images=frames[1:], dpi=(100, 100))
    out = {f"scan.{fmt.lower()}": _scan(fmt, dpi=(100, 100)).getvalue() for fmt in ("PNG", "JPEG", "BMP")}
    out.update(
        {
            "scan.gif": _scan("GIF").getvalue(),
            "scan.webp": _scan("WEBP").getvalue(),
            "pages.tif": tiff.getvalue(),
        }
    )
    return out


def _zips() -> dict[str, bytes]:
    out = {}
    for name, method in (("stored.zip", zipfile.ZIP_STORED), ("deflated.zip", zipfile.ZIP_DEFLATED)):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", method) as zf:
            zf.writestr("dossier/dossier.yaml", MANIFEST)
            zf.writestr("dossier/brief.pdf", _pdf())
            zf.writestr("dossier/scan.png", _scan("PNG", dpi=(100, 100)).getvalue())
            zf.writestr("dossier/sub/", b"")
            zf.writestr("../buiten.pdf", b"%PDF-1.4\n")
        out[name] = buf.getvalue()
    return out


def _small_corpus(suffixes: tuple[str, ...]) -> dict[str, bytes]:
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.suffix.lower() in suffixes)
    return {f"corpus-{p.name}": p.read_bytes() for p in files if p.stat().st_size <= MAX_SEED_BYTES}


def write(reader: str, folder: Path) -> None:
    """The seeds of one reader into `folder`."""
    made = {
        "pdf": lambda: {"letter.pdf": _pdf(), **_small_corpus((".pdf",))},
        "image": lambda: {**_images(), **_small_corpus((".png", ".jpg", ".jpeg", ".tif", ".tiff", ".gif"))},
        "zip": _zips,
        "manifest": lambda: {"dossier.yaml": MANIFEST.encode()},
    }[reader]()
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in made.items():
        (folder / name).write_bytes(data)


def regressions(reader: str) -> list[Path]:
    folder = REGRESSIONS / reader
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []
