"""Classification of documents worded and laid out by other hands (in memory: the classify stage on page texts).

Each case is a kind of document a blind corpus part showed the validator taking for another type, written here
as such documents are written: the German version of the 9ter model, an expatriate insurer's certificate of
coverage, a hospital's admission office letter, a German clinic's attestation scanned after a passport.
"""

from __future__ import annotations

import pytest

from tests.memory import document_types, passport_zone
from validator import classify

GERMAN_MODEL = (
    "STANDARDISIERTES ÄRZTLICHES ATTEST\n"
    "nach Artikel 9ter § 1 Absatz 4 des Gesetzes vom 15. Dezember 1980\n"
    "1. Angaben zum Patienten\nName KESSLER\nVorname Anna\n"
    "4. Krankengeschichte\nTyp-1-Diabetes seit dem 14. Lebensjahr.\n"
    "5. Diagnose (ICD-10-Code, falls möglich) Diabetes mellitus Typ 1 (E10.7)\n"
    "6. Schweregrad der Erkrankung [ ] leicht [ ] mittel [X] schwer [ ] sehr schwer\n"
    "7. Als notwendig erachtete Behandlung\nInsulin glargin 24 IE abends\n"
    "9. Entwicklung und Prognose\nBei guter Betreuung stabilisierbar.\n"
)

COVERAGE = (
    "Meridian Expat Health S.A.\n12, rue Goethe, L-1637 Luxembourg\nCERTIFICATE OF COVERAGE\n"
    "Member ID MBR82797900\nPlan Essential Europe\nEffective 26/08/2026\n"
    "This is to certify that Zainab Jasim is a covered member under the plan shown above, with worldwide cover.\n"
    "Covered benefits include:\n* Inpatient and outpatient hospital treatment\n* Prescribed medication\n"
)

ADMISSION = (
    "IJsselvallei Ziekenhuis\nBureau Opname\nOns kenmerk OP/47842\nDatum 06-11-2026\n"
    "Bevestiging opname en behandeling - Lysenko, Serhii (22-09-1975)\n"
    "Wij bevestigen dat patiënt bij ons terecht kan voor immunosuppressieve therapie met maandelijkse controles.\n"
    "Onze instelling heeft de benodigde plaats en expertise. Raming van de kosten: € 23.500,00 per jaar.\n"
)

PASSPORT = "PASSPORT\n" + passport_zone("SOW", "BOUBACAR", nationality="GIN")

ATTESTATION = (
    "Uniklinik RWTH Aachen\nMedizinische Klinik - Ambulanz\nÄrztliche Bescheinigung\n"
    "Patient: Sow, Boubacar, geb. 18.5.1986\n"
    "Der Patient befindet sich seit 3/2026 in unserer Behandlung. Diagnose: Mammakarzinom.\n"
    "Therapie: adjuvante Strahlentherapie in 16 Fraktionen und Nachsorge.\n"
)

CONSULTANT = (
    "Department of Haematology\nOur ref. MYELOMA/231\nTo whom it may concern\n"
    "Re: Mehmet YILDIZ, DOB 28 September 1958\n"
    "I am writing to confirm that the above-named has been under my care since 4 July 2024.\n"
)


def _types(*pages: str) -> list[tuple[int, int, str]]:
    return [found[1:] for found in document_types({"scan.pdf": list(pages)})]


def test_the_german_version_of_the_9ter_model_is_the_model() -> None:
    """The title "Standardisiertes ärztliches Attest" holds "ärztliches Attest", a doctor's free attestation: the longer
    title is the model's."""
    assert _types(GERMAN_MODEL) == [(1, 1, "medical-certificate")]


def test_an_insurers_certificate_of_coverage_is_health_insurance() -> None:
    assert _types(COVERAGE) == [(1, 1, "health-insurance")]


def test_a_hospitals_admission_confirmation_is_the_care_institutions_statement() -> None:
    assert _types(ADMISSION) == [(1, 1, "care-institution-statement")]


def test_a_clinics_attestation_scanned_after_a_passport_is_its_own_document() -> None:
    assert _types(PASSPORT, ATTESTATION) == [(1, 1, "identity-document"), (2, 2, "medical-statement")]


def test_a_letter_to_whom_it_may_concern_opens_a_new_document() -> None:
    assert _types(PASSPORT, CONSULTANT)[1][:2] == (2, 2)


def test_a_title_dated_on_its_own_line_heads_the_page() -> None:
    """A number beside a title ("SALARISSTROOK 11-2026") dates it; the line is still the title."""
    scores = classify.heading_scores("Supermarkt Dekamarkt Oost B.V.\nSALARISSTROOK 11-2026\nNaam Kravchenko")
    assert max(scores, key=scores.get) == "income-proof"


DECISION = (
    "IND\nMehmet Yilmaz V-nummer 1084313833\nDatum 17 juli 2025\nBeslissing op uw aanvraag\n"
    "Uw aanvraag wordt ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd onder de "
    "beperking verblijf als slachtoffer huiselijk geweld, ingaande 29 juli 2025.\n"
    "Maak een afspraak om uw verblijfsdocument op te halen."
)
REMARKS = "OBSERVATIONS / REMARKS\nSCHENGEN\nVISA TYPE D\nENTRY 12.03.2025 SCHIPHOL"


HOSPITAL = (
    "Rijnoever Ziekenhuis\nBureau Internationale Patiënten\nDatum Ons kenmerk Behandelaar Telefoon\n"
    "22 november 2026 BIP/2026/971 Judith Ramdin 026 646 9239\n"
    "Betreft: Désiré Ngaïkoumon, geboren 18 februari 1978\n"
    "Hierbij bevestigen wij dat Rijnoever Ziekenhuis de noodzakelijke behandeling kan en zal uitvoeren. Er is plaats "
    "om patiënt te behandelen vanaf 1 januari 2026.\n"
)


def test_a_letter_dated_and_headed_with_its_subject_opens_a_new_document() -> None:
    """thirty-sixth ind-med-clean-07 (read): a hospital's letter, no title nor salutation, scanned after a doctor's
    answers to a lawyer's questions, was read as their second page: "no care institution's statement". A page under
    a letter's first whose subject line stands under no date is its later page."""
    answers = (
        CONSULTANT
        + "6. Is de behandeling beschikbaar?\nNiet beschikbaar.\ndr. Mohamed Verhoeven\nneuroloog\n"
    )
    assert _types(answers, HOSPITAL)[1] == (2, 2, "care-institution-statement")
    undated = HOSPITAL.replace("22 november 2026 ", "")
    assert [d[:2] for d in _types(answers, undated)] == [(1, 2)]


IND_LETTER = (
    "IND\nImmigratie- en Naturalisatiedienst\nDe heer Hasan Aydın\nBredaseweg 44 hs\n5038 EC Tilburg\n"
    "Datum 12 oktober 2026\nGeachte heer Aydın,\nU heeft ons gevraagd om uw gegevens. Hierbij ontvangt u die.\n"
)
MDO = (
    "Rijnoever Ziekenhuis\nVerslag multidisciplinair overleg (MDO)\nDatum overleg 2 november 2026\n"
    "Patiënt Hasan Aydin, geb. 22-6-1992\nDiagnose: rectumcarcinoom. Behandeling: radiotherapie en chemotherapie.\n"
    "De behandeling is medisch noodzakelijk; bij uitblijven ervan volgt een medische noodsituatie.\n"
)
APPOINTMENTS = (
    "Rijnoever Ziekenhuis\nPolikliniek Oncologie\nDe heer Hasan Aydin\nBredaseweg 44 hs\n5038 EC Tilburg\n"
    "Datum: 19 november 2026\nU bent aangemeld voor behandeling\n"
    "Uw behandeling (radiotherapie) in Rijnoever Ziekenhuis start op 11 januari 2027. Onze instelling kan en zal deze "
    "behandeling bieden.\n"
)


def test_a_page_plainly_of_one_type_after_a_letter_of_none_opens_a_document() -> None:
    """thirty-first ind-med-art64-01 (read): in a bundle, a hospital's report headed only by its letterhead and its
    own words, after the IND's letter, was read as that letter's second page; and the hospital's letter to its
    patient, no title, no salutation, its addressee under the letterhead, as the report's."""
    assert _types(IND_LETTER, MDO, APPOINTMENTS) == [
        (1, 1, "other"),
        (2, 2, "medical-statement"),
        (3, 3, "care-institution-statement"),
    ]
    # thirty-second ind-med-clean-02 (read): a confirmation headed as such, after the doctor's report.
    confirmation = (
        "Universitair Medisch Centrum Hoogland\nBureau Opname & Planning\nBevestiging van behandeling\n"
        "Patiënt Hasan Aydin is bij ons in behandeling; wij plannen de radiotherapie.\n"
    )
    assert _types(MDO, confirmation)[1] == (2, 2, "care-institution-statement")


def test_a_zone_stands_on_one_page_of_an_identity_document() -> None:
    """A second zone is a second document; a letter's prose after the zoned page is no page of the passport;
    the passport's page of remarks and stamps is."""
    child = "PASSPORT\n" + passport_zone("SOW", "AMINATA", nationality="GIN", birth="150304")
    assert _types(PASSPORT, child) == [(1, 1, "identity-document"), (2, 2, "identity-document")]
    assert _types(PASSPORT, DECISION)[1][:2] == (2, 2)
    assert _types(PASSPORT, REMARKS) == [(1, 2, "identity-document")]


MVV = (
    "VISUM - VISA\n\nGELDIG VOOR\nVAN\nTOT\nTYPE\nPASPOORT NR.\nNAAM\n\nOPMERKINGEN\n\n- KONINKRIJK DER NEDERLANDEN\n\n"
    "SCHENGENSTATEN NLD3947686\n28-06-2026\n22-09-2026\nD — Mvv\nS4737245\nAMATDJAIS, INGRID\nMEDISCHE BEHANDELING\n\n"
    "V<NLDAMATDJAIS<<INGRID<<<<<<<<<<<<<<<<<<<<<<\n\n$4737245<2SUR6111232F2609223<<<<<<<<<<<<<<<<\n"
)


def test_a_visa_sticker_copied_alone_is_no_identity_document() -> None:
    """thirty-fourth ind-med-suriname-01 (read): an MVV sticker, "VISUM - VISA" over "PASPOORT NR.", its zone a
    visa's. It names the passport it is stuck in; a dossier holding it holds no passport."""
    assert _types(MVV) == [(1, 1, "other")]
    # thirty-sixth ind-med-suriname-01 (read): the heading and the issuing state on one line.
    assert _types(MVV.replace("VISUM - VISA", "VISUM - VISA - KONINKRIJK DER NEDERLANDEN")) == [
        (1, 1, "other")
    ]
    assert _types(MVV.replace("VISUM - VISA", "REISPAS - PASSPORT")) == [(1, 1, "identity-document")]


