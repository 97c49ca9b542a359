"""The classify stage on real files: types, page ranges, languages, photos, and the report's documents list."""

from __future__ import annotations

from pathlib import Path

import pytest
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter, ImageFont

from tests.conftest import born_digital_pdf, check_json, findings
from tests.memory import document_types, page
from tests.test_photo import face
from validator import classify, identity
from validator.pipeline import CheckOptions, load_dossier

CERT_NL = """STANDAARD MEDISCH GETUIGSCHRIFT
bestemd voor de Dienst Vreemdelingenzaken (artikel 9ter)
Naam en voornaam van de patiënt: Amina Benali
Geboortedatum: 12 april 1985
A/ Historiek van de medische gegevens: diabetes type 1 sinds 2019.
B/ Diagnose: beschrijving van de aard en de ernst van de aandoening: diabetes type 1, ernstig.
C/ Actuele behandeling: insuline, viermaal daags.
D/ Indien de behandeling wordt stopgezet: levensbedreigende ontregeling.
E/ Evolutie en prognose: stabiel onder behandeling.
Datum: 6 november 2026
Naam, stempel en handtekening van de arts: Dr. J. Peeters, RIZIV 1-23456-78-901"""

CERT_FR = """CERTIFICAT MÉDICAL TYPE
destiné au Service Public Fédéral Intérieur, Office des Etrangers
Nom et prénom du patient : Amina Benali, née le 12/04/1985 à Rabat
A/ Historique médical : diabète de type 1 depuis 2019.
B/ DIAGNOSTIC : description de la nature et du degré de gravité des affections : diabète, grave.
C/ Traitement actuel : insuline.
E/ Evolution et pronostic : stable sous traitement.
Fait à Liège, le 6 novembre 2026. Cachet et signature du médecin, numéro INAMI 1-23456-78-901"""

RECEIPT = """bpost
Aangetekende zending - Bewijs van afgifte
Afzender: Amina Benali, Kerkstraat 12 bus 4, 2000 Antwerpen
Geadresseerde: Dienst Vreemdelingenzaken, Pachecolaan 44, 1000 Brussel
Zendingsnummer: RR 1234 5678 9BE   Postkantoor Antwerpen, 7 november 2026"""

APPLICATION = """Aan de Dienst Vreemdelingenzaken
Afdeling Uitzonderlijk Verblijf, Pachecolaan 44, 1000 Brussel
Betreft: aanvraag om machtiging tot verblijf op grond van artikel 9ter
Ondergetekende, Amina Benali, verzoekt om een machtiging tot verblijf.
Effectieve verblijfplaats: Kerkstraat 12 bus 4, 2000 Antwerpen."""

APPLICATION_2 = """Gekozen woonplaats: kantoor van mijn advocaat, Meir 1, 2000 Antwerpen.
Deze aanvraag wordt per aangetekende brief verzonden. Informatie over de behandeling in het land van herkomst
is bijgevoegd.
Antwerpen, 7 november 2026. Handtekening van de aanvrager."""

PASSPORT = """ROYAUME DU MAROC - PASSEPORT / PASSPORT
Nom / Surname: BENALI   Prénoms / Given names: AMINA
P<MARBENALI<<AMINA<<<<<<<<<<<<<<<<<<<<<<<<<<<
XK12345674MAR8504129F3105054<<<<<<<<<<<<<<04"""

BIRTH_DE = """Auszug aus dem Geburtenregister - Geburtsurkunde
Name: Benali, Vorname: Amina, geboren am 12. April 1985 in Rabat
Vater: Mohamed Benali. Mutter: Fatima Benali. Der Standesbeamte"""

SHOPPING = "Boodschappenlijst voor zaterdag: melk, brood, kaas, appels en koffie voor het weekend."


