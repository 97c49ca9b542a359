"""The letter as PDF (fpdf2, pure Python): A4, in a Unicode font so that "vóór", "é" and "€" print."""

from __future__ import annotations

from pathlib import Path

from fpdf import FPDF
from fpdf.recorder import FPDFRecorder

from validator.errors import ValidatorError
from validator.model import Report
from validator.report.letter import Section, compose

# Debian's fonts-dejavu-core (installed by `make system`).
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = "DejaVu"
LINE_MM = 5.5
INDENT_MM = 8


class FontMissing(ValidatorError):
    pass


def render(report: Report) -> bytes:
    letter = compose(report)
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 20, 22)
    pdf.set_auto_page_break(True, margin=20)
    for style, name in (
        ("", "DejaVuSans.ttf"),
        ("B", "DejaVuSans-Bold.ttf"),
        ("I", "DejaVuSans-Oblique.ttf"),
    ):
        if not (FONT_DIR / name).is_file():
            raise FontMissing(
                f"the PDF letter needs {FONT_DIR / name}; install the Debian package fonts-dejavu-core"
            )
        pdf.add_font(FONT, style, str(FONT_DIR / name))
    pdf.set_title(letter.subject)
    pdf.set_lang(letter.lang)
    pdf.add_page()

    def para(
        text: str,
        style: str = "",
        size: float = 10.5,
        indent: float = 0,
        after: float = LINE_MM / 2,
        out: FPDF | FPDFRecorder = pdf,
    ) -> None:
        out.set_font(FONT, style, size)
        out.set_x(pdf.l_margin + indent)
        out.multi_cell(0, LINE_MM, text, align="L", new_x="LMARGIN", new_y="NEXT")
        out.ln(after)

    para(letter.sender, "B", 13, after=LINE_MM)
    para(f"{letter.labels['date']} {letter.date}", after=0)
    para(f"{letter.labels['subject']} {letter.subject}", "B", after=LINE_MM)
    para(letter.salutation)
    for block in letter.body:
        if not isinstance(block, Section):
            para(block)
            continue
        for item in block.items:
            # An item is not split over two pages, and a heading stays with the first item under it.
            # Calls go to the recorder, which replays them on a new page when the item does not fit.
            with pdf.unbreakable() as out:
                if item is block.items[0] and block.heading:
                    para(block.heading, "B", 11.5, out=out)
                if item is block.items[0] and block.intro:
                    para(block.intro, out=out)
                para(f"{item.number}. {item.where}", "B", after=0, out=out)
                para(item.problem, indent=INDENT_MM, after=0, out=out)
                para(f"{letter.labels['what_to_do']} {item.remedy}", "I", indent=INDENT_MM, out=out)
    para(letter.closing, after=LINE_MM)
    para(letter.note, "I", 8.5)
    return bytes(pdf.output())