IDENTIFICATION_LETTER = (
    "EMBASSY OF THE REPUBLIC OF ZAMBIA\nBrussels - Consular Section\n"
    "Avenue Molière 469, 1050 Brussels - consular@zambiaembassy.be\nRef: ZEB/CON/924/26 28 July 2026\n"
    "IDENTIFICATION LETTER\n[sumame | NKHATA\n| Other names Mwila\n| Date of birth 26 March 1974\n"
    "| Place of birth Mongu, Zambia\n| Nationality Zambian\nSex Male\n"
    "The above particulars have been verified against the bearer's Zambian passport and National Registration Card, "
    "presented in original. The photograph above is his.\nKelvin Sakala\nFirst Secretary (Consular)\n"
)


def test_an_embassys_identification_letter_is_an_identity_certificate() -> None:
    """thirty-sixth be9ter-id-sufficiency-3 (read): a consular section's "Identification letter", its fields a
    passport's, taken for an identity document; drawn up on the applicant's own declarations, it proves no identity
    alone (a false all-clear)."""
    assert _types(IDENTIFICATION_LETTER) == [(1, 1, "identity-certificate")]


TRANSLATION = (
    "Wouter van der Linden\nSworn translator Spanish - English\nTRANSLATION FROM SPANISH\n[coat of arms]\n"
    "BIRTH REGISTER EXTRACT\nSurname ÇELIK\nGiven name AYSE\nDate of birth 19 March 1982\n"
    "Place of birth Maracaibo\nSex female\nNationality Turkish\nIssuing authority Registro Civil de Maracaibo"
)
PAYSLIP = (
    "SALARISSPECIFICATIE NOVEMBER 2026\nWERKGEVER Technisch Installatiebedrijf Kuipers B.V.\n"
    "WERKNEMER CELIK, A. Pers.nr. 9973\nBrutoloon 3.710,00\nLoonheffing -906,85\nNETTOLOON 2.625,24"
)


def test_a_translation_titled_above_the_fields_it_renders_is_a_translation() -> None:
    """Its fields are a birth extract's and a passport's; "TRANSLATION FROM SPANISH" above them says what it is."""
    assert _types(TRANSLATION) == [(1, 1, "translation")]


def test_a_payslip_scanned_after_a_passport_is_its_own_document() -> None:
    assert _types(PASSPORT, PAYSLIP) == [(1, 1, "identity-document"), (2, 2, "income-proof")]


# sixth uwv-specificatie-uitkering (read): a benefit's monthly specification, titled by the benefit.
BENEFIT = (
    "UWV\nPostbus 58285\n1040 HG Amsterdam\nDatum 7 november 2026\nBSN 797774798\n"
    "Specificatie van uw WW-uitkering over oktober 2026\n"
    "Bruto uitkering 1.402,20\nVakantiegeld (reservering) 112,18\nLoonheffing -301,55\nNetto uitkering 1.100,65\n"
    "Wij betalen het nettobedrag rond de 23e van de maand uit op uw rekening.\n"
)


# sixth be9ter-other-liste-annexes-fr (read): the list of enclosures on a sheet of its own, titled by the
# application it goes with.
BORDEREAU = (
    "BORDEREAU DES PIÈCES\nDemande 9ter - BARRY Kadiatou Fanta\n"
    "Pièce 1 : Requête\nPièce 2 : Copie du passeport\nPièce 3 : Certificat médical type\n"
)


def test_a_list_of_enclosures_is_none_of_the_documents_it_lists() -> None:
    assert _types(BORDEREAU) == [(1, 1, "other")]
    # sixth be9ter-clean-15 (read): the application's last page, its annexes listed after a "+".
    plus = (
        "Bijlagen\n+ bijlage 1: Kopie nationaal paspoort\n"
        "+ bijlage 2: Standaard medisch getuigschrift - Dr. Nathalie Dubois (10.10.2026)\n"
        "+ bijlage 3: Informatie beschikbaarheid en toegankelijkheid van de zorg - Armenië"
    )
    # The learned model knows such a page as the application's last (as it was in that dossier): the point is
    # that it is none of the documents it lists.
    assert _types(plus)[0][2] not in {"identity-document", "medical-certificate", "country-of-origin-info"}
    # tenth be9ter-clean-18 (read): a letter's enclosures, each after a long dash, on the letter's last page.
    dashes = (
        "Pièces jointes :\n— pièce 1 : Copie du passeport national\n"
        "— pièce 2 : Certificat médical type — Dr. Isabelle Lejeune (17.10.2026)\n"
    )
    assert _types(dashes)[0][2] not in {"identity-document", "medical-certificate"}
    # fortysecond be9ter-clean-21 (read after its blind run): the application's last page, headed by its applicant's
    # name after a dash; the part's truth says the page is the application's.
    named = (
        "Inventaris - Traoré Djénéba\nnr stuk\n1 Kopie nationaal paspoort\n"
        "2 Standaard medisch getuigschrift - Dr. Annelies Van den Broeck (05.10.2026)\n"
    )
    assert _types(named)[0][2] not in {"identity-document", "medical-certificate"}
    # Headed by the application itself, the same words are its title.
    assert _types("Demande 9ter - BARRY Kadiatou Fanta\nMadame, Monsieur,\nLa requérante …") == [
        (1, 1, "application")
    ]


def test_a_letters_last_page_signed_over_an_inventory_of_pieces_is_the_letters() -> None:
    """Thirty-ninth be9ter-clean-06 (read after its blind run): a lawyer's 9ter application in French, its last page
    holding his name, his signature and stamp, and a table headed "INVENTAIRE" whose first piece is "Copie de la carte
    nationale d'identité" (its page count misread, "nt"). Taken for an identity card, the page was no part of the
    letter, which was "unsigned" (rules.md BE9TER-SIGNED: deficiency)."""
    letter = (
        "Me Jean-Luc Dumont\nAvocat au barreau de Liège\nOffice des Étrangers\n"
        "Objet : demande d'autorisation de séjour sur la base de l'article 9ter\nMadame, Monsieur,\n"
        "Le requérant sollicite une autorisation de séjour pour raisons médicales.\n"
        "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée."
    )
    last = (
        "Me Jean-Luc Dumont, avocat\n\nINVENTAIRE\nN° Pièce Pages\n1 Copie de la carte nationale d'identité nt\n"
        "2 Certificat médical type — Dr. Pieter Claeys (09.10.2026) À:\n\n"
        "Dumont & Associés: Rue Courtois 22 - 4000 Liège -04 223 77 40- jl.dumont@avocat.be"
    )
    assert _types(letter, last) == [(1, 2, "application")]


# Income as other payers state it: a pension fund's monthly specification, a German bank's statement.
PENSION = (
    "Stichting Pensioenfonds Zorg en Welzijn\nPostbus 117\n3700 AC Zeist\nPensioenspecificatie november 2026\n"
    "Bruto pensioen 1.214,36\nLoonheffing -188,20\nNetto pensioen 1.026,16\n"
    "Wij maken het bedrag over op rekening NL20INGB0001234567.\n"
)
KONTOAUSZUG = (
    "Sparkasse KölnBonn\nKontoauszug Nr. 11/2026\nIBAN DE89 3705 0198 0000 1234 56\n"
    "Buchungstag Verwendungszweck Betrag\n01.11. Lohn/Gehalt Oktober 2026 2.310,40\n"
    "Kontostand am 30.11.2026 3.905,12\n"
)


# seventh cover-letter-bijlagentabel (read): a lawyer's cover letter listing the enclosures in a table, each row
# numbered with its pages.
COVER = (
    "Advocatenkantoor Van Dijk\nIND, Postbus 5, 9560 AA Ter Apel\nUtrecht, 29 november 2026\n"
    "Onderwerp: verblijfsvergunning medische behandeling - El Idrissi\nGeachte heer, mevrouw,\n"
    "Namens mijn cliënt zend ik u de stukken uit onderstaande tabel.\n"
    "Nr. Stuk Blz.\n1 aanvraagformulier 2\n2 kopie paspoort 1\n3 verklaring zorginstelling 1-2\nHoogachtend,\n"
)


# seventh bankafschrift-salarisbijschrijving (read): a bank statement whose rows, dated by day and month, pay the
# health insurer among others.
STATEMENT = (
    "Rabobank Rivierenland Rekeningafschrift\nPeriode 01-10-2026 t/m 31-10-2026\nRekening NL91RABO0123456789\n"
    "Datum Omschrijving Af Bij\n01-10 Huur oktober 850,00\n08-10 Zorgverzekering premie 148,00\n"
    "24-10 Transportbedrijf De Vries - SALARIS OKT 2026 2.410,00\nEindsaldo € 1.412,10\n"
)


# seventh (read): a country's list of essential medicines, sent as information on the country of origin; and a
# relative's letter in English, its subject line asking for the permit.
MEDICINES = (
    "Maroc – Liste nationale des médicaments essentiels (extrait)\nMinistère de la Santé · édition 2023\n"
    "Code ATC DCI Forme / dosage Niveau de soins\nA10A insuline humaine NPH flacon 100 UI/ml hôpital\n"
    "Note du conseil : le traitement ne figure pas sur la liste.\n"
)
RELATIVE = (
    "Osman Koc\nImmigration Office - 9ter\nPachecolaan 44, 1000 Brussels\n25 November 2026\n"
    "Subject: request for a residence permit on medical grounds (Article 9ter)\nDear Sir or Madam,\n"
    "I am writing on behalf of my relative, who suffers from type 1 diabetes with retinopathy.\n"
)


# seventh be9ter-rm-receipt-lid-open-black (read): bpost's receipt says what it is in both languages on one line.
# seventh medstat-kliniek-buitenland-en-scheef (read): a clinic abroad writes in English, to whom it may concern.
CLINIC = (
    "European Medical Center\nDepartment of Nephrology\n8 October 2026\nTO WHOM IT MAY CONCERN\n"
    "Re: Olga Kuznetsova, born 28 September 1976\nThe above patient has been under our care with end-stage renal "
    "disease.\nTreatment: chronic haemodialysis three times a week.\nDr Karin van der Linden, consultant nephrologist\n"
)
RECEIPT = (
    "AAN / À:\nRaad voor Vreemdelingenbetwistingen\nGaucheretstraat 92-94\n1030 Brussel\nVAN / DE:\n"
    "Béatrice ILUNGA MBUYI\n.12.2026 16:18\nTE BETALEN / À PAYER EUR 11,45\nR - Aangetekend / Recommandé\n"
    "3232 3763 7981 1440 3710 8184\n"
)


