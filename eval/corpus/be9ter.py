"""Belgian art. 9ter medical regularisation: document families and dossiers.

Corpus writer B.  Written from the seeds (003, 004), rules.md sections 4 and 5
and public knowledge of what such documents look like -- never from the
validator.  Everything is deterministic: every random choice comes from a
``random.Random`` seeded with the CRC-32 of the dossier's name.

``build(out_root)`` writes ``out_root/dev/<name>/`` and ``out_root/heldout/<name>/``
(files + dossier.yaml) and returns the truth dicts (CORPUS.md format).
"""
from __future__ import annotations

import copy
import dataclasses
import io
import json
import pathlib
import random
import shutil
import tempfile
import zlib
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable

import yaml

from . import identity as _identity
from . import paper as _paper
from . import people as _people
from .paper import Scan, Sheet
from .people import Address, Person

SUBMISSION = date(2026, 12, 1)

DVZ_NL = ["Dienst Vreemdelingenzaken",
          "Afdeling Uitzonderlijk Verblijf – Dienst Medisch Verblijf",
          "Pachecolaan 44", "1000 Brussel"]
DVZ_FR = ["Office des Étrangers",
          "Service Séjour exceptionnel – Section 9ter",
          "Boulevard Pachéco 44", "1000 Bruxelles"]
DVZ_DE = ["Ausländeramt (Dienst Vreemdelingenzaken)",
          "Abteilung Außergewöhnlicher Aufenthalt – Medizinischer Aufenthalt",
          "Pachecolaan 44", "1000 Brüssel"]

# --------------------------------------------------------------------------
# dates
# --------------------------------------------------------------------------
MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli",
           "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet",
           "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli",
           "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July",
           "August", "September", "October", "November", "December"],
}


def fdate(d: date, style: str, lang: str = "nl") -> str:
    """14.07.1982 / 14/07/1982 / 14-7-1982 / 14 juli 1982 / 1er mars 2026 /
    3. März 2026 / 2026-03-01 / 14.7.1982"""
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "slashes":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "dashes":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "short":
        return f"{d.day}.{d.month}.{d.year}"
    if style == "iso":
        return d.isoformat()
    m = MONTHS[lang][d.month - 1]
    if lang == "fr":
        return f"{'1er' if d.day == 1 else d.day} {m} {d.year}"
    if lang == "de":
        return f"{d.day}. {m} {d.year}"
    return f"{d.day} {m} {d.year}"


DATE_STYLES = ["dots", "slashes", "dashes", "long", "iso", "short"]

# --------------------------------------------------------------------------
# countries of origin
# --------------------------------------------------------------------------
COUNTRIES = {
    "COD": dict(en="Democratic Republic of the Congo", nl="Democratische Republiek Congo",
                fr="République démocratique du Congo", de="Demokratische Republik Kongo",
                adj_nl="Congolese", adj_fr="congolaise", adj_de="kongolesisch", adj_en="Congolese",
                capital="Kinshasa", hospital="Cliniques universitaires de Kinshasa",
                currency="USD", wage="120 USD", lang="fr",
                insurance_en="There is no general health insurance; mutual health organisations "
                             "cover less than 5 % of the population and do not reimburse chronic treatment.",
                insurance_fr="Il n'existe pas d'assurance maladie générale ; les mutuelles de santé "
                             "couvrent moins de 5 % de la population et ne remboursent pas les traitements chroniques.",
                insurance_nl="Er bestaat geen algemene ziekteverzekering; de 'mutuelles de santé' dekken "
                             "minder dan 5 % van de bevolking en betalen chronische behandelingen niet terug.",
                insurance_de="Es gibt keine allgemeine Krankenversicherung; die 'mutuelles de santé' decken "
                             "weniger als 5 % der Bevölkerung ab und erstatten keine Dauerbehandlung."),
    "GIN": dict(en="Guinea", nl="Guinee", fr="Guinée", de="Guinea",
                adj_nl="Guinese", adj_fr="guinéenne", adj_de="guineisch", adj_en="Guinean",
                capital="Conakry", hospital="CHU de Donka", currency="GNF", wage="550 000 GNF", lang="fr",
                insurance_en="The national health insurance fund (INAMU) is not operational for the informal sector; "
                             "patients pay out of pocket.",
                insurance_fr="La caisse nationale d'assurance maladie n'est pas opérationnelle pour le secteur "
                             "informel ; les patients paient eux-mêmes.",
                insurance_nl="De nationale ziekteverzekering werkt niet voor de informele sector; patiënten "
                             "betalen alles zelf.",
                insurance_de="Die nationale Krankenkasse ist für den informellen Sektor nicht tätig; "
                             "Patienten zahlen selbst."),
    "CMR": dict(en="Cameroon", nl="Kameroen", fr="Cameroun", de="Kamerun",
                adj_nl="Kameroense", adj_fr="camerounaise", adj_de="kamerunisch", adj_en="Cameroonian",
                capital="Yaoundé", hospital="Hôpital Central de Yaoundé", currency="XAF", wage="60 000 FCFA",
                lang="fr",
                insurance_en="Universal health coverage is being rolled out in phases and does not yet cover "
                             "chronic conditions outside pilot regions.",
                insurance_fr="La couverture santé universelle, déployée par phases, ne couvre pas encore les "
                             "affections chroniques hors des régions pilotes.",
                insurance_nl="De universele ziekteverzekering wordt gefaseerd ingevoerd en dekt chronische "
                             "aandoeningen buiten de pilootregio's nog niet.",
                insurance_de="Die allgemeine Krankenversicherung wird schrittweise eingeführt und deckt chronische "
                             "Krankheiten außerhalb der Pilotregionen noch nicht."),
    "MAR": dict(en="Morocco", nl="Marokko", fr="Maroc", de="Marokko",
                adj_nl="Marokkaanse", adj_fr="marocaine", adj_de="marokkanisch", adj_en="Moroccan",
                capital="Rabat", hospital="CHU Ibn Sina, Rabat", currency="MAD", wage="3 100 MAD", lang="fr",
                insurance_en="AMO Tadamon replaced RAMED in 2022, but enrolment requires a registered address "
                             "and contributions for persons with a 'household score' above the threshold.",
                insurance_fr="L'AMO Tadamon a remplacé le RAMED en 2022, mais l'affiliation exige une adresse "
                             "enregistrée et des cotisations au-delà d'un certain seuil.",
                insurance_nl="AMO Tadamon verving in 2022 het RAMED-systeem, maar aansluiting vereist een "
                             "geregistreerd adres en bijdragen boven een inkomensdrempel.",
                insurance_de="AMO Tadamon ersetzte 2022 das RAMED-System, setzt aber eine gemeldete Adresse "
                             "und Beiträge oberhalb einer Schwelle voraus."),
    "ARM": dict(en="Armenia", nl="Armenië", fr="Arménie", de="Armenien",
                adj_nl="Armeense", adj_fr="arménienne", adj_de="armenisch", adj_en="Armenian",
                capital="Yerevan", hospital="Erebouni Medical Center, Yerevan", currency="AMD",
                wage="250 000 AMD", lang="ru",
                insurance_en="The state Basic Benefits Package covers only part of the drugs; most medication "
                             "for chronic illness is paid out of pocket.",
                insurance_fr="Le paquet de base de l'État ne couvre qu'une partie des médicaments ; la plupart "
                             "des traitements chroniques sont à charge du patient.",
                insurance_nl="Het staatspakket basiszorg dekt slechts een deel van de geneesmiddelen; de meeste "
                             "chronische medicatie betaalt de patiënt zelf.",
                insurance_de="Das staatliche Basisleistungspaket deckt nur einen Teil der Arzneimittel; die "
                             "meisten Dauermedikamente zahlt der Patient selbst."),
    "RUS": dict(en="Russian Federation", nl="Russische Federatie", fr="Fédération de Russie",
                de="Russische Föderation",
                adj_nl="Russische", adj_fr="russe", adj_de="russisch", adj_en="Russian",
                capital="Moscow", hospital="Republican Clinical Hospital, Grozny", currency="RUB",
                wage="45 000 RUB", lang="ru",
                insurance_en="Compulsory medical insurance (OMS) requires registration at a permanent address; "
                             "returnees from abroad report long interruptions of supply of imported drugs.",
                insurance_fr="L'assurance médicale obligatoire (OMS) exige un enregistrement à une adresse "
                             "permanente ; des ruptures d'approvisionnement en médicaments importés sont signalées.",
                insurance_nl="De verplichte ziekteverzekering (OMS) vereist registratie op een vast adres; er "
                             "worden langdurige tekorten aan ingevoerde geneesmiddelen gemeld.",
                insurance_de="Die Pflichtversicherung (OMS) setzt eine Meldeadresse voraus; es werden lange "
                             "Lieferengpässe bei importierten Arzneimitteln gemeldet."),
    "AFG": dict(en="Afghanistan", nl="Afghanistan", fr="Afghanistan", de="Afghanistan",
                adj_nl="Afghaanse", adj_fr="afghane", adj_de="afghanisch", adj_en="Afghan",
                capital="Kabul", hospital="Jamhuriat Hospital, Kabul", currency="AFN", wage="7 000 AFN",
                lang="fa",
                insurance_en="There is no health insurance; since 2021 donor funding for the Basic Package of "
                             "Health Services has been cut and specialised care is largely private.",
                insurance_fr="Il n'y a pas d'assurance maladie ; depuis 2021 le financement du paquet de soins "
                             "de base a été réduit et les soins spécialisés sont surtout privés.",
                insurance_nl="Er is geen ziekteverzekering; sinds 2021 is de financiering van het basispakket "
                             "gezondheidszorg teruggeschroefd en is gespecialiseerde zorg grotendeels privé.",
                insurance_de="Es gibt keine Krankenversicherung; seit 2021 wurde die Finanzierung der "
                             "Basisversorgung gekürzt, Fachbehandlung ist überwiegend privat."),
    "SYR": dict(en="Syrian Arab Republic", nl="Syrië", fr="Syrie", de="Syrien",
                adj_nl="Syrische", adj_fr="syrienne", adj_de="syrisch", adj_en="Syrian",
                capital="Damascus", hospital="Al-Mouwasat University Hospital, Damascus", currency="SYP",
                wage="400 000 SYP", lang="ar",
                insurance_en="Public hospitals are free in principle but lack medicines; patients buy drugs on "
                             "the private market at prices many times the average wage.",
                insurance_fr="Les hôpitaux publics sont en principe gratuits mais manquent de médicaments ; "
                             "les patients achètent les traitements sur le marché privé.",
                insurance_nl="Openbare ziekenhuizen zijn in principe gratis maar hebben geen geneesmiddelen; "
                             "patiënten kopen ze op de private markt.",
                insurance_de="Öffentliche Krankenhäuser sind im Prinzip kostenlos, haben aber keine Medikamente; "
                             "Patienten kaufen sie auf dem privaten Markt."),
    "TUR": dict(en="Turkey", nl="Turkije", fr="Turquie", de="Türkei",
                adj_nl="Turkse", adj_fr="turque", adj_de="türkisch", adj_en="Turkish",
                capital="Ankara", hospital="Ankara Bilkent City Hospital", currency="TRY", wage="22 000 TRY",
                lang="tr",
                insurance_en="General health insurance (GSS) requires monthly premiums from persons without "
                             "registered income; premium arrears block access to non-emergency care.",
                insurance_fr="L'assurance maladie générale (GSS) exige des primes mensuelles des personnes sans "
                             "revenu déclaré ; les arriérés bloquent l'accès aux soins non urgents.",
                insurance_nl="De algemene ziekteverzekering (GSS) vraagt maandelijkse premies van wie geen "
                             "aangegeven inkomen heeft; bij achterstallen is er geen toegang tot niet-dringende zorg.",
                insurance_de="Die allgemeine Krankenversicherung (GSS) verlangt Monatsbeiträge von Personen ohne "
                             "gemeldetes Einkommen; Rückstände sperren den Zugang zu nicht dringender Versorgung."),
    # the origins of part nineteenth's 9ter dossiers (only that part's families make them feasible)
    "DZA": dict(en="Algeria", nl="Algerije", fr="Algérie", de="Algerien",
                adj_nl="Algerijnse", adj_fr="algérienne", adj_de="algerisch", adj_en="Algerian",
                capital="Algiers", hospital="CHU Mustapha Pacha, Alger", currency="DZD", wage="45 000 DZD",
                lang="ar",
                insurance_en="Social security (CNAS) covers only salaried workers and their dependants; a person "
                             "without registered work pays for medicines in full, and imported drugs are often "
                             "out of stock.",
                insurance_fr="La sécurité sociale (CNAS) ne couvre que les salariés et leurs ayants droit ; une "
                             "personne sans emploi déclaré paie ses médicaments en totalité et les produits importés "
                             "sont souvent en rupture.",
                insurance_nl="De sociale zekerheid (CNAS) dekt alleen werknemers en hun gezinsleden; wie geen "
                             "aangegeven werk heeft, betaalt geneesmiddelen volledig zelf, en ingevoerde middelen "
                             "zijn vaak niet voorradig.",
                insurance_de="Die Sozialversicherung (CNAS) deckt nur Angestellte und ihre Angehörigen; wer keine "
                             "gemeldete Arbeit hat, zahlt Medikamente voll, importierte Präparate fehlen oft."),
    "SEN": dict(en="Senegal", nl="Senegal", fr="Sénégal", de="Senegal",
                adj_nl="Senegalese", adj_fr="sénégalaise", adj_de="senegalesisch", adj_en="Senegalese",
                capital="Dakar", hospital="CHNU de Fann, Dakar", currency="XOF", wage="70 000 FCFA", lang="fr",
                insurance_en="The universal health coverage scheme relies on community mutuals that reimburse "
                             "basic care only; specialised chronic treatment is paid by the patient.",
                insurance_fr="La couverture maladie universelle repose sur des mutuelles communautaires qui ne "
                             "remboursent que les soins de base ; le traitement spécialisé chronique est à la charge "
                             "du patient.",
                insurance_nl="De universele ziektedekking steunt op gemeenschapsmutualiteiten die alleen "
                             "basiszorg terugbetalen; gespecialiseerde chronische behandeling betaalt de patiënt zelf.",
                insurance_de="Die allgemeine Krankenversicherung stützt sich auf Gemeinschaftskassen, die nur die "
                             "Grundversorgung erstatten; fachärztliche Dauerbehandlung zahlt der Patient."),
    "GEO": dict(en="Georgia", nl="Georgië", fr="Géorgie", de="Georgien",
                adj_nl="Georgische", adj_fr="géorgienne", adj_de="georgisch", adj_en="Georgian",
                capital="Tbilisi", hospital="Ingorokva High Medical Technology University Clinic, Tbilisi",
                currency="GEL", wage="1 700 GEL", lang="ka",
                insurance_en="The Universal Healthcare Programme pays part of hospital care, but outpatient "
                             "medicines for chronic illness are only partly covered and co-payments are high.",
                insurance_fr="Le programme de santé universel prend en charge une partie des soins hospitaliers, "
                             "mais les médicaments ambulatoires des maladies chroniques ne sont que partiellement "
                             "couverts.",
                insurance_nl="Het universele zorgprogramma betaalt een deel van de ziekenhuiszorg, maar "
                             "ambulante geneesmiddelen voor chronische ziekten worden slechts deels vergoed.",
                insurance_de="Das allgemeine Gesundheitsprogramm zahlt einen Teil der Krankenhausbehandlung, "
                             "ambulante Medikamente für chronisch Kranke nur teilweise."),
    "NGA": dict(en="Nigeria", nl="Nigeria", fr="Nigeria", de="Nigeria",
                adj_nl="Nigeriaanse", adj_fr="nigériane", adj_de="nigerianisch", adj_en="Nigerian",
                capital="Abuja", hospital="Lagos University Teaching Hospital (LUTH)", currency="NGN",
                wage="70 000 NGN", lang="en",
                insurance_en="The national health insurance covers less than 10 % of the population, mostly civil "
                             "servants; most patients pay out of pocket.",
                insurance_fr="L'assurance maladie nationale couvre moins de 10 % de la population, surtout des "
                             "fonctionnaires ; la plupart des patients paient eux-mêmes.",
                insurance_nl="De nationale ziekteverzekering dekt minder dan 10 % van de bevolking, vooral "
                             "ambtenaren; de meeste patiënten betalen alles zelf.",
                insurance_de="Die nationale Krankenversicherung deckt weniger als 10 % der Bevölkerung, vor allem "
                             "Beamte; die meisten Patienten zahlen selbst."),
    "UKR": dict(en="Ukraine", nl="Oekraïne", fr="Ukraine", de="Ukraine",
                adj_nl="Oekraïense", adj_fr="ukrainienne", adj_de="ukrainisch", adj_en="Ukrainian",
                capital="Kyiv", hospital="Kyiv City Clinical Hospital No. 1", currency="UAH", wage="17 000 UAH",
                lang="uk",
                insurance_en="The programme of medical guarantees lists the treatment, but hospitals in the east "
                             "and south have been damaged and supplies of specialised medicines are irregular.",
                insurance_fr="Le programme de garanties médicales prévoit le traitement, mais les hôpitaux de l'est "
                             "et du sud sont endommagés et l'approvisionnement en médicaments spécialisés est "
                             "irrégulier.",
                insurance_nl="Het programma van medische garanties voorziet in de behandeling, maar ziekenhuizen "
                             "in het oosten en zuiden zijn beschadigd en de bevoorrading is onregelmatig.",
                insurance_de="Das Programm der medizinischen Garantien sieht die Behandlung vor, doch Kliniken im "
                             "Osten und Süden sind beschädigt und die Versorgung ist unregelmäßig."),
    "ALB": dict(en="Albania", nl="Albanië", fr="Albanie", de="Albanien",
                adj_nl="Albanese", adj_fr="albanaise", adj_de="albanisch", adj_en="Albanian",
                capital="Tirana", hospital="QSUT Nënë Tereza, Tiranë", currency="ALL", wage="60 000 ALL",
                lang="sq",
                insurance_en="The compulsory health insurance fund (FSDKSH) reimburses a list of medicines; the "
                             "newer drugs are not on it and must be bought privately.",
                insurance_fr="Le fonds d'assurance maladie obligatoire (FSDKSH) rembourse une liste de "
                             "médicaments ; les molécules récentes n'y figurent pas et doivent être achetées.",
                insurance_nl="Het verplichte ziekenfonds (FSDKSH) vergoedt een lijst van geneesmiddelen; nieuwere "
                             "middelen staan er niet op en moeten privé worden gekocht.",
                insurance_de="Der Pflichtkrankenkassenfonds (FSDKSH) erstattet eine Liste von Medikamenten; neuere "
                             "Mittel stehen nicht darauf und müssen privat gekauft werden."),
    # the origins of part twentieth's 9ter dossiers (only that part's families make them feasible)
    "BDI": dict(en="Burundi", nl="Burundi", fr="Burundi", de="Burundi",
                adj_nl="Burundese", adj_fr="burundaise", adj_de="burundisch", adj_en="Burundian",
                capital="Gitega", hospital="Centre Hospitalo-Universitaire de Kamenge (CHUK), Bujumbura",
                currency="BIF", wage="150 000 BIF", lang="fr",
                insurance_en="The Mutuelle de la Fonction Publique covers civil servants only; the community health "
                             "card pays basic care at health centres, not specialised treatment or imported drugs.",
                insurance_fr="La Mutuelle de la Fonction Publique ne couvre que les fonctionnaires ; la carte "
                             "d'assistance médicale ne prend en charge que les soins de base, pas le traitement "
                             "spécialisé ni les médicaments importés.",
                insurance_nl="De Mutuelle de la Fonction Publique dekt alleen ambtenaren; de kaart voor medische "
                             "bijstand betaalt enkel basiszorg, geen gespecialiseerde behandeling of ingevoerde "
                             "geneesmiddelen.",
                insurance_de="Die Mutuelle de la Fonction Publique deckt nur Beamte; die Karte für medizinische "
                             "Hilfe zahlt nur die Grundversorgung, keine Fachbehandlung und keine Importarzneien."),
    "CIV": dict(en="Côte d'Ivoire", nl="Ivoorkust", fr="Côte d'Ivoire", de="Elfenbeinküste",
                adj_nl="Ivoriaanse", adj_fr="ivoirienne", adj_de="ivorisch", adj_en="Ivorian",
                capital="Yamoussoukro", hospital="CHU de Treichville, Abidjan", currency="XOF", wage="75 000 FCFA",
                lang="fr",
                insurance_en="The universal health coverage (CMU) reimburses 70 % of a limited basket of care; "
                             "most specialised medicines are outside it and paid in full by the patient.",
                insurance_fr="La couverture maladie universelle (CMU) rembourse 70 % d'un panier de soins limité ; "
                             "la plupart des médicaments spécialisés n'y figurent pas et restent à charge du patient.",
                insurance_nl="De universele ziektedekking (CMU) vergoedt 70 % van een beperkt zorgpakket; de "
                             "meeste gespecialiseerde geneesmiddelen vallen erbuiten en betaalt de patiënt zelf.",
                insurance_de="Die allgemeine Krankenversicherung (CMU) erstattet 70 % eines begrenzten "
                             "Leistungskatalogs; die meisten Spezialarzneien zahlt der Patient selbst."),
    "IRQ": dict(en="Iraq", nl="Irak", fr="Irak", de="Irak",
                adj_nl="Iraakse", adj_fr="irakienne", adj_de="irakisch", adj_en="Iraqi",
                capital="Baghdad", hospital="Medical City Teaching Hospital, Baghdad", currency="IQD",
                wage="650 000 IQD", lang="ar",
                insurance_en="Public hospitals are nominally free, but specialised medicines are chronically short "
                             "and patients buy them in private pharmacies at market prices.",
                insurance_fr="Les hôpitaux publics sont en principe gratuits, mais les médicaments spécialisés "
                             "manquent de façon chronique et les patients les achètent en pharmacie privée.",
                insurance_nl="Openbare ziekenhuizen zijn in principe gratis, maar gespecialiseerde geneesmiddelen "
                             "zijn chronisch tekort en patiënten kopen ze in privé-apotheken tegen marktprijzen.",
                insurance_de="Öffentliche Kliniken sind formal kostenlos, doch Spezialarzneien fehlen chronisch "
                             "und werden in Privatapotheken zu Marktpreisen gekauft."),
    "SOM": dict(en="Somalia", nl="Somalië", fr="Somalie", de="Somalia",
                adj_nl="Somalische", adj_fr="somalienne", adj_de="somalisch", adj_en="Somali",
                capital="Mogadishu", hospital="Erdoğan Hospital (Digfer), Mogadishu", currency="USD",
                wage="120 USD", lang="so",
                insurance_en="There is no public health insurance; care is paid out of pocket and specialised "
                             "treatment is available at one or two hospitals in the capital only.",
                insurance_fr="Il n'existe pas d'assurance maladie publique ; les soins sont payés par le patient et "
                             "le traitement spécialisé n'existe que dans un ou deux hôpitaux de la capitale.",
                insurance_nl="Er is geen openbare ziekteverzekering; zorg wordt zelf betaald en gespecialiseerde "
                             "behandeling bestaat alleen in een of twee ziekenhuizen in de hoofdstad.",
                insurance_de="Eine öffentliche Krankenversicherung gibt es nicht; Behandlung wird selbst bezahlt "
                             "und Fachbehandlung gibt es nur in ein oder zwei Kliniken der Hauptstadt."),
    # the origins of part twentyfirst's 9ter dossiers (only that part's families make them feasible)
    "TGO": dict(en="Togo", nl="Togo", fr="Togo", de="Togo",
                adj_nl="Togolese", adj_fr="togolaise", adj_de="togoisch", adj_en="Togolese",
                capital="Lomé", hospital="CHU Sylvanus Olympio, Lomé", currency="XOF", wage="52 500 FCFA",
                lang="fr",
                insurance_en="The national health insurance (INAM) covers civil servants and their families only; "
                             "others pay for specialised treatment and imported medicines themselves.",
                insurance_fr="L'assurance maladie (INAM) ne couvre que les agents publics et leurs ayants droit ; "
                             "les autres paient eux-mêmes le traitement spécialisé et les médicaments importés.",
                insurance_nl="De ziekteverzekering (INAM) dekt alleen ambtenaren en hun gezin; anderen betalen "
                             "gespecialiseerde behandeling en ingevoerde geneesmiddelen zelf.",
                insurance_de="Die Krankenversicherung (INAM) deckt nur Beamte und ihre Familien; andere zahlen "
                             "Fachbehandlung und Importarzneien selbst."),
    "MLI": dict(en="Mali", nl="Mali", fr="Mali", de="Mali",
                adj_nl="Malinese", adj_fr="malienne", adj_de="malisch", adj_en="Malian",
                capital="Bamako", hospital="CHU du Point G, Bamako", currency="XOF", wage="45 000 FCFA", lang="fr",
                insurance_en="Compulsory health insurance (AMO) covers formal-sector workers; the medical assistance "
                             "scheme (RAMED) pays basic care for the poorest, not costly specialised drugs.",
                insurance_fr="L'assurance maladie obligatoire (AMO) couvre les travailleurs du secteur formel ; le "
                             "RAMED ne prend en charge que les soins de base des plus démunis, pas les médicaments "
                             "spécialisés coûteux.",
                insurance_nl="De verplichte ziekteverzekering (AMO) dekt werknemers in de formele sector; de "
                             "bijstandsregeling RAMED betaalt alleen basiszorg, geen dure gespecialiseerde middelen.",
                insurance_de="Die Pflichtversicherung (AMO) deckt Beschäftigte des formellen Sektors; RAMED zahlt nur "
                             "die Grundversorgung, keine teuren Spezialarzneien."),
    "IRN": dict(en="Iran", nl="Iran", fr="Iran", de="Iran",
                adj_nl="Iraanse", adj_fr="iranienne", adj_de="iranisch", adj_en="Iranian",
                capital="Tehran", hospital="Imam Khomeini Hospital Complex, Tehran", currency="IRR",
                wage="140 000 000 IRR", lang="fa",
                insurance_en="Public insurance (Salamat) covers a list of generic medicines; under the sanctions many "
                             "imported specialised drugs are scarce and sold at free-market prices.",
                insurance_fr="L'assurance publique (Salamat) couvre une liste de génériques ; sous les sanctions, "
                             "beaucoup de médicaments spécialisés importés sont rares et vendus au prix du marché.",
                insurance_nl="De openbare verzekering (Salamat) dekt een lijst van generieken; door de sancties zijn "
                             "veel ingevoerde gespecialiseerde middelen schaars en duur op de vrije markt.",
                insurance_de="Die staatliche Versicherung (Salamat) deckt eine Generikaliste; wegen der Sanktionen "
                             "sind viele importierte Spezialarzneien knapp und teuer."),
    "PAK": dict(en="Pakistan", nl="Pakistan", fr="Pakistan", de="Pakistan",
                adj_nl="Pakistaanse", adj_fr="pakistanaise", adj_de="pakistanisch", adj_en="Pakistani",
                capital="Islamabad", hospital="Pakistan Institute of Medical Sciences (PIMS), Islamabad",
                currency="PKR", wage="37 000 PKR", lang="ur",
                insurance_en="The Sehat Sahulat card pays in-patient care in listed hospitals; out-patient medicines "
                             "for chronic illness are not covered and are paid out of pocket.",
                insurance_fr="La carte Sehat Sahulat prend en charge l'hospitalisation dans certains hôpitaux ; les "
                             "médicaments ambulatoires des maladies chroniques restent à charge du patient.",
                insurance_nl="De Sehat Sahulat-kaart betaalt ziekenhuisopname in erkende ziekenhuizen; ambulante "
                             "geneesmiddelen voor chronische ziekten betaalt de patiënt zelf.",
                insurance_de="Die Sehat-Sahulat-Karte zahlt stationäre Behandlung in gelisteten Kliniken; ambulante "
                             "Medikamente bei chronischen Krankheiten zahlt der Patient selbst."),
    # the origins of part twentysecond's 9ter dossiers (only that part's families make them feasible)
    "BEN": dict(en="Benin", nl="Benin", fr="Bénin", de="Benin",
                adj_nl="Beninse", adj_fr="béninoise", adj_de="beninisch", adj_en="Beninese",
                capital="Porto-Novo", hospital="CNHU Hubert Koutoukou Maga, Cotonou", currency="XOF",
                wage="52 000 FCFA", lang="fr",
                insurance_en="The universal health insurance scheme (ARCH) is still being rolled out and covers few "
                             "people; chronic treatment and imported medicines are paid out of pocket.",
                insurance_fr="L'assurance maladie universelle (ARCH) est encore en cours de déploiement et couvre peu "
                             "de personnes ; les traitements chroniques et les médicaments importés restent à charge.",
                insurance_nl="De algemene ziekteverzekering (ARCH) wordt nog ingevoerd en dekt weinig mensen; "
                             "chronische behandeling en ingevoerde geneesmiddelen betaalt de patiënt zelf.",
                insurance_de="Die allgemeine Krankenversicherung (ARCH) wird erst eingeführt und deckt wenige; "
                             "Dauerbehandlung und Importarzneien zahlt der Patient selbst."),
    "GHA": dict(en="Ghana", nl="Ghana", fr="Ghana", de="Ghana",
                adj_nl="Ghanese", adj_fr="ghanéenne", adj_de="ghanaisch", adj_en="Ghanaian",
                capital="Accra", hospital="Korle Bu Teaching Hospital, Accra", currency="GHS", wage="1 100 GHS",
                lang="en",
                insurance_en="The National Health Insurance Scheme covers a basic list of medicines; most specialised "
                             "and imported drugs are not on it and are paid out of pocket.",
                insurance_fr="Le régime national d'assurance maladie (NHIS) couvre une liste de base ; la plupart des "
                             "médicaments spécialisés et importés n'y figurent pas et restent à charge.",
                insurance_nl="De nationale ziekteverzekering (NHIS) dekt een basislijst van geneesmiddelen; de meeste "
                             "gespecialiseerde en ingevoerde middelen staan er niet op en zijn voor eigen rekening.",
                insurance_de="Die nationale Krankenversicherung (NHIS) deckt eine Basisliste; die meisten Spezial- "
                             "und Importarzneien zahlt der Patient selbst."),
    "BGD": dict(en="Bangladesh", nl="Bangladesh", fr="Bangladesh", de="Bangladesch",
                adj_nl="Bengalese", adj_fr="bangladaise", adj_de="bangladeschisch", adj_en="Bangladeshi",
                capital="Dhaka", hospital="Bangabandhu Sheikh Mujib Medical University, Dhaka", currency="BDT",
                wage="14 000 BDT", lang="bn",
                insurance_en="There is no general health insurance; about three quarters of health spending is paid "
                             "out of pocket, including all medicines for chronic illness.",
                insurance_fr="Il n'existe pas d'assurance maladie générale ; environ trois quarts des dépenses de santé "
                             "sont payés par les patients, y compris tous les médicaments des maladies chroniques.",
                insurance_nl="Er is geen algemene ziekteverzekering; ongeveer driekwart van de zorguitgaven betalen "
                             "patiënten zelf, ook alle geneesmiddelen voor chronische ziekten.",
                insurance_de="Eine allgemeine Krankenversicherung gibt es nicht; rund drei Viertel der Kosten, auch "
                             "alle Dauermedikamente, zahlen die Patienten selbst."),
    "TUN": dict(en="Tunisia", nl="Tunesië", fr="Tunisie", de="Tunesien",
                adj_nl="Tunesische", adj_fr="tunisienne", adj_de="tunesisch", adj_en="Tunisian",
                capital="Tunis", hospital="Hôpital La Rabta, Tunis", currency="TND", wage="1 100 TND", lang="ar",
                insurance_en="The CNAM covers formally employed workers; others rely on free care cards that do not "
                             "cover specialised medicines, which are often out of stock at the central pharmacy.",
                insurance_fr="La CNAM couvre les salariés déclarés ; les autres dépendent des carnets de soins "
                             "gratuits qui ne couvrent pas les médicaments spécialisés, souvent en rupture à la "
                             "Pharmacie centrale.",
                insurance_nl="De CNAM dekt aangegeven werknemers; anderen zijn aangewezen op kaarten voor gratis zorg "
                             "die geen gespecialiseerde geneesmiddelen dekken, die bovendien vaak niet leverbaar zijn.",
                insurance_de="Die CNAM deckt gemeldete Arbeitnehmer; andere haben nur Karten für kostenlose Versorgung "
                             "ohne Spezialarzneien, die zudem oft fehlen."),
    # the origins of part twentythird's 9ter dossiers (only that part's families make them feasible)
    "RWA": dict(en="Rwanda", nl="Rwanda", fr="Rwanda", de="Ruanda",
                adj_nl="Rwandese", adj_fr="rwandaise", adj_de="ruandisch", adj_en="Rwandan",
                capital="Kigali", hospital="Centre Hospitalier Universitaire de Kigali (CHUK)", currency="RWF",
                wage="60 000 RWF", lang="rw",
                insurance_en="The community health insurance (mutuelle de santé) pays for basic care at health "
                             "centres; specialised and imported medicines are rarely stocked and are paid by the "
                             "patient.",
                insurance_fr="La mutuelle de santé communautaire couvre les soins de base dans les centres de santé ; "
                             "les médicaments spécialisés et importés sont rarement disponibles et restent à charge.",
                insurance_nl="De gemeenschapsziekteverzekering (mutuelle de santé) betaalt basiszorg in "
                             "gezondheidscentra; gespecialiseerde en ingevoerde geneesmiddelen zijn zelden "
                             "voorradig en voor eigen rekening.",
                insurance_de="Die Gemeinschaftskrankenkasse (mutuelle de santé) zahlt Basisversorgung; Spezial- und "
                             "Importarzneien sind selten vorrätig und werden selbst bezahlt."),
    "EGY": dict(en="Egypt", nl="Egypte", fr="Égypte", de="Ägypten",
                adj_nl="Egyptische", adj_fr="égyptienne", adj_de="ägyptisch", adj_en="Egyptian",
                capital="Cairo", hospital="Kasr Al Ainy University Hospital, Cairo", currency="EGP",
                wage="5 500 EGP", lang="ar",
                insurance_en="The new universal health insurance is introduced governorate by governorate and does "
                             "not yet reach Cairo or Alexandria; the old scheme's lists leave out many specialised "
                             "medicines.",
                insurance_fr="La nouvelle assurance maladie universelle est introduite gouvernorat par gouvernorat et "
                             "n'atteint pas encore Le Caire ni Alexandrie ; l'ancien régime exclut de nombreux "
                             "médicaments spécialisés.",
                insurance_nl="De nieuwe algemene ziekteverzekering wordt per gouvernement ingevoerd en geldt nog niet "
                             "in Caïro of Alexandrië; de lijsten van het oude stelsel sluiten veel gespecialiseerde "
                             "geneesmiddelen uit.",
                insurance_de="Die neue allgemeine Krankenversicherung gilt noch nicht in Kairo oder Alexandria; das "
                             "alte System schließt viele Spezialarzneien aus."),
    "ETH": dict(en="Ethiopia", nl="Ethiopië", fr="Éthiopie", de="Äthiopien",
                adj_nl="Ethiopische", adj_fr="éthiopienne", adj_de="äthiopisch", adj_en="Ethiopian",
                capital="Addis Ababa", hospital="Tikur Anbessa Specialized Hospital, Addis Ababa", currency="ETB",
                wage="5 000 ETB", lang="am",
                insurance_en="Community-based health insurance covers basic services for rural households; long-term "
                             "specialised medicines are not covered and are often out of stock.",
                insurance_fr="L'assurance maladie communautaire couvre les services de base des ménages ruraux ; les "
                             "médicaments spécialisés de longue durée ne sont pas couverts et souvent en rupture.",
                insurance_nl="De gemeenschapsziekteverzekering dekt basiszorg voor plattelandsgezinnen; "
                             "gespecialiseerde geneesmiddelen voor lange duur vallen erbuiten en zijn vaak niet "
                             "leverbaar.",
                insurance_de="Die gemeindebasierte Krankenversicherung deckt Grundleistungen; Spezialarzneien für "
                             "Dauerbehandlung sind nicht gedeckt und oft nicht lieferbar."),
    "KEN": dict(en="Kenya", nl="Kenia", fr="Kenya", de="Kenia",
                adj_nl="Keniaanse", adj_fr="kényane", adj_de="kenianisch", adj_en="Kenyan",
                capital="Nairobi", hospital="Kenyatta National Hospital, Nairobi", currency="KES",
                wage="20 000 KES", lang="en",
                insurance_en="The Social Health Authority, which replaced the NHIF in 2024, does not cover many "
                             "specialised out-patient medicines; they are paid out of pocket.",
                insurance_fr="La Social Health Authority, qui a remplacé le NHIF en 2024, ne couvre pas de nombreux "
                             "médicaments spécialisés ambulatoires, qui restent à charge.",
                insurance_nl="De Social Health Authority, die in 2024 het NHIF verving, dekt veel gespecialiseerde "
                             "ambulante geneesmiddelen niet; die betaalt de patiënt zelf.",
                insurance_de="Die Social Health Authority (seit 2024 statt NHIF) deckt viele ambulante "
                             "Spezialarzneien nicht; sie werden selbst bezahlt."),
    # the origins of part twentyfourth's 9ter dossiers (only that part's families make them feasible)
    "UGA": dict(en="Uganda", nl="Oeganda", fr="Ouganda", de="Uganda",
                adj_nl="Oegandese", adj_fr="ougandaise", adj_de="ugandisch", adj_en="Ugandan",
                capital="Kampala", hospital="Mulago National Referral Hospital, Kampala", currency="UGX",
                wage="400 000 UGX", lang="en",
                insurance_en="Uganda has no national health insurance in force; public facilities are free in "
                             "principle but specialised medicines are seldom in stock and are bought privately.",
                insurance_fr="L'Ouganda n'a pas d'assurance maladie nationale en vigueur ; les structures publiques "
                             "sont en principe gratuites mais les médicaments spécialisés y manquent presque "
                             "toujours et s'achètent au privé.",
                insurance_nl="Oeganda heeft geen nationale ziekteverzekering die in werking is; openbare zorg is in "
                             "principe gratis, maar gespecialiseerde geneesmiddelen zijn er zelden en worden privé "
                             "gekocht.",
                insurance_de="Uganda hat keine geltende nationale Krankenversicherung; Spezialarzneien fehlen in "
                             "öffentlichen Einrichtungen meist und werden privat gekauft."),
    "SLE": dict(en="Sierra Leone", nl="Sierra Leone", fr="Sierra Leone", de="Sierra Leone",
                adj_nl="Sierra Leoonse", adj_fr="sierra-léonaise", adj_de="sierra-leonisch", adj_en="Sierra Leonean",
                capital="Freetown", hospital="Connaught Hospital, Freetown", currency="SLE",
                wage="1 200 SLE", lang="en",
                insurance_en="The Sierra Leone Social Health Insurance scheme (SLeSHI) covers few people outside "
                             "formal employment; medicines for chronic illness are mostly paid out of pocket.",
                insurance_fr="Le régime SLeSHI ne couvre guère les personnes sans emploi formel ; les médicaments des "
                             "maladies chroniques restent le plus souvent à charge du patient.",
                insurance_nl="De ziekteverzekering SLeSHI dekt weinig mensen buiten formeel werk; geneesmiddelen voor "
                             "chronische ziekten betaalt de patiënt meestal zelf.",
                insurance_de="Die SLeSHI deckt kaum Menschen ohne formelle Arbeit; Arzneien für chronische "
                             "Krankheiten werden meist selbst bezahlt."),
    "AGO": dict(en="Angola", nl="Angola", fr="Angola", de="Angola",
                adj_nl="Angolese", adj_fr="angolaise", adj_de="angolanisch", adj_en="Angolan",
                capital="Luanda", hospital="Hospital Américo Boavida, Luanda", currency="AOA",
                wage="70 000 AOA", lang="pt",
                insurance_en="Angola has no general health insurance; the public hospitals lack specialised "
                             "medicines, which patients buy in private pharmacies at their own cost.",
                insurance_fr="L'Angola n'a pas d'assurance maladie générale ; les hôpitaux publics manquent de "
                             "médicaments spécialisés, que les patients achètent en pharmacie privée.",
                insurance_nl="Angola kent geen algemene ziekteverzekering; de openbare ziekenhuizen missen "
                             "gespecialiseerde geneesmiddelen, die patiënten zelf in private apotheken kopen.",
                insurance_de="Angola hat keine allgemeine Krankenversicherung; Spezialarzneien kaufen Patienten "
                             "selbst in privaten Apotheken."),
    # the origins of part twentyfifth's 9ter dossiers (only that part's families make them feasible)
    "HTI": dict(en="Haiti", nl="Haïti", fr="Haïti", de="Haiti",
                adj_nl="Haïtiaanse", adj_fr="haïtienne", adj_de="haitianisch", adj_en="Haitian",
                capital="Port-au-Prince", hospital="Hôpital de l'Université d'État d'Haïti, Port-au-Prince",
                currency="HTG", wage="18 000 HTG", lang="fr",
                insurance_en="Haiti has no general health insurance; the OFATMA scheme covers only some formal-sector "
                             "workers, and medicines for chronic illness are paid out of pocket.",
                insurance_fr="Haïti ne connaît pas d'assurance maladie générale ; l'OFATMA ne couvre qu'une partie des "
                             "salariés du secteur formel et les médicaments des maladies chroniques sont à charge "
                             "du patient.",
                insurance_nl="Haïti heeft geen algemene ziekteverzekering; OFATMA dekt slechts een deel van de "
                             "werknemers in de formele sector, en geneesmiddelen voor chronische ziekten betaalt de "
                             "patiënt zelf.",
                insurance_de="Haiti hat keine allgemeine Krankenversicherung; die OFATMA deckt nur einen Teil der "
                             "formell Beschäftigten, Arzneien für chronische Krankheiten werden selbst bezahlt."),
    "TCD": dict(en="Chad", nl="Tsjaad", fr="Tchad", de="Tschad",
                adj_nl="Tsjadische", adj_fr="tchadienne", adj_de="tschadisch", adj_en="Chadian",
                capital="N'Djamena", hospital="Hôpital Général de Référence Nationale, N'Djamena",
                currency="XAF", wage="65 000 XAF", lang="fr",
                insurance_en="Chad's universal health insurance (CNSU) is still being set up and covers very few "
                             "people; specialised medicines are bought privately.",
                insurance_fr="La couverture santé universelle du Tchad (CNSU) se met à peine en place et ne couvre "
                             "presque personne ; les médicaments spécialisés s'achètent au privé.",
                insurance_nl="De universele ziekteverzekering van Tsjaad (CNSU) wordt nog opgebouwd en dekt bijna "
                             "niemand; gespecialiseerde geneesmiddelen worden privé gekocht.",
                insurance_de="Die allgemeine Krankenversicherung des Tschad (CNSU) wird erst aufgebaut und deckt "
                             "kaum jemanden; Spezialarzneien werden privat gekauft."),
    "NPL": dict(en="Nepal", nl="Nepal", fr="Népal", de="Nepal",
                adj_nl="Nepalese", adj_fr="népalaise", adj_de="nepalesisch", adj_en="Nepalese",
                capital="Kathmandu", hospital="Bir Hospital, Kathmandu", currency="NPR", wage="19 500 NPR",
                lang="en",
                insurance_en="Nepal's Health Insurance Board caps yearly benefits at NPR 100 000 per family, far below "
                             "the cost of long-term specialised treatment.",
                insurance_fr="Le Health Insurance Board du Népal plafonne les prestations à 100 000 NPR par famille et "
                             "par an, bien en dessous du coût d'un traitement spécialisé de longue durée.",
                insurance_nl="De Health Insurance Board van Nepal beperkt de vergoeding tot 100 000 NPR per gezin per "
                             "jaar, ver onder de kosten van een langdurige gespecialiseerde behandeling.",
                insurance_de="Das Health Insurance Board Nepals begrenzt die Leistungen auf 100 000 NPR pro Familie "
                             "und Jahr, weit unter den Kosten einer langen Spezialbehandlung."),
    # the origins of part twentysixth's 9ter dossiers (only that part's families make them feasible)
    "MRT": dict(en="Mauritania", nl="Mauritanië", fr="Mauritanie", de="Mauretanien",
                adj_nl="Mauritaanse", adj_fr="mauritanienne", adj_de="mauretanisch", adj_en="Mauritanian",
                capital="Nouakchott", hospital="Centre Hospitalier National, Nouakchott",
                currency="MRU", wage="6 500 MRU", lang="fr",
                insurance_en="Mauritania's health insurance fund (CNAM) covers civil servants and formal-sector "
                             "employees only; the poor and the informal sector pay for medicines themselves.",
                insurance_fr="La Caisse nationale d'assurance maladie (CNAM) de Mauritanie ne couvre que les "
                             "fonctionnaires et les salariés du secteur formel ; les autres paient eux-mêmes "
                             "leurs médicaments.",
                insurance_nl="Het ziekenfonds van Mauritanië (CNAM) dekt enkel ambtenaren en werknemers in de "
                             "formele sector; de anderen betalen hun geneesmiddelen zelf.",
                insurance_de="Die Krankenkasse Mauretaniens (CNAM) versichert nur Beamte und formell Beschäftigte; "
                             "alle anderen zahlen ihre Arzneien selbst."),
    "LKA": dict(en="Sri Lanka", nl="Sri Lanka", fr="Sri Lanka", de="Sri Lanka",
                adj_nl="Sri Lankaanse", adj_fr="sri-lankaise", adj_de="sri-lankisch", adj_en="Sri Lankan",
                capital="Colombo", hospital="National Hospital of Sri Lanka, Colombo", currency="LKR",
                wage="58 000 LKR", lang="en",
                insurance_en="Sri Lanka's free public hospitals regularly run out of specialised medicines since the "
                             "2022 crisis; patients are then sent to buy them in private pharmacies.",
                insurance_fr="Depuis la crise de 2022, les hôpitaux publics gratuits du Sri Lanka manquent "
                             "régulièrement de médicaments spécialisés, que les patients doivent acheter en "
                             "pharmacie privée.",
                insurance_nl="Sinds de crisis van 2022 hebben de gratis openbare ziekenhuizen van Sri Lanka geregeld "
                             "geen gespecialiseerde geneesmiddelen; patiënten moeten ze dan in private apotheken "
                             "kopen.",
                insurance_de="Seit der Krise von 2022 fehlen den kostenlosen staatlichen Krankenhäusern Sri Lankas "
                             "oft Spezialarzneien; Patienten müssen sie in privaten Apotheken kaufen."),
    "BFA": dict(en="Burkina Faso", nl="Burkina Faso", fr="Burkina Faso", de="Burkina Faso",
                adj_nl="Burkinese", adj_fr="burkinabè", adj_de="burkinisch", adj_en="Burkinabe",
                capital="Ouagadougou", hospital="CHU Yalgado Ouédraogo, Ouagadougou", currency="XOF",
                wage="60 000 XOF", lang="fr",
                insurance_en="Burkina Faso's universal health insurance (CNAMU) is only starting and does not pay "
                             "for long-term specialised medicines.",
                insurance_fr="L'assurance maladie universelle du Burkina Faso (CNAMU) n'en est qu'à ses débuts et "
                             "ne rembourse pas les médicaments spécialisés de longue durée.",
                insurance_nl="De universele ziekteverzekering van Burkina Faso (CNAMU) staat nog in de kinderschoenen "
                             "en vergoedt geen langdurige gespecialiseerde geneesmiddelen.",
                insurance_de="Die allgemeine Krankenversicherung Burkina Fasos (CNAMU) steht erst am Anfang und "
                             "zahlt keine langfristigen Spezialarzneien."),
    # the origins of part twentyseventh's 9ter dossiers (only that part's families make them feasible)
    "COG": dict(en="Republic of the Congo", nl="Republiek Congo", fr="République du Congo", de="Republik Kongo",
                adj_nl="Congolese", adj_fr="congolaise", adj_de="kongolesisch", adj_en="Congolese",
                capital="Brazzaville", hospital="CHU de Brazzaville", currency="XAF", wage="90 000 FCFA", lang="fr",
                insurance_en="The universal health insurance fund (CAMU) created in 2014 is still not paying benefits; "
                             "patients pay for consultations and medicines themselves.",
                insurance_fr="La Caisse d'assurance maladie universelle (CAMU), créée en 2014, ne verse toujours "
                             "aucune prestation ; les patients paient eux-mêmes consultations et médicaments.",
                insurance_nl="Het universele ziekenfonds (CAMU), opgericht in 2014, keert nog altijd niets uit; "
                             "patiënten betalen raadplegingen en geneesmiddelen zelf.",
                insurance_de="Die 2014 gegründete allgemeine Krankenkasse (CAMU) zahlt noch immer keine Leistungen; "
                             "Patienten zahlen Konsultationen und Arzneien selbst."),
    "NER": dict(en="Niger", nl="Niger", fr="Niger", de="Niger",
                adj_nl="Nigerese", adj_fr="nigérienne", adj_de="nigrisch", adj_en="Nigerien",
                capital="Niamey", hospital="Hôpital National de Niamey", currency="XOF", wage="45 000 FCFA",
                lang="fr",
                insurance_en="Niger has no compulsory health insurance for the informal sector; free care is limited "
                             "to children under five and to some maternal care.",
                insurance_fr="Le Niger ne connaît pas d'assurance maladie obligatoire pour le secteur informel ; la "
                             "gratuité ne vise que les enfants de moins de cinq ans et certains soins maternels.",
                insurance_nl="Niger heeft geen verplichte ziekteverzekering voor de informele sector; gratis zorg "
                             "geldt alleen voor kinderen onder de vijf en voor sommige moederzorg.",
                insurance_de="Niger kennt keine Pflichtkrankenversicherung für den informellen Sektor; kostenlos sind "
                             "nur die Behandlung von Kindern unter fünf Jahren und Teile der Mütterversorgung."),
    "VNM": dict(en="Vietnam", nl="Vietnam", fr="Viêt Nam", de="Vietnam",
                adj_nl="Vietnamese", adj_fr="vietnamienne", adj_de="vietnamesisch", adj_en="Vietnamese",
                capital="Hanoi", hospital="Bach Mai Hospital, Hanoi", currency="VND", wage="7 500 000 VND",
                lang="vi",
                insurance_en="Vietnam's social health insurance pays only part of the listed medicines; specialised "
                             "drugs outside the list are paid in full by the patient.",
                insurance_fr="L'assurance maladie sociale du Viêt Nam ne rembourse qu'une partie des médicaments "
                             "listés ; les médicaments spécialisés hors liste sont entièrement à charge du patient.",
                insurance_nl="De sociale ziekteverzekering van Vietnam vergoedt slechts een deel van de geneesmiddelen "
                             "op de lijst; gespecialiseerde geneesmiddelen daarbuiten betaalt de patiënt volledig zelf.",
                insurance_de="Die soziale Krankenversicherung Vietnams erstattet nur einen Teil der gelisteten "
                             "Arzneien; Spezialarzneien außerhalb der Liste zahlt der Patient ganz selbst."),
    "LBR": dict(en="Liberia", nl="Liberia", fr="Liberia", de="Liberia",
                adj_nl="Liberiaanse", adj_fr="libérienne", adj_de="liberianisch", adj_en="Liberian",
                capital="Monrovia", hospital="John F. Kennedy Medical Center, Monrovia", currency="LRD",
                wage="30 000 LRD (about 160 USD)", lang="en",
                insurance_en="Liberia has no national health insurance; specialised medicines are bought in private "
                             "pharmacies and paid out of pocket.",
                insurance_fr="Le Liberia n'a pas d'assurance maladie nationale ; les médicaments spécialisés "
                             "s'achètent en pharmacie privée, à la charge du patient.",
                insurance_nl="Liberia heeft geen nationale ziekteverzekering; gespecialiseerde geneesmiddelen koopt "
                             "de patiënt zelf in private apotheken.",
                insurance_de="Liberia hat keine staatliche Krankenversicherung; Spezialarzneien werden in privaten "
                             "Apotheken gekauft und selbst bezahlt."),
    "MDG": dict(en="Madagascar", nl="Madagaskar", fr="Madagascar", de="Madagaskar",
                adj_nl="Malagassische", adj_fr="malgache", adj_de="madagassisch", adj_en="Malagasy",
                capital="Antananarivo", hospital="CHU Joseph Ravoahangy Andrianavalona, Antananarivo",
                currency="MGA", wage="300 000 MGA", lang="fr",
                insurance_en="Madagascar has no universal health insurance; the CNaPS covers only part of the formal "
                             "sector and chronic treatment is paid by the patient.",
                insurance_fr="Madagascar n'a pas d'assurance maladie universelle ; la CNaPS ne couvre qu'une partie "
                             "du secteur formel et les traitements chroniques restent à la charge du patient.",
                insurance_nl="Madagaskar heeft geen algemene ziekteverzekering; de CNaPS dekt slechts een deel van de "
                             "formele sector en chronische behandelingen betaalt de patiënt zelf.",
                insurance_de="Madagaskar hat keine allgemeine Krankenversicherung; die CNaPS deckt nur einen Teil des "
                             "formellen Sektors, chronische Behandlungen zahlt der Patient selbst."),
    "GAB": dict(en="Gabon", nl="Gabon", fr="Gabon", de="Gabun",
                adj_nl="Gabonese", adj_fr="gabonaise", adj_de="gabunisch", adj_en="Gabonese",
                capital="Libreville", hospital="CHU de Libreville", currency="XAF", wage="150 000 FCFA", lang="fr",
                insurance_en="The CNAMGS covers registered low-income Gabonese only in part; specialised medicines "
                             "outside its list are not reimbursed and stock-outs are frequent.",
                insurance_fr="La CNAMGS ne couvre qu'en partie les Gabonais économiquement faibles immatriculés ; "
                             "les médicaments spécialisés hors liste ne sont pas remboursés et les ruptures sont "
                             "fréquentes.",
                insurance_nl="De CNAMGS dekt ingeschreven Gabonezen met een laag inkomen slechts gedeeltelijk; "
                             "gespecialiseerde geneesmiddelen buiten de lijst worden niet terugbetaald en zijn vaak "
                             "niet voorradig.",
                insurance_de="Die CNAMGS deckt eingetragene Gabuner mit geringem Einkommen nur teilweise; "
                             "Spezialarzneien außerhalb der Liste werden nicht erstattet und sind oft nicht "
                             "vorrätig."),
    "GMB": dict(en="Gambia", nl="Gambia", fr="Gambie", de="Gambia",
                adj_nl="Gambiaanse", adj_fr="gambienne", adj_de="gambisch", adj_en="Gambian",
                capital="Banjul", hospital="Edward Francis Small Teaching Hospital, Banjul", currency="GMD",
                wage="4 500 GMD", lang="en",
                insurance_en="The National Health Insurance Scheme started in 2021 covers a basic package only; "
                             "specialised and chronic medication is paid out of pocket.",
                insurance_fr="Le régime national d'assurance maladie lancé en 2021 ne couvre qu'un paquet de base ; "
                             "les traitements spécialisés et chroniques sont à la charge du patient.",
                insurance_nl="De nationale ziekteverzekering die in 2021 van start ging, dekt enkel een basispakket; "
                             "gespecialiseerde en chronische medicatie betaalt de patiënt zelf.",
                insurance_de="Die 2021 eingeführte staatliche Krankenversicherung deckt nur ein Grundpaket; "
                             "spezielle und dauerhafte Medikamente zahlt der Patient selbst."),
    "CAF": dict(en="Central African Republic", nl="Centraal-Afrikaanse Republiek", fr="République centrafricaine",
                de="Zentralafrikanische Republik", adj_nl="Centraal-Afrikaanse", adj_fr="centrafricaine",
                adj_de="zentralafrikanisch", adj_en="Central African", capital="Bangui",
                hospital="Hôpital de l'Amitié Sino-Centrafricaine, Bangui", currency="XAF", wage="60 000 FCFA",
                lang="fr",
                insurance_en="The Central African Republic has no health insurance scheme; outside the few "
                             "programmes run by aid organisations, every medicine and consultation is paid by the "
                             "patient.",
                insurance_fr="La République centrafricaine n'a pas de régime d'assurance maladie ; hors des rares "
                             "programmes d'organisations humanitaires, médicaments et consultations sont à la charge "
                             "du patient.",
                insurance_nl="De Centraal-Afrikaanse Republiek heeft geen ziekteverzekering; buiten de weinige "
                             "programma's van hulporganisaties betaalt de patiënt elk geneesmiddel en elke "
                             "raadpleging zelf.",
                insurance_de="Die Zentralafrikanische Republik hat keine Krankenversicherung; außerhalb weniger "
                             "Programme von Hilfsorganisationen zahlt der Patient jedes Medikament und jede "
                             "Konsultation selbst."),
    "ZMB": dict(en="Zambia", nl="Zambia", fr="Zambie", de="Sambia", adj_nl="Zambiaanse", adj_fr="zambienne",
                adj_de="sambisch", adj_en="Zambian", capital="Lusaka",
                hospital="University Teaching Hospital, Lusaka", currency="ZMW", wage="3 500 ZMW", lang="en",
                insurance_en="The National Health Insurance Scheme covers mainly formal-sector members and a basic "
                             "package; specialised medicines are often out of stock and are then bought privately.",
                insurance_fr="Le régime national d'assurance maladie couvre surtout les travailleurs du secteur "
                             "formel et un paquet de base ; les médicaments spécialisés sont souvent en rupture et "
                             "s'achètent alors en privé.",
                insurance_nl="De nationale ziekteverzekering dekt vooral werknemers uit de formele sector en een "
                             "basispakket; gespecialiseerde geneesmiddelen zijn vaak niet voorradig en worden dan "
                             "privé gekocht.",
                insurance_de="Die staatliche Krankenversicherung deckt vor allem Beschäftigte des formellen Sektors "
                             "und ein Grundpaket; Spezialarzneien sind oft nicht vorrätig und werden dann privat "
                             "gekauft."),
    "TZA": dict(en="Tanzania", nl="Tanzania", fr="Tanzanie", de="Tansania", adj_nl="Tanzaniaanse",
                adj_fr="tanzanienne", adj_de="tansanisch", adj_en="Tanzanian", capital="Dar es Salaam",
                hospital="Muhimbili National Hospital, Dar es Salaam", currency="TZS", wage="450 000 TZS", lang="en",
                insurance_en="The National Health Insurance Fund covers mainly public-sector employees; most people pay "
                             "for consultations and medicines themselves, and specialised medicines are often out of "
                             "stock in public facilities.",
                insurance_fr="Le Fonds national d'assurance maladie couvre surtout les agents du secteur public ; la "
                             "plupart des patients paient eux-mêmes consultations et médicaments, et les médicaments "
                             "spécialisés manquent souvent dans les structures publiques.",
                insurance_nl="Het nationale ziekteverzekeringsfonds dekt vooral ambtenaren; de meeste patiënten betalen "
                             "raadplegingen en geneesmiddelen zelf, en gespecialiseerde geneesmiddelen zijn in "
                             "openbare zorginstellingen vaak niet voorradig.",
                insurance_de="Der nationale Krankenversicherungsfonds deckt vor allem Beschäftigte des öffentlichen "
                             "Dienstes; die meisten Patienten zahlen Konsultationen und Medikamente selbst, und "
                             "Spezialarzneien fehlen in öffentlichen Einrichtungen oft."),
    "DJI": dict(en="Djibouti", nl="Djibouti", fr="Djibouti", de="Dschibuti", adj_nl="Djiboutiaanse",
                adj_fr="djiboutienne", adj_de="dschibutisch", adj_en="Djiboutian", capital="Djibouti",
                hospital="Hôpital Général Peltier, Djibouti", currency="DJF", wage="45 000 FDJ", lang="fr",
                insurance_en="The universal health insurance introduced in 2014 covers a basic package of care; "
                             "treatments that are not available in the country are not covered.",
                insurance_fr="L'assurance maladie universelle instaurée en 2014 couvre un panier de soins de base ; "
                             "les traitements indisponibles dans le pays ne sont pas pris en charge.",
                insurance_nl="De algemene ziekteverzekering die in 2014 werd ingevoerd, dekt een basispakket; "
                             "behandelingen die in het land niet beschikbaar zijn, worden niet vergoed.",
                insurance_de="Die 2014 eingeführte allgemeine Krankenversicherung deckt ein Grundpaket; im Land nicht "
                             "verfügbare Behandlungen werden nicht übernommen."),
    "COM": dict(en="Comoros", nl="Comoren", fr="Comores", de="Komoren", adj_nl="Comorese", adj_fr="comorienne",
                adj_de="komorisch", adj_en="Comorian", capital="Moroni",
                hospital="Centre Hospitalier National El-Maarouf, Moroni", currency="KMF", wage="55 000 KMF",
                lang="fr",
                insurance_en="There is no general health insurance; the mutual health funds reach few people, and "
                             "patients pay consultations, tests and medicines themselves; many specialised "
                             "treatments require an evacuation abroad.",
                insurance_fr="Il n'existe pas d'assurance maladie générale ; les mutuelles de santé touchent peu de "
                             "personnes et les patients paient eux-mêmes consultations, examens et médicaments ; de "
                             "nombreux traitements spécialisés exigent une évacuation sanitaire à l'étranger.",
                insurance_nl="Er is geen algemene ziekteverzekering; de ziekenfondsen bereiken weinig mensen en "
                             "patiënten betalen raadplegingen, onderzoeken en geneesmiddelen zelf; veel "
                             "gespecialiseerde behandelingen vergen een medische evacuatie naar het buitenland.",
                insurance_de="Eine allgemeine Krankenversicherung gibt es nicht; Krankenkassen auf Gegenseitigkeit "
                             "erreichen wenige Menschen, Patienten zahlen Konsultationen, Untersuchungen und "
                             "Medikamente selbst; viele Spezialbehandlungen erfordern eine Verlegung ins Ausland."),
    "MWI": dict(en="Malawi", nl="Malawi", fr="Malawi", de="Malawi", adj_nl="Malawische", adj_fr="malawite",
                adj_de="malawisch", adj_en="Malawian", capital="Lilongwe",
                hospital="Kamuzu Central Hospital, Lilongwe", currency="MWK", wage="90 000 MWK", lang="en",
                insurance_en="Public hospitals are free at the point of care but chronically short of medicines and "
                             "specialists; private insurance covers a small salaried minority, and medicines out of "
                             "stock must be bought in private pharmacies.",
                insurance_fr="Les hôpitaux publics sont gratuits mais manquent en permanence de médicaments et de "
                             "spécialistes ; l'assurance privée ne couvre qu'une petite minorité de salariés, et les "
                             "médicaments en rupture doivent être achetés en pharmacie privée.",
                insurance_nl="Openbare ziekenhuizen zijn gratis, maar hebben voortdurend tekort aan geneesmiddelen en "
                             "specialisten; een private verzekering dekt slechts een kleine minderheid van "
                             "loontrekkenden, en ontbrekende geneesmiddelen moeten in private apotheken gekocht "
                             "worden.",
                insurance_de="Öffentliche Krankenhäuser sind kostenlos, leiden aber ständig unter Mangel an "
                             "Medikamenten und Fachärzten; private Versicherungen decken nur eine kleine Minderheit "
                             "von Angestellten, fehlende Medikamente müssen in privaten Apotheken gekauft werden."),
    "MUS": dict(en="Mauritius", nl="Mauritius", fr="Maurice", de="Mauritius", adj_nl="Mauritiaanse",
                adj_fr="mauricienne", adj_de="mauritisch", adj_en="Mauritian", capital="Port Louis",
                hospital="Dr A. G. Jeetoo Hospital, Port Louis", currency="MUR", wage="16 500 MUR", lang="en",
                insurance_en="Public hospitals give care free of charge, but waiting lists for specialists are long "
                             "and several specialised medicines are not on the public formulary; they must be "
                             "bought in private pharmacies, and private insurance is out of reach of most people.",
                insurance_fr="Les hôpitaux publics soignent gratuitement, mais les délais d'attente chez les "
                             "spécialistes sont longs et plusieurs médicaments spécialisés ne figurent pas sur la "
                             "liste publique ; ils doivent être achetés en pharmacie privée, et l'assurance privée "
                             "est hors de portée de la plupart des gens.",
                insurance_nl="Openbare ziekenhuizen verzorgen gratis, maar de wachttijden bij specialisten zijn lang "
                             "en verschillende gespecialiseerde geneesmiddelen staan niet op de openbare lijst; ze "
                             "moeten in private apotheken gekocht worden en een private verzekering is voor de "
                             "meeste mensen onbetaalbaar.",
                insurance_de="Öffentliche Krankenhäuser behandeln kostenlos, doch die Wartezeiten bei Fachärzten sind "
                             "lang und mehrere Spezialmedikamente stehen nicht auf der öffentlichen Liste; sie müssen "
                             "in privaten Apotheken gekauft werden, eine Privatversicherung ist für die meisten "
                             "unerschwinglich."),
    "BWA": dict(en="Botswana", nl="Botswana", fr="Botswana", de="Botswana", adj_nl="Botswaanse",
                adj_fr="botswanaise", adj_de="botswanisch", adj_en="Motswana", capital="Gaborone",
                hospital="Princess Marina Hospital, Gaborone", currency="BWP", wage="1 600 BWP", lang="en",
                insurance_en="Public clinics charge a small fee, but specialised care is concentrated in two "
                             "referral hospitals with long waiting lists; medical aid schemes cover mainly formal-"
                             "sector employees, and medicines out of stock must be bought privately.",
                insurance_fr="Les cliniques publiques demandent une petite contribution, mais les soins spécialisés "
                             "sont concentrés dans deux hôpitaux de référence aux longues listes d'attente ; les "
                             "mutuelles couvrent surtout les salariés du secteur formel et les médicaments en "
                             "rupture doivent être achetés dans le privé.",
                insurance_nl="Openbare klinieken vragen een kleine bijdrage, maar gespecialiseerde zorg is "
                             "geconcentreerd in twee verwijsziekenhuizen met lange wachtlijsten; ziekenfondsen "
                             "dekken vooral werknemers in de formele sector en ontbrekende geneesmiddelen moeten "
                             "privé gekocht worden.",
                insurance_de="Öffentliche Kliniken verlangen einen kleinen Beitrag, doch die Fachversorgung ist in "
                             "zwei Überweisungskrankenhäusern mit langen Wartelisten konzentriert; Krankenkassen "
                             "decken vor allem Angestellte des formellen Sektors, fehlende Medikamente müssen privat "
                             "gekauft werden."),
    "BEL": dict(en="Belgium", nl="België", fr="Belgique", de="Belgien",
                adj_nl="Belgische", adj_fr="belge", adj_de="belgisch", adj_en="Belgian",
                capital="Brussels", hospital="", currency="EUR", wage="", lang="nl",
                insurance_en="", insurance_fr="", insurance_nl="", insurance_de=""),
}
ORIGINS = ["COD", "GIN", "CMR", "MAR", "ARM", "RUS", "AFG", "SYR", "TUR"]
# a part that draws its 9ter applicants from other countries (its identity families make them feasible)
PART_ORIGINS = {"nineteenth": ["DZA", "SEN", "GEO", "NGA", "UKR", "ALB", "TUR"],
                "twentieth": ["BDI", "CIV", "IRQ", "SOM", "TUR"],
                "twentyfirst": ["TGO", "MLI", "IRN", "PAK", "TUR"],
                "twentysecond": ["BEN", "GHA", "BGD", "TUN", "TUR"],
                "twentythird": ["RWA", "KEN", "EGY", "ETH", "TUR"],
                "twentyfourth": ["UGA", "SLE", "AGO", "TUR"],
                "twentyfifth": ["HTI", "TCD", "NPL", "TUR"],
                "twentysixth": ["MRT", "LKA", "BFA", "TUR"],
                "twentyseventh": ["COG", "NER", "VNM", "TUR"],
                "twentyeighth": ["BDI", "TGO", "TUR"],
                "twentyninth": ["SEN", "MLI", "TUR"],
                "thirtieth": ["CIV", "CMR", "TUR"],
                "thirtyfirst": ["COD", "BEN", "TUR"],
                "thirtysecond": ["GIN", "RWA", "TUR"],
                "thirtythird": ["GEO", "SLE", "TUR"],
                "thirtyfourth": ["LBR", "MDG", "TUR"],
                "thirtyfifth": ["GAB", "GMB", "TUR"],
                "thirtysixth": ["ZMB", "CAF", "TUR"],
                "thirtyseventh": ["TZA", "DJI", "TUR"],
                "thirtyeighth": ["COM", "MWI", "TUR"],
                "thirtyninth": ["MUS", "BWA", "TUR"]}
_EN2A3 = {v["en"].lower(): k for k, v in COUNTRIES.items()}
_EN2A3.update({"dr congo": "COD", "congo (kinshasa)": "COD", "democratic republic of congo": "COD",
               "russia": "RUS", "syria": "SYR", "türkiye": "TUR", "republic of guinea": "GIN"})


def country_code_of(name: str, fallback: str) -> str:
    return _EN2A3.get((name or "").strip().lower(), fallback)


def cname(code: str, lang: str) -> str:
    return COUNTRIES[code][lang]


# --------------------------------------------------------------------------
# Belgian places (real postcodes and streets)
# --------------------------------------------------------------------------
# (postcode, city nl, city fr, region-language, [streets])  streets of Brussels
# are given as (fr, nl)
PLACES = [
    ("9000", "Gent", "Gand", "nl", ["Sleepstraat", "Dampoortstraat", "Brugse Poort", "Wondelgemstraat",
                                    "Kongostraat", "Rabotstraat", "Meulestedekaai"]),
    ("2060", "Antwerpen", "Anvers", "nl", ["Dambruggestraat", "Handelstraat", "Lange Kievitstraat",
                                          "Offerandestraat", "Pothoekstraat"]),
    ("2140", "Borgerhout", "Borgerhout", "nl", ["Turnhoutsebaan", "Kroonstraat", "Drink", "Kerkstraat"]),
    ("3000", "Leuven", "Louvain", "nl", ["Diestsestraat", "Tiensestraat", "Brusselsestraat", "Vaartstraat"]),
    ("2800", "Mechelen", "Malines", "nl", ["Bruul", "Adegemstraat", "Hanswijkstraat"]),
    ("8500", "Kortrijk", "Courtrai", "nl", ["Doorniksestraat", "Gentsesteenweg", "Overleiestraat"]),
    ("3500", "Hasselt", "Hasselt", "nl", ["Kuringersteenweg", "Genkersteenweg", "Maastrichterstraat"]),
    ("9300", "Aalst", "Alost", "nl", ["Kerkstraat", "Brusselsesteenweg", "Gentsestraat"]),
    ("1030", "Schaarbeek", "Schaerbeek", "bru", [("Rue de Brabant", "Brabantstraat"),
                                                 ("Chaussée de Haecht", "Haachtsesteenweg"),
                                                 ("Rue Josaphat", "Josaphatstraat")]),
    ("1210", "Sint-Joost-ten-Node", "Saint-Josse-ten-Noode", "bru",
     [("Rue des Deux Églises", "Tweekerkenstraat"), ("Chaussée de Louvain", "Leuvensesteenweg")]),
    ("1080", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean", "bru",
     [("Chaussée de Gand", "Gentsesteenweg"), ("Rue de Ribaucourt", "Ribaucourtstraat"),
      ("Rue Vandenpeereboom", "Vandenpeereboomstraat")]),
    ("1000", "Brussel", "Bruxelles", "bru", [("Rue de Laeken", "Lakensestraat"),
                                             ("Place de Brouckère", "De Brouckèreplein"),
                                             ("Rue du Marché au Charbon", "Kolenmarkt")]),
    ("1070", "Anderlecht", "Anderlecht", "bru", [("Rue Wayez", "Wayezstraat"),
                                                 ("Chaussée de Mons", "Bergensesteenweg")]),
    ("4000", "Luik", "Liège", "fr", ["Rue Saint-Léonard", "Rue Puits-en-Sock", "Rue Féronstrée",
                                     "Boulevard de la Sauvenière", "Rue Ernest de Bavière"]),
    ("6000", "Charleroi", "Charleroi", "fr", ["Rue de la Montagne", "Boulevard Tirou", "Rue de Marcinelle"]),
    ("5000", "Namen", "Namur", "fr", ["Rue de Fer", "Rue des Carmes", "Rue Saint-Nicolas"]),
    ("7000", "Bergen", "Mons", "fr", ["Rue de Nimy", "Rue d'Havré", "Avenue de Jemappes"]),
    ("1348", "Ottignies-Louvain-la-Neuve", "Ottignies-Louvain-la-Neuve", "fr",
     ["Rue des Wallons", "Place de l'Université"]),
    ("4700", "Eupen", "Eupen", "de", ["Aachener Straße", "Neustraße", "Gospertstraße", "Haasstraße",
                                      "Herbesthaler Straße"]),
    ("4780", "Sankt Vith", "Saint-Vith", "de", ["Hauptstraße", "Malmedyer Straße", "Büchelstraße"]),
]


def places_for(lang: str) -> list:
    if lang == "de":
        return [p for p in PLACES if p[3] == "de"]
    if lang == "nl":
        return [p for p in PLACES if p[3] in ("nl", "bru")]
    if lang == "fr":
        return [p for p in PLACES if p[3] in ("fr", "bru")]
    return [p for p in PLACES if p[3] != "de"]


def make_address(rng: random.Random, lang: str) -> Address:
    pc, cnl, cfr, reg, streets = rng.choice(places_for(lang))
    st = rng.choice(streets)
    if isinstance(st, tuple):
        st = st[1] if lang == "nl" else st[0]
    city = cfr if lang == "fr" else cnl
    number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 180), rng.randint(2, 320)]))
    if rng.random() < 0.25:
        number += rng.choice(["A", "B"])
    box = None
    if rng.random() < 0.5:
        box = rng.choice(["1", "2", "3", "01", "02", "12", "4", "0003"])
    return Address(street=st, number=number, box=box, postcode=pc, city=city, country="BE")


def addr_str(a: Address, lang: str, style: str) -> str:
    """Belgian address forms, in the language of the text around them."""
    box = a.box
    if style == "street-first":          # Sleepstraat 63 bus 2, 9000 Gent
        b = ""
        if box:
            b = {"nl": f" bus {box}", "fr": f" bte {box}", "de": f" Bfk. {box}", "en": f" box {box}"}[lang]
        return f"{a.street} {a.number}{b}, {a.postcode} {a.city}"
    if style == "slash-box":             # Sleepstraat 23/bus 1  /  Rue X 15 - boîte 01
        b = ""
        if box:
            b = {"nl": f"/bus {box}", "fr": f" - boîte {box}", "de": f"/Bfk. {box}", "en": f"/{box}"}[lang]
        return f"{a.street} {a.number}{b}, {a.postcode} {a.city}"
    if style == "number-first":          # 31, Place de Brouckère, 1000 Bruxelles
        b = ""
        if box:
            b = {"nl": f" (bus {box})", "fr": f" (boîte {box})", "de": f" (Briefkasten {box})",
                 "en": f" (box {box})"}[lang]
        return f"{a.number}, {a.street}{b}, {a.postcode} {a.city}"
    if style == "postcode-first":        # 9000 Gent, Sleepstraat 63 bus 2
        b = ""
        if box:
            b = {"nl": f" bus {box}", "fr": f" bte {box}", "de": f" Bfk. {box}", "en": f" box {box}"}[lang]
        return f"{a.postcode} {a.city}, {a.street} {a.number}{b}"
    if style == "lines":
        b = ""
        if box:
            b = {"nl": f" bus {box}", "fr": f" boîte {box}", "de": f" Bfk. {box}", "en": f" box {box}"}[lang]
        return f"{a.street} {a.number}{b}\n{a.postcode} {a.city.upper()}"
    raise ValueError(style)


ADDR_STYLES = ["street-first", "slash-box", "number-first", "postcode-first"]

# --------------------------------------------------------------------------
# numbers
# --------------------------------------------------------------------------

def ov_number(rng: random.Random) -> str:
    """Numéro de sûreté publique / OV-nummer of the DVZ (7-8 digits)."""
    return str(rng.randint(6_000_000, 11_999_999))


def riziv(rng: random.Random, comp: str) -> str:
    """RIZIV/INAMI number 1-23456-78-901 (check = 97 - first six digits mod 97)."""
    six = rng.randint(100000, 199999)
    cc = 97 - (six % 97)
    s = f"{six:06d}"
    return f"{s[0]}-{s[1:]}-{cc:02d}-{comp}"


def s10_tracking(rng: random.Random, prefix: str = "RR") -> str:
    """UPU S10 item number with its check digit, e.g. RR123456785BE."""
    digits = [rng.randint(0, 9) for _ in range(8)]
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    s = sum(a * b for a, b in zip(digits, w))
    c = 11 - (s % 11)
    c = 5 if c == 11 else (0 if c == 10 else c)
    return prefix + "".join(map(str, digits)) + str(c) + "BE"


def track_spaced(t: str) -> str:
    if t[:2].isalpha():
        return f"{t[:2]} {t[2:5]} {t[5:8]} {t[8:11]} {t[11:]}"
    return " ".join(t[i:i + 4] for i in range(0, len(t), 4))


def bpost_barcode_number(rng: random.Random) -> str:
    return "3232" + "".join(str(rng.randint(0, 9)) for _ in range(20))


# --------------------------------------------------------------------------
# illnesses: what the doctor writes, per language
# --------------------------------------------------------------------------
ILLNESSES = {
    "hiv": dict(
        drug_l={'nl': 'antiretrovirale therapie (bictegravir/emtricitabine/tenofovir alafenamide)', 'fr': 'traitement antirétroviral (bictégravir/emtricitabine/ténofovir alafénamide)', 'de': 'antiretrovirale Therapie (Bictegravir/Emtricitabin/Tenofovir)'},
        fr_art="une ",
        icd="B20", spec="inf", drug="bictegravir/emtricitabine/tenofovir alafenamide (Biktarvy)",
        cost="180 USD", lab=[("CD4", "186", "/µl", "500-1500"), ("HIV-1 RNA", "< 50", "cp/ml", "< 50"),
                             ("Creatinine", "0,92", "mg/dl", "0,5-1,1"), ("ALT", "24", "U/l", "< 35")],
        nl=dict(name="HIV-1-infectie, stadium C3 (aids)",
                history="HIV-1 vastgesteld in maart 2024 bij opname voor Pneumocystis-pneumonie (12 dagen "
                        "hospitalisatie). Sindsdien opgevolgd op de aidsreferentieconsultatie.",
                severity="Ernstig. CD4 bij diagnose 42/µl, actueel 186/µl. Zonder behandeling "
                         "levensbedreigend door opportunistische infecties.",
                meds=["Biktarvy 50/200/25 mg 1 x per dag", "Bactrim forte 1 x per dag (profylaxe)"],
                intervention="Geen ingreep. Bloedafname om de 3 maanden (CD4, virale lading, nierfunctie).",
                duration="Levenslang.",
                consequences="Virologisch falen en resistentie, opportunistische infecties "
                             "(PCP, toxoplasmose, tuberculose), overlijden.",
                prognosis="Goed onder ononderbroken antiretrovirale therapie.",
                needs="Opvolging in een aidsreferentiecentrum om de 3 maanden; ononderbroken toegang tot "
                      "medicatie. Geen mantelzorg nodig.",
                travel="Reizen is medisch mogelijk, op voorwaarde dat de medicatie niet onderbroken wordt."),
        fr=dict(name="Infection par le VIH-1, stade C3 (sida)",
                history="VIH-1 diagnostiqué en mars 2024 lors d'une hospitalisation pour pneumocystose "
                        "(12 jours). Suivi depuis en consultation du centre de référence sida.",
                severity="Grave. CD4 au diagnostic 42/µl, actuellement 186/µl. Sans traitement, pronostic "
                         "vital engagé (infections opportunistes).",
                meds=["Biktarvy 50/200/25 mg 1 x/jour", "Bactrim forte 1 x/jour (prophylaxie)"],
                intervention="Pas d'intervention. Prise de sang tous les 3 mois (CD4, charge virale, "
                             "fonction rénale).",
                duration="À vie.",
                consequences="Échec virologique et résistances, infections opportunistes (PCP, "
                             "toxoplasmose, tuberculose), décès.",
                prognosis="Bon sous traitement antirétroviral pris sans interruption.",
                needs="Suivi dans un centre de référence sida tous les 3 mois ; accès ininterrompu au "
                      "traitement. Pas de besoin de prise en charge de la dépendance.",
                travel="Le voyage est médicalement possible à condition que le traitement ne soit pas "
                       "interrompu."),
        de=dict(name="HIV-1-Infektion, Stadium C3 (AIDS)",
                history="HIV-1 im März 2024 bei stationärer Aufnahme wegen Pneumocystis-Pneumonie "
                        "festgestellt (12 Tage). Seitdem Betreuung in der HIV-Ambulanz.",
                severity="Schwer. CD4 bei Diagnose 42/µl, derzeit 186/µl. Ohne Behandlung lebensbedrohlich "
                         "(opportunistische Infektionen).",
                meds=["Biktarvy 50/200/25 mg 1 x täglich", "Cotrimoxazol forte 1 x täglich (Prophylaxe)"],
                intervention="Kein Eingriff. Blutabnahme alle 3 Monate (CD4, Viruslast, Nierenfunktion).",
                duration="Lebenslang.",
                consequences="Virologisches Versagen, Resistenzen, opportunistische Infektionen, Tod.",
                prognosis="Gut unter ununterbrochener antiretroviraler Therapie.",
                needs="Kontrolle in einem HIV-Zentrum alle 3 Monate; lückenloser Zugang zu den "
                      "Medikamenten. Keine Pflege durch Angehörige nötig.",
                travel="Reisefähig, sofern die Therapie nicht unterbrochen wird."),
        en=dict(name="HIV-1 infection, CDC stage C3 (AIDS)",
                history="HIV-1 diagnosed in March 2024 during admission for Pneumocystis pneumonia "
                        "(12 days). Followed since at the HIV reference clinic.",
                severity="Severe. CD4 at diagnosis 42/µl, now 186/µl. Life-threatening without treatment "
                         "(opportunistic infections).",
                meds=["Biktarvy 50/200/25 mg once daily", "Co-trimoxazole forte once daily (prophylaxis)"],
                intervention="No procedure. Blood tests every 3 months (CD4, viral load, renal function).",
                duration="Lifelong.",
                consequences="Virological failure and resistance, opportunistic infections, death.",
                prognosis="Good under uninterrupted antiretroviral therapy.",
                needs="Follow-up in an HIV reference centre every 3 months; uninterrupted access to the "
                      "medication.",
                travel="Fit to travel provided treatment is not interrupted.")),
    "ckd": dict(
        drug_l={'nl': 'hemodialyse (3 sessies per week) en erytropoëtine', 'fr': 'hémodialyse (3 séances par semaine) et érythropoïétine', 'de': 'Hämodialyse (3 Sitzungen pro Woche) und Erythropoetin'},
        fr_art="une ",
        icd="N18.5", spec="neph", drug="haemodialysis (3 sessions a week) and erythropoietin",
        cost="1 100 USD", lab=[("Creatinine", "7,84", "mg/dl", "0,6-1,2"), ("eGFR (CKD-EPI)", "6", "ml/min", "> 90"),
                              ("Hemoglobine", "9,8", "g/dl", "12-16"), ("Kalium", "5,6", "mmol/l", "3,5-5,1")],
        nl=dict(name="Chronische nierinsufficiëntie stadium 5 (eindstadium), hemodialyse",
                history="Arteriële hypertensie sinds 2015. Nierinsufficiëntie vastgesteld in 2023; start "
                        "hemodialyse januari 2025 via arterioveneuze fistel links.",
                severity="Zeer ernstig: eGFR 6 ml/min/1,73m². Zonder dialyse overlijden binnen enkele weken.",
                meds=["Aranesp 40 µg 1 x per week", "Calcium carbonaat 1 g 3 x per dag",
                      "Amlodipine 10 mg 1 x per dag"],
                intervention="Hemodialyse 3 x per week (4 uur), in afwachting van niertransplantatie.",
                duration="Levenslang of tot transplantatie.",
                consequences="Hyperkaliëmie, overvulling, uremie; overlijden binnen 2 tot 4 weken.",
                prognosis="Stabiel onder dialyse; transplantatie wordt overwogen.",
                needs="Dialysecentrum 3 x per week, nefrologische opvolging, vervoer naar het centrum.",
                travel="Reizen enkel mogelijk met gegarandeerde dialyse op de plaats van bestemming."),
        fr=dict(name="Insuffisance rénale chronique stade 5 (terminale), hémodialyse",
                history="Hypertension artérielle depuis 2015. Insuffisance rénale découverte en 2023 ; "
                        "hémodialyse depuis janvier 2025 par fistule artério-veineuse gauche.",
                severity="Très grave : DFG 6 ml/min/1,73m². Sans dialyse, décès en quelques semaines.",
                meds=["Aranesp 40 µg 1 x/semaine", "Carbonate de calcium 1 g 3 x/jour",
                      "Amlodipine 10 mg 1 x/jour"],
                intervention="Hémodialyse 3 x/semaine (4 heures) en attente de transplantation rénale.",
                duration="À vie ou jusqu'à la transplantation.",
                consequences="Hyperkaliémie, surcharge hydrique, urémie ; décès en 2 à 4 semaines.",
                prognosis="Stable sous dialyse ; une transplantation est envisagée.",
                needs="Centre de dialyse 3 x/semaine, suivi néphrologique, transport vers le centre.",
                travel="Voyage possible uniquement si la dialyse est garantie à destination."),
        de=dict(name="Chronische Niereninsuffizienz Stadium 5 (terminal), Hämodialyse",
                history="Arterielle Hypertonie seit 2015. Niereninsuffizienz 2023 festgestellt; "
                        "Hämodialyse seit Januar 2025 über AV-Fistel links.",
                severity="Sehr schwer: eGFR 6 ml/min/1,73m². Ohne Dialyse Tod innerhalb weniger Wochen.",
                meds=["Aranesp 40 µg 1 x wöchentlich", "Calciumcarbonat 1 g 3 x täglich",
                      "Amlodipin 10 mg 1 x täglich"],
                intervention="Hämodialyse 3 x wöchentlich (4 Stunden), Nierentransplantation geplant.",
                duration="Lebenslang bzw. bis zur Transplantation.",
                consequences="Hyperkaliämie, Überwässerung, Urämie; Tod innerhalb von 2 bis 4 Wochen.",
                prognosis="Stabil unter Dialyse.",
                needs="Dialysezentrum 3 x wöchentlich, nephrologische Kontrolle, Transport.",
                travel="Reisen nur mit gesicherter Dialyse am Zielort."),
        en=dict(name="Chronic kidney disease stage 5 (end-stage), on haemodialysis",
                history="Hypertension since 2015. Renal failure found in 2023; haemodialysis since "
                        "January 2025 through a left arteriovenous fistula.",
                severity="Very severe: eGFR 6 ml/min/1.73m². Without dialysis death within weeks.",
                meds=["Aranesp 40 µg once weekly", "Calcium carbonate 1 g three times daily",
                      "Amlodipine 10 mg once daily"],
                intervention="Haemodialysis 3 times a week (4 hours); kidney transplant considered.",
                duration="Lifelong or until transplantation.",
                consequences="Hyperkalaemia, fluid overload, uraemia; death within 2 to 4 weeks.",
                prognosis="Stable on dialysis.",
                needs="Dialysis unit 3 times a week, nephrology follow-up, transport.",
                travel="Travel only with guaranteed dialysis at destination.")),
    "t1d": dict(
        drug_l={'nl': 'insuline glargine en insuline aspart', 'fr': 'insuline glargine et insuline asparte', 'de': 'Insulin glargin und Insulin aspart'},
        fr_art="un ",
        icd="E10.7", spec="endo", drug="insulin glargine and insulin aspart",
        cost="95 USD", lab=[("HbA1c", "9,1", "%", "4,0-6,0"), ("Glucose nuchter", "212", "mg/dl", "70-100"),
                           ("Microalbuminurie", "86", "mg/g", "< 30"), ("Creatinine", "1,08", "mg/dl", "0,6-1,2")],
        nl=dict(name="Diabetes mellitus type 1 met retinopathie en beginnende nefropathie",
                history="Type 1-diabetes sinds de leeftijd van 14 jaar. Twee opnames voor diabetische "
                        "ketoacidose (2023 en 2025). Laserbehandeling rechteroog in 2025.",
                severity="Ernstig: HbA1c 9,1 %, proliferatieve retinopathie, microalbuminurie. "
                         "Insulineafhankelijk: zonder insuline levensbedreigend.",
                meds=["Insuline glargine (Lantus) 24 E 's avonds", "Insuline aspart (NovoRapid) volgens "
                      "schema bij de maaltijden", "Glucosemeter en sensoren (FreeStyle Libre)"],
                intervention="Panretinale laserbehandeling (oogarts), diabeteseducatie.",
                duration="Levenslang.",
                consequences="Ketoacidose, coma en overlijden binnen enkele dagen; op termijn blindheid "
                             "en nierfalen.",
                prognosis="Stabiliseerbaar bij goede opvolging; risico op verdere complicaties.",
                needs="Diabetesconventie: endocrinoloog om de 3 maanden, oogarts om de 6 maanden, "
                      "diabeteseducator.",
                travel="Kan reizen mits insuline gekoeld kan worden bewaard."),
        fr=dict(name="Diabète de type 1 compliqué de rétinopathie et de néphropathie débutante",
                history="Diabète de type 1 depuis l'âge de 14 ans. Deux hospitalisations pour acidocétose "
                        "(2023 et 2025). Laser de l'œil droit en 2025.",
                severity="Grave : HbA1c 9,1 %, rétinopathie proliférante, microalbuminurie. "
                         "Insulinodépendant : sans insuline, pronostic vital engagé.",
                meds=["Insuline glargine (Lantus) 24 UI le soir", "Insuline asparte (NovoRapid) selon "
                      "schéma aux repas", "Lecteur de glycémie et capteurs (FreeStyle Libre)"],
                intervention="Photocoagulation panrétinienne au laser, éducation diabétique.",
                duration="À vie.",
                consequences="Acidocétose, coma et décès en quelques jours ; à terme cécité et "
                             "insuffisance rénale.",
                prognosis="Stabilisable avec un bon suivi ; risque de complications.",
                needs="Convention diabète : endocrinologue tous les 3 mois, ophtalmologue tous les 6 mois.",
                travel="Peut voyager si l'insuline peut être conservée au froid."),
        de=dict(name="Diabetes mellitus Typ 1 mit Retinopathie und beginnender Nephropathie",
                history="Typ-1-Diabetes seit dem 14. Lebensjahr. Zwei stationäre Aufnahmen wegen "
                        "Ketoazidose (2023 und 2025). Laserbehandlung rechtes Auge 2025.",
                severity="Schwer: HbA1c 9,1 %, proliferative Retinopathie, Mikroalbuminurie. "
                         "Insulinpflichtig: ohne Insulin lebensbedrohlich.",
                meds=["Insulin glargin (Lantus) 24 IE abends", "Insulin aspart (NovoRapid) nach Schema",
                      "Blutzuckermessgerät und Sensoren"],
                intervention="Panretinale Laserkoagulation, Diabetesschulung.",
                duration="Lebenslang.",
                consequences="Ketoazidose, Koma und Tod innerhalb weniger Tage.",
                prognosis="Bei guter Betreuung stabilisierbar.",
                needs="Endokrinologe alle 3 Monate, Augenarzt alle 6 Monate.",
                travel="Reisefähig, wenn Insulin gekühlt werden kann."),
        en=dict(name="Type 1 diabetes mellitus with retinopathy and early nephropathy",
                history="Type 1 diabetes since age 14. Two admissions for diabetic ketoacidosis "
                        "(2023 and 2025). Laser treatment of the right eye in 2025.",
                severity="Severe: HbA1c 9.1 %, proliferative retinopathy, microalbuminuria. "
                         "Insulin-dependent: life-threatening without insulin.",
                meds=["Insulin glargine (Lantus) 24 IU at night", "Insulin aspart (NovoRapid) with meals",
                      "Glucose meter and sensors"],
                intervention="Panretinal laser photocoagulation, diabetes education.",
                duration="Lifelong.",
                consequences="Ketoacidosis, coma and death within days; later blindness and renal failure.",
                prognosis="Can be stabilised with good follow-up.",
                needs="Endocrinologist every 3 months, ophthalmologist every 6 months.",
                travel="Can travel if insulin can be kept cool.")),
    "ptsd": dict(
        drug_l={'nl': 'sertraline, quetiapine en traumagerichte psychotherapie', 'fr': 'sertraline, quétiapine et psychothérapie centrée sur le trauma', 'de': 'Sertralin, Quetiapin und traumafokussierte Psychotherapie'},
        fr_art="un ",
        icd="F43.1", spec="psy", drug="sertraline, quetiapine and trauma-focused psychotherapy",
        cost="70 USD", lab=[("TSH", "1,9", "mU/l", "0,4-4,0"), ("Natrium", "139", "mmol/l", "135-145"),
                           ("Glucose", "96", "mg/dl", "70-100"), ("Triglyceriden", "188", "mg/dl", "< 150")],
        nl=dict(name="Posttraumatische stressstoornis met ernstige depressieve episode (met suïcidale "
                     "ideatie)",
                history="Traumatische gebeurtenissen in het land van herkomst (detentie, geweld). "
                        "Psychiatrische opname van 6 weken in 2025 na een suïcidepoging.",
                severity="Ernstig: PCL-5 score 61/80, HAM-D 27. Blijvend suïcidegevaar bij stopzetting "
                         "van de behandeling of bij terugkeer naar de plaats van het trauma.",
                meds=["Sertraline 150 mg 1 x per dag", "Quetiapine 100 mg 's avonds",
                      "Prazosine 2 mg 's avonds (nachtmerries)"],
                intervention="Traumagerichte psychotherapie (EMDR) wekelijks.",
                duration="Minstens 2 jaar.",
                consequences="Herval, decompensatie, reëel risico op suïcide.",
                prognosis="Gereserveerd; langzame verbetering onder gecombineerde behandeling.",
                needs="Psychiater maandelijks, psycholoog wekelijks, sociale begeleiding.",
                travel="Terugkeer naar het land van herkomst is gecontra-indiceerd (retraumatisering)."),
        fr=dict(name="Trouble de stress post-traumatique avec épisode dépressif sévère (idées "
                     "suicidaires)",
                history="Événements traumatiques dans le pays d'origine (détention, violences). "
                        "Hospitalisation psychiatrique de 6 semaines en 2025 après une tentative de suicide.",
                severity="Sévère : PCL-5 61/80, HAM-D 27. Risque suicidaire persistant en cas d'arrêt du "
                         "traitement ou de retour sur le lieu du traumatisme.",
                meds=["Sertraline 150 mg 1 x/jour", "Quétiapine 100 mg le soir",
                      "Prazosine 2 mg le soir (cauchemars)"],
                intervention="Psychothérapie centrée sur le trauma (EMDR) hebdomadaire.",
                duration="Au moins 2 ans.",
                consequences="Rechute, décompensation, risque réel de suicide.",
                prognosis="Réservé ; amélioration lente sous traitement combiné.",
                needs="Psychiatre mensuel, psychologue hebdomadaire, accompagnement social.",
                travel="Le retour au pays d'origine est contre-indiqué (retraumatisation).")),
    "sickle": dict(
        drug_l={'nl': 'hydroxyurea en foliumzuur', 'fr': 'hydroxyurée et acide folique', 'de': 'Hydroxyurea und Folsäure'},
        fr_art="une ",
        icd="D57.1", spec="hema", drug="hydroxyurea (hydroxycarbamide) and folic acid",
        cost="60 USD", lab=[("Hemoglobine", "7,6", "g/dl", "12-16"), ("HbS", "84", "%", "0"),
                           ("Reticulocyten", "9,2", "%", "0,5-2,5"), ("LDH", "612", "U/l", "< 250")],
        nl=dict(name="Sikkelcelziekte (homozygote HbSS-drepanocytose)",
                history="Bekend sinds de kindertijd. Meerdere vaso-occlusieve crisissen per jaar, "
                        "acuut thoraxsyndroom in 2024 met opname op intensieve zorg.",
                severity="Ernstig: Hb 7,6 g/dl, 4 opnames voor pijncrisis in 2025, avasculaire necrose "
                         "van de linker heupkop.",
                meds=["Hydroxyurea 1000 mg 1 x per dag", "Foliumzuur 5 mg 1 x per dag",
                      "Pijnstilling volgens schema (paracetamol, tramadol)"],
                intervention="Transfusies bij crisis; heupprothese te plannen.",
                duration="Levenslang.",
                consequences="Frequentere crisissen, acuut thoraxsyndroom, beroerte, vroegtijdig overlijden.",
                prognosis="Chronisch; levensverwachting verminderd, beter onder hydroxyurea.",
                needs="Hematoloog om de 3 maanden, snelle toegang tot een ziekenhuis met transfusie.",
                travel="Lange vluchten af te raden (hypoxie kan een crisis uitlokken)."),
        fr=dict(name="Drépanocytose homozygote SS",
                history="Connue depuis l'enfance. Plusieurs crises vaso-occlusives par an, syndrome "
                        "thoracique aigu en 2024 avec passage aux soins intensifs.",
                severity="Sévère : Hb 7,6 g/dl, 4 hospitalisations pour crise douloureuse en 2025, "
                         "ostéonécrose de la tête fémorale gauche.",
                meds=["Hydroxyurée 1000 mg 1 x/jour", "Acide folique 5 mg 1 x/jour",
                      "Antalgiques selon schéma (paracétamol, tramadol)"],
                intervention="Transfusions lors des crises ; prothèse de hanche à programmer.",
                duration="À vie.",
                consequences="Crises plus fréquentes, syndrome thoracique aigu, AVC, décès prématuré.",
                prognosis="Chronique ; espérance de vie réduite, meilleure sous hydroxyurée.",
                needs="Hématologue tous les 3 mois, accès rapide à un hôpital pouvant transfuser.",
                travel="Vols longs déconseillés (l'hypoxie peut déclencher une crise).")),
    "cancer": dict(
        drug_l={'nl': 'chemotherapie met trastuzumab en docetaxel, gevolgd door radiotherapie', 'fr': 'chimiothérapie par trastuzumab et docétaxel, puis radiothérapie', 'de': 'Chemotherapie mit Trastuzumab und Docetaxel, dann Strahlentherapie'},
        fr_art="un ",
        icd="C50.4", spec="onco", drug="trastuzumab and docetaxel chemotherapy, then radiotherapy",
        cost="2 400 USD", lab=[("Hemoglobine", "10,4", "g/dl", "12-16"), ("Neutrofielen", "1,6", "10³/µl", "1,8-7,5"),
                              ("CA 15-3", "48", "U/ml", "< 30"), ("ALT", "41", "U/l", "< 35")],
        nl=dict(name="Borstkanker links, HER2-positief, cT2N1M0",
                history="Knobbel linkerborst opgemerkt in juni 2026; biopsie 02.07.2026: invasief "
                        "ductaal carcinoom, HER2-positief.",
                severity="Ernstig: lokaal gevorderde tumor met okselklieren; zonder behandeling "
                         "progressie en uitzaaiing.",
                meds=["Docetaxel + trastuzumab + pertuzumab om de 3 weken (6 cycli)",
                      "Trastuzumab verder tot 1 jaar", "Ondansetron bij chemotherapie"],
                intervention="Chemotherapie, daarna mastectomie met okselklieruitruiming en radiotherapie.",
                duration="Minstens 12 maanden, daarna 5 jaar opvolging.",
                consequences="Tumorprogressie, metastasen, overlijden.",
                prognosis="Goed bij volledige behandeling (5-jaarsoverleving > 80 %).",
                needs="Oncologisch dagziekenhuis om de 3 weken, chirurgie, radiotherapie; hulp in het "
                      "huishouden tijdens de chemotherapie.",
                travel="Niet reisgeschikt tijdens de chemotherapie."),
        fr=dict(name="Cancer du sein gauche HER2 positif, cT2N1M0",
                history="Nodule du sein gauche découvert en juin 2026 ; biopsie du 02/07/2026 : carcinome "
                        "canalaire infiltrant HER2 positif.",
                severity="Grave : tumeur localement avancée avec atteinte ganglionnaire axillaire ; sans "
                         "traitement, progression et métastases.",
                meds=["Docétaxel + trastuzumab + pertuzumab toutes les 3 semaines (6 cycles)",
                      "Trastuzumab jusqu'à 1 an", "Ondansétron lors de la chimiothérapie"],
                intervention="Chimiothérapie, puis mastectomie avec curage axillaire et radiothérapie.",
                duration="Au moins 12 mois, puis suivi de 5 ans.",
                consequences="Progression tumorale, métastases, décès.",
                prognosis="Bon si le traitement est complet (survie à 5 ans > 80 %).",
                needs="Hôpital de jour oncologique toutes les 3 semaines, chirurgie, radiothérapie ; aide "
                      "ménagère pendant la chimiothérapie.",
                travel="Ne peut pas voyager pendant la chimiothérapie.")),
}
ILL_LANGS = {k: [l for l in ("nl", "fr", "de", "en") if l in v] for k, v in ILLNESSES.items()}

SPECIALTY = {
    "inf": dict(nl="infectioloog", fr="infectiologue", de="Infektiologe", en="infectious diseases",
                dept_nl="Dienst Infectieziekten – Aidsreferentiecentrum", dept_fr="Service des maladies "
                "infectieuses – Centre de référence sida", dept_de="Abteilung Infektiologie", comp="580"),
    "neph": dict(nl="nefroloog", fr="néphrologue", de="Nephrologe", en="nephrology",
                 dept_nl="Dienst Nefrologie en Dialyse", dept_fr="Service de néphrologie-dialyse",
                 dept_de="Nephrologie und Dialyse", comp="580"),
    "endo": dict(nl="endocrinoloog", fr="endocrinologue", de="Endokrinologe", en="endocrinology",
                 dept_nl="Dienst Endocrinologie – Diabetescentrum", dept_fr="Service d'endocrinologie – "
                 "Centre du diabète", dept_de="Endokrinologie und Diabetologie", comp="580"),
    "psy": dict(nl="psychiater", fr="psychiatre", de="Psychiater", en="psychiatry",
                dept_nl="Dienst Psychiatrie", dept_fr="Service de psychiatrie", dept_de="Psychiatrie",
                comp="780"),
    "hema": dict(nl="hematoloog", fr="hématologue", de="Hämatologe", en="haematology",
                 dept_nl="Dienst Hematologie", dept_fr="Service d'hématologie", dept_de="Hämatologie",
                 comp="580"),
    "onco": dict(nl="oncoloog", fr="oncologue", de="Onkologe", en="oncology",
                 dept_nl="Dienst Medische Oncologie", dept_fr="Service d'oncologie médicale",
                 dept_de="Onkologie", comp="580"),
    "gp": dict(nl="huisarts", fr="médecin généraliste", de="Allgemeinmediziner", en="general practice",
               dept_nl="", dept_fr="", dept_de="", comp="003"),
}

# fictional care providers (names invented; postcodes real)
HOSPITALS = {
    "nl": [("AZ Sint-Camillus", "Campus Heilig Hart", "Kortrijksesteenweg 1024", "9000", "Gent", "09 224 61 00"),
           ("Universitair Ziekenhuis Scheldeland", "", "Corneel Heymanslaan 14", "9000", "Gent", "09 332 70 00"),
           ("ZNA Sint-Rembert", "Campus Stuivenberg-Noord", "Lange Beeldekensstraat 301", "2060", "Antwerpen",
            "03 217 71 11"),
           ("AZ Dijlevallei", "", "Kapucijnenvoer 58", "3000", "Leuven", "016 34 90 00"),
           ("Algemeen Ziekenhuis Sint-Idesbald", "", "President Kennedylaan 4", "8500", "Kortrijk", "056 63 50 00")],
    "fr": [("Centre Hospitalier Saint-Lambert", "Site de la Citadelle", "Boulevard du 12ème de Ligne 1", "4000",
            "Liège", "04 225 61 11"),
           ("Hôpital universitaire des Deux-Rives", "", "Rue Haute 322", "1000", "Bruxelles", "02 535 31 11"),
           ("Grand Hôpital de Charleroi-Sud", "Site Notre-Dame", "Grand'Rue 3", "6000", "Charleroi",
            "071 10 10 00"),
           ("Clinique Sainte-Gudule", "", "Chaussée de Louvain 490", "1030", "Schaerbeek", "02 737 71 11"),
           ("CHR Namur-Meuse", "", "Avenue Albert Ier 185", "5000", "Namur", "081 72 61 11")],
    "de": [("Klinik Sankt Josef Eupen", "", "Hufengasse 4-8", "4700", "Eupen", "087 59 95 99"),
           ("Krankenhaus Sankt Vith – Klinik Eifel", "", "Klosterstraße 9", "4780", "Sankt Vith",
            "080 85 44 11")],
}
MAISONS = {
    "nl": [("Wijkgezondheidscentrum De Kaai", "Meulestedekaai 81", "9000", "Gent"),
           ("Huisartsenpraktijk Dampoort", "Dampoortstraat 48", "9000", "Gent"),
           ("Wijkgezondheidscentrum Kiel", "Abdijstraat 112", "2020", "Antwerpen")],
    "fr": [("Maison médicale du Nord", "Rue Gallait 124", "1030", "Schaerbeek"),
           ("Maison médicale Saint-Léonard", "Rue Saint-Léonard 221", "4000", "Liège"),
           ("Centre de santé des Marolles", "Rue Blaes 122", "1000", "Bruxelles")],
    "de": [("Gemeinschaftspraxis Klötzerbahn", "Klötzerbahn 22", "4700", "Eupen")],
}

DOCTOR_NAMES = {
    "nl": [("Annelies", "Van den Broeck", "F"), ("Pieter", "Claeys", "M"), ("Marc", "Vermeulen", "M"),
           ("Sofie", "Peeters", "F"), ("Bart", "De Wilde", "M"), ("Lieve", "Goossens", "F"),
           ("Tom", "Vandenberghe", "M"), ("Hanne", "De Clercq", "F"), ("Jeroen", "Van Acker", "M"),
           ("Karim", "Bennani", "M"), ("Elke", "Verhaegen", "F")],
    "fr": [("Nathalie", "Dubois", "F"), ("Philippe", "Lambert", "M"), ("Isabelle", "Lejeune", "F"),
           ("Jean-François", "Renard", "M"), ("Hélène", "Marchal", "F"), ("Olivier", "Delvaux", "M"),
           ("Aïcha", "El Khattabi", "F"), ("Benoît", "Dumont", "M"), ("Catherine", "Wilmotte", "F"),
           ("Grégoire", "Fontaine", "M")],
    "de": [("Katrin", "Schmitz", "F"), ("Michael", "Heinen", "M"), ("Stefan", "Kessler", "M"),
           ("Andrea", "Margraff", "F")],
}

LAWYERS = {
    "nl": [dict(first="Hilde", last="Verstraeten", sex="F", street="Kortrijksesteenweg 112", pc="9000",
                city="Gent", tel="09 225 14 80", mail="hilde.verstraeten@advocaat-vh.be", firm="Advocatenkantoor Verstraeten"),
           dict(first="Koen", last="De Smet", sex="M", street="Lange Gasthuisstraat 27", pc="2000", city="Antwerpen",
                tel="03 231 55 07", mail="kds@desmet-advocaten.be", firm="De Smet & Wouters Advocaten"),
           dict(first="Jana", last="Van Damme", sex="F", street="Bondgenotenlaan 134 bus 3", pc="3000",
                city="Leuven", tel="016 29 44 12", mail="jana.vandamme@dijleadvocaten.be", firm="Dijle Advocaten"),
           dict(first="Ruben", last="Mertens", sex="M", street="Brugsesteenweg 255", pc="9000", city="Gent",
                tel="09 269 01 33", mail="ruben@mertens-migratie.be", firm="Mertens Migratierecht")],
    "fr": [dict(first="Sophie", last="Lambrechts", sex="F", street="Avenue Louise 207 bte 9", pc="1050",
                city="Bruxelles", tel="02 640 32 18", mail="s.lambrechts@avocats-louise.be", firm="Cabinet Lambrechts"),
           dict(first="Jean-Luc", last="Dumont", sex="M", street="Rue Courtois 22", pc="4000", city="Liège",
                tel="04 223 77 40", mail="jl.dumont@avocat.be", firm="Dumont & Associés"),
           dict(first="Marie", last="Vanderlinden", sex="F", street="Rue de l'Aurore 44", pc="1000",
                city="Bruxelles", tel="02 512 90 65", mail="mvdl@aurore-avocats.be", firm="Aurore Avocats"),
           dict(first="Youssef", last="Benali", sex="M", street="Boulevard Audent 18", pc="6000", city="Charleroi",
                tel="071 32 18 90", mail="y.benali@barreau-charleroi.be", firm="Cabinet Benali")],
    "de": [dict(first="Jürgen", last="Kessel", sex="M", street="Kirchstraße 14", pc="4700", city="Eupen",
                tel="087 55 21 30", mail="kanzlei@kessel-ra.be", firm="Kanzlei Kessel"),
           dict(first="Monika", last="Lentz", sex="F", street="Bahnhofstraße 5", pc="4780", city="Sankt Vith",
                tel="080 22 71 04", mail="m.lentz@ra-lentz.be", firm="Rechtsanwältin Lentz")],
}
LAWYERS["en"] = LAWYERS["nl"]


@dataclass
class Doctor:
    first: str
    last: str
    sex: str
    spec: str
    riziv: str
    inst: str
    dept: str
    street: str
    pc: str
    city: str
    tel: str

    def name(self, style: str = "dr") -> str:
        if style == "caps":
            return f"Dr {self.last.upper()} {self.first}"
        if style == "initial":
            return f"Dr. {self.first[0]}. {self.last}"
        return f"Dr. {self.first} {self.last}"


def make_doctor(rng: random.Random, lang: str, spec: str) -> Doctor:
    l2 = lang if lang in ("nl", "fr", "de") else "nl"
    first, last, sex = rng.choice(DOCTOR_NAMES[l2])
    sp = SPECIALTY[spec]
    if spec == "gp":
        inst, street, pc, city = rng.choice(MAISONS[l2])
        dept = ""
        tel = rng.choice(["09 223 18 07", "02 216 45 90", "04 342 11 87", "087 74 30 21", "03 238 61 49"])
    else:
        inst, campus, street, pc, city, tel = rng.choice(HOSPITALS[l2])
        dept = sp.get("dept_" + l2, "")
        if campus:
            dept = campus + " – " + dept if dept else campus
    return Doctor(first, last, sex, spec, riziv(rng, sp["comp"]), inst, dept, street, pc, city, tel)


# --------------------------------------------------------------------------
# drawing helpers
# --------------------------------------------------------------------------
MM_PT = 25.4 / 72.0
INK_BLUE = (22, 34, 125)
INK_BLACK = (28, 28, 36)
STAMP_BLUE = (40, 62, 165)
STAMP_VIOLET = (92, 48, 140)
STAMP_RED = (175, 35, 45)
GREY = (105, 105, 105)


def font_ok(*names: str) -> str:
    for n in names:
        if n in _paper.FONTS:
            return n
    return "sans"


def hand_fonts() -> list[str]:
    return [h for h in ("hand1", "hand2", "hand3", "hand4") if h in _paper.FONTS] or ["sans"]


_CMAPS: dict[str, set | None] = {}
_GLYPH_FALLBACK = {"–": "-", "—": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "…": "...", "·": ".", "°": "o",
                   "µ": "u", "²": "2", "³": "3", "≥": ">=", "≤": "<=", "×": "x", "€": "EUR", "✂": "", "★": "*",
                   "İ": "I", "ı": "i", "ğ": "g", "ş": "s", "Ş": "S", "Ğ": "G", "œ": "oe", "Œ": "OE"}


def glyph_safe(s: str, font: str | None) -> str:
    """Replace characters the face cannot draw (handwriting and typewriter faces cover little)."""
    path = _paper.FONTS.get(font or "", font or "")
    if path not in _CMAPS:
        try:
            from fontTools.ttLib import TTFont
            _CMAPS[path] = set(TTFont(path, lazy=True).getBestCmap().keys())
        except Exception:
            _CMAPS[path] = None
    cmap = _CMAPS[path]
    if not cmap:
        return s
    out = []
    for ch in s:
        if ord(ch) in cmap or ch == "\n":
            out.append(ch)
            continue
        rep = _GLYPH_FALLBACK.get(ch)
        if rep is None:
            rep = _people.strip_accents(ch)
        out.append(rep if rep and all(ord(x) in cmap for x in rep) else "")
    return "".join(out)


def _hw(sh: Sheet, x, y, s, rng, *, font: str | None = None, **kw) -> float:
    font = font or hand_fonts()[0]
    return Sheet.handwriting(sh, x, y, glyph_safe(str(s), font), rng, font=font, **kw)


class Flow:
    """Writes top to bottom over as many sheets as needed.

    ``new_sheet(index)`` returns (sheet, y_top) for page ``index`` (0-based);
    ``page`` is the 1-based number of the page being written."""

    def __init__(self, new_sheet: Callable[[int], tuple[Sheet, float]], *, left=25.0, right=185.0,
                 bottom=272.0, font="serif", size=10.5, leading=1.32):
        self.new_sheet = new_sheet
        self.left, self.right, self.bottom = left, right, bottom
        self.font, self.size, self.leading = font, size, leading
        self.sheets: list[Sheet] = []
        self.y = 0.0
        self.tags: dict[str, int] = {}
        self._page()

    def _page(self):
        sh, top = self.new_sheet(len(self.sheets))
        self.sheets.append(sh)
        self.y = top

    @property
    def sheet(self) -> Sheet:
        return self.sheets[-1]

    @property
    def page(self) -> int:
        return len(self.sheets)

    def tag(self, name: str) -> None:
        self.tags.setdefault(name, self.page)

    def ensure(self, h: float) -> None:
        if self.y + h > self.bottom:
            self._page()

    def space(self, mm: float) -> None:
        self.y += mm

    def para(self, s: str, *, font=None, size=None, indent=0.0, gap=2.2, align="left", bold=False,
             italic=False, color=(0, 0, 0), leading=None, hang: str | None = None, tag: str | None = None,
             keep: int = 2) -> None:
        font = font or self.font
        size = size or self.size
        if "\n" in s and align == "justify":
            segs = s.split("\n")
            for k, seg in enumerate(segs):
                self.para(seg, font=font, size=size, indent=indent, gap=gap if k == len(segs) - 1 else 0.0,
                          align=align, bold=bold, italic=italic, color=color, leading=leading,
                          hang=hang if k == 0 else None, tag=tag if k == 0 else None, keep=keep)
            return
        lh = size * MM_PT * (leading or self.leading)
        x = self.left + indent
        width = self.right - x
        lines = self.sheet.wrap(s, width, font=font, size_pt=size, bold=bold)
        self.ensure(lh * min(keep, len(lines)))
        if tag:
            self.tag(tag)
        if hang:
            self.sheet.text(x - (indent if indent else 6), self.y, hang, font=font, size_pt=size, bold=bold,
                            italic=italic, color=color)
        for i, ln in enumerate(lines):
            if self.y + lh > self.bottom:
                self._page()
            last = i == len(lines) - 1
            if align == "justify" and not last and " " in ln.strip():
                words = ln.split()
                ws = [self.sheet.text_width(w, font=font, size_pt=size, bold=bold, italic=italic) for w in words]
                g = (width - sum(ws)) / (len(words) - 1)
                xx = x
                for w, ww in zip(words, ws):
                    self.sheet.text(xx, self.y, w, font=font, size_pt=size, bold=bold, italic=italic, color=color)
                    xx += ww + g
            elif align == "center":
                self.sheet.text(x + width / 2, self.y, ln, font=font, size_pt=size, bold=bold, italic=italic,
                                color=color, anchor="center")
            elif align == "right":
                self.sheet.text(self.right, self.y, ln, font=font, size_pt=size, bold=bold, italic=italic,
                                color=color, anchor="right")
            else:
                self.sheet.text(x, self.y, ln, font=font, size_pt=size, bold=bold, italic=italic, color=color)
            self.y += lh
        self.y += gap

    def line(self, s: str, *, x=None, font=None, size=None, bold=False, italic=False, color=(0, 0, 0),
             gap=0.0, anchor="left") -> None:
        font = font or self.font
        size = size or self.size
        lh = size * MM_PT * self.leading
        self.ensure(lh)
        self.sheet.text(self.left if x is None else x, self.y, s, font=font, size_pt=size, bold=bold,
                        italic=italic, color=color, anchor=anchor)
        self.y += lh + gap

    def lines(self, ls: list[str], **kw) -> None:
        for s in ls:
            self.line(s, **kw)


def number_pages(sheets: list[Sheet], fmt: str, *, y=287.0, x=None, font="sans", size=8, anchor="center") -> None:
    n = len(sheets)
    for i, sh in enumerate(sheets):
        sh.text(x if x is not None else sh.width_mm / 2, y, fmt.format(i=i + 1, n=n), font=font, size_pt=size,
                color=GREY, anchor=anchor)


def barcode(sh: Sheet, x: float, y: float, w: float, h: float, data: str) -> None:
    """A linear barcode look-alike derived from the data (not meant to be decoded)."""
    rnd = random.Random(zlib.crc32(data.encode()))
    bars = []
    for _ in range(int(w * 1.6)):
        bars.append((rnd.choice([1, 1, 1, 2, 2, 3]), rnd.choice([1, 1, 2, 2, 3])))
    total = sum(a + b for a, b in bars)
    k = w / total
    xx = x
    for bw, gw in bars:
        sh.rect(xx, y, bw * k, h, width_mm=0, fill=(0, 0, 0))
        xx += (bw + gw) * k


def hand_lines(sh: Sheet, x: float, y: float, width: float, s: str, rng: random.Random, *, font: str,
               size=11.0, lh=6.2, color=INK_BLUE, max_lines=99) -> float:
    """Handwritten answer wrapped into lines; returns y below."""
    # handwriting is ~10 % wider than the face's metrics; wrap a little short
    for ln in sh.wrap(s, width * 0.8, font=font, size_pt=size)[:max_lines]:
        _hw(sh, x + rng.uniform(-0.6, 0.8), y + rng.uniform(-0.4, 0.4), ln, rng, size_pt=size,
                       color=color, font=font)
        y += lh
    return y


def name_in(p: Person, style: str) -> str:
    g, s = p.given_names, p.surname
    return {"SURNAME Given": f"{s.upper()} {g}", "Given SURNAME": f"{g} {s.upper()}",
            "Given Surname": f"{g} {s}", "SURNAME, Given": f"{s.upper()}, {g}",
            "Surname Given": f"{s} {g}"}[style]


NAME_STYLES_B = ["SURNAME Given", "Given SURNAME", "Given Surname", "SURNAME, Given", "Surname Given"]

# --------------------------------------------------------------------------
# the case: one applicant's facts, from which every document is written
# --------------------------------------------------------------------------


@dataclass
class Member:
    rel: str          # child | spouse
    p: Person


@dataclass
class Case:
    name: str
    part: str
    seed: int
    lang: str                 # language of the application
    p: Person                 # the applicant as the documents show him or her
    addr: Address             # effective residence
    lawyer: dict | None
    domicile: str             # lawyer | residence | other | none
    other_domicile: str | None
    nrn: str | None           # national register number (formatted), None if only an OV number
    ov: str | None
    illness: str
    doctor: Doctor            # author of the standard certificate
    specialist: Doctor
    cert_lang: str
    cert_date: date
    app_date: date
    id_kind: str              # passport | idcard | pieces | certificate | asylum | declaration | none ...
    id_expiry: date | None = None
    id_issue: date | None = None
    family: list[Member] = field(default_factory=list)
    asylum: dict | None = None          # {"status": "pending"|"refused", "lodged": d, "language": l, "refused_on": d}
    previous_9ter: date | None = None
    flags: set = field(default_factory=set)
    annexes: list[tuple[str, str]] = field(default_factory=list)   # (key, description in app language)
    name_style: str = "SURNAME Given"
    date_style: str = "dots"
    addr_style: str = "street-first"
    coi_in_app: bool = True
    variations: list[str] = field(default_factory=list)

    @property
    def fem(self) -> bool:
        return self.p.sex == "F"

    def annex_no(self, key: str) -> int | None:
        for i, (k, _) in enumerate(self.annexes):
            if k == key:
                return i + 1
        return None

    def d(self, x: date, lang: str | None = None, style: str | None = None) -> str:
        return fdate(x, style or self.date_style, lang or self.lang)

    def origin(self) -> str:
        return self.p.nationality

    def birth_cc(self) -> str:
        return country_code_of(self.p.birth_country, self.p.nationality)


# --------------------------------------------------------------------------
# what an application says, per language
# --------------------------------------------------------------------------

def _title(c: Case, lang: str, cap=False) -> str:
    t = {"nl": ("mevrouw", "de heer"), "fr": ("Madame", "Monsieur"), "de": ("Frau", "Herrn"),
         "en": ("Ms", "Mr")}[lang][0 if c.fem else 1]
    return t[0].upper() + t[1:] if cap else t


def _verz(c: Case, lang: str, cap=True) -> str:
    w = {"nl": ("verzoekster", "verzoeker"), "fr": ("la requérante", "le requérant"),
         "de": ("die Antragstellerin", "der Antragsteller"), "en": ("the applicant", "the applicant")}[lang]
    s = w[0 if c.fem else 1]
    return s[0].upper() + s[1:] if cap else s


def _poss(c: Case, lang: str) -> str:
    return {"nl": "haar" if c.fem else "zijn", "fr": "sa", "de": "ihre" if c.fem else "seine",
            "en": "her" if c.fem else "his"}[lang]


def _pron(c: Case, lang: str) -> str:
    return {"nl": "zij" if c.fem else "hij", "fr": "elle" if c.fem else "il",
            "de": "sie" if c.fem else "er", "en": "she" if c.fem else "he"}[lang]


def _stuk(c: Case, key: str, lang: str) -> str:
    n = c.annex_no(key)
    if n is None:
        return ""
    return {"nl": f" (stuk {n})", "fr": f" (pièce {n})", "de": f" (Anlage {n})", "en": f" (exhibit {n})"}[lang]


def _nat(c: Case, lang: str) -> str:
    a3 = c.p.nationality
    return COUNTRIES[a3]["adj_" + lang]


def _birthplace(c: Case, lang: str) -> str:
    return f"{c.p.birth_place} ({cname(c.birth_cc(), lang)})"


def _lawyer_name(c: Case, lang: str) -> str:
    L = c.lawyer
    pre = {"nl": "Mr.", "fr": "Me", "de": "RA" if L["sex"] == "M" else "RAin", "en": "Mr." if L["sex"] == "M" else "Ms"}[lang]
    return f"{pre} {L['first']} {L['last']}"


def _lawyer_addr(c: Case) -> str:
    L = c.lawyer
    return f"{L['street']}, {L['pc']} {L['city']}"


def _id_number_phrase(c: Case, lang: str) -> str:
    if c.nrn:
        return {"nl": f"rijksregisternummer {c.nrn}", "fr": f"numéro de registre national {c.nrn}",
                "de": f"Nationalregisternummer {c.nrn}", "en": f"national register number {c.nrn}"}[lang]
    return {"nl": f"gekend bij uw diensten onder OV-nummer {c.ov}",
            "fr": f"connu{'e' if c.fem else ''} de vos services sous le numéro SP {c.ov}",
            "de": f"bei Ihrer Behörde unter dem Aktenzeichen SP/OV {c.ov} bekannt",
            "en": f"known to your office under public-security number {c.ov}"}[lang]


def personal_prose(c: Case, lang: str) -> str:
    """One sentence with the applicant's personal data (flags may leave parts out)."""
    nm = name_in(c.p, c.name_style)
    bd = c.d(c.p.birth_date, lang)
    nobp = "no_birthplace" in c.flags
    nonat = "no_nationality" in c.flags
    if lang == "nl":
        s = f"{_title(c, lang)} {nm}, geboren "
        s += f"op {bd}" if nobp else f"te {_birthplace(c, lang)} op {bd}"
        if not nonat:
            s += f", van {_nat(c, lang)} nationaliteit"
        s += ", " + _id_number_phrase(c, lang)
        return s
    if lang == "fr":
        e = "e" if c.fem else ""
        s = f"{_title(c, lang)} {nm}, né{e} "
        s += f"le {bd}" if nobp else f"à {_birthplace(c, lang)} le {bd}"
        if not nonat:
            s += f", de nationalité {_nat(c, lang)}"
        s += ", " + _id_number_phrase(c, lang)
        return s
    if lang == "de":
        s = f"{_title(c, lang)} {nm}, geboren am {bd}"
        if not nobp:
            s += f" in {_birthplace(c, lang)}"
        if not nonat:
            s += f", {_nat(c, lang)}{'e Staatsangehörige' if c.fem else 'er Staatsangehöriger'}"
        s += ", " + _id_number_phrase(c, lang)
        return s
    s = f"{_title(c, lang)} {nm}, born "
    s += f"on {bd}" if nobp else f"in {_birthplace(c, lang)} on {bd}"
    if not nonat:
        s += f", a {_nat(c, lang)} national"
    s += ", " + _id_number_phrase(c, lang)
    return s


def residence_sentence(c: Case, lang: str) -> str:
    a = addr_str(c.addr, lang, c.addr_style)
    V = _verz(c, lang)
    if "no_address" in c.flags:
        return {"nl": f"{V} verblijft sinds 2023 in België.",
                "fr": f"{V} séjourne en Belgique depuis 2023.",
                "de": f"{V} hält sich seit 2023 in Belgien auf.",
                "en": f"{V} has been living in Belgium since 2023."}[lang]
    if lang == "nl":
        return rng_pick(c, [f"{V} verblijft effectief te {a}.",
                            f"{V} heeft {_poss(c, lang)} effectieve verblijfplaats te {a}.",
                            f"Adres van de effectieve verblijfplaats in België: {a}."])
    if lang == "fr":
        return rng_pick(c, [f"{V} réside effectivement à l'adresse suivante : {a}.",
                            f"Adresse de la résidence effective en Belgique : {a}.",
                            f"{V} a sa résidence effective à l'adresse {a}."])
    if lang == "de":
        return f"{V} hat {'ihren' if c.fem else 'seinen'} tatsächlichen Aufenthaltsort in {a}."
    return f"{V} actually resides at {a}."


def lcfirst(t: str) -> str:
    return t[0].lower() + t[1:] if len(t) > 1 and t[1].islower() else t


DE_IN = {"COD": "in der Demokratischen Republik Kongo", "TUR": "in der Türkei", "RUS": "in der Russischen Föderation",
         "SYR": "in Syrien", "GIN": "in Guinea", "CMR": "in Kamerun", "MAR": "in Marokko", "ARM": "in Armenien",
         "AFG": "in Afghanistan", "DZA": "in Algerien", "SEN": "im Senegal", "GEO": "in Georgien",
         "NGA": "in Nigeria", "UKR": "in der Ukraine", "ALB": "in Albanien", "BDI": "in Burundi",
         "CIV": "in der Elfenbeinküste", "IRQ": "im Irak", "SOM": "in Somalia",
         "TGO": "in Togo", "MLI": "in Mali", "IRN": "im Iran", "PAK": "in Pakistan",
         "BEN": "in Benin", "GHA": "in Ghana", "BGD": "in Bangladesch", "TUN": "in Tunesien",
         "RWA": "in Ruanda", "KEN": "in Kenia", "EGY": "in Ägypten", "ETH": "in Äthiopien",
         "UGA": "in Uganda", "SLE": "in Sierra Leone", "AGO": "in Angola",
         "HTI": "in Haiti", "TCD": "im Tschad", "NPL": "in Nepal",
         "MRT": "in Mauretanien", "LKA": "in Sri Lanka", "BFA": "in Burkina Faso",
         "COG": "in der Republik Kongo", "NER": "in Niger", "VNM": "in Vietnam",
         "LBR": "in Liberia", "MDG": "in Madagaskar", "GAB": "in Gabun", "GMB": "in Gambia",
         "CAF": "in der Zentralafrikanischen Republik", "ZMB": "in Sambia", "TZA": "in Tansania",
         "DJI": "in Dschibuti", "COM": "auf den Komoren", "MWI": "in Malawi", "MUS": "auf Mauritius",
         "BWA": "in Botsuana"}


FR_IN = {"COD": "en République démocratique du Congo", "TUR": "en Turquie", "RUS": "en Fédération de Russie",
         "SYR": "en Syrie", "GIN": "en Guinée", "CMR": "au Cameroun", "MAR": "au Maroc", "ARM": "en Arménie",
         "AFG": "en Afghanistan", "DZA": "en Algérie", "SEN": "au Sénégal", "GEO": "en Géorgie",
         "NGA": "au Nigeria", "UKR": "en Ukraine", "ALB": "en Albanie", "BDI": "au Burundi",
         "CIV": "en Côte d'Ivoire", "IRQ": "en Irak", "SOM": "en Somalie",
         "TGO": "au Togo", "MLI": "au Mali", "IRN": "en Iran", "PAK": "au Pakistan",
         "BEN": "au Bénin", "GHA": "au Ghana", "BGD": "au Bangladesh", "TUN": "en Tunisie",
         "RWA": "au Rwanda", "KEN": "au Kenya", "EGY": "en Égypte", "ETH": "en Éthiopie",
         "UGA": "en Ouganda", "SLE": "en Sierra Leone", "AGO": "en Angola",
         "HTI": "en Haïti", "TCD": "au Tchad", "NPL": "au Népal",
         "MRT": "en Mauritanie", "LKA": "au Sri Lanka", "BFA": "au Burkina Faso",
         "COG": "en République du Congo", "NER": "au Niger", "VNM": "au Viêt Nam",
         "LBR": "au Liberia", "MDG": "à Madagascar", "GAB": "au Gabon", "GMB": "en Gambie",
         "CAF": "en République centrafricaine", "ZMB": "en Zambie", "TZA": "en Tanzanie", "DJI": "à Djibouti",
         "COM": "aux Comores", "MWI": "au Malawi", "MUS": "à Maurice", "BWA": "au Botswana"}


def rng_pick(c: Case, options: list[str]) -> str:
    return options[(c.seed // 7) % len(options)]


def domicile_sentence(c: Case, lang: str) -> str | None:
    if "no_domicile" in c.flags or c.domicile == "none":
        return None
    P = _pron(c, lang).capitalize()
    if c.domicile == "lawyer" and c.lawyer:
        ln, la = _lawyer_name(c, lang), _lawyer_addr(c)
        return {"nl": f"{P} kiest woonplaats op het kantoor van {_poss(c, lang)} raadsman, {ln}, {la}, "
                      f"waar alle briefwisseling in deze procedure kan worden toegezonden.",
                "fr": f"{P} fait élection de domicile au cabinet de son conseil, {ln}, {la}, où toute "
                      f"correspondance relative à la présente procédure peut être adressée.",
                "de": f"{P} wählt Zustellungsdomizil in der Kanzlei {_poss(c, lang)}s Rechtsbeistands, {ln}, {la}.",
                "en": f"{P} elects domicile at the office of {_poss(c, lang)} counsel, {ln}, {la}."}[lang]
    if c.domicile == "other" and c.other_domicile:
        return {"nl": f"{P} kiest woonplaats bij {c.other_domicile}.",
                "fr": f"{P} élit domicile auprès de {c.other_domicile}.",
                "de": f"{P} wählt Zustellungsdomizil bei {c.other_domicile}.",
                "en": f"{P} elects domicile with {c.other_domicile}."}[lang]
    return {"nl": f"{P} kiest woonplaats op het adres van {_poss(c, lang)} effectieve verblijfplaats.",
            "fr": f"{P} élit domicile à l'adresse de sa résidence effective.",
            "de": f"{P} wählt Zustellungsdomizil an {_poss(c, lang)}er tatsächlichen Wohnadresse.",
            "en": f"{P} elects domicile at {_poss(c, lang)} address of residence."}[lang]


def identity_paragraph(c: Case, lang: str) -> str:
    V, P, poss = _verz(c, lang), _pron(c, lang).capitalize(), _poss(c, lang)
    k = c.id_kind
    exp = c.d(c.id_expiry, lang) if c.id_expiry else ""
    if k in ("passport", "passport-expired", "passport-mrz", "passport-name", "untranslated", "translated"):
        s = {"nl": f"{V} toont {poss} identiteit aan met een kopie van {poss} nationaal paspoort, geldig tot {exp}{_stuk(c, 'id', lang)}.",
             "fr": f"{V} établit son identité par la copie de son passeport national, valable jusqu'au {exp}{_stuk(c, 'id', lang)}.",
             "de": f"{V} weist {poss} Identität durch eine Kopie {poss}es Reisepasses nach, gültig bis {exp}{_stuk(c, 'id', lang)}.",
             "en": f"{V} proves {poss} identity with a copy of {poss} national passport, valid until {exp}{_stuk(c, 'id', lang)}."}[lang]
        if k == "passport-expired":
            s += {"nl": " Het paspoort is weliswaar vervallen, maar blijft een identiteitsdocument in de zin van artikel 9ter, §2.",
                  "fr": " Bien que périmé, ce passeport reste un document d'identité au sens de l'article 9ter, §2.",
                  "de": " Der Pass ist zwar abgelaufen, bleibt aber ein Identitätsdokument im Sinne von Artikel 9ter §2.",
                  "en": " The passport has expired but remains an identity document within the meaning of Article 9ter §2."}[lang]
        if k in ("untranslated", "translated"):
            s += {"nl": f" {P} voegt ook {poss} geboorteakte toe{_stuk(c, 'id2', lang)}",
                  "fr": f" {P} joint également son acte de naissance{_stuk(c, 'id2', lang)}",
                  "de": f" {P} legt auch {poss}e Geburtsurkunde vor{_stuk(c, 'id2', lang)}",
                  "en": f" {P} also submits {poss} birth certificate{_stuk(c, 'id2', lang)}"}[lang]
            if k == "translated":
                s += {"nl": f", met beëdigde vertaling{_stuk(c, 'id-tr', lang)}.",
                      "fr": f", avec sa traduction jurée{_stuk(c, 'id-tr', lang)}.",
                      "de": f", mit beeidigter Übersetzung{_stuk(c, 'id-tr', lang)}.",
                      "en": f", with a sworn translation{_stuk(c, 'id-tr', lang)}."}[lang]
            else:
                s += "."
        return s
    if k == "idcard":
        s = {"nl": f"{V} legt een kopie voor van {poss} nationale identiteitskaart{_stuk(c, 'id', lang)}.",
             "fr": f"{V} produit la copie de sa carte nationale d'identité{_stuk(c, 'id', lang)}.",
             "de": f"{V} legt eine Kopie {poss}es nationalen Personalausweises vor{_stuk(c, 'id', lang)}.",
             "en": f"{V} submits a copy of {poss} national identity card{_stuk(c, 'id', lang)}."}[lang]
        if k == "idcard-translated":
            s += {"nl": f" Een beëdigde vertaling is bijgevoegd{_stuk(c, 'id-tr', lang)}.",
                  "fr": f" Une traduction jurée est jointe{_stuk(c, 'id-tr', lang)}.",
                  "de": f" Eine beeidigte Übersetzung liegt bei{_stuk(c, 'id-tr', lang)}.",
                  "en": f" A sworn translation is attached{_stuk(c, 'id-tr', lang)}."}[lang]
        return s
    if k in ("pieces", "pieces-nophoto"):
        return {"nl": f"{V} beschikt niet over een paspoort. {P} toont {poss} identiteit aan met verschillende "
                      f"bewijselementen die samen {poss} volledige naam, geboorteplaats en -datum en nationaliteit "
                      f"bevatten: {id_pieces_text(c, lang)}.",
                "fr": f"{V} ne dispose pas d'un passeport. {P} établit son identité par plusieurs éléments de preuve "
                      f"qui, pris ensemble, contiennent son nom complet, ses lieu et date de naissance et sa "
                      f"nationalité : {id_pieces_text(c, lang)}.",
                "de": f"{V} besitzt keinen Reisepass. {P} weist {poss} Identität durch mehrere Beweismittel nach, "
                      f"die zusammen den vollständigen Namen, Geburtsort und -datum und die Staatsangehörigkeit "
                      f"enthalten: {id_pieces_text(c, lang)}.",
                "en": f"{V} has no passport. {P} proves {poss} identity with several pieces of evidence: "
                      f"{id_pieces_text(c, lang)}."}[lang]
    if k in ("certificate", "declarative-cert", "single-piece"):
        d0 = next((d for (kk, d) in c.annexes if kk == "id"), ANNEX_DESC["identity-certificate"][lang])
        what = d0[0].lower() + d0[1:]
        return {"nl": f"{V} toont {poss} identiteit aan met het volgende stuk: {what}{_stuk(c, 'id', lang)}.",
                "fr": f"{V} établit son identité par la pièce suivante : {what}{_stuk(c, 'id', lang)}.",
                "de": f"{V} weist {poss} Identität durch folgendes Dokument nach: {what}{_stuk(c, 'id', lang)}.",
                "en": f"{V} proves {poss} identity with: {what}{_stuk(c, 'id', lang)}."}[lang]
    if k in ("asylum", "asylum-noproof"):
        lodged = c.d(c.asylum["lodged"], lang)
        proof = _stuk(c, "asylum", lang)
        s = {"nl": f"{V} diende op {lodged} een verzoek om internationale bescherming in, waarover nog geen "
                   f"definitieve beslissing werd genomen. {P} is daarom vrijgesteld van de verplichting "
                   f"{poss} identiteit aan te tonen (artikel 9ter, §2, derde lid)",
             "fr": f"{V} a introduit le {lodged} une demande de protection internationale qui n'a pas encore fait "
                   f"l'objet d'une décision définitive. {P} est dès lors dispensé{'e' if c.fem else ''} de "
                   f"l'obligation de démontrer son identité (article 9ter, §2, alinéa 3)",
             "de": f"{V} hat am {lodged} einen Antrag auf internationalen Schutz gestellt, über den noch nicht "
                   f"endgültig entschieden wurde. {P} ist daher von der Pflicht befreit, {poss} Identität "
                   f"nachzuweisen (Artikel 9ter §2 Absatz 3)",
             "en": f"{V} applied for international protection on {lodged}; no final decision has been taken. "
                   f"{P} is therefore exempt from proving {poss} identity (Article 9ter §2(3))"}[lang]
        if k == "asylum":
            s += {"nl": f"; het bewijs daarvan (bijlage 26) wordt bijgevoegd{proof}.",
                  "fr": f" ; la preuve (annexe 26) en est jointe{proof}.",
                  "de": f"; der Nachweis (Anlage 26) liegt bei{proof}.",
                  "en": f"; proof (annex 26) is attached{proof}."}[lang]
        else:
            s += "."
        return s
    if k == "declaration":
        return {"nl": f"{V} beschikt over geen enkel identiteitsdocument en kan zich geen document laten "
                      f"toesturen. {P} legt een verklaring op eer voor over {poss} identiteit{_stuk(c, 'id', lang)}.",
                "fr": f"{V} ne dispose d'aucun document d'identité. {P} produit une attestation relative à son "
                      f"identité{_stuk(c, 'id', lang)}.",
                "de": f"{V} besitzt keinerlei Ausweisdokument. {P} legt eine Erklärung zu {poss}er Identität "
                      f"vor{_stuk(c, 'id', lang)}.",
                "en": f"{V} has no identity document and submits a declaration on {poss} identity"
                      f"{_stuk(c, 'id', lang)}."}[lang]
    # none
    return {"nl": f"{V} heeft {poss} paspoort aangevraagd bij de ambassade; het zal worden nagestuurd zodra "
                  f"{_pron(c, lang)} het ontvangt.",
            "fr": f"{V} a demandé son passeport à l'ambassade ; il sera transmis dès réception.",
            "de": f"{V} hat {poss}en Reisepass bei der Botschaft beantragt; er wird nach Erhalt nachgereicht.",
            "en": f"{V} has applied for a passport at the embassy; it will be sent on receipt."}[lang]


def medical_paragraph(c: Case, lang: str) -> str:
    il = ILLNESSES[c.illness]
    L = lang if lang in il else ("nl" if lang == "de" and "de" not in il else "fr")
    t = il[L] if L in il else il["nl"]
    V = _verz(c, lang)
    doc = c.doctor
    spec = SPECIALTY[doc.spec][lang if lang in ("nl", "fr", "de", "en") else "nl"]
    cd = c.d(c.cert_date, lang)
    if "medcert_absent" in c.flags:
        ref = {"nl": f"Zie het medisch verslag van {doc.name()}, {spec}, van {cd}{_stuk(c, 'medstat', lang)}.",
               "fr": f"Voir le rapport médical du {doc.name()}, {spec}, du {cd}{_stuk(c, 'medstat', lang)}.",
               "de": f"Siehe den ärztlichen Bericht von {doc.name()}, {spec}, vom {cd}{_stuk(c, 'medstat', lang)}.",
               "en": f"See the medical report of {doc.name()}, {spec}, dated {cd}{_stuk(c, 'medstat', lang)}."}[lang]
    else:
        ref = {"nl": f"Het standaard medisch getuigschrift van {doc.name()}, {spec}, opgesteld op {cd}, wordt "
                     f"bijgevoegd{_stuk(c, 'medcert', lang)}",
               "fr": f"Le certificat médical type établi le {cd} par le {doc.name()}, {spec}, est joint"
                     f"{_stuk(c, 'medcert', lang)}",
               "de": f"Das standardisierte ärztliche Attest von {doc.name()}, {spec}, vom {cd} liegt bei"
                     f"{_stuk(c, 'medcert', lang)}",
               "en": f"The standard medical certificate of {doc.name()} dated {cd} is attached"
                     f"{_stuk(c, 'medcert', lang)}"}[lang]
        if c.annex_no("medstat"):
            ref += {"nl": f", samen met een recent specialistisch verslag{_stuk(c, 'medstat', lang)}.",
                    "fr": f", ainsi qu'un rapport spécialisé récent{_stuk(c, 'medstat', lang)}.",
                    "de": f", ebenso ein aktueller Facharztbericht{_stuk(c, 'medstat', lang)}.",
                    "en": f", with a recent specialist report{_stuk(c, 'medstat', lang)}."}[lang]
        else:
            ref += "."
    meds = "; ".join(t["meds"])
    return {"nl": f"{V} lijdt aan {lcfirst(t['name'])}. {t['severity']} De behandeling "
                  f"bestaat uit: {meds}. Bij stopzetting: {t['consequences'][0].lower() + t['consequences'][1:]} {ref}",
            "fr": f"{V} souffre d'{il['fr_art']}"
                  f"{lcfirst(t['name'])}. {t['severity']} Le traitement comprend : {meds}. "
                  f"En cas d'arrêt : {t['consequences'][0].lower() + t['consequences'][1:]} {ref}",
            "de": f"Bei {'der Antragstellerin' if c.fem else 'dem Antragsteller'} wurde folgende Erkrankung "
                  f"festgestellt: {t['name']}. {t['severity']} Die Behandlung umfasst: {meds}. Bei Abbruch: "
                  f"{t['consequences']} {ref}",
            "en": f"{V} suffers from {lcfirst(t['name'])}. {t['severity']} Treatment: {meds}. "
                  f"If stopped: {t['consequences'][0].lower() + t['consequences'][1:]} {ref}"}[lang]


def coi_paragraph(c: Case, lang: str) -> str:
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    cn = cname(c.origin(), lang)
    st = _stuk(c, "coi", lang)
    V = _verz(c, lang, cap=False)
    return {"nl": f"Volgens de beschikbare informatie{st} is de noodzakelijke behandeling ({drug(c.illness, 'nl')}) in {cn} "
                  f"slechts beperkt beschikbaar, voornamelijk in {o['hospital']}. De kostprijs bedraagt ongeveer "
                  f"{il['cost']} per maand, terwijl het gemiddelde maandinkomen er {o['wage']} bedraagt. "
                  f"{o['insurance_nl']} {V[0].upper() + V[1:]} heeft geen familie of middelen die deze kosten kunnen "
                  f"dragen: de behandeling is voor {'haar' if c.fem else 'hem'} niet toegankelijk.",
            "fr": f"Selon les informations disponibles{st}, le traitement nécessaire ({drug(c.illness, 'fr')}) n'est que "
                  f"partiellement disponible {FR_IN.get(c.origin(), 'en ' + cn)}, principalement dans l'établissement {o['hospital']}. Son coût est d'environ "
                  f"{il['cost']} par mois, alors que le revenu mensuel moyen y est de {o['wage']}. "
                  f"{o['insurance_fr']} {V[0].upper() + V[1:]} ne dispose ni de ressources ni de famille pouvant "
                  f"assumer ces frais : le traitement ne lui est pas accessible.",
            "de": f"Nach den vorliegenden Informationen{st} ist die erforderliche Behandlung ({drug(c.illness, 'de')}) {DE_IN.get(c.origin(), 'in ' + cn)} "
                  f"nur eingeschränkt verfügbar, vor allem im {o['hospital']}. Sie kostet etwa {il['cost']} im Monat, "
                  f"bei einem Durchschnittseinkommen von {o['wage']}. {o['insurance_de']} Die Behandlung ist für "
                  f"{'die Antragstellerin' if c.fem else 'den Antragsteller'} daher nicht zugänglich.",
            "en": f"According to the available information{st}, the required treatment ({drug(c.illness, 'en')}) is only "
                  f"partly available in {cn}, mainly at {o['hospital']}. It costs about {il['cost']} a month, "
                  f"against an average monthly income of {o['wage']}. {o['insurance_en']} The treatment is "
                  f"therefore not accessible to {V}."}[lang]


def family_paragraph(c: Case, lang: str) -> str | None:
    if not c.family:
        return None
    parts = []
    for i, m in enumerate(c.family):
        p = m.p
        nm = name_in(p, c.name_style)
        st = _stuk(c, f"fam{i}", lang)
        bd = c.d(p.birth_date, lang)
        bp = f"{p.birth_place} ({cname(country_code_of(p.birth_country, p.nationality), lang)})"
        nat = COUNTRIES[p.nationality]["adj_" + lang]
        if lang == "nl":
            rel = ("echtgenote" if p.sex == "F" else "echtgenoot") if m.rel == "spouse" else \
                ("minderjarige dochter" if p.sex == "F" else "minderjarige zoon")
            proof = "huwelijksakte" if m.rel == "spouse" else "geboorteakte"
            parts.append(f"{_poss(c, lang)} {rel} {nm}, geboren te {bp} op {bd}, van {nat} nationaliteit"
                         + (f" ({proof}: {st.strip()[1:-1]})" if st else ""))
        elif lang == "fr":
            rel = ("son épouse" if p.sex == "F" else "son époux") if m.rel == "spouse" else \
                ("sa fille mineure" if p.sex == "F" else "son fils mineur")
            proof = "acte de mariage" if m.rel == "spouse" else "acte de naissance"
            parts.append(f"{rel} {nm}, né{'e' if p.sex == 'F' else ''} à {bp} le {bd}, de nationalité {nat}"
                         + (f" ({proof} : {st.strip()[1:-1]})" if st else ""))
        elif lang == "de":
            rel = ("Ehefrau" if p.sex == "F" else "Ehemann") if m.rel == "spouse" else \
                ("minderjährige Tochter" if p.sex == "F" else "minderjähriger Sohn")
            proof = "Heiratsurkunde" if m.rel == "spouse" else "Geburtsurkunde"
            parts.append(f"{_poss(c, lang)} {rel} {nm}, geboren am {bd} in {bp}, {nat}"
                         + (f" ({proof}: {st.strip()[1:-1]})" if st else ""))
        else:
            rel = ("wife" if p.sex == "F" else "husband") if m.rel == "spouse" else \
                ("minor daughter" if p.sex == "F" else "minor son")
            proof = "marriage certificate" if m.rel == "spouse" else "birth certificate"
            parts.append(f"{_poss(c, lang)} {rel} {nm}, born in {bp} on {bd}, {nat}"
                         + (f" ({proof}: {st.strip()[1:-1]})" if st else ""))
    lst = "; ".join(parts)
    return {"nl": f"De aanvraag geldt eveneens voor de leden van het kerngezin die met {_verz(c, lang, False)} "
                  f"samenwonen op hetzelfde adres: {lst}.",
            "fr": f"La demande est également introduite pour les membres de la famille nucléaire qui résident "
                  f"avec {_verz(c, lang, False)} : {lst}.",
            "de": f"Der Antrag gilt auch für die Mitglieder der Kernfamilie, die mit "
                  f"{'der Antragstellerin' if c.fem else 'dem Antragsteller'} zusammenleben: {lst}.",
            "en": f"The application also covers the members of the nuclear family living with the applicant: "
                  f"{lst}."}[lang]


def parallel_paragraph(c: Case, lang: str) -> str | None:
    if not c.previous_9ter:
        return None
    d = c.d(c.previous_9ter, lang)
    ref = f"{(c.seed % 8_000_000) + 1_000_000}"
    return {"nl": f"{_verz(c, lang)} diende op {d} reeds een aanvraag op grond van artikel 9ter in (uw referentie "
                  f"{ref}), waarover tot op heden geen beslissing werd genomen. Door deze nieuwe aanvraag doet "
                  f"{_pron(c, lang)} afstand van die eerdere aanvraag.",
            "fr": f"{_verz(c, lang)} a déjà introduit le {d} une demande fondée sur l'article 9ter (votre "
                  f"référence {ref}), qui n'a fait l'objet d'aucune décision à ce jour. Par la présente demande, "
                  f"{_pron(c, lang)} se désiste de cette demande antérieure.",
            "de": f"{_verz(c, lang)} hat bereits am {d} einen Antrag nach Artikel 9ter gestellt (Ihr Zeichen "
                  f"{ref}), über den noch nicht entschieden wurde. Mit dem vorliegenden Antrag verzichtet "
                  f"{_pron(c, lang)} auf diesen früheren Antrag.",
            "en": f"{_verz(c, lang)} already lodged a 9ter application on {d} (your reference {ref}), which is still "
                  f"pending. By this application {_pron(c, lang)} withdraws that earlier application."}[lang]


def asylum_refused_paragraph(c: Case, lang: str) -> str | None:
    a = c.asylum
    if not a or a.get("status") != "refused":
        return None
    d = c.d(a["refused_on"], lang)
    return {"nl": f"Het verzoek om internationale bescherming van {_verz(c, lang, False)} werd op {d} geweigerd "
                  f"door het Commissariaat-generaal voor de Vluchtelingen en de Staatlozen.",
            "fr": f"La demande de protection internationale de {_verz(c, lang, False)} a été refusée le {d} par "
                  f"le Commissariat général aux réfugiés et aux apatrides.",
            "de": f"Der Antrag auf internationalen Schutz wurde am {d} vom Generalkommissariat für Flüchtlinge und "
                  f"Staatenlose abgelehnt.",
            "en": f"The applicant's request for international protection was refused by the CGRS on {d}."}[lang]


SUBJECT = {
    "nl": "Aanvraag tot machtiging tot verblijf op grond van artikel 9ter van de wet van 15 december 1980",
    "fr": "Demande d'autorisation de séjour sur la base de l'article 9ter de la loi du 15 décembre 1980",
    "de": "Antrag auf Aufenthaltserlaubnis gemäß Artikel 9ter des Gesetzes vom 15. Dezember 1980",
    "en": "Application for leave to remain under Article 9ter of the Law of 15 December 1980",
}
SALUT = {"nl": "Geachte heer, mevrouw,", "fr": "Madame, Monsieur,", "de": "Sehr geehrte Damen und Herren,",
         "en": "Dear Sir or Madam,"}
REGISTERED = {"nl": "AANGETEKEND SCHRIJVEN", "fr": "PAR RECOMMANDÉ", "de": "PER EINSCHREIBEN",
              "en": "BY REGISTERED MAIL"}
CLOSING = {"nl": "Met de meeste hoogachting,",
           "fr": "Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
           "de": "Mit vorzüglicher Hochachtung", "en": "Yours faithfully,"}


def request_sentence(c: Case, lang: str) -> str:
    return {"nl": f"Om deze redenen verzoekt {_verz(c, lang, False)} u {'haar' if c.fem else 'hem'} een machtiging "
                  f"tot verblijf van meer dan drie maanden toe te kennen op grond van artikel 9ter van de wet van "
                  f"15 december 1980.",
            "fr": f"Par ces motifs, {_verz(c, lang, False)} vous prie de bien vouloir {'l' if True else ''}'autoriser "
                  f"au séjour de plus de trois mois sur la base de l'article 9ter de la loi du 15 décembre 1980.",
            "de": f"Aus diesen Gründen wird beantragt, {'der Antragstellerin' if c.fem else 'dem Antragsteller'} "
                  f"eine Aufenthaltserlaubnis von mehr als drei Monaten gemäß Artikel 9ter zu erteilen.",
            "en": f"For these reasons the applicant asks you to grant leave to remain for more than three months "
                  f"under Article 9ter of the Law of 15 December 1980."}[lang]


# --------------------------------------------------------------------------
# application families
# --------------------------------------------------------------------------
LBL = {
    "nl": dict(surname="Naam", given="Voornaam", nat="Nationaliteit", bdate="Geboortedatum", bplace="Geboorteplaats",
               bcountry="Geboorteland", nrn="Rijksregisternummer", ov="OV-nummer (DVZ)", sex="Geslacht",
               res="Adres effectieve verblijfplaats in België", dom="Gekozen woonplaats",
               inv="Inventaris van de stukken", nr="Nr.", desc="Omschrijving", pages="Blz.",
               ref="Ons kenmerk", re="Betreft", case="Inzake", place_date="Opgemaakt te {p} op {d}",
               sign_app="Handtekening van de aanvrager", sign_law="Handtekening van de advocaat",
               for_app=("Voor verzoekster,", "Voor verzoeker,"), counsel=("haar raadsman", "zijn raadsman")),
    "fr": dict(surname="Nom", given="Prénom(s)", nat="Nationalité", bdate="Date de naissance", bplace="Lieu de naissance",
               bcountry="Pays de naissance", nrn="Numéro de registre national", ov="Numéro SP (OE)", sex="Sexe",
               res="Adresse de la résidence effective en Belgique", dom="Domicile élu",
               inv="Inventaire des pièces", nr="N°", desc="Description", pages="Pages",
               ref="Nos réf.", re="Objet", case="En cause", place_date="Fait à {p}, le {d}",
               sign_app="Signature du demandeur / de la demanderesse", sign_law="Signature de l'avocat",
               for_app=("Pour la requérante,", "Pour le requérant,"), counsel=("son conseil", "son conseil")),
    "de": dict(surname="Name", given="Vorname(n)", nat="Staatsangehörigkeit", bdate="Geburtsdatum", bplace="Geburtsort",
               bcountry="Geburtsland", nrn="Nationalregisternummer", ov="SP-/OV-Nummer", sex="Geschlecht",
               res="Tatsächlicher Aufenthaltsort in Belgien", dom="Zustellungsdomizil",
               inv="Verzeichnis der Anlagen", nr="Nr.", desc="Bezeichnung", pages="Seiten",
               ref="Unser Zeichen", re="Betreff", case="In Sachen", place_date="{p}, den {d}",
               sign_app="Unterschrift des Antragstellers", sign_law="Unterschrift des Rechtsanwalts",
               for_app=("Für die Antragstellerin", "Für den Antragsteller"), counsel=("ihr Rechtsanwalt", "sein Rechtsanwalt")),
    "en": dict(surname="Surname", given="Given names", nat="Nationality", bdate="Date of birth", bplace="Place of birth",
               bcountry="Country of birth", nrn="National register number", ov="Public security number", sex="Sex",
               res="Address of actual residence in Belgium", dom="Chosen domicile (address for service)",
               inv="List of exhibits", nr="No.", desc="Description", pages="Pages",
               ref="Our ref.", re="Re", case="Client", place_date="Done at {p} on {d}",
               sign_app="Signature of the applicant", sign_law="Signature of counsel",
               for_app=("For the applicant,", "For the applicant,"), counsel=("her counsel", "his counsel")),
}


def labelled_values(c: Case, lang: str) -> list[tuple[str, str]]:
    L = LBL[lang]
    v = [(L["surname"], c.p.surname.upper()), (L["given"], c.p.given_names),
         (L["nat"], "" if "no_nationality" in c.flags else _nat(c, lang).capitalize()
          if lang != "fr" else _nat(c, lang)),
         (L["bdate"], c.d(c.p.birth_date, lang)),
         (L["bplace"], "" if "no_birthplace" in c.flags else c.p.birth_place),
         (L["bcountry"], "" if "no_birthplace" in c.flags else cname(c.birth_cc(), lang))]
    if c.nrn:
        v.append((L["nrn"], c.nrn))
    else:
        v.append((L["ov"], c.ov))
    return v


def domicile_value(c: Case, lang: str) -> str:
    if "no_domicile" in c.flags or c.domicile == "none":
        return ""
    if c.domicile == "lawyer" and c.lawyer:
        return f"{_lawyer_name(c, lang)}, {_lawyer_addr(c)}"
    if c.domicile == "other" and c.other_domicile:
        return c.other_domicile
    return {"nl": "idem (adres effectieve verblijfplaats)", "fr": "idem (adresse de résidence)",
            "de": "wie Aufenthaltsort", "en": "same as residence"}[lang]


def annex_lines(c: Case, lang: str) -> list[str]:
    return [f"{i + 1}. {d}" for i, (_, d) in enumerate(c.annexes)]


def _letterhead(sh: Sheet, c: Case, lang: str, style: str, rng: random.Random) -> float:
    L = c.lawyer
    if style == "centered":
        f = font_ok("serif4", "serif")
        sh.text(105, 14, L["firm"].upper(), font=f, size_pt=15, anchor="center", letter_spacing=0.6)
        bar = {"nl": "advocaten", "fr": "avocats", "de": "Rechtsanwälte", "en": "lawyers"}[lang]
        sh.text(105, 22, bar, font=f, size_pt=9.5, anchor="center", italic=True, color=GREY)
        sh.rule(40, 28, 170, 28, width_mm=0.25, color=(90, 90, 90))
        sh.text(105, 30.5, f"{L['street']} · {L['pc']} {L['city']} · T {L['tel']} · {L['mail']}",
                font=font_ok("sans4", "sans"), size_pt=7.8, anchor="center", color=GREY)
        return 44
    if style == "left-block":
        sh.rect(20, 12, 14, 14, width_mm=0, fill=(30, 62, 110))
        ini = "".join(w[0] for w in L["firm"].split()[:2]).upper()
        sh.text(27, 15.5, ini, font="sans", size_pt=13, bold=True, color=(255, 255, 255), anchor="center")
        sh.text(38, 13, L["firm"], font=font_ok("sans2", "sans"), size_pt=13, bold=True, color=(30, 62, 110))
        sh.text(38, 20, f"{L['street']}  |  {L['pc']} {L['city']}", font=font_ok("sans2", "sans"), size_pt=8.5,
                color=GREY)
        sh.text(38, 24.5, f"Tel. {L['tel']}  |  {L['mail']}", font=font_ok("sans2", "sans"), size_pt=8.5, color=GREY)
        return 40
    if style == "right-block":
        f = font_ok("sans", "sans")
        sh.text(190, 14, f"{_lawyer_name(c, lang)}", font=f, size_pt=11, bold=True, anchor="right")
        sub = {"nl": "Advocaat", "fr": "Avocat" + ("e" if L["sex"] == "F" else ""),
               "de": "Rechtsanwalt" + ("in" if L["sex"] == "F" else ""), "en": "Lawyer"}[lang]
        sh.text(190, 19.5, sub, font=f, size_pt=9, anchor="right", color=GREY)
        sh.text(190, 24, L["street"], font=f, size_pt=8.5, anchor="right", color=GREY)
        sh.text(190, 28, f"{L['pc']} {L['city']}", font=f, size_pt=8.5, anchor="right", color=GREY)
        sh.text(190, 32, L["tel"], font=f, size_pt=8.5, anchor="right", color=GREY)
        return 42
    # two-column: narrow left column with the office data on every page
    f = font_ok("sans3", "sans")
    sh.text(12, 16, L["firm"], font=font_ok("serif2", "serif"), size_pt=12, bold=True)
    y = 30
    for s in [_lawyer_name(c, lang), L["street"], f"{L['pc']} {L['city']}", "", "T " + L["tel"], L["mail"], "",
              "IBAN BE" + str(60 + c.seed % 39) + " 0017 " + f"{c.seed % 9999:04d}" + " 2215"]:
        sh.text(12, y, s, font=f, size_pt=6.8, color=GREY)
        y += 3.6
    sh.rule(52, 28, 52, 280, width_mm=0.2, color=(160, 160, 160))
    return 30


def make_app_letter(c: Case, rng: random.Random, *, lang: str, head: str, font: str, size: float,
                    labelled: bool, inventory: str, sig: str, numbered: bool) -> tuple[list[Sheet], dict]:
    """A lawyer's letter to DVZ.  inventory: none | list | table.  sig: right | left | stamp."""
    left = 60.0 if head == "two-column" else 25.0
    paper_kind = "white"

    def new_sheet(i):
        sh = Sheet(paper=paper_kind)
        if i == 0:
            top = _letterhead(sh, c, lang, head, rng)
        else:
            if head == "two-column":
                _letterhead(sh, c, lang, head, rng)
            sh.text(left, 14, f"{LBL[lang]['case']}: {name_in(c.p, 'SURNAME Given')}", font=font, size_pt=8.5,
                    color=GREY)
            top = 24
        return sh, top

    fl = Flow(new_sheet, left=left, right=186, bottom=268, font=font, size=size)
    L = LBL[lang]
    fl.para(REGISTERED[lang], bold=True, font=font, gap=3)
    dvz = {"nl": DVZ_NL, "fr": DVZ_FR, "de": DVZ_DE, "en": DVZ_NL}[lang]
    fl.lines(dvz, font=font, size=size)
    fl.space(5)
    place = c.lawyer["city"]
    dline = {"nl": f"{place}, {c.d(c.app_date, 'nl', 'long')}", "fr": f"{place}, le {c.d(c.app_date, 'fr', 'long')}",
             "de": f"{place}, den {c.d(c.app_date, 'de', 'long')}", "en": f"{place}, {c.d(c.app_date, 'en', 'long')}"}[lang]
    fl.line(dline, x=186, anchor="right")
    fl.space(3)
    refno = f"{c.app_date.year}/{c.seed % 900 + 100}/{c.lawyer['last'][:2].upper()}"
    fl.line(f"{L['ref']}: {refno}", size=size - 1)
    fl.para(f"{L['re']}: {SUBJECT[lang]}", bold=True, gap=1)
    fl.line(f"{L['case']}: {name_in(c.p, c.name_style)}", size=size)
    fl.space(4)
    fl.para(SALUT[lang], gap=3)
    ln = _lawyer_name(c, lang)
    la = _lawyer_addr(c)
    F = c.lawyer["sex"] == "F"
    if labelled:
        intro = {"nl": f"Ondergetekende, {ln}, advocaat, met kantoor te {la}, dient hierbij namens {_poss(c, lang)} "
                       f"cliënt{'e' if c.fem else ''} een aanvraag in tot machtiging tot verblijf op grond van artikel "
                       f"9ter van de wet van 15 december 1980. De persoonsgegevens van {_verz(c, lang, False)} zijn:",
                 "fr": f"Je soussigné{'e' if F else ''}, {ln}, avocat{'e' if F else ''}, dont le cabinet est établi "
                       f"{la}, introduis par la présente, au nom de mon client{'e' if c.fem else ''}, une demande "
                       f"d'autorisation de séjour fondée sur l'article 9ter de la loi du 15 décembre 1980. "
                       f"Données personnelles :",
                 "de": f"Hiermit stelle ich, {ln}, Rechtsanwalt{'in' if F else ''} in {c.lawyer['city']}, im Namen "
                       f"meine{'r Mandantin' if c.fem else 's Mandanten'} einen Antrag auf Aufenthaltserlaubnis nach "
                       f"Artikel 9ter des Gesetzes vom 15. Dezember 1980. Personalien:",
                 "en": f"I, {ln}, lawyer, of {la}, hereby submit on behalf of my client an application for leave "
                       f"to remain under Article 9ter of the Law of 15 December 1980. Personal data:"}[lang]
        fl.para(intro, align="justify", tag="personal")
        vals = labelled_values(c, lang)
        if "no_address" not in c.flags:
            vals.append((L["res"], addr_str(c.addr, lang, c.addr_style)))
        dv = domicile_value(c, lang)
        if dv:
            vals.append((L["dom"], dv))
        lw = max(fl.sheet.text_width(k + " :", font=font, size_pt=size - 0.5) for k, _ in vals) + 3
        lw = min(lw, 70)
        for k, v in vals:
            fl.ensure(6)
            fl.sheet.text(fl.left + 5, fl.y, k + (" :" if lang == "fr" else ":"), font=font, size_pt=size - 0.5)
            if v:
                ls = fl.sheet.wrap(v, fl.right - fl.left - 5 - lw, font=font, size_pt=size - 0.5)
                for j, s in enumerate(ls):
                    fl.sheet.text(fl.left + 5 + lw, fl.y, s, font=font, size_pt=size - 0.5, bold=(j == 0 and k in
                                  (L["surname"],)))
                    fl.y += (size - 0.5) * MM_PT * 1.3
            else:
                fl.y += (size - 0.5) * MM_PT * 1.3
        fl.space(3)
    else:
        intro = {"nl": f"Ondergetekende, {ln}, advocaat, met kantoor te {la}, handelend in naam en voor rekening van "
                       f"{personal_prose(c, lang)}, heeft de eer u hierbij een aanvraag tot machtiging tot verblijf "
                       f"op grond van artikel 9ter van de wet van 15 december 1980 over te maken.",
                 "fr": f"Je soussigné{'e' if F else ''}, {ln}, avocat{'e' if F else ''} au barreau de "
                       f"{c.lawyer['city']}, dont le cabinet est établi {la}, agissant au nom et pour compte de "
                       f"{personal_prose(c, lang)}, ai l'honneur d'introduire la présente demande d'autorisation de "
                       f"séjour sur la base de l'article 9ter de la loi du 15 décembre 1980.",
                 "de": f"Hiermit stelle ich, {ln}, Rechtsanwalt{'in' if F else ''} in {c.lawyer['city']}, im Namen "
                       f"und Auftrag von {personal_prose(c, lang)}, einen Antrag auf Aufenthaltserlaubnis gemäß "
                       f"Artikel 9ter des Gesetzes vom 15. Dezember 1980.",
                 "en": f"I, {ln}, lawyer, of {la}, acting on behalf of {personal_prose(c, lang)}, hereby submit an "
                       f"application for leave to remain under Article 9ter of the Law of 15 December 1980."}[lang]
        fl.para(intro, align="justify", tag="personal")
    heads = {"nl": ["Verblijfplaats en keuze van woonplaats", "Identiteit", "Medische toestand",
                    "Beschikbaarheid en toegankelijkheid van de behandeling in het land van herkomst",
                    "Gezinsleden", "Vorige procedures"],
             "fr": ["Résidence et élection de domicile", "Identité", "Situation médicale",
                    "Disponibilité et accessibilité des soins dans le pays d'origine", "Membres de la famille",
                    "Procédures antérieures"],
             "de": ["Aufenthaltsort und Zustellungsdomizil", "Identität", "Medizinische Situation",
                    "Verfügbarkeit und Zugänglichkeit der Behandlung im Herkunftsland", "Familienangehörige",
                    "Frühere Verfahren"],
             "en": ["Residence and domicile", "Identity", "Medical situation",
                    "Availability and accessibility of treatment in the country of origin", "Family members",
                    "Previous procedures"]}[lang]
    roman = ["I.", "II.", "III.", "IV.", "V.", "VI.", "VII."]
    k = 0

    def head_(i):
        nonlocal k
        t = heads[i]
        if numbered:
            t = f"{roman[k]} {t}"
        k += 1
        fl.para(t, bold=True, gap=1.2, keep=3)

    if not labelled:
        head_(0)
        s = residence_sentence(c, lang)
        d = domicile_sentence(c, lang)
        fl.para(s + (" " + d if d else ""), align="justify", tag="residence")
    head_(1)
    fl.para(identity_paragraph(c, lang), align="justify", tag="identity")
    head_(2)
    fl.para(medical_paragraph(c, lang), align="justify", tag="medical")
    if c.coi_in_app and "no_coi" not in c.flags:
        head_(3)
        fl.para(coi_paragraph(c, lang), align="justify", tag="coi")
    fp = family_paragraph(c, lang)
    if fp:
        head_(4)
        fl.para(fp, align="justify", tag="family")
    pp = parallel_paragraph(c, lang)
    ap = asylum_refused_paragraph(c, lang)
    if pp or ap:
        head_(5)
        fl.para(" ".join(x for x in (ap, pp) if x), align="justify", tag="parallel")
    fl.para(request_sentence(c, lang), align="justify")
    fl.space(2)
    fl.ensure(42)
    fl.para(CLOSING[lang], gap=2)
    fl.tag("signature")
    y0 = fl.y
    x0 = 120 if sig in ("right", "stamp") else fl.left
    fl.sheet.text(x0, y0, L["for_app"][0 if c.fem else 1] + " " + L["counsel"][0 if c.fem else 1],
                  font=font, size_pt=size - 0.5)
    if "unsigned" not in c.flags:
        fl.sheet.signature(x0 - 2, y0 + 4, 48, 17, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    if sig == "stamp" and "unsigned" not in c.flags:
        fl.sheet.stamp(x0 + 28, y0 + 2, [c.lawyer["firm"], _lawyer_name(c, lang),
                                         f"{c.lawyer['pc']} {c.lawyer['city']}"], rng, shape="rect",
                       color=STAMP_BLUE, size_mm=40)
    fl.sheet.text(x0, y0 + 23, ln, font=font, size_pt=size)
    fl.y = y0 + 32
    # inventory
    if inventory != "none" and c.annexes:
        fl.space(4)
        if inventory == "table":
            fl.ensure(14 + 7 * len(c.annexes))
            fl.tag("inventory")
            fl.para(L["inv"], bold=True, gap=2, size=size + 0.5)
            sh = fl.sheet
            x1, x2, x3 = fl.left, fl.left + 12, fl.right - 16
            y = fl.y
            sh.rect(x1, y, fl.right - x1, 6.5, width_mm=0.25, fill=(225, 225, 225))
            sh.text(x1 + 2, y + 1.3, L["nr"], font=font, size_pt=size - 1, bold=True)
            sh.text(x2 + 2, y + 1.3, L["desc"], font=font, size_pt=size - 1, bold=True)
            sh.text(x3 + 2, y + 1.3, L["pages"], font=font, size_pt=size - 1, bold=True)
            y += 6.5
            for i, (key, desc) in enumerate(c.annexes):
                rows = sh.wrap(desc, x3 - x2 - 4, font=font, size_pt=size - 1)
                h = 2.5 + len(rows) * (size - 1) * MM_PT * 1.25
                sh.rect(x1, y, fl.right - x1, h, width_mm=0.25)
                sh.rule(x2, y, x2, y + h, width_mm=0.25)
                sh.rule(x3, y, x3, y + h, width_mm=0.25)
                sh.text(x1 + 2, y + 1.3, str(i + 1), font=font, size_pt=size - 1)
                yy = y + 1.3
                for r in rows:
                    sh.text(x2 + 2, yy, r, font=font, size_pt=size - 1)
                    yy += (size - 1) * MM_PT * 1.25
                sh.text(x3 + 2, y + 1.3, str(c.annex_pages.get(key, 1)), font=font, size_pt=size - 1)
                y += h
            fl.y = y + 3
        else:
            fl.ensure(12 + 5 * len(c.annexes))
            fl.tag("inventory")
            fl.para(L["inv"] + ":", bold=True, gap=1)
            for s in annex_lines(c, lang):
                fl.para(s, indent=5, gap=0.5, size=size - 0.5)
    if len(fl.sheets) > 1:
        number_pages(fl.sheets, {"nl": "{i}/{n}", "fr": "{i}/{n}", "de": "Seite {i} von {n}",
                                 "en": "page {i} of {n}"}[lang], x=186, anchor="right")
    return fl.sheets, fl.tags


def _form_box(sh, x, y, w, h, label, value, rng, *, hand: str | None, lf: str, size=8.0, vsize=11.0):
    sh.rect(x, y, w, h, width_mm=0.25)
    sh.text(x + 1.2, y + 0.8, label, font=lf, size_pt=size, color=(60, 60, 60))
    if value:
        if hand:
            hand_lines(sh, x + 2, y + 4.2, w - 3, value, rng, font=hand, size=vsize, lh=5.6,
                       max_lines=max(1, int((h - 4) // 5.6)))
        else:
            yy = y + 4.4
            for ln in sh.wrap(value, w - 4, font="typewriter", size_pt=vsize - 1.5)[:max(1, int((h - 4) // 4.4))]:
                sh.text(x + 2, yy, ln, font="typewriter", size_pt=vsize - 1.5)
                yy += 4.4


def make_app_form(c: Case, rng: random.Random, *, lang: str, hand: bool, org: str) -> tuple[list[Sheet], dict]:
    """A labelled request form (NGO / social service template), filled in by hand or typewriter."""
    L = LBL[lang]
    lf = font_ok("sans", "sans")
    hf = rng.choice(hand_fonts()) if hand else None
    tags = {}
    s1 = Sheet(paper=rng.choice(["white", "white", "cream"]))
    title = {"nl": "AANVRAAG TOT MACHTIGING TOT VERBLIJF\nop grond van artikel 9ter van de wet van 15 december 1980",
             "fr": "DEMANDE D'AUTORISATION DE SÉJOUR\nsur la base de l'article 9ter de la loi du 15 décembre 1980",
             "de": "ANTRAG AUF AUFENTHALTSERLAUBNIS\ngemäß Artikel 9ter des Gesetzes vom 15. Dezember 1980",
             "en": "APPLICATION FOR LEAVE TO REMAIN\nunder Article 9ter of the Law of 15 December 1980"}[lang]
    s1.text(20, 10, org, font=lf, size_pt=8, color=GREY)
    s1.text(190, 10, REGISTERED[lang].capitalize() if lang != "en" else "By registered mail", font=lf,
            size_pt=8, color=GREY, anchor="right")
    y = s1.paragraph(20, 18, 170, title, font=font_ok("sans4", "sans"), size_pt=12.5, align="center", bold=True)
    y += 1
    to = ", ".join({"nl": DVZ_NL, "fr": DVZ_FR, "de": DVZ_DE, "en": DVZ_NL}[lang])
    y = s1.paragraph(20, y, 170, ({"nl": "Aan: ", "fr": "À : ", "de": "An: ", "en": "To: "}[lang]) + to,
                     font=lf, size_pt=8.5, align="center")
    y += 3
    sec = {"nl": ["1. Persoonsgegevens van de aanvrager", "2. Adressen", "3. Gezinsleden die de aanvraag vergezellen",
                  "4. Identiteit", "5. Medische gegevens en zorg in het land van herkomst", "6. Bijlagen"],
           "fr": ["1. Données personnelles du demandeur", "2. Adresses", "3. Membres de la famille inclus dans la demande",
                  "4. Identité", "5. Données médicales et soins dans le pays d'origine", "6. Annexes"],
           "de": ["1. Personalien", "2. Adressen", "3. Familienangehörige", "4. Identität", "5. Medizinisches",
                  "6. Anlagen"],
           "en": ["1. Applicant's personal data", "2. Addresses", "3. Family members included", "4. Identity",
                  "5. Medical data and care in the country of origin", "6. Exhibits"]}[lang]

    def section(sh, y, t):
        sh.rect(20, y, 170, 6, width_mm=0, fill=(215, 222, 232))
        sh.text(22, y + 1.2, t, font=lf, size_pt=9.5, bold=True)
        return y + 7.5

    y = section(s1, y, sec[0])
    tags["personal"] = 1
    vals = labelled_values(c, lang)
    hv = 11.5
    grid = [(0, 0, 85), (1, 85, 85), (2, 0, 85), (3, 85, 85), (4, 0, 85), (5, 85, 85), (6, 0, 85)]
    sexv = {"nl": ("V", "M"), "fr": ("F", "M"), "de": ("W", "M"), "en": ("F", "M")}[lang][0 if c.fem else 1]
    vals_sex = (L["sex"], sexv)
    for i, x, w in grid:
        row = i // 2
        _form_box(s1, 20 + x, y + row * hv, w, hv, vals[i][0], vals[i][1], rng, hand=hf, lf=lf)
    _form_box(s1, 105, y + 3 * hv, 85, hv, vals_sex[0], vals_sex[1], rng, hand=hf, lf=lf)
    y += 4 * hv + 3
    y = section(s1, y, sec[1])
    tags["residence"] = 1
    res = "" if "no_address" in c.flags else addr_str(c.addr, lang, c.addr_style)
    _form_box(s1, 20, y, 170, 13, L["res"], res, rng, hand=hf, lf=lf)
    _form_box(s1, 20, y + 13, 170, 13, L["dom"], domicile_value(c, lang), rng, hand=hf, lf=lf)
    y += 29
    y = section(s1, y, sec[2])
    cols = [L["surname"], L["given"], L["bdate"], L["bplace"], L["nat"],
            {"nl": "Band", "fr": "Lien", "de": "Verhältnis", "en": "Relation"}[lang]]
    cw = [32, 30, 24, 32, 24, 28]
    xx = 20
    for t, w in zip(cols, cw):
        s1.rect(xx, y, w, 6, width_mm=0.25, fill=(240, 240, 240))
        s1.text(xx + 1, y + 1.3, t, font=lf, size_pt=7)
        xx += w
    y += 6
    rows = c.family[:3] + [None] * (2 - min(2, len(c.family)))
    if c.family:
        tags["family"] = 1
    for m in rows:
        xx = 20
        vals_row = ["", "", "", "", "", ""]
        if m:
            p = m.p
            rel = {"nl": {"child": "kind", "spouse": "echtgeno(o)t(e)"}, "fr": {"child": "enfant", "spouse": "conjoint(e)"},
                   "de": {"child": "Kind", "spouse": "Ehegatte"}, "en": {"child": "child", "spouse": "spouse"}}[lang][m.rel]
            vals_row = [p.surname.upper(), p.given_names, c.d(p.birth_date, lang), p.birth_place,
                        COUNTRIES[p.nationality]["adj_" + lang], rel]
        for v, w in zip(vals_row, cw):
            s1.rect(xx, y, w, 7.5, width_mm=0.25)
            if v:
                if hf:
                    _hw(s1, xx + 1, y + 1.5, v, rng, size_pt=8.5 if len(v) < 14 else 7.5, font=hf,
                                   color=INK_BLUE)
                else:
                    s1.text(xx + 1, y + 2, v, font="typewriter", size_pt=7.5 if len(v) < 16 else 6.5)
            xx += w
        y += 7.5
    y += 3
    y = section(s1, y, sec[3])
    tags["identity"] = 1
    opts = {"nl": ["paspoort", "identiteitskaart", "andere bewijselementen", "vrijstelling: asielprocedure lopend"],
            "fr": ["passeport", "carte d'identité", "autres éléments de preuve", "dispense : asile en cours"],
            "de": ["Reisepass", "Personalausweis", "andere Beweismittel", "Befreiung: Asylverfahren"],
            "en": ["passport", "identity card", "other evidence", "exemption: asylum pending"]}[lang]
    k = c.id_kind
    which = 0 if (k.startswith("passport") or k in ("untranslated", "translated")) else \
        1 if k.startswith("idcard") else 3 if k.startswith("asylum") else 2
    xx = 22
    for i, o in enumerate(opts):
        s1.checkbox(xx, y, 3.5, checked=(i == which), rng=rng if hf else None)
        s1.text(xx + 5, y + 0.2, o, font=lf, size_pt=8.5)
        xx += 5 + s1.text_width(o, font=lf, size_pt=8.5) + 7
    y += 6
    idtxt = identity_paragraph(c, lang)
    y = s1.paragraph(22, y, 166, idtxt, font=lf, size_pt=8) if not hf else \
        hand_lines(s1, 22, y, 166, idtxt, rng, font=hf, size=9.5, lh=5.2, max_lines=4)
    # page 2
    s2 = Sheet(paper=s1.paper)
    s2.text(20, 10, org, font=lf, size_pt=8, color=GREY)
    s2.text(190, 10, f"{c.p.surname.upper()} {c.p.given_names}  –  2/2", font=lf, size_pt=8, color=GREY,
            anchor="right")
    y = 18
    y = section(s2, y, sec[4])
    tags["medical"] = 2
    il = ILLNESSES[c.illness]
    t = il[lang] if lang in il else il["fr" if lang == "fr" else "nl"]
    lab = {"nl": ["Aandoening", "Standaard medisch getuigschrift (arts, datum)",
                  "Beschikbaarheid en toegankelijkheid van de behandeling in het land van herkomst"],
           "fr": ["Affection", "Certificat médical type (médecin, date)",
                  "Disponibilité et accessibilité du traitement dans le pays d'origine"],
           "de": ["Erkrankung", "Ärztliches Standardattest (Arzt, Datum)",
                  "Verfügbarkeit und Zugänglichkeit der Behandlung im Herkunftsland"],
           "en": ["Illness", "Standard medical certificate (doctor, date)",
                  "Availability and accessibility of treatment in the country of origin"]}[lang]
    _form_box(s2, 20, y, 170, 13, lab[0], t["name"], rng, hand=hf, lf=lf)
    y += 13
    if "medcert_absent" in c.flags:
        mc = f"{c.doctor.name()} – {c.d(c.cert_date, lang)}"
    else:
        mc = f"{c.doctor.name()}, {SPECIALTY[c.doctor.spec][lang]} – {c.d(c.cert_date, lang)}"
    _form_box(s2, 20, y, 170, 13, lab[1], mc, rng, hand=hf, lf=lf)
    y += 13
    coi = ""
    if c.coi_in_app and "no_coi" not in c.flags:
        tags["coi"] = 2
        o = COUNTRIES[c.origin()]
        coi = {"nl": f"{drug(c.illness, 'nl')}: beperkt beschikbaar ({o['hospital']}), ca. {il['cost']}/maand; gemiddeld "
                     f"inkomen {o['wage']}; geen verzekering die dit dekt. Niet toegankelijk. Zie stuk "
                     f"{c.annex_no('coi') or '-'}.",
               "fr": f"{drug(c.illness, 'fr')} : disponibilité limitée ({o['hospital']}), env. {il['cost']}/mois ; revenu "
                     f"moyen {o['wage']} ; aucune couverture. Non accessible. Voir pièce {c.annex_no('coi') or '-'}.",
               "de": f"{drug(c.illness, 'de')}: eingeschränkt verfügbar ({o['hospital']}), ca. {il['cost']}/Monat; "
                     f"Einkommen {o['wage']}; keine Versicherung. Nicht zugänglich. Anlage {c.annex_no('coi') or '-'}.",
               "en": f"{il['drug']}: limited availability ({o['hospital']}), about {il['cost']}/month; average "
                     f"income {o['wage']}; no insurance cover. Not accessible. See exhibit {c.annex_no('coi') or '-'}."}[lang]
    _form_box(s2, 20, y, 170, 26, lab[2], coi, rng, hand=hf, lf=lf)
    y += 29
    pp = parallel_paragraph(c, lang)
    ap = asylum_refused_paragraph(c, lang)
    if pp or ap:
        tags["parallel"] = 2
        lbl = {"nl": "Eerdere procedures", "fr": "Procédures antérieures", "de": "Frühere Verfahren",
               "en": "Previous procedures"}[lang]
        _form_box(s2, 20, y, 170, 20, lbl, " ".join(x for x in (ap, pp) if x), rng, hand=hf, lf=lf)
        y += 23
    y = section(s2, y, sec[5])
    tags["inventory"] = 2
    for i, (_, dsc) in enumerate(c.annexes):
        s2.text(24, y, f"{i + 1}.", font=lf, size_pt=9)
        if hf:
            _hw(s2, 31, y - 0.5, dsc[:70], rng, size_pt=10, font=hf, color=INK_BLUE)
        else:
            s2.text(31, y, dsc[:90], font="typewriter", size_pt=9)
        y += 6
    y += 6
    place = c.addr.city
    pd = L["place_date"]
    s2.text(20, y, pd.split("{p}")[0], font=lf, size_pt=9.5)
    x_pl = 20 + s2.text_width(pd.split("{p}")[0], font=lf, size_pt=9.5) + 1
    mid = pd.split("{p}")[1].split("{d}")[0]
    val_p, val_d = place, c.d(c.app_date, lang)
    if hf:
        w = _hw(s2, x_pl, y - 1, val_p, rng, size_pt=11, font=hf, color=INK_BLUE)
    else:
        w = s2.text(x_pl, y, val_p, font="typewriter", size_pt=9.5)
    x2 = x_pl + w + 1.5
    s2.text(x2, y, mid, font=lf, size_pt=9.5)
    x3 = x2 + s2.text_width(mid, font=lf, size_pt=9.5) + 1
    if hf:
        _hw(s2, x3, y - 1, val_d, rng, size_pt=11, font=hf, color=INK_BLUE)
    else:
        s2.text(x3, y, val_d, font="typewriter", size_pt=9.5)
    y += 10
    tags["signature"] = 2
    s2.text(20, y, L["sign_app"] + ":", font=lf, size_pt=9.5)
    s2.rect(20, y + 5, 75, 28, width_mm=0.25, color=(120, 120, 120))
    if "unsigned" not in c.flags:
        s2.signature(24, y + 8, 60, 20, rng, color=INK_BLUE)
    if c.lawyer and c.domicile == "lawyer":
        s2.text(110, y, L["sign_law"] + ":", font=lf, size_pt=9.5)
        s2.rect(110, y + 5, 75, 28, width_mm=0.25, color=(120, 120, 120))
        s2.text(112, y + 27, _lawyer_name(c, lang), font=lf, size_pt=8)
        if "unsigned" not in c.flags and rng.random() < 0.6:
            s2.signature(115, y + 7, 55, 17, rng, color=INK_BLACK)
    return [s1, s2], tags


# --------------------------------------------------------------------------
# the standard medical certificate (previous model and the 2024 model)
# --------------------------------------------------------------------------
MC_OLD = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT", sub="bestemd voor de Dienst Vreemdelingenzaken",
               law="(artikel 9ter van de wet van 15 december 1980)",
               pat="Naam en voornaam van de patiënt", bd="Geboortedatum", nat="Nationaliteit",
               A="A/ Historiek (medische voorgeschiedenis)",
               B="B/ DIAGNOSE: gedetailleerde beschrijving van de aard en van de graad van ernst van de aandoeningen "
                 "op basis waarvan de aanvraag om machtiging tot verblijf op grond van artikel 9ter wordt ingediend.",
               Bn="Het is in het belang van de patiënt dat er specialistische verslagen worden bijgevoegd ter staving "
                  "van de aangehaalde aandoeningen.",
               diag="Diagnose:", sev="Graad van ernst:",
               C="C/ Huidige behandeling en medische opvolging", med="Medicatie:",
               interv="Interventie/hospitalisatie (frequentie/laatste in datum):",
               dur="Duur van de vereiste behandeling (geschatte):",
               D="D/ Wat zouden de gevolgen en mogelijke complicaties zijn indien de behandeling wordt stopgezet?",
               E="E/ Evolutie en prognose van de aandoening(en) vermeld onder punt B.",
               F="F/ Indien van toepassing: welke zijn de noden op het gebied van medische opvolging? Is er medisch "
                 "gezien een afhankelijkheid vereist (mantelzorg)?",
               G="G/ Indien van toepassing: kan de patiënt reizen naar zijn land van herkomst of verblijf?",
               date="Datum:", sign="Naam, handtekening en stempel van de geneesheer:", riziv="RIZIV-nummer:",
               spec="Indien specialist, specialisme:"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE", sub="destiné à l'Office des Étrangers",
               law="(article 9ter de la loi du 15 décembre 1980)",
               pat="Nom et prénom du patient", bd="Date de naissance", nat="Nationalité",
               A="A/ Historique médical",
               B="B/ DIAGNOSTIC : description détaillée de la nature et du degré de gravité des affections sur base "
                 "desquelles la demande d'autorisation de séjour sur pied de l'article 9ter est introduite.",
               Bn="Il est dans l'intérêt du patient que des rapports émanant de médecins spécialistes soient joints "
                  "pour étayer les pathologies mentionnées.",
               diag="Diagnostic :", sev="Degré de gravité :",
               C="C/ Traitement actuel et suivi médical nécessaire", med="Médication :",
               interv="Intervention/hospitalisation (fréquence/dernière en date) :",
               dur="Durée prévue du traitement nécessaire :",
               D="D/ Quelles seraient les conséquences et complications éventuelles d'un arrêt du traitement ?",
               E="E/ Évolution et pronostic de la/des pathologie(s) mentionnée(s) au point B.",
               F="F/ Si d'application : quels sont les besoins spécifiques en matière de suivi médical ? Une prise en "
                 "charge de la dépendance est-elle médicalement requise (soins de proximité) ?",
               G="G/ Si d'application : le patient peut-il voyager vers son pays d'origine ou de provenance ?",
               date="Date :", sign="Nom, signature et cachet du médecin :", riziv="Numéro INAMI :",
               spec="Si spécialiste, spécialité :"),
    "de": dict(title="STANDARDISIERTES ÄRZTLICHES ATTEST", sub="bestimmt für das Ausländeramt",
               law="(Artikel 9ter des Gesetzes vom 15. Dezember 1980)",
               pat="Name und Vorname des Patienten", bd="Geburtsdatum", nat="Staatsangehörigkeit",
               A="A/ Krankengeschichte",
               B="B/ DIAGNOSE: ausführliche Beschreibung von Art und Schweregrad der Erkrankungen, aufgrund deren der "
                 "Antrag auf Aufenthaltserlaubnis nach Artikel 9ter eingereicht wird.",
               Bn="Es liegt im Interesse des Patienten, fachärztliche Berichte beizufügen.",
               diag="Diagnose:", sev="Schweregrad:",
               C="C/ Aktuelle Behandlung und erforderliche medizinische Nachsorge", med="Medikation:",
               interv="Eingriff/Krankenhausaufenthalt (Häufigkeit/letzter):",
               dur="Voraussichtliche Dauer der notwendigen Behandlung:",
               D="D/ Welche Folgen und möglichen Komplikationen hätte ein Abbruch der Behandlung?",
               E="E/ Entwicklung und Prognose der unter B genannten Erkrankung(en).",
               F="F/ Gegebenenfalls: Welche besonderen Bedürfnisse bestehen bei der medizinischen Nachsorge? Ist eine "
                 "Betreuung durch Dritte medizinisch erforderlich?",
               G="G/ Gegebenenfalls: Kann der Patient in sein Herkunftsland reisen?",
               date="Datum:", sign="Name, Unterschrift und Stempel des Arztes:", riziv="LIKIV-Nummer:",
               spec="Facharzt für:"),
    "en": dict(title="STANDARD MEDICAL CERTIFICATE", sub="for the Immigration Office (Belgium)",
               law="(Article 9ter of the Law of 15 December 1980)",
               pat="Patient's surname and first name", bd="Date of birth", nat="Nationality",
               A="A/ Medical history",
               B="B/ DIAGNOSIS: detailed description of the nature and degree of severity of the conditions on which "
                 "the application under Article 9ter is based.",
               Bn="It is in the patient's interest to attach specialists' reports.",
               diag="Diagnosis:", sev="Degree of severity:",
               C="C/ Current treatment and medical follow-up", med="Medication:",
               interv="Procedures/hospitalisation (frequency/last):", dur="Expected duration of treatment:",
               D="D/ What would be the consequences and possible complications if treatment were stopped?",
               E="E/ Course and prognosis of the condition(s) under B.",
               F="F/ If applicable: what are the needs for medical follow-up? Is care by a third person required?",
               G="G/ If applicable: can the patient travel to the country of origin?",
               date="Date:", sign="Doctor's name, signature and stamp:", riziv="RIZIV/INAMI number:",
               spec="Specialty:"),
}

MC_NEW = {
    "nl": dict(title="STANDAARD MEDISCH GETUIGSCHRIFT", law="bedoeld in artikel 9ter, § 1, vierde lid, van de wet van "
               "15 december 1980 betreffende de toegang tot het grondgebied, het verblijf, de vestiging en de "
               "verwijdering van vreemdelingen", model="Model van toepassing vanaf 1 maart 2024",
               s1="1. Identificatie van de patiënt", name="Naam", first="Voornaam", bd="Geboortedatum",
               nat="Nationaliteit",
               s2="2. Identificatie van de arts", dname="Naam en voornaam", riziv="RIZIV-nummer",
               spec="Specialisme", daddr="Adres (praktijk of ziekenhuis)", tel="Telefoon / e-mail",
               s3="3. Sinds wanneer volgt u de patiënt op?",
               s4="4. Medische voorgeschiedenis",
               s5="5. Diagnose (vermeld de ICD-10-code indien mogelijk)",
               s6="6. Graad van ernst van de aandoening", sevopts=["licht", "matig", "ernstig", "zeer ernstig"],
               s6b="Toelichting (objectieve elementen, onderzoeksresultaten):",
               s7="7. Noodzakelijk geachte behandeling", s7a="a) Medicatie (naam, dosis, frequentie)",
               s7b="b) Andere behandeling, ingrepen, hospitalisatie", s7c="c) Geschatte duur van de behandeling",
               s8="8. Gevolgen en mogelijke complicaties bij stopzetting van de behandeling",
               s9="9. Evolutie en prognose",
               s10="10. Noden inzake medische opvolging en mantelzorg",
               s11="11. Kan de patiënt reizen?", yes="ja", no="neen",
               s12="12. Bijlagen (specialistische verslagen, onderzoeken)",
               date="Datum", sign="Handtekening en stempel van de arts", page="Pagina {i}/{n}"),
    "fr": dict(title="CERTIFICAT MÉDICAL TYPE", law="visé à l'article 9ter, § 1er, alinéa 4, de la loi du 15 décembre "
               "1980 sur l'accès au territoire, le séjour, l'établissement et l'éloignement des étrangers",
               model="Modèle applicable à partir du 1er mars 2024",
               s1="1. Identification du patient", name="Nom", first="Prénom", bd="Date de naissance",
               nat="Nationalité",
               s2="2. Identification du médecin", dname="Nom et prénom", riziv="Numéro INAMI",
               spec="Spécialité", daddr="Adresse (cabinet ou hôpital)", tel="Téléphone / e-mail",
               s3="3. Depuis quand suivez-vous le patient ?",
               s4="4. Antécédents médicaux",
               s5="5. Diagnostic (mentionner le code CIM-10 si possible)",
               s6="6. Degré de gravité de l'affection", sevopts=["léger", "modéré", "grave", "très grave"],
               s6b="Justification (éléments objectifs, résultats d'examens) :",
               s7="7. Traitement jugé nécessaire", s7a="a) Médicaments (nom, dose, fréquence)",
               s7b="b) Autres traitements, interventions, hospitalisations", s7c="c) Durée prévue du traitement",
               s8="8. Conséquences et complications éventuelles en cas d'arrêt du traitement",
               s9="9. Évolution et pronostic",
               s10="10. Besoins en matière de suivi médical et de soins de proximité",
               s11="11. Le patient peut-il voyager ?", yes="oui", no="non",
               s12="12. Annexes (rapports de spécialistes, examens)",
               date="Date", sign="Signature et cachet du médecin", page="Page {i}/{n}"),
    "de": dict(title="STANDARDISIERTES ÄRZTLICHES ATTEST", law="nach Artikel 9ter § 1 Absatz 4 des Gesetzes vom "
               "15. Dezember 1980 über die Einreise ins Staatsgebiet, den Aufenthalt, die Niederlassung und das "
               "Entfernen von Ausländern", model="Muster anwendbar ab 1. März 2024",
               s1="1. Angaben zum Patienten", name="Name", first="Vorname", bd="Geburtsdatum",
               nat="Staatsangehörigkeit",
               s2="2. Angaben zum Arzt", dname="Name und Vorname", riziv="LIKIV-Nummer",
               spec="Fachrichtung", daddr="Anschrift (Praxis oder Krankenhaus)", tel="Telefon / E-Mail",
               s3="3. Seit wann betreuen Sie den Patienten?",
               s4="4. Krankengeschichte",
               s5="5. Diagnose (ICD-10-Code, falls möglich)",
               s6="6. Schweregrad der Erkrankung", sevopts=["leicht", "mittel", "schwer", "sehr schwer"],
               s6b="Begründung (objektive Befunde):",
               s7="7. Als notwendig erachtete Behandlung", s7a="a) Medikamente (Name, Dosis, Häufigkeit)",
               s7b="b) Andere Behandlungen, Eingriffe, Krankenhausaufenthalte", s7c="c) Voraussichtliche Dauer",
               s8="8. Folgen und mögliche Komplikationen bei Abbruch der Behandlung",
               s9="9. Entwicklung und Prognose",
               s10="10. Bedarf an medizinischer Nachsorge und Betreuung",
               s11="11. Ist der Patient reisefähig?", yes="ja", no="nein",
               s12="12. Anlagen (Facharztberichte, Untersuchungen)",
               date="Datum", sign="Unterschrift und Stempel des Arztes", page="Seite {i}/{n}"),
    "en": dict(title="STANDARD MEDICAL CERTIFICATE", law="referred to in Article 9ter § 1 of the Law of 15 December 1980 "
               "on the entry, residence, settlement and removal of foreign nationals",
               model="Form in use from 1 March 2024",
               s1="1. Patient", name="Surname", first="First name", bd="Date of birth", nat="Nationality",
               s2="2. Doctor", dname="Name", riziv="RIZIV/INAMI number", spec="Specialty",
               daddr="Address (practice or hospital)", tel="Telephone / e-mail",
               s3="3. Since when have you been treating the patient?",
               s4="4. Medical history", s5="5. Diagnosis (ICD-10 code if possible)",
               s6="6. Degree of severity", sevopts=["mild", "moderate", "severe", "very severe"],
               s6b="Explanation (objective findings):",
               s7="7. Treatment considered necessary", s7a="a) Medication (name, dose, frequency)",
               s7b="b) Other treatment, procedures, hospitalisation", s7c="c) Expected duration",
               s8="8. Consequences and possible complications if treatment is stopped",
               s9="9. Course and prognosis", s10="10. Needs for medical follow-up and care",
               s11="11. Can the patient travel?", yes="yes", no="no",
               s12="12. Attachments (specialists' reports, tests)",
               date="Date", sign="Doctor's signature and stamp", page="Page {i}/{n}"),
}


def drug(ill: str, lang: str) -> str:
    il = ILLNESSES[ill]
    return il.get("drug_l", {}).get(lang, il["drug"])


def _ill_text(c: Case, lang: str) -> dict:
    il = ILLNESSES[c.illness]
    return il[lang] if lang in il else il["nl"]


def _doctor_stamp_lines(doc: Doctor, lang: str, with_riziv: bool) -> list[str]:
    sp = SPECIALTY[doc.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
    lines = [doc.name("initial"), sp.capitalize() if sp else "", f"{doc.street}", f"{doc.pc} {doc.city}"]
    if with_riziv:
        lines.insert(2, ("INAMI " if lang == "fr" else "LIKIV " if lang == "de" else "RIZIV ") + doc.riziv)
    return [x for x in lines if x]


def make_medcert(c: Case, rng: random.Random, *, model: str, lang: str, hand: bool, typed_font: str = "sans",
                 dense: bool = False) -> tuple[list[Sheet], dict]:
    """The standard medical certificate.  Flags on the case leave fields empty or the signature out."""
    T = _ill_text(c, lang)
    F = c.flags
    doc = c.doctor
    hf = rng.choice(hand_fonts()) if hand else None
    ink = rng.choice([INK_BLUE, INK_BLACK, INK_BLUE])
    lf = font_ok("sans", "sans")
    cdate = fdate(c.cert_date, c.cert_date_style, lang)
    pat_name = "" if "mc_no_patient" in F else (name_in(c.p, "SURNAME Given") if rng.random() < 0.7
                                               else name_in(c.p, "Given SURNAME"))
    pat_bd = "" if "mc_no_patient" in F else fdate(c.p.birth_date, rng.choice(["dots", "slashes"]), lang)
    pat_nat = "" if "mc_no_patient" in F else COUNTRIES[c.p.nationality]["adj_" + lang]
    illness = "" if "mc_no_illness" in F else f"{T['name']} (ICD-10 {ILLNESSES[c.illness]['icd']})" \
        if model == "2024" or rng.random() < 0.5 else T["name"]
    history = T["history"] if "mc_no_illness" not in F else {
        "nl": "Patiënt(e) is bij mij gekend sinds 2024.", "fr": "Patient(e) suivi(e) depuis 2024.",
        "de": "Patient(in) seit 2024 in Betreuung.", "en": "Patient followed since 2024."}[lang]
    severity = "" if "mc_no_severity" in F else T["severity"]
    meds = "" if "mc_no_treatment" in F else "; ".join(T["meds"])
    interv = "" if "mc_no_treatment" in F else T["intervention"]
    dur = "" if "mc_no_treatment" in F else T["duration"]
    riz = "" if "mc_no_riziv" in F else doc.riziv
    signed = "mc_unsigned" not in F
    tags: dict[str, int] = {}
    paper_kind = rng.choice(["white", "white", "cream"])
    vsize = 9.6 if not dense else 9.0

    def new_sheet(i):
        sh = Sheet(paper=paper_kind)
        if i == 0:
            return sh, 12
        sh.text(20, 10, (MC_OLD if model == "old" else MC_NEW)[lang]["title"] + " – " + pat_name, font=lf,
                size_pt=7.5, color=GREY)
        return sh, 18

    fl = Flow(new_sheet, left=20, right=190, bottom=282, font=lf, size=vsize, leading=1.25)

    def answer(val, *, lines_min=1, tag=None, w_indent=2.0):
        """An answer: typed text or handwriting, or empty lines when val is empty."""
        if tag:
            fl.tag(tag)
        if hf:
            lh = 5.6
            ls = fl.sheet.wrap(val, (fl.right - fl.left - w_indent) * 0.8, font=hf, size_pt=10.5) if val else []
            n = max(lines_min, len(ls))
            for j in range(n):
                fl.ensure(lh)
                fl.sheet.rule(fl.left + w_indent, fl.y + lh - 0.6, fl.right, fl.y + lh - 0.6, width_mm=0.12,
                              color=(170, 170, 170), dash=0.6)
                if j < len(ls):
                    _hw(fl.sheet, fl.left + w_indent + rng.uniform(0, 1.5), fl.y + 0.3, ls[j], rng,
                                         size_pt=10.5, color=ink, font=hf)
                fl.y += lh
            fl.y += 1.2
        else:
            if val:
                fl.para(val, font=typed_font, size=vsize, indent=w_indent, gap=1.6)
            else:
                fl.y += max(1, lines_min) * vsize * MM_PT * 1.3 + 1.6

    if model == "old":
        M = MC_OLD[lang]
        sh = fl.sheet
        sh.text(105, 14, M["title"], font=font_ok("serif", "serif"), size_pt=14, bold=True, anchor="center")
        sh.text(105, 21, M["sub"], font=font_ok("serif", "serif"), size_pt=10.5, anchor="center")
        sh.text(105, 26, M["law"], font=font_ok("serif", "serif"), size_pt=9, anchor="center", italic=True)
        fl.y = 34
        fl.tag("patient")
        for lab, val in ((M["pat"], pat_name), (M["bd"], pat_bd), (M["nat"], pat_nat)):
            sh.text(20, fl.y, lab + (" :" if lang == "fr" else ":"), font=lf, size_pt=9.5, bold=True)
            x = 20 + sh.text_width(lab + " : ", font=lf, size_pt=9.5, bold=True) + 2
            sh.rule(x, fl.y + 4.6, 190, fl.y + 4.6, width_mm=0.12, color=(150, 150, 150), dash=0.5)
            if val:
                if hf:
                    _hw(sh, x + 1, fl.y - 0.6, val, rng, size_pt=11, font=hf, color=ink)
                else:
                    sh.text(x + 1, fl.y, val, font=typed_font, size_pt=vsize + 0.5)
            fl.y += 7
        fl.space(2)

        def q(t, bold=True):
            fl.para(t, bold=bold, size=8.8, gap=1.2, keep=3)

        q(M["A"]);
        answer(history, lines_min=2, tag="history")
        q(M["B"])
        if not dense:
            fl.para(M["Bn"], size=7.8, italic=True, gap=1.0, color=GREY)
        fl.para(M["diag"], size=8.8, gap=0.6, tag="illness")
        answer(illness, lines_min=1)
        fl.para(M["sev"], size=8.8, gap=0.6, tag="severity")
        answer(severity, lines_min=2)
        q(M["C"])
        fl.para(M["med"], size=8.8, gap=0.6, tag="treatment")
        answer(meds, lines_min=2)
        fl.para(M["interv"], size=8.8, gap=0.6)
        answer(interv, lines_min=1)
        fl.para(M["dur"], size=8.8, gap=0.6)
        answer(dur, lines_min=1)
        q(M["D"]); answer(T["consequences"], lines_min=2)
        q(M["E"]); answer(T["prognosis"], lines_min=1)
        q(M["F"]); answer(T["needs"], lines_min=1)
        q(M["G"]); answer(T["travel"], lines_min=1)
        fl.ensure(46)
        fl.tag("signature")
        y = fl.y + 2
        sh = fl.sheet
        sh.rule(20, y - 1, 190, y - 1, width_mm=0.3)
        sh.text(20, y + 2, M["date"], font=lf, size_pt=9.5, bold=True)
        if hf:
            _hw(sh, 38, y + 1.4, cdate, rng, size_pt=11.5, font=hf, color=ink)
        else:
            sh.text(38, y + 2, cdate, font=typed_font, size_pt=10)
        sh.text(20, y + 9, M["riziv"], font=lf, size_pt=9.5, bold=True)
        xr = 20 + sh.text_width(M["riziv"] + " ", font=lf, size_pt=9.5, bold=True) + 2
        if riz:
            if hf:
                _hw(sh, xr, y + 8.4, riz, rng, size_pt=11, font=hf, color=ink)
            else:
                sh.text(xr, y + 9, riz, font=typed_font, size_pt=10)
        sh.text(20, y + 16, M["spec"], font=lf, size_pt=8.5)
        sp = SPECIALTY[doc.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")
        if doc.spec != "gp":
            if hf:
                _hw(sh, 22 + sh.text_width(M["spec"] + " ", font=lf, size_pt=8.5), y + 15.2, sp, rng,
                               size_pt=10, font=hf, color=ink)
            else:
                sh.text(22 + sh.text_width(M["spec"] + " ", font=lf, size_pt=8.5), y + 16, sp, font=typed_font,
                        size_pt=9.5)
        sh.text(105, y + 2, M["sign"], font=lf, size_pt=9.5, bold=True)
        sx = 108
        if signed:
            sh.signature(sx + rng.uniform(0, 25), y + 16, 48, 17, rng, color=ink)
        if signed or rng.random() < 0.5:
            sh.stamp(sx + rng.uniform(-2, 36), y + 7, _doctor_stamp_lines(doc, lang, bool(riz)), rng, shape="rect",
                     color=rng.choice([STAMP_BLUE, STAMP_VIOLET, INK_BLACK]), size_mm=44)
        else:
            sh.text(sx, y + 10, doc.name(), font=typed_font, size_pt=10)
        fl.y = y + 40
    else:
        M = MC_NEW[lang]
        sh = fl.sheet
        sh.rect(20, 10, 170, 24, width_mm=0.4)
        sh.text(105, 12.5, M["title"], font=font_ok("sans4", "sans"), size_pt=13.5, bold=True, anchor="center")
        sh.paragraph(28, 19, 154, M["law"], font=lf, size_pt=7.8, align="center")
        sh.text(188, 36, M["model"], font=lf, size_pt=7, italic=True, color=GREY, anchor="right")
        fl.y = 40

        def sect(t):
            fl.ensure(14)
            fl.sheet.rect(20, fl.y, 170, 5.6, width_mm=0, fill=(228, 228, 228))
            fl.sheet.text(21.5, fl.y + 1.0, t, font=lf, size_pt=9, bold=True)
            fl.y += 7.2

        def kv(pairs, tag=None):
            if tag:
                fl.tag(tag)
            for lab, val in pairs:
                fl.ensure(7)
                fl.sheet.text(22, fl.y, lab + (" :" if lang == "fr" else ":"), font=lf, size_pt=8.8)
                x = 70
                fl.sheet.rule(x, fl.y + 4.4, 190, fl.y + 4.4, width_mm=0.12, color=(160, 160, 160), dash=0.5)
                if val:
                    if hf:
                        _hw(fl.sheet, x + 1, fl.y - 0.8, val, rng, size_pt=10.5, font=hf, color=ink)
                    else:
                        fl.sheet.text(x + 1, fl.y, val, font=typed_font, size_pt=vsize)
                fl.y += 6.3
            fl.y += 1

        sect(M["s1"])
        kv([(M["name"], "" if "mc_no_patient" in F else c.p.surname.upper()),
            (M["first"], "" if "mc_no_patient" in F else c.p.given_names),
            (M["bd"], pat_bd), (M["nat"], pat_nat)], tag="patient")
        sect(M["s2"])
        kv([(M["dname"], f"{doc.last.upper()} {doc.first}"), (M["riziv"], riz),
            (M["spec"], SPECIALTY[doc.spec].get(lang if lang in ("nl", "fr", "de") else "nl", "")),
            (M["daddr"], f"{doc.inst}, {doc.street}, {doc.pc} {doc.city}"), (M["tel"], doc.tel)], tag="doctor")
        sect(M["s3"])
        answer(fdate(date(c.cert_date.year - rng.choice([1, 2, 3]), rng.randint(1, 12), rng.randint(1, 28)),
                     "slashes" if lang == "fr" else "dots", lang))
        sect(M["s4"]); answer(history, lines_min=2, tag="history")
        sect(M["s5"]); answer(illness, lines_min=2, tag="illness")
        sect(M["s6"])
        fl.tag("severity")
        fl.ensure(8)
        x = 24
        chosen = -1 if "mc_no_severity" in F else (3 if "Zeer" in T["severity"] or "Très" in T["severity"]
                                                   or "Sehr" in T["severity"] or "Very" in T["severity"] else 2)
        for i, o in enumerate(M["sevopts"]):
            fl.sheet.checkbox(x, fl.y, 3.4, checked=(i == chosen), rng=rng if hf else None)
            fl.sheet.text(x + 5, fl.y + 0.1, o, font=lf, size_pt=8.8)
            x += 9 + fl.sheet.text_width(o, font=lf, size_pt=8.8) + 8
        fl.y += 6
        fl.para(M["s6b"], size=8.5, gap=0.6)
        answer(severity, lines_min=2)
        sect(M["s7"])
        fl.tag("treatment")
        fl.para(M["s7a"], size=8.5, gap=0.6); answer(meds, lines_min=2)
        fl.para(M["s7b"], size=8.5, gap=0.6); answer(interv, lines_min=1)
        fl.para(M["s7c"], size=8.5, gap=0.6); answer(dur, lines_min=1)
        sect(M["s8"]); answer(T["consequences"], lines_min=2)
        sect(M["s9"]); answer(T["prognosis"], lines_min=1)
        sect(M["s10"]); answer(T["needs"], lines_min=1)
        sect(M["s11"])
        fl.ensure(8)
        can = "contra" not in T["travel"] and "Niet" not in T["travel"] and "Ne peut" not in T["travel"]
        fl.sheet.checkbox(24, fl.y, 3.4, checked=can, rng=rng if hf else None)
        fl.sheet.text(29, fl.y + 0.1, M["yes"], font=lf, size_pt=8.8)
        fl.sheet.checkbox(44, fl.y, 3.4, checked=not can, rng=rng if hf else None)
        fl.sheet.text(49, fl.y + 0.1, M["no"], font=lf, size_pt=8.8)
        fl.y += 6
        answer(T["travel"], lines_min=1)
        sect(M["s12"])
        att = {"nl": "Verslag specialist; laboresultaten", "fr": "Rapport du spécialiste ; résultats de laboratoire",
               "de": "Facharztbericht; Laborbefunde", "en": "Specialist report; laboratory results"}[lang]
        answer(att, lines_min=1)
        fl.ensure(42)
        fl.tag("signature")
        y = fl.y + 2
        sh = fl.sheet
        sh.rect(20, y, 170, 36, width_mm=0.3)
        sh.rule(70, y, 70, y + 36, width_mm=0.3)
        sh.text(22, y + 1.5, M["date"], font=lf, size_pt=8.8, bold=True)
        sh.text(72, y + 1.5, M["sign"], font=lf, size_pt=8.8, bold=True)
        if hf:
            _hw(sh, 23, y + 12, cdate, rng, size_pt=11.5, font=hf, color=ink)
        else:
            sh.text(23, y + 12, cdate, font=typed_font, size_pt=10.5)
        if signed:
            sh.signature(78 + rng.uniform(0, 45), y + 14, 50, 18, rng, color=ink)
        if signed or rng.random() < 0.5:
            sh.stamp(120 + rng.uniform(-20, 20), y + 5, _doctor_stamp_lines(doc, lang, bool(riz)), rng,
                     shape="rect", color=rng.choice([STAMP_BLUE, STAMP_VIOLET]), size_mm=42)
        fl.y = y + 40
        number_pages(fl.sheets, M["page"], y=289, x=190, anchor="right")
    return fl.sheets, fl.tags


# --------------------------------------------------------------------------
# medical statements (specialist letters, lab, discharge letters)
# --------------------------------------------------------------------------

def _hospital_head(sh: Sheet, doc: Doctor, lang: str, rng: random.Random, style: int) -> float:
    if style == 0:
        sh.rect(20, 12, 10, 10, width_mm=0, fill=(0, 110, 130))
        sh.rect(23, 15, 4, 4, width_mm=0, fill=(255, 255, 255))
        sh.text(33, 12, doc.inst, font=font_ok("sans4", "sans"), size_pt=14, bold=True, color=(0, 90, 110))
        sh.text(33, 19, doc.dept, font=font_ok("sans4", "sans"), size_pt=9, color=GREY)
        sh.text(190, 12, doc.street, font="sans", size_pt=7.5, color=GREY, anchor="right")
        sh.text(190, 15.5, f"{doc.pc} {doc.city}", font="sans", size_pt=7.5, color=GREY, anchor="right")
        sh.text(190, 19, f"T {doc.tel}", font="sans", size_pt=7.5, color=GREY, anchor="right")
        sh.rule(20, 27, 190, 27, width_mm=0.5, color=(0, 110, 130))
        return 34
    sh.text(105, 12, doc.inst.upper(), font=font_ok("serif2", "serif"), size_pt=13, bold=True, anchor="center",
            color=(120, 20, 40))
    sh.text(105, 19, doc.dept, font=font_ok("serif2", "serif"), size_pt=9.5, anchor="center", italic=True)
    sh.text(105, 24, f"{doc.street} – {doc.pc} {doc.city} – {doc.tel}", font="sans", size_pt=7.5, anchor="center",
            color=GREY)
    return 33


def make_medstat_letter(c: Case, rng: random.Random, *, lang: str, kind: str, head_style: int,
                        font: str) -> tuple[list[Sheet], dict]:
    """kind: specialist | discharge | consult"""
    T = _ill_text(c, lang)
    doc = c.specialist if "medcert_absent" not in c.flags else c.doctor
    gp = c.doctor if doc is not c.doctor else c.specialist
    d = c.medstat_date
    il = ILLNESSES[c.illness]

    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            return sh, _hospital_head(sh, doc, lang, rng, head_style)
        return sh, 20

    fl = Flow(new_sheet, left=25, right=185, bottom=275, font=font, size=10)
    pn = name_in(c.p, rng.choice(["SURNAME Given", "Given SURNAME", "Surname Given"]))
    bd = fdate(c.p.birth_date, "dots" if lang != "fr" else "slashes", lang)
    if lang == "nl":
        fl.line(f"{doc.city}, {fdate(d, 'long', 'nl')}", x=185, anchor="right")
        fl.space(2)
        if kind == "discharge":
            fl.para("ONTSLAGBRIEF", bold=True, size=13, gap=2)
            adm = d - timedelta(days=rng.randint(5, 14))
            fl.para(f"Patiënt: {pn} – geboren {bd}\nOpname: {fdate(adm, 'dots')}  –  Ontslag: {fdate(d, 'dots')}\n"
                    f"Afdeling: {doc.dept}", gap=3, tag="patient")
            fl.para(f"Aan: {gp.name()}, {gp.inst}, {gp.street}, {gp.pc} {gp.city}", gap=4, size=9)
            sections = [("Reden van opname", T["history"]),
                        ("Diagnose bij ontslag", f"{T['name']} (ICD-10 {il['icd']})."),
                        ("Klinisch verloop", T["severity"]),
                        ("Ontslagmedicatie", "\n".join("– " + m for m in T["meds"])),
                        ("Beleid en afspraken", T["needs"] + " " + T["intervention"])]
        else:
            fl.para(f"Aan {gp.name()}\n{gp.inst}\n{gp.street}\n{gp.pc} {gp.city}", gap=4)
            fl.para(f"Betreft: {pn}, °{bd}", bold=True, gap=3, tag="patient")
            fl.para("Geachte collega,", gap=2)
            fl.para(f"Uw patiënt{'e' if c.fem else ''} werd op {fdate(d, 'dots')} gezien op onze raadpleging. "
                    f"{T['history']}", align="justify")
            sections = [("Diagnose", f"{T['name']}."), ("Ernst", T["severity"]),
                        ("Behandeling", "; ".join(T["meds"]) + ". " + T["intervention"] + " Duur: " +
                         T["duration"].lower()),
                        ("Beleid", f"{T['needs']} Bij stopzetting: {T['consequences'][0].lower()}"
                                   f"{T['consequences'][1:]}")]
        closing, role = "Met collegiale groeten,", SPECIALTY[doc.spec]["nl"]
        rz = f"RIZIV {doc.riziv}"
    else:
        fl.line(f"{doc.city}, le {fdate(d, 'long', 'fr')}", x=185, anchor="right")
        fl.space(2)
        if kind == "consult":
            fl.para("RAPPORT DE CONSULTATION", bold=True, size=13, gap=2)
            fl.para(f"Patient{'e' if c.fem else ''} : {pn}, né{'e' if c.fem else ''} le {bd}\n"
                    f"Date de la consultation : {fdate(d, 'slashes')}\nMédecin traitant : {gp.name()}", gap=3,
                    tag="patient")
            sections = [("Anamnèse", T["history"]), ("Diagnostic", f"{T['name']} (CIM-10 {il['icd']})."),
                        ("Gravité", T["severity"]),
                        ("Traitement", "; ".join(T["meds"]) + ". " + T["intervention"]),
                        ("Conclusion", T["prognosis"] + " " + T["needs"])]
        else:
            fl.para(f"{gp.name()}\n{gp.inst}\n{gp.street}\n{gp.pc} {gp.city}", gap=4)
            fl.para(f"Concerne : {pn} (°{bd})", bold=True, gap=3, tag="patient")
            fl.para("Cher Confrère, chère Consœur,", gap=2)
            fl.para(f"J'ai revu votre patient{'e' if c.fem else ''} en consultation le {fdate(d, 'slashes')}. "
                    f"{T['history']}", align="justify")
            sections = [("Diagnostic", f"{T['name']}."), ("Degré de gravité", T["severity"]),
                        ("Traitement en cours", "; ".join(T["meds"]) + ". " + T["intervention"]),
                        ("Suivi", f"{T['needs']} En cas d'interruption : {T['consequences'][0].lower()}"
                                  f"{T['consequences'][1:]}")]
        closing, role = "Bien confraternellement,", SPECIALTY[doc.spec]["fr"]
        rz = f"INAMI {doc.riziv}"
    for h, t in sections:
        fl.para(h + ("" if lang == "fr" and kind != "consult" else ""), bold=True, gap=0.8, keep=3)
        fl.para(t, align="justify", gap=2.5)
    if kind == "specialist" and lang == "nl" and rng.random() < 0.6:
        fl.para("Labo " + fdate(d - timedelta(days=3), "dots") + ": " +
                ", ".join(f"{a} {b} {u}" for a, b, u, _ in il["lab"][:3]) + ".", size=9, gap=3)
    fl.ensure(30)
    fl.para(closing, gap=1)
    fl.tag("signature")
    y = fl.y
    fl.sheet.signature(25, y, 45, 15, rng, color=rng.choice([INK_BLUE, INK_BLACK]))
    fl.sheet.text(25, y + 17, doc.name(), font=font, size_pt=10)
    fl.sheet.text(25, y + 21.5, f"{role.capitalize()} – {rz}", font=font, size_pt=8.5, color=GREY)
    fl.y = y + 28
    for sh in fl.sheets:
        sh.text(105, 289, f"{doc.inst} · {doc.street} · {doc.pc} {doc.city}", font="sans", size_pt=7,
                color=GREY, anchor="center")
    return fl.sheets, fl.tags


def make_lab_report(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    il = ILLNESSES[c.illness]
    doc = c.specialist
    d = c.medstat_date - timedelta(days=rng.randint(1, 10))
    sh = Sheet()
    fr = lang == "fr"
    sh.text(20, 12, ("Laboratoire de biologie clinique" if fr else "Laboratorium klinische biologie"),
            font=font_ok("sans2", "sans"), size_pt=13, bold=True)
    sh.text(20, 18.5, doc.inst + " – " + doc.city, font=font_ok("sans2", "sans"), size_pt=9, color=GREY)
    sh.text(190, 12, ("Agrément " if fr else "Erkenning ") + f"8-{rng.randint(10000, 99999)}-{rng.randint(10, 99)}",
            font="sans", size_pt=7.5, color=GREY, anchor="right")
    sh.rect(110, 26, 80, 30, width_mm=0.3)
    lbl = ["Patient" + ("(e)" if fr else "(e)"), "Né(e) le" if fr else "Geb.datum", "N° échantillon" if fr else
           "Staalnummer", "Prélevé le" if fr else "Afname", "Prescripteur" if fr else "Aanvrager"]
    vals = [name_in(c.p, "SURNAME Given"), fdate(c.p.birth_date, "slashes" if fr else "dots"),
            f"{d:%y%m%d}{rng.randint(1000, 9999)}", fdate(d, "slashes" if fr else "dots") + f" {rng.randint(7, 11)}:"
            f"{rng.randint(10, 59)}", doc.name("initial")]
    y = 28
    for a, b in zip(lbl, vals):
        sh.text(112, y, a, font="sans", size_pt=8, color=GREY)
        sh.text(140, y, b, font="sans", size_pt=8.5, bold=(a == lbl[0]))
        y += 5.2
    sh.text(20, 62, "RÉSULTATS" if fr else "RESULTATEN", font="sans", size_pt=11, bold=True)
    cols = [("Analyse", 20), ("Résultat" if fr else "Resultaat", 90), ("Unité" if fr else "Eenheid", 120),
            ("Valeurs de référence" if fr else "Referentiewaarden", 145)]
    y = 70
    sh.rule(20, y - 1, 190, y - 1, width_mm=0.3)
    for t, x in cols:
        sh.text(x, y, t, font="sans", size_pt=8.5, bold=True)
    y += 6
    sh.rule(20, y - 1.5, 190, y - 1.5, width_mm=0.2)
    for a, b, u, ref in il["lab"]:
        sh.text(20, y, a, font="mono", size_pt=9)
        sh.text(90, y, b, font="mono", size_pt=9, bold=True)
        sh.text(120, y, u, font="mono", size_pt=9)
        sh.text(145, y, ref, font="mono", size_pt=9)
        y += 6
    sh.rule(20, y, 190, y, width_mm=0.2)
    y += 6
    note = ("Résultats validés biologiquement. " if fr else "Biologisch gevalideerde resultaten. ") + \
           ("Diagnostic clinique : " if fr else "Klinische inlichtingen: ") + _ill_text(c, lang)["name"] + "."
    y = sh.paragraph(20, y, 170, note, font="sans", size_pt=8.5)
    sh.text(20, y + 8, ("Validé par : " if fr else "Gevalideerd door: ") + f"Dr. {rng.choice(['M. Claessens', 'F. Wéry', 'P. Hubert', 'L. Segers'])}, "
            + ("biologiste clinique" if fr else "klinisch bioloog"), font="sans", size_pt=8.5)
    sh.text(105, 288, "1/1", font="sans", size_pt=7.5, color=GREY, anchor="center")
    return [sh], {"patient": 1}

# --------------------------------------------------------------------------
# country-of-origin information
# --------------------------------------------------------------------------

def make_coi_ngo_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    cn = o["en"]
    sh = Sheet()
    sh.rect(0, 0, 210, 18, width_mm=0, fill=(35, 80, 60))
    sh.text(15, 5, "HEALTH ACCESS MONITOR", font=font_ok("sans5", "sans"), size_pt=14, bold=True, color=(255, 255, 255))
    sh.text(195, 6.5, f"Country report {cn} · {c.cert_date.year}", font="sans", size_pt=8.5, color=(230, 240, 230),
            anchor="right")
    sh.text(15, 24, f"{cn}: access to treatment for chronic conditions", font=font_ok("serif4", "serif"),
            size_pt=15, bold=True)
    sh.text(15, 31.5, "Extract – chapter 4, pp. 14–15", font="sans", size_pt=8.5, color=GREY, italic=True)
    col = [(15, 96), (109, 195)]
    body = [
        f"4.1 Availability. According to interviews with health workers at {o['hospital']} and two private "
        f"clinics in {o['capital']}, {il['drug']} is available in the capital, but supply is irregular. Stock-outs "
        f"of two to six weeks were reported in 2025 and 2026. Outside {o['capital']} the treatment is generally "
        f"not available.",
        f"4.2 Cost. The monthly cost of the treatment was reported at about {il['cost']}, excluding laboratory "
        f"tests and consultations. The average monthly wage is about {o['wage']}.",
        f"4.3 Accessibility. {o['insurance_en']} Patients without family support or formal employment interrupt "
        f"treatment frequently; several respondents described selling assets to pay for medicines.",
        "4.4 Returnees. Persons returning after a long stay abroad have no priority access and must register anew "
        "with local health structures, which may take several months.",
        "4.5 Conclusion. Although the treatment exists on paper, its continuity cannot be guaranteed and its cost "
        "places it beyond the reach of most patients.",
    ]
    x0, x1 = col[0]
    y = 40
    ci = 0
    total = sum(len(sh.wrap(b, x1 - x0, font="serif", size_pt=9.5)) * 4.4 + 2.5 for b in body)
    limit = min(275, 40 + total / 2 + 6)
    for para in body:
        lines = sh.wrap(para, x1 - x0, font="serif", size_pt=9.5)
        for ln in lines:
            if y > limit and ci == 0:
                ci += 1
                x0, x1 = col[min(ci, 1)]
                y = 40
            sh.text(x0, y, ln, font="serif", size_pt=9.5)
            y += 4.4
        y += 2.5
    sh.rule(15, 280, 195, 280, width_mm=0.2, color=GREY)
    sh.text(15, 282, "Sources: field interviews (2026); WHO Global Health Expenditure Database; national pharmaceutical "
                     "price lists.", font="sans", size_pt=6.8, color=GREY)
    sh.text(195, 289, "14", font="sans", size_pt=8, anchor="right")
    return [sh], {"coi": 1}


def make_coi_medcoi_en(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    sh = Sheet()
    sh.text(20, 14, "MedCOI", font=font_ok("sans4", "sans"), size_pt=18, bold=True, color=(0, 70, 140))
    sh.text(54, 17, "Medical Country of Origin Information – response", font="sans", size_pt=9, color=GREY)
    ref = f"BMA-{rng.randint(14000, 19999)}"
    rows = [("Request ID", ref), ("Country", o["en"]), ("Date of response", fdate(c.cert_date - timedelta(days=rng.randint(20, 60)), "iso")),
            ("Required treatment", il["drug"]), ("Specialist follow-up", SPECIALTY[il["spec"]]["en"]),
            ("Availability", f"Available – {o['hospital']} (public). Irregular supply reported."),
            ("Accessibility / cost", f"About {il['cost']} per month, paid by the patient. {o['insurance_en']}"),
            ("Remarks", "This response concerns availability at the facility named. It is not a statement on the "
                        "individual's access to the treatment.")]
    y = 28
    for k, v in rows:
        lines = sh.wrap(v, 118, font="sans", size_pt=9)
        h = max(8, 3 + 4.4 * len(lines))
        sh.rect(20, y, 50, h, width_mm=0.25, fill=(236, 242, 250))
        sh.rect(70, y, 120, h, width_mm=0.25)
        sh.text(22, y + 1.8, k, font="sans", size_pt=9, bold=True)
        yy = y + 1.8
        for ln in lines:
            sh.text(72, yy, ln, font="sans", size_pt=9)
            yy += 4.4
        y += h
    sh.paragraph(20, y + 6, 170, "Disclaimer: the information is compiled by local doctors and medical experts "
                 "and is meant to inform decisions on medical claims. It is not medical advice.", font="sans",
                 size_pt=7.5, color=GREY)
    return [sh], {"coi": 1}


def make_coi_fr_note(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    cn = o["fr"]
    def new_sheet(i):
        sh = Sheet()
        if i == 0:
            sh.text(20, 14, "CISE asbl", font=font_ok("serif5", "serif"), size_pt=16, bold=True)
            sh.text(20, 21, "Centre d'information sur les soins à l'étranger – Rue de la Victoire 96, 1060 Bruxelles",
                    font="sans", size_pt=8, color=GREY)
            sh.rule(20, 25, 190, 25, width_mm=0.4)
            return sh, 32
        return sh, 20
    fl = Flow(new_sheet, left=22, right=188, font=font_ok("serif5", "serif"), size=10)
    fl.para(f"NOTE : Disponibilité et accessibilité du traitement – {cn}", bold=True, size=12, gap=1)
    fl.para(f"Pathologie : {_ill_text(c, 'fr')['name']}  ·  mise à jour : {fdate(c.cert_date - timedelta(days=30), 'long', 'fr')}",
            size=9, italic=True, gap=4)
    fl.para("1. Disponibilité", bold=True, gap=1)
    fl.para(f"Le traitement requis ({drug(c.illness, 'fr')}) est mentionné sur la liste nationale des médicaments essentiels, "
            f"mais n'est effectivement disponible qu'à {o['hospital']}. Des ruptures de stock fréquentes sont "
            f"signalées par les associations de patients.", align="justify", tag="coi")
    fl.para("2. Accessibilité", bold=True, gap=1)
    fl.para(f"Le coût mensuel est estimé à {il['cost']}, hors examens. Le revenu mensuel moyen est de {o['wage']}. "
            f"{o['insurance_fr']}", align="justify")
    fl.para("3. Conclusion", bold=True, gap=1)
    fl.para("Pour une personne sans revenu stable ni soutien familial, la continuité du traitement ne peut pas "
            "être assurée.", align="justify")
    return fl.sheets, fl.tags


def make_coi_nl_web(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = COUNTRIES[c.origin()]
    il = ILLNESSES[c.illness]
    cn = o["nl"]
    sh = Sheet()
    url = f"https://www.zorgwijzer-herkomstlanden.be/landen/{o['en'].lower().replace(' ', '-')}/{c.illness}"
    sh.text(10, 6, fdate(c.app_date - timedelta(days=rng.randint(1, 10)), "short") + " " +
            f"{rng.randint(9, 17)}:{rng.randint(10, 59)}", font="sans", size_pt=7.5)
    sh.text(105, 6, f"Zorg in {cn} – Zorgwijzer Herkomstlanden", font="sans", size_pt=7.5, anchor="center")
    sh.text(10, 290, url, font="sans", size_pt=7.5)
    sh.text(200, 290, "1/1", font="sans", size_pt=7.5, anchor="right")
    sh.rect(15, 14, 180, 12, width_mm=0, fill=(242, 110, 34))
    sh.text(20, 17, "Zorgwijzer Herkomstlanden", font=font_ok("sans3", "sans"), size_pt=13, bold=True,
            color=(255, 255, 255))
    sh.text(20, 33, f"{cn}: toegang tot zorg – {lcfirst(_ill_text(c, 'nl')['name'].split(',')[0].split('(')[0].strip())}", font=font_ok("sans3", "sans"), size_pt=15, bold=True)
    body = (f"Beschikbaarheid\nVolgens onze contactpersonen ter plaatse is de behandeling beschikbaar in "
            f"{o['hospital']}, maar zijn er regelmatig tekorten. Buiten {o['capital']} is zij niet beschikbaar.\n\n"
            f"Toegankelijkheid\nDe patiënt betaalt ongeveer {il['cost']} per maand. Het gemiddelde maandloon "
            f"bedraagt {o['wage']}. {o['insurance_nl']}\n\n"
            f"Laatst bijgewerkt: {fdate(c.app_date - timedelta(days=90), 'long', 'nl')}")
    sh.paragraph(20, 45, 170, body, font=font_ok("sans3", "sans"), size_pt=10, leading=1.45)
    return [sh], {"coi": 1}


# --------------------------------------------------------------------------
# asylum proofs
# --------------------------------------------------------------------------

def make_annex26(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    a = c.asylum
    sh = Sheet(paper=rng.choice(["white", "cream"]))
    nl = lang == "nl"
    sh.text(190, 12, "BIJLAGE 26" if nl else "ANNEXE 26", font="sans", size_pt=12, bold=True, anchor="right")
    sh.text(20, 12, "KONINKRIJK BELGIË" if nl else "ROYAUME DE BELGIQUE", font="sans", size_pt=9, bold=True)
    sh.text(20, 17, "Federale Overheidsdienst Binnenlandse Zaken" if nl else "Service public fédéral Intérieur",
            font="sans", size_pt=8.5)
    sh.text(20, 21.5, "Dienst Vreemdelingenzaken" if nl else "Office des Étrangers", font="sans", size_pt=8.5)
    title = ("ATTEST VAN INDIENING VAN EEN VERZOEK OM INTERNATIONALE BESCHERMING" if nl else
             "ATTESTATION D'INTRODUCTION D'UNE DEMANDE DE PROTECTION INTERNATIONALE")
    sh.paragraph(20, 32, 170, title, font="sans", size_pt=11.5, bold=True, align="center")
    sh.rect(150, 48, 35, 45, width_mm=0.3)
    sh.photo(151, 49, 33, 43, rng)
    ov = c.ov or ov_number(rng)
    rows = ([("Dossiernummer (O.V.)", ov), ("Naam", c.p.surname.upper()), ("Voornaam", c.p.given_names),
             ("Geboren te", f"{c.p.birth_place}"), ("op", fdate(c.p.birth_date, "dots")),
             ("Nationaliteit (verklaard)", COUNTRIES[c.p.nationality]["adj_nl"]),
             ("Geslacht", "V" if c.fem else "M")] if nl else
            [("Numéro de dossier (S.P.)", ov), ("Nom", c.p.surname.upper()), ("Prénom", c.p.given_names),
             ("Né(e) à", c.p.birth_place), ("le", fdate(c.p.birth_date, "slashes")),
             ("Nationalité (déclarée)", COUNTRIES[c.p.nationality]["adj_fr"]), ("Sexe", "F" if c.fem else "M")])
    y = 50
    for k, v in rows:
        sh.text(20, y, k + ":" if nl else k + " :", font="sans", size_pt=9.5)
        sh.text(68, y, v, font="typewriter", size_pt=10.5, bold=True)
        y += 6.4
    y += 8
    lodged = fdate(a["lodged"], "dots" if nl else "slashes")
    txt = (f"Betrokkene heeft op {lodged} bij de Dienst Vreemdelingenzaken een verzoek om internationale bescherming "
           f"ingediend. Het verzoek wordt overgemaakt aan het Commissariaat-generaal voor de Vluchtelingen en de "
           f"Staatlozen.\n\nVerplichte plaats van inschrijving: {a.get('centre', 'Opvangcentrum Fedasil Klein-Kasteeltje, Brussel')}.\n\n"
           f"Dit attest is geen identiteitsbewijs of nationaliteitsbewijs. Het wordt op basis van de verklaringen "
           f"van betrokkene opgesteld." if nl else
           f"L'intéressé(e) a introduit le {lodged} auprès de l'Office des Étrangers une demande de protection "
           f"internationale. La demande est transmise au Commissaire général aux réfugiés et aux apatrides.\n\n"
           f"Lieu obligatoire d'inscription : {a.get('centre', 'Centre Fedasil du Petit-Château, Bruxelles')}.\n\n"
           f"La présente attestation ne constitue pas une preuve d'identité ou de nationalité. Elle est établie sur "
           f"la base des déclarations de l'intéressé(e).")
    y = sh.paragraph(20, y, 170, txt, font="sans", size_pt=9.5)
    y += 6
    place = "Brussel" if nl else "Bruxelles"
    sh.text(20, y, f"{place}, {lodged}", font="sans", size_pt=9.5)
    sh.text(120, y, "Voor de Minister, de gemachtigde:" if nl else "Pour le Ministre, le délégué :", font="sans",
            size_pt=9)
    sh.signature(125, y + 5, 40, 15, rng, color=INK_BLACK)
    sh.stamp(92, y + 2, ["DIENST VREEMDELINGENZAKEN" if nl else "OFFICE DES ÉTRANGERS", "★", "BRUSSEL" if nl else
                         "BRUXELLES"], rng, shape="round", color=STAMP_VIOLET, size_mm=30)
    y += 34
    sh.rule(20, y, 190, y, width_mm=0.2, dash=1.0)
    sh.text(20, y + 3, "Verlengingen:" if nl else "Prorogations :", font="sans", size_pt=9, bold=True)
    ext = a["lodged"] + timedelta(days=120)
    k = 0
    while ext < c.app_date and k < 3:
        sh.stamp(22 + k * 56, y + 9, [("Verlengd tot" if nl else "Prorogé jusqu'au"),
                                      fdate(min(ext + timedelta(days=90), c.app_date + timedelta(days=60)), "dots"),
                                      c.addr.city], rng, shape="rect", color=STAMP_BLUE, size_mm=34)
        ext += timedelta(days=90)
        k += 1
    return [sh], {"asylum": 1}


def make_cgvs_attest(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    a = c.asylum
    nl = lang == "nl"
    sh = Sheet()
    sh.text(20, 14, "Commissariaat-generaal voor de Vluchtelingen en de Staatlozen" if nl else
            "Commissariat général aux réfugiés et aux apatrides", font=font_ok("sans2", "sans"), size_pt=12, bold=True,
            color=(10, 60, 120))
    sh.text(20, 20.5, "Ernest Blerotstraat 39 – 1070 Brussel" if nl else "Rue Ernest Blerot 39 – 1070 Bruxelles",
            font="sans", size_pt=8.5, color=GREY)
    sh.rule(20, 25, 190, 25, width_mm=0.6, color=(10, 60, 120))
    ref = f"{a['lodged'].year % 100:02d}/{rng.randint(10000, 29999)}"
    sh.text(20, 32, ("Ons kenmerk: " if nl else "Notre référence : ") + ref, font="sans", size_pt=9)
    sh.text(20, 37, ("O.V.: " if nl else "S.P. : ") + (c.ov or ov_number(rng)), font="sans", size_pt=9)
    sh.text(190, 32, ("Brussel, " if nl else "Bruxelles, le ") + fdate(c.app_date - timedelta(days=rng.randint(10, 40)),
                                                                         "long", lang), font="sans", size_pt=9.5,
            anchor="right")
    sh.text(105, 52, "ATTEST" if nl else "ATTESTATION", font=font_ok("sans2", "sans"), size_pt=15, bold=True,
            anchor="center")
    who = name_in(c.p, "SURNAME Given")
    lodged = fdate(a["lodged"], "long", lang)
    txt = (f"De Commissaris-generaal voor de Vluchtelingen en de Staatlozen bevestigt dat {who}, geboren op "
           f"{fdate(c.p.birth_date, 'dots')}, die verklaart de {COUNTRIES[c.p.nationality]['adj_nl']} nationaliteit te "
           f"bezitten, op {lodged} een verzoek om internationale bescherming heeft ingediend.\n\n"
           f"Op de datum van dit attest werd over dit verzoek nog geen beslissing genomen; het verzoek is in "
           f"behandeling bij het Commissariaat-generaal.\n\nDit attest wordt afgeleverd op vraag van de betrokkene "
           f"om te dienen als bewijs bij de Dienst Vreemdelingenzaken."
           if nl else
           f"Le Commissaire général aux réfugiés et aux apatrides atteste que {who}, né{'e' if c.fem else ''} le "
           f"{fdate(c.p.birth_date, 'slashes')}, qui déclare être de nationalité "
           f"{COUNTRIES[c.p.nationality]['adj_fr']}, a introduit le {lodged} une demande de protection "
           f"internationale.\n\nÀ la date de la présente, cette demande n'a pas encore fait l'objet d'une décision ; "
           f"elle est en cours d'examen au Commissariat général.\n\nLa présente attestation est délivrée à la "
           f"demande de l'intéressé{'e' if c.fem else ''} pour servir auprès de l'Office des Étrangers.")
    y = sh.paragraph(25, 64, 160, txt, font=font_ok("serif", "serif"), size_pt=11, align="justify")
    sh.text(120, y + 12, "Voor de Commissaris-generaal," if nl else "Pour le Commissaire général,",
            font=font_ok("serif", "serif"), size_pt=10.5)
    sh.signature(122, y + 18, 45, 16, rng, color=INK_BLUE)
    sh.text(120, y + 37, rng.choice(["K. Verbeke", "A. Mertens", "S. Delforge", "C. Huysmans"]) +
            (", attaché" if nl else ", attaché(e)"), font=font_ok("serif", "serif"), size_pt=10)
    sh.stamp(75, y + 14, ["CGVS" if nl else "CGRA", "★", "BRUSSEL" if nl else "BRUXELLES"], rng, shape="round",
             color=STAMP_BLUE, size_mm=28)
    return [sh], {"asylum": 1}

# --------------------------------------------------------------------------
# proof of registered posting
# --------------------------------------------------------------------------
ADDRESSEES_OK = [
    ["Dienst Vreemdelingenzaken", "Pachecolaan 44", "1000 Brussel"],
    ["DVZ – Dienst Medisch Verblijf", "Pachecolaan 44", "1000 BRUSSEL"],
    ["Office des Étrangers", "Boulevard Pachéco 44", "1000 Bruxelles"],
    ["Office des Etrangers - 9ter", "Bd Pachéco 44", "1000 BRUXELLES"],
]
ADDRESSEES_WRONG = [
    ["CGVS", "Ernest Blerotstraat 39", "1070 Brussel"],
    ["Raad voor Vreemdelingenbetwistingen", "Gaucheretstraat 92-94", "1030 Brussel"],
    ["CGRA", "Rue Ernest Blerot 39", "1070 Bruxelles"],
    ["Conseil du Contentieux des Étrangers", "Rue Gaucheret 92-94", "1030 Bruxelles"],
    ["Fedasil", "Kartuizersstraat 21", "1000 Brussel"],
]


def _sent_by_lawyer(c: Case) -> bool:
    if "no_address" in c.flags:
        return True
    return bool(c.lawyer) and c.lawyer["pc"] in POST_OFFICES and c.seed % 3 != 0


def _sender_lines(c: Case) -> list[str]:
    if _sent_by_lawyer(c):
        return [c.lawyer["firm"], c.lawyer["street"], f"{c.lawyer['pc']} {c.lawyer['city']}"]
    a = c.addr
    return [name_in(c.p, "Given SURNAME"), f"{a.street} {a.number}" + (f" bus {a.box}" if a.box else ""),
            f"{a.postcode} {a.city}"]


POST_OFFICES = {"9000": "Gent Zuid", "2060": "Antwerpen Centraal", "2140": "Borgerhout", "3000": "Leuven",
                "2800": "Mechelen", "8500": "Kortrijk", "3500": "Hasselt", "9300": "Aalst", "1030": "Schaerbeek",
                "1210": "Saint-Josse", "1080": "Molenbeek", "1000": "Bruxelles De Brouckère", "1070": "Anderlecht",
                "4000": "Liège Centre", "6000": "Charleroi", "5000": "Namur", "7000": "Mons",
                "1348": "Louvain-la-Neuve", "4700": "Eupen", "4780": "Sankt Vith", "1050": "Ixelles",
                "2000": "Antwerpen Centrum"}


def _post_office(c: Case) -> str:
    pc = c.lawyer["pc"] if _sent_by_lawyer(c) else c.addr.postcode
    return f"{pc} {POST_OFFICES.get(pc, c.addr.city)}"


def make_receipt_counter(c: Case, rng: random.Random, *, style: str) -> tuple[list[Sheet], dict]:
    """A thermal counter receipt (bpost)."""
    to = c.rm_to
    sh = Sheet(80, 150 if style == "a" else 135, paper="white")
    f = "mono" if style == "a" else "typewriter3"
    y = 6
    sh.text(40, y, "bpost", font=font_ok("sans4", "sans"), size_pt=20, bold=True, anchor="center",
            color=(200, 30, 40) if style == "a" else (0, 0, 0))
    y += 11
    for s in [_post_office(c), f"Loket {rng.randint(1, 6)}  -  Guichet", ""]:
        sh.text(40, y, s, font=f, size_pt=7.5, anchor="center")
        y += 3.6
    when = c.rm_date
    sh.text(6, y, f"{fdate(when, 'dots')}  {rng.randint(9, 16):02d}:{rng.randint(0, 59):02d}", font=f, size_pt=7.5)
    sh.text(74, y, f"Tr. {rng.randint(1000, 9999)}", font=f, size_pt=7.5, anchor="right")
    y += 6
    lines = (["AANGETEKENDE ZENDING", "ENVOI RECOMMANDE", "Nationaal / National"] if style == "a"
             else ["ENVOI RECOMMANDE", "AANGETEKEND", "Belgique - Belgie"])
    for s in lines:
        sh.text(40, y, s, font=f, size_pt=8.5, bold=True, anchor="center")
        y += 4.2
    y += 2
    barcode(sh, 10, y, 60, 11, c.rm_track)
    y += 12.5
    t = c.rm_track
    sh.text(40, y, track_spaced(t), font=f, size_pt=7.5, anchor="center")
    y += 6
    sh.text(6, y, "Bestemmeling/Destinataire:", font=f, size_pt=7)
    y += 3.6
    for s in to:
        sh.text(8, y, s, font=f, size_pt=7.5)
        y += 3.6
    y += 2
    sh.text(6, y, "Gewicht/Poids   0,096 kg", font=f, size_pt=7)
    y += 3.6
    price = rng.choice(["9,68", "9,96", "10,40"])
    sh.text(6, y, "Aangetekend/Recommande", font=f, size_pt=7)
    sh.text(74, y, f"EUR {price}", font=f, size_pt=7, anchor="right")
    y += 3.6
    sh.rule(6, y + 0.5, 74, y + 0.5, width_mm=0.15, dash=0.6)
    y += 2
    sh.text(6, y, "TOTAAL/TOTAL", font=f, size_pt=8, bold=True)
    sh.text(74, y, f"EUR {price}", font=f, size_pt=8, bold=True, anchor="right")
    y += 4.5
    sh.text(6, y, "Bancontact  ****" + str(rng.randint(1000, 9999)), font=f, size_pt=7)
    y += 6
    for s in ["Bewaar dit bewijs van afgifte.", "Conservez cette preuve de dépôt.", "Track & trace: bpost.be"]:
        sh.text(40, y, s, font=f, size_pt=6.8, anchor="center")
        y += 3.4
    return [sh], {"addressee": 1}


def make_receipt_form(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """The pre-printed 'bewijs van afgifte / preuve de dépôt' slip, filled in by hand, with the barcode sticker
    and the counter's date stamp."""
    sh = Sheet(148, 105, paper="white")
    sh.rect(0, 0, 148, 10, width_mm=0, fill=(210, 35, 45))
    sh.text(5, 2, "bpost", font=font_ok("sans4", "sans"), size_pt=14, bold=True, color=(255, 255, 255))
    sh.text(143, 2.5, "AANGETEKEND – RECOMMANDÉ – EINSCHREIBEN", font="sans", size_pt=7.5, bold=True,
            color=(255, 255, 255), anchor="right")
    sh.text(5, 13, "Bewijs van afgifte – Preuve de dépôt – Einlieferungsschein", font="sans", size_pt=8.5, bold=True)
    hf = rng.choice(hand_fonts())
    sh.text(5, 20, "Bestemmeling / Destinataire / Empfänger", font="sans", size_pt=7, color=GREY)
    y = 25
    for s in c.rm_to:
        sh.rule(5, y + 5, 88, y + 5, width_mm=0.15, color=(160, 160, 160))
        _hw(sh, 7, y, s, rng, size_pt=11, font=hf, color=INK_BLUE)
        y += 7
    sh.text(5, y + 1, "Afzender / Expéditeur / Absender", font="sans", size_pt=7, color=GREY)
    y += 6
    for s in _sender_lines(c)[:2]:
        sh.rule(5, y + 5, 88, y + 5, width_mm=0.15, color=(160, 160, 160))
        _hw(sh, 7, y, s, rng, size_pt=10, font=hf, color=INK_BLUE)
        y += 6.5
    # barcode sticker
    sh.rect(94, 18, 50, 26, width_mm=0.2, fill=(255, 255, 255))
    sh.text(119, 19.5, "R  AANGETEKEND", font="sans", size_pt=6.5, bold=True, anchor="center")
    barcode(sh, 97, 24, 44, 12, c.rm_track)
    sh.text(119, 37.5, c.rm_track, font="ocrb", size_pt=7.5, anchor="center")
    # date stamp of the counter
    sh.stamp(100, 52, ["BPOST", fdate(c.rm_date, "dots"), _post_office(c).split(" ", 1)[1].upper()], rng,
             shape="round", color=rng.choice([STAMP_BLUE, INK_BLACK, STAMP_RED]), size_mm=30)
    sh.text(5, 98, "Bewaar dit bewijs – Conservez cette preuve – Bitte aufbewahren", font="sans", size_pt=6.5,
            color=GREY)
    return [sh], {"addressee": 1}


def make_receipt_online(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """A4 print-out of an online-paid registered-mail label, with the counter's proof of deposit below."""
    sh = Sheet()
    sh.text(20, 14, "bpost", font=font_ok("sans4", "sans"), size_pt=18, bold=True, color=(200, 30, 40))
    sh.text(48, 17, "e-shop · Aangetekende zending online / Recommandé en ligne", font="sans", size_pt=8.5,
            color=GREY)
    sh.text(20, 26, f"Bestelnummer / N° de commande: {rng.randint(100000000, 999999999)}", font="sans", size_pt=8.5)
    sh.text(20, 30.5, f"Besteld op / Commandé le: {fdate(c.rm_date - timedelta(days=rng.randint(0, 2)), 'slashes')}",
            font="sans", size_pt=8.5)
    sh.rule(15, 38, 195, 38, width_mm=0.2, dash=1.5)
    sh.text(105, 39.5, "✂ knip hier / découpez ici", font=font_ok("sans3", "sans"), size_pt=7, color=GREY,
            anchor="center")
    # label
    sh.rect(25, 48, 160, 95, width_mm=0.5)
    sh.rect(25, 48, 160, 14, width_mm=0, fill=(20, 20, 20))
    sh.text(30, 51, "R", font="sans", size_pt=22, bold=True, color=(255, 255, 255))
    sh.text(45, 52, "AANGETEKEND / RECOMMANDÉ", font="sans", size_pt=13, bold=True, color=(255, 255, 255))
    sh.text(30, 67, "Van / De:", font="sans", size_pt=8, color=GREY)
    y = 72
    for s in _sender_lines(c):
        sh.text(30, y, s, font="sans", size_pt=9)
        y += 4.5
    sh.text(95, 85, "Aan / À:", font="sans", size_pt=8, color=GREY)
    y = 91
    for s in c.rm_to:
        sh.text(95, y, s, font="sans", size_pt=12.5, bold=(y == 91))
        y += 6.5
    barcode(sh, 30, 116, 100, 16, c.rm_track)
    sh.text(80, 134, track_spaced(c.rm_track), font="ocrb", size_pt=9, anchor="center")
    sh.text(150, 120, "PP", font="sans", size_pt=16, bold=True)
    sh.text(150, 128, "Belgie(n)-Belgique", font="sans", size_pt=6.5)
    sh.rule(15, 155, 195, 155, width_mm=0.2, dash=1.5)
    sh.text(20, 162, "BEWIJS VAN AFGIFTE / PREUVE DE DÉPÔT", font="sans", size_pt=11, bold=True)
    rows = [("Zendingnummer / N° d'envoi", c.rm_track), ("Bestemmeling / Destinataire", ", ".join(c.rm_to)),
            ("Afgiftedatum / Date de dépôt", "")]
    y = 170
    for k, v in rows:
        sh.text(20, y, k, font="sans", size_pt=8.5, color=GREY)
        sh.text(78, y, v, font="sans", size_pt=9.5)
        y += 7
    sh.stamp(120, 178, ["BPOST", fdate(c.rm_date, "dots"), _post_office(c).split(" ", 1)[1].upper()], rng,
             shape="round", color=rng.choice([STAMP_BLUE, STAMP_RED]), size_mm=30)
    return [sh], {"addressee": 1}


def make_bordereau(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    """Deposit list of registered items from a law office, receipted at the post office."""
    sh = Sheet()
    L = c.lawyer or LAWYERS["fr"][0]
    sh.text(20, 14, "BORDEREAU DE DÉPÔT – ENVOIS RECOMMANDÉS", font="sans", size_pt=12, bold=True)
    sh.text(20, 20, "AFGIFTELIJST – AANGETEKENDE ZENDINGEN", font="sans", size_pt=10, color=GREY)
    sh.text(20, 29, f"Expéditeur / Afzender : {L['firm']}, {L['street']}, {L['pc']} {L['city']}", font="sans",
            size_pt=9)
    sh.text(20, 34, f"Client bpost n° {rng.randint(1000000, 9999999)}", font="sans", size_pt=9)
    cols = [("N°", 20, 10), ("Numéro d'envoi", 30, 45), ("Destinataire", 75, 80), ("AR", 155, 12), ("Poids", 167, 23)]
    y = 44
    for t, x, w in cols:
        sh.rect(x, y, w, 7, width_mm=0.25, fill=(230, 230, 230))
        sh.text(x + 1.5, y + 1.6, t, font="sans", size_pt=8.5, bold=True)
    y += 7
    others = [["SPF Finances", "Bd du Roi Albert II 33", "1030 Bruxelles"],
              ["Tribunal de première instance", "Place Saint-Lambert 16", "4000 Liège"],
              ["Ville de Charleroi – Population", "Place Charles II 14", "6000 Charleroi"],
              ["Greffe du CCE", "Rue Gaucheret 92-94", "1030 Bruxelles"]]
    n_items = rng.randint(3, 5)
    pos = rng.randint(0, n_items - 1)
    for i in range(n_items):
        if i == pos:
            track, to = c.rm_track, c.rm_to
        else:
            track, to = s10_tracking(rng), rng.choice(others)
        vals = [str(i + 1), track, ", ".join(to), "" if rng.random() < 0.7 else "X", f"{rng.randint(20, 250)} g"]
        for (t, x, w), v in zip(cols, vals):
            sh.rect(x, y, w, 9, width_mm=0.25)
            for j, ln in enumerate(sh.wrap(v, w - 3, font="sans", size_pt=7.8)[:2]):
                sh.text(x + 1.5, y + 1.2 + j * 3.6, ln, font="sans", size_pt=7.8)
        y += 9
    y += 8
    sh.text(20, y, f"Nombre d'envois / Aantal zendingen : {n_items}", font="sans", size_pt=9)
    sh.text(20, y + 12, "Cachet du bureau de dépôt / Stempel afgiftekantoor :", font="sans", size_pt=9)
    sh.stamp(40, y + 18, ["BPOST", fdate(c.rm_date, "dots"), _post_office(c).split(" ", 1)[1].upper()], rng,
             shape="round", color=STAMP_BLUE, size_mm=32)
    sh.signature(110, y + 22, 40, 14, rng, color=INK_BLACK)
    return [sh], {"addressee": 1}

# --------------------------------------------------------------------------
# other documents
# --------------------------------------------------------------------------

def make_cover_email(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    L = c.lawyer or LAWYERS[lang if lang in LAWYERS else "nl"][0]
    sh = Sheet()
    f = font_ok("sans2", "sans") if lang == "nl" else "sans"
    sh.text(20, 12, L["firm"], font=f, size_pt=12, bold=True)
    sh.rule(20, 18, 190, 18, width_mm=0.6)
    when = c.app_date - timedelta(days=rng.randint(1, 6))
    rows = ([("Van:", f"{L['first']} {L['last']} <{L['mail']}>"), ("Verzonden:", f"{fdate(when, 'long', 'nl')} "
             f"{rng.randint(8, 18)}:{rng.randint(10, 59)}"), ("Aan:", f"secretariaat <info@{L['mail'].split('@')[1]}>"),
             ("Onderwerp:", f"9ter {c.p.surname.upper()} – dossier klaar voor verzending")] if lang == "nl" else
            [("De :", f"{L['first']} {L['last']} <{L['mail']}>"), ("Envoyé :", f"{fdate(when, 'long', 'fr')} "
             f"{rng.randint(8, 18)}:{rng.randint(10, 59)}"), ("À :", f"secrétariat <secretariat@{L['mail'].split('@')[1]}>"),
             ("Objet :", f"9ter {c.p.surname.upper()} – envoi recommandé à l'OE")])
    y = 23
    for k, v in rows:
        sh.text(20, y, k, font=f, size_pt=10, bold=True)
        sh.text(48, y, v, font=f, size_pt=10)
        y += 5.5
    y += 5
    body = (f"Dag collega's,\n\nHet 9ter-dossier van {name_in(c.p, 'Given SURNAME')} is volledig. Graag vandaag "
            f"aangetekend versturen naar DVZ (Pachecolaan 44, 1000 Brussel) en het bewijs van afgifte inscannen "
            f"bij het dossier.\n\nStukken: verzoekschrift, identiteitsbewijs, standaard medisch getuigschrift, "
            f"medische verslagen en informatie over het land van herkomst.\n\nDank!\n{L['first']}"
            if lang == "nl" else
            f"Bonjour,\n\nLe dossier 9ter de {name_in(c.p, 'Given SURNAME')} est complet. Merci de l'envoyer "
            f"aujourd'hui par recommandé à l'Office des Étrangers (Bd Pachéco 44, 1000 Bruxelles) et de scanner la "
            f"preuve de dépôt.\n\nPièces : requête, preuve d'identité, certificat médical type, rapports médicaux, "
            f"informations sur le pays d'origine.\n\nMerci,\n{L['first']}")
    sh.paragraph(20, y, 170, body, font=f, size_pt=10.5, leading=1.4)
    sh.text(20, 288, f"Afgedrukt door {L['first']} {L['last']}" if lang == "nl" else
            f"Imprimé par {L['first']} {L['last']}", font=f, size_pt=7, color=GREY)
    return [sh], {}


def make_honour_declaration(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    sh = Sheet(paper=rng.choice(["white", "cream"]))
    hf = rng.choice(hand_fonts())
    sh.text(105, 25, "VERKLARING OP EER", font="serif", size_pt=15, bold=True, anchor="center")
    y = 42
    lines = [("Ik, ondergetekende", name_in(c.p, "Given SURNAME")),
             ("geboren te", f"{c.p.birth_place} ({cname(c.birth_cc(), 'nl')})"),
             ("op", fdate(c.p.birth_date, "dots")),
             ("van nationaliteit", COUNTRIES[c.p.nationality]["adj_nl"]),
             ("wonende te", addr_str(c.addr, "nl", "postcode-first"))]
    for k, v in lines:
        sh.text(25, y, k, font="serif", size_pt=11)
        _hw(sh, 68, y - 1, v, rng, size_pt=12, font=hf, color=INK_BLUE)
        sh.rule(66, y + 5, 185, y + 5, width_mm=0.12, color=(150, 150, 150), dash=0.5)
        y += 10
    txt = ("verklaar op eer dat bovenstaande gegevens juist zijn. Ik beschik niet over een paspoort of "
           "identiteitskaart: mijn documenten zijn achtergebleven in mijn land van herkomst en ik kan ze niet "
           "laten overkomen.\n\nIk weet dat een valse verklaring strafbaar is.")
    y = sh.paragraph(25, y + 4, 160, txt, font="serif", size_pt=11)
    sh.text(25, y + 10, "Gedaan te", font="serif", size_pt=11)
    _hw(sh, 46, y + 9, f"{c.addr.city}, {fdate(c.app_date - timedelta(days=rng.randint(3, 20)), 'dots')}",
                   rng, size_pt=12, font=hf, color=INK_BLUE)
    sh.text(25, y + 22, "Handtekening:", font="serif", size_pt=11)
    sh.signature(55, y + 18, 45, 16, rng, color=INK_BLUE)
    return [sh], {"identity": 1}


def make_association_attest(c: Case, rng: random.Random) -> tuple[list[Sheet], dict]:
    o = COUNTRIES[c.p.nationality]
    sh = Sheet()
    org = f"Communauté {o['adj_fr'].replace('aise', 'aise').rstrip('e') + 'e'} de {c.addr.city} asbl"
    sh.text(105, 16, org, font=font_ok("serif6", "serif"), size_pt=14, bold=True, anchor="center")
    sh.text(105, 23, f"Siège social : {c.addr.postcode} {c.addr.city} – n° d'entreprise 0{rng.randint(400, 899)}."
            f"{rng.randint(100, 999)}.{rng.randint(100, 999)}", font="sans", size_pt=8, anchor="center", color=GREY)
    sh.text(105, 45, "ATTESTATION D'IDENTITÉ", font=font_ok("serif6", "serif"), size_pt=15, bold=True,
            anchor="center")
    pres = rng.choice(["Mamadou Bah", "Joseph Kabila Mwamba", "Paul Essomba", "Hassan Ouali"])
    txt = (f"Je soussigné, {pres}, président de l'association, atteste que {_title(c, 'fr')} "
           f"{name_in(c.p, 'SURNAME Given')}, né{'e' if c.fem else ''} à {c.p.birth_place} "
           f"({cname(c.birth_cc(), 'fr')}) le {fdate(c.p.birth_date, 'long', 'fr')}, de nationalité "
           f"{o['adj_fr']}, est connu{'e' if c.fem else ''} de notre communauté depuis son arrivée en Belgique et "
           f"que son identité nous a été déclarée par l'intéressé{'e' if c.fem else ''} lui-même"
           f"{'' if not c.fem else ''}.\n\nLa présente attestation est délivrée pour servir et valoir ce que de droit.")
    y = sh.paragraph(25, 60, 160, txt, font=font_ok("serif6", "serif"), size_pt=11.5, align="justify")
    sh.text(25, y + 12, f"Fait à {c.addr.city}, le {fdate(c.app_date - timedelta(days=rng.randint(5, 30)), 'long', 'fr')}",
            font=font_ok("serif6", "serif"), size_pt=11)
    sh.text(120, y + 24, "Le président,", font=font_ok("serif6", "serif"), size_pt=11)
    sh.signature(118, y + 29, 45, 16, rng, color=INK_BLUE)
    sh.stamp(75, y + 24, [org.upper()[:38], "★", c.addr.city.upper()], rng, shape="oval", color=STAMP_VIOLET,
             size_mm=34)
    return [sh], {"identity": 1}


def make_pharmacy_bill(c: Case, rng: random.Random, *, lang: str) -> tuple[list[Sheet], dict]:
    T = _ill_text(c, lang if lang in ("nl", "fr") else "nl")
    fr = lang == "fr"
    sh = Sheet(105, 200, paper="white")
    name = rng.choice(["Pharmacie du Marché", "Pharmacie Saint-Léonard", "Apotheek De Linde", "Apotheek Dampoort"]) \
        if True else ""
    sh.text(52, 8, name, font="sans", size_pt=11, bold=True, anchor="center")
    sh.text(52, 13.5, f"{c.addr.postcode} {c.addr.city} – APB {rng.randint(100000, 999999)}", font="sans", size_pt=7,
            anchor="center")
    sh.text(6, 22, ("FACTURE / REÇU" if fr else "FACTUUR / ONTVANGSTBEWIJS"), font="mono", size_pt=9, bold=True)
    sh.text(6, 27, f"{'Patient' if fr else 'Patiënt'}: {name_in(c.p, 'SURNAME Given')}", font="mono", size_pt=7.5)
    sh.text(6, 31, f"{'Date' if fr else 'Datum'}: {fdate(c.app_date - timedelta(days=rng.randint(5, 40)), 'slashes')}",
            font="mono", size_pt=7.5)
    y = 38
    tot = 0.0
    for m in T["meds"]:
        price = round(rng.uniform(3, 48), 2)
        tot += price
        for j, ln in enumerate(sh.wrap(m, 72, font="mono", size_pt=7.2)[:2]):
            sh.text(6, y, ln, font="mono", size_pt=7.2)
            y += 3.6
        sh.text(99, y - 3.6, f"{price:6.2f}", font="mono", size_pt=7.2, anchor="right")
        y += 1.5
    sh.rule(6, y, 99, y, width_mm=0.15, dash=0.6)
    y += 2
    sh.text(6, y, "TOTAL EUR" if fr else "TOTAAL EUR", font="mono", size_pt=8.5, bold=True)
    sh.text(99, y, f"{tot:6.2f}", font="mono", size_pt=8.5, bold=True, anchor="right")
    y += 6
    sh.text(6, y, ("Non remboursé (pas de mutuelle)" if fr else "Niet terugbetaald (geen ziekenfonds)"),
            font="mono", size_pt=7)
    return [sh], {}


# --------------------------------------------------------------------------
# the family registry of this module
# --------------------------------------------------------------------------

@dataclass
class BFamily:
    id: str
    type: str
    part: str
    lang: str
    make: Callable[[Case, random.Random], tuple[list[Sheet], dict]]
    varies: str = ""


BFAMILIES: dict[str, BFamily] = {}


def _reg(id, type, part, lang, make, varies=""):
    BFAMILIES[id] = BFamily(id, type, part, lang, make, varies)


_reg("be9ter-app-nl-lawyer-prose", "application", "dev", "nl",
     lambda c, r: make_app_letter(c, r, lang="nl", head="centered", font=font_ok("serif", "serif"), size=10.5,
                                  labelled=False, inventory="list", sig="right", numbered=True),
     "lawyer letter, 'Aangetekend schrijven', personal data in prose, signature without label at the end")
_reg("be9ter-app-fr-lawyer-prose", "application", "dev", "fr",
     lambda c, r: make_app_letter(c, r, lang="fr", head="right-block", font=font_ok("serif4", "serif"), size=10.5,
                                  labelled=False, inventory="list", sig="left", numbered=False),
     "lettre d'avocat, 'Par recommandé', 'Madame, Monsieur', données en prose")
_reg("be9ter-app-nl-form", "application", "dev", "nl",
     lambda c, r: make_app_form(c, r, lang="nl", hand=True, org="Steunpunt Mensen zonder Papieren vzw – Gent"),
     "labelled NGO form, filled in by hand, applicant's signature in a box")
_reg("be9ter-app-fr-form", "application", "dev", "fr",
     lambda c, r: make_app_form(c, r, lang="fr", hand=False, org="Service social Solidarité Santé asbl – Liège"),
     "formulaire à cases, rempli à la machine")
_reg("be9ter-app-en-lawyer", "application", "dev", "en",
     lambda c, r: make_app_letter(c, r, lang="en", head="left-block", font="sans", size=10,
                                  labelled=False, inventory="list", sig="right", numbered=True),
     "an application letter written in English (not accepted)")
_reg("be9ter-app-nl-inventaris", "application", "heldout", "nl",
     lambda c, r: make_app_letter(c, r, lang="nl", head="two-column", font=font_ok("sans2", "sans"), size=10,
                                  labelled=True, inventory="table", sig="stamp", numbered=True),
     "two-column letterhead, labelled personal data, 'Inventaris van de stukken' table, stamp over signature")
_reg("be9ter-app-fr-inventaire", "application", "heldout", "fr",
     lambda c, r: make_app_letter(c, r, lang="fr", head="left-block", font=font_ok("serif2", "serif"), size=10.5,
                                  labelled=True, inventory="table", sig="right", numbered=True),
     "requête avec données étiquetées et 'Inventaire des pièces' en tableau")
_reg("be9ter-app-de-eupen", "application", "heldout", "de",
     lambda c, r: make_app_letter(c, r, lang="de", head="right-block", font=font_ok("sans4", "sans"), size=10.5,
                                  labelled=False, inventory="list", sig="right", numbered=True),
     "Antrag eines Eupener Rechtsanwalts, Prosa")
_reg("be9ter-app-nl-form-typed", "application", "heldout", "nl",
     lambda c, r: make_app_form(c, r, lang="nl", hand=False, org="OCMW-Sociale Dienst – cel Medisch Verblijf"),
     "labelled form, typed")
_reg("be9ter-app-en-form", "application", "heldout", "en",
     lambda c, r: make_app_form(c, r, lang="en", hand=False, org="Health for All Migrants – Brussels"),
     "a form filled in English (not accepted)")

_reg("be9ter-medcert-old-nl-typed", "medical-certificate", "dev", "nl",
     lambda c, r: make_medcert(c, r, model="old", lang="nl", hand=False, typed_font="sans"),
     "previous model (A/–G/), typed")
_reg("be9ter-medcert-old-fr-hand", "medical-certificate", "dev", "fr",
     lambda c, r: make_medcert(c, r, model="old", lang="fr", hand=True),
     "modèle précédent, rempli à la main")
_reg("be9ter-medcert-2024-nl-typed", "medical-certificate", "dev", "nl",
     lambda c, r: make_medcert(c, r, model="2024", lang="nl", hand=False, typed_font=font_ok("sans2", "sans")),
     "2024 model, numbered sections, severity checkboxes, typed, two pages")
_reg("be9ter-medcert-2024-fr-typed", "medical-certificate", "dev", "fr",
     lambda c, r: make_medcert(c, r, model="2024", lang="fr", hand=False, typed_font=font_ok("serif", "serif")),
     "modèle 2024, tapé")
_reg("be9ter-medcert-old-en", "medical-certificate", "dev", "en",
     lambda c, r: make_medcert(c, r, model="old", lang="en", hand=False, typed_font="sans"),
     "the previous model filled in English (not accepted)")
_reg("be9ter-medcert-2024-nl-hand", "medical-certificate", "heldout", "nl",
     lambda c, r: make_medcert(c, r, model="2024", lang="nl", hand=True),
     "2024 model filled in by hand")
_reg("be9ter-medcert-old-fr-typed", "medical-certificate", "heldout", "fr",
     lambda c, r: make_medcert(c, r, model="old", lang="fr", hand=False, typed_font="mono", dense=True),
     "modèle précédent, tapé en Courier, dense")
_reg("be9ter-medcert-2024-de-typed", "medical-certificate", "heldout", "de",
     lambda c, r: make_medcert(c, r, model="2024", lang="de", hand=False, typed_font=font_ok("sans4", "sans")),
     "Muster 2024, deutsch")
_reg("be9ter-medcert-2024-fr-hand", "medical-certificate", "heldout", "fr",
     lambda c, r: make_medcert(c, r, model="2024", lang="fr", hand=True),
     "modèle 2024 rempli à la main")
_reg("be9ter-medcert-2024-en", "medical-certificate", "heldout", "en",
     lambda c, r: make_medcert(c, r, model="2024", lang="en", hand=False, typed_font="sans"),
     "the 2024 model in English (not accepted)")

_reg("be9ter-medstat-specialist-nl", "medical-statement", "dev", "nl",
     lambda c, r: make_medstat_letter(c, r, lang="nl", kind="specialist", head_style=0, font="sans"),
     "hospital specialist's letter to the GP")
_reg("be9ter-medstat-consult-fr", "medical-statement", "dev", "fr",
     lambda c, r: make_medstat_letter(c, r, lang="fr", kind="consult", head_style=1, font=font_ok("serif", "serif")),
     "rapport de consultation")
_reg("be9ter-medstat-lab-fr", "medical-statement", "dev", "fr",
     lambda c, r: make_lab_report(c, r, lang="fr"), "résultats de laboratoire (tableau)")
_reg("be9ter-medstat-discharge-nl", "medical-statement", "heldout", "nl",
     lambda c, r: make_medstat_letter(c, r, lang="nl", kind="discharge", head_style=1, font=font_ok("serif2", "serif")),
     "ontslagbrief")
_reg("be9ter-medstat-specialist-fr", "medical-statement", "heldout", "fr",
     lambda c, r: make_medstat_letter(c, r, lang="fr", kind="specialist", head_style=0, font=font_ok("sans2", "sans")),
     "lettre du spécialiste au médecin traitant")
_reg("be9ter-medstat-lab-nl", "medical-statement", "heldout", "nl",
     lambda c, r: make_lab_report(c, r, lang="nl"), "laboresultaten")

_reg("be9ter-coi-ngo-en", "country-of-origin-info", "dev", "en", make_coi_ngo_en,
     "NGO report extract, two columns, English")
_reg("be9ter-coi-medcoi-en", "country-of-origin-info", "dev", "en", make_coi_medcoi_en,
     "MedCOI-like response table")
_reg("be9ter-coi-fr-note", "country-of-origin-info", "heldout", "fr", make_coi_fr_note, "note d'une asbl")
_reg("be9ter-coi-nl-web", "country-of-origin-info", "heldout", "nl", make_coi_nl_web, "printed web page")

_reg("be9ter-asylum-annex26-nl", "asylum-proof", "dev", "nl", lambda c, r: make_annex26(c, r, lang="nl"),
     "bijlage 26 with photo and extension stamps")
_reg("be9ter-asylum-annex26-fr", "asylum-proof", "dev", "fr", lambda c, r: make_annex26(c, r, lang="fr"),
     "annexe 26")
_reg("be9ter-asylum-cgvs-nl", "asylum-proof", "heldout", "nl", lambda c, r: make_cgvs_attest(c, r, lang="nl"),
     "CGVS attest: application pending")
_reg("be9ter-asylum-cgra-fr", "asylum-proof", "heldout", "fr", lambda c, r: make_cgvs_attest(c, r, lang="fr"),
     "attestation CGRA: demande en cours")

_reg("be9ter-rm-bpost-counter", "registered-mail-receipt", "dev", "nl",
     lambda c, r: make_receipt_counter(c, r, style="a"), "bpost counter receipt (thermal), scanned")
_reg("be9ter-rm-bpost-sticker", "registered-mail-receipt", "dev", "nl", make_receipt_form,
     "bewijs van afgifte slip filled in by hand, barcode sticker, date stamp; phone photo")
_reg("be9ter-rm-online-label", "registered-mail-receipt", "dev", "nl", make_receipt_online,
     "A4 print of an online label with the stamped proof of deposit")
_reg("be9ter-rm-bordereau", "registered-mail-receipt", "heldout", "fr", make_bordereau,
     "law office's deposit list (bordereau), stamped")
_reg("be9ter-rm-receipt-photo", "registered-mail-receipt", "heldout", "fr",
     lambda c, r: make_receipt_counter(c, r, style="b"), "counter receipt photographed with a phone")

_reg("be9ter-other-cover-email-nl", "other", "dev", "nl", lambda c, r: make_cover_email(c, r, lang="nl"),
     "printed e-mail of the lawyer")
_reg("be9ter-other-declaration-nl", "other", "dev", "nl", make_honour_declaration,
     "verklaring op eer (applicant's own declaration)")
_reg("be9ter-other-pharmacy-bill", "other", "heldout", "fr", lambda c, r: make_pharmacy_bill(c, r, lang="fr"),
     "pharmacy bill")
_reg("be9ter-other-association-fr", "other", "heldout", "fr", make_association_attest,
     "attestation d'identité d'une association")
_reg("be9ter-other-cover-email-fr", "other", "heldout", "fr", lambda c, r: make_cover_email(c, r, lang="fr"),
     "e-mail imprimé de l'avocat")

FAMILIES = BFAMILIES   # what build.py may list


def my_fams(type: str, part: str, *, langs=None) -> list[str]:
    return [f.id for f in BFAMILIES.values() if f.type == type and f.part == part
            and (langs is None or f.lang in langs)]


# --------------------------------------------------------------------------
# identity evidence from writer A's families
# --------------------------------------------------------------------------
OK_LANGS = {"nl", "fr", "de", "en"}
NOTES: list[str] = []      # what could not be planted as planned (reported by build)


def _call(f, person, rng, **kw):
    return f.make(person, rng, **kw)


ANNEX_DESC = {
    "passport": dict(nl="Kopie nationaal paspoort", fr="Copie du passeport national", de="Kopie des Reisepasses",
                     en="Copy of the national passport"),
    "identity-document": dict(nl="Kopie nationale identiteitskaart", fr="Copie de la carte nationale d'identité",
                              de="Kopie des Personalausweises", en="Copy of the national identity card"),
    "birth-certificate": dict(nl="Geboorteakte", fr="Acte de naissance", de="Geburtsurkunde", en="Birth certificate"),
    "nationality-certificate": dict(nl="Nationaliteitsattest", fr="Certificat de nationalité",
                                    de="Staatsangehörigkeitsbescheinigung", en="Certificate of nationality"),
    "consular-card": dict(nl="Consulaire kaart", fr="Carte consulaire", de="Konsularkarte", en="Consular card"),
    "identity-certificate": dict(nl="Identiteitsattest", fr="Certificat d'identité", de="Identitätsbescheinigung",
                                 en="Identity certificate"),
    "driving-licence": dict(nl="Rijbewijs", fr="Permis de conduire", de="Führerschein", en="Driving licence"),
    "translation": dict(nl="Beëdigde vertaling", fr="Traduction jurée", de="Beeidigte Übersetzung",
                        en="Sworn translation"),
    "asylum-proof": dict(nl="Bewijs lopende asielprocedure", fr="Preuve de la procédure d'asile en cours",
                         de="Nachweis des laufenden Asylverfahrens", en="Proof of pending asylum application"),
    "medical-certificate": dict(nl="Standaard medisch getuigschrift", fr="Certificat médical type",
                                de="Standardisiertes ärztliches Attest", en="Standard medical certificate"),
    "medical-statement": dict(nl="Medisch verslag", fr="Rapport médical", de="Ärztlicher Bericht",
                              en="Medical report"),
    "country-of-origin-info": dict(nl="Informatie beschikbaarheid en toegankelijkheid van de zorg",
                                   fr="Informations sur la disponibilité et l'accessibilité des soins",
                                   de="Informationen zur Verfügbarkeit und Zugänglichkeit der Behandlung",
                                   en="Information on availability and accessibility of care"),
    "marriage-certificate": dict(nl="Huwelijksakte", fr="Acte de mariage", de="Heiratsurkunde",
                                 en="Marriage certificate"),
    "declaration": dict(nl="Verklaring op eer", fr="Attestation d'identité", de="Erklärung", en="Declaration"),
    "pharmacy": dict(nl="Factuur apotheek", fr="Facture de pharmacie", de="Apothekenrechnung", en="Pharmacy bill"),
}


@dataclass
class Plan:
    key: str
    type: str
    family: str
    build: Callable[[], tuple[list[Sheet], dict]]
    annex: dict | None = None
    sheets: list[Sheet] | None = None
    tags: dict | None = None
    mode: str = "scanpdf"
    fname: str = ""
    scans: list | None = None
    target: bool = False


def variant_spelling(s: str) -> str:
    rules = [("ou", "u"), ("Ou", "U"), ("u", "ou"), ("y", "i"), ("i", "y"), ("kh", "h"), ("sh", "ch"),
             ("ch", "sh"), ("ee", "i"), ("a", "e")]
    for a, b in rules:
        if a in s[1:]:
            i = s.index(a, 1)
            return s[:i] + b + s[i + len(a):]
    return s + "e"


# --------------------------------------------------------------------------
# dossiers
# --------------------------------------------------------------------------
SEVERITY = {
    "BE9TER-REGISTERED-MAIL": "inadmissible", "BE9TER-ADDRESS": "inadmissible", "BE9TER-IDENTITY": "inadmissible",
    "BE9TER-MEDCERT-PRESENT": "inadmissible", "BE9TER-MEDCERT-AGE": "inadmissible",
    "BE9TER-MEDCERT-FIELDS": "inadmissible", "BE9TER-MEDCERT-DOCTOR": "inadmissible",
    "BE9TER-MEDCERT-LANGUAGE": "deficiency", "BE9TER-APPLICATION-LANGUAGE": "deficiency",
    "BE9TER-IDENTITY-LANGUAGE": "deficiency", "BE9TER-SIGNED": "deficiency", "BE9TER-PERSONAL-DATA": "deficiency",
    "BE9TER-CHOSEN-DOMICILE": "warning", "BE9TER-COUNTRY-INFO": "warning", "BE9TER-FAMILY": "warning",
    "BE9TER-PARALLEL": "warning", "ID-SUFFICIENCY": "inadmissible", "ID-MRZ": "warning",
}

DEFECTS = [
    ("BE9TER-REGISTERED-MAIL", "absent"), ("BE9TER-REGISTERED-MAIL", "wrong-addressee"),
    ("BE9TER-REGISTERED-MAIL", "manifest-attached-missing"),
    ("BE9TER-ADDRESS", "prose"), ("BE9TER-ADDRESS", "labelled"),
    ("BE9TER-IDENTITY", "declaration"), ("BE9TER-IDENTITY", "asylum-noproof"), ("BE9TER-IDENTITY", "none"),
    ("ID-SUFFICIENCY", "nophoto"), ("ID-SUFFICIENCY", "single-piece"), ("ID-SUFFICIENCY", "declarative"),
    ("BE9TER-MEDCERT-PRESENT", "specialist"), ("BE9TER-MEDCERT-PRESENT", "other-report"),
    ("BE9TER-MEDCERT-AGE", "a"), ("BE9TER-MEDCERT-AGE", "b"), ("BE9TER-MEDCERT-AGE", "c"),
    ("BE9TER-MEDCERT-FIELDS", "severity"), ("BE9TER-MEDCERT-FIELDS", "treatment"),
    ("BE9TER-MEDCERT-FIELDS", "illness"),
    ("BE9TER-MEDCERT-DOCTOR", "unsigned"), ("BE9TER-MEDCERT-DOCTOR", "no-riziv"),
    ("BE9TER-MEDCERT-DOCTOR", "no-patient"),
    ("BE9TER-MEDCERT-LANGUAGE", "en-a"), ("BE9TER-MEDCERT-LANGUAGE", "en-b"),
    ("BE9TER-APPLICATION-LANGUAGE", "english"), ("BE9TER-APPLICATION-LANGUAGE", "asylum-language"),
    ("BE9TER-IDENTITY-LANGUAGE", "a"), ("BE9TER-IDENTITY-LANGUAGE", "b"),
    ("BE9TER-SIGNED", "form"), ("BE9TER-SIGNED", "letter"),
    ("BE9TER-PERSONAL-DATA", "birthplace"), ("BE9TER-PERSONAL-DATA", "nrn-checksum"),
    ("BE9TER-PERSONAL-DATA", "nationality"),
    ("BE9TER-CHOSEN-DOMICILE", "a"), ("BE9TER-CHOSEN-DOMICILE", "b"),
    ("BE9TER-COUNTRY-INFO", "a"), ("BE9TER-COUNTRY-INFO", "b"),
    ("BE9TER-FAMILY", "child"), ("BE9TER-FAMILY", "spouse"),
    ("BE9TER-PARALLEL", "a"), ("BE9TER-PARALLEL", "b"),
    ("ID-MRZ", "check-digit"), ("ID-MRZ", "name"),
]

CLEANS = [
    dict(id="passport"), dict(id="passport", rm="planned"), dict(id="passport", family=["child"]),
    dict(id="passport-expired"), dict(id="passport", rm="planned", medstat=False),
    dict(id="idcard"), dict(id="idcard", family=["spouse"]), dict(id="pieces"), dict(id="certificate"),
    dict(id="asylum", yaml_asylum=True), dict(id="asylum", yaml_asylum=False), dict(id="asylum", family=["child"]),
    dict(id="passport", family=["spouse", "child"]), dict(id="passport-expired", rm="planned"),
    dict(id="passport", asylum="refused-old"), dict(id="passport", asylum="refused-recent"),
    dict(id="idcard-translated"), dict(id="passport", combine=True), dict(id="passport", combine=True, ov=True),
    dict(id="passport", domicile="other"), dict(id="passport", coi_doc=False),
    dict(id="passport", rm="attached", others=True),
]

# clean dossiers only one part has, built after its defects: in fresh they put the second Cameroonian identity
# pieces and the second marriage extract into use (chosen by their names' seeds)
EXTRA_CLEANS = {"fresh": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in fifth: the Congolese identity certificate, identity pieces and marriage act
                "fifth": [dict(id="certificate"), dict(id="pieces", family=["spouse"])],
                # in sixth: the Guinean identity attestation, and identity pieces with a marriage act
                "sixth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in seventh: identity pieces with the country's own marriage act, and an identity attestation
                "seventh": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in eighth: identity pieces with the country's own marriage act, and an identity attestation
                "eighth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in ninth: identity pieces with the country's own marriage act, and an identity attestation
                "ninth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in tenth: identity pieces with the country's own marriage act, and an identity attestation
                "tenth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in eleventh: identity pieces with the country's own marriage act, and an identity attestation
                "eleventh": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in twelfth: identity pieces with the country's own marriage act, and an identity attestation
                "twelfth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in thirteenth: identity pieces with the country's own marriage act, and an identity attestation
                "thirteenth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in fourteenth: identity pieces with the country's own marriage act, and an identity attestation
                "fourteenth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in fifteenth: identity pieces with the country's own marriage act, and an identity attestation
                "fifteenth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in sixteenth: identity pieces with the country's own marriage act, and an identity attestation
                "sixteenth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in seventeenth: identity pieces with the country's own marriage act, and an identity attestation
                "seventeenth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in eighteenth: identity pieces with the country's own marriage act, and an identity attestation
                "eighteenth": [dict(id="pieces", family=["spouse"]), dict(id="certificate")],
                # in nineteenth: identity pieces with the country's own marriage act, an identity attestation, the
                # Georgian identity card with a child born in Belgium, an expired passport with a spouse, and a second
                # set of identity pieces (from the other country whose civil-status acts this part has)
                "nineteenth": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                               dict(id="idcard", family=["child"]), dict(id="passport-expired", family=["spouse"]),
                               dict(id="pieces")],
                # in twentieth: identity pieces with the country's own marriage act, an identity attestation, the
                # Ivorian identity card with a child born in Belgium, and identity pieces with a child
                "twentieth": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                              dict(id="idcard", family=["child"]), dict(id="pieces", family=["child"])],
                # in twentyfirst: identity pieces with the country's own marriage act, an identity attestation, the
                # Togolese identity card with a spouse, and an expired passport with a child
                "twentyfirst": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                                dict(id="idcard", family=["spouse"]), dict(id="passport-expired", family=["child"])],
                # in twentysecond: identity pieces with the country's own marriage act, an identity attestation, the
                # Ghana Card with a child, and identity pieces with a child
                "twentysecond": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                                 dict(id="idcard", family=["child"]), dict(id="pieces", family=["child"])],
                # in twentythird: identity pieces with the country's own marriage act, an identity attestation, the
                # Kenyan identity card with a spouse, and identity pieces with a child
                "twentythird": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                                dict(id="idcard", family=["spouse"]), dict(id="pieces", family=["child"])],
                # in twentyfourth: identity pieces with a marriage act, an embassy's identity certificate, the
                # Ugandan identity card with a child, and identity pieces with a child
                "twentyfourth": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                                 dict(id="idcard", family=["child"]), dict(id="pieces", family=["child"])],
                # in twentyfifth: identity pieces with a marriage act, an embassy's identity certificate with a
                # child, the Chadian identity card with a spouse, and the Nepalese passport with a spouse
                "twentyfifth": [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                dict(id="idcard", family=["spouse"]), dict(id="passport", family=["spouse"])],
                # in twentysixth: identity pieces with a marriage act, an embassy's identity certificate, the
                # Burkinabe or Mauritanian identity card with a child, a passport with a spouse, and the other
                # country's identity pieces with a child
                "twentysixth": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                                dict(id="idcard", family=["child"]), dict(id="passport", family=["spouse"]),
                                dict(id="pieces", family=["child"])],
                # in twentyseventh: identity pieces with a marriage act, an embassy's identity certificate with a
                # child, the Vietnamese identity card with a child born in Belgium, an expired passport with a
                # spouse, identity pieces, the other country's identity pieces with a child, and a passport with a
                # spouse (chosen by their names' seeds, so that both countries' civil-status acts are drawn)
                "twentyseventh": [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                  dict(id="idcard", family=["child"]), dict(id="passport-expired", family=["spouse"]),
                                  dict(id="pieces"), dict(id="pieces", family=["child"]),
                                  dict(id="passport", family=["spouse"])],
                # in twentyeighth: identity pieces with a marriage act, an embassy's identity certificate, the
                # Togolese identity card with a child, an expired passport with a spouse, identity pieces with a
                # child and a passport with a spouse (chosen by their names' seeds, so that both countries' civil-status
                # acts are drawn)
                "twentyeighth": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                                 dict(id="idcard", family=["child"]), dict(id="passport-expired", family=["spouse"]),
                                 dict(id="pieces", family=["child"]), dict(id="pieces"),
                                 dict(id="passport", family=["spouse"])],
                # in twentyninth: identity pieces with a marriage act, a consulate's identity certificate with a
                # child, the Senegalese identity card with a spouse, an expired passport with a child, identity
                # pieces, identity pieces with a child and a passport with a spouse (chosen by their names' seeds, so
                # that both countries' civil-status acts are drawn)
                "twentyninth": [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                dict(id="idcard", family=["spouse"]), dict(id="passport-expired", family=["child"]),
                                dict(id="pieces"), dict(id="pieces", family=["child"]),
                                dict(id="passport", family=["spouse"])],
                # in thirtieth: identity pieces with a marriage act, an identity certificate, the Cameroonian or
                # Ivorian identity card with a child, an expired passport with a spouse, identity pieces with a child,
                # identity pieces, and a consulate's identity certificate with a spouse (chosen by their names' seeds,
                # so that both countries' civil-status acts are drawn)
                "thirtieth": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                              dict(id="idcard", family=["child"]), dict(id="passport-expired", family=["spouse"]),
                              dict(id="pieces", family=["child"]), dict(id="pieces"),
                              dict(id="certificate", family=["spouse"])],
                # in thirtyfirst: identity pieces with a marriage act, an embassy's identity certificate, the
                # Beninese identity card with a spouse, an expired passport with a child, identity pieces with a
                # child, identity pieces, and an identity certificate with a child (chosen by their names' seeds, so
                # that both countries' civil-status acts are drawn)
                "thirtyfirst": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                                dict(id="idcard", family=["spouse"]), dict(id="passport-expired", family=["child"]),
                                dict(id="pieces", family=["child"]), dict(id="pieces"),
                                dict(id="certificate", family=["child"])],
                # in thirtysecond: identity pieces with a marriage act, an embassy's identity certificate with a
                # child, an expired passport with a spouse, identity pieces, an identity certificate with a spouse,
                # identity pieces with a child, and the Guinean identity card with a spouse (in this order, chosen by
                # their names' seeds, so that both countries' civil-status acts are drawn)
                "thirtysecond": [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                 dict(id="passport-expired", family=["spouse"]), dict(id="pieces"),
                                 dict(id="certificate", family=["spouse"]), dict(id="pieces", family=["child"]),
                                 dict(id="idcard", family=["spouse"])],
                # in thirtythird: identity pieces with a marriage act, an embassy's identity certificate with a
                # child, the Georgian identity card with a spouse, identity pieces with a child, an expired passport
                # with a child, an identity certificate, and identity pieces with a marriage act (chosen by their
                # names' seeds, so that both countries' civil-status acts and certificates are drawn)
                "thirtythird": [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                dict(id="idcard", family=["spouse"]), dict(id="pieces", family=["child"]),
                                dict(id="passport-expired", family=["child"]), dict(id="certificate"),
                                dict(id="pieces", family=["spouse"])],
                # in thirtyfourth: identity pieces with a marriage act, an embassy's identity certificate with a
                # child, the Liberian identity card with a spouse, identity pieces with a child, an identity
                # certificate with a spouse, an expired passport with a spouse, and identity pieces
                "thirtyfourth": [dict(id="pieces", family=["spouse"]), dict(id="certificate", family=["child"]),
                                 dict(id="idcard", family=["spouse"]), dict(id="pieces", family=["child"]),
                                 dict(id="certificate", family=["spouse"]),
                                 dict(id="passport-expired", family=["spouse"]), dict(id="pieces")],
                # in thirtyfifth: identity pieces with the country's own marriage act, the Gabonese identity card
                # with a child, an embassy's identity certificate with a child, identity pieces with a child, an
                # identity certificate, an expired passport with a marriage act, and the identity card with a
                # marriage act (the names' seeds pick the country's own marriage acts)
                "thirtyfifth": [dict(id="pieces", family=["spouse"]), dict(id="idcard", family=["child"]),
                                dict(id="certificate", family=["child"]), dict(id="pieces", family=["child"]),
                                dict(id="certificate"), dict(id="passport-expired", family=["spouse"]),
                                dict(id="idcard", family=["spouse"])],
                # in thirtysixth: an embassy's identity certificate with a child, identity pieces with the country's
                # own marriage act, the Central African identity card with a child, identity pieces with a child, an
                # identity certificate with a marriage act, an expired passport with a marriage act, and an identity
                # certificate alone (the names' seeds pick both countries' pieces and acts)
                "thirtysixth": [dict(id="certificate", family=["child"]), dict(id="pieces", family=["spouse"]),
                                dict(id="idcard", family=["child"]), dict(id="pieces", family=["child"]),
                                dict(id="certificate", family=["spouse"]),
                                dict(id="passport-expired", family=["spouse"]), dict(id="certificate")],
                # in thirtyseventh: the Djiboutian identity card with a child, identity pieces with a marriage act, an
                # embassy's identity certificate with a child, identity pieces with a child, an identity certificate
                # with a marriage act, an expired passport with a marriage act, and an identity certificate alone
                "thirtyseventh": [dict(id="idcard", family=["child"]), dict(id="pieces", family=["spouse"]),
                                  dict(id="certificate", family=["child"]), dict(id="pieces", family=["child"]),
                                  dict(id="certificate", family=["spouse"]),
                                  dict(id="passport-expired", family=["spouse"]), dict(id="certificate")],
                # in thirtyeighth: identity pieces with a marriage act, an identity certificate, identity pieces with a
                # child, the Comorian identity card with a marriage act, and identity pieces (the names' seeds pick
                # both countries' pieces and the Comorian marriage act)
                "thirtyeighth": [dict(id="pieces", family=["spouse"]), dict(id="certificate"),
                                 dict(id="pieces", family=["child"]), dict(id="idcard", family=["spouse"]),
                                 dict(id="pieces")],
                # in thirtyninth: the Botswana identity card with a child, identity pieces with a marriage act, an
                # identity certificate with a child, identity pieces, and a declarative identity certificate's
                # sibling (a certificate) with a spouse
                "thirtyninth": [dict(id="idcard", family=["child"]), dict(id="pieces", family=["spouse"]),
                                dict(id="certificate", family=["child"]), dict(id="pieces"),
                                dict(id="certificate", family=["spouse"])]}

RM_WRONG_WHAT = "the registered-mail receipt is addressed to {to}, not to DVZ, Pachecolaan 44, 1000 Brussel"


def _slug(rule: str) -> str:
    return rule.lower().replace("be9ter-", "").replace("_", "-")


def _rot(lst: list, i: int):
    return lst[i % len(lst)] if lst else None


def fam_country(f) -> str | None:
    if f.country:
        return f.country
    seg = f.id.split("-")[1].upper()
    return {"BE": "BEL", "NL": "NLD", "DE": "DEU"}.get(seg, seg if len(seg) == 3 else None)


def _fams(part: str, type: str, country: str | None = None, *, photo=None, lang_ok=None) -> list:
    out = []
    for f in _identity.FAMILIES.values():
        if f.part != part or f.type != type:
            continue
        if country is not None and fam_country(f) != country:
            continue
        if photo is not None and bool(f.photo) != photo:
            continue
        langs = set(str(f.lang).replace("+", "/").split("/"))
        if lang_ok is True and not (langs & OK_LANGS):
            continue
        if lang_ok is False and (langs & OK_LANGS):
            continue
        out.append(f)
    return out


def id_options(part: str, idk: str, o: str) -> list | None:
    """Writer A's families that make identity evidence of kind idk for nationality o (None: impossible)."""
    pp = [f for f in _fams(part, "identity-document", o) if f.mrz == "TD3"]
    if idk.startswith("passport"):
        return pp[:1] or None
    if idk == "idcard":
        fs = [f for f in _fams(part, "identity-document", o, lang_ok=True) if f.mrz in ("TD1", "TD2")]
        return fs[:1] or None
    if idk in ("untranslated", "translated"):
        tb = _fams(part, "birth-certificate", "TUR", lang_ok=False)
        if not (pp and tb):
            return None
        if idk == "translated":
            tr = _fams(part, "translation")
            return [pp[0], tb[0], tr[0]] if tr else None
        return [pp[0], tb[0]]
    births = _fams(part, "birth-certificate", o, lang_ok=True)
    nats = _fams(part, "nationality-certificate", o)
    photos = _fams(part, "consular-card", o, photo=True) + _fams(part, "identity-certificate", o, photo=True)
    if idk == "pieces":
        return [births[0], nats[0], photos[0]] if births and nats and photos else None
    if idk in ("certificate", "declarative-cert"):
        certs = _fams(part, "identity-certificate", o, photo=True)
        return certs[:1] or None
    if idk == "pieces-nophoto":
        return [births[0], nats[0]] if births and nats else None
    if idk == "single-piece":
        dls = _fams(part, "driving-licence", o)
        if dls:
            return dls[:1]
        any_dl = any(fam_country(f) in ORIGINS for f in _fams(part, "driving-licence"))
        return None if any_dl else (births[:1] or None)
    return []


def member_options(part: str, rel: str, o: str) -> list:
    """(family, born_in) choices for a family member's proof of kinship."""
    if rel == "child":
        out = [(f, None) for f in _fams(part, "birth-certificate", o, lang_ok=True)
               if not getattr(f, "needs_birth_country", None)]
        out += [(f, "BE") for f in _fams(part, "birth-certificate", "BEL")]
        if not out:   # a family that lived in the Netherlands or Germany before coming to Belgium
            out += [(f, "NL") for f in _fams(part, "birth-certificate", "NLD")]
            out += [(f, "DE") for f in _fams(part, "birth-certificate", "DEU")]
        return out
    return [(f, None) for f in _fams(part, "marriage-certificate", o, lang_ok=True)] + \
        [(f, "BE") for f in _fams(part, "marriage-certificate", "BEL")]


def feasible_origins(part: str, idk: str, rels: list[str], proofs: bool) -> list[str]:
    out = []
    for o in PART_ORIGINS.get(part, ORIGINS):
        if o not in _people.ORIGINS:
            continue
        if id_options(part, idk, o) is None:
            continue
        if proofs and any(not member_options(part, r, o) for r in rels):
            continue
        out.append(o)
    return out


def make_case(name: str, part: str, idx: int, rule: str | None, variant: str, knobs: dict) -> tuple[Case, dict]:
    seed = zlib.crc32(f"be9ter|{part}|{name}".encode())
    rng = random.Random(seed)
    flags: set = set()
    K = dict(knobs)
    # --- application family and language
    apps = [f for f in my_fams("application", part) if BFAMILIES[f].lang != "en"]
    app_fam = _rot(apps, idx + (seed % 3))
    if rule == "BE9TER-APPLICATION-LANGUAGE" and variant == "english":
        app_fam = my_fams("application", part, langs={"en"})[0]
    if rule == "BE9TER-SIGNED":
        want = "form" if variant == "form" else "letter"
        cands = [f for f in apps if ("form" in f) == (want == "form")]
        app_fam = _rot(cands, idx)
    if rule == "BE9TER-ADDRESS":
        cands = [f for f in apps if ("form" in f or "inventa" in f)] if variant == "labelled" else \
            [f for f in apps if "prose" in f or "eupen" in f]
        app_fam = _rot(cands, idx)
    if rule == "BE9TER-APPLICATION-LANGUAGE" and variant == "asylum-language":
        app_fam = _rot([f for f in apps if BFAMILIES[f].lang == "nl"], idx)
    lang = BFAMILIES[app_fam].lang
    region = lang if lang != "en" else rng.choice(["nl", "fr"])
    # --- asylum
    asylum = None
    idk = K.get("id", "passport")
    if rule == "BE9TER-IDENTITY" and variant == "asylum-noproof":
        idk = "asylum-noproof"
    if idk in ("asylum", "asylum-noproof"):
        asylum = {"status": "pending", "lodged": SUBMISSION - timedelta(days=rng.randint(90, 420)),
                  "language": lang if lang in ("nl", "fr") else "fr"}
        if lang == "de":
            app_fam = _rot([f for f in apps if BFAMILIES[f].lang == "fr"], idx)
            lang = region = "fr"
            asylum["language"] = "fr"
    if K.get("asylum") == "refused-old":
        other = "fr" if lang == "nl" else "nl"
        asylum = {"status": "refused", "language": other,
                  "refused_on": SUBMISSION - timedelta(days=rng.randint(250, 500))}
    if K.get("asylum") == "refused-recent":
        asylum = {"status": "refused", "language": lang if lang in ("nl", "fr", "de") else "fr",
                  "refused_on": SUBMISSION - timedelta(days=rng.randint(30, 150))}
    if rule == "BE9TER-APPLICATION-LANGUAGE" and variant == "asylum-language":
        asylum = {"status": "refused", "language": "fr", "refused_on": SUBMISSION - timedelta(days=rng.randint(40, 150))}
    # --- identity kind -> origin
    if rule == "BE9TER-IDENTITY":
        idk = {"declaration": "declaration", "asylum-noproof": "asylum-noproof", "none": "none"}[variant]
    if rule == "ID-SUFFICIENCY":
        idk = {"nophoto": "pieces-nophoto", "single-piece": "single-piece", "declarative": "declarative-cert"}[variant]
    if rule == "BE9TER-IDENTITY-LANGUAGE":
        idk = "untranslated"
    if rule == "ID-MRZ":
        idk = "passport-mrz" if variant == "check-digit" else "passport-name"
    if idk == "idcard-translated":
        idk = "translated"
    fam = list(K.get("family", []))
    if rule == "BE9TER-FAMILY":
        fam = ["child"] if variant == "child" else ["spouse"]
    origins = feasible_origins(part, idk, fam, rule != "BE9TER-FAMILY")
    if not origins and rule is None:
        for alt in ("certificate", "pieces", "passport", "asylum"):
            origins = feasible_origins(part, alt, fam, True)
            if origins:
                NOTES.append(f"{part}/{name}: identity kind '{idk}' with family {fam} not possible; '{alt}' used")
                idk = alt
                break
    if not origins:
        NOTES.append(f"{part}/{name}: identity kind '{idk}' with family {fam} impossible; passport used")
        origins = feasible_origins(part, idk, [], False) or feasible_origins(part, "passport", [], False)
    if idk in ("untranslated", "translated"):
        pref = [o for o in ("TUR", "AFG", "SYR") if o in origins]
        origins = pref or origins
    origin = _rot(origins, idx * 7 + seed % 5)
    idfams = id_options(part, idk, origin) or []
    if idk in ("asylum", "asylum-noproof") and not (asylum and asylum.get("status") == "pending"):
        asylum = {"status": "pending", "lodged": SUBMISSION - timedelta(days=rng.randint(90, 420)),
                  "language": lang if lang in ("nl", "fr") else "fr"}
    # --- the applicant
    sex = rng.choice("MF")
    if fam and "spouse" in fam and rng.random() < 0.5:
        sex = "M"
    has_nrn = rng.random() < 0.55 or (rule == "BE9TER-PERSONAL-DATA" and variant == "nrn-checksum")
    if K.get("ov"):
        has_nrn = False
    p = _people.make_person(rng, country="BE", origin=origin, sex=sex, min_age=21 if not fam else 27, max_age=67,
                            national_number=has_nrn)
    if idk in ("untranslated", "translated"):
        p.birth_place = rng.choice(["İstanbul", "Ankara", "İzmir", "Gaziantep", "Van"])
        p.birth_country = "Turkey"
    addr = make_address(rng, region)
    p.address = addr
    nrn_s = None
    if p.national_number:
        style = rng.choice(["dots", "dots", "spaces", "plain"])
        nn = p.national_number
        if rule == "BE9TER-PERSONAL-DATA" and variant == "nrn-checksum":
            cd = int(nn[9:])
            nn = nn[:9] + f"{(cd + rng.choice([3, 7, 11, 19])) % 97:02d}"
        nrn_s = _people.format_national_number(nn, style)
    ov = None if nrn_s else ov_number(rng)
    if asylum and asylum.get("status") == "pending" and not ov:
        ov = ov_number(rng)
    # --- lawyer and domicile
    is_form = "form" in app_fam
    lawyer = rng.choice(LAWYERS[region if region in LAWYERS else "nl"])
    if lang == "en":
        lawyer = rng.choice(LAWYERS[region])
    if is_form and rng.random() < 0.45:
        domicile = "residence"
    else:
        domicile = "lawyer"
    if K.get("domicile") == "other":
        domicile = "other"
    other_dom = None
    if domicile == "other":
        other_dom = {"nl": "het CAW Oost-Vlaanderen, Visserij 153, 9000 Gent",
                     "fr": "l'asbl Solidarité Santé, Rue Saint-Léonard 45, 4000 Liège",
                     "de": "dem ÖSHZ Eupen, Bergkapellstraße 46, 4700 Eupen",
                     "en": "CAW Oost-Vlaanderen, Visserij 153, 9000 Gent"}[lang]
    # --- illness, doctors, dates
    cert_fams = [f for f in my_fams("medical-certificate", part) if BFAMILIES[f].lang != "en"]
    cert_fam = _rot(cert_fams, idx * 3 + seed % 4)
    if rule == "BE9TER-MEDCERT-LANGUAGE":
        cert_fam = my_fams("medical-certificate", part, langs={"en"})[0]
    if lang == "de" and rng.random() < 0.6 and my_fams("medical-certificate", part, langs={"de"}):
        cert_fam = my_fams("medical-certificate", part, langs={"de"})[0]
    if rule == "BE9TER-MEDCERT-FIELDS" and variant == "severity":
        cert_fam = _rot([f for f in cert_fams if "2024" in f], idx)
    cert_lang = BFAMILIES[cert_fam].lang
    need = {lang if lang != "en" else "nl", cert_lang}
    ills = [k for k in ILLNESSES if need <= set(ILL_LANGS[k]) and (k != "cancer" or sex == "F")]
    illness = _rot(ills, idx + seed % 5)
    spec = ILLNESSES[illness]["spec"]
    doc_lang = cert_lang if cert_lang != "en" else region
    doctor = make_doctor(rng, doc_lang, rng.choice([spec, spec, "gp"]))
    specialist = make_doctor(rng, rng.choice([doc_lang, region]) if region != "de" else "de", spec)
    if specialist.last == doctor.last:
        specialist = make_doctor(rng, doc_lang, spec)
    cert_date = SUBMISSION - timedelta(days=rng.randint(9, 72))
    if rule == "BE9TER-MEDCERT-AGE":
        cert_date = SUBMISSION - timedelta(days={"a": rng.randint(118, 130), "b": rng.randint(100, 112),
                                                 "c": rng.randint(135, 170)}[variant])
    app_date = SUBMISSION - timedelta(days=rng.randint(0, 6))
    c = Case(name=name, part=part, seed=seed, lang=lang, p=p, addr=addr, lawyer=lawyer, domicile=domicile,
             other_domicile=other_dom, nrn=nrn_s, ov=ov, illness=illness, doctor=doctor, specialist=specialist,
             cert_lang=cert_lang, cert_date=cert_date, app_date=app_date, id_kind=idk, asylum=asylum, flags=flags)
    c.cert_date_style = rng.choice(["dots", "slashes", "dashes", "long", "iso", "short"]) if rule != \
        "BE9TER-MEDCERT-AGE" else {"a": "long", "b": "slashes", "c": rng.choice(["iso", "dashes", "dots"])}[variant]
    c.medstat_date = cert_date - timedelta(days=rng.randint(2, 35))
    c.name_style = rng.choice(NAME_STYLES_B)
    c.date_style = rng.choice(["dots", "dots", "slashes", "long", "dashes"])
    c.addr_style = rng.choice(ADDR_STYLES + ["street-first", "street-first"])
    c.coi_in_app = rng.random() < 0.8 or K.get("coi_doc") is False
    c.rm_date = SUBMISSION - timedelta(days=rng.choice([0, 0, 0, 1]))
    if c.app_date > c.rm_date:
        c.app_date = c.rm_date
    c.rm_track = s10_tracking(rng) if rng.random() < 0.6 else bpost_barcode_number(rng)
    c.rm_to = rng.choice(ADDRESSEES_OK)
    c.idfams = idfams
    c.annex_pages = {}
    # --- family members
    c.member_fams = []
    for rel in fam:
        opts = member_options(part, rel, origin)
        choice = opts[(seed + len(c.family)) % len(opts)] if opts else (None, None)
        f, born_in = choice
        if rel == "spouse":
            sp = _people.make_spouse(rng, p)
            sp.address = addr
            c.family.append(Member("spouse", sp))
        else:
            ch = _people.make_child(rng, p, born_in=born_in, min_age=1, max_age=15)
            ch.address = addr
            if not has_nrn:
                ch.national_number = None
            c.family.append(Member("child", ch))
        c.member_fams.append((f, born_in))
    if rule == "BE9TER-PARALLEL":
        c.previous_9ter = SUBMISSION - timedelta(days=rng.randint(200, 700))
    # --- flags from the defect
    if rule == "BE9TER-ADDRESS":
        flags.add("no_address")
        c.domicile = "lawyer"
    if rule == "BE9TER-SIGNED":
        flags.add("unsigned")
    if rule == "BE9TER-PERSONAL-DATA" and variant == "birthplace":
        flags.add("no_birthplace")
    if rule == "BE9TER-PERSONAL-DATA" and variant == "nationality":
        flags.add("no_nationality")
    if rule == "BE9TER-CHOSEN-DOMICILE":
        flags.add("no_domicile")
    if rule == "BE9TER-COUNTRY-INFO":
        flags.add("no_coi")
    if rule == "BE9TER-MEDCERT-PRESENT":
        flags.add("medcert_absent")
    if rule == "BE9TER-MEDCERT-FIELDS":
        flags.add({"severity": "mc_no_severity", "treatment": "mc_no_treatment", "illness": "mc_no_illness"}[variant])
    if rule == "BE9TER-MEDCERT-DOCTOR":
        flags.add({"unsigned": "mc_unsigned", "no-riziv": "mc_no_riziv", "no-patient": "mc_no_patient"}[variant])
    if rule == "BE9TER-REGISTERED-MAIL" and variant == "wrong-addressee":
        c.rm_to = rng.choice(ADDRESSEES_WRONG)
    K.update(app_fam=app_fam, cert_fam=cert_fam, has_nrn=has_nrn, origin=origin)
    return c, K


def _ann(kind: str, c: Case, extra: str = "") -> dict:
    d = dict(ANNEX_DESC[kind])
    if extra:
        d = {k: f"{v} {extra}".strip() for k, v in d.items()}
    return d


def plan_dossier(c: Case, K: dict, rule: str | None, variant: str, rng: random.Random) -> list[Plan]:
    part = c.part
    plans: list[Plan] = []
    p = c.p
    # --- identity
    idk = c.id_kind
    for j, f in enumerate(c.idfams):
        key = "id" if j == 0 else f"id{j + 1}"
        R = random.Random(c.seed + 11 + j)
        if f.type == "translation":
            src = c.idfams[j - 1]
            plans.append(Plan("id-tr", "translation", f.id,
                              (lambda f=f, s=src, R=R: (_call(f, p, R, of_type=s.type, source_lang=s.lang,
                                                              issue_date=c.app_date - timedelta(days=20)), {})),
                              _ann("translation", c)))
            continue
        if f.type == "identity-document":
            if idk == "passport-expired":
                exp = SUBMISSION - timedelta(days=rng.randint(60, 900))
            else:
                exp = SUBMISSION + timedelta(days=rng.randint(150, 2600))
            years = 10 if (f.mrz != "TD3" or rng.random() < 0.3) else 5
            iss = date(exp.year - years, exp.month, min(exp.day, 28)) + timedelta(days=1)
            c.id_expiry, c.id_issue = exp, iss
            opts = dict(issue_date=iss, expiry_date=exp)
            person = p
            if idk == "passport-mrz":
                opts["break_check"] = K.setdefault("break_check", rng.choice(["birth", "number", "expiry",
                                                                              "composite"]))
            if idk == "passport-name":
                person = copy.deepcopy(p)
                person.surname = variant_spelling(p.surname)
                K["passport_surname"] = person.surname
            ann = _ann("passport" if f.mrz == "TD3" else "identity-document", c)
        else:
            iss = SUBMISSION - timedelta(days=rng.randint(40, 900))
            opts = dict(issue_date=iss)
            if f.type == "birth-certificate":
                opts["act_date"] = p.birth_date + timedelta(days=rng.randint(3, 60))
            if f.type in ("consular-card", "driving-licence"):
                opts["expiry_date"] = SUBMISSION + timedelta(days=rng.randint(200, 1500))
                opts["issue_date"] = opts["expiry_date"] - timedelta(days=365 * (3 if f.type == "consular-card"
                                                                                  else 10))
            if idk == "declarative-cert":
                opts["declarative"] = True
            person = p
            ann = _ann(f.type, c)
        plans.append(Plan(key, f.type, f.id, (lambda f=f, pr=person, o=opts, R=R: (_call(f, pr, R, **o), {})), ann))
    if idk == "declaration":
        fid = {"dev": "be9ter-other-declaration-nl", "heldout": "be9ter-other-association-fr"}.get(part) or \
            next(f for f in my_fams("other", part) if "declaration" in f)
        plans.append(Plan("id", "other", fid, lambda f=fid: BFAMILIES[f].make(c, random.Random(c.seed + 19)),
                          _ann("declaration", c)))
    # --- asylum proof
    if idk == "asylum":
        fs = my_fams("asylum-proof", part, langs={c.asylum["language"]}) or my_fams("asylum-proof", part)
        fid = _rot(fs, c.seed % 7)
        plans.append(Plan("asylum", "asylum-proof", fid, lambda f=fid: BFAMILIES[f].make(c, random.Random(c.seed + 23)),
                          _ann("asylum-proof", c)))
    # --- medical certificate
    if "medcert_absent" not in c.flags:
        fid = K["cert_fam"]
        cd = fdate(c.cert_date, "dots")
        plans.append(Plan("medcert", "medical-certificate", fid,
                          lambda f=fid: BFAMILIES[f].make(c, random.Random(c.seed + 29)),
                          {l: f"{ANNEX_DESC['medical-certificate'][l]} – {c.doctor.name()} ({cd})"
                           for l in ("nl", "fr", "de", "en")}))
    # --- medical statements
    want_ms = K.get("medstat", True) and (rng.random() < 0.5 or "medcert_absent" in c.flags)
    if want_ms:
        fs = my_fams("medical-statement", part)
        if "medcert_absent" in c.flags:
            fs = [f for f in fs if ("specialist" in f) == (variant == "specialist") and "lab" not in f] or fs
        fid = _rot(fs, c.seed % 11)
        plans.append(Plan("medstat", "medical-statement", fid,
                          lambda f=fid: BFAMILIES[f].make(c, random.Random(c.seed + 31)),
                          {l: f"{ANNEX_DESC['medical-statement'][l]} – "
                              f"{(c.doctor if 'medcert_absent' in c.flags else c.specialist).name()}"
                           for l in ("nl", "fr", "de", "en")}))
    # --- country of origin information
    if "no_coi" not in c.flags and K.get("coi_doc", True) is not False and (rng.random() < 0.7 or not c.coi_in_app):
        fid = _rot(my_fams("country-of-origin-info", part), c.seed % 13)
        plans.append(Plan("coi", "country-of-origin-info", fid,
                          lambda f=fid: BFAMILIES[f].make(c, random.Random(c.seed + 37)),
                          {l: f"{ANNEX_DESC['country-of-origin-info'][l]} – {cname(c.origin(), l)}"
                           for l in ("nl", "fr", "de", "en")}))
    if K.get("coi_doc") is False:
        c.coi_in_app = True
    # --- family members' proof of kinship
    if rule != "BE9TER-FAMILY":
        for i, m in enumerate(c.family):
            f, born_in = c.member_fams[i]
            q = m.p
            if f is None:
                NOTES.append(f"{part}/{c.name}: no kinship-proof family for {m.rel}")
                continue
            if m.rel == "child":
                mk = (lambda f=f, q=q, i=i: (_call(f, q, random.Random(c.seed + 41 + i),
                                                   issue_date=SUBMISSION - timedelta(days=rng.randint(30, 400)),
                                                   act_date=q.birth_date + timedelta(days=rng.randint(2, 20)),
                                                   father=q.father, mother=q.mother), {}))
                desc = {l: f"{ANNEX_DESC['birth-certificate'][l]} – {q.given_names} {q.surname}" for l in
                        ("nl", "fr", "de", "en")}
                t = "birth-certificate"
            else:
                wed = max(p.birth_date, q.birth_date) + timedelta(days=365 * 21 + rng.randint(0, 2000))
                wed = min(wed, SUBMISSION - timedelta(days=400))
                if born_in == "BE":
                    wed = SUBMISSION - timedelta(days=rng.randint(400, 1500))
                husband, wife = (p, q) if p.sex == "M" else (q, p)
                mk = (lambda f=f, h=husband, w=wife, wd=wed: (_call(f, h, random.Random(c.seed + 43), spouse=w,
                                                                    marriage_date=wd,
                                                                    issue_date=SUBMISSION - timedelta(days=90)), {}))
                desc = _ann("marriage-certificate", c)
                t = "marriage-certificate"
            plans.append(Plan(f"fam{i}", t, f.id, mk, desc))
    # --- others
    if K.get("others") or (rng.random() < 0.15 and rule is None):
        fs = [f for f in my_fams("other", part) if "declaration" not in f and "association" not in f]
        fid = _rot(fs, c.seed % 3)
        ann = _ann("pharmacy", c) if "pharmacy" in fid else None
        plans.append(Plan("other", "other", fid, lambda f=fid: BFAMILIES[f].make(c, random.Random(c.seed + 47)), ann))
    # --- the application (rendered after the annexes are known)
    plans.insert(0, Plan("app", "application", K["app_fam"],
                         lambda f=K["app_fam"]: BFAMILIES[f].make(c, random.Random(c.seed + 53))))
    # --- registered mail
    rm = K.get("rm")
    if rule == "BE9TER-REGISTERED-MAIL" and variant in ("absent", "manifest-attached-missing"):
        rm = "none"
    if rm not in ("planned", "none"):
        fid = _rot(my_fams("registered-mail-receipt", part), c.seed % 17)
        plans.append(Plan("receipt", "registered-mail-receipt", fid,
                          lambda f=fid: BFAMILIES[f].make(c, random.Random(c.seed + 59))))
    K["rm_final"] = rm
    return plans


FILE_NAMES = {
    "application": {"nl": ["aanvraag_9ter.pdf", "verzoekschrift_9ter.pdf", "01_aanvraag.pdf", "9ter_{sn}.pdf"],
                    "fr": ["requete_9ter.pdf", "demande_9ter_{sn}.pdf", "01_requete.pdf", "9ter {sn}.pdf"],
                    "de": ["antrag_9ter.pdf", "9ter_{sn}.pdf"], "en": ["application_9ter.pdf", "request.pdf"]},
    "medical-certificate": ["medisch_getuigschrift.pdf", "SMG_{sn}.pdf", "certificat_medical_type.pdf",
                            "attest_9ter.pdf", "CMT.pdf", "scan_{n}.pdf"],
    "identity-document": ["paspoort.jpg", "passeport.pdf", "ID_{sn}.jpg", "IMG_{img}.jpg", "identiteit.pdf"],
    "registered-mail-receipt": ["aangetekend.jpg", "recommande.jpg", "bewijs_afgifte.png", "IMG_{img}.jpg",
                                "preuve_depot.pdf"],
    "medical-statement": ["verslag.pdf", "rapport_medical.pdf", "specialist_{sn}.pdf", "doc_{n}.pdf"],
    "country-of-origin-info": ["info_herkomstland.pdf", "COI_{cc}.pdf", "rapport_pays.pdf", "bijlage_{n}.pdf"],
    "asylum-proof": ["bijlage26.jpg", "annexe26.pdf", "asiel.pdf", "CGVS_attest.pdf", "scan_{n}.jpg"],
    "other": ["mail.pdf", "document_{n}.pdf", "factuur.jpg", "attestation.pdf"],
    "default": ["stuk_{n}.pdf", "piece_{n}.pdf", "scan_{n}.pdf", "bijlage_{n}.jpg"],
}

PRODUCERS = [("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365"),
             ("LibreOffice 7.6", "Writer"), ("Adobe PDF Library 23.1.175", "Acrobat PDFMaker 23 for Word"),
             ("Kleos", "Kleos PDF export"), ("macOS Version 14.5 Quartz PDFContext", "Pages")]


def pick_scan(rng: random.Random, *, gentle=False, phone=False, allow_rotate=True) -> Scan:
    dpi = rng.choice([200, 200, 200, 300] if gentle else [200, 200, 200, 200, 200, 300, 150, 150])
    skew = 0.0
    if rng.random() < 0.33:
        skew = round(rng.uniform(-1.5, 1.5) if gentle else rng.uniform(-3, 3), 1)
    jq = rng.choice([None, None, 75, 60] if gentle else [None, None, 80, 60, 45, 30])
    tint = rng.choice([None, None, None, None, None, "grey", "yellow"])
    fold = rng.random() < (0.05 if gentle else 0.15)
    grey = rng.random() < 0.2
    rot = 0
    if allow_rotate and not gentle and not phone and rng.random() < 0.08:
        rot = rng.choice([90, 180, 270])
    return Scan(dpi=dpi, rotate=rot, skew_deg=skew, jpeg_quality=jq, paper_tint=tint, fold_shadow=fold,
                phone_photo=phone, grey=grey, seed=rng.randrange(1 << 30))


def _fname(kind: str, lang: str, c: Case, rng: random.Random, used: set, n: int, ext: str) -> str:
    pool = FILE_NAMES.get(kind) or FILE_NAMES["default"]
    if isinstance(pool, dict):
        pool = pool.get(lang) or pool["nl"]
    pat = rng.choice(pool)
    sn = _people.strip_accents(c.p.surname).replace(" ", "_")
    img = f"202611{rng.randint(20, 30):02d}_{rng.randint(8, 19):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
    s = pat.format(sn=sn, n=n, img=img, cc=c.p.nationality)
    stem, _, _ = s.rpartition(".")
    s = f"{stem}.{ext}"
    k = 2
    while s.lower() in used:
        s = f"{stem}_{k}.{ext}"
        k += 1
    used.add(s.lower())
    return s


def choose_output(pl: Plan, c: Case, rng: random.Random, used: set, n: int) -> None:
    t = pl.type
    nsh = len(pl.sheets)
    gentle = pl.target
    r = rng.random()
    if t == "application":
        lawyer_letter = "lawyer" in pl.family or "inventa" in pl.family or "eupen" in pl.family
        if lawyer_letter and r < 0.55:
            pl.mode = "born"
        elif r < 0.9:
            pl.mode = "scanpdf"
        else:
            pl.mode = "tiff"
    elif t in ("medical-certificate",):
        pl.mode = "scanpdf" if r < 0.7 else ("tiff" if r < 0.85 or nsh > 1 else "jpeg")
    elif t in ("identity-document", "birth-certificate", "nationality-certificate", "consular-card",
               "identity-certificate", "driving-licence", "marriage-certificate", "translation"):
        pl.mode = "jpeg" if (r < 0.45 and nsh == 1) else ("png" if r < 0.52 and nsh == 1 else "scanpdf")
    elif t == "registered-mail-receipt":
        pl.mode = "jpeg" if r < 0.7 else ("png" if r < 0.85 else "scanpdf")
    elif t in ("medical-statement", "country-of-origin-info"):
        pl.mode = "born" if r < 0.5 else "scanpdf"
    elif t == "asylum-proof":
        pl.mode = "jpeg" if r < 0.5 and nsh == 1 else "scanpdf"
    else:
        pl.mode = "born" if ("email" in pl.family and r < 0.7) else ("jpeg" if nsh == 1 else "scanpdf")
    phone = False
    if t == "registered-mail-receipt" and ("sticker" in pl.family or "photo" in pl.family):
        phone = True
    elif t == "identity-document" and r < 0.15 and pl.mode in ("jpeg", "png"):
        phone = True
    elif t == "other" and "pharmacy" in pl.family:
        phone = rng.random() < 0.6
    if pl.mode != "born":
        base = pick_scan(rng, gentle=gentle, phone=phone)
        pl.scans = [dataclasses.replace(base, seed=base.seed + i,
                                        rotate=base.rotate if i == 0 or rng.random() < 0.5 else 0)
                    for i in range(nsh)]
    ext = {"born": "pdf", "scanpdf": "pdf", "tiff": "tif", "jpeg": "jpg", "png": "png"}[pl.mode]
    if pl.mode in ("jpeg", "png") and nsh > 1:
        pl.mode = "scanpdf"
        ext = "pdf"
    kind = t if t in FILE_NAMES else "default"
    if t in ("birth-certificate", "nationality-certificate", "consular-card", "identity-certificate",
             "driving-licence", "marriage-certificate", "translation"):
        kind = "default"
    pl.fname = _fname(kind, c.lang, c, rng, used, n, ext)


def save_plan(folder: pathlib.Path, pl: Plan, rng: random.Random) -> None:
    path = folder / pl.fname
    if pl.mode == "born":
        prod, creator = rng.choice(PRODUCERS)
        _paper.save_born_digital_pdf(path, pl.sheets, producer=prod, creator=creator)
    elif pl.mode == "scanpdf":
        _paper.save_scanned_pdf(path, pl.sheets, pl.scans,
                                producer=rng.choice(["", "Canon iR-ADV C5535", "RICOH IM C3000", "Xerox WorkCentre",
                                                     "HP Scan", "Adobe Scan", "CamScanner"]))
    elif pl.mode == "tiff":
        # office scanners mostly write JPEG-in-TIFF (LZW of a noisy scan is ten times larger)
        _paper.save_tiff(path, pl.sheets, pl.scans, compression="jpeg")
    else:
        sc = pl.scans[0]
        _paper.save_image(path, pl.sheets[0], sc, fmt="jpeg" if pl.mode == "jpeg" else "png",
                          phone_dpi=72 if sc.phone_photo and rng.random() < 0.5 else None)


def save_combined(folder: pathlib.Path, fname: str, plans: list[Plan], rng: random.Random) -> None:
    sheets, scans = [], []
    for pl in plans:
        if not pl.scans:
            base = pick_scan(rng, gentle=pl.target)
            pl.scans = [dataclasses.replace(base, seed=base.seed + i) for i in range(len(pl.sheets))]
        sheets += pl.sheets
        scans += pl.scans
    _paper.save_scanned_pdf(folder / fname, sheets, scans, producer=rng.choice(["RICOH IM C3000", "Canon iR-ADV C5535"]))


WHAT = {
    ("BE9TER-REGISTERED-MAIL", "absent"): "no proof of registered posting in the dossier and no registered_mail key "
                                          "in the manifest",
    ("BE9TER-REGISTERED-MAIL", "manifest-attached-missing"): "the manifest says registered_mail: attached, but no "
                                                             "proof of registered posting is in the dossier",
    ("BE9TER-ADDRESS", "prose"): "the application gives no address of effective residence in Belgium (only the "
                                 "lawyer's address as chosen domicile)",
    ("BE9TER-ADDRESS", "labelled"): "the application's field for the address of effective residence is empty or "
                                    "absent",
    ("BE9TER-IDENTITY", "declaration"): "identity shown only by a declaration that rests on the applicant's own "
                                        "statements (no identity document, no official evidence)",
    ("BE9TER-IDENTITY", "asylum-noproof"): "the application claims the asylum exemption but no proof of the pending "
                                           "asylum application (annex 26, CGRS attest) and no identity document are "
                                           "attached",
    ("BE9TER-IDENTITY", "none"): "no identity evidence at all (the application says the passport will follow)",
    ("ID-SUFFICIENCY", "nophoto"): "birth certificate and nationality certificate only: no piece allows a physical "
                                   "link (photo)",
    ("ID-SUFFICIENCY", "single-piece"): "one piece of evidence only, which lacks elements of identity (nationality "
                                        "or photo)",
    ("ID-SUFFICIENCY", "declarative"): "the only identity evidence is a consular identity certificate drawn up on the "
                                       "applicant's own declarations (condition d not met)",
    ("BE9TER-MEDCERT-PRESENT", "specialist"): "no standard medical certificate: only a specialist's letter",
    ("BE9TER-MEDCERT-PRESENT", "other-report"): "no standard medical certificate: only a medical report",
    ("BE9TER-MEDCERT-FIELDS", "severity"): "the certificate's degree-of-severity field is left empty",
    ("BE9TER-MEDCERT-FIELDS", "treatment"): "the certificate's treatment fields (medication, intervention, "
                                            "duration) are left empty",
    ("BE9TER-MEDCERT-FIELDS", "illness"): "the certificate's diagnosis field is left empty",
    ("BE9TER-MEDCERT-DOCTOR", "unsigned"): "the certificate bears no doctor's signature",
    ("BE9TER-MEDCERT-DOCTOR", "no-riziv"): "the certificate gives no RIZIV/INAMI number",
    ("BE9TER-MEDCERT-DOCTOR", "no-patient"): "the certificate does not name the patient",
    ("BE9TER-MEDCERT-LANGUAGE", "en-a"): "the standard medical certificate is in English",
    ("BE9TER-MEDCERT-LANGUAGE", "en-b"): "the standard medical certificate is in English",
    ("BE9TER-APPLICATION-LANGUAGE", "english"): "the application is written in English",
    ("BE9TER-APPLICATION-LANGUAGE", "asylum-language"): "asylum procedure in French refused less than 6 months "
                                                        "before; the application is in Dutch",
    ("BE9TER-IDENTITY-LANGUAGE", "a"): "identity evidence in a language other than NL/FR/DE/EN without translation",
    ("BE9TER-IDENTITY-LANGUAGE", "b"): "identity evidence in a language other than NL/FR/DE/EN without translation",
    ("BE9TER-SIGNED", "form"): "the application form is not signed (signature box empty)",
    ("BE9TER-SIGNED", "letter"): "the application letter is not signed",
    ("BE9TER-PERSONAL-DATA", "birthplace"): "the application does not state the place and country of birth",
    ("BE9TER-PERSONAL-DATA", "nrn-checksum"): "the national register number in the application fails its checksum",
    ("BE9TER-PERSONAL-DATA", "nationality"): "the application does not state the nationality",
    ("BE9TER-CHOSEN-DOMICILE", "a"): "the application elects no domicile",
    ("BE9TER-CHOSEN-DOMICILE", "b"): "the application elects no domicile",
    ("BE9TER-COUNTRY-INFO", "a"): "no information on availability and accessibility of treatment in the country "
                                  "of origin",
    ("BE9TER-COUNTRY-INFO", "b"): "no information on availability and accessibility of treatment in the country "
                                  "of origin",
    ("BE9TER-FAMILY", "child"): "a minor child is included in the application without a birth certificate",
    ("BE9TER-FAMILY", "spouse"): "the spouse is included in the application without a marriage certificate",
    ("BE9TER-PARALLEL", "a"): "the application withdraws a pending earlier 9ter application",
    ("BE9TER-PARALLEL", "b"): "the application withdraws a pending earlier 9ter application",
}



def id_pieces_text(c: Case, lang: str) -> str:
    items = [(k, d) for (k, d) in c.annexes if k.startswith("id") and k != "id-tr"]
    parts = [f"{d[0].lower() + d[1:]}{_stuk(c, k, lang)}" for k, d in items]
    if not parts:
        return "—"
    if len(parts) == 1:
        return parts[0]
    conj = {"nl": " en ", "fr": " et ", "de": " und ", "en": " and "}[lang]
    return ", ".join(parts[:-1]) + conj + parts[-1]


TARGET_KEY = {
    "BE9TER-REGISTERED-MAIL": "receipt", "BE9TER-ADDRESS": "app", "BE9TER-MEDCERT-AGE": "medcert",
    "BE9TER-MEDCERT-FIELDS": "medcert", "BE9TER-MEDCERT-DOCTOR": "medcert", "BE9TER-MEDCERT-LANGUAGE": "medcert",
    "BE9TER-APPLICATION-LANGUAGE": "app", "BE9TER-IDENTITY-LANGUAGE": "id2", "BE9TER-SIGNED": "app",
    "BE9TER-PERSONAL-DATA": "app", "BE9TER-CHOSEN-DOMICILE": "app", "BE9TER-PARALLEL": "app", "ID-MRZ": "id",
}
NULL_LOCATION = {"BE9TER-IDENTITY", "ID-SUFFICIENCY", "BE9TER-MEDCERT-PRESENT", "BE9TER-COUNTRY-INFO",
                 "BE9TER-FAMILY"}


def _defect_tag(rule: str, variant: str, c: Case, pl: Plan) -> str | None:
    if rule == "BE9TER-MEDCERT-AGE":
        return "signature"
    if rule == "BE9TER-MEDCERT-FIELDS":
        return {"severity": "severity", "treatment": "treatment", "illness": "illness"}[variant]
    if rule == "BE9TER-MEDCERT-DOCTOR":
        if variant == "no-patient":
            return "patient"
        if variant == "no-riziv" and "doctor" in (pl.tags or {}):
            return "doctor"
        return "signature"
    if rule in ("BE9TER-SIGNED",):
        return "signature"
    if rule == "BE9TER-PERSONAL-DATA":
        return "personal"
    if rule == "BE9TER-ADDRESS":
        return "residence" if "residence" in (pl.tags or {}) else "personal"
    if rule == "BE9TER-CHOSEN-DOMICILE":
        return "residence" if "residence" in (pl.tags or {}) else "personal"
    if rule == "BE9TER-PARALLEL":
        return "parallel"
    return None


def build_dossier(out_root: pathlib.Path, part: str, name: str, idx: int, rule: str | None, variant: str,
                  knobs: dict) -> dict | None:
    c, K = make_case(name, part, idx, rule, variant, knobs)
    rng = random.Random(c.seed + 1)
    if rule == "BE9TER-IDENTITY-LANGUAGE" and not c.idfams:
        NOTES.append(f"{part}/{name}: not built (no identity family in a non-accepted language)")
        return None
    if rule == "ID-SUFFICIENCY" and not c.idfams:
        NOTES.append(f"{part}/{name}: not built (no identity pieces for ID-SUFFICIENCY)")
        return None
    plans = plan_dossier(c, K, rule, variant, rng)
    tk = TARGET_KEY.get(rule or "")
    for pl in plans:
        if pl.key == tk:
            pl.target = True
    for pl in plans:
        if pl.key != "app":
            pl.sheets, pl.tags = pl.build()
    c.annexes = [(pl.key, pl.annex[c.lang]) for pl in plans if pl.annex and pl.key not in ("app", "receipt")]
    c.annex_pages = {pl.key: len(pl.sheets) for pl in plans if pl.sheets}
    app = plans[0]
    app.sheets, app.tags = app.build()
    # --- files
    folder = out_root / part / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    used: set = set()
    pages: dict[str, list[tuple[str, int]]] = {}
    docs = []
    variations = [f"app:{K['app_fam']}", f"lang:{c.lang}", f"illness:{c.illness}", f"origin:{c.p.nationality}",
                  f"name:{c.name_style}", f"date:{c.date_style}", f"address:{c.addr_style}",
                  f"certdate:{c.cert_date_style}", f"identity:{c.id_kind}", f"domicile:{c.domicile}",
                  "nrn" if c.nrn else "public-security-number"]
    if c.asylum:
        variations.append(f"asylum-{c.asylum['status']}")
    for m in c.family:
        variations.append(f"family:{m.rel}")
    combine = bool(K.get("combine"))
    if combine:
        group = [pl for pl in plans if pl.key != "receipt"]
        fname = rng.choice(["dossier_9ter_{sn}.pdf", "9ter volledig.pdf", "scan_dossier.pdf"]).format(
            sn=_people.strip_accents(c.p.surname).replace(" ", "_"))
        used.add(fname.lower())
        save_combined(folder, fname, group, rng)
        pg = 1
        for pl in group:
            n = len(pl.sheets)
            pages[pl.key] = [(fname, pg + i) for i in range(n)]
            docs.append({"file": fname, "first_page": pg, "last_page": pg + n - 1, "type": pl.type,
                         "family": pl.family})
            pg += n
            for sc in pl.scans or []:
                variations += [f"{fname}:{x}" for x in sc.label()]
        variations.append("combined-pdf")
        rest = [pl for pl in plans if pl.key == "receipt"]
    else:
        rest = plans
    for n_, pl in enumerate(rest):
        choose_output(pl, c, rng, used, n_ + 2)
        save_plan(folder, pl, rng)
        pages[pl.key] = [(pl.fname, i + 1) for i in range(len(pl.sheets))]
        docs.append({"file": pl.fname, "first_page": 1, "last_page": len(pl.sheets), "type": pl.type,
                     "family": pl.family})
        if pl.mode == "born":
            variations.append(f"{pl.fname}:born-digital")
        for sc in (pl.scans or [])[:1]:
            variations += [f"{pl.fname}:{x}" for x in sc.label()]
    # --- manifest
    p = c.p
    man: dict = {"procedure": "be-9ter", "submission_date": SUBMISSION}
    if rng.random() < 0.35:
        man["language"] = rng.choice(["nl", "fr", "en"])
    ap = {"name": f"{p.given_names} {p.surname}", "birth_date": p.birth_date, "nationality": p.nationality}
    if p.national_number:
        ap["national_number"] = p.national_number
    man["applicant"] = ap
    if c.asylum:
        if c.asylum["status"] == "refused":
            man["asylum"] = {"language": c.asylum["language"], "refused_on": c.asylum["refused_on"]}
        elif K.get("yaml_asylum", rng.random() < 0.6):
            man["asylum"] = {"language": c.asylum["language"]}
    rmf = K.get("rm_final")
    info = []
    if rmf == "planned":
        man["registered_mail"] = "planned"
        info.append({"rule": "BE9TER-REGISTERED-MAIL", "severity": "info", "file": None, "page": None,
                     "what": "registered posting planned (manifest)"})
        variations.append("registered-mail-planned")
    elif rule == "BE9TER-REGISTERED-MAIL" and variant == "manifest-attached-missing":
        man["registered_mail"] = "attached"
    elif rmf == "attached" or ("receipt" in pages and rng.random() < 0.3):
        man["registered_mail"] = "attached"
    if c.id_kind == "passport-expired":
        f0, p0 = pages["id"][0]
        info.append({"rule": "ID-EXPIRED", "severity": "info", "file": f0, "page": p0,
                     "what": f"passport expired on {c.id_expiry.isoformat()}"})
        variations.append("expired-passport")
    with open(folder / "dossier.yaml", "w", encoding="utf-8") as fh:
        yaml.safe_dump(man, fh, sort_keys=False, allow_unicode=True)
    # --- truth
    defect = None
    if rule:
        what = WHAT.get((rule, variant))
        if rule == "BE9TER-REGISTERED-MAIL" and variant == "wrong-addressee":
            what = RM_WRONG_WHAT.format(to=", ".join(c.rm_to))
        if rule == "BE9TER-MEDCERT-AGE":
            what = (f"standard medical certificate dated {fdate(c.cert_date, c.cert_date_style, c.cert_lang)} "
                    f"({(SUBMISSION - c.cert_date).days} days before the submission date)")
        if rule == "ID-MRZ":
            what = (f"passport MRZ: {K.get('break_check')} check digit broken" if variant == "check-digit" else
                    f"passport name '{K.get('passport_surname')}' differs from the manifest's '{p.surname}'")
        if rule == "BE9TER-IDENTITY-LANGUAGE":
            f_ = c.idfams[1] if len(c.idfams) > 1 else c.idfams[0]
            what = f"identity evidence ({f_.type}, {f_.id}, language {f_.lang}) without translation"
        if rule == "ID-SUFFICIENCY":
            what = (WHAT[(rule, variant)] + ": " + ", ".join(f.id for f in c.idfams))
        file_, page_ = None, None
        if rule not in NULL_LOCATION and not (rule == "BE9TER-REGISTERED-MAIL" and variant != "wrong-addressee"):
            key = TARGET_KEY[rule]
            pl = next(x for x in plans if x.key == key)
            tag = _defect_tag(rule, variant, c, pl)
            pg = (pl.tags or {}).get(tag, 1) if tag else 1
            file_, page_ = pages[key][min(pg, len(pages[key])) - 1]
        defect = {"rule": rule, "severity": SEVERITY[rule], "file": file_, "page": page_, "what": what}
    truth = {"dossier": name, "part": part, "procedure": "be-9ter", "clean": rule is None, "defect": defect,
             "documents": docs, "variations": variations}
    if info:
        truth["info"] = info
    return truth


def dossier_specs(part: str) -> list[tuple[str, str | None, str, dict]]:
    specs = []
    for i, kn in enumerate(CLEANS):
        specs.append((f"be9ter-clean-{i + 1:02d}", None, "", dict(kn)))
    counters: dict[str, int] = {}
    for j, (rule, variant) in enumerate(DEFECTS):
        n = counters[rule] = counters.get(rule, 0) + 1
        kn = {}
        r = random.Random(zlib.crc32(f"{part}{rule}{variant}".encode())).random()
        if rule != "BE9TER-REGISTERED-MAIL" and r < 0.15:
            kn["rm"] = "planned"
        if rule not in ("BE9TER-FAMILY",) and 0.15 <= r < 0.25:
            kn["family"] = ["child"]
        if 0.25 <= r < 0.33:
            kn["combine"] = True
        specs.append((f"be9ter-{_slug(rule)}-{n}", rule, variant, kn))
    for i, kn in enumerate(EXTRA_CLEANS.get(part, []), len(CLEANS)):
        specs.append((f"be9ter-clean-{i + 1:02d}", None, "", dict(kn)))
    return specs


def _build_one(args) -> tuple[dict | None, list[str]]:
    out_root, part, idx, name, rule, variant, kn = args
    NOTES.clear()
    t = build_dossier(pathlib.Path(out_root), part, name, idx, rule, variant, kn)
    return t, list(NOTES)


def build(out_root: pathlib.Path, part: str | None = None, *, jobs: int | None = None) -> list[dict]:
    """Write every 9ter dossier (of ``part``, or of both parts) and return their truth dicts.

    Dossiers are independent (each seeded by its name), so they are built by ``jobs`` processes
    (default: $BE9TER_JOBS or 2); the result does not depend on the number of processes."""
    import os
    out_root = pathlib.Path(out_root)
    tasks = []
    for p_ in ((part,) if part else ("dev", "heldout")):
        for idx, (name, rule, variant, kn) in enumerate(dossier_specs(p_)):
            tasks.append((str(out_root), p_, idx, name, rule, variant, kn))
    jobs = jobs if jobs is not None else int(os.environ.get("BE9TER_JOBS", "2"))
    results = []
    if jobs > 1:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(max_workers=jobs) as ex:
            results = list(ex.map(_build_one, tasks, chunksize=1))
    else:
        results = [_build_one(t) for t in tasks]
    truths = []
    NOTES.clear()
    for t, notes in results:
        NOTES.extend(notes)
        if t:
            truths.append(t)
    return truths


if __name__ == "__main__":  # pragma: no cover - a quick manual run
    import sys
    import time
    t0 = time.time()
    out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/be9ter-out")
    ts = build(out)
    for t in ts:
        (out / t["part"] / f"{t['dossier']}.truth.json").write_text(json.dumps(t, indent=1, ensure_ascii=False))
    print(len(ts), "dossiers", round(time.time() - t0, 1), "s")
    for n in NOTES:
        print("NOTE", n)
