"""People, addresses, names and dates for the blind corpus.

Everything is drawn from a caller-supplied ``random.Random`` so the corpus is
deterministic.  Facts (municipalities, postcodes, national-number checksum)
follow the real world; the people themselves are invented.
"""
from __future__ import annotations

import datetime
import random
import unicodedata
from dataclasses import dataclass, field, replace

__all__ = [
    "Address", "Person", "make_person", "be_national_number", "be_national_number_valid",
    "format_date", "format_address", "format_name", "DATE_STYLES", "ADDRESS_STYLES",
    "NAME_STYLES", "COUNTRIES", "ORIGINS", "be_address", "nl_address", "make_professional",
    "v_number", "country_name", "nationality_adj", "strip_accents", "month_name", "make_child", "make_spouse",
    "format_national_number", "BE_PLACES", "NL_PLACES", "MONTHS",
]


@dataclass
class Address:
    street: str
    number: str          # BE: "63", "15"; NL: the whole house number incl. toevoeging ("27-I", "12a", "14 hs")
    box: str | None      # BE: bus/boîte ("2", "01"); NL: always None
    postcode: str        # BE "9000"; NL "1055 AB"
    city: str
    country: str         # "BE" or "NL"


@dataclass
class Person:
    surname: str
    given_names: str
    sex: str  # "M"/"F"
    birth_date: datetime.date
    birth_place: str
    birth_country: str  # English country name
    nationality: str    # ISO 3166 alpha-3
    address: Address | None = None
    national_number: str | None = None
    v_number: str | None = None
    # extra facts the families may use (parents for civil-status acts, ...)
    father: str | None = None
    mother: str | None = None

    @property
    def full_name(self) -> str:
        return f"{self.given_names} {self.surname}"


# --------------------------------------------------------------------------- countries

# alpha-3 -> names and adjectives (en, nl, fr, de) and alpha-2
COUNTRIES: dict[str, dict[str, str]] = {
    "MAR": dict(a2="MA", en="Morocco", nl="Marokko", fr="Maroc", de="Marokko",
                adj_en="Moroccan", adj_nl="Marokkaanse", adj_fr="marocaine", adj_de="marokkanisch"),
    "COD": dict(a2="CD", en="Democratic Republic of the Congo", nl="Democratische Republiek Congo",
                fr="République démocratique du Congo", de="Demokratische Republik Kongo",
                adj_en="Congolese", adj_nl="Congolese", adj_fr="congolaise", adj_de="kongolesisch"),
    "GIN": dict(a2="GN", en="Guinea", nl="Guinee", fr="Guinée", de="Guinea",
                adj_en="Guinean", adj_nl="Guinese", adj_fr="guinéenne", adj_de="guineisch"),
    "AFG": dict(a2="AF", en="Afghanistan", nl="Afghanistan", fr="Afghanistan", de="Afghanistan",
                adj_en="Afghan", adj_nl="Afghaanse", adj_fr="afghane", adj_de="afghanisch"),
    "SYR": dict(a2="SY", en="Syria", nl="Syrië", fr="Syrie", de="Syrien",
                adj_en="Syrian", adj_nl="Syrische", adj_fr="syrienne", adj_de="syrisch"),
    "ARM": dict(a2="AM", en="Armenia", nl="Armenië", fr="Arménie", de="Armenien",
                adj_en="Armenian", adj_nl="Armeense", adj_fr="arménienne", adj_de="armenisch"),
    "RUS": dict(a2="RU", en="Russia", nl="Rusland", fr="Russie", de="Russland",
                adj_en="Russian", adj_nl="Russische", adj_fr="russe", adj_de="russisch"),
    "SUR": dict(a2="SR", en="Suriname", nl="Suriname", fr="Suriname", de="Suriname",
                adj_en="Surinamese", adj_nl="Surinaamse", adj_fr="surinamaise", adj_de="surinamisch"),
    "TUR": dict(a2="TR", en="Turkey", nl="Turkije", fr="Turquie", de="Türkei",
                adj_en="Turkish", adj_nl="Turkse", adj_fr="turque", adj_de="türkisch"),
    "ERI": dict(a2="ER", en="Eritrea", nl="Eritrea", fr="Érythrée", de="Eritrea",
                adj_en="Eritrean", adj_nl="Eritrese", adj_fr="érythréenne", adj_de="eritreisch"),
    "CMR": dict(a2="CM", en="Cameroon", nl="Kameroen", fr="Cameroun", de="Kamerun",
                adj_en="Cameroonian", adj_nl="Kameroense", adj_fr="camerounaise", adj_de="kamerunisch"),
    "DZA": dict(a2="DZ", en="Algeria", nl="Algerije", fr="Algérie", de="Algerien",
                adj_en="Algerian", adj_nl="Algerijnse", adj_fr="algérienne", adj_de="algerisch"),
    "IRQ": dict(a2="IQ", en="Iraq", nl="Irak", fr="Irak", de="Irak",
                adj_en="Iraqi", adj_nl="Iraakse", adj_fr="irakienne", adj_de="irakisch"),
    "NGA": dict(a2="NG", en="Nigeria", nl="Nigeria", fr="Nigeria", de="Nigeria",
                adj_en="Nigerian", adj_nl="Nigeriaanse", adj_fr="nigériane", adj_de="nigerianisch"),
    "GEO": dict(a2="GE", en="Georgia", nl="Georgië", fr="Géorgie", de="Georgien",
                adj_en="Georgian", adj_nl="Georgische", adj_fr="géorgienne", adj_de="georgisch"),
    "SOM": dict(a2="SO", en="Somalia", nl="Somalië", fr="Somalie", de="Somalia",
                adj_en="Somali", adj_nl="Somalische", adj_fr="somalienne", adj_de="somalisch"),
    "ALB": dict(a2="AL", en="Albania", nl="Albanië", fr="Albanie", de="Albanien",
                adj_en="Albanian", adj_nl="Albanese", adj_fr="albanaise", adj_de="albanisch"),
    "AGO": dict(a2="AO", en="Angola", nl="Angola", fr="Angola", de="Angola",
                adj_en="Angolan", adj_nl="Angolese", adj_fr="angolaise", adj_de="angolanisch"),
    "VEN": dict(a2="VE", en="Venezuela", nl="Venezuela", fr="Venezuela", de="Venezuela",
                adj_en="Venezuelan", adj_nl="Venezolaanse", adj_fr="vénézuélienne", adj_de="venezolanisch"),
    "COL": dict(a2="CO", en="Colombia", nl="Colombia", fr="Colombie", de="Kolumbien",
                adj_en="Colombian", adj_nl="Colombiaanse", adj_fr="colombienne", adj_de="kolumbianisch"),
    "UKR": dict(a2="UA", en="Ukraine", nl="Oekraïne", fr="Ukraine", de="Ukraine",
                adj_en="Ukrainian", adj_nl="Oekraïense", adj_fr="ukrainienne", adj_de="ukrainisch"),
    "SEN": dict(a2="SN", en="Senegal", nl="Senegal", fr="Sénégal", de="Senegal",
                adj_en="Senegalese", adj_nl="Senegalese", adj_fr="sénégalaise", adj_de="senegalesisch"),
    "BDI": dict(a2="BI", en="Burundi", nl="Burundi", fr="Burundi", de="Burundi",
                adj_en="Burundian", adj_nl="Burundese", adj_fr="burundaise", adj_de="burundisch"),
    "CIV": dict(a2="CI", en="Côte d'Ivoire", nl="Ivoorkust", fr="Côte d'Ivoire", de="Elfenbeinküste",
                adj_en="Ivorian", adj_nl="Ivoriaanse", adj_fr="ivoirienne", adj_de="ivorisch"),
    "TGO": dict(a2="TG", en="Togo", nl="Togo", fr="Togo", de="Togo",
                adj_en="Togolese", adj_nl="Togolese", adj_fr="togolaise", adj_de="togoisch"),
    "MLI": dict(a2="ML", en="Mali", nl="Mali", fr="Mali", de="Mali",
                adj_en="Malian", adj_nl="Malinese", adj_fr="malienne", adj_de="malisch"),
    "IRN": dict(a2="IR", en="Iran", nl="Iran", fr="Iran", de="Iran",
                adj_en="Iranian", adj_nl="Iraanse", adj_fr="iranienne", adj_de="iranisch"),
    "PAK": dict(a2="PK", en="Pakistan", nl="Pakistan", fr="Pakistan", de="Pakistan",
                adj_en="Pakistani", adj_nl="Pakistaanse", adj_fr="pakistanaise", adj_de="pakistanisch"),
    "BEN": dict(a2="BJ", en="Benin", nl="Benin", fr="Bénin", de="Benin",
                adj_en="Beninese", adj_nl="Beninse", adj_fr="béninoise", adj_de="beninisch"),
    "GHA": dict(a2="GH", en="Ghana", nl="Ghana", fr="Ghana", de="Ghana",
                adj_en="Ghanaian", adj_nl="Ghanese", adj_fr="ghanéenne", adj_de="ghanaisch"),
    "BGD": dict(a2="BD", en="Bangladesh", nl="Bangladesh", fr="Bangladesh", de="Bangladesch",
                adj_en="Bangladeshi", adj_nl="Bengalese", adj_fr="bangladaise", adj_de="bangladeschisch"),
    "TUN": dict(a2="TN", en="Tunisia", nl="Tunesië", fr="Tunisie", de="Tunesien",
                adj_en="Tunisian", adj_nl="Tunesische", adj_fr="tunisienne", adj_de="tunesisch"),
    "RWA": dict(a2="RW", en="Rwanda", nl="Rwanda", fr="Rwanda", de="Ruanda",
                adj_en="Rwandan", adj_nl="Rwandese", adj_fr="rwandaise", adj_de="ruandisch"),
    "EGY": dict(a2="EG", en="Egypt", nl="Egypte", fr="Égypte", de="Ägypten",
                adj_en="Egyptian", adj_nl="Egyptische", adj_fr="égyptienne", adj_de="ägyptisch"),
    "ETH": dict(a2="ET", en="Ethiopia", nl="Ethiopië", fr="Éthiopie", de="Äthiopien",
                adj_en="Ethiopian", adj_nl="Ethiopische", adj_fr="éthiopienne", adj_de="äthiopisch"),
    "KEN": dict(a2="KE", en="Kenya", nl="Kenia", fr="Kenya", de="Kenia",
                adj_en="Kenyan", adj_nl="Keniaanse", adj_fr="kényane", adj_de="kenianisch"),
    "UGA": dict(a2="UG", en="Uganda", nl="Oeganda", fr="Ouganda", de="Uganda",
                adj_en="Ugandan", adj_nl="Oegandese", adj_fr="ougandaise", adj_de="ugandisch"),
    "SLE": dict(a2="SL", en="Sierra Leone", nl="Sierra Leone", fr="Sierra Leone", de="Sierra Leone",
                adj_en="Sierra Leonean", adj_nl="Sierra Leoonse", adj_fr="sierra-léonaise", adj_de="sierra-leonisch"),
    "HTI": dict(a2="HT", en="Haiti", nl="Haïti", fr="Haïti", de="Haiti",
                adj_en="Haitian", adj_nl="Haïtiaanse", adj_fr="haïtienne", adj_de="haitianisch"),
    "TCD": dict(a2="TD", en="Chad", nl="Tsjaad", fr="Tchad", de="Tschad",
                adj_en="Chadian", adj_nl="Tsjadische", adj_fr="tchadienne", adj_de="tschadisch"),
    "NPL": dict(a2="NP", en="Nepal", nl="Nepal", fr="Népal", de="Nepal",
                adj_en="Nepalese", adj_nl="Nepalese", adj_fr="népalaise", adj_de="nepalesisch"),
    "MRT": dict(a2="MR", en="Mauritania", nl="Mauritanië", fr="Mauritanie", de="Mauretanien",
                adj_en="Mauritanian", adj_nl="Mauritaanse", adj_fr="mauritanienne", adj_de="mauretanisch"),
    "LKA": dict(a2="LK", en="Sri Lanka", nl="Sri Lanka", fr="Sri Lanka", de="Sri Lanka",
                adj_en="Sri Lankan", adj_nl="Sri Lankaanse", adj_fr="sri-lankaise", adj_de="sri-lankisch"),
    "BFA": dict(a2="BF", en="Burkina Faso", nl="Burkina Faso", fr="Burkina Faso", de="Burkina Faso",
                adj_en="Burkinabe", adj_nl="Burkinese", adj_fr="burkinabè", adj_de="burkinisch"),
    "COG": dict(a2="CG", en="Republic of the Congo", nl="Republiek Congo", fr="République du Congo",
                de="Republik Kongo", adj_en="Congolese", adj_nl="Congolese", adj_fr="congolaise", adj_de="kongolesisch"),
    "NER": dict(a2="NE", en="Niger", nl="Niger", fr="Niger", de="Niger",
                adj_en="Nigerien", adj_nl="Nigerese", adj_fr="nigérienne", adj_de="nigrisch"),
    "VNM": dict(a2="VN", en="Vietnam", nl="Vietnam", fr="Viêt Nam", de="Vietnam",
                adj_en="Vietnamese", adj_nl="Vietnamese", adj_fr="vietnamienne", adj_de="vietnamesisch"),
    "LBR": dict(a2="LR", en="Liberia", nl="Liberia", fr="Liberia", de="Liberia",
                adj_en="Liberian", adj_nl="Liberiaanse", adj_fr="libérienne", adj_de="liberianisch"),
    "MDG": dict(a2="MG", en="Madagascar", nl="Madagaskar", fr="Madagascar", de="Madagaskar",
                adj_en="Malagasy", adj_nl="Malagassische", adj_fr="malgache", adj_de="madagassisch"),
    "GAB": dict(a2="GA", en="Gabon", nl="Gabon", fr="Gabon", de="Gabun",
                adj_en="Gabonese", adj_nl="Gabonese", adj_fr="gabonaise", adj_de="gabunisch"),
    "GMB": dict(a2="GM", en="Gambia", nl="Gambia", fr="Gambie", de="Gambia",
                adj_en="Gambian", adj_nl="Gambiaanse", adj_fr="gambienne", adj_de="gambisch"),
    "CAF": dict(a2="CF", en="Central African Republic", nl="Centraal-Afrikaanse Republiek",
                fr="République centrafricaine", de="Zentralafrikanische Republik",
                adj_en="Central African", adj_nl="Centraal-Afrikaanse", adj_fr="centrafricaine",
                adj_de="zentralafrikanisch"),
    "ZMB": dict(a2="ZM", en="Zambia", nl="Zambia", fr="Zambie", de="Sambia",
                adj_en="Zambian", adj_nl="Zambiaanse", adj_fr="zambienne", adj_de="sambisch"),
    "TZA": dict(a2="TZ", en="Tanzania", nl="Tanzania", fr="Tanzanie", de="Tansania",
                adj_en="Tanzanian", adj_nl="Tanzaniaanse", adj_fr="tanzanienne", adj_de="tansanisch"),
    "DJI": dict(a2="DJ", en="Djibouti", nl="Djibouti", fr="Djibouti", de="Dschibuti",
                adj_en="Djiboutian", adj_nl="Djiboutiaanse", adj_fr="djiboutienne", adj_de="dschibutisch"),
    "COM": dict(a2="KM", en="Comoros", nl="Comoren", fr="Comores", de="Komoren",
                adj_en="Comorian", adj_nl="Comorese", adj_fr="comorienne", adj_de="komorisch"),
    "MWI": dict(a2="MW", en="Malawi", nl="Malawi", fr="Malawi", de="Malawi",
                adj_en="Malawian", adj_nl="Malawische", adj_fr="malawite", adj_de="malawisch"),
    "MUS": dict(a2="MU", en="Mauritius", nl="Mauritius", fr="Maurice", de="Mauritius",
                adj_en="Mauritian", adj_nl="Mauritiaanse", adj_fr="mauricienne", adj_de="mauritisch"),
    "BWA": dict(a2="BW", en="Botswana", nl="Botswana", fr="Botswana", de="Botswana",
                adj_en="Motswana", adj_nl="Botswaanse", adj_fr="botswanaise", adj_de="botswanisch"),
    "BEL": dict(a2="BE", en="Belgium", nl="België", fr="Belgique", de="Belgien",
                adj_en="Belgian", adj_nl="Belgische", adj_fr="belge", adj_de="belgisch"),
    "NLD": dict(a2="NL", en="Netherlands", nl="Nederland", fr="Pays-Bas", de="Niederlande",
                adj_en="Dutch", adj_nl="Nederlandse", adj_fr="néerlandaise", adj_de="niederländisch"),
    "DEU": dict(a2="DE", en="Germany", nl="Duitsland", fr="Allemagne", de="Deutschland",
                adj_en="German", adj_nl="Duitse", adj_fr="allemande", adj_de="deutsch"),
    "ESP": dict(a2="ES", en="Spain", nl="Spanje", fr="Espagne", de="Spanien",
                adj_en="Spanish", adj_nl="Spaanse", adj_fr="espagnole", adj_de="spanisch"),
    "FRA": dict(a2="FR", en="France", nl="Frankrijk", fr="France", de="Frankreich",
                adj_en="French", adj_nl="Franse", adj_fr="française", adj_de="französisch"),
}
_EN_TO_A3 = {v["en"]: k for k, v in COUNTRIES.items()}


