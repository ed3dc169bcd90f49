"""News agencies and wire services worldwide, with the short names they are credited by.

Used by :mod:`claimcheck.linking.provenance` to tell an agency credit ("(AP)", "— Reuters",
"AFP contributed", "MOSCOW (Reuters) -", "according to the Xinhua news agency") from ordinary
words. Each entry maps the agency's usual English name to the other names and abbreviations
it is credited by. Names are matched as whole words, case-sensitively.

:data:`CREDIT_ONLY` holds short names that are also ordinary words or common abbreviations
("Trend", "Report", "MAP", "PA"): they count only where a credit is certain (in brackets after
a dateline, alone at the end of a line or after a dash, in "X contributed"), never in running
text such as "according to the report".
"""

from __future__ import annotations

__all__ = ["AGENCIES", "CREDIT_ONLY", "agency_names"]

#: Agency name -> other names and abbreviations it is credited by.
AGENCIES: dict[str, tuple[str, ...]] = {
    # global wires
    "Associated Press": ("AP", "The Associated Press"),
    "Reuters": ("Thomson Reuters",),
    "Agence France-Presse": ("AFP", "Agence France Presse", "France-Presse", "France Presse"),
    "Bloomberg": ("Bloomberg News",),
    "Dow Jones Newswires": ("Dow Jones",),
    "United Press International": ("UPI",),
    # Europe
    "Deutsche Presse-Agentur": ("dpa", "DPA"),
    "Agenzia Nazionale Stampa Associata": ("ANSA",),
    "Agencia EFE": ("EFE",),
    "Europa Press": (),
    "PA Media": ("Press Association", "PA"),
    "Algemeen Nederlands Persbureau": ("ANP",),
    "Belga": (),
    "Austria Presse Agentur": ("APA",),
    "Keystone-SDA": ("SDA", "Swiss News Agency"),
    "Agence Europe": (),
    "Lusa": ("Agencia Lusa",),
    "Ritzau": (),
    "Norsk Telegrambyra": ("NTB",),
    "Tidningarnas Telegrambyra": ("TT",),
    "STT": ("Finnish News Agency",),
    "Polish Press Agency": ("PAP", "Polska Agencja Prasowa"),
    "Czech News Agency": ("CTK",),
    "TASR": ("News Agency of the Slovak Republic",),
    "MTI": ("Hungarian News Agency",),
    "Agerpres": (),
    "Bulgarian News Agency": ("BTA",),
    "Tanjug": (),
    "HINA": ("Croatian News Agency",),
    "Slovenian Press Agency": ("STA",),
    "Athens-Macedonian News Agency": ("ANA-MPA", "AMNA"),
    "Cyprus News Agency": ("CNA Cyprus",),
    "Ukrinform": (),
    "UNIAN": (),
    "BelTA": ("Belarusian Telegraph Agency",),
    "LETA": (),
    "ELTA": (),
    "BNS": ("Baltic News Service",),
    "TASS": ("ITAR-TASS",),
    "RIA Novosti": ("RIA",),
    "Interfax": (),
    "Sputnik": (),
    "Anadolu Agency": ("Anadolu", "AA"),
    "Demiroren News Agency": ("DHA",),
    # Caucasus and Central Asia
    "AZERTAC": ("Azertac", "Azerbaijan State News Agency"),
    "APA Azerbaijan": ("APA Information Agency",),
    "Trend News Agency": ("Trend",),
    "Report News Agency": ("Report.az",),
    "Turan Information Agency": ("Turan",),
    "Armenpress": (),
    "Georgian Press": (),
    "Kazinform": (),
    "Kabar": (),
    "Khovar": (),
    "UzA": ("National News Agency of Uzbekistan",),
    # Middle East and North Africa
    "Islamic Republic News Agency": ("IRNA",),
    "Fars News Agency": ("Fars",),
    "Tasnim News Agency": ("Tasnim",),
    "Mehr News Agency": ("Mehr",),
    "ISNA": ("Iranian Students' News Agency",),
    "WAFA": ("Palestinian News and Information Agency",),
    "Middle East News Agency": ("MENA",),
    "Saudi Press Agency": ("SPA",),
    "Emirates News Agency": ("WAM",),
    "Qatar News Agency": ("QNA",),
    "Kuwait News Agency": ("KUNA",),
    "Bahrain News Agency": ("BNA",),
    "Oman News Agency": ("ONA",),
    "Petra": ("Jordan News Agency",),
    "Syrian Arab News Agency": ("SANA",),
    "National News Agency": ("NNA",),
    "Iraqi News Agency": ("INA",),
    "Algerie Presse Service": ("APS", "Algeria Press Service"),
    "Maghreb Arabe Presse": ("MAP",),
    "Tunis Afrique Presse": ("TAP",),
    "Libya News Agency": ("LANA",),
    "Sudan News Agency": ("SUNA",),
    # Africa
    "News Agency of Nigeria": ("NAN",),
    "Ghana News Agency": ("GNA",),
    "Kenya News Agency": ("KNA",),
    "Ethiopian News Agency": ("ENA",),
    "African News Agency": ("ANA",),
    "South African Press Association": ("SAPA",),
    "Agence de Presse Africaine": ("APAnews",),
    "ANGOP": ("Angola Press",),
    "Agence Ivoirienne de Presse": ("AIP",),
    "Agence de Presse Senegalaise": ("APS Senegal",),
    "Tanzania News Agency": ("SHIHATA",),
    # Asia and the Pacific
    "Xinhua": ("Xinhua News Agency", "New China News Agency"),
    "China News Service": (),
    "Kyodo News": ("Kyodo",),
    "Jiji Press": ("Jiji",),
    "Yonhap": ("Yonhap News Agency",),
    "Korean Central News Agency": ("KCNA",),
    "Central News Agency": ("CNA",),
    "Press Trust of India": ("PTI",),
    "Indo-Asian News Service": ("IANS",),
    "Asian News International": ("ANI",),
    "United News of India": ("UNI",),
    "Associated Press of Pakistan": ("APP",),
    "Bangladesh Sangbad Sangstha": ("BSS",),
    "Rastriya Samachar Samiti": ("RSS",),
    "Antara": ("Antara News Agency",),
    "Bernama": (),
    "Philippine News Agency": ("PNA",),
    "Vietnam News Agency": ("VNA",),
    "Thai News Agency": ("TNA",),
    "Agence Kampuchea Presse": ("AKP",),
    "Lao News Agency": ("KPL",),
    "Montsame": (),
    "Pajhwok Afghan News": ("Pajhwok",),
    "Australian Associated Press": ("AAP",),
    "New Zealand Press Association": ("NZPA",),
    # the Americas
    "The Canadian Press": ("Canadian Press", "CP"),
    "Notimex": (),
    "Agencia Brasil": (),
    "Agencia Estado": (),
    "Telam": (),
    "Agencia Noticias Argentinas": ("Noticias Argentinas",),
    "Prensa Latina": (),
    "Agencia Venezolana de Noticias": ("AVN",),
    "Agencia Andina": ("Andina",),
    "Agencia de Noticias de Colombia": ("Colprensa",),
    "Orbe": (),
    "Agencia Boliviana de Informacion": ("ABI",),
    "Inter Press Service": ("IPS",),
    "Catholic News Service": ("CNS",),
    "Religion News Service": ("RNS",),
    "Jewish Telegraphic Agency": ("JTA",),
    "Kyiv Independent News": (),
}

#: Short names that are also ordinary words or common abbreviations: credits only.
CREDIT_ONLY: frozenset[str] = frozenset(
    {
        "AA", "ABI", "AIP", "AKP", "ANA", "ANI", "ANP", "APA", "APP", "APS", "AVN", "BNA", "BNS", "BSS",
        "CNA", "CNS", "CP", "ENA", "Fars", "GNA", "INA", "IPS", "KNA", "KPL", "MAP", "Mehr", "NAN",
        "NNA", "ONA", "Orbe", "PA", "PNA", "Petra", "RIA", "RNS", "RSS", "SDA", "SPA", "STA", "STT",
        "TAP", "TNA", "TT", "Trend", "Turan", "UNI", "UzA", "VNA", "WAM", "Kabar", "Lusa", "Jiji",
        "Sputnik", "Andina", "Khovar", "Report.az",
    }
)  # fmt: skip


def agency_names() -> dict[str, str]:
    """Every name and short name of :data:`AGENCIES` -> the agency's usual name."""
    out: dict[str, str] = {}
    for name, aliases in AGENCIES.items():
        out[name] = name
        for alias in aliases:
            out.setdefault(alias, name)
    return out