@pytest.fixture(scope="module")
def dossier_report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    folder = tmp_path_factory.mktemp("be-dossier")
    born_digital_pdf(folder / "getuigschrift.pdf", [CERT_NL])
    born_digital_pdf(folder / "certificat.pdf", [CERT_FR])
    born_digital_pdf(folder / "scan-0001.pdf", [RECEIPT])
    born_digital_pdf(folder / "geburt.pdf", [BIRTH_DE])
    born_digital_pdf(folder / "boodschappen.pdf", [SHOPPING])
    born_digital_pdf(folder / "paspoort.pdf", ["kopie"])
    born_digital_pdf(folder / "bijlage.pdf", [SHOPPING])
    born_digital_pdf(folder / "bundel.pdf", [APPLICATION, APPLICATION_2, CERT_NL, PASSPORT])
    (folder / "dossier.yaml").write_text("documents:\n  bijlage.pdf: country-of-origin-info\n")
    _, report = check_json(folder)
    return report


def _documents(report: dict, file: str) -> list[dict]:
    return [d for d in report["documents"] if d["file"] == file]


def test_standard_medical_certificates_in_dutch_and_french(dossier_report: dict) -> None:
    [nl] = _documents(dossier_report, "getuigschrift.pdf")
    [fr] = _documents(dossier_report, "certificat.pdf")
    for doc, lang in ((nl, "nl"), (fr, "fr")):
        assert doc["type"] == "medical-certificate"
        assert doc["classified_by"] == "content" and doc["confidence"] >= 0.8
        assert doc["languages"] == [lang]


def test_registered_mail_receipt_and_birth_certificate_by_content(dossier_report: dict) -> None:
    [receipt] = _documents(dossier_report, "scan-0001.pdf")
    assert (receipt["type"], receipt["classified_by"], receipt["languages"]) == (
        "registered-mail-receipt",
        "content",
        ["nl"],
    )
    [birth] = _documents(dossier_report, "geburt.pdf")
    assert (birth["type"], birth["languages"]) == ("birth-certificate", ["de"])


def test_one_pdf_holding_several_documents_is_split_into_page_ranges(dossier_report: dict) -> None:
    docs = _documents(dossier_report, "bundel.pdf")
    assert [(d["type"], d["page_range"]) for d in docs] == [
        ("application", [1, 2]),
        ("medical-certificate", [3, 3]),
        ("identity-document", [4, 4]),
    ]
    assert [d["pages"] for d in docs] == [2, 1, 1]


def test_manifest_wins_and_file_name_helps(dossier_report: dict) -> None:
    [listed] = _documents(dossier_report, "bijlage.pdf")
    assert (listed["type"], listed["classified_by"], listed["confidence"]) == (
        "country-of-origin-info",
        "manifest",
        1.0,
    )
    [named] = _documents(dossier_report, "paspoort.pdf")
    assert (named["type"], named["classified_by"]) == ("identity-document", "filename")
    assert named["confidence"] < 0.5


def test_unrecognised_document_is_other_with_a_note(dossier_report: dict) -> None:
    [doc] = _documents(dossier_report, "boodschappen.pdf")
    assert (doc["type"], doc["confidence"]) == ("other", 0.0)
    [note] = findings(dossier_report, "DOC-UNCLASSIFIED")
    assert note["file"] == "boodschappen.pdf" and note["severity"] == "info" and note["page"] is None


def test_types_match_the_manifest_schema() -> None:
    from validator import yamlconfig

    schema = yamlconfig.schema("manifest.schema.yaml")
    assert sorted(schema["properties"]["documents"]["additionalProperties"]["enum"]) == sorted(
        classify.type_names()
    )


def test_photo_is_found_during_ingest_and_kept_on_the_page(tmp_path: Path) -> None:
    face(413, 531).convert("RGB").save(tmp_path / "face.png")
    pdf = FPDF(unit="mm", format=(210, 297))
    pdf.set_font("Helvetica", size=11)
    pdf.add_page()
    pdf.multi_cell(0, 6, "RIJBEWIJS\nNaam: Benali Amina\nGeboren 12.04.1985 te Rabat\n" * 3)
    pdf.image(str(tmp_path / "face.png"), x=140, y=40, w=35, h=45)
    pdf.add_page()
    pdf.multi_cell(0, 6, APPLICATION * 4)
    folder = tmp_path / "d"
    folder.mkdir()
    pdf.output(str(folder / "rijbewijs.pdf"))
    dossier = load_dossier(folder, CheckOptions(cache=False))
    with_photo, without = dossier.files[0].pages
    assert with_photo.photo is not None and without.photo is None
    box = with_photo.photo
    # Where the photo was placed: 140–175 mm across, 40–85 mm down, within one 2 mm cell.
    assert abs(box.x0 * 210 - 140) <= 3 and abs(box.x1 * 210 - 175) <= 3
    assert abs(box.y0 * 297 - 40) <= 3 and abs(box.y1 * 297 - 85) <= 3
    licence, application = dossier.documents
    assert (licence.type, licence.last_page, application.type) == ("driving-licence", 1, "application")
    piece = identity.piece_of(dossier, licence)
    assert piece.photo is True and piece.shows == {"name", "birth_date", "birth_place"}
    assert identity.piece_of(dossier, application) is None