@pytest.mark.parametrize(
    "name, text, procedure, kind",
    [
        ("scan.pdf", BENEFIT, "ind-medical-treatment", "income-proof"),
        ("scan.pdf", PENSION, "ind-medical-treatment", "income-proof"),
        ("scan.pdf", KONTOAUSZUG, "ind-medical-treatment", "income-proof"),
        # Named as the dossier named it ("bewijs inkomen.pdf"): its words alone say a bank's statement, not whose.
        ("inkomen.pdf", STATEMENT, "ind-medical-treatment", "income-proof"),
        ("scan.pdf", COVER, "ind-medical-treatment", "other"),
        ("scan.pdf", MEDICINES, "be-9ter", "country-of-origin-info"),
        ("scan.pdf", RELATIVE, "be-9ter", "application"),
        ("scan.pdf", RECEIPT, "be-9ter", "registered-mail-receipt"),
        ("scan.pdf", CLINIC, "ind-medical-treatment", "medical-statement"),
    ],
    ids=[
        "benefit",
        "pension",
        "kontoauszug",
        "bank-statement",
        "cover-letter",
        "medicines-list",
        "relative",
        "bpost-label",
        "clinic-abroad",
    ],
)
def test_documents_of_the_sixth_and_seventh_hands_are_their_types(
    name: str, text: str, procedure: str, kind: str
) -> None:
    assert document_types({name: [text]}, procedure=procedure) == [(name, 1, 1, kind)]


def test_a_cover_letters_enclosures_read_apart_from_their_numbers_title_none_of_them() -> None:
    # ninth cover-letter-inventaris-kolommen (read): OCR read the table's numbers apart from the names, each name
    # alone on its line under the salutation.
    letter = (
        "Kaya & De Wit Advocaten\nWestblaak 88\n3012 KM Rotterdam\nIND, Afdeling Regulier Verblijf\n"
        "Kenmerk: 2025-249\nDatum: 28 november 2026\n"
        "Betreft: een verblijfsvergunning voor het verblijfsdoel 'medische behandeling' — Marlon Amatdjais\n"
        "Geachte heer, mevrouw,\nBijgaand ontvangt u de aanvraag van mijn cliënt(e), met de stukken die hieronder\n"
        "zijn genummerd.\nN _ | Bijlage Blz.\naanvraagformulier\nkopie paspoort\nmedische verklaring behandelaar\n"
        "bewijs inkomen\nMet vriendelijke groet,"
    )
    assert _types(letter) == [(1, 1, "other")]


def test_a_visa_sticker_is_no_identity_document_and_german_extracts_are_civil_status_acts() -> None:
    # ninth mvv-sticker-sur-plooien (read): the MVV stuck in the passport, copied on a page of its own.
    mvv = (
        "VISUM NLD\nGELDIG VOOR SCHENGENSTATEN\nTYPE VISUM D\nNAAM KROMODIKORO, INGRID\n"
        "OPMERKINGEN MVV — MEDISCHE BEHANDELING\nV<NLDKROMODIKORO<<INGRID<<<<<<<<<<<<<<<<<<<<\n"
        "R8143872<4SUR9312306F2611239<<<<<<<<<<<<<<<<"
    )
    assert _types(mvv) == [(1, 1, "other")]
    # twentyfirst mvv-sticker-sur-alleen (read): its first line misread, the runs of fillers are still the visa's.
    enlarged = (
        "VISUM - NEDERLAND - NLD\nGELDIG VOOR VAN\nNEDERLAND / SCHENGEN 15-06-2026\nTOT SOORT\n13-12-2026 D Mvv\n"
        "PASPOORTNR.\nR1906350\nNAAM\nDOEKHIE, RUDIE\nOPMERKINGEN\nMEDISCHE BEHANDELING\n"
        "V<NLDDOEKHIE<<RUDI E<<<<<ccccccccecccceccc<<<\nR1906350<7SUR8904296M2612133<<<<<<<<<<e<<c<<\n"
        "VY-nummer 73206 78961"
    )
    assert _types(enlarged) == [(1, 1, "other")]
    # ninth birth- and marriage-be-eupen (read): a German-speaking municipality's extracts.
    birth = "Gemeinde Eupen\nStandesamt\nAUSZUG AUS EINER GEBURTSURKUNDE\nName RAHMAN POPAL\nGeburtsdatum 22.08.2016"
    assert _types(birth) == [(1, 1, "birth-certificate")]
    marriage = "AUSZUG AUS EINER HEIRATSURKUNDE\nEheschließung am 09.09.2025 in Kelmis\nEhegatte 1\nName"
    assert _types(marriage) == [(1, 1, "marriage-certificate")]


def test_a_banks_salary_statement_and_a_spanish_certificate_of_coverage() -> None:
    # ninth bank-verklaring-salaris-ondertekend and intl-constancia-mexico-carta (read).
    bank = (
        "Noorderbank N.V.\nKantoor Den Haag Particulieren\nBANKVERKLARING\nHierbij verklaren wij dat Bashar "
        "Darwish houder is van rekening NL93PLDB6967040628 en dat op deze rekening maandelijks het salaris wordt "
        "bijgeschreven."
    )
    assert _types(bank) == [(1, 1, "income-proof")]
    coverage = (
        "GlobeCare International Health DAC\nHarcourt Road 14, Dublin 2, Ireland\n"
        "CONSTANCIA DE COBERTURA / CERTIF\nICATE OF COVERAGE\nAsegurado / Insured Ingrid Kromodikoro"
    )
    assert _types(coverage) == [(1, 1, "health-insurance")]


# tenth ind-med-clean-03 and -05 (read): a care institution's statement scanned after the doctor's statement in one
# PDF, titled "Verklaring behandelcentrum" or "Verklaring zorgaanbieder" beside its date.
DOCTORS_STATEMENT = (
    "Verklaring behandelend arts\nPatiënt Farida Benmoussa (19-11-1966)\nDiagnose: chronische nierinsufficiëntie.\n"
    "De behandeling is medisch noodzakelijk en zal ten minste een jaar duren.\nMet vriendelijke groet, dr. E. Jansen"
)


@pytest.mark.parametrize(
    "title", ["Verklaring behandelcentrum 26 oktober 2026", "Verklaring zorgaanbieder 1 november 2026"]
)
def test_a_care_providers_statement_scanned_after_the_doctors(title: str) -> None:
    care = (
        f"IJsselvallei Ziekenhuis\nGGZ-instelling Nico Bolkesteinlaan 120 - 7416 SE Deventer\n{title}\n"
        "Patiënt Farida Benmoussa (19-11-1966)\nStart 7 februari 2027\nKosten per jaar (raming) € 27.800,00\n"
        "Wij zijn bereid en in staat de behandeling te bieden."
    )
    assert _types(DOCTORS_STATEMENT, care)[1:] == [(2, 2, "care-institution-statement")]


# fourteenth be9ter-medcert-fields-2 (read): a country health profile's page of text and a chart, without a title the
# types know, scanned after the certificate's last page ("3/3") in one PDF.
CERTIFICATE_END = (
    "Annexe au certificat médical type\nMahmoud Sabbagh\nF/ Si d'application : quels sont les besoins spécifiques\n"
    "Psychiatre mensuel, psychologue hebdomadaire, accompagnement social.\n3/3"
)
PROFILE = (
    "Financement de la santé\nLes dépenses de santé restent largement à la charge des ménages. Les hôpitaux publics "
    "manquent de médicaments ; les patients achètent les traitements sur le marché privé.\n48 %\n2020 2021 2022\n— 19—"
)


def test_a_page_after_its_documents_last_numbered_page_is_another_document() -> None:
    assert [found[:2] for found in _types(CERTIFICATE_END, PROFILE)] == [(1, 1), (2, 2)]
    assert [found[:2] for found in _types(CERTIFICATE_END.replace("3/3", "2/3"), PROFILE)] == [(1, 2)]


# fifteenth (read): a pharmacy in the country of origin answering the lawyer's e-mail, printed; an incoming insurer's
# welcome letter scanned after a hospital's letter in one PDF.
PHARMACY = (
    "From: City Pharmacy <city.pharmacy@gmail.com>\nSubject: RE: availability bictegravir/emtricitabine\n"
    "We confirm that Biktarvy has been out of stock in our pharmacy and with the wholesalers in Moscow for several "
    "months. When it arrives, the price is about 180 USD a month, paid by the patient; there is no reimbursement."
)
WELCOME = (
    "Oranjepoort Incoming Verzekeringen\nPolisnummer\nWelkom! Bevestiging van uw verzekering\nINC-47819028\n"
    "Verzekerde Salma Darwish\nDe verzekering dekt medische kosten in Nederland: huisarts, specialist, opname."
)
HOSPITAL_LETTER = (
    "Martiniveld Ziekenhuis\nPolikliniek Orthopedie\nGeachte collega,\nDiagnose: acetabulumfractuur rechts.\n"
    "Behandeling: revisie-operatie van de heup, sinds 1 augustus 2026. De behandeling is medisch noodzakelijk."
)


def test_a_pharmacys_answer_from_the_country_of_origin_and_an_insurers_welcome_letter() -> None:
    assert _types(PHARMACY) == [(1, 1, "country-of-origin-info")]
    assert _types(HOSPITAL_LETTER, WELCOME) == [(1, 1, "medical-statement"), (2, 2, "health-insurance")]


def test_the_2024_models_edition_line_heads_it_when_ocr_split_its_title() -> None:
    # fifteenth be9ter-clean-05 (read): a GP's software prints the model; OCR read its title as "STA" and
    # "NDAARD MEDISCH GETUIGSCHRIFT" on two lines.
    page = (
        "Huisartsenpraktijk Vandenberghe\nModel van toepassing vanaf 1 maart 2024\nSTA\n\n"
        "NDAARD MEDISCH GETUIGSCHRIFT\n1. Identificatie van de patiënt\nNaam SYLLA\n5. Diagnose\n"
        "Sikkelcelziekte - ICD-10 D57.1\n6. Graad van ernst van de aandoening [X] ernstig"
    )
    assert _types(page) == [(1, 1, "medical-certificate")]
    # An application that names the model in a sentence is no certificate.
    letter = (
        "Aanvraag om machtiging tot verblijf - artikel 9ter\nGeachte heer, mevrouw,\nBijgevoegd is het standaard "
        "medisch getuigschrift, model van toepassing vanaf 1 maart 2024, opgesteld door Dr. Vandenberghe."
    )
    assert _types(letter) == [(1, 1, "application")]


