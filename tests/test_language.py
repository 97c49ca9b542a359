"""Language per page on short, noisy OCR-like text; non-Latin text is "other"."""

import pytest

from validator.language import detect

SAMPLES = {
    "nl": [
        "Naam en voornaam van de patiënt: Amina Benali",
        "Handtekening van de arts en stempel",
        "Noodzakelijk geachte behandeling: insuline",
        "Uittreksel uit de geboorteakte, voor eensluidend afschrift",
    ],
    "fr": [
        "Nom et prénom du patient : Amina Benali",
        "Fait à Liège, le 6 novembre 2026. Signature du médecin",
        "Traitement estimé nécessaire : insuline",
        "Extrait d'acte de naissance, pour copie conforme",
    ],
    "de": [
        "Name und Vorname des Patienten: Amina Benali",
        "Unterschrift des Arztes und Stempel",
        "Für notwendig erachtete Behandlung: Insulin",
        "Auszug aus dem Geburtenregister, beglaubigte Abschrift",
    ],
    "en": [
        "Name and first name of the patient: Amina Benali",
        "Signature of the doctor and stamp",
        "Treatment deemed necessary: insulin",
        "Extract of the birth record, certified true copy",
    ],
}


@pytest.mark.parametrize("lang, text", [(lang, t) for lang, texts in SAMPLES.items() for t in texts])
def test_short_phrases(lang: str, text: str) -> None:
    assert detect(text) == lang


def test_ocr_noise_does_not_change_the_language() -> None:
    assert detect("Handtekenlng van de arls en stempel, datum 6 nov. 2026") == "nl"
    assert detect("Fait à Liége, le 6 novembre 2026. Signalure du médecln") == "fr"


@pytest.mark.parametrize(
    "text",
    [
        "Firma del médico tratante. Nombre y apellidos del paciente. Fecha y lugar de nacimiento. "
        "El paciente sufre de diabetes.",
        "Doktorun imzasl ve kaşesi. Hastanın adı ve soyadı. Doğum tarihi ve doğum yeri. Hasta diyabet hastasıdır.",
        "Nënshkrimi i mjekut. Emri dhe mbiemri i pacientit. Data dhe vendi i lindjes. Pacienti vuan nga diabeti.",
        "Имя и фамилия пациента, подпись лечащего врача",
        "اسم المريض وتوقيع الطبيب المعالج",
    ],
)
def test_other_languages_on_a_page_are_other(text: str) -> None:
    assert detect(text) == "other"


def test_too_little_text_is_unknown() -> None:
    assert detect("p. 2") is None


def test_tesseract_script_decides_for_non_latin_pages() -> None:
    assert detect("Naam en voornaam van de patiënt", script="Arabic") == "other"
    assert detect("Naam en voornaam van de patiënt", script="Latin") == "nl"