def test_package_data_is_checked_against_its_schema(tmp_path: Path) -> None:
    from validator import yamlconfig
    from validator.errors import ConfigError

    source = Path(classify.__file__).parent / "data" / "document_types.yaml"
    broken = tmp_path / "document_types.yaml"
    broken.write_text(
        source.read_text()
        .replace("    mrz: true", "    mrz: yes please")
        .replace("weights: {", "weights: {colour: 1, ")
    )
    with pytest.raises(ConfigError) as error:
        yamlconfig.load(broken, "document_types.schema.yaml")
    text = str(error.value.args[0])
    assert "types.identity-document.mrz: expected boolean" in text and "weights.colour: unknown key" in text


def test_non_latin_scan_is_other_by_tesseract_script_detection(tmp_path: Path) -> None:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 40)
    image = Image.new("RGB", (1240, 900), "white")
    draw = ImageDraw.Draw(image)
    lines = [
        "СВИДЕТЕЛЬСТВО О РОЖДЕНИИ",
        "Фамилия: Иванова",
        "Имя и отчество: Анна Петровна",
        "Дата рождения: 12 апреля 1985 года",
        "Место рождения: город Москва",
        "Гражданство: Российская Федерация",
        "Отец: Иванов Петр Сергеевич",
        "Мать: Иванова Мария Ивановна",
    ]
    for i, line in enumerate(lines):
        draw.text((60, 60 + 95 * i), line, fill="black", font=font)
    image.save(tmp_path / "akte.png", dpi=(300, 300))
    dossier = load_dossier(tmp_path / "akte.png", CheckOptions(cache=False))
    [page] = dossier.pages
    assert page.text_source == "ocr" and page.script == "Cyrillic"
    assert page.language == "other"
    assert dossier.documents[0].languages == ["other"]


