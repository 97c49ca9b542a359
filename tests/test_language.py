"""Language per page on short, noisy OCR-like text; non-Latin text is "other"."""

from dataclasses import replace

import pytest

from tests.memory import graded, page, read_page, run, typed
from validator import language
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


@pytest.mark.parametrize(
    "text",
    [
        # A Turkish civil-status extract's heading, as printed and as OCR read it under its table (twenty-third
        # ind-gen-translation-01, read): its words capitalised one by one, as Turkish titles are.
        "T.C. İÇİŞLERİ BAKANLIĞI\nNüfus ve Vatandaşlık İşleri Genel Müdürlüğü\nİl: İSTANBUL İlçe: MERKEZ\n"
        "Belge Tarihi: 06.11.2026\nVUKUATLI NÜFUS KAYIT ÖRNEĞİ\nCilt No: 216 Hane No: 6",
        "T.C. BAKANLIGI\n\nNütus ve Vatandaghk Isler! Genel\n\n\n\nIt ISTANBUL lige: MERKEZ\n\nBeige 06.11.2026 09-24"
        "\n\n\n\nVUKUATLI NÜFUS KAYIT\n\nma\n\n216 Hane No:\n\n\n\n\n\nAPOSTILLE",
    ],
)
def test_a_heading_capitalised_word_by_word_is_read_whole(text: str) -> None:
    assert detect(text) == "other"


def test_long_lines_of_a_heading_and_a_name_leave_the_language_to_the_rest() -> None:
    # A Ugandan birth certificate in English as OCR read it (twenty-fourth ind-med-exemption-01): its only lines of
    # eight words or more are an act's name and the child's, Tagalog to the wider detector and almost without common
    # words; its short lines ("Name of father", "Place of birth") say English.
    text = (
        "NATIONAL IDENTIFICATION AND REGISTRATION AUTHORITY\n\n| CERTIFICATE OF BIRTH\n\n"
        "| Registration of Persons Act, Cap. 332 - Section 32\n\nNo. BC230512538\n\n"
        "| Name of child TUMUSIIME Sarah Nakato |\n|\n| 2 | Sex Female\n|\n| 3 Date of birth 10/09/1979\n\n"
        "4 Place of birth\n\nMasaka, Uganda\n\n5 Name of father\n\nGodfrey Tumusiime\n\nNationality of father\n\n"
        "Ugandan\n\n7 Name of mother\n\nEsther Nsubuga\n\nNationality of mother\n\nUgandan\n\n"
        "Date of registration\n\n16/09/1979\n\n10 | Registration number\n\n738/1979/94879\n"
    )
    assert detect(text) == "en"


def test_a_cards_lines_in_two_languages_side_by_side_are_judged_part_by_part() -> None:
    # A Cameroonian consular card as OCR read it surely (thirtieth be9ter-clean-23, read): its only lines long enough
    # to judge are bilingual headings in capitals, and "EMBASSY OF CAMEROON" is Tagalog to the wider detector, so the
    # card was "another language", a false deficiency. French and English, it is in languages allowed.
    text = (
        "AMBASSADE DU CAMEROUN - EMBASSY OF CAMEROON\n\nCARTE CONSULAIRE / CONSULAR CARD\n\nNom /Sumame\n\nEWANE\n\n"
        "Prénoms/ Given\nSolange Sandrine\n\nBorn on\n\n27.11.1974\n\n\nGaroua\n\n/\nCamerounaise / Cameroonian\n\n"
        "\n\nCM-BRU-94709\n\n/ Vaid until\n\n27.10.2029\n\ncarte — le"
    )
    assert detect(text) in ("fr", "en")