def country_name(code_or_en: str, lang: str = "en") -> str:
    """Country name in nl/fr/de/en from an alpha-3 code or an English name."""
    a3 = code_or_en if code_or_en in COUNTRIES else _EN_TO_A3.get(code_or_en)
    if a3 is None:
        return code_or_en
    return COUNTRIES[a3].get(lang, COUNTRIES[a3]["en"])


def nationality_adj(a3: str, lang: str = "en") -> str:
    return COUNTRIES.get(a3, {}).get("adj_" + lang, a3)


# origin -> (male given, female given, surnames, birth places); Russian surnames get "-a" for women
ORIGINS: dict[str, dict] = {
    "MAR": dict(
        m=["Mohamed", "Youssef", "Said", "Hamid", "Abdelkader", "Rachid", "Mustapha", "Karim", "Driss", "Abdellah", "Ilyas", "Hicham"],
        f=["Fatima", "Khadija", "Naima", "Amina", "Malika", "Samira", "Zineb", "Hanane", "Souad", "Latifa", "Fadoua", "Rachida"],
        s=["El Amrani", "Benali", "Bouzid", "El Idrissi", "Aouragh", "Azzouzi", "Ait Ben Haddou", "El Khattabi", "Boukhari",
           "Ouali", "Chaouki", "El Hamdaoui", "Lahlou", "Amezian", "Bakkali", "Ben Abdelkrim"],
        places=["Casablanca", "Tanger", "Nador", "Al Hoceima", "Oujda", "Fès", "Marrakech", "Berkane", "Tétouan", "Rabat", "Meknès"]),
    "COD": dict(
        m=["Jean-Pierre", "Fiston", "Patrick", "Didier", "Guylain", "Papy", "Christian", "Trésor", "Héritier", "Junior", "Blaise"],
        f=["Marie-Claire", "Grâce", "Béatrice", "Patience", "Espérance", "Nathalie", "Chantal", "Mireille", "Divine", "Gloire", "Rachel"],
        s=["Mukendi Kabanga", "Ilunga Mbuyi", "Kabila", "Tshibangu", "Mbuyi Kalala", "Kasongo", "Lukusa", "Nsimba Lutete",
           "Mulumba", "Kanku", "Ngalula", "Kalombo Tshimanga", "Makiese", "Mpoyi", "Nzuzi"],
        places=["Kinshasa", "Lubumbashi", "Mbuji-Mayi", "Kisangani", "Bukavu", "Goma", "Matadi", "Kananga", "Kikwit", "Mbandaka"]),
    "GIN": dict(
        m=["Mamadou Saliou", "Alpha Oumar", "Ibrahima", "Thierno Amadou", "Ousmane", "Mamadou Aliou", "Sékou", "Boubacar", "Lansana"],
        f=["Fatoumata Binta", "Mariama", "Aissatou", "Kadiatou", "Hadja Mariama", "Fanta", "Djenabou", "M'Mah", "Hawa"],
        s=["Diallo", "Bah", "Barry", "Sow", "Camara", "Condé", "Keïta", "Touré", "Soumah", "Sylla", "Baldé", "Kouyaté"],
        places=["Conakry", "Kankan", "Labé", "Nzérékoré", "Kindia", "Boké", "Mamou", "Pita", "Siguiri"]),
    "AFG": dict(
        m=["Abdul Rahman", "Mohammad Nabi", "Gul Ahmad", "Ahmad Shah", "Hamid", "Naveed", "Mohammad Yasin", "Sayed Ali", "Farid"],
        f=["Zahra", "Fereshta", "Sima", "Marzia", "Shakila", "Nazanin", "Fatima", "Mahbooba", "Parwana"],
        s=["Ahmadi", "Rahimi", "Hashimi", "Sultani", "Noori", "Haidari", "Mohammadi", "Karimi", "Stanekzai", "Popal", "Sadat", "Amiri"],
        places=["Kabul", "Herat", "Kandahar", "Mazar-e Sharif", "Jalalabad", "Ghazni", "Kunduz", "Baghlan"]),
    "SYR": dict(
        m=["Ahmad", "Omar", "Mohammad Ali", "Yaser", "Khaled", "Bashar", "Mahmoud", "Rami", "Fadi", "Hussam"],
        f=["Rania", "Lina", "Hiba", "Rasha", "Nour", "Ghada", "Yara", "Reem", "Dima", "Salma"],
        s=["Al-Hassan", "Khalil", "Haddad", "Al Ahmad", "Darwish", "Kurdi", "Sabbagh", "Al-Masri", "Hamdan", "Al-Khatib", "Sheikh Mousa"],
        places=["Damascus", "Aleppo", "Homs", "Latakia", "Deir ez-Zor", "Hama", "Idlib", "Qamishli", "Daraa"]),
    "ARM": dict(
        m=["Armen", "Gevorg", "Narek", "Tigran", "Hayk", "Vahe", "Aram", "Artur", "Samvel"],
        f=["Anahit", "Lusine", "Hasmik", "Mariam", "Gayane", "Ani", "Narine", "Astghik", "Karine"],
        s=["Grigoryan", "Petrosyan", "Hakobyan", "Sargsyan", "Harutyunyan", "Avetisyan", "Karapetyan", "Vardanyan", "Ghazaryan", "Mkrtchyan"],
        places=["Yerevan", "Gyumri", "Vanadzor", "Abovyan", "Armavir", "Hrazdan", "Kapan"]),
    "RUS": dict(
        m=["Aslan", "Ruslan", "Dmitry", "Khassan", "Magomed", "Islam", "Sergey", "Adam", "Timur"],
        f=["Zarema", "Madina", "Olga", "Khadizhat", "Elina", "Tatiana", "Luiza", "Milana", "Svetlana"],
        s=["Magomedov", "Dudayev", "Umarov", "Kuznetsov", "Smirnov", "Khasanov", "Ibragimov", "Bisultanov", "Vasiliev", "Tsechoev"],
        places=["Grozny", "Makhachkala", "Moscow", "Nazran", "Saint Petersburg", "Kazan", "Urus-Martan", "Gudermes"]),
    "SUR": dict(
        m=["Ravi", "Romeo", "Marlon", "Ashwin", "Sunil", "Glenn", "Rudie", "Anil", "Dennis"],
        f=["Sharmila", "Anjali", "Ingrid", "Priya", "Soraya", "Jennifer", "Rosita", "Navita", "Cindy"],
        s=["Sewdien", "Ramdin", "Jagesar", "Pinas", "Kromodikoro", "Amatdjais", "Brunings", "Sitaldin", "Wongsodikromo",
           "Pengel", "Tjin-A-Lim", "Ramautar", "Doekhie"],
        places=["Paramaribo", "Nieuw-Nickerie", "Moengo", "Albina", "Lelydorp", "Wageningen", "Groningen (Saramacca)"]),
    "TUR": dict(
        m=["Mehmet", "Mustafa", "Hüseyin", "Ahmet", "İbrahim", "Yusuf", "Osman", "Ömer", "Hasan"],
        f=["Ayşe", "Fatma", "Emine", "Zeynep", "Hatice", "Elif", "Gülsüm", "Şerife", "Meryem"],
        s=["Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Aydın", "Arslan", "Doğan", "Kılıç", "Yıldız", "Koç"],
        places=["İstanbul", "Ankara", "Kayseri", "Konya", "Gaziantep", "Diyarbakır", "Emirdağ", "Afyonkarahisar", "Trabzon"]),
    "ERI": dict(
        m=["Yonas", "Filmon", "Daniel", "Merhawi", "Tesfalem", "Robel", "Biniam", "Samuel", "Henok"],
        f=["Selam", "Helen", "Semhar", "Luwam", "Senait", "Yordanos", "Saba", "Rahwa", "Winta"],
        s=["Tesfay", "Ghebremedhin", "Habte", "Tekle", "Berhe", "Woldemariam", "Kidane", "Mebrahtu", "Haile", "Gebreyesus"],
        places=["Asmara", "Keren", "Massawa", "Mendefera", "Adi Keyh", "Barentu", "Dekemhare"]),
    "CMR": dict(
        m=["Jean-Claude", "Aristide", "Serge", "Hervé", "Landry", "Rodrigue", "Cyrille", "Boris", "Franck"],
        f=["Brigitte", "Solange", "Pauline", "Clarisse", "Sandrine", "Laure", "Carine", "Murielle", "Estelle"],
        s=["Ngono", "Mbarga", "Fotso", "Tchoumi", "Nkoulou", "Kamga", "Ewane", "Ngassa", "Atangana", "Tchinda", "Mballa Owona"],
        places=["Yaoundé", "Douala", "Bafoussam", "Bamenda", "Garoua", "Dschang", "Ebolowa", "Kribi"]),
    "DZA": dict(
        m=["Karim", "Sofiane", "Rachid", "Yacine", "Mourad", "Nassim", "Abdelaziz", "Walid"],
        f=["Nadia", "Samira", "Lynda", "Amel", "Souhila", "Meriem", "Farida", "Yasmina"],
        s=["Benaissa", "Boudiaf", "Haddad", "Belkacem", "Zerrouki", "Mansouri", "Benmoussa", "Ait Ouali", "Cherif"],
        places=["Alger", "Oran", "Constantine", "Tizi Ouzou", "Annaba", "Sétif", "Béjaïa", "Tlemcen"]),
    "IRQ": dict(
        m=["Ali", "Haider", "Mustafa", "Ahmed", "Hussein", "Karrar", "Abbas", "Sajjad"],
        f=["Zainab", "Noor", "Maryam", "Fatima", "Hawraa", "Shahad", "Rusul", "Ban"],
        s=["Al-Jubouri", "Hussein", "Al-Obaidi", "Jasim", "Kareem", "Al-Saadi", "Abdulla", "Al-Tamimi", "Mahmood"],
        places=["Baghdad", "Mosul", "Basra", "Erbil", "Kirkuk", "Najaf", "Sulaymaniyah", "Duhok"]),
    "NGA": dict(
        m=["Chinedu", "Osaze", "Emeka", "Oluwaseun", "Ikechukwu", "Uche", "Babatunde", "Efosa"],
        f=["Blessing", "Funmilayo", "Precious", "Gift", "Ngozi", "Osas", "Chiamaka", "Joy"],
        s=["Okonkwo", "Adeyemi", "Osagie", "Eze", "Ogunleye", "Igbinedion", "Nwachukwu", "Obaseki", "Okafor"],
        places=["Lagos", "Benin City", "Abuja", "Ibadan", "Enugu", "Port Harcourt", "Onitsha"]),
    "GEO": dict(
        m=["Giorgi", "Levan", "Davit", "Irakli", "Zurab", "Nika", "Lasha"],
        f=["Nino", "Tamar", "Ketevan", "Mariam", "Eka", "Natia", "Salome"],
        s=["Beridze", "Kapanadze", "Gelashvili", "Maisuradze", "Lomidze", "Tsiklauri", "Javakhishvili", "Abashidze"],
        places=["Tbilisi", "Kutaisi", "Batumi", "Rustavi", "Zugdidi", "Gori"]),
    "SOM": dict(
        m=["Abdirahman", "Faisal", "Liban", "Abdullahi", "Mohamed", "Yusuf", "Bashir"],
        f=["Hodan", "Amina", "Ayaan", "Fadumo", "Hawa", "Sahra", "Ubah"],
        s=["Mohamed Abdi", "Hassan", "Warsame", "Farah", "Ali Osman", "Jama", "Abdullahi Nur", "Egal"],
        places=["Mogadishu", "Hargeisa", "Kismayo", "Baidoa", "Beledweyne", "Galkayo"]),
    "ALB": dict(
        m=["Arben", "Besnik", "Ermal", "Gentian", "Altin", "Klodian", "Fatmir"],
        f=["Elira", "Drita", "Blerina", "Anila", "Mirela", "Jonida", "Valbona"],
        s=["Hoxha", "Shehu", "Krasniqi", "Gjoka", "Leka", "Dervishi", "Kola", "Marku"],
        places=["Tirana", "Shkodër", "Durrës", "Elbasan", "Vlorë", "Fier", "Korçë"]),
    "AGO": dict(
        m=["João Manuel", "Domingos", "António", "Francisco", "Mateus", "Adilson", "Nelson"],
        f=["Maria da Conceição", "Esperança", "Teresa", "Luzia", "Isabel", "Rosalina", "Joana"],
        s=["dos Santos", "da Silva", "De Carvalho", "Fernandes", "da Costa", "Kiala", "Lopes Neto", "Mavinga"],
        places=["Luanda", "Huambo", "Benguela", "Lobito", "Uíge", "Malanje", "Cabinda"]),
    "VEN": dict(
        m=["José Luis", "Carlos Eduardo", "Luis Alberto", "Jesús", "Miguel Ángel", "Jhonny", "Wilmer"],
        f=["María Fernanda", "Yuleisy", "Carmen", "Daniela", "Yorelis", "Ana Karina", "Mariela"],
        s=["González Pérez", "Rodríguez", "Hernández Díaz", "García", "Martínez Rojas", "López", "Ramírez Torres"],
        places=["Caracas", "Maracaibo", "Valencia", "Barquisimeto", "Maracay", "Ciudad Guayana", "Mérida"]),
    "COL": dict(
        m=["Juan Carlos", "Andrés Felipe", "Jhon Jairo", "Luis Fernando", "Diego", "Santiago"],
        f=["Luz Marina", "Diana Carolina", "Paola Andrea", "Yesenia", "Sandra Milena", "Valentina"],
        s=["Gómez Restrepo", "Rodríguez", "Martínez", "Cardona Ospina", "Muñoz", "Valencia", "Castaño"],
        places=["Bogotá", "Medellín", "Cali", "Barranquilla", "Cúcuta", "Pereira", "Bucaramanga"]),
    "UKR": dict(
        m=["Oleksandr", "Andrii", "Serhii", "Dmytro", "Volodymyr", "Mykola", "Taras", "Bohdan"],
        f=["Olena", "Oksana", "Iryna", "Nataliia", "Tetiana", "Yuliia", "Halyna", "Svitlana"],
        s=["Shevchenko", "Kovalenko", "Bondarenko", "Tkachenko", "Kravchenko", "Melnyk", "Boiko", "Lysenko",
           "Moroz", "Rudenko"],
        places=["Kharkiv", "Kyiv", "Dnipro", "Zaporizhzhia", "Mykolaiv", "Odesa", "Poltava", "Chernihiv"]),
    # part nineteenth only (Senegalese civil-status acts, nationality certificate and consular attestation)
    "SEN": dict(
        m=["Mamadou", "Cheikh", "Ousmane", "Abdoulaye", "Moustapha", "Pape", "Ibrahima", "Serigne"],
        f=["Aminata", "Fatou", "Awa", "Ndèye", "Mariama", "Khady", "Coumba", "Astou"],
        s=["Diop", "Ndiaye", "Fall", "Sow", "Sarr", "Mbaye", "Gueye", "Faye", "Cissé", "Thiam"],
        places=["Dakar", "Thiès", "Saint-Louis", "Kaolack", "Ziguinchor", "Touba", "Rufisque", "Mbour"]),
    # part twentieth only (Burundian and Ivorian civil-status acts, nationality certificates and attestations)
    "BDI": dict(
        m=["Jean-Claude", "Emmanuel", "Éric", "Pacifique", "Désiré", "Audace", "Innocent", "Gilbert"],
        f=["Aline", "Claudine", "Diane", "Espérance", "Josiane", "Nadège", "Floride", "Ange"],
        s=["Ndayishimiye", "Niyonzima", "Hakizimana", "Nshimirimana", "Irakoze", "Niyonkuru", "Bizimana",
           "Ndikumana", "Manirakiza", "Nduwimana"],
        places=["Bujumbura", "Gitega", "Ngozi", "Muyinga", "Rumonge", "Kayanza", "Makamba", "Bururi"]),
    "CIV": dict(
        m=["Kouassi", "Yao", "Adama", "Koffi", "Souleymane", "Serge", "Lassina", "Didier"],
        f=["Affoué", "Aya", "Mariam", "Adjoua", "Fanta", "Christelle", "Akissi", "Salimata"],
        s=["Kouamé", "Koné", "Traoré", "Yao", "Konan", "Bamba", "Ouattara", "Kouadio", "Coulibaly", "N'Guessan"],
        places=["Abidjan", "Bouaké", "Daloa", "Yamoussoukro", "Korhogo", "San-Pédro", "Man", "Gagnoa"]),
    # part twentyfirst only (Togolese and Malian civil-status acts, nationality certificates and attestations;
    # Iranian and Pakistani passports)
    "TGO": dict(
        m=["Kossi", "Komlan", "Yao", "Kodjo", "Edem", "Sélom", "Koffi", "Mawuli"],
        f=["Afi", "Akossiwa", "Ama", "Abla", "Enyonam", "Dzifa", "Adjo", "Yawa"],
        s=["Agbeko", "Mensah", "Amegan", "Kpodar", "Lawson", "Adjovi", "Gbeassor", "Tchalla", "Akakpo", "Dossou"],
        places=["Lomé", "Kpalimé", "Sokodé", "Kara", "Atakpamé", "Aného", "Tsévié", "Dapaong"]),
    "MLI": dict(
        m=["Bakary", "Modibo", "Moussa", "Seydou", "Boubacar", "Mamadou", "Souleymane", "Adama"],
        f=["Fatoumata", "Aminata", "Oumou", "Kadiatou", "Mariam", "Rokia", "Assitan", "Djénéba"],
        s=["Traoré", "Coulibaly", "Keita", "Diarra", "Sangaré", "Touré", "Konaté", "Dembélé", "Maïga", "Sissoko"],
        places=["Bamako", "Kayes", "Ségou", "Mopti", "Sikasso", "Koulikoro", "Kita", "Tombouctou"]),
    "IRN": dict(
        m=["Reza", "Mohammad", "Ali", "Hossein", "Mehdi", "Amir", "Saeed", "Behnam"],
        f=["Maryam", "Zahra", "Fatemeh", "Leila", "Shirin", "Narges", "Parisa", "Mahsa"],
        s=["Hosseini", "Mohammadi", "Ahmadi", "Karimi", "Rezaei", "Moradi", "Jafari", "Rahimi", "Sadeghi", "Tehrani"],
        places=["Tehran", "Mashhad", "Isfahan", "Shiraz", "Tabriz", "Ahvaz", "Kermanshah", "Rasht"]),
    "PAK": dict(
        m=["Muhammad", "Imran", "Bilal", "Usman", "Faisal", "Kamran", "Asif", "Waqas"],
        f=["Ayesha", "Fatima", "Sana", "Sadia", "Nadia", "Rabia", "Hina", "Saima"],
        s=["Khan", "Ahmed", "Butt", "Chaudhry", "Malik", "Qureshi", "Shaikh", "Raza", "Iqbal", "Hussain"],
        places=["Lahore", "Karachi", "Rawalpindi", "Faisalabad", "Gujranwala", "Sialkot", "Peshawar", "Multan"]),
    # part twentysecond only (Beninese and Ghanaian civil-status acts, nationality certificates and attestations;
    # Bangladeshi and Tunisian passports)
    "BEN": dict(
        m=["Kossivi", "Sèna", "Romuald", "Gildas", "Fiacre", "Codjo", "Mahougnon", "Arnaud"],
        f=["Chimène", "Ablavi", "Sèna", "Ornella", "Fifamè", "Nadège", "Akpédjé", "Rosine"],
        s=["Houngbédji", "Ahouansou", "Dossou-Yovo", "Agossou", "Zinsou", "Hounkpatin", "Adjovi", "Kiki", "Tossou",
           "Gbaguidi"],
        places=["Cotonou", "Porto-Novo", "Abomey-Calavi", "Parakou", "Bohicon", "Ouidah", "Lokossa", "Natitingou"]),
    "GHA": dict(
        m=["Kwame", "Kofi", "Yaw", "Kwabena", "Emmanuel", "Nana Kwaku", "Isaac", "Ebenezer"],
        f=["Ama", "Akua", "Abena", "Efua", "Adwoa", "Gifty", "Comfort", "Esi"],
        s=["Mensah", "Boateng", "Owusu", "Asante", "Osei", "Appiah", "Agyeman", "Addo", "Ofori", "Amoako"],
        places=["Accra", "Kumasi", "Tamale", "Cape Coast", "Takoradi", "Tema", "Koforidua", "Ho"]),
    "BGD": dict(
        m=["Rahim", "Shakil", "Mahmudul", "Tanvir", "Nazmul", "Arif", "Sohel", "Jahid"],
        f=["Nasrin", "Sharmin", "Taslima", "Farzana", "Rumana", "Shirin", "Moushumi", "Sabina"],
        s=["Hossain", "Rahman", "Islam", "Ahmed", "Chowdhury", "Uddin", "Miah", "Sarkar", "Akter", "Talukder"],
        places=["Dhaka", "Chittagong", "Sylhet", "Khulna", "Rajshahi", "Barisal", "Comilla", "Rangpur"]),
    "TUN": dict(
        m=["Mohamed Ali", "Houssem", "Sami", "Walid", "Anis", "Bilel", "Karim", "Nabil"],
        f=["Amira", "Rania", "Sonia", "Ines", "Nour", "Olfa", "Salma", "Hela"],
        s=["Ben Salah", "Trabelsi", "Gharbi", "Jebali", "Mejri", "Ben Ammar", "Chaabane", "Hamdi", "Zouari", "Ayari"],
        places=["Tunis", "Sfax", "Sousse", "Kairouan", "Bizerte", "Gabès", "Monastir", "Nabeul"]),
    # part twentythird only (Rwandan and Kenyan civil-status acts, nationality and identity attestations, the
    # Kenyan identity card; Egyptian and Ethiopian passports, an Ethiopian birth certificate)
    "RWA": dict(
        m=["Jean de Dieu", "Emmanuel", "Eric", "Olivier", "Innocent", "Théoneste", "Claude", "Patrick"],
        f=["Marie Claire", "Divine", "Alice", "Chantal", "Aline", "Solange", "Vestine", "Josiane"],
        s=["Uwimana", "Habimana", "Niyonzima", "Mukamana", "Nsengiyumva", "Hakizimana", "Uwase", "Mugisha",
           "Ndayisaba", "Munyaneza"],
        places=["Kigali", "Huye", "Rubavu", "Musanze", "Muhanga", "Nyanza", "Rwamagana", "Karongi"]),
    "EGY": dict(
        m=["Mohamed", "Ahmed", "Mahmoud", "Mostafa", "Karim", "Amr", "Tarek", "Hany"],
        f=["Mona", "Heba", "Nourhan", "Yasmin", "Dina", "Rania", "Marwa", "Aya"],
        s=["Abdelrahman", "El-Sayed", "Hassan", "Ibrahim", "Mansour", "Fathy", "Soliman", "Ezzat", "Farouk",
           "Shehata"],
        places=["Cairo", "Alexandria", "Giza", "Mansoura", "Tanta", "Asyut", "Zagazig", "Port Said"]),
    "ETH": dict(
        m=["Dawit", "Yonas", "Abebe", "Tesfaye", "Henok", "Biruk", "Mulugeta", "Samuel"],
        f=["Selam", "Hiwot", "Meron", "Tigist", "Bethlehem", "Liya", "Mahlet", "Saron"],
        s=["Bekele", "Haile", "Girma", "Alemu", "Tadesse", "Kebede", "Wolde", "Mengistu", "Assefa", "Gebremedhin"],
        places=["Addis Ababa", "Dire Dawa", "Gondar", "Bahir Dar", "Hawassa", "Mekelle", "Jimma", "Dessie"]),
    "KEN": dict(
        m=["Brian", "Kevin", "Dennis", "Collins", "Evans", "Peter Otieno", "Joseph Kamau", "Kiprop"],
        f=["Faith", "Mercy", "Wanjiru", "Akinyi", "Njeri", "Caroline", "Purity", "Cherono"],
        s=["Otieno", "Kamau", "Mwangi", "Ochieng", "Kiprotich", "Wanjala", "Njoroge", "Mutua", "Kipchumba",
           "Onyango"],
        places=["Nairobi", "Mombasa", "Kisumu", "Nakuru", "Eldoret", "Thika", "Nyeri", "Machakos"]),
    # part twentyfourth only (Ugandan and Sierra Leonean civil-status acts, nationality and identity papers, the
    # Ugandan national identity card; Ugandan and Angolan passports)
    "UGA": dict(
        m=["Joseph", "Moses", "Ronald", "Isaac", "Brian Ssemwogerere", "Denis", "Godfrey", "Samuel"],
        f=["Grace", "Sarah Nakato", "Brenda", "Esther", "Harriet", "Juliet", "Prossy", "Winnie"],
        s=["Okello", "Mukasa", "Nsubuga", "Ssebunya", "Atuhaire", "Namutebi", "Opio", "Tumusiime", "Kato",
           "Byaruhanga"],
        places=["Kampala", "Gulu", "Mbarara", "Jinja", "Masaka", "Lira", "Mbale", "Fort Portal"]),
    "SLE": dict(
        m=["Mohamed", "Abu Bakarr", "Ibrahim", "Alhaji", "Emmanuel", "Sahr", "Foday", "Augustine"],
        f=["Fatmata", "Aminata", "Isatu", "Mariama", "Hawa", "Kadiatu", "Adama", "Christiana"],
        s=["Kamara", "Sesay", "Koroma", "Conteh", "Bangura", "Turay", "Kargbo", "Mansaray", "Jalloh", "Fofanah"],
        places=["Freetown", "Bo", "Kenema", "Makeni", "Koidu", "Port Loko", "Kabala", "Waterloo"]),
    # part twentyfifth only (Haitian and Chadian civil-status acts and identity papers, Nepalese birth and
    # citizenship papers; Haitian, Chadian and Nepalese passports)
    "HTI": dict(
        m=["Jean-Robert", "Wilner", "Frantz", "Jocelyn", "Ricardo", "Pierre-Louis", "Wideline", "Kervens"],
        f=["Marie-Ange", "Nadège", "Guerline", "Roseline", "Darline", "Fabienne", "Mirlande", "Sherline"],
        s=["Jean-Baptiste", "Pierre", "Joseph", "Louis", "Charles", "Dorsainvil", "Célestin", "Augustin",
           "Toussaint", "Saint-Fleur"],
        places=["Port-au-Prince", "Cap-Haïtien", "Gonaïves", "Les Cayes", "Jacmel", "Jérémie", "Saint-Marc",
                "Pétion-Ville"]),
    "TCD": dict(
        m=["Mahamat", "Abakar", "Djibrine", "Moussa", "Idriss", "Ngarta", "Brahim", "Allamine"],
        f=["Achta", "Fatimé", "Zara", "Khadidja", "Mariam", "Neloumta", "Haoua", "Rachel"],
        s=["Mahamat", "Abdelkerim", "Ngaradoum", "Djimadoum", "Ousmane", "Hassane", "Nodjibé", "Bechir",
           "Allahissem", "Ngueadoum"],
        places=["N'Djamena", "Moundou", "Abéché", "Sarh", "Doba", "Bongor", "Mongo", "Am Timan"]),
    "NPL": dict(
        m=["Ram", "Bishnu", "Suman", "Dipesh", "Hari Prasad", "Rajendra", "Bikash", "Sagar"],
        f=["Sita", "Anjali", "Sunita", "Kabita", "Puja", "Laxmi", "Sarita", "Manisha"],
        s=["Shrestha", "Gurung", "Tamang", "Adhikari", "Thapa", "Magar", "Rai", "Karki", "Poudel", "Bhattarai"],
        places=["Kathmandu", "Pokhara", "Lalitpur", "Biratnagar", "Bharatpur", "Butwal", "Dharan", "Hetauda"]),
    # part twentysixth only (Mauritanian and Burkinabe civil-status acts and identity papers, Sri Lankan birth and
    # marriage certificates; Mauritanian, Sri Lankan and Burkinabe passports)
    "MRT": dict(
        m=["Mohamed Lemine", "Sidi Mohamed", "Ahmed Salem", "Cheikh", "Moussa", "Abdallahi", "Mamadou", "El Hacen"],
        f=["Mariem", "Aminetou", "Khadijetou", "Fatimetou", "Zeinabou", "Aïchetou", "Vatimetou", "Houleye"],
        s=["Ould Ahmed", "Ould Cheikh", "Mint Mohamed", "Ba", "Sy", "Diallo", "Ould Sidi", "Kane", "Ould Brahim",
           "Wane"],
        places=["Nouakchott", "Nouadhibou", "Kiffa", "Kaédi", "Rosso", "Atar", "Zouérate", "Néma"]),
    "LKA": dict(
        m=["Nuwan", "Chaminda", "Tharindu", "Kasun", "Ruwan", "Suresh", "Dinesh", "Mohamed Rizwan"],
        f=["Dilani", "Nirosha", "Sanduni", "Kumari", "Tharushi", "Shanthi", "Fathima Rinoza", "Malini"],
        s=["Perera", "Fernando", "Silva", "Jayasinghe", "Wickramasinghe", "Bandara", "Rajapaksha", "Sivakumar",
           "Navaratnam", "Dissanayake"],
        places=["Colombo", "Kandy", "Galle", "Jaffna", "Negombo", "Kurunegala", "Batticaloa", "Matara"]),
    "BFA": dict(
        m=["Boureima", "Souleymane", "Issouf", "Wendkouni", "Arouna", "Adama", "Salifou", "Hamado"],
        f=["Awa", "Rasmata", "Salamata", "Assétou", "Pauline", "Mariam", "Aminata", "Wendyam"],
        s=["Ouédraogo", "Sawadogo", "Compaoré", "Kaboré", "Zongo", "Traoré", "Ouattara", "Kambou", "Sanou",
           "Ilboudo"],
        places=["Ouagadougou", "Bobo-Dioulasso", "Koudougou", "Ouahigouya", "Banfora", "Kaya", "Fada N'Gourma",
                "Tenkodogo"]),
    # part twentyseventh only (Congolese (Brazzaville) and Nigerien civil-status acts and identity papers; Vietnamese
    # passports, identity cards and the embassy's identity certificates, with the names' diacritics)
    "COG": dict(
        m=["Dieudonné", "Rodrigue", "Ghislain", "Aimé", "Chancel", "Bienvenu", "Exaucé", "Prince"],
        f=["Grâce", "Prisca", "Merveille", "Chardelle", "Ornella", "Bénédicte", "Divine", "Raïssa"],
        s=["N'Zaou", "Massamba", "Malonga", "Mabiala", "Nkounkou", "Loubaki", "M'Bemba", "Samba", "Moukoko",
           "Bouanga"],
        places=["Brazzaville", "Pointe-Noire", "Dolisie", "Nkayi", "Ouesso", "Owando", "Impfondo", "Sibiti"]),
    "NER": dict(
        m=["Issoufou", "Mahamadou", "Abdoulaye", "Ibrahim", "Moussa", "Hamidou", "Souleymane", "Boubacar"],
        f=["Haoua", "Zeinabou", "Maïmouna", "Hadiza", "Mariama", "Rakiatou", "Aïssata", "Fati"],
        s=["Oumarou", "Hamani", "Garba", "Souley", "Idrissa", "Maïga", "Adamou", "Issa", "Djibo", "Boukari"],
        places=["Niamey", "Zinder", "Maradi", "Tahoua", "Agadez", "Dosso", "Tillabéri", "Diffa"]),
    "VNM": dict(
        m=["Văn An", "Văn Hùng", "Minh Tuấn", "Đức Anh", "Quang Huy", "Thành Long", "Hoàng Nam", "Văn Đức"],
        f=["Thị Hương", "Thị Lan", "Ngọc Ánh", "Thu Trang", "Thị Mai", "Thanh Hằng", "Phương Thảo", "Thị Hồng"],
        s=["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ"],
        places=["Hà Nội", "Hải Phòng", "Nam Định", "Nghệ An", "Thanh Hóa", "Huế", "Đà Nẵng", "Thái Bình"]),
    # part thirtyfourth only (Liberian and Malagasy civil-status acts and identity papers; Liberian, Malagasy,
    # Turkish and Surinamese passports)
    "LBR": dict(
        m=["Emmanuel", "Momo", "Varney", "Jallah", "Prince", "Moses", "Sekou", "Augustine", "Tarnue", "Boakai",
           "Nyenpan", "Joseph"],
        f=["Comfort", "Musu", "Yamah", "Korto", "Fatu", "Esther", "Satta", "Oretha", "Kebbeh", "Decontee", "Martha",
           "Hawa"],
        s=["Kollie", "Flomo", "Kpoto", "Dolo", "Johnson", "Togba", "Mulbah", "Zubah", "Gbessay", "Kerkula",
           "Sirleaf-Kpoto", "Tarpeh", "Massaquoi", "Wleh", "Cooper-Dolo", "Kamara"],
        places=["Monrovia", "Gbarnga", "Buchanan", "Kakata", "Voinjama", "Zwedru", "Harper", "Ganta", "Tubmanburg",
                "Robertsport", "Sanniquellie"]),
    "MDG": dict(
        m=["Hery", "Tiana", "Fanomezantsoa", "Toky", "Jean-Claude", "Rija", "Mamy", "Haja", "Andry", "Tsiry", "Njaka",
           "Faly"],
        f=["Voahangy", "Lalao", "Hanitra", "Fara", "Nirina", "Holy", "Miora", "Tahina", "Soa", "Marie-Odile",
           "Volatiana", "Fanja"],
        s=["Rakotomalala", "Randriamanantena", "Razafindrakoto", "Andrianarisoa", "Rakotondrabe", "Rabemananjara",
           "Ravelojaona", "Randrianasolo", "Rasolofomanana", "Rakotoarisoa", "Andriamihaja", "Razanajatovo",
           "Ratsimbazafy"],
        places=["Antananarivo", "Toamasina", "Antsirabe", "Fianarantsoa", "Mahajanga", "Toliara", "Antsiranana",
                "Ambositra", "Morondava", "Ambatondrazaka"]),
    # part thirtyfifth only (Gabonese and Gambian civil-status acts and identity papers; Gabonese, Gambian,
    # Turkish and Surinamese passports)
    "GAB": dict(
        m=["Landry", "Ulrich", "Rodrigue", "Brice", "Jean-Baptiste", "Yannick", "Arnaud", "Serge", "Davy", "Fabrice",
           "Hervé", "Stévy"],
        f=["Nadège", "Prisca", "Larissa", "Gisèle", "Murielle", "Christelle", "Sandrine", "Ornella", "Aurore",
           "Rosine", "Pélagie", "Yolande"],
        s=["Nzé", "Mba", "Ondo", "Obiang", "Moussavou", "Mboumba", "Nguema", "Mintsa", "Koumba", "Nzamba",
           "Essono", "Ndong", "Mabika", "Bekale", "Ntoutoume", "Mouele Mba"],
        places=["Libreville", "Port-Gentil", "Franceville", "Oyem", "Moanda", "Lambaréné", "Mouila", "Tchibanga",
                "Koulamoutou", "Makokou", "Bitam"]),
    "GMB": dict(
        m=["Lamin", "Ebrima", "Modou", "Ousman", "Alieu", "Momodou", "Sheriff", "Bakary", "Omar", "Musa", "Babucarr",
           "Yusupha"],
        f=["Fatou", "Isatou", "Mariama", "Binta", "Awa", "Haddy", "Kaddy", "Ndey", "Jainaba", "Aji", "Sainabou",
           "Oumie"],
        s=["Ceesay", "Jallow", "Touray", "Bah", "Sowe", "Njie", "Camara", "Darboe", "Sanneh", "Manneh", "Jobe",
           "Saidy", "Drammeh", "Bojang", "Fofana", "Jatta"],
        places=["Banjul", "Serekunda", "Brikama", "Bakau", "Farafenni", "Lamin", "Basse Santa Su", "Soma", "Brufut",
                "Gunjur", "Janjanbureh"]),
    # part thirtysixth only (Central African and Zambian civil-status acts and identity papers; Central African,
    # Zambian, Turkish and Surinamese passports)
    "CAF": dict(
        m=["Thierry", "Prosper", "Fidèle", "Aristide", "Gervais", "Parfait", "Hyacinthe", "Jean-Sylvain", "Crépin",
           "Evariste", "Romaric", "Désiré"],
        f=["Clarisse", "Bernadette", "Odette", "Nadia", "Solange", "Ghislaine", "Yvette", "Perpétue", "Léonie",
           "Marcelline", "Huguette", "Rosalie"],
        s=["Ngaïkoumon", "Mandaba", "Koyassoum", "Yangongo", "Doko", "Wafio", "Sanzé", "Ngoïpou", "Zoumaldé",
           "Mbaïkoua", "Sélémby", "Yakité", "Gbadin", "Ndakala", "Bémandji", "Kossi Gbaya"],
        places=["Bangui", "Bimbo", "Berbérati", "Carnot", "Bambari", "Bouar", "Bossangoa", "Bria", "Bangassou",
                "Kaga-Bandoro", "Sibut", "Mbaïki"]),
    "ZMB": dict(
        m=["Mwila", "Chanda", "Mulenga", "Bwalya", "Kelvin", "Mutale", "Chileshe", "Lubinda", "Kabwe", "Mapalo",
           "Misheck", "Emmanuel"],
        f=["Natasha", "Chipo", "Mwaka", "Thandiwe", "Mwansa", "Precious", "Namukolo", "Esther", "Luyando",
           "Chilufya", "Monde", "Kasonde"],
        s=["Banda", "Phiri", "Mwale", "Tembo", "Zulu", "Mumba", "Sakala", "Lungu", "Kapata", "Musonda", "Nkhata",
           "Mweemba", "Hamoonga", "Simukonda", "Siame", "Chisanga"],
        places=["Lusaka", "Ndola", "Kitwe", "Kabwe", "Chingola", "Livingstone", "Kasama", "Chipata", "Mongu",
                "Solwezi", "Mansa", "Choma"]),
    # part thirtyseventh only (Tanzanian and Djiboutian civil-status acts and identity papers; Tanzanian,
    # Djiboutian, Turkish and Surinamese passports)
    "TZA": dict(
        m=["Juma", "Baraka", "Emmanuel", "Hamisi", "Godfrey", "Rashidi", "Elia", "Salum", "Daudi", "Athumani",
           "Nassoro", "Lameck"],
        f=["Neema", "Rehema", "Zawadi", "Mwanaidi", "Happiness", "Subira", "Upendo", "Halima", "Agnes", "Tumaini",
           "Mwajuma", "Anneth"],
        s=["Mwakyusa", "Kimaro", "Massawe", "Mushi", "Lyimo", "Shayo", "Mrema", "Mwakalinga", "Kombo", "Mbwana",
           "Temba", "ole Sendeka", "Swai-Mallya", "Mfinanga", "Kisanga", "Ngowi"],
        places=["Dar es Salaam", "Arusha", "Moshi", "Mwanza", "Dodoma", "Tanga", "Mbeya", "Morogoro", "Zanzibar",
                "Iringa", "Tabora", "Kigoma"]),
    "DJI": dict(
        m=["Abdourahman", "Moussa", "Houssein", "Mahamoud", "Daher", "Ismaël", "Omar", "Aden", "Ibrahim", "Youssouf",
           "Kadar", "Idriss"],
        f=["Fatouma", "Hasna", "Kadra", "Amina", "Zahra", "Deka", "Hodan", "Safia", "Mouna", "Nasra", "Asma",
           "Roukia"],
        s=["Omar Ali", "Houmed", "Dini", "Bourhan", "Ahmed Farah", "Abdillahi", "Robleh", "Mohamed Aden",
           "Ali Daoud", "Hassan Said", "Waberi", "Elmi", "Djama", "Ismaël Osman", "Kamil", "Farah Guedi"],
        places=["Djibouti", "Ali Sabieh", "Tadjourah", "Obock", "Dikhil", "Arta", "Holhol", "Balbala", "Loyada",
                "As Eyla", "Randa", "Ali Adde"]),
    # part thirtyeighth only (Comorian and Malawian civil-status acts and identity papers; Comorian, Malawian,
    # Turkish and Surinamese passports)
    "COM": dict(
        m=["Ahmed", "Saïd", "Mohamed", "Abdallah", "Soilihi", "Youssouf", "Ibrahim", "Nassur", "Madi", "Djaffar",
           "Chamsoudine", "Fahardine"],
        f=["Fatima", "Zaharia", "Mariama", "Anrifa", "Echati", "Nourou", "Faïza", "Rahamatou", "Saandia", "Hadjira",
           "Moinaecha", "Zainaba"],
        s=["Saïd Ali", "Mohamed Abdallah", "Soilihi", "Ahamada", "Msaidié", "Mzé Hamadi", "Abdou", "Ben Saïd",
           "Chamsidine", "Bacar", "Houmadi", "Toihir", "Attoumane", "M'changama", "Said Omar", "Mmadi"],
        places=["Moroni", "Mutsamudu", "Fomboni", "Mitsamiouli", "Domoni", "Iconi", "Foumbouni", "Mbéni", "Ouani",
                "Sima", "Mitsoudjé", "Nioumachoua"]),
    "MWI": dict(
        m=["Chikondi", "Blessings", "Yamikani", "Thokozani", "Mphatso", "Limbani", "Kondwani", "Madalitso",
           "Tiyamike", "Gift", "Chisomo", "Pemphero"],
        f=["Tamanda", "Chimwemwe", "Thandiwe", "Alinafe", "Tiwonge", "Chifundo", "Ruth", "Memory", "Grace", "Mercy",
           "Temwa", "Lusungu"],
        s=["Banda", "Phiri", "Mwale", "Chirwa", "Nkhoma", "Kamanga", "Mhango", "Gondwe", "Msiska", "Kumwenda",
           "Chisale-Mbewe", "Nyirenda", "Kalua", "Mkandawire", "Chimwaza", "Munthali"],
        places=["Lilongwe", "Blantyre", "Zomba", "Mzuzu", "Kasungu", "Mangochi", "Karonga", "Salima", "Dedza",
                "Nkhotakota", "Mulanje", "Thyolo"]),
    # part thirtyninth only (Mauritian and Botswana civil-status acts and identity papers; Mauritian, Botswana,
    # Turkish and Surinamese passports)
    "MUS": dict(
        m=["Rajesh", "Vikash", "Jean-Claude", "Yousouf", "Deepak", "Kevin", "Anil", "Ravi", "Nitin", "Ashvin",
           "Jean-Marc", "Imran"],
        f=["Priya", "Anjali", "Marie-Claire", "Nadia", "Sunita", "Vanessa", "Kavita", "Shabnam", "Reshma", "Marie-Ange",
           "Pooja", "Yasmine"],
        s=["Ramdin", "Beeharry", "Jugnauth", "Soobrayen", "Li Kwong Ken", "Ramsamy", "Dookhee", "Appadoo",
           "Seetohul", "Ah-Chuen", "Peerbux", "Gopaul", "Bhunjun", "Ramgoolam", "Labonne", "Hossenally"],
        places=["Port Louis", "Curepipe", "Quatre Bornes", "Rose Hill", "Vacoas", "Mahébourg", "Goodlands",
                "Triolet", "Flacq", "Souillac", "Rose-Belle", "Grand Baie"]),
    "BWA": dict(
        m=["Kagiso", "Tebogo", "Onalenna", "Thabo", "Kabelo", "Mpho", "Tshepo", "Lesego", "Oratile", "Boitumelo",
           "Kgosi", "Neo"],
        f=["Masego", "Kelebogile", "Gaone", "Lorato", "Boitshepo", "Keneilwe", "Onkarabile", "Tshegofatso",
           "Dineo", "Naledi", "Refilwe", "Amogelang"],
        s=["Molefe", "Sebego", "Mosarwa", "Kgosidintsi", "Modise", "Ramotswa", "Seretse", "Masire", "Tshekedi",
           "Ntshole", "Gaolathe", "Motsamai", "Kgomotso", "Sechele", "Bathoen", "Mogae"],
        places=["Gaborone", "Francistown", "Maun", "Serowe", "Molepolole", "Kanye", "Mahalapye", "Palapye",
                "Lobatse", "Selebi-Phikwe", "Mochudi", "Ghanzi"]),
}

