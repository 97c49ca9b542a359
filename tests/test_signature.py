"""A page is signed only by pen strokes at its signature label: not by a printed line, a box or a stamp."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF

from tests.memory import read_page
from validator.inkmap import cells
from validator.model import Page
from validator.pipeline import CheckOptions, load_dossier
from validator.rules.be9ter import phrases
from validator.signature import Search, search, signature_box

DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def _typed_page(text: str, width: float = 0) -> FPDF:
    """An A4 page made by a program, the text typed from 25 mm left and 40 mm down, `width` mm wide (0: to the right
    margin)."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("DejaVu", fname=DEJAVU)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    pdf.set_xy(25, 40)
    pdf.multi_cell(width, 5, text)
    return pdf


def _read(path: Path) -> Page:
    """The one page of the file, as the pipeline reads it."""
    (page,) = load_dossier(path, CheckOptions({}, jobs=1)).pages
    return page


def _page(path: Path, mark: str) -> Path:
    pdf = _typed_page(
        "Datum: 2 november 2026\nNaam van de arts: dr. An Verhoeven\n\nHandtekening en stempel van de arts:"
    )
    top = pdf.get_y() + 2
    pdf.set_line_width(0.5)
    if mark == "line":
        pdf.line(25, top + 12, 95, top + 12)
    elif mark == "box":
        pdf.rect(25, top, 70, 25)
    elif mark == "stamp":
        pdf.rect(25, top + 2, 75, 11)
        pdf.set_xy(28, top + 5)
        pdf.set_font("DejaVu", size=10)
        pdf.cell(70, 5, "Dr. A. VERHOEVEN - RIZIV 1-23456-78-901")
    elif mark == "signature":
        pdf.polyline([(25 + 4 * i + (i % 2), top + (11 if i % 2 else 1)) for i in range(12)])
    elif mark.startswith("framed-stamp"):
        # A stamp whose heavy frame stands well above its print, scanned a little askew: no hand.
        pdf.set_line_width(1.6)
        pdf.polygon([(40, top + 6), (85, top + 4.5), (85.5, top + 34), (40.5, top + 35.5)])
        pdf.set_xy(42, top + 20)
        pdf.multi_cell(41, 5, "Dr. A. VERHOEVEN\nnefroloog\n1-23456-78-901", align="C")
        if mark == "framed-stamp-initialled":
            # A hand inside the frame, over its print and above it, touching neither side.
            pdf.set_line_width(0.5)
            pdf.polyline([(50 + 3 * i, top + (12 if i % 2 else 24)) for i in range(8)])
    pdf.output(str(path / f"{mark}.pdf"))
    return path / f"{mark}.pdf"


@pytest.mark.parametrize(
    "mark, signed",
    [
        ("none", False),
        ("line", False),
        ("box", False),
        ("stamp", False),
        ("signature", True),
        ("framed-stamp", False),
    ],
)
def test_only_pen_strokes_sign_a_page(tmp_path: Path, mark: str, signed: bool) -> None:
    page = _read(_page(tmp_path, mark))
    assert (signature_box(page, phrases("signature")) is not None) is signed


@pytest.mark.parametrize(
    "mark, verdict",
    [
        ("none", "unsigned"),
        ("line", "unsigned"),
        ("box", "unsigned"),
        ("stamp", "unknown"),
        ("signature", "signed"),
        ("framed-stamp", "unsigned"),
        ("framed-stamp-initialled", "unknown"),
    ],
)
def test_only_an_empty_signature_area_is_evidence_of_no_signature(
    tmp_path: Path, mark: str, verdict: str
) -> None:
    """A stamp whose print fills its frame may hide a hand written across it: a person must look, it proves no
    defect. A frame round its print and nothing else is a stamp with no hand (thirtieth be9ter-medcert-doctor-1,
    read after its blind run)."""
    page = _read(_page(tmp_path, mark))
    assert search(page, phrases("signature")).verdict == verdict


