#!/usr/bin/env python3
"""Build News Context's knowledge base (data/kb/*) from the raw leaders material and the
reviewed curated additions.

    python3 tools/kb/convert.py --raw ../shared/data/leaders --curated data/curated --out data/kb

Inputs
  <raw>/leaders.jsonl, countries.json, orgs.json   raw snapshots (see their README)
  <curated>/*.jsonl                                 reviewed people, same schema as people.jsonl
  <curated>/corrections.json                        reviewed fixes to raw records (merges, names,
                                                    titles, dates, vacancies), each with a reason
  <curated>/sources.json, orgs.json, countries.json reviewed source keys, organisations and
                                                    country name additions
Outputs (deterministic: sorted, stable formatting, UTF-8, ensure_ascii=False)
  <out>/people.jsonl  countries.json  orgs.json  sources.json

The pipeline is a list of named steps (see `main`). Each cleaning rule is one function whose
docstring says what it decides; docs/knowledge-base.md describes them for readers of the data.
Validation errors are collected and reported together; any error makes the exit status 1 and
nothing is written.
"""

from __future__ import annotations

import argparse
import collections
import datetime as _dt
import glob
import json
import os
import re
import sys
import unicodedata

# --------------------------------------------------------------------------- vocabularies

#: Role kinds (closed). Order = display rank: lower sorts first among open roles.
KINDS = [
    "head_of_state_and_government",
    "head_of_state",
    "co_head_of_state",
    "head_of_government",
    "org_head",
    "deputy",
    "representative",
    "foreign_minister",
    "defence_minister",
    "finance_minister",
    "government_member",
    "org_deputy",
    "spokesperson",
    "envoy",
    "ambassador",
]
KIND_RANK = {k: i for i, k in enumerate(KINDS)}
HEAD_OF_STATE_KINDS = {"head_of_state", "head_of_state_and_government", "co_head_of_state"}
HEAD_OF_GOVERNMENT_KINDS = {"head_of_government", "head_of_state_and_government"}
HEAD_KINDS = HEAD_OF_STATE_KINDS | HEAD_OF_GOVERNMENT_KINDS

#: Offices (closed): normalised lower-case noun phrases. `derive_office` maps titles onto them.
OFFICES = [
    # heads of state
    "president", "king", "queen", "emperor", "emir", "sultan", "grand duke", "prince", "pope",
    "supreme leader", "co-prince", "captain regent", "presidency chair", "presidency member",
    "head of state", "chair",
    # heads of government
    "prime minister", "premier", "chancellor", "chief minister", "chief executive",
    "minister of state", "secretary of state", "head of government", "mayor",
    # deputies and representatives of the head of state
    "vice president", "deputy prime minister", "crown prince", "governor-general", "governor",
    "lieutenant governor", "high commissioner", "administrator", "prefect", "commissioner",
    "representative", "bailiff",
    # government members
    "foreign minister", "defence minister", "finance minister", "minister",
    # diplomats and communicators
    "ambassador", "chargé d'affaires", "envoy", "spokesperson", "press secretary",
    # international organisations
    "secretary-general", "deputy secretary-general", "director-general", "managing director",
    "executive director", "high representative", "commission president", "council president",
    "parliament president", "commission chair", "prosecutor",
]
OFFICE_SET = set(OFFICES)

#: Title patterns -> office, tried in order, per kind group. First match wins.
_HEAD_PATTERNS = [
    (r"\bsupreme leader\b|\btaliban leader\b", "supreme leader"),
    (r"\bco-?prince\b", "co-prince"),
    (r"\bcaptains? regent\b", "captain regent"),
    (r"\bchair(?:man|person)? of the presidency\b", "presidency chair"),
    (r"\bmember of the presidency\b", "presidency member"),
    (r"\bpope\b", "pope"),
    (r"\bemperor\b", "emperor"),
    (r"\bgrand duke\b", "grand duke"),
    (r"\bking\b", "king"),
    (r"\bqueen\b", "queen"),
    (r"\b(?:emir|amir)\b", "emir"),
    (r"\bsultan\b", "sultan"),
    (r"\bprince\b", "prince"),
    (r"\bpresident\b", "president"),
    (r"\bchair(?:man|person)?\b", "chair"),
    (r"\bhead of state\b|\bo le ao o le malo\b", "head of state"),
]
_GOVERNMENT_PATTERNS = [
    (r"\bprime minister\b|\btaoiseach\b", "prime minister"),
    (r"\bpremier\b", "premier"),
    (r"\bchancellor\b", "chancellor"),
    (r"\bchief minister\b", "chief minister"),
    (r"\bchief executive\b", "chief executive"),
    (r"\bminister of state\b", "minister of state"),
    (r"\bsecretary of state\b", "secretary of state"),
    (r"\bmayor\b", "mayor"),
    (r"\bgovernor\b", "governor"),
    (r"\badministrator\b", "administrator"),
    (r"\bcommissioner\b", "commissioner"),
    (r"\bpresident\b", "president"),
    (r"\bchair(?:man|person)?\b", "chair"),
    (r"\bhead of government\b|\bulu o tokelau\b", "head of government"),
]
_DEPUTY_PATTERNS = [
    (r"\bcrown prince\b|\bheir apparent\b|\bhereditary grand duke\b", "crown prince"),
    (r"\bdeputy prime minister\b", "deputy prime minister"),
    (r"\bvice[- ]president\b|\bdeputy president\b", "vice president"),
]
_REPRESENTATIVE_PATTERNS = [
    (r"\bgovernor[- ]general\b", "governor-general"),
    (r"\blieutenant[- ]governor\b", "lieutenant governor"),
    (r"\bgovernor\b", "governor"),
    (r"\bhigh commissioner\b", "high commissioner"),
    (r"\badministrator\b", "administrator"),
    (r"\bprefect\b", "prefect"),
    (r"\bcommander\b|\bcommissioner\b", "commissioner"),
    (r"\brepresentative\b", "representative"),
]
_GOVERNMENT_MEMBER_PATTERNS = [
    (r"\badministrator\b", "administrator"),
    (r"\bbailiff\b", "bailiff"),
    (r"\bdeputy prime minister\b", "deputy prime minister"),
    (r"\bminister\b|\bsecretary\b", "minister"),
]
_ORG_PATTERNS = [
    (r"\bdeputy secretary[- ]general\b", "deputy secretary-general"),
    (r"\bsecretary[- ]general\b", "secretary-general"),
    (r"\bdirector[- ]general\b", "director-general"),
    (r"\bmanaging director\b", "managing director"),
    (r"\bexecutive director\b", "executive director"),
    (r"\bhigh representative\b", "high representative"),
    (r"\bhigh commissioner\b", "high commissioner"),
    (r"\bprosecutor\b", "prosecutor"),
    (r"\bpresident of the european commission\b", "commission president"),
    (r"\bpresident of the european council\b", "council president"),
    (r"\bpresident of the european parliament\b", "parliament president"),
    (r"\bchair(?:man|person)? of the african union commission\b", "commission chair"),
    (r"\bpresident\b", "president"),
    (r"\bchair(?:man|person)?\b", "chair"),
]
OFFICE_PATTERNS = {
    "head_of_state": _HEAD_PATTERNS,
    "head_of_state_and_government": _HEAD_PATTERNS,
    "co_head_of_state": _HEAD_PATTERNS,
    "head_of_government": _GOVERNMENT_PATTERNS,
    "deputy": _DEPUTY_PATTERNS,
    "representative": _REPRESENTATIVE_PATTERNS,
    "government_member": _GOVERNMENT_MEMBER_PATTERNS,
    "org_head": _ORG_PATTERNS,
    "org_deputy": _ORG_PATTERNS,
    "foreign_minister": [(r".", "foreign minister")],
    "defence_minister": [(r".", "defence minister")],
    "finance_minister": [(r".", "finance minister")],
    "ambassador": [(r"chargé d'affaires", "chargé d'affaires"), (r".", "ambassador")],
    "envoy": [(r".", "envoy")],
    "spokesperson": [(r"press secretary", "press secretary"), (r".", "spokesperson")],
}

#: Sources of the raw material (keys used by leaders.jsonl and countries.json). Curated keys
#: come from <curated>/sources.json.
RAW_SOURCES = {
    "fb": {"title": "CIA World Factbook, final edition (factbook/factbook.json@8662a8b1, data commit 783ed27f)",
           "licence": "Public domain (US Government work); repository CC0 1.0. The CIA asks to be credited.",
           "as_of": "2026-01-22", "share_alike": False, "odbl": False},
    "fbh": {"title": "CIA World Factbook weekly history (factbook/factbook.json git history, 264 commits 2020-11-23..2026-01-22)",
            "licence": "Public domain (US Government work); repository CC0 1.0",
            "as_of": "2026-01-22", "share_alike": False, "odbl": False},
    "oda": {"title": "open-data-archive/world-leaders-current@b06a1440 (Wikidata + Wikipedia, daily)",
            "licence": "CC BY-SA 4.0", "as_of": "2026-08-22", "share_alike": True, "odbl": False},
    "ep_wl": {"title": "every-politician-scrapers/world-leaders-2021@be7039cf (Wikidata SPARQL output)",
              "licence": "CC0 1.0 (Wikidata data)", "as_of": "2022-10-10", "share_alike": False, "odbl": False},
    "ep_fm": {"title": "every-politician-scrapers/world@4a3b394d foreign ministers (Wikidata + en.wikipedia 'List of current foreign ministers')",
              "licence": "Wikidata CC0 1.0; the Wikipedia part CC BY-SA (treated as share-alike because fields are not split by origin)",
              "as_of": "2022-12-11", "share_alike": True, "odbl": False},
    "ep_fm_wd": {"title": "every-politician-scrapers/world@4a3b394d sources/foreign/wikidata.csv: the Wikidata part of ep_fm (Q-ids and labels of the foreign ministers)",
                 "licence": "CC0 1.0 (Wikidata data)", "as_of": "2022-12-11", "share_alike": False, "odbl": False},
    "ep_bio": {"title": "every-politician-scrapers/world@4a3b394d html/bio.csv (Wikidata enwiki titles)",
               "licence": "CC0 1.0 (Wikidata data)", "as_of": "2023-01-10", "share_alike": False, "odbl": False},
    "ep_int": {"title": "every-politician-scrapers/world@4a3b394d html/holders21.csv (Wikidata office holders)",
               "licence": "CC0 1.0 (Wikidata data)", "as_of": "2022-12-09", "share_alike": False, "odbl": False},
    "ep_ru": {"title": "every-politician-scrapers/russia-cabinet@3871831d (en.wikipedia infobox)",
              "licence": "CC BY-SA (English Wikipedia)", "as_of": "2022-07-19", "share_alike": True, "odbl": False},
    "wc": {"title": "world-countries@5.1.0 (npm; data of mledoze/countries)",
           "licence": "ODbL 1.0", "as_of": None, "version": "5.1.0", "share_alike": True, "odbl": True},
    "manual": {"title": "Raw 'manual' entries: helper knowledge as of mid-2025, not confirmed by a dataset",
               "licence": "n/a (facts)", "as_of": "2025-06", "share_alike": False, "odbl": False},
    "brief": {"title": "Project brief (role stated by the project; not confirmed by any dataset)",
              "licence": "n/a", "as_of": None, "share_alike": False, "odbl": False},
    "derived": {"title": "Derived: computed by tools/kb/convert.py from the other fields of the same record",
                "licence": "n/a", "as_of": None, "share_alike": False, "odbl": False},
}

MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"}