# the origins make_person draws from when none is given (VEN/COL/UKR only on request)
DEFAULT_ORIGINS = ("MAR", "COD", "GIN", "AFG", "SYR", "ARM", "RUS", "SUR", "TUR", "ERI", "CMR", "DZA", "IRQ", "NGA",
                   "GEO", "SOM", "ALB", "AGO")

_RUS_FEM = {"ov": "ova", "ev": "eva", "in": "ina"}


def _feminine(surname: str, origin: str) -> str:
    if origin in ("RUS",):
        for k, v in _RUS_FEM.items():
            if surname.endswith(k):
                return surname[: -len(k)] + v
    return surname


# --------------------------------------------------------------------------- addresses

# (postcode, city (as written locally), language, streets)
BE_PLACES = [
    ("9000", "Gent", "nl", ["Sleepstraat", "Dampoortstraat", "Wondelgemstraat", "Bevrijdingslaan", "Francisco Ferrerlaan", "Rabotstraat", "Kwakkelstraat"]),
    ("2060", "Antwerpen", "nl", ["Handelstraat", "Lange Kievitstraat", "Van Kerckhovenstraat", "Dambruggestraat", "Offerandestraat"]),
    ("2140", "Borgerhout", "nl", ["Turnhoutsebaan", "Kroonstraat", "Sint-Erasmusstraat", "Drink"]),
    ("2800", "Mechelen", "nl", ["Hanswijkstraat", "Brusselsesteenweg", "Leopoldstraat", "Koningin Astridlaan"]),
    ("3000", "Leuven", "nl", ["Diestsesteenweg", "Tiensestraat", "Brusselsestraat", "Naamsestraat"]),
    ("3600", "Genk", "nl", ["Hoogstraat", "Stalenstraat", "Vennestraat", "Europalaan"]),
    ("9100", "Sint-Niklaas", "nl", ["Stationsstraat", "Ankerstraat", "Kalkstraat", "Plezantstraat"]),
    ("8400", "Oostende", "nl", ["Torhoutsesteenweg", "Nieuwpoortsesteenweg", "Christinastraat", "Sint-Franciscusstraat"]),
    ("1000", "Bruxelles", "fr", ["Rue de Laeken", "Boulevard Anspach", "Rue Haute", "Rue des Tanneurs", "Rue Blaes", "Place de Brouckère"]),
    ("1030", "Schaerbeek", "fr", ["Chaussée de Haecht", "Rue Royale Sainte-Marie", "Avenue Rogier", "Rue Josaphat", "Rue Gallait"]),
    ("1080", "Molenbeek-Saint-Jean", "fr", ["Chaussée de Gand", "Rue de Ribaucourt", "Boulevard Léopold II", "Rue des Quatre-Vents"]),
    ("1070", "Anderlecht", "fr", ["Rue Wayez", "Chaussée de Mons", "Rue de Fiennes", "Boulevard Maurice Herbette"]),
    ("1210", "Saint-Josse-ten-Noode", "fr", ["Chaussée de Louvain", "Rue de la Poste", "Rue Verte", "Rue Saint-François"]),
    ("1060", "Saint-Gilles", "fr", ["Chaussée de Waterloo", "Rue de Mérode", "Avenue du Roi", "Rue Vanderschrick"]),
    ("4000", "Liège", "fr", ["Rue Saint-Léonard", "Rue Puits-en-Sock", "Boulevard de la Sauvenière", "Rue Féronstrée", "Rue Jonfosse"]),
    ("6000", "Charleroi", "fr", ["Rue de Marcinelle", "Boulevard Tirou", "Rue de Montigny", "Rue du Grand Central"]),
    ("5000", "Namur", "fr", ["Rue de Fer", "Chaussée de Louvain", "Rue Saint-Nicolas", "Avenue de la Gare"]),
    ("4800", "Verviers", "fr", ["Rue Spintay", "Rue de Hodimont", "Pont-aux-Lions", "Rue du Brou"]),
    ("7000", "Mons", "fr", ["Rue de Bertaimont", "Rue d'Havré", "Chaussée de Beaumont", "Rue de Nimy"]),
    ("4700", "Eupen", "de", ["Aachener Straße", "Neustraße", "Bergstraße", "Herbesthaler Straße", "Klötzerbahn"]),
]

