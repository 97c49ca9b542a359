"""The copy, input and document rules on dossiers built in memory: no PDF, no OCR, milliseconds each."""

from __future__ import annotations

from tests.memory import dossier, file, keys, page, read_page, run, words
from validator.inkmap import MARGINS, unread_marks
from validator.model import Box, Problem, Word
from validator.rules import SURE_CONF
from validator.rules.copy import _may_hide_number

V = "1234567890"
LETTER = (
    f"V-nummer: {V}\nGeachte heer, mevrouw,\nHierbij stuur ik de gevraagde stukken.\nMet vriendelijke groet"
)


def test_a4_page_is_fine_and_letter_size_is_not() -> None:
    d = dossier({"a.pdf": [LETTER], "b.pdf": [page(LETTER, size_mm=(216, 279))]}, applicant={"v_number": V})
    found = run(d, "IND-COPY-A4")
    assert keys(found) == [("not-a4", "b.pdf", 1)]
    assert found[0].severity == "deficiency"
    assert "Letter" in found[0].evidence["found"]


def test_a4_every_page_wrong_is_one_finding_for_the_file() -> None:
    d = dossier({"a5.pdf": [page(LETTER, size_mm=(148, 210))] * 2})
    assert keys(run(d, "IND-COPY-A4")) == [("not-a4-all", "a5.pdf", None)]


def test_a4_unknown_size_and_implausible_resolution_are_unverified() -> None:
    d = dossier(
        {"x.png": [page(LETTER, size_mm=None), page(LETTER, size_mm=(20, 30), size_source="image-dpi")]}
    )
    found = run(d, "IND-COPY-A4")
    assert keys(found) == [("size-unknown", "x.png", 1), ("implausible-resolution", "x.png", 2)]
    assert all(f.unverified and f.severity == "warning" for f in found)


def test_single_sided_blank_page_and_duplex() -> None:
    d = dossier({"brief.pdf": [LETTER, page(""), LETTER, page("")], "los.pdf": [LETTER, page("")]})
    found = run(d, "IND-COPY-SINGLE-SIDED")
    assert keys(found) == [
        ("duplex", "brief.pdf", None),
        ("blank-page", "brief.pdf", 2),
        ("blank-page", "brief.pdf", 4),
        ("blank-page", "los.pdf", 2),
    ]


def test_single_sided_faint_ink_is_no_blank_page() -> None:
    d = dossier({"brief.pdf": [LETTER, page("", ink=0.001, faint_ink=0.05)]})
    assert run(d, "IND-COPY-SINGLE-SIDED") == []


def test_vnumber_missing_different_and_unclear() -> None:
    d = dossier(
        {
            "a.pdf": [
                LETTER,
                "Zonder nummer, een pagina tekst in een brief.",
                "V-nummer: 9876543210 staat hier",
                "V-nummer: 1234567891 staat hier",
            ]
        },
        applicant={"v_number": V},
    )
    assert keys(run(d, "IND-COPY-VNUMBER")) == [
        ("different", "a.pdf", 3),
        ("unclear", "a.pdf", 4),
        ("missing", "a.pdf", 2),
    ]


def test_vnumber_poorly_read_page_is_unread_not_missing() -> None:
    d = dossier({"scan.png": [page("Een paar woorden", source="ocr", conf=40)]}, applicant={"v_number": V})
    found = run(d, "IND-COPY-VNUMBER")
    assert keys(found) == [("unread", None, None)]
    assert found[0].unverified