#: Capitalised surnames that are also everyday English words (sentence starts, headlines).
#: "Trump" is deliberately absent: capitalised, it is the person in news text.
COMMON_WORDS = {
    "Rice", "Bush", "Brown", "Young", "King", "Little", "Hill", "Wood", "Black", "White", "Green",
    "Gray", "Grey", "Rich", "Long", "Best", "Love", "Hope", "Just", "Price", "Rock", "Stone",
    "Bird", "Fox", "Hunt", "Church", "Cook", "Baker", "Hammer", "Savage", "Power", "Major",
    "Sharp", "Strong", "Noble", "Wise", "Page", "Law", "Mills", "Fisher", "Walker", "Carter",
    "Bell", "Cross", "Sweet", "Golden", "Field", "Fields", "Lane", "Rose", "Frank", "Grant",
    "Gold", "Silver", "Steel", "Winter", "Summer", "Spring", "Day", "Knight", "Bishop", "Pope",
    "Marshall", "Chase", "Hunter", "Porter", "Mason", "Barber", "Butcher", "Turner", "Ward",
    "Swift", "Moody", "Hale", "Sterling", "Bond", "Shepherd", "Miller", "Judd", "Coale",
    "Early", "Free", "Rule", "Moon", "Sun", "Way", "Lamb", "Mann", "House", "Ball", "Head",
    "Hand", "Christmas", "Cash", "Case", "Book", "Song", "Paris", "London", "Jordan", "Israel",
    "Victoria", "Georgia", "Chad", "Guinea", "Hope", "Joy", "Faith", "Glass", "Sandy",
    "Islam", "Plant", "Tax", "Lake", "Friday", "Store", "Turk", "Gates", "Banks", "Burns", "Butler",
    "Austin", "Meta", "Son", "Sen", "Man", "Pier", "Santa", "Nova", "Bio", "Tone", "Verge",
    "Crouch", "Fore", "Reina", "Paz", "Levi", "Mills", "Lamb", "Drew", "Ewing", "Cannon", "Bush",
    "Sharp", "Kind", "Hay", "Sage", "Salt", "Small", "Short", "Strange", "Tree", "Wolf", "Wild",
    "Can", "Will", "May", "Mark", "Grace", "Bar", "Low", "Hart", "Heart", "Field", "Rich", "Best",
    "Trust", "Hall", "Hale", "Hanks", "Jewell", "Major", "Prince", "Duke", "Earl", "Baron", "Lord",
    "Saint", "Sultan", "Sheikh", "Pope", "Abbott", "Bishop", "Dean", "Marshal", "Chancellor",
    "Key", "Champagne",
}

#: First names that also occur as surnames: alone they need context ("Henry", "Daniel").
COMMON_FIRST_NAMES = {
    "Daniel", "Paul", "Henry", "Simon", "Moses", "Carrie", "Jesus", "Todd", "Owen", "Dan", "Sam",
    "Mona", "Tito", "Peter", "Peters", "Jacob", "Jacobs", "Francis", "Christian", "Joseph", "John",
    "George", "James", "Thomas", "William", "Williams", "Michael", "David", "Martin", "Kelly",
    "Ross", "Grant", "Frank", "Elizabeth", "Mary", "Anna", "Louis", "Charles", "Albert", "Edward",
    "Richard", "Robert", "Andrew", "Philip", "Arthur", "Marcus", "Diana", "Kenny", "Riley",
    "Burt", "Duncan", "Stuart", "Tucker", "Graham", "Stanley", "Harvey", "Howard", "Russell",
    "Douglas", "Gordon", "Leslie", "Allen", "Ali", "Abdullah", "Hassan", "Hussein", "Omar",
    "Ismail", "Idris", "Rashid", "Habib", "Bilal", "Nawaf", "Boris", "Dilma", "Emmanuel",
    "Joy", "Alexander", "Adam", "Adams", "Matthew", "Luke", "Lucas", "Felix", "Victor", "Julius",
    "Bryan", "Brian", "Lawrence", "Wallace", "Austin", "Carter", "Mason", "Morgan", "Taylor",
    "Roger", "Anthony", "Moussa",
}

#: Very common surnames (alone they need context).
COMMON_SURNAMES = {
    "Kim", "Lee", "Park", "Pak", "Ri", "Rhee", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim", "Han",
    "Li", "Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun",
    "Ma", "Zhu", "Hu", "Guo", "He", "Lin", "Luo", "Gao", "Ho", "Wong", "Tan", "Ng", "Lai",
    "Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Phan", "Vo", "Dang", "Bui", "Do",
    "Singh", "Khan", "Kumar", "Sharma", "Patel", "Shah", "Gupta", "Das", "Ali", "Ahmed",
    "Ahmad", "Hassan", "Hussein", "Husain", "Mohamed", "Mohammed", "Muhammad", "Ibrahim",
    "Abdullah", "Rahman", "Hamid", "Aziz", "Said", "Saeed", "Salem", "Salim", "Omar", "Yusuf",
    "Musa", "Issa", "Diallo", "Traore", "Traoré", "Toure", "Touré", "Keita", "Keïta", "Kone",
    "Koné", "Sow", "Ba", "Ndiaye", "Diop", "Fall", "Sall", "Cisse", "Cissé", "Camara",
    "Ouedraogo", "Ouédraogo", "Dlamini", "Nkosi", "Banda", "Phiri", "Mwale", "Moyo",
    "Tong", "Saleh", "Ayala", "Correia", "Yun", "Nunes",
    "Silva", "Santos", "Souza", "Costa", "Pereira", "Oliveira", "Rodrigues", "Ferreira",
    "Rodríguez", "Rodriguez", "González", "Gonzalez", "Fernández", "Fernandez", "López",
    "Lopez", "Martínez", "Martinez", "Sánchez", "Sanchez", "Pérez", "Perez", "García",
    "Garcia", "Gómez", "Gomez", "Díaz", "Diaz", "Hernández", "Hernandez", "Ramírez",
    "Ramirez", "Torres", "Flores", "Rivera", "Morales", "Ortiz", "Castro", "Romero", "Ruiz",
    "Álvarez", "Alvarez", "Jiménez", "Jimenez", "Moreno", "Muñoz", "Munoz", "Vargas",
    "Mendoza", "Chávez", "Chavez", "Herrera", "Medina", "Castillo", "Guzmán", "Guzman",
    "Rojas", "Reyes", "Cruz", "Ramos", "Peña", "Pena",
    "Smith", "Johnson", "Williams", "Jones", "Davis", "Wilson", "Moore", "Taylor", "Thomas",
    "Jackson", "Harris", "Martin", "Thompson", "Clark", "Lewis", "Robinson", "Allen", "Scott",
    "Adams", "Nelson", "Mitchell", "Roberts", "Phillips", "Campbell", "Parker", "Evans",
    "Edwards", "Collins", "Stewart", "Morris", "Murphy", "Rogers", "Reed", "Morgan", "Cooper",
    "Kelly", "Howard", "Cox", "Gordon", "Ross", "Wright", "Anderson", "Hall", "Murray",
    "Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker",
    "Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Ricci",
    "Ivanov", "Smirnov", "Popov", "Petrov", "Kuznetsov", "Kovalenko", "Shevchenko",
    "Bondarenko", "Melnyk", "Kowalski", "Nowak", "Novak", "Horvat", "Jensen", "Hansen",
    "Nielsen", "Johansson", "Andersson", "Larsen", "Olsen", "Berg",
    "Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura",
    "Kobayashi", "Kato", "Yoshida", "Yamada", "Sasaki", "Kimura", "Hayashi",
    "Nasser", "Jaber", "Youssef", "Youssouf", "Mahamat", "Mahamadou", "Idriss", "Abdi",
    "Mohamud", "Hassan", "Gebre", "Tesfaye", "Mensah", "Owusu", "Boateng", "Okafor",
}

#: Forms that must never be aliases on their own (titles, particles, honorifics).
NEVER_ALIASES = {
    "President", "King", "Queen", "Prince", "Sheikh", "Emir", "Amir", "Sultan", "Pope",
    "Minister", "Premier", "Chancellor", "Mr", "Mrs", "Ms", "Dr", "Sir", "Dame", "Lord",
    "Al", "El", "Bin", "Bint", "Ibn", "Abu", "Abd", "Abdel", "Abdul", "De", "Da", "Van", "Von",
    "Jr", "Jr.", "II", "III", "IV", "Coprince", "Cardinal", "Archbishop",
}

#: Leading given names that are not used with the surname alone ("Muhammad Shehbaz Sharif" is
#: never "Muhammad Sharif" in news text).
NAME_PREFIXES = {"Muhammad", "Mohammed", "Mohammad", "Mohamed", "Muhammed", "Abdul", "Abd", "Abdel",
                 "Sheikh", "Mohd", "Md."}

#: Short surnames that are unambiguous in news text despite their length.
SHORT_OK = {"Xi"}

#: Honorifics stripped from the start of a display name (the prefixed form stays an alias).
HONORIFICS = ["Apostolic Nuncio", "Tan Sri", "Coprince", "Co-prince", "Cardinal", "Archbishop", "Sheikh", "Sheikha",
              "Prince", "Dr.", "Dr", "General", "Gen.", "Sir", "Dame"]
#: Names in which the honorific is part of the name used in news text.
HONORIFIC_KEEP = {"Sheikh Hasina"}

#: Name particles that belong to the surname ("Correia e Silva", "von der Leyen").
PARTICLES = {"de", "da", "do", "dos", "das", "del", "della", "di", "du", "e", "y", "van",
             "von", "der", "den", "la", "le", "bin", "bint", "ibn", "al", "el", "ben", "ter", "i"}

#: Countries whose names are written surname first (surname alias = first token).
SURNAME_FIRST = {"CN", "TW", "HK", "MO", "KP", "KR"}
#: Countries whose names carry no family name used alone in news (no surname alias derived).
NO_SURNAME_ALIAS = {"VN", "MM", "KH", "ID", "LA", "TH", "BT", "IS", "ET", "ER", "SO"}

#: Countries using Spanish/Portuguese double surnames (paternal + maternal).
HISPANIC = {"ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE", "EC",
            "PE", "BO", "CL", "AR", "UY", "PY", "GQ"}

#: Known transliteration / spelling variants per name token (symmetric groups). Each group
#: lists forms seen in English-language news for the same original-script name.
TRANSLIT_GROUPS = [
    ["Alexander", "Aleksandr", "Alyaksandr", "Aliaksandr", "Alexandr"],
    ["Lukashenko", "Lukashenka"],
    ["Zelenskyy", "Zelensky", "Zelenskiy", "Zelenski", "Zelenskyi"],
    ["Volodymyr", "Volodimir", "Wolodymyr"],
    ["Dmitry", "Dmitriy", "Dmitri", "Dmytro"][:3],
    ["Dmytro", "Dmitro"],
    ["Sergey", "Sergei", "Sergej"],
    ["Yuri", "Yury", "Yuriy"],
    ["Mikhail", "Mikhael"],
    ["Maria", "Mariya"],
    ["Andrei", "Andrey"],
    ["Alexei", "Alexey", "Aleksei", "Aleksey"],
    ["Nikolai", "Nikolay"],
    ["Medvedev"],
    ["Peskov"],
    ["Benjamin", "Binyamin", "Benyamin"],
    ["Muhammad", "Mohammed", "Mohammad", "Mohamed", "Muhammed"],
    ["Erdoğan", "Erdogan"],
    ["Tokayev", "Toqayev"],
    ["Berdimuhamedow", "Berdymukhamedov", "Berdimuhamedov"],
    ["Shmyhal", "Shmygal"],
    ["Sybiha", "Sybyha"],
    ["Netanyahu"],
    ["Zakharova"],
    ["Raman", "Roman"],
    ["Halowchenka", "Golovchenko"],
    ["Yulia", "Yuliia", "Yuliya"],
    ["Svyrydenko", "Sviridenko"],
]
TRANSLIT = {}
for _group in TRANSLIT_GROUPS:
    for _form in _group:
        TRANSLIT.setdefault(_form, set()).update(f for f in _group if f != _form)

#: Countries whose English name takes "the" inside a title ("Prime Minister of the Netherlands").
THE_COUNTRIES = {"BS", "GM", "NL", "PH", "GB", "US", "AE", "CF", "CD", "DO", "MV", "MH", "SB",
                 "SC", "KY", "VG", "VI", "TC", "FO", "CK", "FK", "NP"} - {"NP"}

#: Countries whose heads are curated back to 2010 (G20 members, the P5, the seed article's).
HISTORY_COUNTRIES = ["US", "RU", "BY", "VE", "CO", "GB", "FR", "DE", "IT", "JP", "CN", "IN", "BR", "CA",
                     "AU", "ES", "UA", "IL", "TR", "MX", "AR", "KR", "ZA", "SA", "ID"]

#: The G20's member countries (the EU is an organisation here), whose foreign ministers are
#: curated back to FOREIGN_MINISTER_HISTORY_FROM.
G20_COUNTRIES = ["AR", "AU", "BR", "CA", "CN", "FR", "DE", "IN", "ID", "IT", "JP", "KR", "MX", "RU",
                 "SA", "ZA", "TR", "GB", "US"]
FOREIGN_MINISTER_HISTORY_FROM = 2016

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class KbError(Exception):
    """A validation error; collected and reported together."""