def test_a_document_written_twice_side_by_side_is_in_the_language_of_its_translation() -> None:
    # A Vietnamese embassy's identity attestation in Vietnamese and French side by side, as OCR read it (twenty-
    # seventh be9ter-clean-24, read): its long lines are the Vietnamese column's, its French column's lines are short;
    # weighed line by line over all of it, most of its letters are French.
    text = (
        ". DAI SU'QUAN\nNUOC CHXHCN VIET NAM\nTAI VUONG QUOC Bi\n\nSo / N°: 357/DSQ-LS\n\n"
        "Dai sw quan nuóe Céng hoa xa héi cht nghia\nViêt Nam tai Vuong quéc Bi xác nhan:\n"
        "Ong/Ba DO VAN HUNG, | sinh ngay\n16/01/1979 tai Hai Phong, quöc tich Viêt\n"
        "Nam, c6 ânh dán trên giäy này, dä xuät trình\nCän cuóc công dân sö 898241522100 và\ngiäy khai sinh.\n\n"
        "CONG HOA XA HOI CHU NGHIA VIET NAM\nDéc lap - Ty do - Hanh phúc\n\n"
        "Bruxelles, ngay 28 thang 05 nam 2026\n\nGIAY XAC NHAN NHAN THAN\nATTESTATION D'IDENTITE\n\n"
        "L'Ambassade de la République socialiste du\nViét Nam en Belgique atteste que Monsieur\n"
        "DO VAN HUNG, né le 16/01/1979 à Hai\nPhong, de nationalité vietnamienne, dont la\nphotographie est apposée\n"
        "produit sa carte d'identité de citoyen et son\nacte de naissance, sur la base desquels son\n\nci-contre, a\n\n"
        "identité a été vérifiée.\n\nTL. DAI SÜ'/ P. L'AMBASSADEUR\n\nTham tán\n\nZong st / Ministre-Conseiller\n"
    )
    assert detect(text) == "fr"
    # The Vietnamese column alone is another language.
    assert detect(text.split("GIAY XAC NHAN")[0]) == "other"


def test_an_extract_printed_in_capitals_with_ocrs_noise_in_lower_case_is_another_language() -> None:
    # Twenty-eighth be9ter-identity-language-1 (read): a Turkish civil-status extract printed on a dot-matrix printer in
    # capitals, its labels in a column, as OCR read it; its few lower-case letters are noise ("wi", "cinsivETi"), and
    # they alone were read as its common words: German, so no translation was asked for.
    text = (
        "U\n\nwi\nE\n\nE\n\nNÜFUS VE VATANDASLIK ÏSLERÍ GENEL MUDURLUGU\n\nT.C. KIMLIK NO\nSOYADI\nADI\nBABA ADI\n"
        "ANA ADI\nDOGUM YERI\nDOËUM TARIHI\ncinsivETi\nMEDENI HALI\nTT A TGE\nMAHALLE / KÖY\nCILT / HANE / BSN\n\n"
        "OLAYLAR\n\nBU BELGE NÜFUS KÜTÜGÜNDEKI KAYITLARA UYGUNDUR. ÜZERINDE KAZINTI\n\nDÜZELTME YAPILAMAZ.\n\n"
        "DUZENLEME TARIHI\n\nDi,\nÏCISLERÍ BAKANLIGI\n\nODUNPAZARI ILCE NUFUS MUDURLUGU\n\nNUFUS KAYIT ORNEGI\n\n"
        ": 70593506335\n: KOG\n: OMER AHMET\n: OSMAN\n: AYSE\n: GAZIANTEP\n: 29/05/1991\n: ERKEK\n: BEKAR\n"
        ": ESKISEHIR / ODUNPAZARI\n: YENI MAH.\n\n: 141 / 761 / 30\n\n+ 08/03/2026 BELGE NO : 7179047\n\n"
        "NUFUS MUDURU\n\nsiLinti VE\n\nEEE EE\n\na\n\n| |"
    )
    assert detect(text) == "other"


def test_an_extract_whose_only_common_words_are_its_apostilles_french_is_another_language() -> None:
    # Thirty-third ind-gen-translation-02 (blind run), as OCR read it: a Turkish birth register extract whose headings
    # are capitalised word by word; its one line with common words enough is the apostille's "(Convention de La Haye
    # du 5 octobre 1961)". Judged on that line it was French, and no translation was asked for (rules.md
    # IND-TRANSLATION). So few letters say nothing; the sample whole is Turkish.
    text = (
        "V-nummer: 8133278739\n\nT.C. Tarih: 28.09.2026\nICISLERI BAKANLIGI Sayı: 23595237\n"
        "Nüfus ve Vatandaslık isleri Genel Müdürlügü\nYakutiye lige Nüfus Müdürlügü\n\nNÜFUS KAYIT ORNEGi\n"
        "(Doÿum Kaydı)\n\nBaba Adı\n\nAna Adı\n\nU —\n\nNüfus Memuru APOSTIL\n(Convention de La Haye du 5 octobre 1961)\n"
        "1. Ülke: Türkiye Cumhuriyeti\n2. Imzalayan: Nüfus Memuru\n3. Sıfatı: Nüfus Müdürlögü\n"
        "4. Mührü: Yakutiye lige Nüfus Müdürlügü\n5. Yer: Kadiköy Kaymakamlıgı\n6. Tarih: 30.09.2026\n\n"
        "7. Makam: Kaymakam a.\n8. Say: 3127/2026 paul\n9. Mihir 10. imza"
    )
    assert detect(text) == "other"