def test_vnumber_read_unsure_as_a_garbled_number_in_the_margin_is_unread_not_missing() -> None:
    # The fresh blind part's ind-hnt-clean-09: a passport copied sideways, read turned, its page's
    # "V-nr. 9440615969" at the foot read as "696GT90ÿÿ6" at 55.
    body = "TÜRKIYE CUMHURIYETI\nPASAPORT / PASSPORT\nSoyadi / Surname SAHIN\nAdi / Given names GULSUM"

    def found(conf: float) -> list[tuple[str, str | None, int | None]]:
        foot = words("696GT90ÿÿ6", conf, top=0.94, left=0.45)
        scan = page(body + "\n696GT90ÿÿ6", source="ocr", word_list=words(body, 95, top=0.3) + foot, marks=[])
        return keys(run(dossier({"pas.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))

    assert found(55) == [("unread", None, None)]
    # Read surely (85 or more), it is another text than the number: the number is not on the page.
    assert found(95) == found(85) == [("missing", "pas.pdf", 1)]


def test_vnumber_typed_upside_down_and_read_as_nothing_is_unread_not_missing() -> None:
    # twentysecond ind-med-media-03: an insurer's certificate scanned sideways, its typed "V-nummer 2745241155" on
    # the frame's edge upside down, read "SSTIÿZSÿZC lewwnu. FA" at 0, 39 and 85: a line of print OCR could not read.
    body = "Expatzorg Nederland B.V.\nVERZEKERINGSCERTIFICAAT\nVerzekerde Chimène Agossou\n" * 2

    def found(word: str, conf: float) -> list[tuple[str, str | None, int | None]]:
        head = words(word, conf, top=0.05, left=0.44) + words("FA", 85, top=0.05, left=0.55)
        scan = page(body + f"\n{word} FA", source="ocr", word_list=words(body, 95, top=0.3) + head, marks=[])
        return keys(run(dossier({"polis.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))

    assert found("SSTIÿZSÿZC", 0) == [("unread", None, None)]
    # A short word, or one read with some confidence, is print read poorly: the number is not on the page.
    assert found("SSTIÿ", 0) == found("SSTIÿZSÿZC", 39) == [("missing", "polis.pdf", 1)]


def test_what_is_no_misread_number_in_a_margin() -> None:
    # A machine-readable zone's line (its "<" fillers), and a word of fewer than four digits, read unsure.
    def found(word: str) -> list[tuple[str, str | None, int | None]]:
        body = "TÜRKIYE CUMHURIYETI PASAPORT PASSPORT\nSoyadi Surname SAHIN Adi Given names GULSUM\n" * 2
        foot = words(word, 55, top=0.94, left=0.2)
        scan = page(body + "\n" + word, source="ocr", word_list=words(body, 95, top=0.3) + foot, marks=[])
        return keys(run(dossier({"pas.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))

    assert found("U447846717TUR8208123F<<<98") == [("missing", "pas.pdf", 1)]
    assert found("4O6T9") == [("missing", "pas.pdf", 1)]
    assert found("4O61S9") == [("unread", None, None)]


def test_vnumber_label_written_by_hand_in_a_margin_is_unread_not_missing() -> None:
    # twentysecond ind-hnt-clean-05 (blind run): "V-nummer 5228114439" written over an employer's letterhead, read
    # "V-numme- ST 4 439" unsure: the number is there, misread. Printed and read surely, a label says nothing of it.
    def found(conf: float) -> list[tuple[str, str | None, int | None]]:
        body = (
            "Bakkerij Öztürk V.O.F.\nJavastraat 140, 1094 HN Amsterdam\nBetreft: werkgeversverklaring\n" * 2
        )
        head = words("V-numme- ST 4 439", conf, top=0.03, left=0.6)
        scan = page(
            body + "\nV-numme- ST 4 439", source="ocr", word_list=words(body, 95, top=0.3) + head, marks=[]
        )
        return keys(run(dossier({"brief.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))

    assert found(45) == [("unread", None, None)]
    assert found(95) == [("missing", "brief.pdf", 1)]


def test_vnumber_labelled_a_digit_short_and_far_from_the_applicants_is_anothers() -> None:
    # twentysecond ind-gen-vnum-02 (read): another's number written by hand, read "V-nummer 419 39 55 54", a digit
    # dropped. Within a few edits of the applicant's it would be hers misread.
    def found(read: str) -> list[tuple[str, str | None, int | None]]:
        return keys(
            run(
                dossier(
                    {"loon.pdf": [f"V-nummer {read}\nLoonstrook november 2026"]}, applicant={"v_number": V}
                ),
                "IND-COPY-VNUMBER",
            )
        )

    assert found("419 39 55 54") == [("different", "loon.pdf", 1)]
    assert found("123 45 67 90") == [("unclear", "loon.pdf", 1)]


def test_vnumber_inferred_and_no_identifier() -> None:
    inferred = dossier({"a.pdf": [LETTER, LETTER]})
    assert [f.key for f in run(inferred, "IND-COPY-VNUMBER")] == ["inferred"]
    none = dossier({"a.pdf": ["Geen nummer op deze pagina, alleen tekst."]})
    assert keys(run(none, "IND-COPY-VNUMBER")) == [("no-identifier", None, None), ("missing-any", "a.pdf", 1)]


def test_vnumber_name_and_birth_date_instead() -> None:
    d = dossier(
        {"a.pdf": ["Amina Benali, geboren 12-04-1985", "Alleen tekst zonder naam."]},
        applicant={"name": "Amina Benali", "birth_date": "1985-04-12"},
    )
    found = run(d, "IND-COPY-VNUMBER")
    assert keys(found) == [("missing-name", "a.pdf", 2)]
    assert found[0].evidence["lacking"] == ["name", "birth_date"]


def test_no_media_and_active_content() -> None:
    d = dossier(
        {
            "film.mp4": file("film.mp4", "media", media_type="video/mp4"),
            "a.pdf": file("a.pdf", pages=[LETTER], problems=[Problem("javascript", "OpenAction", 1)]),
        }
    )
    assert keys(run(d, "IND-COPY-NO-MEDIA")) == [("media", "film.mp4", None), ("javascript", "a.pdf", 1)]


def test_legible_low_resolution_contrast_confidence_and_cut_off() -> None:
    text = "\n".join(["woord " * 8] * 3)
    edge = words("Rand\ntekst\nhier", conf=90, top=0.5, left=0.0)
    d = dossier(
        {
            "lowres.png": [page(text, source="ocr", dpi=100)],
            "grey.png": [page(text, source="ocr", contrast=30, ink=0.0)],
            "poor.png": [page(text, source="ocr", conf=30)],
            "cut.png": [page(text, source="ocr", word_list=words(text, 90, left=0.2) + edge)],
        }
    )
    assert keys(run(d, "IND-COPY-LEGIBLE")) == [
        ("low-resolution", "lowres.png", 1),
        ("low-contrast", "grey.png", 1),
        ("low-confidence", "poor.png", 1),
        ("cut-off", "cut.png", 1),
    ]


def test_a_faint_card_whose_zone_reads_with_its_check_digits_is_for_a_person_to_judge() -> None:
    # twentythird ind-hnt-vnum-02 (blind run): a Dutch residence permit copied on yellowed paper, contrast 56, its
    # captions read unsure; its zone read with every check digit holding. Its zone misread, the copy is illegible.
    zone = "IRNLDXC28304828<<<<<<<<<<<<<<<\n6502160F2709271SUR<<<<<<<<<<<2\nSEWDIEN<<PRIYA<SHARMILA<<<<<<<"

    def found(lines: str) -> list[tuple[str, str, bool]]:
        text = "KONINKRUK DER NEDERLANDEN\nVERBLUFSVERGUNNG\n" + lines
        d = dossier({"vvr.png": [page(text, source="ocr", contrast=56, conf=55)]})
        return [(f.key, f.severity, f.unverified) for f in run(d, "IND-COPY-LEGIBLE")]

    assert found(zone) == [("low-contrast", "warning", True)]
    assert found(zone.replace("<<<2", "<<<7")) == [("low-contrast", "deficiency", False)]


def test_legible_text_layer_is_always_legible() -> None:
    d = dossier({"a.pdf": [page(LETTER, dpi=72, contrast=10)]})
    assert run(d, "IND-COPY-LEGIBLE") == []


def test_originals_is_one_info() -> None:
    found = run(dossier({"a.pdf": [LETTER]}), "IND-ORIGINALS")
    assert [(f.key, f.severity) for f in found] == [("keep-originals", "info")]


def test_input_unreadable_problems_by_kind() -> None:
    d = dossier(
        {
            "a.pdf": file("a.pdf", problems=[Problem("encrypted", "password")]),
            "b.pdf": file("b.pdf", pages=[LETTER], problems=[Problem("damaged", "xref")]),
            "c.pdf": file("c.pdf", pages=[LETTER], problems=[Problem("too-many-pages", "", None, 500)]),
            "d.docx": file("d.docx", "other", media_type="application/msword"),
        }
    )
    found = run(d, "INPUT-UNREADABLE")
    # The procedure's severity for what cannot be used; a warning for what was read but may be wrong.
    severity = next(cfg.severity for cfg in d.procedure.rules if cfg.id == "INPUT-UNREADABLE")
    assert [(f.key, f.file, f.severity) for f in found] == [
        ("encrypted", "a.pdf", severity),
        ("damaged", "b.pdf", "warning"),
        ("too-many-pages", "c.pdf", severity),
        ("unsupported", "d.docx", severity),
    ]
    assert found[2].params["option"].startswith("--")


def test_input_unreadable_empty_dossier() -> None:
    assert [f.key for f in run(dossier({}), "INPUT-UNREADABLE")] == ["no-documents"]


def test_input_unsafe_zip_entries() -> None:
    d = dossier(
        {"a.pdf": file("a.pdf", pages=[LETTER], problems=[Problem("unsafe-path", "../../etc/passwd")])}
    )
    assert keys(run(d, "INPUT-UNSAFE")) == [("unsafe-path", "a.pdf", None)]


def test_doc_unclassified_whole_file_and_part() -> None:
    d = dossier({"x.pdf": ["lorem ipsum dolor sit amet " * 10]})
    found = run(d, "DOC-UNCLASSIFIED")
    assert keys(found) == [("unclassified", "x.pdf", None)]
    assert (found[0].severity, found[0].unverified) == ("info", False)
    named = dossier({"x.pdf": ["lorem ipsum dolor sit amet " * 10]}, documents={"x.pdf": "income-proof"})
    assert run(named, "DOC-UNCLASSIFIED") == []


def test_a_labelled_number_misread_to_pieces_is_unread_not_missing() -> None:
    # Twenty-seventh ind-med-exemption-02, read: a form's footer "V-nummer: 99 1941 9544" read surely as
    # "V-nummer: 19 iv) 49 544". Its label and seven digits after it say it is there; a label with nothing after it,
    # or only a date, says it is not.
    body = (
        "Aanvraag verblijfsvergunning medische behandeling\nWelke behandeling: hemodialyse 3x per week\n" * 2
    )

    def found(after: str) -> list[tuple[str, str | None, int | None]]:
        foot = words(f"V-nummer: {after}".strip(), 95, top=0.94, left=0.1)
        scan = page(
            body + f"\nV-nummer: {after}", source="ocr", word_list=words(body, 95, top=0.3) + foot, marks=[]
        )
        return keys(run(dossier({"aanvraag.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))

    assert found("19 iv) 49 544") == [("unread", None, None)]
    # Dotted like a date but none: the number misread with dots in it, still there.
    assert found("99.19.4195") == [("unread", None, None)]
    assert found("") == found("12-11-2026") == [("missing", "aanvraag.pdf", 1)]


def test_a_hands_number_read_as_some_digits_and_unsure_letters_after_its_label_is_unread_not_missing() -> (
    None
):
    # Twenty-ninth ind-med-clean-06, read: a form's running head "V-nummer 4413280835", the number written by hand
    # and read "4 4 | ST ô of 3 5": four digits surely, the rest as letters at 59-80. It was "missing", a false
    # deficiency. Printed words after the label, read surely, are no number.
    body = (
        "Aanvraag verblijfsvergunning medische behandeling\nWelke behandeling: hemodialyse 3x per week\n" * 2
    )

    def found(after: list[tuple[str, float]]) -> list[tuple[str, str | None, int | None]]:
        # On the form's body, away from the margins: what is written there is read as words or not at all.
        head = words("V-nummer", 95, top=0.5, left=0.3)
        x = head[-1].box.x1 + 0.02
        for text, conf in after:
            head.append(Word(text, conf, Box(x, 0.5, x + 0.012 * len(text), 0.52)))
            x += 0.012 * (len(text) + 1)
        line = "V-nummer " + " ".join(text for text, _ in after)
        scan = page(f"{line}\n{body}", source="ocr", word_list=head + words(body, 95, top=0.3), marks=[])
        return keys(run(dossier({"aanvraag.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))

    hand = [("4", 93), ("4", 89), ("|", 80), ("ST", 59), ("ô", 65), ("of", 60), ("3", 91), ("5", 96)]
    assert found(hand) == [("unread", None, None)]
    assert found([("(indien", 95), ("bekend)", 95), ("pagina", 95), ("2", 95)]) == [
        ("missing", "aanvraag.pdf", 1)
    ]


def test_a_hands_number_after_the_labels_second_place_on_the_page_is_unread_not_missing() -> None:
    # The label looked for at its first place only: a form saying "Vermeld uw V-nummer op elke pagina" over its
    # field "V-nummer" whose hand OCR read "4 4 | ST ô of 3 5" (twenty-ninth ind-med-clean-06's) was "missing". The
    # domicile's label had the same defect (twenty-eighth).
    body = "Aanvraag verblijfsvergunning medische behandeling\nWelke behandeling: hemodialyse 3x per week\n"
    told = "Vermeld uw V-nummer op elke pagina"
    field = words(told, 95, top=0.1) + words("V-nummer", 95, top=0.5, left=0.3)
    x = field[-1].box.x1 + 0.02
    hand = [("4", 93), ("4", 89), ("|", 80), ("ST", 59), ("ô", 65), ("of", 60), ("3", 91), ("5", 96)]
    for text, conf in hand:
        field.append(Word(text, conf, Box(x, 0.5, x + 0.012 * len(text), 0.52)))
        x += 0.012 * (len(text) + 1)
    line = "V-nummer " + " ".join(text for text, _ in hand)
    scan = page(f"{told}\n{body}{line}", source="ocr", word_list=field + words(body, 95, top=0.3), marks=[])
    found = keys(run(dossier({"aanvraag.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))
    assert found == [("unread", None, None)]


def test_a_hands_number_in_the_box_under_its_small_label_is_unread_not_missing() -> None:
    # Thirtieth ind-med-blank-02 (read): an IND form's box at the top right, "V-nummer" printed small at its head, the
    # number written in it read "i 5 516 62 gy 2 Ô" on the line under the label: "missing", a false deficiency. Under
    # an empty box's label, the form's next line of print, starting farther right, is no number.
    body = (
        "Aanvraag verblijfsvergunning medische behandeling\nWelke behandeling: hemodialyse 3x per week\n" * 2
    )

    def found(
        under: list[tuple[str, float]], left: float = 0.727, comb: bool = False
    ) -> list[tuple[str, str | None, int | None]]:
        head = words("V-nummer", 91, top=0.037, left=0.714)
        x, y = left, head[0].box.y1 + 0.01
        for text, conf in under:
            head.append(Word(text, conf, Box(x, y, x + 0.008 * len(text), y + 0.013)))
            x += 0.008 * (len(text) + 1)
        line = " ".join(text for text, _ in under)
        scan = page(
            f"V-nummer\n{line}\n{body}", source="ocr", word_list=head + words(body, 95, top=0.3), marks=[]
        )
        if comb:
            # The boxes it was written in: a comb field, read on its own (validator/pages.py), its ink the form's.
            scan.combs = [Box(left, y, x, y + 0.013)]
        return keys(run(dossier({"aanvraag.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))

    hand = [("i", 49), ("5", 95), ("516", 59), ("62", 94), ("gy", 50), ("2", 57), ("Ô", 82)]
    assert found(hand) == [("unread", None, None)]
    assert found([("Postbus", 95), ("17", 95), ("7600", 95), ("AG", 95)], left=0.85) == [
        ("missing", "aanvraag.pdf", 1)
    ]
    # Thirty-fifth ind-gen-clean-02 (read after its blind run): 5287294608 written in the form's comb under the label,
    # read "STETTA4EOE" at 12, its digits mostly as the letters OCR reads for them.
    assert found([("STETTA4EOE", 12)], comb=True) == [("unread", None, None)]
    assert found([("STETTA4EOE", 95)], comb=True) == [("missing", "aanvraag.pdf", 1)]


def test_another_number_read_only_from_a_mark_cut_out_is_unclear_not_anothers() -> None:
    # Twenty-eighth ind-med-meddocs-03, read: a pale stamp "V-NUMMER 2463866238" set askew on an insurer's certificate
    # (a text layer), read where the mark was cut out and read on its own as "V-NUMMER | 9482305225", a number placed
    # among none of the page's words: "a document of someone else", a false deficiency.
    body = "VERZEKERINGSBEWIJS / PROOF OF INSURANCE\nVERZEKERDE / INSURED EMMANUEL NDIKUMANA\n"

    def found(number: str, placed: bool) -> list[tuple[str, str | None, int | None]]:
        text = body + f"V-NUMMER {number}"
        word_list = words(body + (f"V-NUMMER {number}" if placed else ""), 96, top=0.1)
        scan = page(text, source="text-layer+ocr", word_list=word_list, marks=[])
        return keys(run(dossier({"polis.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))

    assert found("| 9482305225", placed=False) == [("unclear", "polis.pdf", 1)]
    assert found("9482305225", placed=True) == [("different", "polis.pdf", 1)]
    # Ten digits read off a mark, far from the applicant's: another's number (twenty-fifth ind-hnt-vnum-04, read).
    assert found("9482305225", placed=False) == [("different", "polis.pdf", 1)]


def test_a_stamps_label_read_only_from_its_mark_says_the_number_is_there_unread() -> None:
    # Twenty-eighth ind-hnt-translation-01, read: a stamp "V-NR." over its number in the top margin, the number half
    # hidden by the copied booklet's dark edge; OCR of the page read neither, the mark read on its own its label
    # only. A label placed among the page's words with nothing after it is an empty field: missing.
    body = "TÜRKIYE CUMHURIYETI - REPUBLIC OF TÜRKIYE\nPASAPORT - PASSPORT\nKAYA GÜLSÜM\n" * 2

    def found(label_placed: bool) -> list[tuple[str, str | None, int | None]]:
        placed = words(body, 95, top=0.3) + (words("V-NR.", 95, top=0.03, left=0.45) if label_placed else [])
        scan = page(body + "\nH V-NR Ee vawed", source="ocr", word_list=placed, marks=[])
        return keys(run(dossier({"pas.pdf": [scan]}, applicant={"v_number": V}), "IND-COPY-VNUMBER"))

    assert found(label_placed=False) == [("unread", None, None)]
    assert found(label_placed=True) == [("missing", "pas.pdf", 1)]


def test_the_edge_of_a_dark_band_around_a_copied_booklet_is_no_writing() -> None:
    # Twenty-third ind-hnt-vnum-04 (read): the black around a passport booklet copied on a dark lid leaves a column of
    # half-inked cells along its edge, in the margin: taken for a number written there, the page without its V-number
    # was "unread", not "missing". A number written in the margin away from the band is still writing.
    assert not _may_hide_number(read_page("booklet_edge"), "v_number")
    written = read_page("booklet_edge")
    for row, strokes in ((len(written.ink_map) - 3, "2302402302"), (len(written.ink_map) - 2, "3420343204")):
        written.ink_map[row] = written.ink_map[row][:20] + strokes + written.ink_map[row][30:]
        written.unruled_map[row] = written.ink_map[row]
    assert _may_hide_number(written, "v_number")


def test_a_number_may_lie_over_the_desk_round_a_photographed_sheet() -> None:
    # thirty-third ind-med-clean-02 (blind run; tests/fixtures/README.md): a specialist's letter photographed on a
    # wooden table, set on an A4 page, "V-nummer 7082706762" typed over the wood at its head. The desk round the sheet
    # is a dark frame round most of the page, no booklet's edge: what lies on it OCR could not read. "V-number
    # missing" was a false deficiency (rules.md IND-COPY-VNUMBER); it is for a person to look at.
    assert _may_hide_number(read_page("desk_photo_number_over_wood"), "v_number")


def test_the_small_captions_of_a_passport_at_the_head_of_the_copy_are_its_print() -> None:
    # thirty-ninth ind-med-vnum-04 (read after its blind run; tests/fixtures/README.md): a passport's face copied at
    # the head of an A4 page, its zone under it, no V-number anywhere. Its small captions ("Pasaport No / Passport
    # No") OCR of the whole page passed over, and its number "U80114462" read at 48, lie in the top margin: taken for
    # a number written on the copy, the page without its V-number was "unread", not "missing" (rules.md
    # IND-COPY-VNUMBER: deficiency). The face stands up from the zone by a document's height (ICAO 9303 part 4: a
    # page 88 mm high over a zone some 114 mm long).
    scan = read_page("passport_at_head_of_copy")
    assert any(w.text == "U80114462" and w.conf < SURE_CONF for w in scan.words)
    assert not _may_hide_number(scan, "v_number")
    # A number written in the top margin beside the face, where the zone does not reach, is still writing.
    written = read_page("passport_at_head_of_copy")
    for row in (4, 5):
        written.ink_map[row] = "0" * 40 + "2302402302"
        written.unruled_map[row] = written.ink_map[row]
    assert _may_hide_number(written, "v_number")


def test_the_head_of_a_passport_copied_askew_is_its_print() -> None:
    # fortyfourth ind-gen-vnum-02 (read; tests/fixtures/README.md): a passport photographed some 3° off level at the
    # head of the page, no V-number anywhere. Its coloured head, higher at one corner than the face reckoned level from
    # its zone, lay in the top margin: taken for a number written there, the page without its V-number was "unread",
    # not "missing" (rules.md IND-COPY-VNUMBER: deficiency). Each line of its zone, read as one word, is as much
    # higher than the lines' pitch as the page is tilted.
    scan = read_page("passport_tilted_on_copy")
    assert not _may_hide_number(scan, "v_number")
    # A number written in the top margin beside the face is still writing.
    for row in (2, 3):
        scan.ink_map[row] = "0" * 40 + "2302402302"
        scan.unruled_map[row] = scan.ink_map[row]
    assert _may_hide_number(scan, "v_number")


def test_the_head_of_a_passport_copied_sideways_is_its_print() -> None:
    # fortyeighth ind-gen-vnum-02 (read; tests/fixtures/README.md): a passport's face copied sideways over the page,
    # its zone down the left margin, its coloured head with the state's emblem, light on dark, down the right one; no
    # V-number anywhere. The emblem was taken for a number written in the margin, and the page without its V-number
    # was "unread", not "missing" (rules.md IND-COPY-VNUMBER: deficiency). The face runs across from its zone, as it
    # stands up from a zone read across the page, by a document's height (ICAO 9303 part 4).
    scan = read_page("passport_sideways_on_copy")
    assert not _may_hide_number(scan, "v_number")
    # A number written down the right margin below the face is still writing.
    for row in range(len(scan.ink_map) - 6, len(scan.ink_map)):
        scan.ink_map[row] = scan.ink_map[row][:47] + "23" + scan.ink_map[row][49:]
        scan.unruled_map[row] = scan.ink_map[row]
    assert _may_hide_number(scan, "v_number")
    # fortyeighth ind-med-vnum-01: the zone's second line read in two words, its document number "E356366" at 69
    # apart from the rest: a piece of the zone's line, no number written on the copy.
    split = read_page("passport_sideways_zone_split")
    assert any(w.text == "E356366" and w.conf < SURE_CONF for w in split.words)
    assert not _may_hide_number(split, "v_number")


def test_a_line_of_thin_writing_under_a_sideways_passport_is_no_rule() -> None:
    # fiftieth ind-med-meddocs-01 (read; tests/fixtures/README.md): the holder's name and "Vnr 5921264016" written
    # thin under a passport copied sideways, which OCR did not read at all. Its letters ink two rows of cells a tenth
    # each over the same stretch, and the page less its rules, pixel by pixel, keeps them: a line of writing, not two
    # rules. Taken for rules, the page was "missing" its V-number, a false deficiency (rules.md IND-COPY-VNUMBER:
    # only on positive evidence); it is for a person to read.
    scan = read_page("passport_thin_hand_number_under")
    assert not any("5921264016" in w.text for w in scan.words)
    # The line of writing lies under the passport, at the left, in the last rows but one of the landscape page.
    written = {(r, c) for r in (len(scan.ink_map) - 3, len(scan.ink_map) - 2) for c in range(4, 16)}
    assert written <= unread_marks(scan, list(MARGINS), level=True)
    assert _may_hide_number(scan, "v_number")


def test_the_faint_edge_of_a_dark_bar_is_no_line_of_writing() -> None:
    # fiftyfirst ind-med-vnum-01 (read; tests/fixtures/README.md): an insurer's certificate under a bar across the
    # page's head, its upper row of cells inked faintly, its lower darkly; no V-number anywhere (rules.md
    # IND-COPY-VNUMBER: deficiency). The faint row beside the dark one is the bar's edge, not half a line of small
    # writing: only two faint rows side by side are.
    assert not _may_hide_number(read_page("insurance_under_a_two_toned_bar"), "v_number")


def test_a_dark_strip_down_the_pages_side_may_hide_a_number_put_over_it() -> None:
    # fiftythird ind-hnt-clean-07 (read after its blind run; tests/fixtures/README.md): an insurer's certificate with a
    # dark strip down its left side, "V-nr. 1577939844" on a white label stuck over the strip, turned along it; OCR
    # read none of it, and the label's ink, hemmed in by the strip, was taken for the strip's edge. "No V-number" was a
    # false deficiency (rules.md IND-COPY-VNUMBER: only on positive evidence): a strip down the side hides what is put
    # on it as a bar across the head does.
    scan = read_page("insurer_strip_number_label")
    assert not any("1577939844" in w.text for w in scan.words)
    assert _may_hide_number(scan, "v_number")


def test_a_faint_streak_down_the_whole_sheet_through_a_copied_passport_is_no_writing() -> None:
    # fortyninth ind-hnt-vnum-01 (read; tests/fixtures/README.md): a faint straight streak runs down the whole copy
    # (a mark on the scanner's glass), through the passport's face and zone low on the page; no V-number anywhere.
    # Cut by the passport's print into stretches, its stretch in the bottom margin was taken for a number written
    # down it, and the page without its V-number was "unread", not "missing" (rules.md IND-COPY-VNUMBER: deficiency).
    scan = read_page("passport_crossed_by_a_streak")
    assert not _may_hide_number(scan, "v_number")
    # A number written down the bottom margin beside the streak is still writing.
    for row in range(len(scan.ink_map) - 7, len(scan.ink_map)):
        scan.ink_map[row] = scan.ink_map[row][:12] + "34" + scan.ink_map[row][14:]
        scan.unruled_map[row] = scan.ink_map[row]
    assert _may_hide_number(scan, "v_number")


def test_a_tables_frame_reaching_into_the_margin_is_no_writing() -> None:
    # Fortysecond ind-gen-vnum-02 (read after its blind run): a payslip whose boxed row of headers, drawn in faint grey
    # rules, reaches the right margin. Its short right side, joined to the rules running on along their rows, was taken
    # for a number written there, and the page without the V-number was "unread", not "missing" (rules.md
    # IND-COPY-VNUMBER). The same payslip with the number stamped at its foot, OCR reading "VenR" of it, may hide it.
    assert not _may_hide_number(read_page("payslip_frame_in_margin"), "v_number")
    assert _may_hide_number(read_page("payslip_frame_stamped_number"), "v_number")


def test_a_hands_label_whose_n_ocr_read_as_r_labels_the_number_written_after_it() -> None:
    # Fortysecond ind-med-meddocs-01 (read after its blind run): "V-nummer 7923086307" written by hand under a passport
    # copy, read "V-runner 7AVZ0EL 307", its last digits surely, so that the line was taken for print. Only the visa
    # page's frame side in the margin had kept the page "unread"; without it, "no V-number on this page" was a false
    # deficiency (rules.md IND-COPY-VNUMBER).
    assert _may_hide_number(read_page("passport_hand_label_misread"), "v_number")
