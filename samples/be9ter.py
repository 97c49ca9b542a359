"""Belgian 9ter sample dossiers, in Dutch and in French: a clean one each, and one per admissibility defect.

A dossier is a lawyer's application letter (born-digital, signed), the standard
medical certificate (the Dutch one scanned, on the model used until 2024; the
French one born-digital, on the model mandatory since 1 March 2024), a passport
copy, country-of-origin information, and the bpost receipt of the registered
letter. Each defect changes one thing; identical pages stay identical, so a
test run reads each of them once.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from samples.paper import SIGNATURE, Scan, save_image, scanned_page, scanned_pdf, typed_pdf, write_manifest

SUBMISSION_DATE = "2026-12-01"
A6_MM = (105.0, 148.0)


@dataclass(frozen=True)
class Person:
    surname: str
    given: str
    birth_date: str
    birth_place: str
    birth_country: dict[str, str]
    nationality: str
    nationality_word: dict[str, str]
    national_number: str
    address: str
    mrz: tuple[str, str]
    passport_no: str


SAMIRA = Person(
    "OUALI",
    "Samira",
    "1979-03-08",
    "Tanger",
    {"nl": "Marokko", "fr": "Maroc", "en": "Morocco"},
    "MAR",
    {"nl": "Marokkaanse", "fr": "marocaine", "en": "Moroccan"},
    "79.03.08-284.89",
    "Rue de la Poste 27 bus 3, 1030 Schaarbeek",
    ("P<MAROUALI<<SAMIRA<<<<<<<<<<<<<<<<<<<<<<<<<<", "TK58291372MAR7903085F3105179<<<<<<<<<<<<<<08"),
    "TK5829137",
)
MAMADOU = Person(
    "DIALLO",
    "Mamadou",
    "1990-11-23",
    "Conakry",
    {"nl": "Guinee", "fr": "Guinée", "en": "Guinea"},
    "GIN",
    {"nl": "Guinese", "fr": "guinéenne", "en": "Guinean"},
    "90.11.23-157.53",
    "Rue Saint-Léonard 118 boîte 2, 4000 Liège",
    ("P<GINDIALLO<<MAMADOU<<<<<<<<<<<<<<<<<<<<<<<<", "R027481568GIN9011230M2909141<<<<<<<<<<<<<<08"),
    "R02748156",
)


@dataclass(frozen=True)
class Case:
    """What one sample dossier holds; the defaults make a clean dossier."""

    lang: str
    receipt: bool = True
    registered_mail: str | None = None
    address: bool = True
    identity: str = "passport"
    certificate: str = "ok"
    english_statement: bool = False
    application_lang: str | None = None
    arabic_birth_certificate: bool = False
    signed: bool = True
    personal_data: bool = True
    domicile: bool = True
    country_info: bool = True
    family: bool = False
    parallel: bool = False
    # The second line of the passport's machine-readable zone, when it is not the person's usual one.
    mrz_line: str | None = None
    asylum: dict[str, str] = field(default_factory=dict)

    @property
    def person(self) -> Person:
        return SAMIRA if self.lang == "nl" else MAMADOU


def _dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


# ---- the application ----------------------------------------------------------------------------------------

_APPLICATION = {
    "nl": {
        "lawyer": "Mr. Pieter Claes\nAdvocaat\nKortrijksesteenweg 112, 9000 Gent\nT 09 223 45 67",
        "registered": "AANGETEKEND",
        "to": "Dienst Vreemdelingenzaken\nAfdeling Uitzonderlijk Verblijf - Dienst Medisch Verblijf\n"
        "Pachecolaan 44\n1000 Brussel",
        "place_date": "Gent, 27 november 2026",
        "subject": "Betreft: aanvraag tot machtiging tot verblijf op grond van artikel 9ter van de wet van "
        "15 december 1980",
        "opening": "Geachte heer, mevrouw,\n\nNamens mijn cliënte dien ik hierbij een aanvraag in tot machtiging "
        "tot verblijf om medische redenen.",
        "personal": "1. Persoonsgegevens\nNaam: {surname}\nVoornaam: {given}\nNationaliteit: {nationality}\n"
        "Geboortedatum: {born}\nGeboorteplaats: {place}\nGeboorteland: {country}\n"
        "Rijksregisternummer: {nn}",
        "personal_short": "1. Persoonsgegevens\nNaam: {surname}\nVoornaam: {given}\nNationaliteit: {nationality}\n"
        "Geboortedatum: {born}\nGeboorteplaats: {place}\nGeboorteland: {country}\n"
        "Rijksregisternummer: {bad_nn}",
        "address": "2. Adres van de effectieve verblijfplaats\n{address}",
        "domicile": "3. Gekozen woonplaats\nMijn cliënte kiest woonplaats op het kantoor van haar advocaat, "
        "Kortrijksesteenweg 112, 9000 Gent.",
        "medical": "4. Medische situatie\nMijn cliënte lijdt aan insulineafhankelijke diabetes mellitus type 1 met "
        "diabetische nefropathie. Het standaard medisch getuigschrift van dr. An Verhoeven is bijgevoegd.",
        "country": "5. Beschikbaarheid en toegankelijkheid van de behandeling in het land van herkomst\n"
        "De noodzakelijke behandeling (insuline, opvolging door een endocrinoloog en een nefroloog) is in "
        "Marokko voor mijn cliënte niet toegankelijk: zij heeft geen ziekteverzekering en geen inkomen "
        "(zie de bijgevoegde landeninformatie). Mijn cliënte heeft in geen ander land wettig verblijf gehad.",
        "family_none": "6. Gezinsleden\nMijn cliënte heeft geen gezinsleden in België.",
        "family": "6. Gezinsleden\nHaar echtgenoot, Youssef Ouali, geboren op 2 mei 1975, en hun dochter Lina Ouali, "
        "geboren op 14 juni 2012, wonen bij haar en worden in deze aanvraag opgenomen.",
        "parallel": "Deze aanvraag vervangt de eerdere 9ter-aanvraag van 3 maart 2025, waarover nog niet is beslist.",
        "closing": "Met de meeste hoogachting,\n\nHandtekening van de advocaat:",
        "name": "Mr. Pieter Claes",
    },
    "fr": {
        "lawyer": "Maître Claire Dubois\nAvocate\nAvenue Louise 250, 1050 Bruxelles\nT 02 640 12 34",
        "registered": "RECOMMANDÉ",
        "to": "Office des Étrangers\nSection Séjour exceptionnel - Service Séjour médical\n"
        "Boulevard Pachéco 44\n1000 Bruxelles",
        "place_date": "Bruxelles, le 26 novembre 2026",
        "subject": "Objet : demande d'autorisation de séjour sur la base de l'article 9ter de la loi du "
        "15 décembre 1980",
        "opening": "Madame, Monsieur,\n\nAu nom de mon client, j'introduis par la présente une demande "
        "d'autorisation de séjour pour raisons médicales.",
        "personal": "1. Données personnelles\nNom : {surname}\nPrénom : {given}\nNationalité : {nationality}\n"
        "Date de naissance : {born}\nLieu de naissance : {place}\nPays de naissance : {country}\n"
        "Numéro de registre national : {nn}",
        "personal_short": "1. Données personnelles\nNom : {surname}\nPrénom : {given}\nNationalité : {nationality}\n"
        "Date de naissance : {born}\nLieu de naissance : {place}\nPays de naissance : {country}\n"
        "Numéro de registre national : {bad_nn}",
        "address": "2. Adresse de résidence effective\n{address}",
        "domicile": "3. Domicile élu\nMon client élit domicile au cabinet de son conseil, Avenue Louise 250, "
        "1050 Bruxelles.",
        "medical": "4. Situation médicale\nMon client souffre d'une hépatite B chronique active avec fibrose hépatique "
        "avancée. Le certificat médical type du Dr Hélène Lambert est joint.",
        "country": "5. Disponibilité et accessibilité des soins dans le pays d'origine\n"
        "Le ténofovir et le suivi par un hépatologue ne sont pas accessibles à mon client en Guinée : "
        "le traitement n'est pas remboursé et il n'a aucun revenu (voir les informations jointes sur le "
        "pays). Mon client n'a séjourné légalement dans aucun autre pays.",
        "family_none": "6. Membres de la famille\nMon client n'a pas de membres de sa famille en Belgique.",
        "family": "6. Membres de la famille\nSon épouse, Aïssatou Bah, née le 4 février 1993, et leur fils Ibrahima "
        "Diallo, né le 9 juillet 2019, vivent avec lui et sont inclus dans la présente demande.",
        "parallel": "La présente demande remplace la demande 9ter antérieure du 3 mars 2025, toujours pendante.",
        "closing": "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n"
        "Signature de l'avocate :",
        "name": "Maître Claire Dubois",
    },
    "en": {
        "lawyer": "Mr. Pieter Claes\nLawyer\nKortrijksesteenweg 112, 9000 Ghent\nT 09 223 45 67",
        "registered": "REGISTERED MAIL",
        "to": "Immigration Office\nExceptional Residence Department - Medical Residence Service\n"
        "Pachecolaan 44\n1000 Brussels",
        "place_date": "Ghent, 27 November 2026",
        "subject": "Subject: application for leave to remain under article 9ter of the Act of 15 December 1980",
        "opening": "Dear Sir or Madam,\n\nOn behalf of my client I hereby apply for leave to remain on medical "
        "grounds.",
        "personal": "1. Personal details\nSurname: {surname}\nGiven name: {given}\nNationality: {nationality}\n"
        "Date of birth: {born}\nPlace of birth: {place}\nCountry of birth: {country}\n"
        "National register number: {nn}",
        "address": "2. Address of actual residence\n{address}",
        "domicile": "3. Chosen domicile\nMy client elects domicile at the office of her lawyer, "
        "Kortrijksesteenweg 112, 9000 Ghent.",
        "medical": "4. Medical situation\nMy client suffers from insulin-dependent type 1 diabetes mellitus with "
        "diabetic nephropathy. The standard medical certificate of Dr An Verhoeven is attached.",
        "country": "5. Availability and accessibility of treatment in the country of origin\n"
        "The treatment she needs (insulin, follow-up by an endocrinologist and a nephrologist) is not "
        "accessible to my client in Morocco: she has no health insurance and no income (see the attached "
        "country information). My client has not resided lawfully in any other country.",
        "family_none": "6. Family members\nMy client has no family members in Belgium.",
        "closing": "Yours faithfully,\n\nSignature of the lawyer:",
        "name": "Mr. Pieter Claes",
    },
}


def _application(case: Case, path: Path) -> None:
    lang = case.application_lang or case.lang
    t, p = _APPLICATION[lang], case.person
    data = {
        "surname": p.surname,
        "given": p.given,
        "nationality": p.nationality_word[lang],
        "born": _dmy(p.birth_date),
        "place": p.birth_place,
        "country": p.birth_country[lang],
        "nn": p.national_number,
        "address": p.address,
        "bad_nn": p.national_number[:-2] + f"{(int(p.national_number[-2:]) + 1) % 100:02d}",
    }
    first = [
        t["lawyer"],
        t["registered"] if case.receipt or case.registered_mail else "",
        t["to"],
        t["place_date"],
        t["subject"],
        t["opening"],
        (t["personal"] if case.personal_data else t["personal_short"]).format(**data),
    ]
    if case.address:
        first.append(t["address"].format(**data))
    if case.domicile:
        first.append(t["domicile"])
    second = [t["medical"]]
    if case.country_info:
        second.append(t["country"])
    second.append(t["family"] if case.family else t["family_none"])
    if case.parallel:
        second.append(t["parallel"])
    second.append(t["closing"])
    closing = "\n\n".join(second) + ("\n" + SIGNATURE + "\n" if case.signed else "\n\n\n") + t["name"]
    typed_pdf(path, [(None, "\n\n".join(x for x in first if x)), (None, closing)], seed=3)


# ---- the standard medical certificate -----------------------------------------------------------------------


def _certificate_nl(case: Case, path: Path) -> None:
    """The model used until 2024, filled in on a typewriter-like form and scanned: two pages."""
    p = case.person
    first = [
        "# STANDAARD MEDISCH GETUIGSCHRIFT",
        "bestemd voor de Dienst Vreemdelingenzaken (artikel 9ter van de wet van 15 december 1980)",
        "",
        f"Naam en voornaam van de patiënt: {p.surname} {p.given}",
        f"Geboortedatum: {_dmy(p.birth_date)}        Geslacht: V",
        f"Nationaliteit: {p.nationality_word['nl']}",
        "",
        "# A/ Historiek",
        "Diabetes type 1 sinds 2004, insulinetherapie sinds de diagnose.",
        "Opname in het UZ Brussel in juni 2025 wegens ketoacidose.",
        "",
        "# B/ DIAGNOSE: aard en ernst van de aandoeningen",
        "Diabetes mellitus type 1, instabiel, met diabetische nefropathie stadium 3.",
        "Graad van ernst: ernstig, levensbedreigend zonder dagelijkse insuline.",
        "",
        "# C/ Huidige behandeling en medicatie",
        "Insuline aspart en glargine, 4 injecties per dag; lisinopril 10 mg.",
        "Opvolging endocrinologie elke 3 maanden, nefrologie elke 6 maanden.",
        "Duur van de behandeling: levenslang.",
    ]
    dated = "20 augustus 2026" if case.certificate == "old" else "2 november 2026"
    second = [
        "# D/ Gevolgen en complicaties bij stopzetting van de behandeling",
        "Ketoacidose en overlijden binnen enkele dagen zonder insuline.",
        "",
        "# E/ Evolutie en prognose",
        "Stabiel onder behandeling; zonder behandeling slecht.",
        "",
        "# F/ Noden op het vlak van medische opvolging",
        "Dagelijkse glucosecontrole, toegang tot insuline en teststrips.",
        "",
        f"Datum: {dated}",
        "Naam van de arts: dr. An Verhoeven",
    ]
    if case.certificate == "unsigned":
        second += ["RIZIV-nummer: 1-23456-78-901", "", "Handtekening en stempel van de arts:"]
        stamp = None
    else:
        second += ["RIZIV-nummer: 1-23456-78-901", "", "Handtekening en stempel van de arts:", SIGNATURE]
        stamp = "Dr. A. VERHOEVEN - RIZIV 1-23456-78-901"
    scanned_pdf(
        [scanned_page(first, 21), scanned_page(second, 22 if case.certificate == "ok" else 23, stamp=stamp)],
        path,
    )


def _certificate_fr(case: Case, path: Path) -> None:
    """The model mandatory since 1 March 2024, filled in on a computer and signed: born-digital."""
    p = case.person
    severity = (
        ""
        if case.certificate == "no-severity"
        else ("Grave : risque de cirrhose décompensée et de carcinome hépatocellulaire sans traitement.")
    )
    dated = "12 août 2026" if case.certificate == "old" else "5 novembre 2026"
    body = "\n".join(
        [
            "CERTIFICAT MÉDICAL TYPE",
            "Modèle obligatoire depuis le 1er mars 2024 - article 9ter de la loi du 15 décembre 1980",
            "",
            "1. Identification du patient",
            f"Nom : {p.surname}    Prénom : {p.given}",
            f"Date de naissance : {_dmy(p.birth_date)}    Nationalité : {p.nationality_word['fr']}",
            "",
            "2. Diagnostic",
            "Hépatite B chronique active avec fibrose hépatique avancée (F3).",
            "",
            "3. Degré de gravité",
            severity,
            "",
            "4. Traitement nécessaire",
            "Ténofovir 245 mg par jour, à vie ; échographie hépatique et charge virale tous les 6 mois.",
            "",
            "5. Conséquences d'un arrêt du traitement",
            "Réactivation virale, insuffisance hépatique.",
            "",
            "6. Évolution et pronostic",
            "Favorable sous traitement.",
            "",
            f"Date : {dated}",
            "Nom du médecin : Dr Hélène Lambert",
            "Numéro INAMI : 1-98765-43-210",
            "",
            "Signature et cachet du médecin :",
            SIGNATURE,
            "Dr H. Lambert",
        ]
    )
    typed_pdf(path, [(None, body)], seed=7)


# ---- identity, receipt, country information -----------------------------------------------------------------


def _passport(case: Case) -> list[str]:
    p = case.person
    country = {"MAR": "ROYAUME DU MAROC", "GIN": "RÉPUBLIQUE DE GUINÉE"}[p.nationality]
    y, m, d = p.birth_date.split("-")
    return [
        f"# {country} - PASSEPORT / PASSPORT",
        "",
        f"Type: P        Code: {p.nationality}        No: {p.passport_no}",
        f"Nom / Surname: {p.surname}",
        f"Prénoms / Given names: {p.given.upper()}",
        f"Nationalité / Nationality: {p.nationality_word['fr'].upper()}",
        f"Date de naissance / Date of birth: {d}.{m}.{y}",
        f"Lieu de naissance / Place of birth: {p.birth_place.upper()}",
        "",
        p.mrz[0],
        case.mrz_line or p.mrz[1],
    ]


def _birth_certificate(case: Case) -> list[str]:
    p = case.person
    return [
        "# ROYAUME DU MAROC - EXTRAIT D'ACTE DE NAISSANCE",
        "",
        f"Nom : {p.surname}    Prénom : {p.given}",
        f"Née le : {_dmy(p.birth_date)} à {p.birth_place}",
        "Père : Ahmed Ouali    Mère : Fatima Benjelloun",
        "",
        "Délivré par l'officier de l'état civil de Tanger, le 12/01/2026",
        "",
        "Cachet et signature :",
        SIGNATURE,
    ]


_ARABIC_BIRTH_CERTIFICATE = [
    "# المملكة المغربية",
    "",
    "نسخة موجزة من رسم الولادة",
    "الاسم العائلي: الوالي",
    "الاسم الشخصي: سميرة",
    "تاريخ الازدياد: 08/03/1979",
    "مكان الازدياد: طنجة",
    "اسم الأب: أحمد",
    "اسم الأم: فاطمة",
]


def _receipt(case: Case) -> list[str]:
    sender = (
        "Mr. P. Claes, Kortrijksesteenweg 112, 9000 Gent"
        if case.lang == "nl"
        else "Me C. Dubois, Avenue Louise 250, 1050 Bruxelles"
    )
    return [
        "# bpost",
        "Aangetekende zending / Envoi recommandé",
        "Bewijs van afgifte / Preuve de dépôt",
        "",
        "Nr: RR 4829 1735 6BE",
        "Geadresseerde / Destinataire:",
        "Dienst Vreemdelingenzaken",
        "Pachecolaan 44, 1000 Brussel",
        "Afzender / Expéditeur:",
        sender,
        "Datum / Date: 27/11/2026",
    ]


_COUNTRY_INFO = {
    "nl": (
        "MedCOI - Country of origin information: Morocco\n\nAvailability: insulin analogues are registered in "
        "Morocco and available in university hospitals in Rabat and Casablanca.\n\nAccessibility: since the "
        "AMO reform, uninsured adults without income must register with a regional office; waiting times for "
        "an endocrinologist exceed six months and test strips are not reimbursed."
    ),
    "fr": (
        "Informations sur le pays d'origine : Guinée\n\nDisponibilité : le ténofovir est disponible au CHU de "
        "Donka à Conakry, avec des ruptures de stock fréquentes.\n\nAccessibilité : le traitement n'est pas "
        "remboursé ; le coût mensuel dépasse le salaire minimum ; la charge virale n'est mesurée qu'à Conakry."
    ),
}

_ENGLISH_STATEMENT = (
    "MEDICAL CERTIFICATE\n\nI, the undersigned, Dr John Miller, consultant nephrologist, certify "
    "that Ms Samira Ouali, born 08/03/1979, is under my care for diabetic nephropathy stage 3. "
    "She needs monthly follow-up and lifelong treatment.\n\nDate: 10 November 2026\n\nSignature:"
)


def _build(case: Case) -> Callable[[Path], None]:
    def build(d: Path) -> None:
        p = case.person
        manifest: dict[str, object] = {
            "procedure": "be-9ter",
            "submission_date": SUBMISSION_DATE,
            "language": case.lang,
            "applicant": {
                "name": f"{p.given} {p.surname.title()}",
                "birth_date": p.birth_date,
                "nationality": p.nationality,
                "national_number": p.national_number,
            },
        }
        if case.registered_mail:
            manifest["registered_mail"] = case.registered_mail
        if case.asylum:
            manifest["asylum"] = case.asylum
        write_manifest(d, manifest)
        nl = case.lang == "nl"
        _application(case, d / ("aanvraag.pdf" if nl else "demande.pdf"))
        if case.certificate != "none":
            (_certificate_nl if nl else _certificate_fr)(
                case, d / ("medisch-getuigschrift.pdf" if nl else "certificat-medical.pdf")
            )
        if case.identity == "passport":
            seed = (31 if nl else 32) + (10 if case.mrz_line else 0)
            save_image(
                scanned_page(_passport(case), seed, photo=True),
                d / ("paspoort.jpg" if nl else "passeport.jpg"),
                200,
            )
        elif case.identity == "birth-certificate":
            save_image(scanned_page(_birth_certificate(case), 33), d / "geboorteakte.jpg", 200)
        if case.arabic_birth_certificate:
            save_image(
                scanned_page(_ARABIC_BIRTH_CERTIFICATE, 34, Scan(serif=False), left_mm=90),
                d / "geboorteakte-marokko.jpg",
                200,
            )
        if case.receipt:
            save_image(
                scanned_page(_receipt(case), 35 if nl else 36, Scan(size_mm=A6_MM), left_mm=8),
                d / ("aangetekende-zending.jpg" if nl else "recommande.jpg"),
                200,
            )
        if case.country_info:
            typed_pdf(
                d / ("landeninformatie.pdf" if nl else "info-pays.pdf"), [(None, _COUNTRY_INFO[case.lang])]
            )
        if case.english_statement:
            typed_pdf(
                d / "medical-statement.pdf",
                [(None, _ENGLISH_STATEMENT + "\n" + SIGNATURE + "\nDr J. Miller")],
                seed=9,
            )

    return build


NL, FR = Case("nl"), Case("fr", receipt=False, registered_mail="planned")

CASES: dict[str, Case] = {
    "be9ter-nl-clean": NL,
    "be9ter-fr-clean": FR,
    "be9ter-nl-no-registered-mail": dataclasses.replace(NL, receipt=False),
    "be9ter-fr-no-address": dataclasses.replace(FR, address=False),
    "be9ter-nl-no-identity": dataclasses.replace(NL, identity="none"),
    "be9ter-nl-birth-certificate-only": dataclasses.replace(NL, identity="birth-certificate"),
    "be9ter-fr-no-certificate": dataclasses.replace(FR, certificate="none"),
    "be9ter-nl-old-certificate": dataclasses.replace(NL, certificate="old"),
    "be9ter-fr-old-certificate": dataclasses.replace(FR, certificate="old"),
    "be9ter-fr-no-severity": dataclasses.replace(FR, certificate="no-severity"),
    "be9ter-nl-unsigned-certificate": dataclasses.replace(NL, certificate="unsigned"),
    "be9ter-nl-english-certificate": dataclasses.replace(NL, english_statement=True),
    "be9ter-nl-english-application": dataclasses.replace(NL, application_lang="en"),
    "be9ter-fr-asylum-language": dataclasses.replace(
        FR, asylum={"language": "nl", "refused_on": "2026-08-01"}
    ),
    "be9ter-nl-arabic-identity": dataclasses.replace(NL, arabic_birth_certificate=True),
    "be9ter-fr-unsigned": dataclasses.replace(FR, signed=False),
    "be9ter-nl-personal-data": dataclasses.replace(NL, personal_data=False),
    "be9ter-fr-no-domicile": dataclasses.replace(FR, domicile=False),
    "be9ter-nl-no-country-info": dataclasses.replace(NL, country_info=False),
    "be9ter-fr-family": dataclasses.replace(FR, family=True),
    "be9ter-nl-parallel": dataclasses.replace(NL, parallel=True),
    # The birth date's check digit is 5; a copy that reads 6 fails the zone's checks.
    "be9ter-nl-mrz-check-digit": dataclasses.replace(
        NL, mrz_line="TK58291372MAR7903086F3105179<<<<<<<<<<<<<<08"
    ),
    # Expired on 14 September 2025: 9ter accepts it as proof of identity, with a note.
    "be9ter-fr-expired-passport": dataclasses.replace(
        FR, mrz_line="R027481568GIN9011230M2509149<<<<<<<<<<<<<<08"
    ),
}

DOSSIERS: dict[str, Callable[[Path], None]] = {name: _build(case) for name, case in CASES.items()}