def test_a_document_written_in_two_languages_paragraph_by_paragraph_is_in_the_one_of_the_four() -> None:
    # Fortythird be9ter-clean-03 (blind run), as OCR read it: a Malagasy birth certificate, each paragraph in Malagasy
    # followed by its French translation. More of its letters are Malagasy, and it was "another language, to be
    # translated" (rules.md BE9TER-IDENTITY-LANGUAGE), a false deficiency. Each Malagasy paragraph has its translation
    # beside it, sharing its numbers and names: the document is in French. A Malagasy paragraph left untranslated
    # leaves it another language.
    translated = (
        "Laharana / N°\n\n1013\n\nTaona / Année 2019\n\nKaominina / Commune : ANTSIRANANA\n"
        "Fanjakana / Préfecture : BOENY\n\nKOPIA NADIKA TAMIN'NY BOKY FIANKOHONANA\nCOPIE D'ACTE DE NAISSANCE\n\n"
        "Tamin'ny 19 Oktobra 2019, dia teraka tao Antsiranana i RAVELOJAONA Rija, zaza\n"
        "lahy, zanak'i Tiana Ravelojaona sy Holy Andrianarisoa.\n\n"
        "{french}"
        "Natao ny 5 Novambra 2019, araka ny fanambaran'ny rainy.\n\n"
        "Dressé le 5 novembre 2019, sur la déclaration du père ou de la mère de\nl'enfant.\n\n"
        "Kopia nadika manontolo ho fampiasana ara-daläna. / Copie certifiée conforme au\nregistre.\n\n"
        "Natao teto / Fait à Antsiranana, 03/06/2026\n\nNy Mpiandraikitra ny Sora-piankohonana\n"
        "L'officier de l'état civil"
    )
    french = (
        "Le 19 octobre 2019 est né à Antsiranana RAVELOJAONA Rija, de sexe masculin,\n"
        "fils de Tiana Ravelojaona et de Holy Andrianarisoa.\n\n"
    )
    assert detect(translated.format(french=french)) == "fr"
    assert detect(translated.format(french="")) == "other"


# rules.md IND-TRANSLATION: "an official foreign document … not in Dutch, English, French or German" needs a sworn
# translation. fortysixth ind-gen-translation-01 (read after its blind run): a Georgian birth certificate, a script
# Tesseract has no data for here, its words read as Latin guesses ("bodoboggeman" at 0) and its dates and numbers
# surely (92 to 96); the few guesses read at 60 or more were taken for French, so no translation was asked for.
# Its twin in ind-gen-clean-02 was taken for English. The pages as the pipeline read them are kept in
# tests/fixtures/certificate_feet.json.
@pytest.mark.parametrize("key", ["georgian_birth_certificate", "georgian_birth_certificate_clean"])
def test_a_page_whose_letters_are_guessed_and_numbers_read_is_in_another_script(key: str) -> None:
    scan = read_page(key)
    assert language.page_language(scan) == "other"
    assert language.words_language(scan) is None
    found = run(typed("ind-generic", ("geboorteakte.pdf", "birth-certificate", [scan])), "IND-TRANSLATION")
    assert graded(found)[0] == ("untranslated", "geboorteakte.pdf", 1, "deficiency")


def test_a_page_read_poorly_throughout_is_no_other_script() -> None:
    # A poor scan guesses at numbers as at words: nothing says the letters are another script's.
    scan = read_page("georgian_birth_certificate")
    scan.words = [replace(w, conf=min(w.conf, 30)) for w in scan.words]
    assert not language.letters_unread(scan)
    # A Dutch page read well, its numbers too, is no other script either.
    dutch = (
        "Uittreksel uit het register van geboorten van de gemeente Utrecht\nGeboren op 14.07.1982 akte 2172\n"
    )
    assert not language.letters_unread(page(dutch * 3, source="ocr", conf=92))


# rules.md BE9TER-IDENTITY-LANGUAGE and IND-TRANSLATION: identity evidence and official documents must be in Dutch,
# French, German or English. The pages below are as OCR read them surely in fortyeighth's blind run (read after it).