def test_a_passports_page_after_the_application_is_its_own_whatever_noise_reads_as_a_page_number() -> None:
    # fifteenth be9ter-clean-18 (read): a phone photo's noise read "4 oF 5" on the passport's page.
    application = (
        "Aanvraag om machtiging tot verblijf - artikel 9ter\nGeachte heer, mevrouw,\nHierbij dien ik in."
    )
    noisy = "PASSPORT\n" + passport_zone("DUDAYEVA", "LUIZA", nationality="RUS") + "\nSe OE i NN 4 oF 5 i132"
    found = _types(application, noisy)
    assert [t[:2] for t in found] == [(1, 1), (2, 2)] and found[1][2] == "identity-document"


def test_an_authoritys_decision_scanned_after_a_doctors_letter_is_its_own_document() -> None:
    # fifteenth ind-hnt-vnum-03 (read): the IND's earlier decision scanned after the specialist's letter in one PDF.
    decision = (
        "IND\nImmigratie- en Naturalisatiedienst\nBeslissing op uw aanvraag — verblijfsvergunning\n"
        "Naam: Brunings, Rosita Anjali\nDe aanvraag wordt ingewilligd.\nBent u het niet eens met deze beslissing?"
    )
    assert _types(DOCTORS_STATEMENT, decision) == [(1, 1, "medical-statement"), (2, 2, "other")]


def test_a_payslip_whose_title_shares_its_line_after_an_insurance_certificate_is_its_own() -> None:
    # fifteenth ind-med-blank-02 (read): the employer's name beside "Loonstrook" leaves the title no heading.
    certificate = (
        "Northbridge Assurance Ltd.\nCERTIFICATE OF COVERAGE\nInsured Rania Darwish\nPolicy no. EC-24865588\n"
        "Plan International Medical Plan Gold, worldwide incl. the Netherlands"
    )
    payslip = (
        "Stichting Zorggroep Apeldoorn Loonstrook periode 11 / 2026\nMedewerker Darwish, Rania\nSalaris 3.045,00\n"
        "Loonheffing -645,13\nNetto te betalen € 2.224,46"
    )
    assert _types(certificate, payslip) == [(1, 1, "health-insurance"), (2, 2, "income-proof")]


def test_a_forms_second_page_stays_with_a_first_page_whose_type_its_content_only_guessed() -> None:
    # thirteenth be9ter-clean-23 (read): an intake form printed from the browser, its first page all identity labels.
    first = (
        "Inscription 9ter — régularisation médicale\nNom et prénoms *\nTCHINDA Cyrille\nDate de naissance *\n"
        "30.09.1962\nLieu et pays de naissance *\nGaroua, Cameroun\nNationalité *\ncamerounaise\n"
        "Avez-vous un passeport ou une carte d'identité ? *\nOui"
    )
    second = (
        "Maladie et traitement *\nMon client souffre de drépanocytose, comme l'atteste le certificat médical type "
        "complété par le Dr. Vermeulen. Hospitalisations pour crise douloureuse; traitement par hydroxyurée; "
        "suivi par l'hématologue; le diagnostic est confirmé par électrophorèse."
    )
    assert [t[:2] for t in _types(first, second)] == [(1, 2)]


def test_a_certificates_second_page_stays_with_it_though_its_words_score_for_a_medical_statement() -> None:
    # The be9ter-nl-clean sample: under the title-only certificate, a later page's words count for no certificate.
    first = (
        "STANDAARD MEDISCH GETUIGSCHRIFT\nbestemd voor de Dienst Vreemdelingenzaken\nB/ DIAGNOSE\n"
        "Diabetes mellitus type 1, instabiel.\nC/ Huidige behandeling\nInsuline, 4 injecties per dag."
    )
    second = (
        "E/ Evolutie en prognose\nStabiel onder behandeling; zonder behandeling slecht.\n"
        "F/ Noden op het vlak van medische opvolging\nDagelijkse glucosecontrole.\nDatum: 2 november 2026\n"
        "Naam van de arts: dr. An Verhoeven\nRIZIV-nummer: 1-23456-78-901\nHandtekening en stempel van de arts:"
    )
    assert _types(first, second) == [(1, 2, "medical-certificate")]


def test_a_reception_centres_attestation_for_an_applicant_for_international_protection_is_asylum_proof() -> (
    None
):
    # fifteenth be9ter-clean-10 (read): typed nothing, it left a claimed identity exemption without its proof.
    attestation = (
        "Croix-Rouge de Belgique — Centre d'accueil de Jambes\nRue de Dave 165, 5100 Jambes\nATTESTATION D'HÉBERGEMENT\n"
        "Nom et prénom Date de naissance Numéro SP Arrivée au centre\nEWANE Pauline 12.04.1999 7814541 24.07.2026\n"
        "Nous attestons que la personne mentionnée ci-dessus est hébergée dans notre centre en tant que demandeur de "
        "protection internationale. Sa demande, introduite le 26.06.2026, est toujours en cours d'examen."
    )
    assert _types(attestation) == [(1, 1, "asylum-proof")]


CARE_FORM = (
    "V-nr 7668090216\nVerklaring behandelende instelling\n"
    "tbv. aanvraag verblijfsvergunning medische behandeling\nNaam instelling Ziekenhuis Gelderse Poort\n"
    "Plaats Nijmegen\nDiagnose ziekte van Gaucher type 1\nBehandeling enzymvervangende therapie\n"
    "Kan de instelling de behandeling geven? [X] ja [ ] nee\nZal de instelling de behandeling geven? [X] ja [ ] nee\n"
    "Is de betaling geregeld? [X] ja [ ] nee\nDatum, handtekening en stempel"
)


def test_a_care_institutions_form_serving_an_application_is_the_institutions_statement() -> None:
    # twentyfirst ind-med-clean-01 and -08 (read): the institution's form, filled in by hand, whose second line
    # names the application it serves ("t.b.v. aanvraag verblijfsvergunning"), was taken for the application.
    assert _types(CARE_FORM) == [(1, 1, "care-institution-statement")]
    assert _types(CARE_FORM.replace("tbv.", "t.b.v.")) == [(1, 1, "care-institution-statement")]


def test_a_run_in_heading_in_capitals_heads_its_page() -> None:
    # twentyfirst ind-med-clean-08 (read): an insurer's certificate whose title runs into its first sentence, scanned
    # after the care institution's form in one PDF.
    certificate = (
        "Oranjepoort Incoming Verzekeringen\nCERTIFICATE OF INSURANCE. This is to certify that Ahmet Hüseyin Koc,\n"
        "born 16 August 2001, is insured under policy IN-94834771 from 14 July 2026 to 13 July 2027"
    )
    assert _types(CARE_FORM, certificate) == [
        (1, 1, "care-institution-statement"),
        (2, 2, "health-insurance"),
    ]


def test_a_file_named_after_the_asylum_authority_is_asylum_proof() -> None:
    # twentyfirst be9ter-clean-10 (read): the CGRA helpdesk's e-mail on the state of the asylum procedure, its body
    # not read, filed as "CGVS_attest.pdf"; without it the dossier held no identity evidence at all.
    mail = (
        "Imprimer — Outlook\nDe: CGRA- Helpdesk avocats <Cgra.avocats@ibz.fgov.be>\nEnvoyé: 5 novembre 2026 12:13\n"
        "Objet: RE: état de la procédure — CHAUDHRY Ayesha — SP 8332271\nMaître,\nCordialement,\n"
    )
    assert [d[1:] for d in document_types({"CGVS_attest.pdf": [mail]})] == [(1, 1, "asylum-proof")]


def test_a_guarantors_letter_in_his_own_words_is_income_evidence() -> None:
    letter = (
        "Aan de IND. Ik, Hasan Koc, geboren 01-05-1962, wonend Bredaseweg 252 te Tilburg, ben de zoon van de aanvrager.\n"
        "Ik verklaar dat ik alle kosten van verblijf en medische behandeling betaal. Ik werk bij Zorggroep De Meander\n"
        "en ik verdien netto € 3.100 per maand. Mijn loonstroken stuur ik mee."
    )
    assert classify.score_text(letter).get("income-proof", 0) >= 2


# twentyfirst (read): a guarantor's letter written by hand on lined paper, scanned last in a bundle of enclosures,
# as tesseract read it: "ik verdien" and "verblijf" misread, "alle kosten", "verdien netto" and "per maand" kept.
HANDWRITTEN_GUARANTOR = (
    "V-nr 7518960919\n\nRaw de IND. Wo Dafr Laws», geboren 30-07-17), wonend Drnstornt 55\n\n"
    "bv Utrecht, ben de zus van dom Lawson (p@bor@n 05-10-1955). Ik verklanc\n"
    "Yat ik alle kosten van vel en welische els in Nederland betzol. Ik\n"
    "week Wij Heller Focilitzie BV. en verdien netto 0 2.498,47 per waar. Mijn\nloonsteoken Stuur ik wee.\n\n"
    "Utrecht, 08-11-1016\n\nJZuchluhulllies\n\nDaß Larson"
)
SPANISH_POLICY_STATEMENT = (
    "V-nr 7518960919\n\nMeridian Expat Health S.A.\n\n12, rue Goethe, L-1637 Luxembourg\n\n"
    "CONSTANCIA DE PÓLIZA / POLICY STATEMENT\n\nAsegurado / Insured: Sélom Lawson\n"
    "Fecha de nacimiento / Date of birth: 5 October 1988\nPöliza / Policy: SV-57383350\n"
    "Vigencia / Period: 10 June 2026 — 9 June 2027\n"
    "La póliza cubre el tratamiento médico hospitalario y ambulatorio, la atención especializada y los medicamentos\n"
    "recetados en los Paises Bajos. / The policy covers in-patient and out-patient treatment, specialist care and\n"
    "prescribed medicines in the Netherlands.\n\nGerente de Operaciones / Operations Manager\n"
)


def test_a_guarantors_handwritten_letter_after_an_insurers_certificate_is_its_own_income_evidence() -> None:
    """Before, the letter's misread words said too little, and it became the insurance certificate's second page:
    the dossier then held "no proof of income" (ind-med-clean-08, a clean dossier called deficient)."""
    assert _types(COVERAGE, HANDWRITTEN_GUARANTOR) == [(1, 1, "health-insurance"), (2, 2, "income-proof")]