# Brussels bilingual names: fr -> nl
BILINGUAL = {
    "Bruxelles": "Brussel", "Schaerbeek": "Schaarbeek", "Molenbeek-Saint-Jean": "Sint-Jans-Molenbeek",
    "Anderlecht": "Anderlecht", "Saint-Josse-ten-Noode": "Sint-Joost-ten-Node", "Saint-Gilles": "Sint-Gillis",
    "Rue de Laeken": "Lakensestraat", "Boulevard Anspach": "Anspachlaan", "Rue Haute": "Hoogstraat",
    "Rue des Tanneurs": "Huidevettersstraat", "Rue Blaes": "Blaesstraat", "Place de Brouckère": "De Brouckèreplein",
    "Chaussée de Haecht": "Haachtsesteenweg", "Rue Royale Sainte-Marie": "Koninklijke Sint-Mariastraat",
    "Avenue Rogier": "Rogierlaan", "Rue Josaphat": "Josaphatstraat", "Rue Gallait": "Gallaitstraat",
    "Chaussée de Gand": "Gentsesteenweg", "Rue de Ribaucourt": "Ribaucourtstraat",
    "Boulevard Léopold II": "Leopold II-laan", "Rue des Quatre-Vents": "Vier-Windenstraat",
    "Rue Wayez": "Wayezstraat", "Chaussée de Mons": "Bergensesteenweg", "Rue de Fiennes": "Fiennesstraat",
    "Boulevard Maurice Herbette": "Maurice Herbettelaan", "Chaussée de Louvain": "Leuvensesteenweg",
    "Rue de la Poste": "Poststraat", "Rue Verte": "Groenstraat", "Rue Saint-François": "Sint-Franciscusstraat",
    "Chaussée de Waterloo": "Waterloosesteenweg", "Rue de Mérode": "de Merodestraat", "Avenue du Roi": "Koningslaan",
    "Rue Vanderschrick": "Vanderschrickstraat",
}
BILINGUAL_NL2FR = {v: k for k, v in BILINGUAL.items()}
BRUSSELS_POSTCODES = {"1000", "1030", "1040", "1050", "1060", "1070", "1080", "1081", "1082", "1083", "1090", "1120",
                      "1130", "1140", "1150", "1160", "1170", "1180", "1190", "1200", "1210"}