# --------------------------------------------------------------------------- helpers

def fold(text: str) -> str:
    """ASCII-fold: strip diacritics (Lukašenka -> Lukasenka), map a few letters NFKD keeps."""
    text = text.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ł", "l") \
        .replace("Ł", "L").replace("đ", "d").replace("Đ", "D").replace("ı", "i") \
        .replace("æ", "ae").replace("Æ", "AE").replace("œ", "oe").replace("ʻ", "'") \
        .replace("’", "'").replace("‘", "'")
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_key(name: str) -> str:
    """Comparison key for names: folded, lower case, hyphens and punctuation as spaces."""
    s = fold(name).lower()
    s = re.sub(r"[-‐.,'\"“”()]", " ", s)
    return " ".join(s.split())


def significant_tokens(name: str) -> list:
    return [t for t in name_key(name).split() if t not in PARTICLES]


def squash(text):
    if text is None:
        return None
    return " ".join(str(text).split())


def date_lo(d):
    """Lower bound of a possibly partial ISO date, for comparisons."""
    if d is None:
        return None
    if len(d) == 4:
        return d + "-01-01"
    if len(d) == 7:
        return d + "-01"
    return d


def valid_date(d) -> bool:
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    try:
        _dt.date.fromisoformat(date_lo(d))
    except ValueError:
        return False
    return True


def is_non_latin(text: str) -> bool:
    for ch in text:
        if ch.isalpha() and not unicodedata.name(ch, "").startswith("LATIN"):
            return True
    return False


def role_active(role: dict, day: str) -> bool:
    """True if the role was held on `day` (since <= day < until; open roles count)."""
    since = date_lo(role.get("since"))
    until = date_lo(role.get("until"))
    if since and since > day:
        return False
    if until and until <= day:
        return False
    return True


def split_sources(key: str) -> list:
    return [k for k in key.split("+") if k]


# --------------------------------------------------------------------------- loading