def test_a_spanish_policy_statement_is_headed_as_health_insurance() -> None:
    """Its title heads it, so a page after it that is plainly something else starts another document."""
    assert _types(SPANISH_POLICY_STATEMENT, HANDWRITTEN_GUARANTOR) == [
        (1, 1, "health-insurance"),
        (2, 2, "income-proof"),
    ]


# twentyfirst (read): newspaper articles printed from the web on a medicine's shortage in the country of origin, as
# tesseract read them. Before, "unavailable", "out of pocket" (unhyphenated) and "pénurie" said nothing: the first
# was "other", the second taken for an insurer's letter, and the 9ter dossier had no information on the country.
SHORTAGE_ARTICLE = (
    "21/11/2026 14:10 https://www.dawn.com/health/35935\n\nDAWN\n\nPakistan: patients face shortage of\n"
    "bictegravir/emtricitabine/tenofovir alafenamide\nPublished 14 April 2026\n"
    "For several months bictegravir/emtricitabine /tenofovir alafenamide (Biktarvy) has been unavailable in most of\n\n"
    "the country's pharmacies. Only Pakistan Institute of Medical Sciences (PIMS), Islamabad still receives it, in small\n"
    "quantities.\n\nA month of treatment costs about 180 USD, while the average wage is barely 37 000 PKR.\n\n"
    "The Sehat Sahulat card pays in-patient care in listed hospitals; out-patient medicines for chronic illness are not\n"
    "covered and are paid out of pocket.\n\nPatient groups are calling on the ministry to secure supplies.\n"
)
INSURANCE_ARREARS_ARTICLE = (
    "17/11/2026 14:16 https://www.hurriyetdailynews.com/health/29719\n\nHURRIYETDAILYNEWS\n\n"
    "Turkey: patients face shortage of haemodialysis\n\nPublished 5 May 2026\n"
    "For several months haemodialysis (3 sessions a week) and erythropoietin has been unavailable in most of the\n"
    "country's pharmacies. Only Ankara Bilkent City Hospital still receives it, in small quantities.\n"
    "A month of treatment costs about 1 100 USD, while the average wage is barely 22 000 TRY.\n\n"
    "General health insurance (GSS) requires monthly premiums from persons without registered income; premium\n"
    "arrears block access to non-emergency care.\n\nPatient groups are calling on the ministry to secure supplies.\n\n1/1\n"
)


@pytest.mark.parametrize("article", [SHORTAGE_ARTICLE, INSURANCE_ARREARS_ARTICLE])
def test_a_newspapers_report_of_a_shortage_at_home_is_country_information(article: str) -> None:
    assert _types(article) == [(1, 1, "country-of-origin-info")]


# nineteenth ind-hnt-clean-03 (read): the IND's decision in the state's house style, its heading under the letterhead,
# the return address, the addressee and the column of references, as tesseract read it.
IND_DECISION = (
    "Immigratie- en Naturalisatiedienst\n\nBR Ministerie van Asiel en Migratie\n"
    "> Retouradres Postbus 287 7600 AG Almelo Datum\nà à 17 augustus 2024\nMarlon Tjin-A-Lim 6\nV-nummer\n"
    "Hoofdweg 26-B 5158587024\n1055 LT Amsterdam Ingangsdatum\n12-09-2024\n\n"
    "Besluit op uw aanvraag voor een verblijfsvergunning regulier\n\n"
    "Wij hebben uw aanvraag ingewilligd. U krijgt een verblijfsvergunning regulier voor bepaalde tijd. De\n"
    "vergunning gaat in op 12 september 2024.\n\nDe minister van Asiel en Migratie,\nnamens deze,\n"
)
EMPLOYERS_STATEMENT = (
    "V-nummer 5158587024\nHelder Facilitair B.V.\nLaan van Nieuw Oost-Indië 123 - 2593 BM Den Haag - Personeelszaken\n"
    "WERKGEVERSVERKLARING\nDe werknemer is in loondienst sinds 1 maart 2019. Bruto maandinkomen € 3.412,00; "
    "netto maandinkomen € 2.688,15; vakantiegeld 8 %.\n"
)


def test_an_authoritys_decision_headed_below_its_references_is_a_document_of_its_own() -> None:
    """Before, its heading stood too far down to be seen, and the decision became the employer's statement's second
    page."""
    assert _types(EMPLOYERS_STATEMENT, IND_DECISION) == [(1, 1, "income-proof"), (2, 2, "other")]


def test_a_bundle_of_annexes_after_a_cover_letter_is_split_where_each_starts() -> None:
    """twentysecond ind-med-exemption-01 (read): a lawyer's cover letter, a hospital's treatment summary, its care
    administration's statement and an insurer's certificate, scanned into one file, were one medical statement:
    "Behandelsamenvatting" was no title, and OCR read the insurer's "VERZEKERINGSCERTIFICAAT" in two pieces."""
    cover = (
        "Advocatenkantoor Oudegracht\nImmigratie- en Naturalisatiedienst\nPostbus 17\n9560 AA Ter Apel\n"
        "Betreft: Nazmul Ahmed, geb. 11/02/1973 - V-nummer 7127507156\nGeachte heer, mevrouw,\n"
        "Hierbij dien ik namens mijn cliënt een aanvraag in voor een verblijfsvergunning voor het verblijfsdoel "
        "'medische behandeling'.\nBijlagen:\n* aanvraagformulier\n* medische verklaring behandelaar\n"
        "* verklaring zorginstelling\n* bewijs Zorgverzekering\nMet vriendelijke groet,\nmr. B. Hendriks"
    )
    summary = (
        "V-nummer 7127507156\nCatharinaland Ziekenhuis\nAfdeling Hematologie Eindhoven\nBehandelsamenvatting\n"
        "Ahmed, Nazmul geb. 11/02/1973\nDiagnose/classificatie: bèta-thalassemie major\n"
        "bloedtransfusies en ijzerchelatie wekelijks 01-01-2026\ncontrole specialist elke 3 maanden\n"
        "Voor zover mij bekend is deze behandeling in Bangladesh niet beschikbaar.\n"
        "dr. M. Bakker, kinderarts-hematoloog"
    )
    care = (
        "Catharinaland Ziekenhuis\nZorgadministratie\nBetreft: Nazmul Ahmed, geboren 11/02/1973\n"
        "Catharinaland Ziekenhuis verklaart dat zij de behandeling van bèta-thalassemie major (bloedtransfusies en "
        "ijzerchelatie) kan en zal bieden in de periode van 1 december 2026 tot en met 16 december 2027.\n"
        "Thijs van Leeuwen, manager zorgadministratie"
    )
    insurer = (
        "V-nummer 7127507156\nOranjepoort Incoming Verzekeringen\nVERZEKERING SCERTIFICAAT\n"
        "Verzekerde Nazmul Ahmed\nGeboren 11 februari 1973\nPolis INC-57383350\n"
        "Looptijd 10 november 2026 t/m 9 november 2027\nManager Schadebehandeling"
    )
    found = document_types(
        {"bijlagen.pdf": [cover, summary, care, insurer]}, procedure="ind-medical-treatment"
    )
    starts = {first: kind for _, first, _, kind in found}
    assert (starts[2], starts[4]) == ("medical-statement", "health-insurance")
    assert classify.content_type(care) == "care-institution-statement"


def test_a_passport_whose_zone_ocr_cut_apart_is_its_own_document_after_a_form() -> None:
    """twentythird be9ter-signed-1 (blind run): a Kenyan passport scanned after an intake form whose signature box was
    left empty. Its data page's title shares a line with its field captions ("PASSPORT TypeP Code KEN"), and OCR cut
    its zone apart ("P<KENKIPROTICH<<MERC", the fillers on a line of their own): the passport became the form's second
    page, whose holder's signature signed the form, and the dossier had no identity document (inadmissible)."""
    form = (
        "Medimmigrant-Steunpunt - Antwerpen\nAanvraagformulier machtiging tot verblijf om medische redenen (art.\n"
        "Ster)\nRubriek Gegevens Stuk\nFamilienaam KIPROTICH\nVoornamen Mercy\nGeboortedatum 27.08.2001\n"
        "Geboorteplaats en -land Nakuru, Kenia\nNationaliteit Keniaanse\n"
        "Rijksregisternr. / DVZ-nr. 010827 906 39\nWerkelijke verblijfplaats Bergensesteenweg 13, 1070 Anderlecht\n"
        "Gekozen woonplaats Jana Van Damme, Bondgenotenlaan 134 bus 3, 3000\nLeuven\nGezinsleden geen\n"
        "Identiteitsbewijs Kopie nationaal paspoort al\n"
        "Medisch getuigschrift Dr. Karim Bennani, 28.10.2026 - Posttraumatische 2\n"
        "stressstoornis met ernstige depressieve episode\nZorg in land van herkomst Sertraline, quetiapine en "
        "traumagerichte\npsychotherapie is in Kenia slechts te krijgen in\nKenyatta National Hospital, Nairobi\n"
        "Lopende procedures geen"
    )
    passport = (
        "REPUBLIC OF KENYA - JAMHURI YA KENYA\nNo. AK8594994\nPASSPORT TypeP Code KEN\n[7] simane\nKIPROTICH\nMERCY\n"
        "KENYAN\n[4] Date of rth\n27 AUG 01\n[6 | Place of bith\nNAKURU\n06 AUG 19\nREGISTRAR OF PERSONS\n"
        "[F1 ont of expiry\n05 AUG 29\nP<KENKIPROTICH<<MERC\nF290805 2<<<<<<<<<<<<<<<6\nAK85949948KEN0108272"
    )
    assert [d[1:] for d in document_types({"dossier.pdf": [form, passport]}, procedure="be-9ter")] == [
        (1, 1, "application"),
        (2, 2, "identity-document"),
    ]