# (postcode digits, letters options, city, streets)
NL_PLACES = [
    ("1055", ["AB", "CK", "DH", "LT"], "Amsterdam", ["Bos en Lommerweg", "Hoofdweg", "Jan van Galenstraat", "Admiraal de Ruijterweg"]),
    ("1102", ["AE", "BR", "CT"], "Amsterdam", ["Bijlmerdreef", "Hoogoord", "Kikkenstein"]),
    ("1093", ["KC", "LP", "RA"], "Amsterdam", ["Javastraat", "Eerste Van Swindenstraat", "Dapperstraat"]),
    ("3022", ["BA", "CG", "PT"], "Rotterdam", ["Nieuwe Binnenweg", "Mathenesserlaan", "Schiedamseweg"]),
    ("3081", ["AE", "GR", "JH"], "Rotterdam", ["Dordtsestraatweg", "Slaghekstraat", "Wolphaertsbocht"]),
    ("2525", ["AP", "ED", "KL"], "Den Haag", ["Hoefkade", "Paul Krugerlaan", "Vaillantlaan", "Parallelweg"]),
    ("3531", ["AG", "EN", "KW"], "Utrecht", ["Kanaalstraat", "Damstraat", "Vleutenseweg"]),
    ("5611", ["BD", "GC", "JN"], "Eindhoven", ["Kruisstraat", "Woenselse Markt", "Boschdijk"]),
    ("9712", ["BT", "HL", "NJ"], "Groningen", ["Oosterstraat", "Folkingestraat", "Nieuwe Ebbingestraat"]),
    ("6822", ["AC", "EL", "JA"], "Arnhem", ["Steenstraat", "Hommelseweg", "Amsterdamseweg"]),
    ("1315", ["HA", "KL", "RG"], "Almere", ["Grote Markt", "Stadhuisplein", "Rentmeesterstraat"]),
    ("5038", ["AD", "EC", "PR"], "Tilburg", ["Korvelseweg", "Ringbaan-West", "Bredaseweg"]),
    ("8021", ["AB", "DH"], "Zwolle", ["Assendorperstraat", "Oldeneelallee", "Dobbestraat"]),
    ("6511", ["HL", "NV", "PP"], "Nijmegen", ["Molenstraat", "Van Welderenstraat", "Hertogstraat"]),
    ("2312", ["AH", "CT"], "Leiden", ["Haarlemmerstraat", "Kooilaan", "Hooigracht"]),
]