def _letter(path: Path, closing: str, signed: bool, above_label: bool = False, left: float = 120) -> Path:
    pdf = _typed_page("Geachte heer, mevrouw,\n\nHierbij dien ik de aanvraag in.\n\n" + closing)
    top = pdf.get_y() + 4
    pdf.set_line_width(0.5)
    if signed:
        # A signature above the label that names it, or under the closing words of a letter without one.
        y = top - 22 if above_label else top
        pdf.polyline([(left + 4 * i + (i % 2), y + (11 if i % 2 else 1)) for i in range(12)])
    pdf.output(str(path))
    return path


# A closing line that ends mid-page, signed under its start (eighteenth's firm letters, read).
LONG_CLOSING = "Wij danken u en verblijven met de meeste hoogachting,"


@pytest.mark.parametrize(
    "closing, signed, above, verdict, left",
    [
        ("Met vriendelijke groet,", True, False, "signed", 120),
        ("Met vriendelijke groet,", False, False, "unsigned", 120),
        ("\n\n\n\n\n(handtekening)", True, True, "signed", 120),
        ("Mr. J. Peeters", False, False, "unknown", 120),
        (LONG_CLOSING, True, False, "signed", 25),
        (LONG_CLOSING, False, False, "unsigned", 25),
        # A form signed for agreement, the label its only one (eighteenth be9ter-signed-1, read).
        ("Voor akkoord, de aanvrager", True, False, "signed", 25),
        ("Voor akkoord, de aanvrager", False, False, "unsigned", 25),
        # The hand set on the right, far from closing words at the left margin (thirty-fourth's lawyers' letters,
        # read after its blind run: "unsigned", a false deficiency).
        ("Hoogachtend,", True, False, "signed", 150),
        ("Hoogachtend,", False, False, "unsigned", 150),
    ],
)
def test_signature_beside_closing_words_or_above_its_label(
    tmp_path: Path, closing: str, signed: bool, above: bool, verdict: str, left: float
) -> None:
    letter = _letter(tmp_path / "brief.pdf", closing, signed, above, left)
    page = _read(letter)
    assert search(page, phrases("signature"), phrases("letter_closing")).verdict == verdict


def _at_letter_end(page: Page) -> Search:
    """The search at a letter's end, its closing words and a line saying whom the lawyer signs for anchors too."""
    return search(
        page,
        phrases("signature"),
        phrases("letter_closing"),
        letter_end=True,
        signing_for=phrases("signing_for"),
    )


def _closing_page(
    path: Path, signed: bool, signing_for: str = "Pour le requérant,", over_name: bool = False
) -> Path:
    """The last page of a lawyer's request holding only its closing block at the top, as the twentieth part's
    requests end (read after its blind run): "Bruxelles, 29 novembre 2026", "Pour le requérant,", the hand (or
    none), the lawyer's name, "son conseil"; the page number at the foot."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.add_font("DejaVu", fname=DEJAVU)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    pdf.set_xy(110, 20)
    pdf.multi_cell(0, 5, f"Bruxelles, 29 novembre 2026\n{signing_for}")
    if signed:
        pdf.set_line_width(0.5)
        pdf.polyline([(112 + 4 * i + (i % 2), 34 + (9 if i % 2 else 1)) for i in range(12)])
    pdf.set_xy(110, 48)
    pdf.multi_cell(0, 5, "Marie VANDERLINDEN\nson conseil")
    pdf.set_xy(100, 285)
    pdf.cell(10, 5, "- 2 -")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("signed, verdict", [(True, "signed"), (False, "unknown")])
def test_a_letter_ending_high_on_its_last_page_is_signed_there(
    tmp_path: Path, signed: bool, verdict: str
) -> None:
    page = _read(_closing_page(tmp_path / "requete.pdf", signed))
    found = search(page, phrases("signature"), phrases("letter_closing"), letter_end=True)
    assert found.verdict == verdict


@pytest.mark.parametrize("signed, verdict", [(True, "signed"), (False, "unsigned")])
@pytest.mark.parametrize(
    "signing_for",
    # thirty-first be9ter-clean-15, -22, -26 (read): the applicant called "aanvrager", "demandeur".
    ["Pour le requérant,", "Pour le demandeur, son conseil,", "Voor de aanvrager, de raadsman,"],
)
def test_a_line_saying_whom_the_lawyer_signs_for_is_where_the_letter_is_signed(
    tmp_path: Path, signed: bool, verdict: str, signing_for: str
) -> None:
    # "Pour le requérant," on a line of its own closes the letter: nothing under it, above the lawyer's name, is
    # evidence the letter is unsigned (twentieth be9ter-signed-2, read).
    page = _read(_closing_page(tmp_path / "requete.pdf", signed, signing_for))
    found = _at_letter_end(page)
    assert found.verdict == verdict


def _only_print_inked(page: Page) -> None:
    """The page as it would be unsigned: its ink map holding its words' print only."""
    rows, cols = len(page.ink_map), len(page.ink_map[0])
    printed = {cell for w in page.words for cell in cells(w.box, cols, rows)}
    page.ink_map = [
        "".join(ch if (r, c) in printed else "0" for c, ch in enumerate(row))
        for r, row in enumerate(page.ink_map)
    ]
    page.unruled_map = None


