"""Make realistic sample dossiers: one clean IND dossier and one per copy-rule defect.

Scanned pages are drawn the way a desk scanner returns them (off-white paper,
slight skew, blur, speckle, JPEG artefacts); born-digital pages are real PDFs
with a text layer. Everything is generated with fixed seeds, so the same
dossiers come out every time.

    python samples/generate.py OUTDIR
"""

from __future__ import annotations

import io
import random
import struct
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pypdf
from pypdf.actions import JavaScript
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

A4_MM = (210.0, 297.0)
LETTER_MM = (215.9, 279.4)
A5_MM = (148.0, 210.0)
MM_PER_INCH = 25.4

APPLICANT = {"name": "Amina Benali", "birth_date": "1985-04-12", "nationality": "MAR", "v_number": "2840517396"}
V = APPLICANT["v_number"]
OTHER_V = "9173650284"
SUBMISSION_DATE = "2026-12-01"


def manifest(applicant: dict[str, str] | None = None) -> str:
    person = applicant if applicant is not None else APPLICANT
    lines = ["procedure: ind-generic", f"submission_date: {SUBMISSION_DATE}", "applicant:"]
    lines += [f'  {key}: "{value}"' for key, value in person.items()]
    return "\n".join(lines) + "\n"


# ---- scanned pages ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Scan:
    """How a page came out of the scanner."""

    dpi: int = 200
    paper: int = 244
    ink: int = 35
    skew: float = 0.4
    blur: float = 0.6
    speckles: int = 400
    size_mm: tuple[float, float] = A4_MM