def be_address(rng: random.Random, *, lang: str | None = None) -> Address:
    places = [p for p in BE_PLACES if lang is None or p[2] == lang] or BE_PLACES
    pc, city, _lang, streets = rng.choice(places)
    number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 180), rng.randint(2, 320)]))
    if rng.random() < 0.12:
        number += rng.choice(["A", "B", "a"])
    box = None
    r = rng.random()
    if r < 0.45:
        box = str(rng.randint(1, 12))
    elif r < 0.6:
        box = f"{rng.randint(1, 12):02d}"
    elif r < 0.66:
        box = rng.choice(["RC", "A", "B", "101", "201", "302"])
    return Address(rng.choice(streets), number, box, pc, city, "BE")


def nl_address(rng: random.Random) -> Address:
    pc, letters, city, streets = rng.choice(NL_PLACES)
    n = rng.randint(1, 260)
    r = rng.random()
    if r < 0.35:
        number = str(n)
    elif r < 0.5:
        number = f"{n}{rng.choice(['a', 'b', 'A', 'B'])}"
    elif r < 0.65:
        number = f"{n}-{rng.choice(['I', 'II', 'III', 'IV', '1', '2', '3'])}"
    elif r < 0.75:
        number = f"{n} hs"
    elif r < 0.85:
        number = f"{n}-{rng.choice(['H', 'bis', 'A01', 'B'])}"
    else:
        number = f"{n} {rng.choice(['A', 'B', 'bv', 'zw', '2hg'])}"
    return Address(rng.choice(streets), number, None, f"{pc} {rng.choice(letters)}", city, "NL")