def test_scanned_registered_mail_receipt_is_recognised_through_ocr(tmp_path: Path) -> None:
    font = ImageFont.truetype("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 34)
    image = Image.new("L", (1240, 820), 245)
    draw = ImageDraw.Draw(image)
    for i, line in enumerate(
        [
            "bpost",
            "AANGETEKENDE ZENDING",
            "Bewijs van afgifte",
            "Afzender: Amina Benali",
            "Geadresseerde: Dienst Vreemdelingenzaken",
            "Pachecolaan 44, 1000 Brussel",
            "Zendingsnummer: RR 1234 5678 9BE",
        ]
    ):
        draw.text((70, 60 + 100 * i), line, fill=30, font=font)
    scan = image.rotate(0.6, fillcolor=245).filter(ImageFilter.GaussianBlur(0.6))
    scan.save(tmp_path / "IMG_2041.jpg", dpi=(300, 300), quality=80)
    dossier = load_dossier(tmp_path / "IMG_2041.jpg", CheckOptions(cache=False))
    [doc] = dossier.documents
    assert dossier.pages[0].text_source == "ocr"
    assert (doc.type, doc.classified_by, doc.languages) == ("registered-mail-receipt", "content", ["nl"])


def test_every_procedure_warns_about_unrecognised_documents() -> None:
    from validator import procedures

    for procedure in procedures.available():
        assert "DOC-UNCLASSIFIED" in {r.id for r in procedure.rules}, procedure.id


@pytest.mark.parametrize(
    "text, heading",
    [
        ("ROYAUME DU MAROC - PASSEPORT / PASSPORT\nNom: BENALI", "identity-document"),
        ("bpost\nAangetekende zending - Bewijs van afgifte", "registered-mail-receipt"),
        (
            "Mr. Claes\nObjet : demande d'autorisation de séjour sur la base de l'article 9ter de la loi",
            "application",
        ),
        (
            "Bijlagen bij de aanvraag\n1. Kopie paspoort (pagina met persoonsgegevens)\n2. Werkgeversverklaring",
            None,
        ),
        (
            "Zoals blijkt uit het standaard medisch getuigschrift van dr. Peeters, lijdt mijn cliënte aan",
            None,
        ),
    ],
)
def test_only_a_heading_starts_a_new_document(text: str, heading: str | None) -> None:
    scores = classify.heading_scores(text)
    assert (max(scores, key=scores.get) if scores else None) == heading


def test_a_sentence_wrapping_onto_a_title_is_no_heading() -> None:
    text = "4. Situation médicale\nMon client souffre d'une hépatite B. Le\ncertificat médical type du Dr Lambert est joint."
    assert classify.heading_scores(text) == {}


def test_a_title_that_a_sentence_is_about_heads_nothing() -> None:
    # twenty-sixth be9ter-clean-16 (read): page 2 of a lawyer's 9ter letter, its section on earlier procedures, was
    # taken for the head of an asylum document, and so for a second application without a residence (inadmissible).
    sentence = "6. PROCÉDURES ANTÉRIEURES\nLa demande de protection internationale a été définitivement refusée le 23/09/2026."
    assert "asylum-proof" not in classify.headed_types(sentence)
    assert "asylum-proof" in classify.headed_types("DEMANDE DE PROTECTION INTERNATIONALE\nAnnexe 26")
    # A subtitle after the title, without a sentence's full stop, is still a heading.
    assert "medical-certificate" in classify.headed_types(
        "Certificat médical type pour le Service Régularisations"
    )


@pytest.mark.parametrize(
    "title",
    [
        "CERTIFICACIÓN DE NACIMIENTO",
        "CERTIFICAT DE NAISSANCE",
        "Geburtsbescheinigung",
        "Certificado de nacimiento",
    ],
)
def test_a_consulates_certificate_of_birth_is_a_birth_certificate(title: str) -> None:
    # Fiftyfourth be9ter-id-sufficiency-2 (read after its blind run): a Cuban consulate's "CERTIFICACIÓN DE NACIMIENTO /
    # CERTIFICAT DE NAISSANCE", the dossier's only identity evidence, was "other".
    assert "birth-certificate" in classify.headed_types(f"{title}\nRegistro del Estado Civil de Camagüey")


def test_a_title_denied_on_its_line_heads_nothing() -> None:
    # Fiftyfourth be9ter-clean-01 (read after its blind run): a pharmacy's account of what it delivered to a patient
    # without insurance, its foot "Geen tussenkomst ziekteverzekering — Pas d'intervention de l'assurance maladie",
    # was typed health insurance.
    foot = "Geen tussenkomst ziekteverzekering — Pas d'intervention de l'assurance maladie"
    assert "health-insurance" not in classify.headed_types(foot)
    assert "health-insurance" in classify.headed_types("Attestation d'assurance maladie")


def test_a_line_that_goes_on_with_the_sentence_above_heads_nothing() -> None:
    # A lawyer's e-mail wraps its list of what to send: the second line's words are a title's, but it heads nothing.
    wrapped = "Graag stuur ik u vandaag de aanvraag, het standaard medisch\ngetuigschrift en informatie over het land van herkomst."
    assert classify.headed_types(wrapped) == frozenset()
    # A heading under a line that ends a sentence, or in capitals, still heads.
    assert "country-of-origin-info" in classify.headed_types(
        "Bijlage 3.\nInformatie over het land van herkomst"
    )


def test_a_doctors_certificate_of_the_availability_of_treatment_at_home_is_country_of_origin_information() -> (
    None
):
    """A hospital's consultant in the country of origin certifies that the treatment is not available there
    (twenty-seventh, read: taken for a medical statement, then "in English" was a defect)."""
    text = (
        "BACH MAI HOSPITAL 01/10/2026\nHANOI\n\nMEDICAL CERTIFICATE — AVAILABILITY OF TREATMENT\n\n"
        "I THE UNDERSIGNED, CONSULTANT AT BACH MAI HOSPITAL, CERTIFY THAT I HAVE KNOWN THE PATIENT. THE TREATMENT "
        "HE OR SHE NEEDS (INSULIN GLARGINE AND INSULIN ASPART) IS NOT AVAILABLE ON A REGULAR BASIS IN OUR HOSPITAL "
        "OR IN THE PUBLIC SECTOR. IN PRIVATE PHARMACIES ONE MONTH COSTS ABOUT 95 USD, WHEREAS THE AVERAGE MONTHLY "
        "WAGE IS 7 500 000 VND.\n\nTHE CONSULTANT"
    )
    assert classify.by_phrases([page(text)], None)[0] == "country-of-origin-info"


@pytest.mark.parametrize(
    "text",
    [
        # A web article printed from the browser (fortyseventh be9ter-clean-07, read after its blind run: taken for
        # a medical statement in English by its "treatment", "patient" and "hospital", then "not in a language DVZ
        # reads" on seven clean dossiers; rules.md BE9TER-MEDCERT-LANGUAGE is about medical documents only).
        "27/11/26, 12:55 South Sudan: patients with chronic illness left without affordable tre\n"
        "Health Access Watch\nSouth Sudan: patients with chronic illness left without\naffordable treatment\n"
        "In South Sudan, people who depend on long-term treatment face an unreliable supply of\n"
        "essential medicines. Treatment with insulin glargine and insulin aspart is available at Juba\n"
        "Teaching Hospital, but stock-outs lasting several weeks are reported every year, especially\n"
        "Cost of care\nA month of treatment costs around 95 USD, while the average monthly wage is roughly 40 USD.\n"
        "There is no public health insurance; the few functioning public facilities lack specialists and\n"
        "medicines, and most care is run by aid organisations or paid in cash.\n"
        "Specialist follow-up is concentrated in the capital. Patients from other regions travel for days\n",
        # A medical NGO's advice, a table of medicines with their availability, price and place (fortyseventh
        # be9ter-clean-03).
        "Medische Cel vzw\nADVIES BESCHIKBAARHEID BEHANDELING\nLand: Zimbabwe : ref. MC/242/2026\n"
        "Geneesmiddel / zorg Beschikbaar Prijs/maand Waar\nHydroxyurea 1000 mg 1 x per dag onregelmatig 60 USD\n"
        "opvolging door specialist\nDe behandeling voor de meeste patiënten is onbetaalbaar.\n"
        "Besluit: de noodzakelijke behandeling is niet voldoende beschikbaar en niet toegankelijk voor deze\n"
        "patiënt in het land van herkomst.\narts",
    ],
)
def test_reports_on_the_care_at_home_are_country_of_origin_information(text: str) -> None:
    assert classify.by_phrases([page(text)], None)[0] == "country-of-origin-info"


def test_an_insurers_letter_and_a_guarantors_form_after_it_are_two_documents() -> None:
    # fortyninth ind-med-clean-08 (read after its blind run; by a helper that never read validator/), pages 4 and 5 of
    # a bundle as OCR read them: a German insurer's letter, its subject line with no label before it (DIN 5008), and a
    # guarantor's form whose copy of an identity card OCR read as noise with "3/3|8/" in it. The letter was no
    # insurance certificate, the form its second page: "no health insurance" (rules.md IND-MED-DOCS), a false
    # deficiency.
    insurer = (
        "Hanse Reise- und Krankenversicherung AG\n\nHanse Reise- und Krankenversicherung AG - Postfach 10 12 94\n\n"
        "Herrn Yerzhan Baimukhan\nStadhuisplein 85\n1315 KL Almere\nNIEDERLANDE\n\n"
        "Versicherungsnachweis für Ihren Aufenthalt in den Niederlanden\n\nVertragsnummer\nLZ-190898375\nDatum\n"
        "04.11.2026\n\nIhr Ansprechpartner\nTeam Ausland\n\nWir bestätigen, dass Sie seit dem 30. Juni 2026 bei uns "
        "für die Dauer Ihres Aufenthalts in den Niederlanden krankenversichert sind.\nDer Schutz umfasst ambulante "
        "und stationäre Behandlung einschließlich der bekannten Erkrankung (böta-thalassemie major).\n\n"
        "Tarif LZ-Komfort\nambulante ärztliche Behandlung\nstationäre Behandlung im Krankenhaus\n"
        "/ Arznei- und Verbandmittel\n\n/ Vorerkrankungen eingeschlossen\n\nMit freundlichen Grüßen\n"
        "Ihre Auslandskrankenversicherung\n\nDieses Schreiben ist ohne Unterschrift gültig.\n\nVar 1795466856\n\nNE\n"
        "Tarif 1 7."
    )
    guarantor = (
        "VERKLARING GARANTSTELLER\n\nbij een aanvraag om verblijf voor medische behandeling\n\n"
        "Garanisteller Vreemdeling\nNaam Naam\nBaimukhan, Yerzhan Baimukhan, Yerzhan\nGeboortedatum Geboortedatum\n"
        "18-10-1982 27-09-1968\n\nAdres Nationaliteit\nKruisstraat 88 2hg 5611 JN Eindhoven Kazachse\n"
        "Relatie V-nummer > are\nzoon 1795466856 N\n\nInkomen garantsteller\nen Te\n\nHandtekening garantsteller\n\n"
        "baar,\n\nEindhoven, 30-10-2026\n\nZorggroep De Meander\nZ| o\\ mi = SWS alee 3/3|8/ 3/2 3 S08 Ieee\n"
        "ion $39 ~€9a $58 @2@aGqg"
    )
    assert classify.heading_scores(insurer) == {"health-insurance": 4}
    assert [
        d[1:]
        for d in document_types({"bijlagen.pdf": [insurer, guarantor]}, procedure="ind-medical-treatment")
    ] == [
        (1, 1, "health-insurance"),
        (2, 2, "income-proof"),
    ]
    # Nor does a subject line with a purpose make a sentence about the document its heading.
    assert classify.heading_scores("Versicherungsnachweis für Ihren Aufenthalt finden Sie anbei.") == {}


def test_a_title_in_capitals_right_under_to_whom_it_may_concern_heads_the_letter() -> None:
    # fiftieth be9ter-clean-25 and -28 (read after their blind run; by a helper that never read validator/), as OCR read
    # it: a Lesotho embassy's certificate of identity, its title under "TO WHOM IT MAY CONCERN". Taken for a line of
    # the letter's body, the title headed nothing: the certificate was "other" and the dossier had "no identity
    # evidence", a false inadmissible (rules.md BE9TER-IDENTITY).
    letter = (
        "EMBASSY OF THE KINGDOM OF LESOTHO\n\nBrussels : Mission to the European Union and the Benelux\n\n"
        "Our ref.: LSO/BRU/CONS/247/25\n3 December 2025\n\nTO WHOM IT MAY CONCERN\n{title}\n"
        "This is to certify that the person whose photograph appears above, NTHA RAMAKATSA, born on\n"
        "10 May 1981 at Mokhotlong, Lesotho, daughter of Khotso Ramakatsa and ho'! Mokhothu, is a\n\n"
        "citizen of the Kingdom of Lesotho.\n\nThe particulars have been confirmed with the National Identity and "
        "Civil Registry in Maseru,\nwhere the holder is registered under identity number 07019191246. The holder "
        "appeared in\nperson at the Embassy.\n\nAny assistance accorded to the holder will be highly appreciated.\n\n"
        "Mrs M. NtSekhe\nCounsellor\n"
    )
    assert classify.by_phrases([page(letter.format(title="CERTIFICATE OF IDENTITY"))], None)[0] == (
        "identity-certificate"
    )
    # In the letter's sentences under the salutation, the same words name no title.
    prose = letter.format(title="We issue this certificate of identity at her request.")
    assert "identity-certificate" not in classify.headed_types(prose)