def _font(size_pt: float, dpi: int, bold: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSerif.ttf"
    return ImageFont.truetype(name, round(size_pt / 72 * dpi))


def scanned_page(lines: list[str], seed: int, scan: Scan = Scan(), header: str | None = None,
                 stamp: str | None = None, footer: str | None = None, left_mm: float = 25,
                 photo: bool = False) -> Image.Image:
    """A typed page: a header line, body lines, a stamp in the bottom margin, a footer; then scanned."""
    width = round(scan.size_mm[0] / MM_PER_INCH * scan.dpi)
    height = round(scan.size_mm[1] / MM_PER_INCH * scan.dpi)
    px = scan.dpi / MM_PER_INCH
    img = Image.new("L", (width, height), scan.paper)
    draw = ImageDraw.Draw(img)
    x = round(left_mm * px)
    if header:
        draw.text((width - round(20 * px), round(12 * px)), header, fill=scan.ink, font=_font(10, scan.dpi),
                  anchor="ra")
    y = round(35 * px)
    for line in lines:
        bold = line.startswith("# ")
        draw.text((x, y), line.removeprefix("# "), fill=scan.ink, font=_font(13 if bold else 11, scan.dpi, bold))
        y += round((9 if bold else 6.5) * px)
    if photo:
        _photo(img, (width - round(65 * px), round(45 * px)), px)
    if stamp:
        _stamp(img, stamp, scan, (round(120 * px), height - round(40 * px)))
    if footer:
        draw.text((x, height - round(15 * px)), footer, fill=scan.ink, font=_font(9, scan.dpi))
    return _scanner(img, seed, scan)


def _stamp(img: Image.Image, text: str, scan: Scan, at: tuple[int, int]) -> None:
    """A rubber stamp: bold text in a frame, a little darker in the middle than at the edges."""
    font = _font(12, scan.dpi, bold=True)
    draw = ImageDraw.Draw(img)
    left, top, right, bottom = draw.textbbox(at, text, font=font)
    pad = round(2.5 * scan.dpi / MM_PER_INCH)
    draw.rectangle((left - pad, top - pad, right + pad, bottom + pad), outline=scan.ink + 30, width=max(2, pad // 3))
    draw.text(at, text, fill=scan.ink + 10, font=font)


def _photo(img: Image.Image, at: tuple[int, int], px: float) -> None:
    """A passport photo as a copier renders it: continuous tone, a head and shoulders on a lighter ground."""
    w, h = round(35 * px), round(45 * px)
    portrait = Image.linear_gradient("L").resize((w, h)).point(lambda v: 150 + v // 4)
    draw = ImageDraw.Draw(portrait)
    draw.ellipse((w * 0.28, h * 0.15, w * 0.72, h * 0.62), fill=110)
    draw.ellipse((w * 0.08, h * 0.62, w * 0.92, h * 1.3), fill=70)
    img.paste(portrait, at)


def blank_page(seed: int, scan: Scan = Scan()) -> Image.Image:
    """The empty back of a sheet, as a duplex scanner returns it."""
    width = round(scan.size_mm[0] / MM_PER_INCH * scan.dpi)
    height = round(scan.size_mm[1] / MM_PER_INCH * scan.dpi)
    return _scanner(Image.new("L", (width, height), scan.paper), seed, scan)


def _scanner(img: Image.Image, seed: int, scan: Scan) -> Image.Image:
    rng = random.Random(seed)
    img = img.rotate(rng.uniform(-scan.skew, scan.skew), resample=Image.Resampling.BICUBIC, fillcolor=scan.paper)
    if scan.blur:
        img = img.filter(ImageFilter.GaussianBlur(scan.blur))
    draw = ImageDraw.Draw(img)
    for _ in range(scan.speckles):
        x, y = rng.randrange(img.width), rng.randrange(img.height)
        draw.point((x, y), fill=rng.randint(90, 200))
    # A scanner's JPEG compression leaves its artefacts even when the page is saved otherwise.
    buffer = io.BytesIO()
    img.save(buffer, "JPEG", quality=80)
    buffer.seek(0)
    return Image.open(buffer).convert("L")


def save_image(img: Image.Image, path: Path, dpi: int) -> None:
    options: dict[str, object] = {"dpi": (dpi, dpi)}
    if path.suffix == ".jpg":
        options["quality"] = 85
    img.save(path, **options)


def save_tiff(pages: list[Image.Image], path: Path, dpi: int) -> None:
    pages[0].save(path, save_all=True, append_images=pages[1:], dpi=(dpi, dpi), compression="tiff_lzw")


def scanned_pdf(pages: list[Image.Image], path: Path, size_mm: tuple[float, float] = A4_MM) -> None:
    """A PDF as a scanner writes it: one image per page, no text layer."""
    pdf = FPDF(unit="mm", format=size_mm)
    pdf.set_auto_page_break(False)
    for page in pages:
        pdf.add_page()
        buffer = io.BytesIO()
        page.save(buffer, "JPEG", quality=85)
        pdf.image(buffer, x=0, y=0, w=size_mm[0], h=size_mm[1])
    pdf.output(str(path))


# ---- born-digital pages -----------------------------------------------------------------------------------


def typed_pdf(path: Path, pages: list[tuple[str | None, str]], size_mm: tuple[float, float] = A4_MM) -> None:
    """A PDF with a real text layer: per page an optional header (top right) and a body."""
    pdf = FPDF(unit="mm", format=size_mm)
    pdf.set_margins(25, 30, 20)
    for header, body in pages:
        pdf.add_page()
        if header:
            pdf.set_font("Helvetica", size=9)
            pdf.set_xy(size_mm[0] - 90, 12)
            pdf.cell(70, 5, header, align="R")
        pdf.set_xy(25, 30)
        pdf.set_font("Helvetica", size=11)
        pdf.multi_cell(0, 6, body)
    pdf.output(str(path))


def with_active_content(path: Path) -> None:
    """Add an attached file and a script to a PDF, as some form editors do."""
    writer = pypdf.PdfWriter(clone_from=path)
    writer.add_attachment("loonstroken-2026.xlsx", b"PK\x03\x04 not really a spreadsheet")
    writer.add_open_action(JavaScript("app.alert('Dit formulier is ingevuld.');"))
    with path.open("wb") as fh:
        writer.write(fh)


def mp3(path: Path) -> None:
    """A voice memo: an ID3 tag and a few silent MPEG frames."""
    frame = b"\xff\xfb\x90\x64" + b"\x00" * 413
    path.write_bytes(b"ID3\x04\x00\x00\x00\x00\x00\x00" + frame * 8)


def mp4(path: Path) -> None:
    """A phone video: the file-type box that every MP4 starts with, and an empty media box."""
    ftyp = b"isom" + struct.pack(">I", 512) + b"isomiso2avc1mp41"
    path.write_bytes(struct.pack(">I", 8 + len(ftyp)) + b"ftyp" + ftyp + struct.pack(">I", 8) + b"mdat")


# ---- the documents ----------------------------------------------------------------------------------------


LETTER = """Aan de Immigratie- en Naturalisatiedienst
Postbus 5
9560 AA Ter Apel

Betreft: aanvraag verblijfsvergunning, aanvulling van documenten
Naam: Amina Benali
Geboortedatum: 12-04-1985

Geachte heer, mevrouw,

Hierbij stuur ik u de kopieen van de documenten die bij mijn aanvraag horen:
mijn paspoort, de verklaring van mijn werkgever en mijn bankafschriften.
De originele documenten bewaar ik zelf.

Met vriendelijke groet,

Amina Benali"""

LETTER_2 = """Bijlagen bij de aanvraag

1. Kopie paspoort (pagina met persoonsgegevens)
2. Werkgeversverklaring van Bakkerij De Korenschoof B.V.
3. Bankafschriften van september en oktober 2026

Ik verklaar dat deze kopieen volledig en naar waarheid zijn."""

PASSPORT = ["# ROYAUME DU MAROC - PASSEPORT / PASSPORT", "",
            "Type: P        Code: MAR        No: AB1234567", "Nom / Surname: BENALI",
            "Prenoms / Given names: AMINA", "Nationalite / Nationality: MAROCAINE",
            "Date de naissance / Date of birth: 12 APR/AVR 1985", "Lieu de naissance / Place of birth: CASABLANCA",
            "Date d'expiration / Date of expiry: 03 MAR 2031", "",
            "P<MARBENALI<<AMINA<<<<<<<<<<<<<<<<<<<<<<<<<<", "AB12345672MAR8504122F3103038<<<<<<<<<<<<<<02"]

EMPLOYER = ["# WERKGEVERSVERKLARING", "", "Bakkerij De Korenschoof B.V., Dorpsstraat 14, 3511 AB Utrecht",
            "verklaart dat mevrouw Amina Benali, geboren op 12 april 1985,",
            "sinds 1 maart 2024 bij ons in dienst is als medewerker productie,",
            "voor 32 uur per week, voor onbepaalde tijd.", "",
            "Het bruto maandloon bedraagt EUR 2.640,00 exclusief vakantiegeld.", "",
            "Utrecht, 14 november 2026", "", "J. de Korenschoof, directeur"]


def bank_statement(month: str, seed_rows: int) -> list[str]:
    rng = random.Random(seed_rows)
    rows = [f"{d:02d}-{month}  {desc:<28} {rng.randint(12, 480):>6},{rng.randint(0, 99):02d}"
            for d, desc in zip(range(2, 28, 4), ["Albert Heijn Utrecht", "Huur Woonstichting", "NS Reizen",
                                                   "Zorgverzekeraar premie", "Salaris De Korenschoof",
                                                   "Gemeente Utrecht belasting", "Kruidvat"])]
    return ["# BANKAFSCHRIFT", "", "Rekeninghouder: A. Benali", "IBAN: NL91 ABNA 0417 1643 00",
            f"Periode: {month}-2026", "", "Datum     Omschrijving                    Bedrag", *rows]


def _clean(d: Path) -> None:
    """Every kind of file a lawyer receives, each page carrying the V-number in another usual spelling."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER), (f"V-nummer: {V}", LETTER_2)])
    save_image(scanned_page(PASSPORT, 1, photo=True, stamp=f"V-nr. {V[:4]} {V[4:7]} {V[7:]}"), d / "paspoort.jpg", 200)
    save_tiff([scanned_page(bank_statement("09", 2), 2, footer=f"Vnr {V[:4]}.{V[4:7]}.{V[7:]}"),
               scanned_page(bank_statement("10", 3), 3, footer=f"Vnr {V[:4]}.{V[4:7]}.{V[7:]}")],
              d / "bankafschriften.tif", 200)
    scanned_pdf([scanned_page(EMPLOYER, 4, Scan(dpi=300), header=f"V-nummer {V}")], d / "werkgeversverklaring.pdf")


def _a4(d: Path) -> None:
    """A US Letter page exported by a word processor, and an A5 receipt."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER)])
    typed_pdf(d / "verklaring-letter.pdf", [(f"V-nummer: {V}", "Verklaring van de gastheer\n\n" + LETTER_2)],
              size_mm=LETTER_MM)
    receipt = ["# KWITANTIE", "", "Ontvangen van A. Benali", "de som van EUR 450,00", "wegens huur november 2026"]
    save_image(scanned_page(receipt, 5, Scan(size_mm=A5_MM), header=f"V-nummer: {V}", left_mm=15), d / "kwitantie.png",
               200)


def _single_sided(d: Path) -> None:
    """A two-sheet contract scanned double-sided: pages 2 and 4 are the empty backs."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER)])
    contract = ["# ARBEIDSOVEREENKOMST", "", "Partijen: Bakkerij De Korenschoof B.V. en Amina Benali",
                "Functie: medewerker productie", "Ingangsdatum: 1 maart 2024", "Arbeidsduur: 32 uur per week"]
    salary = ["# ARTIKEL 4 - SALARIS", "", "Het bruto maandloon bedraagt EUR 2.640,00.",
              "Het salaris wordt maandelijks voor de 25e betaald.", "", "Utrecht, 20 februari 2024"]
    scanned_pdf([scanned_page(contract, 6, header=f"V-nummer {V}"), blank_page(7),
                 scanned_page(salary, 8, header=f"V-nummer {V}"), blank_page(9)], d / "arbeidscontract.pdf")


def _vnumber(d: Path) -> None:
    """A page without the V-number, and a document carrying someone else's V-number."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER), (None, LETTER_2)])
    save_image(scanned_page(EMPLOYER, 10, stamp=f"V-nr. {OTHER_V}"), d / "werkgeversverklaring.jpg", 200)


def _vnumber_name(d: Path) -> None:
    """No V-number known: every page must carry name and date of birth; the second page lacks the date."""
    person = {k: v for k, v in APPLICANT.items() if k != "v_number"}
    (d / "dossier.yaml").write_text(manifest(person), encoding="utf-8")
    typed_pdf(d / "brief.pdf", [("Amina Benali, geb. 12-04-1985", LETTER), ("Amina Benali", LETTER_2)])


def _media(d: Path) -> None:
    """A voice memo, a phone video, and a PDF form with an attachment and a script."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER)])
    typed_pdf(d / "formulier.pdf", [(f"V-nummer: {V}", "Aanvraagformulier\n\n" + LETTER_2)])
    with_active_content(d / "formulier.pdf")
    mp3(d / "spraakbericht.mp3")
    mp4(d / "video-woning.mp4")


def _legible(d: Path) -> None:
    """A fax-quality scan, a faded copy, and a page scanned with its right side cut off."""
    typed_pdf(d / "brief.pdf", [(f"V-nummer: {V}", LETTER)])
    save_image(scanned_page(EMPLOYER, 11, Scan(dpi=100, blur=0), header=f"V-nummer {V}"), d / "fax.png", 100)
    faded = Scan(paper=238, ink=196, speckles=100)
    save_image(scanned_page(bank_statement("09", 12), 12, faded, header=f"V-nummer {V}"), d / "vervaagd.jpg", 200)
    wide = [line + " " + line.lower() for line in EMPLOYER]
    save_image(scanned_page(wide, 13, header=f"V-nummer {V}", left_mm=60), d / "afgesneden.png", 200)


DOSSIERS: dict[str, Callable[[Path], None]] = {
    "ind-clean": _clean,
    "ind-a4": _a4,
    "ind-single-sided": _single_sided,
    "ind-vnumber": _vnumber,
    "ind-vnumber-name": _vnumber_name,
    "ind-media": _media,
    "ind-legible": _legible,
}


def generate(out: Path) -> list[Path]:
    made = []
    for name, build in DOSSIERS.items():
        folder = out / name
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "dossier.yaml").write_text(manifest(), encoding="utf-8")
        build(folder)
        made.append(folder)
    return made


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    for folder in generate(Path(sys.argv[1])):
        print(folder)