def test_a_forms_labels_read_together_say_its_language_over_names_in_capitals() -> None:
    # be9ter-clean-08: a Yemeni birth certificate, English labels beside Arabic ones OCR could not read; judged line by
    # line, "REPUBLIC OF YEMEN" and the child's name in capitals outweighed its labels: "another language", a false
    # deficiency.
    text = (
        "REPUBLIC OF YEMEN\nMinistry of Interior\nCivil Status & Civil Registration Authority\n\nBIRTH CERTIFICATE\n"
        "\nT\n\nNo. 65499650\n\n\n6\n\n\n\nName\n\nSex\n\nDate of birth\n\nPlace of birth\n\nGovernorate\n\nNationality\n"
        "\nFather's name\n\nFather's nationality\n\nMother's name\n\nMother's nationality\n\nRegistration No.\n"
        "\nDate of registration\n\nARWA MAYSA AL-HAKIMI\n\nFemale\n\n12/11/1974\n\nTaiz\n\nTaiz\n\nYemeni\n\nSaleh Al-Hakimi\n"
        "\nYemeni\n\nHanan Al-Haddad\n\nYemeni\n\n7805/1974\n\n15/11/1974\n\nIssued at: Sanaa Date: 14/03/2026\n"
        "\nRegistrar\n\n>\n\n19,1\n\n\n12/11/1974\n\n\n\n\n\n7805/1974\n\n15/11/1974\n\n\n\nill\n\n\n\n\n\nER 167\nLEGALISED No 164\n"
        "\n\n\n\n\n\n\n\n\n"
    )
    assert detect(text) == "en"


def test_a_forms_labels_in_another_language_are_another_language_read_together() -> None:
    # ind-gen-translation-01: a Moldovan birth certificate in Romanian, planted without a translation; line by line its
    # short labels were French ("Codul personal (IDNP)", "CERTIFICAT DE NASTERE"), and no translation was asked for.
    text = (
        "Numele de familie\n\nPrenumele\n\nData nagterii\n\nLocul nasterii\n\nCodul personal (IDNP)\n\nSexul\n\n"
        "Actul de nastere nr.\n\nLocul inregisträrii\n\nData eliberärii: 22.07.2025,\n\nSeful oficiului stare\n"
        "\n®\n\nREPUBLICA MOLDOVA\nCERTIFICAT DE NASTERE\n\nEUGEN\n13.03.1972 (13 martie 1972)\nComrat, Republica Moldova\n"
        "2866080292308\n\nmasculin\n\nIgor Botnari, cetätean al Republicii Moldova\n\nCristina Bivol, cetäteanä a Republicii Moldova\n"
        "\n674 din 18.03.1972\n\nOficiul stare civilä Comrat\n\nSeria NA-I nr. 8067802"
    )
    assert detect(text) == "other"


@pytest.mark.parametrize("key", ["consular_card", "mongolian_birth_certificate"])
def test_labels_written_twice_on_their_lines_are_in_the_language_of_the_four(key: str) -> None:
    # be9ter-clean-26: a Guinea-Bissauan consular card, "Nome/ Nom", "Morada / Adresse": Portuguese and French.
    # ind-med-a4-01: a Mongolian birth certificate, "Byptrars / Registrar", its Mongolian read as Latin guesses: English
    # beside it. Both were "another language", false findings.
    texts = {
        "consular_card": (
            "\n\n| CARTAO CONSULAR\nCARTE CONSULAIRE\n\nNome/ Nom\n\nFILOMENA CAMARA\n\nNascido(a) em / Né(e) le\n"
            "\n03.10.1960 - CACHEU\n\nNacionalidade / Nationalité\n\nGUINEENSE\n\n\nCCI5474/27\n\nMorada / Adresse\n"
            "Rue des Carmes 181\n5000 Namur\n\nEmitido / Délivré : 29.11.2027\n\nVálido até / Valable jusqu'au : 28.11.2030\n"
            "\nO Cönsul / Le Consul / 4"
        ),
        "mongolian_birth_certificate": (
            "yyy No 5708285\n=\n=\n\n\nTOPCHUU\nBIRTH CERTIFICATE\n\nHap\n\nème\n\nENKHBOLD BAATAR\n\nXyñc Tepcex on, cap, enep\n"
            "Sex\nSpartan / Male 1964.10.13\nTepcek rasap Hap\nFather\nOLGII BAATAR GOMBO\n\n\nENKHJARGAL GOMBO\n"
            "\nayraap\n\n3P64101331 |\n\nByprracan\nDate of registrat\n\n| 1964.11.17\n\nL\n\nOnrocoH / Date of Issue: 2025,02.11\n"
            "\nByptrars / Registrar\n\n\n\nOnrocon / Issued by: Yncbin rasap / General Authority for State Registration\n"
            "\n"
        ),
    }
    assert detect(texts[key]) == {"consular_card": "fr", "mongolian_birth_certificate": "en"}[key]
    # Without the side in one of the four, each is another language.
    one_side = "\n".join(line.split("/")[0] for line in texts[key].splitlines())
    assert detect(one_side) == "other"