# --------------------------------------------------------------------------- numbers

def be_national_number(birth_date: datetime.date, sex: str, rng: random.Random) -> str:
    """Belgian national register number, 11 digits, valid checksum (odd serial = man)."""
    serial = rng.randint(1, 997)
    if sex.upper().startswith("M"):
        serial |= 1
    else:
        serial = serial - (serial % 2)
        if serial == 0:
            serial = 2
    base = f"{birth_date:%y%m%d}{serial:03d}"
    n = int(("2" + base) if birth_date.year >= 2000 else base)
    check = 97 - (n % 97)
    return f"{base}{check:02d}"


def be_national_number_valid(nn: str) -> bool:
    d = "".join(c for c in nn if c.isdigit())
    if len(d) != 11:
        return False
    for prefix in ("", "2"):
        if 97 - (int(prefix + d[:9]) % 97) == int(d[9:]):
            return True
    return False


def format_national_number(nn: str, style: str = "dots") -> str:
    """'85.07.30-033.28' (dots, as on eID), '850730 033 28' (spaces), '85073003328' (plain)."""
    if style == "dots":
        return f"{nn[0:2]}.{nn[2:4]}.{nn[4:6]}-{nn[6:9]}.{nn[9:11]}"
    if style == "spaces":
        return f"{nn[0:6]} {nn[6:9]} {nn[9:11]}"
    if style == "dash":
        return f"{nn[0:6]}-{nn[6:9]}-{nn[9:11]}"
    return nn


def v_number(rng: random.Random) -> str:
    return str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(9))


# --------------------------------------------------------------------------- person

def make_person(rng: random.Random, *, country: str = "BE", origin: str | None = None, min_age: int = 18,
                max_age: int = 70, today: datetime.date = datetime.date(2026, 12, 1), sex: str | None = None,
                national_number: bool = True, address_lang: str | None = None) -> Person:
    """A foreign applicant living in Belgium (country="BE") or the Netherlands ("NL")."""
    if origin is None:
        origin = rng.choice(DEFAULT_ORIGINS)
    o = ORIGINS[origin]
    sex = sex or rng.choice("MF")
    given = rng.choice(o["m"] if sex == "M" else o["f"])
    if rng.random() < 0.25 and " " not in given and "-" not in given:
        second = rng.choice(o["m"] if sex == "M" else o["f"])
        if second != given and " " not in second:
            given = f"{given} {second}"
    base_surname = rng.choice(o["s"])
    surname = _feminine(base_surname, origin) if sex == "F" else base_surname
    lo = today.toordinal() - int((max_age + 1) * 365.25) + 1
    hi = today.toordinal() - int(min_age * 365.25) - 1
    birth = datetime.date.fromordinal(rng.randint(lo, hi))
    father = f"{rng.choice(o['m'])} {base_surname}"
    mother_surname = rng.choice(o["s"])
    mother = f"{rng.choice(o['f'])} {_feminine(mother_surname, origin)}"
    p = Person(surname=surname, given_names=given, sex=sex, birth_date=birth,
               birth_place=rng.choice(o["places"]), birth_country=COUNTRIES[origin]["en"],
               nationality=origin, father=father, mother=mother)
    if country == "BE":
        p.address = be_address(rng, lang=address_lang)
        if national_number:
            p.national_number = be_national_number(birth, sex, rng)
    elif country == "NL":
        p.address = nl_address(rng)
        p.v_number = v_number(rng)
    return p


BE_SURNAMES = ["Peeters", "Janssens", "Maes", "Claes", "Mertens", "Willems", "Goossens", "Wouters", "De Smet",
               "Van den Broeck", "Vermeulen", "De Backer", "Van Damme", "Dubois", "Lambert", "Dupont", "Lejeune",
               "Leroy", "Renard", "Delvaux", "Van de Velde", "Verhaegen", "De Clercq", "Vandenberghe", "Declercq",
               "Moreau", "Laurent", "Simon", "D'Hondt", "Van der Auwera", "Schmitz", "Kreusch", "Nyssen"]
BE_GIVEN = {"M": ["Pieter", "Jan", "Koen", "Bart", "Luc", "Tom", "Marc", "Olivier", "François", "Pierre", "Benoît",
                  "Jean-Luc", "Geert", "Wim", "Thomas", "Nicolas"],
            "F": ["An", "Els", "Sofie", "Katrien", "Griet", "Nathalie", "Isabelle", "Catherine", "Sophie", "Marie",
                  "Anne-Sophie", "Veerle", "Hilde", "Julie", "Charlotte", "Céline"]}
NL_SURNAMES = ["de Vries", "van den Berg", "Bakker", "Jansen", "Visser", "Smit", "Meijer", "de Boer", "Mulder",
               "de Jong", "van Dijk", "Hendriks", "van der Linden", "Dekker", "Brouwer", "de Wit", "van Leeuwen",
               "Kok", "van der Meer", "Bos", "Vos", "Peters", "Verhoeven", "El Bouazzaoui", "Yilmaz", "Ramdin"]
NL_GIVEN = {"M": ["Jeroen", "Maarten", "Sander", "Bas", "Ruud", "Erik", "Joost", "Thijs", "Mohamed", "Hans", "Wouter"],
            "F": ["Anouk", "Marieke", "Sanne", "Eline", "Femke", "Ingrid", "Lotte", "Naima", "Esther", "Judith", "Karin"]}
DE_SURNAMES = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer", "Krüger", "Lange"]
DE_GIVEN = {"M": ["Thomas", "Michael", "Andreas", "Stefan", "Jürgen"], "F": ["Sabine", "Petra", "Claudia", "Monika", "Ursula"]}


def make_professional(rng: random.Random, country: str = "BE", sex: str | None = None) -> tuple[str, str, str]:
    """(given, surname, sex) of a doctor, lawyer, translator or official in BE/NL/DE."""
    sex = sex or rng.choice("MF")
    if country == "NL":
        return rng.choice(NL_GIVEN[sex]), rng.choice(NL_SURNAMES), sex
    if country == "DE":
        return rng.choice(DE_GIVEN[sex]), rng.choice(DE_SURNAMES), sex
    return rng.choice(BE_GIVEN[sex]), rng.choice(BE_SURNAMES), sex