def test_a_statement_on_honour_written_as_one_paragraph_is_headed_by_its_first_words() -> None:
    """twentythird be9ter-identity-1 (blind run): a hand's "Déclaration sur l'honneur. Je soussigné(e) …" on squared
    paper, read as one paragraph with the apostrophe lost ("Lhonneur"). Taken for an identity document (its "passeport"
    and "carte d'identité"), the applicant's own statement hid that the dossier held no proof of identity."""
    text = (
        "Déclaration sur Lhonneur. Je soussigné(e) Eric Niyonzima, né(e) le 16/06/1960 à Rwamagana, déclare que\n\n"
        "ce sont mes vrais nom et date de naissance. Je n'ai plus de passeport ni de carte d'identite.\n\n"
        "05/11/2026 Wp / | |"
    )
    assert document_types({"mail.jpg": [text]}, procedure="be-9ter") == [
        ("mail.jpg", 1, 1, "sworn-statement")
    ]
    # Its elision lost whole: "Déclaration Sur honneur" over a hand's lines (fortyfifth be9ter-identity-1, read after
    # its blind run: "other", the lack of any proof of identity only "check by hand").
    hand = "Déclaration Sur honneur\n\nJe sousstanee, Sunita Gaeta Wack, nee le Vo ds 2 Pac\n(Nepal), de vationalite"
    assert document_types({"document_3.jpg": [hand]}, procedure="be-9ter") == [
        ("document_3.jpg", 1, 1, "sworn-statement")
    ]
    # A first sentence that names no title heads nothing.
    assert classify.heading_scores("Geachte mevrouw. Hierbij stuur ik u de kopie van mijn paspoort.") == {}


@pytest.mark.parametrize(
    "text, kind",
    [
        # twentythird (blind run), each of a Kenyan or Ethiopian authority: an embassy's attestation, a ministry's
        # letter confirming citizenship, a civil registry's birth certificate whose title bar OCR read "TH CERTIFICATE".
        (
            "EMBASSY OF THE REPUBLIC OF KENYA\nBrussels: Avenue Winston Churchill 208, 1180 Uccle\n"
            "ATTESTATION OF IDENTITY\nN° 662/KEN/CONS/2025\nThe Embassy of the Republic of Kenya in Brussels attests "
            "that the person whose\nphotograph appears opposite is Evans Brian ONYANGO, born on 15 February 1993 at\n"
            "Kisumu, a Kenyan citizen, child of Kiprop Onyango and Akinyi Kiprotich.",
            "identity-certificate",
        ),
        (
            "REPUBLIC OF KENYA\nMINISTRY OF INTERIOR AND NATIONAL ADMINISTRATION\nRef: DIS/CIT/97789\n"
            "TO WHOM IT MAY CONCERN\nRE: CONFIRMATION OF KENYAN CITIZENSHIP - EVANS BRIAN ONYANGO\n"
            "This is to confirm that Evans Brian Onyango, born on 15 February 1993 at Kisumu, is a citizen of Kenya "
            "by birth under Article 14(1) of the Constitution of Kenya.",
            "nationality-certificate",
        ),
        (
            "FEDERAL DEMOCRATIC REPUBLIC OF ETHIOPIA\nAddis Ababa City Administration - Civil Registration and "
            "Residency Service Agency\nTH CERTIFICATE\nRegistration No. AA/42/369724\nFirst name Father's name\n"
            "Selam Dawit\nGrandfather's / family name Sex\nGebremedhin Female\nDate of birth Place of birth\n"
            "25/04/2020 (G.C.) Hawassa\nNationality\nEthiopian\nMother's full name\nBethlehem Alemu\n"
            "Date of registration\n03/05/2020\nCivil Status Registration Officer",
            "birth-certificate",
        ),
    ],
)
def test_kenyan_and_ethiopian_civil_documents(text: str, kind: str) -> None:
    assert document_types({"stuk.pdf": [text]}, procedure="be-9ter") == [("stuk.pdf", 1, 1, kind)]


def test_a_birth_register_extract_in_numbered_fields_without_its_title_is_a_birth_certificate() -> None:
    # twenty-ninth be9ter-id-sufficiency-2 (read after its blind run): a Malian "volet n° 3", its title lost to OCR,
    # its numbered fields an identity card's (name, date and place of birth, sex, issued on) and a birth register's
    # (the father, the mother, their occupations and home, the declarant): it was an identity document, so a birth
    # certificate alone was "identity documents read poorly", check by hand, not "no nationality, no photo".
    text = (
        "REPUBLIQUE DU MALI\nUn Peuple — Un But — Une Foi\nCercle / Commune : Bamako Commune III\nVOLET N° 3\n"
        "N° 370 du 26/07/1986\n1. Nom 2. Prénom(s)\nCOULIBALY Souleymane\n3. Date de naissance 4. Heure\n"
        "16/06/1986 14 h\n5. Lieu de naissance 6. Sexe\nKayes Masculin\n7. Père 8. Profession du père\nCommerçant\n"
        "9. Mère 10. Profession de la mère\nRokia Diarra Couturière\n11. Domicile des parents 12. Déclarant\n"
        "Commune III le père\nDélivré le 26/03/2025"
    )
    assert document_types({"bijlage_3.pdf": [text]}, procedure="be-9ter") == [
        ("bijlage_3.pdf", 1, 1, "birth-certificate")
    ]


def test_a_birth_registration_certificate_is_a_birth_certificate() -> None:
    # fortyfifth be9ter-id-sufficiency-2 (read after its blind run): a Nepali ward office's bilingual certificate, its
    # Devanagari read as noise beside the English labels, which an identity card's fields share; a third as sure a
    # birth certificate as an identity document, it was "to look at" for the identity's every gap.
    text = (
        "twal Metropolitan City - Ward Office No. 20\nG ent of Nepal : Department of National ID and Civil "
        "Registration\nST zat WAT\nBIRTH REGISTRATION CERTIFICATE\nRegistration No.\n1994-20-6381\nIssue Date\n"
        "06/03/2025\n1. Full Name TT Ta Dipesh Gurung\n2. Sex fast Male\n3. Date of Birth HT 20 October 1994\n"
        "4. Place of Birth T= Butwal, Nepal\n5. Father's Name Taal at Suman Gurung\n7. Citizenship Wha Nepali"
    )
    assert document_types({"bijlage_3.jpg": [text]}, procedure="be-9ter") == [
        ("bijlage_3.jpg", 1, 1, "birth-certificate")
    ]
    assert classify.first_title(text) == "birth-certificate"


def test_a_doctor_at_home_confirming_a_medicine_comes_only_through_importers_is_country_information() -> None:
    # twentythird be9ter-clean-04 (blind run): a Nairobi hospital's letter "to whom it may concern", its "national
    # essential / medicines list" broken over two lines; taken for "other", BE9TER-COUNTRY-INFO had it as missing.
    text = (
        "Aga Khan University Hospital, Nairobi\nNairobi · Kenya\n23 September 2026\nTO WHOM IT MAY CONCERN\n"
        "I confirm that sertraline, quetiapine and trauma-focused psychotherapy is not on the national essential\n"
        "medicines list of Kenya. It can only be obtained irregularly through private importers, at about 70 USD a\n"
        "month, while the average monthly wage is 20 000 KES. The Social Health Authority, which replaced the NHIF\n"
        "in 2024, does not cover many specialised out-patient medicines; they are paid out of pocket.\nDr A. Wanjiku"
    )
    kind = "country-of-origin-info"
    assert document_types({"bijlage_6.pdf": [text]}, procedure="be-9ter") == [("bijlage_6.pdf", 1, 1, kind)]


def test_a_care_institutions_form_and_a_spanish_letter_of_coverage_start_their_own_documents() -> None:
    """twentythird ind-med-clean-09 (blind run): a hospital's "Verklaring behandelbereidheid zorginstelling" and an
    insurer's "CARTA DE COBERTURA" / "LETTER OF COVERAGE", scanned after a GP's episode list, were its pages: both
    required documents were "check by hand" on a clean dossier."""
    gp = (
        "Huisartsenpraktijk De Linde\nMedische verklaring\nPatiënt: Josiane Niyonzima, geboren 5 maart 2001\n"
        "Diagnose: therapieresistente temporaalkwabepilepsie\nBehandeling door neuroloog; medicatie levenslang."
    )
    care = (
        "IJsselvallei Ziekenhuis\nVerklaring behandelbereidheid zorginstelling\nNaam patiënt Josiane Niyonzima\n"
        "Geboortedatum 5 maart 2001\nAandoening therapieresistente temporaalkwabepilepsie\n"
        "Behandeling epilepsiebehandeling (VNS)\nKan de instelling de behandeling bieden? ja\n"
        "Periode 1 augustus 2026 t/m 1 augustus 2027\nIngrid Smit, medisch manager"
    )
    cover = (
        "GlobeCare International Health DAC\nHarcourt Road 14, Dublin 2, Ireland\nCARTA DE COBERTURA\n"
        "Certificamos que Josiane Niyonzima, nacido/a el 5\nMarch 2001, está asegurado/a bajo la póliza\n"
        "LETTER OF COVERAGE\nWe certify that Josiane Niyonzima, born 5 March 2001, is\ninsured under policy UY-47819028"
    )
    found = document_types({"bijlagen.pdf": [gp, care, cover]}, procedure="ind-medical-treatment")
    assert [d[1:] for d in found][1:] == [(2, 2, "care-institution-statement"), (3, 3, "health-insurance")]


@pytest.mark.parametrize("header, kind", [(True, "other"), (False, "registered-mail-receipt")])
def test_an_email_saying_the_dossier_went_by_registered_post_is_no_receipt(header: bool, kind: str) -> None:
    """thirty-first be9ter-clean-11, -13, -27 (blind run): a lawyer's e-mail to her client, "Votre demande 9ter a
    été envoyée aujourd'hui par recommandé … dès que la preuve de dépôt aura été scannée", was taken for bpost's
    receipt by its words (rules.md BE9TER-REGISTERED-MAIL: the receipt is the post's)."""
    top = "De: Marie Vanderlinden <mvdl@aurore-avocats.be>\nÀ: emine.kilic@gmail.com\n" if header else ""
    text = (
        f"{top}Date: 1er décembre 2026 17:42\nObjet: Votre demande 9ter\n\nBonjour Emine Elif,\n\n"
        "Votre demande 9ter a été envoyée aujourd'hui par recommandé à l'Office des Étrangers. Je vous transmettrai\n"
        "une copie du dossier complet dès que la preuve de dépôt aura été scannée.\n\nBien à vous,\n\n"
        "Marie Vanderlinden\nAurore Avocats\nRue de l'Aurore 44, 1000 Bruxelles\n\n"
        "Ce message est confidentiel et destiné exclusivement à son destinataire."
    )
    assert document_types({"mail.jpg": [text]}, procedure="be-9ter") == [("mail.jpg", 1, 1, kind)]