@pytest.mark.parametrize("signed, verdict", [(True, "signed"), (False, "unsigned")])
def test_a_hand_over_the_typed_name_of_a_born_digital_letter_signs_it(signed: bool, verdict: str) -> None:
    # thirty-third be9ter-clean-11 (read; tests/fixtures/README.md): the signature pasted onto the letter's PDF runs
    # over the lawyer's typed name under "Pour le requérant,". The print inside the hand's box is the text layer's,
    # no stamp's words: "check by hand" on a signed letter. Unsigned: the same page with only its print inked.
    page = read_page("signed_over_name")
    assert page.text_source == "text-layer"
    if not signed:
        _only_print_inked(page)
    found = _at_letter_end(page)
    assert found.verdict == verdict


def test_a_date_written_in_its_comb_under_the_signature_heading_is_no_signature() -> None:
    # thirty-fourth be9ter-signed-1 (read after its blind run; tests/fixtures/README.md): a social service's form, "7
    # Handtekening" over "Datum" and its comb of boxes filled in by hand, the line to sign on the right left empty.
    # The date's hand was taken for the signature: an unsigned application passed.
    page = read_page("date_comb_under_signature_heading")
    assert page.combs
    assert search(page, phrases("signature"), phrases("letter_closing")).verdict == "unsigned"


@pytest.mark.parametrize(
    "key, verdict",
    [
        ("date_beside_empty_box_to_sign_in", "unsigned"),
        ("date_beside_signed_box_to_sign_in", "signed"),
        # twenty-eighth be9ter-registered-mail-3 (read): "Datum:" and its hand over the box to sign in, signed: the
        # date's label bounds no search above the label, as another field's does.
        ("date_line_over_signed_box", "signed"),
    ],
)
def test_the_date_written_after_its_label_beside_the_box_to_sign_in_is_no_signature(
    key: str, verdict: str
) -> None:
    # thirty-fifth be9ter-signed-1 (read after its blind run; tests/fixtures/README.md): an OCMW form's box to sign in
    # over "Handtekening aanvrager", empty; beside it "Datum" and the hand's "29/11/26", read "ZIS" at 20, taken for
    # the signature: an unsigned application passed. The same form signed in its box (be9ter-clean-12) is signed.
    assert search(read_page(key), phrases("signature"), phrases("letter_closing")).verdict == verdict


def test_whom_the_lawyer_acts_for_said_in_a_sentence_closes_nothing(tmp_path: Path) -> None:
    pdf = _typed_page("Je vous écris pour le requérant, qui est malade.\n\nMarie VANDERLINDEN")
    pdf.output(str(tmp_path / "lettre.pdf"))
    page = _read(tmp_path / "lettre.pdf")
    found = _at_letter_end(page)
    assert found.verdict == "unknown"


def test_a_line_saying_whom_the_lawyer_signs_for_closes_a_letter_scanned_sideways(tmp_path: Path) -> None:
    import pypdfium2 as pdfium

    pdf = _closing_page(tmp_path / "requete.pdf", signed=False)
    scan = (
        pdfium.PdfDocument(str(pdf))[0].render(scale=200 / 72).to_pil().convert("L").rotate(90, expand=True)
    )
    folder = tmp_path / "scan"
    folder.mkdir()
    scan.save(folder / "requete.png", dpi=(200, 200))
    page = _read(folder)
    found = _at_letter_end(page)
    assert found.verdict == "unsigned"