# rules.md, "Evidence decides the severity": a document "in another language" that also reads, line among its own
# lines, in one of the four may be translated whole; a person tells, so the finding is "check by hand". The pages are
# as the pipeline read them in blind parts (tests/fixtures/certificate_feet.json; by a helper that never read
# validator/).
def test_a_civil_status_document_printed_in_portuguese_and_french_line_under_line_is_checked_by_hand() -> (
    None
):
    # fortyninth be9ter-clean-23 (read after its blind run): a Cabo Verdean consulate's marriage certificate, each
    # Portuguese label over its French one ("Data do casamento" over "Date du mariage"); a false deficiency.
    scan = read_page("civil_status_portuguese_over_french")
    assert language.page_language(scan) == "other"
    assert language.written_alongside([scan]) == "fr"
    found = run(
        typed("be-9ter", ("bijlage_7.pdf", "marriage-certificate", [scan])), "BE9TER-IDENTITY-LANGUAGE"
    )
    assert graded(found) == [("wrong-language", "bijlage_7.pdf", 1, "warning")]
    assert found[0].unverified and found[0].evidence["alongside"] == "fr"


def test_title_case_english_labels_among_values_in_capitals_are_checked_by_hand() -> None:
    # fortysixth ind-med-a4-02 (read after its blind run): a Bangladeshi birth certificate in English, its labels in
    # Title Case ("Date of Registration"), its values in capitals; "another language", a false deficiency.
    scan = read_page("bangladeshi_birth_certificate_title_case")
    found = run(
        typed("ind-generic", ("akte van geboorte.pdf", "birth-certificate", [scan])), "IND-TRANSLATION"
    )
    assert ("untranslated", "akte van geboorte.pdf", 1, "warning") in graded(found)
    assert next(f for f in found if f.key == "untranslated").evidence["alongside"] == "en"


@pytest.mark.parametrize(
    "key", ["ukrainian_birth_certificate_read_as_latin", "armenian_birth_certificate_read_as_latin"]
)
def test_another_script_read_as_latin_letters_is_no_translation_alongside(key: str) -> None:
    # fortyfifth ind-hnt-translation-01, fortyninth ind-hnt-translation-02: Ukrainian and Armenian birth certificates,
    # planted without a translation; some of their Cyrillic and Armenian words read surely as Latin letters ("npo mo
    # 1960 poxy 17 aKTOBHÄ", "<wjpwünıd Upuniph") are German or French to the detector, one line in three.
    scan = read_page(key)
    assert language.written_alongside([scan]) is None
    found = run(
        typed("ind-generic", ("akte van geboorte.pdf", "birth-certificate", [scan])), "IND-TRANSLATION"
    )
    assert ("untranslated", "akte van geboorte.pdf", 1, "deficiency") in graded(found)


def test_an_apostille_in_french_on_a_document_in_another_language_is_no_translation_alongside() -> None:
    # The apostille stands in one block, after the document's lines: two changes of language at most.
    turkish = (
        "Nüfus ve Vatandaşlık İşleri Genel Müdürlüğü tarafından düzenlenmiştir\n"
        "Bu belge nüfus kütüğündeki kayıtlara uygundur ve üzerinde kazıntı yapılamaz\n"
        "Doğum yeri ve tarihi kütükte kayıtlı olduğu gibidir\n"
        "Babasının adı ve annesinin adı nüfus kaydından alınmıştır\n"
    )
    apostille = (
        "Le présent acte public a été signé par le préposé\n"
        "agissant en qualité de fonctionnaire de l'état civil\n"
        "est revêtu du sceau de la direction de la population\n"
        "attesté à Ankara le cinq octobre deux mille vingt-six\n"
    )
    assert language.written_alongside([page(turkish + apostille)]) is None
    assert language.written_alongside([page(apostille + turkish + apostille)]) is None