def load_json(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


def load_jsonl(path):
    out = []
    with open(path, encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            line = line.strip()
            if not line:
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise KbError(f"{path}:{n}: invalid JSON: {exc}") from exc
    return out


def raw_role_to_schema(role: dict) -> dict:
    """Rename the raw role fields (country_iso2, host_iso2) to the KB schema."""
    return {
        "title": squash((role.get("title") or "").replace("’", "'").replace("‘", "'")) or None,
        "office": role.get("office"),
        "kind": role.get("kind"),
        "country": role.get("country_iso2", role.get("country")),
        "org": role.get("org"),
        "host": role.get("host_iso2", role.get("host")),
        "since": role.get("since"),
        "until": role.get("until"),
        "as_of": role.get("as_of"),
        "source": role.get("source"),
        "_stale_risk": role.get("stale_risk"),
    }


#: Person fields whose raw "ep_fm" source is its Wikidata file (wikidata.csv, CC0): the Q-id and
#: the label (and the alias forms derived from it). Roles and other fields keep "ep_fm" (share-alike, from the Wikipedia list).
EP_FM_WIKIDATA_FIELDS = {"wikidata", "name", "aliases"}


def split_ep_fm(srcs: dict) -> dict:
    """Rule split_ep_fm: re-key the Wikidata part of ep_fm (name, Q-id) to "ep_fm_wd" (CC0), so
    that only the Wikipedia-derived part counts as share-alike."""
    return {k: sorted({("ep_fm_wd" if s == "ep_fm" and k in EP_FM_WIKIDATA_FIELDS else s) for s in v})
            for k, v in srcs.items()}


def raw_person_to_schema(p: dict, origin: str) -> dict:
    srcs = split_ep_fm({k: sorted(set(v)) for k, v in (p.get("sources") or {}).items() if k != "roles"})
    default = p.get("source")
    person = {
        "id": p["id"],
        "name": squash(p.get("name")),
        "native_names": [squash(n) for n in p.get("native_names") or []],
        "aliases": [squash(a) for a in p.get("aliases") or []],
        "ambiguous_aliases": [squash(a) for a in p.get("ambiguous_aliases") or []],
        "party": squash(p.get("party")),
        "description": p.get("description"),
        "wikipedia": p.get("wikipedia"),
        "wikidata": p.get("wikidata") or (p["id"] if re.match(r"^Q\d+$", p["id"]) else None),
        "roles": [raw_role_to_schema(r) for r in p.get("roles") or []],
        "sources": srcs,
        "_origin": origin,
        "_curated_aliases": set(),
    }
    if origin == "curated":
        person["_curated_aliases"] = set(person["aliases"]) | set(person["ambiguous_aliases"])
        if default:
            for field in ("name", "aliases", "native_names", "party", "wikipedia", "wikidata"):
                value = person.get(field)
                if value and field not in person["sources"]:
                    person["sources"][field] = [default]
        for field in ("name", "aliases", "native_names", "party", "wikipedia", "wikidata"):
            if person.get(field) and field not in person["sources"] and person["roles"]:
                person["sources"][field] = sorted({person["roles"][0]["source"]})
    return person


# --------------------------------------------------------------------------- cleaning rules

JUNK_PERSON_RE = re.compile(r"^(Us|US|U\.S\.) (Embassy|does not|interests)\b|\bembassy\b|does not have",
                            re.IGNORECASE)


def drop_non_persons(people, corrections, log):
    """Rule drop_non_persons: drop records that are not people (Factbook notes parsed as names,
    e.g. "Us Embassy Riyadh", "Us does not have an official embassy in Grenada") and records
    listed in corrections.drop_people."""
    drops = corrections.get("drop_people", {})
    kept = []
    for p in people:
        if p["id"] in drops:
            log.append(f"drop person {p['id']} ({p['name']}): {drops[p['id']]}")
            continue
        if JUNK_PERSON_RE.search(p["name"] or ""):
            log.append(f"drop non-person {p['id']} ({p['name']})")
            continue
        kept.append(p)
    return kept


_NAME_IN_TITLE = [
    # "Ambassador Reema Bint Bandar Bin Sultan of Saudi Arabia to the United States"
    re.compile(r"^(?P<pre>Ambassador) (?P<n>(?!of\b|to\b)[A-Z][^()]*?) (?P<post>of .+ to the United States)$"),
    # "United States Ambassador-designate Richard Duke to Morocco"
    re.compile(r"^(?P<pre>United States Ambassador(?:-designate)?) (?P<n>(?!to\b)[A-Z][^()]*?) (?P<post>to .+)$"),
    # "Prime Minister Maeen Abd al-Malik of Yemen"
    re.compile(r"^(?P<pre>Prime Minister) (?P<n>(?!and\b|of\b)[A-Z][^()]*?) (?P<post>of [A-Z].+)$"),
]
_TITLE_WORDS = {"crown", "prince", "state", "administration", "council", "chair", "and", "minister",
                "foreign", "interior", "co-vice", "vice", "president", "deputy", "first", "second",
                "chargé", "d'affaires", "ambassador", "of", "the"}


def fix_name_in_title(person, log):
    """Rule fix_name_in_title: the Factbook parser sometimes left part of the person's name in the
    title ("Ambassador Reema Bint Bandar Bin Sultan of Saudi Arabia to the United States" with
    name "Al Saud"; "Prime Minister Maeen Abd al-Malik of Yemen" with name "Saeed"). The
    fragment is the leading part of the name: move it back in front of the name."""
    for role in person["roles"]:
        for rx in _NAME_IN_TITLE:
            m = rx.match(role["title"] or "")
            if not m:
                continue
            frag = m.group("n")
            words = {w.lower() for w in frag.split()}
            if words <= _TITLE_WORDS:
                continue
            new_title = f"{m.group('pre')} {m.group('post')}"
            old_name = person["name"]
            if name_key(frag) not in name_key(old_name):
                person["name"] = f"{frag} {old_name}"
                person["aliases"].append(old_name)
            log.append(f"name in title: {person['id']} {old_name!r} + {role['title']!r} -> "
                       f"{person['name']!r} / {new_title!r}")
            role["title"] = new_title
            break


def clean_person_name(person, log):
    """Rule clean_person_name: normalise a display name.
    - strip a leading country name the parser glued on ("Afghanistan Ashraf Ghani");
    - strip leading honorifics ("Coprince", "Cardinal", "Sheikh", "Tan Sri"...), keeping the
      prefixed form as an alias ("Sheikh Hasina" keeps hers: it is her name in news text);
    - nicknames in quotes become aliases ('James "Jim" Heller' -> James Heller + Jim Heller);
    - CIA CAPS surnames become normal capitalisation (fix_caps_name), in raw records only:
      curated names are reviewed as written ("JD Vance" stays)."""
    name = squash(person["name"]) or ""
    original = name
    countries = person.get("_country_names") or []
    for cname in sorted(countries, key=len, reverse=True):
        if name.startswith(cname + " ") and len(name.split()) > len(cname.split()) + 1:
            name = name[len(cname) + 1:]
            break
    m = re.match(r'^(?P<a>.*?)\s*[“"](?P<nick>[^”"]+)[”"]\s*(?P<b>.*)$', name)
    if m:
        first = m.group("a")
        name = squash(f"{first} {m.group('b')}")
        person["aliases"].append(squash(f"{m.group('nick')} {m.group('b')}"))
    stripped_any = True
    while stripped_any and name not in HONORIFIC_KEEP:
        stripped_any = False
        for hon in HONORIFICS:
            if name.startswith(hon + " ") and len(name.split()) > len(hon.split()) + 1:
                stripped = name[len(hon) + 1:]
                surname = stripped.split()[-1]
                if hon in ("Cardinal", "Archbishop", "Coprince", "Co-prince"):
                    person["aliases"].append(f"{hon} {surname}")
                elif hon in ("Sheikh", "Sheikha", "Prince", "Tan Sri"):
                    person["aliases"].append(name)
                name = stripped
                stripped_any = True
                break
    if person.get("_origin") != "curated":
        # Curated names are reviewed as written ("JD Vance"); only raw CAPS surnames are re-cased.
        name = fix_caps_name(name)
    if name != original:
        person["aliases"].append(original)
        log.append(f"name: {person['id']} {original!r} -> {name!r}")
    person["name"] = name


ROMAN_RE = re.compile(r"^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$")


def _cap_word(word: str) -> str:
    parts = re.split(r"([-'’])", word.lower())
    out = "".join(p[:1].upper() + p[1:] if p not in "-'’" else p for p in parts)
    out = re.sub(r"^Mc([a-z])", lambda m: "Mc" + m.group(1).upper(), out)
    return out


def fix_caps_name(name: str) -> str:
    """Rule fix_caps_name: CIA style 'Alyaksandr LUKASHENKA' -> 'Alyaksandr Lukashenka'. Roman
    numerals (Charles III) and short all-caps initialisms are kept. Also 'O'neill' -> "O'Neill"."""
    words = []
    for w in name.split():
        letters = re.sub(r"[^A-Za-zÀ-ÿĀ-ž]", "", w)
        if len(letters) >= 2 and letters.isupper() and not ROMAN_RE.match(letters) and "." not in w:
            w = _cap_word(w)
        w = re.sub(r"^O'([a-z])", lambda m: "O'" + m.group(1).upper(), w)
        w = re.sub(r"^Mc([a-z])([a-z]{2,})$", lambda m: "Mc" + m.group(1).upper() + m.group(2), w)
        words.append(w)
    return " ".join(words)


#: Exact raw title -> clean title (and optionally kind). Junk the Factbook parser produced.
TITLE_FIXES = {
    "French of Andorra": ("Co-Prince of Andorra", "co_head_of_state"),
    "Co-prince of Andorra": ("Co-Prince of Andorra", "co_head_of_state"),
    "Head of Government (Andorra)": ("Prime Minister of Andorra", None),
    "co-chiefs of state Captains Regent (San Marino)": ("Captain Regent of San Marino", "co_head_of_state"),
    "co-chiefs of state Captain Regent (San Marino)": ("Captain Regent of San Marino", "co_head_of_state"),
    "New Zealand High Commissioner of the Cook Islands": ("New Zealand High Commissioner to the Cook Islands", "representative"),
    "Official of the Cook Islands": ("King's Representative to the Cook Islands", "representative"),
    "President of the Islamic Republic of (Afghanistan)": ("President of Afghanistan", None),
    "Taliban Leader of Afghanistan": ("Supreme Leader of Afghanistan", None),
    "Prime Minister and Minister of (Slovakia)": ("Prime Minister of Slovakia", None),
    "Formerly Prime Minister of Guinea": ("Prime Minister of Guinea", None),
    "CNSP Prime Minister of Niger": ("Prime Minister of Niger", None),
    "GNU Interim Prime Minister of Libya": ("Prime Minister of Libya (Government of National Unity)", None),
    "Prime Minister Crown Prince of Bahrain": ("Crown Prince and Prime Minister of Bahrain", None),
    "Prime Minister State Administration Council Chair of Myanmar": ("Prime Minister and State Administration Council Chair of Myanmar", None),
    "President of the Government of Spain": ("Prime Minister of Spain", None),
    "President of the Government or Acting Prime Minister (Spain)": ("Acting Prime Minister of Spain", None),
    "King Sultan of Malaysia": ("King of Malaysia", None),
    "State Affairs Commission President of North Korea": ("President of the State Affairs Commission of North Korea", None),
    "State Affairs Commission Chairman of North Korea": ("Chairman of the State Affairs Commission of North Korea", None),
    "Supreme People's Assembly President of North Korea": ("President of the Presidium of the Supreme People's Assembly of North Korea", None),
    "Presidential Leadership Council Chairperson of Yemen": ("Chairman of the Presidential Leadership Council of Yemen", None),
    "Chairperson Presidential Leadership Council of Yemen": ("Chairman of the Presidential Leadership Council of Yemen", None),
    "President Presidential Council of Libya": ("President of the Presidential Council of Libya", None),
    "Chairman Presidential Council of Libya": ("Chairman of the Presidential Council of Libya", None),
    "O le Ao o le Malo (Head of State) (Samoa)": ("O le Ao o le Malo (Head of State) of Samoa", None),
    "Ulu o Tokelau of Tokelau": ("Ulu-o-Tokelau (Head of Government) of Tokelau", None),
    "Governor General of the Commonwealth of Australia of Norfolk Island": ("Governor-General of Australia (for Norfolk Island)", None),
    "Governor-General of the Commonwealth of Australia of Christmas Island": ("Governor-General of Australia (for Christmas Island)", None),
    "Governor-General of the Commonwealth of Australia of Cocos (Keeling) Islands": ("Governor-General of Australia (for the Cocos (Keeling) Islands)", None),
    "Governor-General of New Zealand of Niue": ("Governor-General of New Zealand (for Niue)", None),
    "Governor-General of New Zealand of Tokelau": ("Governor-General of New Zealand (for Tokelau)", None),
    "Governor General Grand Chief of Papua New Guinea": ("Governor-General of Papua New Guinea", None),
    "Vice Presidents of Zimbabwe": ("Vice President of Zimbabwe", None),
    "vice president of the transitional government (Mali)": ("Vice President of the Transition of Mali", None),
    "President of transitional government (Mali)": ("Transitional President of Mali", None),
    "Transition President of Mali": ("Transitional President of Mali", None),
    "Transition Prime Minister of Mali": ("Transitional Prime Minister of Mali", None),
    "Heir Apparent Prince of Luxembourg": ("Hereditary Grand Duke of Luxembourg", None),
    "Sovereign Council Chair and Commander-in-Chief of the Sudanese Armed Forces": ("Chairman of the Transitional Sovereignty Council of Sudan", None),
    "President of the Council of State and President of the Council of Ministers (Cuba)": ("President of the Council of State and of the Council of Ministers of Cuba", None),
    "First Vice President of the Council of State and First Vice President of the Council of Ministers (Cuba)": ("First Vice President of the Council of State and of the Council of Ministers of Cuba", None),
    "President of the Pontifical Commission for the State of Vatican City and President of the Governorate of the Vatican City State": ("President of the Governorate of Vatican City State", None),
    "Pope of Vatican City": ("Pope", None),
    "Secretary of State (Vatican City)": ("Cardinal Secretary of State of the Holy See", None),
    "Secretary for Relations with States (Vatican City)": ("Secretary for Relations with States of the Holy See", None),
    "UK High Commissioner to New Zealand and Governor of the Pitcairn Islands": ("Governor of the Pitcairn Islands", None),
    "Mayor and Chairman of the Island Council (Pitcairn Islands)": ("Mayor of the Pitcairn Islands", None),
    "Commander of British Indian Ocean Territory": ("Commander of British Forces, British Indian Ocean Territory", None),
    "Administrator Superior of Wallis and Futuna": ("Prefect, Administrator Superior of Wallis and Futuna", None),
    "High Commissioner of the Republic (French Polynesia)": ("High Commissioner of the Republic in French Polynesia", None),
    "Minister of Foreign Affairs, Turkey (Türkiye)": ("Minister of Foreign Affairs of Türkiye", None),
    "Minister of Foreign Affairs (Sahrawi Arab Democratic Republic) (Western Sahara)": ("Minister of Foreign Affairs of the Sahrawi Arab Democratic Republic", None),
    "Minister of Foreign Affairs in Belgium": ("Minister of Foreign Affairs of Belgium", None),
    "Minister of Foreign Affairs of St Kitts and Nevis (Saint Kitts and Nevis)": ("Minister of Foreign Affairs of Saint Kitts and Nevis", None),
    "Minister of Foreign Affairs of the Republic of Côte d'Ivoire (Ivory Coast)": ("Minister of Foreign Affairs of Ivory Coast", None),
    "Minister of Foreign Affairs of the Democratic People's Republic of Korea (North Korea)": ("Minister of Foreign Affairs of North Korea", None),
    "Minister of Foreign Affairs of the Republic of China (Taiwan)": ("Minister of Foreign Affairs of Taiwan", None),
    "Minister of Foreign and European Affairs of the Slovak Republic (Slovakia)": ("Minister of Foreign and European Affairs of Slovakia", None),
    "Minister of Foreign Affairs of the Bolivarian Republic of Venezuela": ("Minister of Foreign Affairs of Venezuela", None),
    "Foreign Minister of the People's Republic of China": ("Minister of Foreign Affairs of China", None),
    "Secretary of State for Foreign and Commonwealth Affairs (United Kingdom)": ("Foreign Secretary of the United Kingdom", None),
    "Spokesperson of the Ministry of Foreign Affairs of Russia (Director of the Information and Press Department)":
        ("Spokesperson of the Ministry of Foreign Affairs of Russia", None),
    "United States the Chargé d'Affaires to to Grenada": ("United States Chargé d'Affaires to Grenada", None),
    "United States Chargé d'Affaires Ambassador to Iraq": ("United States Chargé d'Affaires to Iraq", None),
    "United States Chargé d'Affaires Ambassador to Ukraine": ("United States Chargé d'Affaires to Ukraine", None),
    "United States Ambassador Chargé d'Affaires to Eswatini": ("United States Chargé d'Affaires to Eswatini", None),
    "Chairman of the Cabinet of Ministers (Kyrgyzstan)": ("Chairman of the Cabinet of Ministers of Kyrgyzstan", None),
    "President of the Swiss Confederation (Switzerland)": ("President of the Swiss Confederation", None),
    "President of the Republic (Albania)": ("President of Albania", None),
    "Prime Minister and Minister of Interior (Qatar)": ("Prime Minister of Qatar", None),
}

#: Junk fragments that must never survive in a title (validated after cleaning).
JUNK_TITLE_RE = re.compile(r"^(French|Official|Spanish Coprince) of\b|\bof \(|\(\s*\)|\bto to\b|"
                           r"\bco-chiefs\b|\bFormerly\b|^[a-z]")


def normalise_vacant(title: str) -> str:
    """Rule normalise_vacant: 'President (vacant)' / 'vacant' titles are not roles: they are
    turned into vacancies by the caller. Returns the title without the marker."""
    return re.sub(r"\s*\(vacant\)\s*", "", title, flags=re.IGNORECASE).strip()


def fix_junk_titles(role: dict, countries: dict, log, pid="") -> None:
    """Rule fix_junk_titles: repair Factbook/Wikidata title junk.
    1. exact fixes from TITLE_FIXES (may also correct the kind: Andorra's co-princes,
       San Marino's Captains Regent are co_head_of_state);
    2. typographic apostrophes -> ASCII, collapsed spaces, first letter upper case;
    3. a trailing "(Country)" becomes "of [the] Country" ("Prime Minister of Haiti"), or is
       dropped when the country is already named;
    4. "of the Czechia" -> "of Czechia"; a leading nationality adjective repeated by the
       country is dropped ("Ukrainian Minister of Foreign Affairs (Ukraine)");
    5. ambassadors: "Ambassador-designate", "Chargé d'Affaires" kept, doubled words removed."""
    raw = role["title"] or ""
    title = squash(raw.replace("’", "'").replace("‘", "'"))
    title = normalise_vacant(title)
    if title in TITLE_FIXES:
        new, kind = TITLE_FIXES[title]
        if kind and kind != role["kind"]:
            log.append(f"kind: {pid} {title!r} {role['kind']} -> {kind}")
            role["kind"] = kind
        title = new
    else:
        m = re.match(r"^(?P<t>.*?) \((?P<c>[^()]+)\)$", title)
        country = countries.get(role.get("country") or "")
        if m and country:
            t, c = m.group("t"), m.group("c")
            cname = country["name"]
            if cname in t or c in t:
                title = t
            else:
                lead = re.match(r"^(\w+) (.*)$", t)
                if lead and lead.group(1) in country.get("adjectivals", []):
                    t = lead.group(2)
                the = "the " if role.get("country") in THE_COUNTRIES else ""
                if re.search(r"\bof$", t):
                    title = f"{t} {the}{cname}"
                else:
                    title = f"{t} of {the}{cname}"
        title = title.replace("of the Czechia", "of Czechia")
        if country:
            lead = re.match(r"^(\w+) (.*)$", title)
            if lead and lead.group(1) in country.get("adjectivals", []) and lead.group(1) != "Crown":
                title = lead.group(2)
        title = re.sub(r"\bto to\b", "to", title)
        title = re.sub(r"\bGovernor General\b", "Governor-General", title)
        if title[:1].islower():
            title = title[:1].upper() + title[1:]
    if title != raw:
        log.append(f"title: {pid} {raw!r} -> {title!r}")
    role["title"] = title


def derive_office(role: dict):
    """Rule derive_office: map (kind, title) onto the closed OFFICES vocabulary. Curated roles
    may state the office; it is then only validated."""
    if role.get("office"):
        return role["office"]
    title = (role.get("title") or "").lower()
    for rx, office in OFFICE_PATTERNS.get(role.get("kind"), []):
        if re.search(rx, title):
            return office
    return None


def combine_head_roles(person, corrections, log):
    """Rule combine_head_roles: in countries listed in corrections.combined_head_countries
    (presidential systems where the Factbook later listed the vice president as head of
    government, e.g. the Gambia and Zimbabwe), a person's head_of_state and head_of_government
    roles with the same title and start are one head_of_state_and_government role. The
    head-of-state role's dates win."""
    countries = set(corrections.get("combined_head_countries", {}))
    hos = [r for r in person["roles"] if r["kind"] == "head_of_state" and r["country"] in countries]
    for h in hos:
        for g in [r for r in person["roles"] if r["kind"] == "head_of_government"]:
            if g["country"] == h["country"] and g["title"] == h["title"] and g["since"] == h["since"]:
                person["roles"].remove(g)
                h["kind"] = "head_of_state_and_government"
                h["as_of"] = max(h["as_of"], g["as_of"])
                log.append(f"combine: {person['id']} {h['title']} -> head_of_state_and_government")


def apply_role_fixes(people_by_id, corrections, log, errors):
    """Rule apply_role_fixes: reviewed per-role corrections from corrections.role_fixes
    (match on id + title + since; set fields, or drop). A changed date appends the review's
    source key to the role's source ("fbh+wp-...")."""
    for fix in corrections.get("role_fixes", []):
        p = people_by_id.get(fix["id"])
        if p is None:
            errors.append(f"corrections.role_fixes: unknown person id {fix['id']}")
            continue
        matches = [r for r in p["roles"]
                   if (fix.get("title") is None or r["title"] == fix["title"])
                   and ("since" not in fix or r["since"] == fix["since"])
                   and (fix.get("kind") is None or r["kind"] == fix["kind"])]
        if not matches:
            errors.append(f"corrections.role_fixes: no role of {fix['id']} matches {fix}")
            continue
        for r in matches:
            if fix.get("drop"):
                p["roles"].remove(r)
                log.append(f"drop role: {fix['id']} {r['title']} {r['since']}: {fix['reason']}")
                continue
            for k, v in fix.get("set", {}).items():
                r[k] = v
            if fix.get("source"):
                parts = split_sources(r["source"])
                if fix["source"] not in parts:
                    r["source"] = "+".join(parts + [fix["source"]])
            log.append(f"fix role: {fix['id']} {r['title']}: {fix['reason']}")


def apply_name_fixes(people_by_id, corrections, log, errors):
    """Rule apply_name_fixes: reviewed display names (corrections.names), e.g. a Wikidata/enwiki
    form with diacritics for a Factbook transliteration. The old name stays an alias."""
    for pid, fix in sorted(corrections.get("names", {}).items()):
        p = people_by_id.get(pid)
        if p is None:
            errors.append(f"corrections.names: unknown person id {pid}")
            continue
        if p["name"] != fix["name"]:
            p["aliases"].append(p["name"])
            log.append(f"name fix: {pid} {p['name']!r} -> {fix['name']!r}")
            p["name"] = fix["name"]
            src = fix.get("source", "kb-review")
            p["sources"]["name"] = [src]
        for field in ("wikipedia", "party"):
            if field in fix:
                p[field] = fix[field]
                p["sources"][field] = [fix.get("source", "kb-review")]
        for a in fix.get("aliases", []):
            p["aliases"].append(a)
            p["_curated_aliases"].add(a)
        if fix.get("drop_aliases"):
            p["_drop_aliases"] = set(fix["drop_aliases"])
        for a in fix.get("native_names", []):
            p["native_names"].append(a)
            p["sources"].setdefault("native_names", [])
            p["sources"]["native_names"] = sorted(set(p["sources"]["native_names"]) | {fix.get("source", "kb-review")})


def _better_name(a, b):
    """Prefer a Wikidata/enwiki label (has diacritics or came from ep_*/oda/curated) over a
    Factbook transliteration."""
    def score(p):
        srcs = set(p["sources"].get("name", []))
        s = 0
        if p["_origin"] == "curated":
            s += 4
        if srcs - {"fb", "fbh"}:
            s += 2
        if p["name"] != fold(p["name"]):
            s += 1
        return s
    return a if score(a) >= score(b) else b


def _id_rank(pid: str) -> int:
    if re.match(r"^Q\d+$", pid):
        return 0
    return 2 if pid.startswith("cur-") else 1


def merge_two(a, b, log, reason):
    """Merge person b into a. The surviving id is the better one: a Wikidata Q-id, else a raw
    slug (fb-, oda-, manual-), else a curated slug (cur-)."""
    if _id_rank(b["id"]) < _id_rank(a["id"]):
        a, b = b, a
    better = _better_name(a, b)
    other = b if better is a else a
    if better is not a:
        a["aliases"].append(a["name"])
        a["name"] = better["name"]
        a["sources"]["name"] = better["sources"].get("name", [])
    else:
        a["aliases"].append(b["name"])
    for field in ("aliases", "ambiguous_aliases", "native_names", "roles"):
        a[field] = a[field] + b[field]
    a["_curated_aliases"] |= b["_curated_aliases"]
    a["_drop_aliases"] = a.get("_drop_aliases", set()) | b.get("_drop_aliases", set())
    for field in ("party", "wikipedia", "wikidata"):
        if not a.get(field) and b.get(field):
            a[field] = b[field]
            if field in b["sources"]:
                a["sources"][field] = b["sources"][field]
        elif b["_origin"] == "curated" and b.get(field) and field != "wikidata":
            a[field] = b[field]
            if field in b["sources"]:
                a["sources"][field] = b["sources"][field]
    for field, srcs in b["sources"].items():
        if field in ("aliases", "native_names"):
            a["sources"][field] = sorted(set(a["sources"].get(field, [])) | set(srcs))
        elif field not in a["sources"]:
            a["sources"][field] = srcs
    if b["_origin"] == "curated":
        a["_origin"] = "raw+curated" if a["_origin"] != "curated" else "curated"
    a["_country_names"] = sorted(set(a.get("_country_names", [])) | set(b.get("_country_names", [])))
    log.append(f"merge ({reason}): {b['id']} ({other['name']}) -> {a['id']} ({a['name']})")
    return a


def person_countries(p):
    return {r["country"] for r in p["roles"] if r.get("country")}


def person_places(p):
    """Countries and organisations a person has roles in (merge candidates must share one)."""
    return person_countries(p) | {"org:" + r["org"] for r in p["roles"] if r.get("org") and not r.get("country")}


def _given_names_compatible(x: str, y: str) -> bool:
    """For Arabic patronymic names ("Hamad bin Isa", "Salman bin Hamad bin Isa") the first
    given name must match: a subset of tokens is the father's name, not a variant."""
    tx, ty = name_key(x).split(), name_key(y).split()
    if any(t in ("bin", "bint", "ibn", "ibni") for t in tx + ty):
        return tx[0] == ty[0]
    return True


def merge_duplicate_people(people, corrections, log, errors):
    """Rule merge_duplicate_people:
    1. explicit merges from corrections.merge (reviewed: transliteration variants such as
       Binyamin/Benyamin Netanyahu, Halowchenka/Golovchenko, a curated Q-id for a Factbook slug);
    2. same id (raw + curated records of one person);
    3. same country and the same normalised name (folded, case and punctuation ignored);
    4. same country (or organisation), the significant name tokens of one are a subset of the
       other's (at least two shared: "Ulisses Correia e Silva" / "Jose Ulisses Correia e Silva";
       "Michelle Bachelet" / "Michelle Bachelet Jeria"), the same first or last token,
       compatible given names, and no conflicting Q-ids. Pairs in corrections.no_merge are never merged.
    Every merge is logged in the report."""
    by_id = {}
    order = []
    for p in people:
        if p["id"] in by_id:
            by_id[p["id"]] = merge_two(by_id[p["id"]], p, log, "same id")
        else:
            by_id[p["id"]] = p
            order.append(p["id"])

    alias_of = {}

    def resolve(pid):
        while pid in alias_of:
            pid = alias_of[pid]
        return pid

    def do_merge(x, y, reason):
        x, y = resolve(x), resolve(y)
        if x == y:
            return
        a, b = by_id[x], by_id[y]
        merged = merge_two(a, b, log, reason)
        keep, gone = (x, y) if merged is a else (y, x)
        by_id[keep] = merged
        del by_id[gone]
        alias_of[gone] = keep

    for m in corrections.get("merge", []):
        ids = m["ids"]
        missing = [i for i in ids if resolve(i) not in by_id]
        if missing:
            errors.append(f"corrections.merge: unknown ids {missing} ({m.get('reason')})")
            continue
        for other in ids[1:]:
            do_merge(ids[0], other, "reviewed: " + m.get("reason", ""))

    no_merge = {frozenset(x) for x in corrections.get("no_merge", [])}
    changed = True
    while changed:
        changed = False
        index = collections.defaultdict(list)
        for pid in sorted(by_id):
            p = by_id[pid]
            for c in person_places(p):
                index[c].append(pid)
        for c in sorted(index):
            ids = index[c]
            for i in range(len(ids)):
                for j in range(i + 1, len(ids)):
                    x, y = ids[i], ids[j]
                    if x not in by_id or y not in by_id or frozenset((x, y)) in no_merge:
                        continue
                    a, b = by_id[x], by_id[y]
                    if a.get("wikidata") and b.get("wikidata") and a["wikidata"] != b["wikidata"]:
                        continue
                    if name_key(a["name"]) == name_key(b["name"]):
                        do_merge(x, y, f"same country {c} and name")
                        changed = True
                        continue
                    ta, tb = set(significant_tokens(a["name"])), set(significant_tokens(b["name"]))
                    small, big = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
                    sa, sb = significant_tokens(a["name"]), significant_tokens(b["name"])
                    if len(small) >= 2 and small <= big and _given_names_compatible(a["name"], b["name"]) \
                            and (sa[-1] == sb[-1] or sa[0] == sb[0]):
                        do_merge(x, y, f"same country {c}, name tokens {sorted(small)} within {sorted(big)}")
                        changed = True
            if changed:
                break
    return [by_id[k] for k in sorted(by_id)]


def _role_key(r):
    return (r["kind"], r.get("country"), r.get("org"), r.get("host"))


#: Two starts of the same office this close are one start reported differently (inauguration
#: vs election day, Factbook week granularity).
SAME_START_DAYS = 31


def _days_apart(a: str, b: str) -> int:
    if len(a) < 10 or len(b) < 10:
        return 10 ** 6
    return abs((_dt.date.fromisoformat(a) - _dt.date.fromisoformat(b)).days)


def merge_duplicate_roles(person, log):
    """Rule merge_duplicate_roles: drop exact duplicates; two roles of one person with the same
    kind, country, org and host (or the same title of a head-of-state/government office, whatever
    head kind each source gave it) and compatible starts (equal, one a prefix of the other, at most
    SAME_START_DAYS apart, or one unknown with equal ends) are one role: keep the one asserted last (latest as_of;
    on a tie the more precise dates, then the curated one). This repairs Factbook history
    artefacts where a respelled name "ended" a role that in fact continued."""
    roles = person["roles"]
    kept = []
    for r in sorted(roles, key=lambda r: (date_lo(r["as_of"]) or "", len(r.get("since") or ""),
                                          len(r.get("until") or ""), r["source"]), reverse=True):
        dup = None
        for k in kept:
            same_head = (k["kind"] in HEAD_KINDS and r["kind"] in HEAD_KINDS and k["title"] == r["title"]
                         and k.get("country") == r.get("country"))
            if _role_key(k) != _role_key(r) and not same_head:
                continue
            s1, s2 = k.get("since"), r.get("since")
            if s1 and s2 and (s1.startswith(s2) or s2.startswith(s1) or _days_apart(s1, s2) <= SAME_START_DAYS):
                dup = k
            elif (not s1 or not s2) and k.get("until") == r.get("until"):
                dup = k
            if dup:
                break
        if dup is None:
            kept.append(r)
        else:
            if r != dup:
                log.append(f"role dup: {person['id']} {r['title']} {r['since']}..{r['until']} "
                           f"({r['source']} as of {r['as_of']}) superseded by {dup['since']}..{dup['until']} "
                           f"({dup['source']} as of {dup['as_of']})")
            if not dup.get("since") and r.get("since"):
                dup["since"] = r["since"]
            if {dup["kind"], r["kind"]} == {"head_of_state", "head_of_government"} and \
                    dup.get("until") == r.get("until"):
                dup["kind"] = "head_of_state_and_government"  # one office listed under both
    person["roles"] = kept


def close_promoted_deputy_roles(person, log):
    """Rule close_promoted_deputy_roles: an open deputy role (crown prince, vice president) is
    closed when the same person later became head of state of the same country: the Factbook
    keeps the old line ("Heir Apparent Prince" for the new Grand Duke of Luxembourg; Cuba's
    First Vice President for the President). It ends on the head-of-state role's start."""
    for d in person["roles"]:
        if d["kind"] != "deputy" or d.get("until") is not None:
            continue
        for h in person["roles"]:
            if h["kind"] in ("head_of_state", "head_of_state_and_government") and \
                    h.get("country") == d.get("country") and h.get("since") and \
                    (d.get("since") is None or date_lo(h["since"]) > date_lo(d["since"])):
                d["until"] = h["since"]
                d["source"] = "+".join(split_sources(d["source"]) + ["derived"]) \
                    if "derived" not in split_sources(d["source"]) else d["source"]
                log.append(f"close deputy: {person['id']} {d['title']} until {h['since']} "
                           f"(became {h['title']})")
                break


def sort_roles(roles):
    """Open roles first, then by kind rank, then by since descending (unknown last)."""
    def key(r):
        since = date_lo(r.get("since")) or "0000-00-00"
        inv = "".join(chr(ord("9") - ord(ch) + ord("0")) if ch.isdigit() else ch for ch in since)
        return (0 if r.get("until") is None else 1, KIND_RANK.get(r["kind"], 99), inv, r["title"])
    return sorted(roles, key=key)


# --------------------------------------------------------------------------- aliases

def surname_of(name: str, country) -> str | None:
    """Surname used alone in news text, or None: last token with its particles ("Correia e
    Silva", "von der Leyen"); first token for surname-first countries (Xi Jinping -> Xi)."""
    name = re.sub(r",?\s+(Jr|Sr)\.?$", "", name.strip())
    tokens = [t.rstrip(",") for t in name.split()]
    if len(tokens) < 2 or " of " in f" {name} ":
        return None  # "Harald V of Norway": no surname
    if country in NO_SURNAME_ALIAS:
        return None
    if country in HISPANIC and len(tokens) >= 3:
        return None  # "Juan Evo Morales Ayma": the last token is the maternal surname
    if country in SURNAME_FIRST:
        return tokens[0]
    tokens = [t for t in tokens if not ROMAN_RE.match(t) and t.rstrip(".") not in ("Jr", "Sr")]
    if len(tokens) < 2:
        return None
    i = len(tokens) - 1
    while i > 1 and tokens[i - 1].lower() in PARTICLES - {"i"}:
        i -= 1
    if tokens[i].lower() in ("e", "y") and i > 1:
        i -= 1  # "Correia e Silva": a conjunction joins two surnames
    sur = " ".join(tokens[i:])
    if "bin" in [t.lower() for t in tokens] or "bint" in [t.lower() for t in tokens]:
        return None  # Arabic patronymic chains: the trailing family name is a dynasty
    return sur


def translit_variants(name: str) -> set:
    """Rule translit_variants: replace each token that has known variants (TRANSLIT_GROUPS)."""
    out = set()
    tokens = name.split()
    for i, t in enumerate(tokens):
        for v in TRANSLIT.get(t, ()):
            out.add(" ".join(tokens[:i] + [v] + tokens[i + 1:]))
    more = set()
    for n in out:
        toks = n.split()
        for i, t in enumerate(toks):
            for v in TRANSLIT.get(t, ()):
                more.add(" ".join(toks[:i] + [v] + toks[i + 1:]))
    return (out | more) - {name}


def derive_aliases(person):
    """Rule derive_aliases: add the ASCII-folded name, the surname alone, first + last name for
    longer names, transliteration variants (Lukashenko/Lukashenka, Zelensky/Zelenskyy) and the
    folded forms of all of these."""
    name = person["name"]
    countries = sorted(person_countries(person))
    country = countries[0] if countries else None
    derived = set()
    derived.add(fold(name))
    tokens = name.split()
    sur = surname_of(name, country)
    if sur:
        derived.add(sur)
        if country not in SURNAME_FIRST and len(tokens) > 2 and sur == tokens[-1] and \
                not any(t.lower() in ("bin", "bint", "ibn") for t in tokens) and \
                fold(tokens[0]) not in NAME_PREFIXES:
            derived.add(f"{tokens[0]} {sur}")
    for base in list(derived | {name} | set(person["aliases"])):
        derived |= translit_variants(base)
    derived |= {fold(a) for a in derived}
    derived |= {fold(a) for a in person["aliases"]}
    if derived - set(person["aliases"]) - {name}:
        person["sources"]["aliases"] = sorted(set(person["sources"].get("aliases", [])) | {"derived"})
    person["aliases"] = list(set(person["aliases"]) | derived)


def first_name_forms(person) -> set:
    """First names of a person (never aliases alone)."""
    out = set()
    country = next(iter(sorted(person_countries(person))), None)
    for n in [person["name"]] + [a for a in person["aliases"] if len(a.split()) >= 2]:
        toks = n.split()
        if len(toks) >= 2:
            out.add(toks[-1] if country in SURNAME_FIRST else toks[0])
    return out


def is_ambiguous_alone(alias: str) -> bool:
    """Rule classify_aliases (word test): month names, capitalised everyday words, very common
    surnames, first names that are also surnames ("Henry"), dynasty names ("Al Thani"), and
    forms of 1-2 letters (unless in SHORT_OK)."""
    base = alias.strip()
    if base in MONTHS or base in COMMON_WORDS or base in COMMON_SURNAMES or base in COMMON_FIRST_NAMES:
        return True
    if fold(base) in {fold(x) for x in COMMON_SURNAMES}:
        return True
    if re.match(r"^(Al|al|El|el)[- ]\S+$", base):
        return True
    if len(base) <= 2 and base not in SHORT_OK:
        return True
    return False


def classify_aliases(people, log, owners_override=None, place_names=()):
    """Rule classify_aliases: clean every alias list, then split unambiguous/ambiguous.
    - drop empty forms, the name itself, NEVER_ALIASES words, country names, lone "Jr."/initials,
      and first names alone (a reviewed
      curated alias survives even if it looks like a first name, e.g. "Lula", "Prabowo");
    - ambiguous: is_ambiguous_alone(...) forms (curated ones too: "Cooper" needs context even
      though a reviewer listed it), and any form shared by two or more people in
      the KB (collision, compared case- and accent-insensitively), for all of them; a form that
      is another person's display name is ambiguous too;
    - except: corrections.alias_owners names, for a few surnames, the person English news text
      means by the surname alone ("Obama" is Barack Obama, not Francisco Pascual Obama Asue);
      that person keeps it unambiguous, the others keep it ambiguous.
    Returns the list of collisions for the report."""
    owners = collections.defaultdict(set)
    for p in people:
        p["aliases"] = [squash(a) for a in p["aliases"] + p["ambiguous_aliases"] if a and squash(a)]
        p["ambiguous_aliases"] = []
        firsts = first_name_forms(p)
        clean = set()
        drop = p.get("_drop_aliases", set())
        for a in p["aliases"]:
            if a == p["name"] or a in NEVER_ALIASES or a in drop or a in place_names:
                continue  # "Spain" is not an alias of Felipe VI of Spain
            if re.fullmatch(r"(Jr|Sr)\.?|[A-Z]\.?", a):
                continue
            if len(a.split()) == 1 and a in firsts and a not in p["_curated_aliases"]:
                continue
            if re.search(r"[()\[\]]", a):
                continue
            clean.add(a)
        p["aliases"] = sorted(clean)
        for a in clean | {p["name"]}:
            owners[name_key(a)].add(p["id"])
    collisions = []
    alias_owner = {name_key(a): pid for a, pid in (owners_override or {}).items()}
    for p in people:
        unamb, amb = set(), set()
        for a in p["aliases"]:
            shared = owners[name_key(a)] - {p["id"]}
            if alias_owner.get(name_key(a)) == p["id"]:
                unamb.add(a)
            elif shared:
                amb.add(a)
                collisions.append((a, p["id"], sorted(shared)))
            elif is_ambiguous_alone(a):
                amb.add(a)
            else:
                unamb.add(a)
        p["aliases"] = sorted(unamb)
        p["ambiguous_aliases"] = sorted(amb)
    return collisions


def clean_native_names(person):
    """Rule clean_native_names: native_names hold non-Latin script forms only; Latin-script
    entries ("Sultan Hassanal Bolkiah") move to aliases. Duplicates dropped."""
    native = []
    for n in person["native_names"]:
        if not n:
            continue
        if is_non_latin(n):
            if n not in native:
                native.append(n)
        else:
            person["aliases"].append(n)
    person["native_names"] = sorted(native)


# --------------------------------------------------------------------------- description

def describe(person) -> str:
    """Rule describe: one line from the first (highest-ranked) role: "President of Venezuela
    (2013–2026)", "Prime Minister of Spain (since 2018)"; a role that is open only as of an
    old snapshot says so: "... (since 2004; as of 2022-12)". When the current role ranks below a
    former one, the former is added: "Deputy Chairman of the Security Council of Russia (since
    2020); formerly President of Russia (2008–2012)"."""
    if not person["roles"]:
        return person.get("description") or person["name"]
    r = person["roles"][0]
    since = (r.get("since") or "")[:4]
    until = (r.get("until") or "")[:4]
    if until:
        span = f"{since}–{until}" if since else f"until {until}"
    elif since:
        span = f"since {since}"
    else:
        span = ""
    as_of = r.get("as_of") or ""
    if r.get("until") is None and as_of and as_of < "2025":
        span = (span + "; " if span else "") + f"as of {as_of[:7]}"
    text = f"{r['title']} ({span})" if span else r["title"]
    former = [x for x in person["roles"][1:] if x.get("until") and
              KIND_RANK.get(x["kind"], 99) < KIND_RANK.get(r["kind"], 99) and x["title"] != r["title"]]
    if r.get("until") is None and former:
        f = sorted(former, key=lambda x: (KIND_RANK[x["kind"]], x.get("since") or ""))[0]
        years = f"{(f.get('since') or '')[:4]}–{f['until'][:4]}" if f.get("since") else f"until {f['until'][:4]}"
        text += f"; formerly {f['title']} ({years})"
    return text


# --------------------------------------------------------------------------- countries / orgs

def clean_alt_names(names):
    """Rule clean_alt_names: drop comma forms (ISO inverted names "Korea, Republic of" and
    Factbook lists of former names "Congo Free State, Belgian Congo, ..."), collapse spaces,
    de-duplicate."""
    out = []
    for n in names:
        n = squash(n)
        if not n or "," in n:
            continue
        if n not in out:
            out.append(n)
    return out


def build_countries(raw_countries, curated_countries, errors):
    by_iso = {}
    for c in raw_countries:
        srcs = {}
        for field, paths in (c.get("sources") or {}).items():
            keys = sorted({p.split(":", 1)[0] for p in paths})
            srcs[field] = keys
        alt = clean_alt_names(list(c.get("alt_names") or []) + list(c.get("local_names") or []))
        srcs["alt_names"] = sorted(set(srcs.get("alt_names", [])) | set(srcs.get("local_names", [])))
        srcs.pop("local_names", None)
        for k in ("factbook_code", "expected_next_election", "wikidata"):
            srcs.pop(k, None)
        by_iso[c["iso2"]] = {
            "iso2": c["iso2"], "iso3": c.get("iso3"), "name": c["name"],
            "official_name": c.get("official_name"),
            "alt_names": alt,
            "adjectivals": clean_alt_names(c.get("adjectivals") or []),
            "demonyms": clean_alt_names(c.get("demonyms") or []),
            "capital": c.get("capital"), "flag": c.get("flag"),
            "un_member": bool(c.get("un_member")), "independent": bool(c.get("independent")),
            "observer": False,
            "sources": srcs,
        }
    for iso, add in sorted((curated_countries.get("countries") or {}).items()):
        src = add.get("source") or curated_countries.get("source")
        if iso not in by_iso:
            errors.append(f"curated countries: unknown iso2 {iso}")
            continue
        c = by_iso[iso]
        for field in ("alt_names", "adjectivals", "demonyms"):
            for v in add.get(field, []):
                if v not in c[field]:
                    c[field].append(v)
                    c["sources"][field] = sorted(set(c["sources"].get(field, [])) | {src})
        for field in ("un_member", "observer", "independent", "name", "official_name", "capital"):
            if field in add:
                c[field] = add[field]
                c["sources"][field] = [src]
    for c in by_iso.values():
        for field in ("alt_names", "adjectivals", "demonyms"):
            c[field] = sorted(set(c[field]))
    return [by_iso[k] for k in sorted(by_iso)]


def build_orgs(raw_orgs, curated_orgs):
    out = {}
    for code, o in raw_orgs.items():
        out[code] = {"code": code, "name": o["name"], "aliases": list(o.get("aliases") or [])}
    for code, o in (curated_orgs.get("orgs") or {}).items():
        cur = out.setdefault(code, {"code": code, "name": o["name"], "aliases": []})
        cur["name"] = o.get("name", cur["name"])
        for a in o.get("aliases", []):
            if a not in cur["aliases"]:
                cur["aliases"].append(a)
    for o in out.values():
        o["aliases"] = sorted(set(o["aliases"]))
    return [out[k] for k in sorted(out)]


# --------------------------------------------------------------------------- validation

def validate(people, countries, orgs, sources, errors):
    """Rule validate: fail loudly on
    - ids: unique, Q-id or slug form;
    - names: non-empty, no CAPS surname left;
    - dates: ISO (YYYY, YYYY-MM, YYYY-MM-DD, real calendar dates), since <= until, as_of present
      and not before since;
    - kinds and offices in the closed vocabularies; titles free of known junk;
    - country / host codes exist in countries.json; org codes exist in orgs.json; org roles
      have an org, country roles a country; ambassadors and envoys may have a host;
    - every source key (roles, person fields; "a+b" combined keys split) exists in sources.json."""
    iso = {c["iso2"] for c in countries}
    codes = {o["code"] for o in orgs}
    seen = set()
    for p in people:
        pid = p["id"]
        where = f"person {pid} ({p.get('name')})"
        if pid in seen:
            errors.append(f"{where}: duplicate id")
        seen.add(pid)
        if not re.match(r"^(Q\d+|[a-z][a-z0-9]*(-[a-z0-9]+)+)$", pid):
            errors.append(f"{where}: bad id form")
        if not p.get("name"):
            errors.append(f"{where}: empty name")
        elif any(len(w) >= 3 and w.isupper() and not ROMAN_RE.match(w)
                 for w in re.findall(r"[A-Za-zÀ-ÿĀ-ž]+", p["name"])):
            errors.append(f"{where}: CAPS name left")
        if not p["roles"]:
            errors.append(f"{where}: no roles")
        for r in p["roles"]:
            rw = f"{where} role {r.get('title')!r}"
            for f in ("since", "until"):
                if r.get(f) is not None and not valid_date(r[f]):
                    errors.append(f"{rw}: bad {f} date {r[f]!r}")
            if not r.get("as_of"):
                errors.append(f"{rw}: as_of missing")
            elif not valid_date(r["as_of"]):
                errors.append(f"{rw}: bad as_of date {r['as_of']!r}")
            s, u = date_lo(r.get("since")), date_lo(r.get("until"))
            if s and u and valid_date(r["since"]) and valid_date(r["until"]) and s > u:
                errors.append(f"{rw}: since {r['since']} after until {r['until']}")
            if r.get("kind") not in KIND_RANK:
                errors.append(f"{rw}: unknown kind {r.get('kind')!r}")
            if r.get("office") not in OFFICE_SET:
                errors.append(f"{rw}: office {r.get('office')!r} not in the vocabulary")
            if not r.get("title") or JUNK_TITLE_RE.search(r["title"]):
                errors.append(f"{rw}: junk title")
            if r.get("country") is not None and r["country"] not in iso:
                errors.append(f"{rw}: unknown country {r['country']!r}")
            if r.get("host") is not None and r["host"] not in iso:
                errors.append(f"{rw}: unknown host {r['host']!r}")
            if r.get("org") is not None and r["org"] not in codes:
                errors.append(f"{rw}: unknown org {r['org']!r}")
            if r.get("kind", "").startswith("org_") and not r.get("org"):
                errors.append(f"{rw}: org role without org")
            if not r.get("kind", "").startswith("org_") and not r.get("country") and not r.get("org"):
                errors.append(f"{rw}: role without country or org")
            for k in split_sources(r.get("source") or ""):
                if k not in sources:
                    errors.append(f"{rw}: unknown source {k!r}")
            if not r.get("source"):
                errors.append(f"{rw}: no source")
        for field, keys in p["sources"].items():
            for k in keys:
                for kk in split_sources(k):
                    if kk not in sources:
                        errors.append(f"{where}: sources.{field}: unknown source {kk!r}")
    for c in countries:
        for field, keys in c["sources"].items():
            for k in keys:
                if k not in sources:
                    errors.append(f"country {c['iso2']}: sources.{field}: unknown source {k!r}")


# --------------------------------------------------------------------------- coverage

def _risk_date(text: str) -> str:
    """The election date in a raw stale_risk note ("election due 2026-05-31 ..."), or '0000'."""
    m = re.search(r"\b(\d{4}(?:-\d{2}(?:-\d{2})?)?)\b", text or "")
    return date_lo(m.group(1)) if m else "0000"


#: How far back the coverage report checks every UN member's heads (the issue asks for ten years).
HISTORY_YEARS = 10


def vacancy_at(vacancies, iso2, kind, day):
    """The recorded vacancy (corrections.vacancies) explaining why `iso2` has no holder of `kind`
    on `day`, or None. A vacancy holds from its `since` (if any) up to its `until` (if any)."""
    for v in vacancies:
        if v["country"] == iso2 and v["kind"] == kind \
                and date_lo(v.get("since") or "0000") <= day \
                and (not v.get("until") or day < date_lo(v["until"])):
            return v
    return None


def head_coverage(un, roles_by_country, vacancies, day):
    """Heads of UN members on `day`: {"head of state": (count, missing), "head of government":
    (count, missing)} where missing is a list of (iso2, recorded vacancy reason or None). A member
    whose head of state also heads the government counts for both (same person)."""
    out = {}
    for label, kind, kinds in (("head of state", "head_of_state", HEAD_OF_STATE_KINDS),
                               ("head of government", "head_of_government", HEAD_OF_GOVERNMENT_KINDS)):
        missing = []
        for c in un:
            if not any(r["kind"] in kinds and role_active(r, day) for _, r in roles_by_country[c["iso2"]]):
                v = vacancy_at(vacancies, c["iso2"], kind, day)
                missing.append((c["iso2"], v["reason"] if v else None))
        out[label] = (len(un) - len(missing), missing)
    return out


def head_coverage_lines(un, roles_by_country, vacancies, day, names=None):
    """Report lines for head_coverage: one count line per head kind with the missing members, then
    the recorded reasons (`names`: iso2 -> country name, for the reason lines)."""
    lines = []
    for label, (n, missing) in head_coverage(un, roles_by_country, vacancies, day).items():
        unexplained = [iso for iso, why in missing if why is None]
        lines.append(f"UN members with a {label} on {day}: {n} of {len(un)}"
                     + (f"; missing: {' '.join(iso for iso, _ in missing)}" if missing else "")
                     + (f" ({len(missing) - len(unexplained)} with a recorded reason)"
                        if len(unexplained) < len(missing) else ""))
        for iso, why in missing:
            if why is not None:
                lines.append(f"  {iso}{' ' + names[iso] if names else ''}: recorded: {why}")
    return lines


def ten_years_back(un, roles_by_country, at, vacancies=()):
    """Coverage lines: on the day HISTORY_YEARS before `at`, how many UN members have a recorded
    head of state and head of government, and which do not (history to add from citable lists)."""
    day = f"{int(at[:4]) - HISTORY_YEARS}{at[4:]}"
    if day[5:] == "02-29":
        day = day[:5] + "02-28"
    return head_coverage_lines(un, roles_by_country, list(vacancies), day,
                               {c["iso2"]: c["name"] for c in un})


def g20_foreign_minister_history(roles_by_country, at):
    """Coverage line: the G20 countries without a recorded foreign minister on a 1 January or
    1 July from FOREIGN_MINISTER_HISTORY_FROM to `at` (a handover between two ministers that
    took more than a day shows up here too)."""
    gaps = []
    for iso in G20_COUNTRIES:
        for year in range(FOREIGN_MINISTER_HISTORY_FROM, int(at[:4]) + 1):
            for md in ("-01-01", "-07-01"):
                day = f"{year}{md}"
                if day <= at and not any(r["kind"] == "foreign_minister" and role_active(r, day)
                                         for _, r in roles_by_country[iso]):
                    gaps.append(f"{iso} {day}")
    return (f"Foreign ministers {FOREIGN_MINISTER_HISTORY_FROM}..{at[:4]} of the {len(G20_COUNTRIES)} G20 countries, "
            f"checked every 1 Jan and 1 Jul: {len(gaps)} gaps" + (": " + "; ".join(gaps) if gaps else ""))


def coverage_report(people, countries, orgs, sources, corrections, at, log_merges, collisions):
    lines = []
    un = [c for c in countries if c["un_member"]]
    roles_by_country = collections.defaultdict(list)
    for p in people:
        for r in p["roles"]:
            if r.get("country"):
                roles_by_country[r["country"]].append((p, r))
    vacancy_list = corrections.get("vacancies", [])
    hos_n = hog_n = 0
    missing = []
    for c in un:
        active = [(p, r) for p, r in roles_by_country[c["iso2"]] if role_active(r, at)]
        hos = [(p, r) for p, r in active if r["kind"] in HEAD_OF_STATE_KINDS]
        hog = [(p, r) for p, r in active if r["kind"] in HEAD_OF_GOVERNMENT_KINDS]
        if hos:
            hos_n += 1
        else:
            v = vacancy_at(vacancy_list, c["iso2"], "head_of_state", at)
            missing.append(f"  {c['iso2']} {c['name']}: no head of state"
                           + (f" (recorded: {v['reason']})" if v else " (NO REASON RECORDED)"))
        if hog:
            hog_n += 1
        else:
            v = vacancy_at(vacancy_list, c["iso2"], "head_of_government", at)
            missing.append(f"  {c['iso2']} {c['name']}: no head of government"
                           + (f" (recorded: {v['reason']})" if v else " (NO REASON RECORDED)"))
    same = 0
    for c in un:
        active = [(p, r) for p, r in roles_by_country[c["iso2"]] if role_active(r, at)]
        if any(r["kind"] == "head_of_state_and_government" for p, r in active):
            same += 1
    lines.append(f"Coverage at {at} (roles active on that day; open roles count as current as of their as_of)")
    lines.append(f"UN member states: {len(un)}")
    lines.append(f"  with a head of state: {hos_n}; with a head of government: {hog_n} "
                 f"(same person for both in {same})")
    with_q = sum(1 for c in un for p, r in roles_by_country[c['iso2']]
                 if role_active(r, at) and r["kind"] in HEAD_OF_STATE_KINDS | HEAD_OF_GOVERNMENT_KINDS
                 and re.match(r"^Q\d+$", p["id"]))
    lines.append(f"  active head roles held by a person with a Wikidata Q-id: {with_q}")
    lines.append("  missing:" if missing else "  missing: none")
    lines.extend(missing)
    risky = sorted(f"{r['country']} {p['name']} ({r['title']}, as of {r['as_of']}): {r['_stale_risk']}"
                   for p in people for r in p["roles"]
                   if r.get("_stale_risk") and r["kind"] in HEAD_KINDS and role_active(r, at)
                   and date_lo(r["as_of"]) < at and _risk_date(r["_stale_risk"]) <= at)
    lines.append(f"  active head roles asserted before {at} that the raw data flags as possibly changed "
                 f"since (an election fell in between): {len(risky)}")
    lines.extend("    " + x for x in risky)
    # history of the priority countries
    gaps = []
    for iso in HISTORY_COUNTRIES:
        for year in range(2010, int(at[:4]) + 1):
            for md in ("-01-01", "-07-01"):
                day = f"{year}{md}"
                if day > at:
                    continue
                active = [r for p, r in roles_by_country[iso] if role_active(r, day)]
                for label, kinds in (("head of state", HEAD_OF_STATE_KINDS), ("head of government", HEAD_OF_GOVERNMENT_KINDS)):
                    if not any(r["kind"] in kinds for r in active):
                        gaps.append(f"{iso} {day} {label}")
    lines.append(f"History 2010..{at[:4]} of {len(HISTORY_COUNTRIES)} G20/P5/seed countries, checked every 1 Jan and 1 Jul: "
                 f"{len(gaps)} gaps" + (": " + "; ".join(gaps) if gaps else ""))
    lines.extend(ten_years_back(un, roles_by_country, at, vacancy_list))
    lines.append(g20_foreign_minister_history(roles_by_country, at))
    # foreign ministers
    fm = collections.Counter()
    fm_countries = set()
    for c in un:
        best = None
        for p, r in roles_by_country[c["iso2"]]:
            if r["kind"] == "foreign_minister" and role_active(r, at):
                if best is None or r["as_of"] > best["as_of"]:
                    best = r
        if best:
            fm[best["as_of"][:4]] += 1
            fm_countries.add(c["iso2"])
    lines.append(f"Foreign ministers of UN members active at {at}: {len(fm_countries)} of {len(un)}; "
                 "by year of the snapshot that last asserted them: "
                 + ", ".join(f"{y}: {n}" for y, n in sorted(fm.items())))
    lines.append("  (a 2022 as_of means 'foreign minister as of Dec 2022', not verified since)")
    # orgs
    org_heads = collections.defaultdict(list)
    for p in people:
        for r in p["roles"]:
            if r.get("org") and r["kind"] == "org_head" and role_active(r, at):
                org_heads[r["org"]].append(f"{p['name']} ({r['office']}, as of {r['as_of']})")
    lines.append(f"Organisations: {len(orgs)}; with a head active at {at}: {len(org_heads)}")
    for code in sorted(org_heads):
        lines.append(f"  {code}: " + "; ".join(sorted(org_heads[code])))
    no_head = sorted({o['code'] for o in orgs} - set(org_heads))
    lines.append(f"  without a head at {at}: {', '.join(no_head) if no_head else 'none'}")
    # people
    kinds = collections.Counter(r["kind"] for p in people for r in p["roles"])
    lines.append(f"People: {len(people)}; roles: {sum(kinds.values())} "
                 f"(open: {sum(1 for p in people for r in p['roles'] if r['until'] is None)})")
    lines.append("  roles by kind: " + ", ".join(f"{k} {kinds[k]}" for k in KINDS if kinds[k]))
    lines.append(f"  with Wikidata Q-id: {sum(1 for p in people if re.match(r'^Q', p['id']))}; "
                 f"with Wikipedia title: {sum(1 for p in people if p['wikipedia'])}; "
                 f"with party: {sum(1 for p in people if p['party'])}; "
                 f"with native-script name: {sum(1 for p in people if p['native_names'])}")
    cur = sum(1 for p in people if p["_origin"] in ("curated", "raw+curated"))
    lines.append(f"  with curated data: {cur}")
    srcs_used = collections.Counter(k for p in people for r in p["roles"] for k in split_sources(r["source"]))
    lines.append("  role sources: " + ", ".join(f"{k} {n}" for k, n in sorted(srcs_used.items())))
    # share-alike
    sa = {k for k, v in sources.items() if v.get("share_alike") and not v.get("odbl")}
    odbl = {k for k, v in sources.items() if v.get("odbl")}
    fields = collections.Counter()
    for p in people:
        for field, keys in p["sources"].items():
            ks = {kk for k in keys for kk in split_sources(k)} - {"derived"}
            if ks and ks <= sa:
                fields[field] += 1
        for r in p["roles"]:
            ks = set(split_sources(r["source"]))
            if ks and ks <= sa:
                fields["roles"] += 1
    lines.append("Share-alike (CC BY-SA only) person fields: "
                 + (", ".join(f"{f} {n}" for f, n in sorted(fields.items())) or "none"))
    cf = collections.Counter()
    for c in countries:
        for field, keys in c["sources"].items():
            if keys and set(keys) <= odbl:
                cf[field] += 1
    lines.append("ODbL-only (wc) country fields: " + ", ".join(f"{f} {n}" for f, n in sorted(cf.items())))
    lines.append(f"Merges: {len(log_merges)}; alias collisions moved to ambiguous: {len(collisions)}")
    same_name = collections.defaultdict(list)
    for p in people:
        same_name[name_key(p["name"])].append(p["id"])
    dups = {k: v for k, v in same_name.items() if len(v) > 1}
    lines.append(f"Different ids with the same name (review; not merged): {len(dups)}"
                 + ("" if not dups else ": " + "; ".join(f"{k} {v}" for k, v in sorted(dups.items()))))
    return lines


# --------------------------------------------------------------------------- output

def person_out(p):
    return {
        "id": p["id"],
        "name": p["name"],
        "native_names": p["native_names"],
        "aliases": p["aliases"],
        "ambiguous_aliases": p["ambiguous_aliases"],
        "party": p["party"],
        "description": p["description"],
        "wikipedia": p["wikipedia"],
        "roles": [{k: r.get(k) for k in ("title", "office", "kind", "country", "org", "host",
                                         "since", "until", "as_of", "source")} for r in p["roles"]],
        "sources": {k: sorted(set(v)) for k, v in sorted(p["sources"].items()) if v},
    }


def write_outputs(out_dir, people, countries, orgs, sources):
    os.makedirs(out_dir, exist_ok=True)
    tmp = {}
    lines = [json.dumps(person_out(p), ensure_ascii=False, sort_keys=False) for p in people]
    tmp["people.jsonl"] = "\n".join(lines) + "\n"
    tmp["countries.json"] = json.dumps({"countries": countries}, ensure_ascii=False, indent=1) + "\n"
    tmp["orgs.json"] = json.dumps({"orgs": orgs}, ensure_ascii=False, indent=1) + "\n"
    tmp["sources.json"] = json.dumps({"sources": {k: sources[k] for k in sorted(sources)}},
                                     ensure_ascii=False, indent=1) + "\n"
    for name, text in tmp.items():
        path = os.path.join(out_dir, name)
        with open(path + ".tmp", "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        os.replace(path + ".tmp", path)


# --------------------------------------------------------------------------- pipeline

def build(raw_dir, curated_dir, at=None, wikidata=None, wikidata_as_of=None):
    """Run the whole pipeline; returns (people, countries, orgs, sources, report_lines, log).
    With `wikidata` (a SPARQL JSON export of tools/kb/wikidata-positions.rq) its rows are merged
    after the duplicate merge, so role dedup, alias collisions and validation see them.
    Raises KbError with all validation errors."""
    errors = []
    log = []
    leaders = load_jsonl(os.path.join(raw_dir, "leaders.jsonl"))
    raw_countries = load_json(os.path.join(raw_dir, "countries.json"))["countries"]
    raw_orgs = load_json(os.path.join(raw_dir, "orgs.json"))

    def opt(name, default):
        path = os.path.join(curated_dir, name)
        return load_json(path) if os.path.exists(path) else default

    corrections = opt("corrections.json", {})
    curated_sources = opt("sources.json", {"sources": {}})["sources"]
    curated_orgs = opt("orgs.json", {"orgs": {}})
    curated_countries = opt("countries.json", {"countries": {}})

    sources = dict(RAW_SOURCES)
    for k, v in curated_sources.items():
        if k in sources:
            errors.append(f"curated sources.json redefines raw source key {k!r}")
        sources[k] = v
    for k, v in sources.items():
        for f in ("title", "licence", "share_alike", "odbl"):
            if f not in v:
                errors.append(f"sources.json: {k}: missing {f}")
        if v.get("as_of") is not None and not valid_date(v["as_of"]):
            errors.append(f"sources.json: {k}: bad as_of {v['as_of']!r}")

    countries = build_countries(raw_countries, curated_countries, errors)
    cmap = {c["iso2"]: c for c in countries}
    orgs = build_orgs(raw_orgs, curated_orgs)

    people = [raw_person_to_schema(p, "raw") for p in leaders]
    for path in sorted(glob.glob(os.path.join(curated_dir, "*.jsonl"))):
        for rec in load_jsonl(path):
            if "id" not in rec or "roles" not in rec:
                errors.append(f"{path}: record without id or roles: {str(rec)[:80]}")
                continue
            people.append(raw_person_to_schema(rec, "curated"))

    for p in people:
        p["_country_names"] = sorted({cmap[r["country"]]["name"] for r in p["roles"]
                                      if r.get("country") in cmap})
    people = drop_non_persons(people, corrections, log)
    for p in people:
        fix_name_in_title(p, log)
        clean_person_name(p, log)
        for r in p["roles"]:
            fix_junk_titles(r, cmap, log, p["id"])
    by_id = {}
    for p in people:
        by_id.setdefault(p["id"], p)
    apply_name_fixes(by_id, corrections, log, errors)
    apply_role_fixes(by_id, corrections, log, errors)
    people = merge_duplicate_people(people, corrections, log, errors)
    if wikidata is not None:
        import wikidata as wd  # noqa: PLC0415 (only needed for a refresh)
        people = wd.refresh(people, wikidata, wikidata_as_of, countries, orgs, sources,
                            corrections, log, errors)
    for p in people:
        combine_head_roles(p, corrections, log)
        merge_duplicate_roles(p, log)
        close_promoted_deputy_roles(p, log)
        for r in p["roles"]:
            r["office"] = derive_office(r)
        p["roles"] = sort_roles(p["roles"])
        clean_native_names(p)
        derive_aliases(p)
    for form, pid in sorted(corrections.get("alias_owners", {}).items()):
        if pid not in {p["id"] for p in people}:
            errors.append(f"corrections.alias_owners: {form!r} -> unknown person id {pid}")
    place_names = {c["name"] for c in countries} | {a for c in countries for a in c["alt_names"]}
    collisions = classify_aliases(people, log, corrections.get("alias_owners"), place_names)
    for p in people:
        p["description"] = describe(p)
        p["sources"]["description"] = ["derived"]
        if p.get("wikidata") and "wikidata" not in p["sources"]:
            p["sources"]["wikidata"] = ["derived"] if p["id"] == p["wikidata"] else []
        if not p.get("party"):
            p["sources"].pop("party", None)
        if not p.get("wikipedia"):
            p["sources"].pop("wikipedia", None)
        if not p["native_names"]:
            p["sources"].pop("native_names", None)
        if not p["aliases"] and not p["ambiguous_aliases"]:
            p["sources"].pop("aliases", None)
    people.sort(key=lambda p: p["id"])
    validate(people, countries, orgs, sources, errors)
    for v in corrections.get("vacancies", []):
        if v["country"] not in cmap or v["kind"] not in KIND_RANK or not v.get("reason") \
                or any(v.get(f) is not None and not valid_date(v[f]) for f in ("since", "until")):
            errors.append(f"corrections.vacancies: bad entry {v}")
    if errors:
        raise KbError("\n".join(errors))
    if at is None:
        at = max(date_lo(r["as_of"]) for p in people for r in p["roles"])
    merges = [line for line in log if line.startswith("merge")]
    report = coverage_report(people, countries, orgs, sources, corrections, at, merges, collisions)
    return people, countries, orgs, sources, report, log, collisions, corrections


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--raw", required=True, help="directory with leaders.jsonl, countries.json, orgs.json")
    ap.add_argument("--curated", required=True, help="directory with reviewed additions")
    ap.add_argument("--out", required=True, help="output directory (data/kb)")
    ap.add_argument("--at", action="append", help="coverage date(s), YYYY-MM-DD (repeatable; "
                    "default: 2025-11-28 and the newest as_of)")
    ap.add_argument("--coverage-at", action="append", metavar="YYYY-MM-DD",
                    help="only print which UN members have a head of state / government on this day "
                    "(repeatable) and the missing ones with any recorded reason; writes nothing")
    ap.add_argument("--wikidata", help="merge this Wikidata export (SPARQL JSON results of "
                    "tools/kb/wikidata-positions.rq)")
    ap.add_argument("--wikidata-as-of", help="the export's date, YYYY-MM-DD (required with --wikidata)")
    ap.add_argument("--log", help="write the cleaning log (every fix and merge) to this file")
    args = ap.parse_args(argv)
    if args.wikidata and not args.wikidata_as_of:
        print("--wikidata needs --wikidata-as-of YYYY-MM-DD (the day the export was downloaded)",
              file=sys.stderr)
        return 2
    try:
        people, countries, orgs, sources, report, log, collisions, corrections = \
            build(args.raw, args.curated, "2025-11-28", args.wikidata, args.wikidata_as_of)
    except KbError as exc:
        print("knowledge base validation FAILED:", file=sys.stderr)
        for line in str(exc).splitlines():
            print("  " + line, file=sys.stderr)
        return 1
    except (OSError, json.JSONDecodeError) as exc:
        print(f"cannot read input: {exc}", file=sys.stderr)
        return 2
    if args.coverage_at:
        un = [c for c in countries if c["un_member"]]
        names = {c["iso2"]: c["name"] for c in un}
        roles_by_country = collections.defaultdict(list)
        for p in people:
            for r in p["roles"]:
                if r.get("country"):
                    roles_by_country[r["country"]].append((p, r))
        for day in args.coverage_at:
            if not valid_date(day):
                print(f"bad --coverage-at date {day!r}", file=sys.stderr)
                return 2
            print("\n".join(head_coverage_lines(un, roles_by_country, corrections.get("vacancies", []),
                                                date_lo(day), names)))
        return 0
    write_outputs(args.out, people, countries, orgs, sources)
    dates = args.at or ["2025-11-28", max(date_lo(r["as_of"]) for p in people for r in p["roles"])]
    first = True
    for day in dates:
        if not valid_date(day):
            print(f"bad --at date {day!r}", file=sys.stderr)
            return 2
        merges = [line for line in log if line.startswith("merge")]
        lines = coverage_report(people, countries, orgs, sources, corrections,
                                date_lo(day), merges, collisions)
        if not first:
            print()
        first = False
        print("\n".join(lines))
    if args.log:
        with open(args.log, "w", encoding="utf-8") as fh:
            fh.write("\n".join(log) + "\n")
    print(f"\nwrote {len(people)} people, {len(countries)} countries, {len(orgs)} orgs, "
          f"{len(sources)} sources to {args.out} ({len(log)} cleaning-log entries)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