@pytest.mark.parametrize("signed, verdict", [(True, "signed"), (False, "unsigned")])
def test_a_letter_scanned_upside_down_is_looked_at_under_its_closing_as_it_reads(
    tmp_path: Path, signed: bool, verdict: str
) -> None:
    # twentysecond be9ter-signed false findings (blind run): letters scanned head down, read turned, their hand looked
    # for under the closing words on the page as scanned, which is above them as the letter reads.
    import pypdfium2 as pdfium

    pdf = _closing_page(tmp_path / "requete.pdf", signed=signed)
    scan = pdfium.PdfDocument(str(pdf))[0].render(scale=200 / 72).to_pil().convert("L").rotate(180)
    folder = tmp_path / "scan"
    folder.mkdir()
    scan.save(folder / "requete.png", dpi=(200, 200))
    page = _read(folder)
    found = _at_letter_end(page)
    assert found.verdict == verdict


def _form_end(path: Path, signed: bool) -> Path:
    """The end of a social service's 9ter form filled in by hand (twenty-fifth be9ter-signed-1, read): "Plaats en
    datum" answered by a hand on its line, "Handtekening van de aanvrager" under it left empty or signed, and in the
    next column "Ingevuld met hulp van" over the service's stamp, a frame round its name."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("DejaVu", fname=DEJAVU)
    pdf.add_page()
    pdf.set_font("DejaVu", size=10)
    pdf.set_xy(20, 60)
    pdf.cell(
        0,
        5,
        "Ik vraag een machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december 1980.",
    )
    pdf.set_xy(20, 72)
    pdf.cell(40, 5, "Plaats en datum")
    pdf.set_line_width(0.4)
    # The place and date written by hand after the label: strokes on its line, no signature.
    pdf.polyline([(62 + 2.5 * i, 71 + (4 if i % 2 else 0.5)) for i in range(18)])
    pdf.set_xy(20, 84)
    pdf.cell(60, 5, "Handtekening van de aanvrager")
    pdf.set_xy(130, 84)
    pdf.set_font("DejaVu", size=8)
    pdf.cell(50, 4, "Ingevuld met hulp van")
    pdf.set_line_width(0.6)
    pdf.rect(128, 91, 50, 15)
    pdf.set_font("DejaVu", size=10)
    pdf.set_xy(130, 94)
    pdf.cell(46, 5, "Sociaal-juridische dienst", align="C")
    pdf.set_xy(130, 99)
    pdf.cell(46, 5, "BORGERHOUT", align="C")
    if signed:
        pdf.set_line_width(0.5)
        pdf.polyline([(25 + 4 * i + (i % 2), 95 + (11 if i % 2 else 1)) for i in range(12)])
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("signed, verdict", [(False, "unsigned"), (True, "signed")])
def test_a_hand_on_the_line_above_and_a_stamp_in_the_next_column_sign_nothing(
    tmp_path: Path, signed: bool, verdict: str
) -> None:
    page = _read(_form_end(tmp_path / "aanvraag.pdf", signed))
    found = search(page, phrases("signature"), phrases("letter_closing"), letter_end=True, first=page)
    assert found.verdict == verdict


def _certificate_foot(path: Path, signed: bool) -> Path:
    """The foot of a 2024 certificate laid out as one table (twenty-seventh, read): rows of cells with their labels
    at the top inside them, the last row "Datum" and "Handtekening en stempel van de arts", in which the doctor's
    hand runs over the cell's foot, so that the table's rules join it to the frame of the whole form."""
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("DejaVu", fname=DEJAVU)
    pdf.add_page()
    pdf.set_line_width(0.4)
    rows = [
        ("Naam / Nom", "MUKENDI Jean"),
        ("Geboortedatum / Date de naissance", "14.07.1982"),
        ("Naam van de arts / Nom du médecin", "dr. An Verhoeven"),
        ("RIZIV-nummer / Numéro INAMI", "1-23456-78-901"),
        ("Diagnose / Diagnostic", "Diabetes mellitus type 1"),
        ("Graad van ernst / Degré de gravité", "Ernstig"),
        ("Medicatie / Médicaments", "Insuline 3 x per dag"),
        ("Geschatte duur / Durée prévue", "Levenslang"),
    ]
    top = 40.0
    for label, answer in rows:
        pdf.rect(20, top, 170, 16)
        pdf.set_font("DejaVu", size=7)
        pdf.set_xy(22, top + 1)
        pdf.cell(0, 4, label)
        pdf.set_font("DejaVu", size=10)
        pdf.set_xy(22, top + 8)
        pdf.cell(0, 5, answer)
        top += 16
    pdf.rect(20, top, 60, 30)
    pdf.rect(80, top, 110, 30)
    pdf.set_font("DejaVu", size=7)
    pdf.set_xy(22, top + 1)
    pdf.cell(0, 4, "Datum / Date")
    pdf.set_xy(82, top + 1)
    pdf.cell(0, 4, "Handtekening en stempel van de arts / Signature et cachet du médecin")
    pdf.set_font("DejaVu", size=10)
    pdf.set_xy(22, top + 22)
    pdf.cell(0, 5, "12-11-2026")
    if signed:
        pdf.set_line_width(0.5)
        pdf.polyline([(110 + 4 * i + (i % 2), top + (34 if i % 2 else 22)) for i in range(12)])
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("signed, verdict", [(False, "unsigned"), (True, "signed")])
def test_a_hand_run_over_its_cells_foot_is_no_slice_of_the_forms_frame(
    tmp_path: Path, signed: bool, verdict: str
) -> None:
    page = _read(_certificate_foot(tmp_path / "getuigschrift.pdf", signed))
    assert search(page, phrases("signature")).verdict == verdict


@pytest.mark.parametrize(
    "foot, verdicts",
    [
        ("stamped", ("signed", "unknown")),
        ("empty", ("unsigned",)),
        ("beside_stamp", ("signed", "unknown")),
        ("boxed_empty", ("unsigned",)),
        ("boxed_signed", ("signed",)),
        ("beside_date_empty", ("unsigned",)),
        ("beside_date_signed", ("signed",)),
        ("beside_date_turned", ("signed",)),
        ("corner_label_empty", ("unsigned",)),
        ("corner_label_faint_hand", ("signed",)),
        ("hand_touching_stamp_above_label", ("signed", "unknown")),
    ],
)
def test_a_hand_over_a_stamp_run_over_the_tables_rule_is_no_evidence_of_no_signature(
    foot: str, verdicts: tuple[str, ...]
) -> None:
    # Two hospital certificates of twenty-seventh, as the pipeline read them (tests/fixtures/README.md): a hand over a
    # red stamp run over the table's last rule (be9ter-clean-24, "unsigned", inadmissible, a false verdict), and the
    # cell to sign in left empty on a page scanned a degree askew (be9ter-medcert-doctor-1, unsigned indeed). And a
    # certificate of twenty-ninth signed beside the doctor's stamp, the hand touching its frame (be9ter-clean-16,
    # "unsigned", inadmissible, a false verdict). And a form of twenty-ninth whose label is printed inside the box to
    # sign in, under the place and date written by hand: left empty (be9ter-signed-1, taken for signed by the hand's
    # date) and signed (be9ter-clean-19). And a web form of twenty-seventh whose box to sign in stands beside the box
    # for the place and date, their sides one line two cells wide at the ink map's scale: left empty (be9ter-signed-1,
    # that line taken for ink inside, "signed") and signed (be9ter-clean-03; be9ter-family-2, scanned upside down,
    # its zigzag hand two cells tall, which no line two cells wide may be taken for). And a social service's form of
    # fortysecond, "handtekening aanvrager" in the corner of a thin grey box, the date in the box beside it: left
    # empty (be9ter-signed-1) and signed in a faint green hand touching the box's side (be9ter-clean-22, read after
    # its blind run: "unsigned", a false deficiency). And a hospital's 2024 certificate of fortythird signed above its
    # label "Signature", the hand's end touching the doctor's rectangular stamp (be9ter-clean-03, read after its blind
    # run: the label under the hand taken for the stamp's print, "unsigned", a false inadmissible).
    scan = read_page(foot)
    assert search(scan, phrases("signature")).verdict in verdicts


@pytest.mark.parametrize("foot, verdict", [("letter_unsigned", "unsigned"), ("letter_signed", "signed")])
def test_the_table_of_enclosures_under_a_letters_close_is_no_hand(foot: str, verdict: str) -> None:
    # Two lawyers' letters of twenty-ninth as the pipeline read them (tests/fixtures/README.md): the corner of the
    # table under "INVENTAIRE", in the region below the closing words, was taken for a hand (be9ter-signed-2).
    scan = read_page(foot)
    assert search(scan, phrases("signature"), phrases("letter_closing"), letter_end=True).verdict == verdict


def _letter_signed_electronically(path: Path, statement: str) -> Path:
    """A lawyer's letter printed from a PDF signed electronically (twenty-seventh, read): its closing words, the
    signer's name, and beside it the signature's block as a PDF reader prints it; no ink."""
    pdf = _typed_page(
        "Ik verzoek u dan ook namens mijn cliënt een machtiging tot verblijf van meer dan drie maanden toe te "
        "kennen op grond van artikel 9ter van de wet van 15 december 1980.\n\nMet beleefde groeten,",
        width=160,
    )
    pdf.set_font("DejaVu", size=14)
    pdf.set_xy(25, 62)
    pdf.multi_cell(40, 6, "Koen De\nSmet")
    if statement:
        pdf.set_font("DejaVu", size=8)
        pdf.set_xy(62, 62)
        pdf.multi_cell(60, 4, f"{statement}\nKoen De Smet\nDatum: 2026.11.25\n10:14:02 +01'00'")
    pdf.set_font("DejaVu", size=10)
    pdf.set_xy(25, 80)
    pdf.cell(0, 5, "advocaat")
    pdf.output(str(path))
    return path


@pytest.mark.parametrize(
    "statement, verdict",
    [
        ("", "unsigned"),
        ("Digitaal ondertekend door", "unknown"),
        ("Signé électroniquement par", "unknown"),
        ("Digitally signed by", "unknown"),
    ],
)
def test_a_letter_signed_electronically_is_for_a_person_to_judge(
    tmp_path: Path, statement: str, verdict: str
) -> None:
    """No ink, but no evidence of a letter left unsigned either: whether DVZ takes a printed electronic signature
    is for a person to see."""
    page = _read(_letter_signed_electronically(tmp_path / "aanvraag.pdf", statement))
    found = search(
        page,
        phrases("signature"),
        phrases("letter_closing"),
        letter_end=True,
        first=page,
        electronic=phrases("signed_electronically"),
    )
    assert found.verdict == verdict


def test_a_hand_across_a_stamp_in_a_tables_cell_is_no_empty_cell() -> None:
    # Thirty-first be9ter-signed-2 (read after its blind run; tests/fixtures/README.md): a 2024 certificate set as a
    # table, scanned on its side, the doctor's hand across the stamp in the cell "Handtekening en stempel van de
    # arts". The table's rules join hand and stamp into a run wider than a stamp; without the rules, what is left was
    # still wider than a stamp, and no ink the rules left was looked at: a false "unsigned" (rules.md
    # BE9TER-MEDCERT-DOCTOR).
    assert search(read_page("sideways_across_stamp"), phrases("signature")).verdict != "unsigned"


def test_the_foot_of_the_answers_box_above_the_label_is_no_hand() -> None:
    # Thirty-second be9ter-medcert-doctor-1 (read after its blind run; tests/fixtures/README.md): the 2024 model's
    # last page, "Handtekening en stempel van de arts" under the box of the typed answer to "Kan de patiënt reizen?",
    # a doctor's oval stamp and no hand. The region looked at above the label cut off the box's foot, which was taken
    # for the signature: an unsigned certificate "signed", no finding (rules.md BE9TER-MEDCERT-DOCTOR). Its stamp's
    # words OCR read unsure, so whether a hand is in it is for a person to see.
    assert search(read_page("foot_of_answer_box"), phrases("signature")).verdict != "signed"


def test_the_date_and_place_asked_date_first_are_no_signature() -> None:
    # Thirty-second be9ter-signed-1 (read after its blind run): "Datum en plaats: 25/11/2026, Brussel" written by
    # hand over an empty "Handtekening: ____"; only "Plaats en datum" closed the region above the label, so the
    # hand's date was the signature (rules.md BE9TER-SIGNED).
    assert search(read_page("date_place_over_empty_label"), phrases("signature")).verdict == "unsigned"


def test_a_round_stamp_alone_under_the_closing_words_is_no_signature() -> None:
    # Thirty-second be9ter-signed-2 (read after its blind run): a lawyer's letter, its closing words, the firm's round
    # stamp (its words set round its rim, which OCR does not read) and no hand: "signed" (rules.md BE9TER-SIGNED).
    # Whether a hand is in the stamp is for a person to see.
    scan = read_page("round_stamp_alone")
    found = search(scan, phrases("signature"), phrases("letter_closing"), letter_end=True)
    assert found.verdict == "unknown"
    # The same firm's letter signed across its stamp (be9ter-id-mrz-2): the hand darkens the stamp's cells.
    signed = read_page("round_stamp_signed")
    assert (
        search(signed, phrases("signature"), phrases("letter_closing"), letter_end=True).verdict == "signed"
    )


def test_a_rectangular_stamp_whose_words_were_not_read_is_no_signature() -> None:
    # thirty-sixth be9ter-medcert-doctor-1 (read after its blind run): an unsigned certificate, its doctor's stamp set
    # askew in blue ink under "Signature et cachet du médecin :", its words unread: "signed", a false all-clear
    # (rules.md BE9TER-MEDCERT-DOCTOR). Whether a hand is in it is for a person to see. The same form signed beside the
    # stamp (be9ter-clean-22) is signed.
    assert search(read_page("square_stamp_alone"), phrases("signature")).verdict == "unknown"
    assert search(read_page("square_stamp_signed"), phrases("signature")).verdict == "signed"


def test_a_hand_across_a_stamps_foot_at_the_regions_top_is_no_field_above() -> None:
    # thirty-eighth be9ter-registered-mail-3 (read after its blind run): the doctor's stamp set high over "Signature et
    # cachet du médecin", its top above the region searched, signed across its foot. Its foot in the region was taken
    # for the foot of a field above: "unsigned", a false inadmissible (rules.md BE9TER-MEDCERT-DOCTOR). The pen's
    # cells are two levels darker than most of the stamp's.
    assert search(read_page("stamp_signed_across_region_top"), phrases("signature")).verdict == "signed"


def test_a_hand_level_with_the_label_across_the_page_is_no_evidence_of_no_signature() -> None:
    # thirty-seventh's certificates (read after its blind run): the doctor stamped and signed in the left-hand column,
    # "Signature et cachet du médecin" printed under the date in the right-hand one, beyond the reach of the label's
    # region: eleven signed certificates "unsigned" (rules.md BE9TER-MEDCERT-DOCTOR: inadmissible). Which ink is the
    # signature is for a person to see.
    signed = read_page("stamp_left_signed")
    assert search(signed, phrases("signature")).verdict == "unknown"
    # be9ter-clean-20: the pen crosses the stamp's foot hardly darker than the stamp's words, still darker than most of
    # the stamp's ink by two levels.
    assert search(read_page("stamp_left_light_pen"), phrases("signature")).verdict == "unknown"
    # The same page with the pen's strokes taken out (its cells no darker than the stamp's ink): a stamp alone there,
    # and nothing in the label's region, is no hand.
    stamp_only = read_page("stamp_left_signed")
    stamp_only.ink_map = ["".join(min(ch, "2") for ch in row) for row in signed.ink_map]
    stamp_only.unruled_map = ["".join(min(ch, "2") for ch in row) for row in signed.unruled_map]
    assert search(stamp_only, phrases("signature")).verdict == "unsigned"
    # thirtieth be9ter-signed-1 (measured after this look was added): a form's dark section square in the margin,
    # level with the label, is no hand's size; the application is unsigned.
    assert (
        search(read_page("section_mark_level_with_label_unsigned"), phrases("signature")).verdict
        == "unsigned"
    )
    # thirty-fifth be9ter-medcert-doctor-1 (read): the date written by hand after "Date:" on the left is the date, no
    # hand that may have signed: the certificate is unsigned.
    assert search(read_page("date_left_unsigned"), phrases("signature")).verdict == "unsigned"


def _letter_with_picture(path: Path, picture: Path) -> Path:
    """A letter made by a program, a picture pasted under its closing words, mid-page."""
    pdf = _typed_page("Madame, Monsieur,\n\nJe vous prie d'agréer la présente demande.\n\nVeuillez agréer,")
    pdf.image(str(picture), x=30, y=pdf.get_y() + 3, w=60)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("stamped, verdict", [(True, "unknown"), (False, "signed")])
def test_a_stamp_pasted_as_a_picture_under_the_closing_words_is_no_signature(
    tmp_path: Path, stamped: bool, verdict: str
) -> None:
    """A lawyer's oval stamp pasted as a picture where a letter made by a program is signed, its words read on their
    own (thirty-ninth be9ter-signed-2: taken for the signature, a false all-clear); a scanned hand's signature pasted
    there signs it."""
    from PIL import Image, ImageDraw, ImageFont

    picture = Image.new("RGB", (600, 220), "white")
    draw = ImageDraw.Draw(picture)
    ink = (60, 70, 170)
    if stamped:
        draw.ellipse((6, 6, 594, 214), outline=ink, width=5)
        font = ImageFont.truetype(DEJAVU, 46)
        draw.text((95, 50), "CABINET PEETERS", fill=ink, font=font)
        draw.text((170, 115), "AVOCATS", fill=ink, font=font)
    else:
        draw.line(
            [(40 + 45 * i + (i % 3) * 7, 150 - (70 if i % 2 else 0) + (i % 4) * 9) for i in range(12)], ink, 6
        )
    picture.save(tmp_path / "picture.png")
    page = _read(_letter_with_picture(tmp_path / "lettre.pdf", tmp_path / "picture.png"))
    assert search(page, phrases("signature"), phrases("letter_closing")).verdict == verdict


def test_a_stamp_set_askew_across_the_regions_side_is_no_signature() -> None:
    """fortyfirst be9ter-medcert-doctor-1 (read after its blind run): an unsigned 2024-model certificate, a grey
    rectangular stamp alone under "Handtekening en stempel van de arts", set a little askew (its top side over two rows
    of the ink map), reaching past the side of the region looked at, its words read in part and its bold number darker
    than its frame. Its slice in the region passed for the doctor's hand: a false all-clear (rules.md
    BE9TER-MEDCERT-DOCTOR). Whether a hand is in it is for a person to see."""
    page = read_page("stamp_alone_askew_across_region_side")
    assert search(page, phrases("signature")).verdict == "unknown"
    # A hand signed left of the stamp, under the label, signs it.
    for row in (28, 29, 30):
        page.ink_map[row] = page.ink_map[row][:6] + "4545454" + page.ink_map[row][13:]
    assert search(page, phrases("signature")).verdict == "signed"


def test_a_page_number_under_a_list_of_enclosures_is_no_hand_at_a_letters_end() -> None:
    """fortythird be9ter-signed-2 (read after its blind run), the page as the pipeline read it (tests/fixtures/README.md):
    a lawyer's letter's last page, "INVENTARIS VAN DE STUKKEN" and its table, the page number "- 3 -" in its footer on
    grey paper, unsigned (the part's planted defect). Looked for in the lower part of the letter's last page, the page
    number's speck of ink was taken for the hand: a false all-clear (rules.md BE9TER-SIGNED)."""
    scan = read_page("enclosures_after_letter_page_number")
    found = search(scan, phrases("signature"), phrases("letter_closing"), letter_end=True)
    assert found.verdict != "signed"


@pytest.mark.parametrize("signed, verdict", [(True, "signed"), (False, "unsigned")])
def test_a_hand_over_the_line_saying_whom_the_lawyer_signs_for_signs_the_letter(
    signed: bool, verdict: str
) -> None:
    # rules.md BE9TER-SIGNED. Fortyninth be9ter-clean-13 (read after its blind run; tests/fixtures/README.md): a
    # lawyer's requête, its signature pasted over "Pour la requérante, son conseil," and the typed name under it; the
    # search began at that line, and the letter was "unsigned" (eleven requêtes of one family). Unsigned: the same
    # page with only its print inked.
    page = read_page("signed_over_signing_for")
    if not signed:
        _only_print_inked(page)
        page.images, page.marks = [], []
    assert _at_letter_end(page).verdict == verdict