def test_a_nationality_certificate_titled_with_its_peoples_name_is_one() -> None:
    """thirty-second be9ter-clean-23 and be9ter-id-sufficiency-1 (blind run): "CERTIFICATE OF RWANDAN NATIONALITY",
    the nation's adjective between the title's words, was no title; its fields (surname, date of birth, nationality)
    made it an identity document, so a birth and a nationality certificate alone were "check by hand" instead of "no
    piece with a photo" (rules.md BE9TER-IDENTITY)."""
    text = (
        "REPUBLIC OF RWANDA\nDIRECTORATE GENERAL OF IMMIGRATION AND EMIGRATION\n\nN° 444743\n\n"
        "ICYEMEZO CY'UBWENEGIHUGU\nCERTIFICATE OF RWANDAN NATIONALITY\n\n"
        "This is to certify that the person described below is a national of the Republic of Rwanda by origin, in\n"
        "accordance with the Organic Law governing Rwandan nationality.\n\nSurname HABIMANA\nGiven names Patrick\n"
        "Date of birth 2 February 1971\nPlace of birth Muhanga, Rwanda\nNationality Rwandan\n\n"
        "Issued at Kigali on 25 June 2026\n\nEric KAYITARE\nDirector General"
    )
    assert document_types({"piece_4.pdf": [text]}, procedure="be-9ter") == [
        ("piece_4.pdf", 1, 1, "nationality-certificate")
    ]


def test_a_care_institutions_model_form_filled_in_by_hand_after_a_medical_letter_is_its_own_document() -> (
    None
):
    """thirty-third ind-med-clean-06, -07, -09 (blind run), as OCR read the hand: "BEVESTIGING ZORGINSTELLING", a model
    form the institution fills in, scanned after a specialist's letter, was read as the letter's second page, so the
    dossier had "no care institution's statement": a false deficiency (rules.md IND-MED-DOCS)."""
    letter = (
        "Polikliniek Interne Geneeskunde\nAan mr. De Vries, advocaat\nBetreft: Ahmed Tadesse, geboren 30-09-1963\n"
        "Geachte collega,\nUw cliënt is bij ons onder behandeling wegens chronische hepatitis B met levercirrose.\n"
        "Hij gebruikt dagelijks tenofovir 245 mg. De behandeling is levenslang noodzakelijk.\n"
        "Met collegiale groet,\ndr. M. Bakker, internist"
    )
    form = (
        "| V-NUMR |\nBEVESTIGING ZORGINSTELLING\n\nbij een aanvraag voor verblijf voor medische-behandeling\n\n"
        "Naam zorginstelling: Goothiis Amsfahrgdier\nAdres: Wer star 300, 1097 DW Amsferd pm\nNaam patiënt: AB Tad\n"
        "Geboortedatum: 30 seferber 1163\nBehandeling: Abrefrevrde here GBT\nStartdatum: [5 Pod zog/\n\n"
        "De zorginstelling kan de noodzakelijke behandeling bieden.\nD De zorginstelling zal de behandeling uitvoeren."
        "\n\nPQ De betaling van de behandeling is geregeld.\n\nPlaats en datum: Ansfedam, 14-11-2226\n\n"
        "Namens de zorginstelling: louis"
    )
    found = document_types({"bijlagen.pdf": [letter, form]}, procedure="ind-medical-treatment")
    assert [d[1:] for d in found] == [(1, 1, "medical-statement"), (2, 2, "care-institution-statement")]


def test_a_screenshot_of_a_bank_app_after_an_insurance_certificate_is_an_account_statement() -> None:
    """fortyfirst ind-med-clean-04 (read after its blind run), as OCR read it: a screenshot of a bank's app scanned
    after an insurer's certificate, headed by nothing but the app's clock and the bank's name. Its booking
    "Zorgverzekering -€138,19" was taken for the insurer's title and the page for the certificate's second, so the
    dossier had "no proof of income": a false deficiency (rules.md IND-MED-DOCS). An account's number (a valid IBAN)
    and a list of amounts booked to it say it is an account's statement."""
    insurance = (
        "CERTIFICATE OF INSURANCE\n\nInsurer: Hanze Global Care N.V.\nPolicy holder: Mariama Souley\n"
        "Policy number: HGC-2026-448120\nCoverage: medical treatment, hospitalisation, medication\n"
        "Valid from 01-01-2026 to 31-12-2026\n\nThe insurer certifies that the above person is insured."
    )
    app = (
        "Schermafdruk bankapp Mariama Souley\n\n12:33 4G 82%\n\nNoorderbank N.V.\n\nM. Souley\n"
        "NL20 NORB 1244 6003 15\n\n€ 1.654,42\n\n28 november\n\nZorgverzekering -€138,19\n\n25 november\n\n"
        "Bouwbedrijf Van Dijk & Z +€2.546,92\n\n22 november\n\nAlbert Heijn -€24,99\n\n18 november\n\n"
        "Vattenfall -€78,33\n\n12 november\n\nKruidvat -€16,81\n2 november\nHuur —€740,54\n\n"
        "V-nr.: 9339421470 — Mariama Souley"
    )
    found = document_types({"Bijlagen bij aanvraag.pdf": [insurance, app]}, procedure="ind-medical-treatment")
    assert [d[1:] for d in found] == [(1, 1, "health-insurance"), (2, 2, "income-proof")]
    # An account number that fails its check digits is none: the same list is then no statement.
    broken = document_types(
        {"Bijlagen bij aanvraag.pdf": [insurance, app.replace("NL20", "NL21")]},
        procedure="ind-medical-treatment",
    )
    assert [d[1:] for d in broken] != [(1, 1, "health-insurance"), (2, 2, "income-proof")]


def test_a_subject_line_after_to_whom_it_may_concern_names_the_letter() -> None:
    """fortyfirst be9ter-id-sufficiency-1 (read after its blind run), as OCR read it: a Kenyan immigration office's
    letter confirming citizenship, its subject line under "TO WHOM IT MAY CONCERN". Taken for a line of the letter's
    body, its title counted as a word, and the fields (names, date and place of birth, sex) made the letter an identity
    document: a birth and a nationality certificate alone were "check by hand" instead of "no piece with a photo"
    (rules.md BE9TER-IDENTITY)."""
    text = (
        "REPUBLIC OF KENYA\nDEPARTMENT OF IMMIGRATION SERVICES\n"
        "Nyayo House, Kenyatta Avenue - PO. Box 30191-00100, Nairobi\n\n"
        "Ref: DIS/CIT/30810/25 1st December 2025\nTO WHOM IT MAY CONCERN\n\n"
        "RE: CONFIRMATION OF KENYAN CITIZENSHIP\n\n"
        "This is to confirm that the person whose particulars appear below is a citizen of Kenya by\n"
        "birth in accordance with Article 14 of the Constitution of Kenya, 2010:\n\n"
        "Full names Njeri Faith ONYANGO\nDate of birth 22nd May 1966\nPlace of birth Thika\nSex Female\n\n"
        "Any assistance accorded to the above named will be highly appreciated.\n\n"
        "S. W. Njeri\nfor: Director General, Immigration Services"
    )
    assert document_types({"piece_4.pdf": [text]}, procedure="be-9ter") == [
        ("piece_4.pdf", 1, 1, "nationality-certificate")
    ]


def test_a_web_page_printed_from_a_browser_is_headed_by_its_title_after_the_print_date() -> None:
    """fortyfirst be9ter-clean-18 (read after its blind run), as OCR read it: a country report printed from a web
    page, the browser's date and time before the page's title in its header, its address and "1/1" in its footer.
    The header was taken for a dated row of a table, so the page had no title: scanned after a doctor's report it
    became that report's second page, and alone it was a medical statement (rules.md BE9TER-COI)."""
    report = (
        "Dr. A. Maes, nefroloog\nAZ Sint-Jan Brugge\n\nMedisch verslag\n\nPatiënt: Wanjiru Kamau\n"
        "Diagnose: chronische nierinsufficiëntie stadium 5.\nBehandeling: hemodialyse driemaal per week in ons "
        "ziekenhuis, erytropoëtine.\n\nDr. A. Maes"
    )
    printed = (
        "15/11/26 16:54 Gezondheidszorg in Kenia - Landeninformatie\n\nHome Landen Thema's Publicaties Contact\n\n"
        "Gezondheidszorg in Kenia\n\nLaatst bijgewerkt: 22 augustus 2026\n\n"
        "Behandeling met haemodialysis (3 sessions a week) and erythropoietin\n\n"
        "haemodialysis (3 sessions a week) and erythropoietin staat op de nationale lijst maar is in publieke\n"
        "ziekenhuizen vaak niet voorradig. Gespecialiseerde opvolging gebeurt vooral in het Kenyatta National\n"
        "Hospital, Nairobi.\n\nToegang en kosten\n\nDe Social Health Authority dekt veel gespecialiseerde ambulante\n"
        "geneesmiddelen niet; die betaalt de patiënt zelf. Een maand behandeling kost ongeveer 1 100 USD.\n\n"
        "https://www.landeninfo-zorg.be/landen/kenya/gezondheidszorg 1/1"
    )
    assert document_types({"bijlage_5.pdf": [printed]}, procedure="be-9ter") == [
        ("bijlage_5.pdf", 1, 1, "country-of-origin-info")
    ]
    assert document_types({"bijlagen.pdf": [report, printed]}, procedure="be-9ter") == [
        ("bijlagen.pdf", 1, 1, "medical-statement"),
        ("bijlagen.pdf", 2, 2, "country-of-origin-info"),
    ]
    # Without the footer's address the dated line is a table's row, whose words head nothing.
    assert classify.heading_scores(printed.rsplit("\n", 1)[0]) == {}


def test_a_bank_apps_payee_over_its_amount_read_in_a_column_apart_heads_nothing() -> None:
    """fortyfirst ind-med-suriname-01 (read after its blind run), as OCR read it: a bank app's screenshot whose
    amounts OCR read as a column of their own, after the payees, each with a dash before the euro sign. The payee
    "Zorgverzekering" alone on its line headed the page as an insurer's document: a page of income proof typed as
    health insurance (rules.md IND-MED-DOCS)."""
    app = (
        "Schermafdruk bankapp Marlon Ramdin\n\n21:26\n\nNoorderbank N.V.\n\nM. Ramdin\nNL57 PLDB 8828 4782 60\n\n"
        "€ 1.301,29\n\n28 november\n\nZorgverzekering\n\n25 november\n\nHelder Facilitair B.V.\n\n22 november\n\n"
        "Albert Heijn\n\n18 november\n\nVattenfall\n\n12 november\n\nKruidvat\n\n2 november\n\nHuur\n\n4G 82%\n\n"
        "—€130,47\n\n+€2.288,61\n\n—€64,60\n\n—€82,18\n\n—€20,43\n\n—€637,77\nV-nr. 2781645229"
    )
    assert document_types({"bijlagen.pdf": [app]}, procedure="ind-medical-treatment") == [
        ("bijlagen.pdf", 1, 1, "income-proof")
    ]
    # The payee heads an insurer's page that books no amounts.
    assert "health-insurance" in classify.headed_types(
        "Zorgverzekering\n\nPolisnummer 2026-118\nVerzekerde: M. Ramdin"
    )