# --------------------------------------------------------------------------- formatting

MONTHS = {
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "tr": ["Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül", "Ekim", "Kasım", "Aralık"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}
MONTH_ABBR = {
    "en": ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"],
    "fr": ["JANV", "FÉVR", "MARS", "AVR", "MAI", "JUIN", "JUIL", "AOÛT", "SEPT", "OCT", "NOV", "DÉC"],
    "nl": ["JAN", "FEB", "MRT", "APR", "MEI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEC"],
    "de": ["JAN", "FEB", "MÄR", "APR", "MAI", "JUN", "JUL", "AUG", "SEP", "OKT", "NOV", "DEZ"],
}
DATE_STYLES: tuple[str, ...] = ("dots", "slashes", "dashes", "long", "iso", "spaces", "abbr")
# extra styles accepted by format_date: "long_le" (le 1er mars 2026 / op 1 maart 2026 / am 1. März 2026),
# "passport_bi" (14 JUIL/JUL 1982), "dots_short" (14.07.82), "slashes_short" (14/07/82), "dashes_zero" (14-07-1982)


def month_name(m: int, lang: str) -> str:
    return MONTHS.get(lang, MONTHS["en"])[m - 1]


def format_date(d: datetime.date, style: str, lang: str = "nl") -> str:
    if style == "dots":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dots_short":
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if style == "slashes":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "slashes_short":
        return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"
    if style == "dashes":
        return f"{d.day}-{d.month}-{d.year}"
    if style == "dashes_zero":
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if style == "iso":
        return d.isoformat()
    if style == "spaces":
        return f"{d.day:02d} {d.month:02d} {d.year}"
    if style == "abbr":
        return f"{d.day:02d} {MONTH_ABBR.get(lang, MONTH_ABBR['en'])[d.month - 1]} {d.year}"
    if style == "passport_bi":
        loc = MONTH_ABBR.get(lang, MONTH_ABBR["fr"])[d.month - 1]
        en = MONTH_ABBR["en"][d.month - 1]
        return f"{d.day:02d} {loc}/{en} {d.year}" if loc != en else f"{d.day:02d} {en} {d.year}"
    if style in ("long", "long_le"):
        m = month_name(d.month, lang)
        if lang == "fr":
            day = "1er" if d.day == 1 else str(d.day)
            s = f"{day} {m} {d.year}"
            return ("le " + s) if style == "long_le" else s
        if lang == "de":
            s = f"{d.day}. {m} {d.year}"
            return ("am " + s) if style == "long_le" else s
        if lang == "en":
            s = f"{d.day} {m} {d.year}"
            return ("on " + s) if style == "long_le" else s
        if lang == "es":
            return f"{d.day} de {m} de {d.year}"
        if lang == "pt":
            return f"{d.day} de {m} de {d.year}"
        if lang == "tr":
            return f"{d.day} {m} {d.year}"
        s = f"{d.day} {m} {d.year}"
        return ("op " + s) if style == "long_le" else s
    raise ValueError(f"unknown date style {style!r}")


ADDRESS_STYLES: tuple[str, ...] = ("street_first", "postcode_first", "number_first", "slash_box", "slashbus_box",
                                   "dash_box", "multiline", "residing")

_BOX_WORD = {"nl": "bus", "fr": "boîte", "de": "Bfk.", "en": "box"}
_RESIDING = {"nl": "verblijvende te", "fr": "résidant à", "de": "wohnhaft in", "en": "residing at"}


def _localise(addr: Address, lang: str) -> tuple[str, str]:
    street, city = addr.street, addr.city
    if addr.country == "BE" and addr.postcode in BRUSSELS_POSTCODES:
        if lang == "nl":
            street, city = BILINGUAL.get(street, street), BILINGUAL.get(city, city)
        elif lang == "fr":
            street, city = BILINGUAL_NL2FR.get(street, street), BILINGUAL_NL2FR.get(city, city)
    return street, city


def format_address(addr: Address, style: str = "street_first", lang: str = "nl") -> str:
    """One address in one of ADDRESS_STYLES; "multiline" uses newlines.  Brussels names follow ``lang``."""
    street, city = _localise(addr, lang)
    if addr.country == "NL":
        pc = addr.postcode
        if style == "multiline":
            return f"{street} {addr.number}\n{pc}  {city.upper()}"
        if style == "postcode_first":
            return f"{pc} {city}, {street} {addr.number}"
        if style == "residing":
            return f"{ {'nl': 'wonende te', 'fr': 'résidant à', 'de': 'wohnhaft in', 'en': 'residing at'}.get(lang, 'wonende te')} {city}, {street} {addr.number}"
        if style == "number_first":
            return f"{street} {addr.number}, {pc.replace(' ', '')} {city}"
        return f"{street} {addr.number}, {pc} {city}"
    box = addr.box
    bw = _BOX_WORD.get(lang, "bus")
    num = addr.number
    if style in ("street_first", "postcode_first", "multiline", "residing"):
        nb = f"{num} {bw} {box}" if box else num
        line1 = f"{street} {nb}"
        if style == "street_first":
            return f"{line1}, {addr.postcode} {city}"
        if style == "postcode_first":
            return f"{addr.postcode} {city}, {line1}"
        if style == "multiline":
            return f"{line1}\n{addr.postcode} {city}"
        return f"{_RESIDING.get(lang, 'verblijvende te')} {addr.postcode} {city}, {line1}"
    if style == "number_first":
        nb = f"{num}/{box}" if box else num
        return f"{nb}, {street}, {addr.postcode} {city}"
    if style == "slash_box":
        nb = f"{num}/{box}" if box else num
        return f"{street} {nb}, {addr.postcode} {city}"
    if style == "slashbus_box":
        nb = f"{num}/{bw} {box}" if box else num
        return f"{street} {nb}, {addr.postcode} {city}"
    if style == "dash_box":
        if box:
            b = f"{int(box):02d}" if box.isdigit() else box
            nb = f"{num} - {bw} {b}"
        else:
            nb = num
        return f"{street} {nb}, {addr.postcode} {city}"
    raise ValueError(f"unknown address style {style!r}")


NAME_STYLES: tuple[str, ...] = ("given_surname", "SURNAME_given", "Surname, Given", "SURNAME, Given", "initials",
                                "SURNAME_GIVEN", "given_SURNAME", "surname_given")


def _initials(given: str) -> str:
    out = []
    for part in given.replace("-", " - ").split():
        if part == "-":
            out.append("-")
        else:
            out.append(part[0].upper() + ".")
    return "".join(out).replace(".-", ".-")


def format_name(p: Person, style: str = "given_surname") -> str:
    g, s = p.given_names, p.surname
    if style == "given_surname":
        return f"{g} {s}"
    if style == "SURNAME_given":
        return f"{s.upper()} {g}"
    if style == "Surname, Given":
        return f"{s}, {g}"
    if style == "SURNAME, Given":
        return f"{s.upper()}, {g}"
    if style == "initials":
        return f"{_initials(g)} {s}"
    if style == "SURNAME_GIVEN":
        return f"{s.upper()} {g.upper()}"
    if style == "given_SURNAME":
        return f"{g} {s.upper()}"
    if style == "surname_given":
        return f"{s} {g}"
    raise ValueError(f"unknown name style {style!r}")


def strip_accents(s: str) -> str:
    s = s.replace("ı", "i").replace("İ", "I").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


BE_BIRTH_PLACES = ["Antwerpen", "Gent", "Brussel", "Bruxelles", "Schaerbeek", "Anderlecht", "Liège", "Charleroi",
                   "Leuven", "Mechelen", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean", "Namur", "Genk", "Oostende"]
NL_BIRTH_PLACES = ["Amsterdam", "Rotterdam", "'s-Gravenhage", "Utrecht", "Eindhoven", "Groningen", "Arnhem", "Almere",
                   "Tilburg", "Nijmegen", "Leiden", "Zwolle"]
DE_BIRTH_PLACES = ["Aachen", "Köln", "Düsseldorf", "Berlin", "Hamburg", "Essen", "Duisburg", "Bonn"]


def make_child(rng: random.Random, parent: Person, *, born_in: str | None = None, min_age: int = 0,
               max_age: int = 17, other_parent: str | None = None, today: datetime.date = datetime.date(2026, 12, 1),
               sex: str | None = None) -> Person:
    """A child of ``parent`` (same surname line, parents filled in).  born_in="BE"/"NL"/"DE" gives a
    birth place in that country (and a Belgian national number for BE); None: the parent's country."""
    origin = parent.nationality if parent.nationality in ORIGINS else rng.choice(DEFAULT_ORIGINS)
    o = ORIGINS[origin]
    sex = sex or rng.choice("MF")
    lo_age = max(min_age, 0)
    hi_age = min(max_age, max(0, (today - parent.birth_date).days // 365 - 16))
    if hi_age < lo_age:
        hi_age = lo_age
    lo = today.toordinal() - int((hi_age + 1) * 365.25) + 1
    hi = today.toordinal() - int(lo_age * 365.25) - 1
    birth = datetime.date.fromordinal(rng.randint(lo, max(lo, hi)))
    other = other_parent or (f"{rng.choice(o['f'])} {_feminine(rng.choice(o['s']), origin)}" if parent.sex == "M"
                             else f"{rng.choice(o['m'])} {rng.choice(o['s'])}")
    base = parent.surname if parent.sex == "M" else other.split(" ", 1)[-1]
    if origin == "RUS" and base.endswith("a") and parent.sex == "F":
        base = base[:-1]
    surname = _feminine(base, origin) if sex == "F" else base
    if born_in == "BE":
        place, country = rng.choice(BE_BIRTH_PLACES), "Belgium"
    elif born_in == "NL":
        place, country = rng.choice(NL_BIRTH_PLACES), "Netherlands"
    elif born_in == "DE":
        place, country = rng.choice(DE_BIRTH_PLACES), "Germany"
    else:
        place, country = rng.choice(o["places"]), COUNTRIES[origin]["en"]
    father = parent.full_name if parent.sex == "M" else other
    mother = parent.full_name if parent.sex == "F" else other
    child = Person(surname=surname, given_names=rng.choice(o["m"] if sex == "M" else o["f"]), sex=sex,
                   birth_date=birth, birth_place=place, birth_country=country, nationality=parent.nationality,
                   address=parent.address, father=father, mother=mother)
    if parent.address is not None and parent.address.country == "BE":
        child.national_number = be_national_number(birth, sex, rng)
    if parent.v_number:
        child.v_number = v_number(rng)
    return child


def make_spouse(rng: random.Random, person: Person, *, origin: str | None = None) -> Person:
    """A spouse of the other sex, of the same origin unless given, living at the same address."""
    sx = "F" if person.sex == "M" else "M"
    sp = make_person(rng, country=(person.address.country if person.address else "BE"),
                     origin=origin or (person.nationality if person.nationality in ORIGINS else None), sex=sx,
                     min_age=max(18, (datetime.date(2026, 12, 1) - person.birth_date).days // 365 - 12),
                     max_age=min(80, (datetime.date(2026, 12, 1) - person.birth_date).days // 365 + 8),
                     national_number=person.national_number is not None)
    sp.address = person.address
    return sp