def test_a_report_in_english_after_a_dutch_discharge_letter_is_a_document_of_its_own() -> None:
    """fortyfourth be9ter-parallel-2 (read): a hospital's Dutch discharge letter, then two pages of an English country
    report headed by its running title and a page number, all in one file: the report became the letter's pages, and
    the letter was "written in English" (a false deficiency)."""
    letter = (
        "AZ Sint-Camillus\nCampus Heilig Hart - Dienst Endocrinologie - Diabetescentrum\nONTSLAGBRIEF\n"
        "AL-KHATIB Hiba - 23/07/1999\nOpname 17/09/2026 Ontslag 30/09/2026\nDiagnosen\n"
        "1. Diabetes mellitus type 1 met retinopathie en beginnende nefropathie (E10.7)\n"
        "2. Type 1-diabetes sinds de leeftijd van 14 jaar. Twee opnames voor diabetische ketoacidose (2023 en 2025).\n"
        "Laserbehandeling rechteroog in 2025.\nBehandeling bij ontslag\nGeneesmiddel Dosering Duur\n"
        "Insuline glargine (Lantus) 24 E 's avonds Levenslang\nGlucosemeter en sensoren (FreeStyle Libre) Levenslang\n"
        "Verdere opvolging\nDiabetesconventie: endocrinoloog om de 3 maanden, oogarts om de 6 maanden, "
        "diabeteseducator. Stabiliseerbaar bij goede opvolging; risico op verdere complicaties.\n"
        "Dr. M. Jacobs, arts-assistent Dr. Sofie Peeters, behandelend specialist"
    )
    report = (
        "Health Care Access Report - Syrian Arab Republic\n76\n4. Chronic disease care\n"
        "Syrian Arab Republic has a small number of public referral hospitals, most of them in or near Damascus. "
        "Specialised care for chronic conditions is concentrated at Al-Mouwasat University Hospital, Damascus.\n"
        "The average monthly wage is around 400 000 SYP. Public hospitals are free in principle but lack medicines; "
        "patients buy drugs on the private market at prices many times the average wage.\n"
        "Access to specialised treatment. Patients needing insulin glargine and insulin aspart report long waiting "
        "lists and recurrent stock-outs; supplies in the private sector cost about 95 USD a month.\n"
        "Outside the capital, follow-up laboratory tests are rarely available and patients travel for days to reach "
        "a specialist."
    )
    found = document_types({"dossier.pdf": [letter, report]}, procedure="be-9ter")
    assert [(first, last) for _, first, last, _ in found] == [(1, 1), (2, 2)]


def test_a_translation_titled_after_its_translators_name_or_as_certified_is_a_translation() -> None:
    """fortyfifth be9ter-clean-17 and ind-hnt-clean-08 (read after its blind run): a Turkish birth extract followed by
    its sworn translation. "TRADUCTION CERTIFIÉE CONFORME DE L'ORIGINAL RÉDIGÉ EN TURC" was too few of its line's words
    to head it, and "Dmytro Smit Vertaling uit het Turks van: Dogum Belgesi (geboortebewijs)" had the translator's
    name before it: each translation was taken for a birth certificate, or for the extract's second page, and the
    dossier had "no translation" (a false deficiency)."""
    extract = (
        "Nüfus ve Vatandaslık isleri Genel Müdürlügü\nVan ilçe Nüfus Müdürlügü\nDOGUM BELGESi (YABANCI UYRUKLU)\n"
        "Adi Soyadi\nIBRAHIMA MAMADOU GUEYE\nCinsiyeti Dogum Tarihi\nERKEK 01/07/1999\n"
        "Yukarıda kimlik bilgileri yazılı yabancı uyruklu çocuğun doğumu 5490 sayılı Nüfus Hizmetleri Kanunu "
        "uyarınca yabancılar kütüğüne tescil edilmiştir."
    )
    french = (
        "Oleksandra PETIT\nTraducteur-juré près le Tribunal de première instance de Namur\n"
        "TRADUCTION CERTIFIÉE CONFORME DE L'ORIGINAL RÉDIGÉ EN TURC\nDocument : Dogum Belgesi (document de naissance)\n"
        "Nom: GUEYE\nPrénom(s) : Ibrahima Mamadou\nDate de naissance : 01/07/1999\nLieu de naissance : Van (Turkey)\n"
        "Je soussignée, traducteur-juré, certifie que la traduction qui précède est complète et conforme au document "
        "original rédigé en turc qui m'a été présenté."
    )
    dutch = (
        "Dmytro Smit Vertaling uit het Turks van: Dogum Belgesi (geboortebewijs)\nbeëdigd vertaler\n"
        "Naam THAPA\nVoornamen Sunita Kabita\nGeboortedatum 25-04-1993\nGeboorteplaats Istanbul (Turkey)\n"
        "Ondergetekende, Dmytro Smit, beëdigd vertaler, verklaart dat deze vertaling naar waarheid en volledig is "
        "opgemaakt."
    )
    assert classify.first_title(french) == "translation"
    found = document_types({"bijlagen.pdf": [extract, dutch]}, procedure="ind-hnt-continued")
    assert [(first, kind) for _, first, _, kind in found] == [(1, "birth-certificate"), (2, "translation")]


def test_a_country_brief_answering_questions_is_country_of_origin_information() -> None:
    """fortyfifth (read after its blind run): an NGO's "Country brief: treatment availability", three questions and
    their answers on the care at home, was "other" or a medical statement six times."""
    brief = (
        "Country brief: treatment availability\nAlbania · insulin glargine and insulin aspart\n"
        "Q1 Is the treatment available in the country?\nOnly at QSUT Nënë Tereza, Tiranë; supply has been interrupted "
        "repeatedly.\nQ2 What does it cost the patient?\nAbout 95 USD per month, against an average monthly wage of "
        "60 000 ALL.\nQ3 Does health insurance cover it?\nThe compulsory health insurance fund reimburses a list of "
        "medicines; the newer drugs are not on it and must be bought privately.\nRef. CB-ALB-2026-87"
    )
    assert classify.first_title(brief) == "country-of-origin-info"
    assert document_types({"bijlage_6.pdf": [brief]}, procedure="be-9ter")[0][3] == "country-of-origin-info"


@pytest.mark.parametrize(
    "line",
    [
        # fortyfifth be9ter-clean-02 and be9ter-medcert-language-2 (read after its blind run): the 2024 model's title
        # beside its edition, the German one's "gültig ab" misread; each certificate was "other" or a medical
        # statement, and its language rule checked another document's. "Model in force from" is no title of its own:
        # beside "medical certificate", a medical statement's, two types' titles head no line.
        "STANDARDISIERTES ÄRZTLICHES ATTEST “er gütio 2b dem 1. März 2024",
        "STANDARD MEDICAL CERTIFICATE Model in force from 1 March 2024",
        # be9ter-medcert-language-1: its title split by OCR, found as misread, no other type's title beside it.
        "STAN DARD MEDICAL CERTIFICATE Model in force from 1 March 2024",
        # be9ter-identity-1: the title in capitals opens its line, a box beside it read as words.
        "STANDARDISIERTES ÄRZTLICHES ATTEST USER pally ah deni MAPA",
    ],
)
def test_the_2024_models_title_beside_its_edition_heads_it(line: str) -> None:
    assert (
        classify.first_title(f"{line}\nArt. 9ter, § 1 - wet van 15.12.1980\n1. Patient")
        == "medical-certificate"
    )


def test_a_title_opening_a_line_of_prose_heads_nothing() -> None:
    # Written in lower case, the line is a sentence that names the certificate (rules.md, segmentation).
    line = "Standardisiertes ärztliches Attest wie besprochen anbei und mit der Post"
    assert classify.first_title(f"{line}\nArt. 9ter, § 1 - wet van 15.12.1980\n1. Patient") is None


def test_an_extract_of_the_register_of_marriages_is_a_marriage_certificate() -> None:
    """fortyfifth be9ter-clean-07 and -25 (read after its blind run): a Senegalese civil-status centre's "EXTRAIT DU
    REGISTRE DES ACTES DE MARIAGE", the spouses' births told in its prose, was taken for a birth certificate."""
    act = (
        "RÉPUBLIQUE DU SÉNÉGAL Registre 2025 - Acte n° 717\nCentre d'état civil de Médina\n"
        "EXTRAIT DU REGISTRE DES ACTES DE MARIAGE\nLe vingt-sept octobre deux mille vingt-cinq, a été célébré par "
        "devant Nous, Officier de l'état civil du centre de Médina, le mariage de FALL Ibrahima, né le 06/01/1989 à "
        "Saint-Louis, fils de Ousmane Fall et de Awa Ndiaye, avec FAYE Astou, née le 04/03/2001 à Dakar, fille de Pape "
        "Faye et de Astou Thiam.\nPour extrait conforme, Médina, le 2 septembre 2026.\nL'Officier de l'état civil"
    )
    assert document_types({"stuk_6.pdf": [act]}, procedure="be-9ter")[0][3] == "marriage-certificate"


def test_a_translations_title_set_between_dashes_heads_it() -> None:
    """fortyninth ind-hnt-clean-03 (read after its blind run): a sworn Dutch translation of a Peruvian birth act, its
    "VERTALING" misread "VERTALI 3" and "- Vertaling uit het Spaans -" under it, between dashes as a page's number is,
    taken for a list's item: the act's own title, "AKTE VAN GEBOORTE", headed it, and the dossier had "no
    translation" (rules.md IND-TRANSLATION, a false deficiency). A line opened with a dash and not closed with one is
    a list's item still."""
    translation = (
        "Marieke Kok\n\nbeëdigd vertaler - Rbtv-nummer 61766\n\nZwolle\n\nVERTALI 3\n\n- Vertaling uit het Spaans -\n\n"
        "Nationaal Register van Identificatie en Burgerlijke Staat (RENIEC) - Gemeente Lima\n"
        "AKTE VAN GEBOORTE (GEWAARMERKT AFSCHRIFT)\n\nAktenummer:\nFamilienamen:\nVoornamen:\nGeslacht:\n"
    )
    assert classify.first_title(translation) == "translation"
    assert classify.first_title(translation.replace("Spaans -", "Spaans")) == "birth-certificate"
