"""Tests for tools/kb/convert.py.

Two groups:
- cleaning rules on small inline fixtures (no dependency on ../shared);
- properties of the committed data files in data/kb (what the Rust build embeds).

Run: python3 -m unittest discover -s tools/kb -p 'test_*.py'
"""

import contextlib
import io
import collections
import json
import os
import re
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

import convert  # noqa: E402

KB = os.path.join(ROOT, "data", "kb")
CURATED = os.path.join(ROOT, "data", "curated")


# --------------------------------------------------------------------------- fixtures

COUNTRIES = [
    {"iso2": "AD", "iso3": "AND", "name": "Andorra", "official_name": "Principality of Andorra",
     "alt_names": ["Andorra"], "local_names": [], "adjectivals": ["Andorran"], "demonyms": ["Andorrans"],
     "capital": "Andorra la Vella", "flag": "🇦🇩", "un_member": True, "independent": True,
     "sources": {"name": ["wc:name.common"], "capital": ["fb:Government/Capital/name"]}},
    {"iso2": "FR", "iso3": "FRA", "name": "France", "official_name": "French Republic",
     "alt_names": ["France", "Korea, Republic of"], "local_names": [], "adjectivals": ["French"],
     "demonyms": ["French"], "capital": "Paris", "flag": "🇫🇷", "un_member": True, "independent": True,
     "sources": {"name": ["wc:name.common"]}},
    {"iso2": "CV", "iso3": "CPV", "name": "Cape Verde", "official_name": "Republic of Cabo Verde",
     "alt_names": [], "local_names": [], "adjectivals": ["Cabo Verdean"], "demonyms": [],
     "capital": "Praia", "flag": "🇨🇻", "un_member": True, "independent": True, "sources": {}},
    {"iso2": "BY", "iso3": "BLR", "name": "Belarus", "official_name": "Republic of Belarus",
     "alt_names": [], "local_names": [], "adjectivals": ["Belarusian"], "demonyms": [],
     "capital": "Minsk", "flag": "🇧🇾", "un_member": True, "independent": True, "sources": {}},
]


def role(title, kind, country, since, until=None, as_of="2026-01-22", source="fb", **extra):
    r = {"title": title, "country_iso2": country, "org": None, "kind": kind, "since": since,
         "until": until, "as_of": as_of, "source": source}
    r.update(extra)
    return r


def person(pid, name, roles, aliases=(), ambiguous=(), **extra):
    p = {"id": pid, "name": name, "aliases": list(aliases), "ambiguous_aliases": list(ambiguous),
         "native_names": [], "roles": roles, "party": None, "description": "", "wikipedia": None,
         "wikidata": None, "sources": {"name": ["fb"], "aliases": ["derived", "fb"]}}
    p.update(extra)
    return p


class Fixture:
    """A raw + curated directory pair in a temporary directory."""

    def __init__(self, people, curated_people=(), corrections=None, curated_sources=None):
        self.tmp = tempfile.TemporaryDirectory()
        self.raw = os.path.join(self.tmp.name, "raw")
        self.curated = os.path.join(self.tmp.name, "curated")
        self.out = os.path.join(self.tmp.name, "out")
        os.makedirs(self.raw)
        os.makedirs(self.curated)
        with open(os.path.join(self.raw, "leaders.jsonl"), "w", encoding="utf-8") as fh:
            for p in people:
                fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        with open(os.path.join(self.raw, "countries.json"), "w", encoding="utf-8") as fh:
            json.dump({"sources": {}, "countries": COUNTRIES}, fh, ensure_ascii=False)
        with open(os.path.join(self.raw, "orgs.json"), "w", encoding="utf-8") as fh:
            json.dump({"UN": {"name": "United Nations", "aliases": ["UN"]}}, fh)
        if curated_people:
            with open(os.path.join(self.curated, "people.jsonl"), "w", encoding="utf-8") as fh:
                for p in curated_people:
                    fh.write(json.dumps(p, ensure_ascii=False) + "\n")
        with open(os.path.join(self.curated, "corrections.json"), "w", encoding="utf-8") as fh:
            json.dump(corrections or {}, fh)
        with open(os.path.join(self.curated, "sources.json"), "w", encoding="utf-8") as fh:
            json.dump({"sources": curated_sources or {}}, fh)

    def build(self):
        people, countries, orgs, sources, report, log, collisions, corr = \
            convert.build(self.raw, self.curated, "2025-11-28")
        return {p["id"]: p for p in people}, countries, log

    def close(self):
        self.tmp.cleanup()


def run_fixture(*args, **kwargs):
    fx = Fixture(*args, **kwargs)
    try:
        return fx.build()
    finally:
        fx.close()


# --------------------------------------------------------------------------- cleaning rules

class CleaningRules(unittest.TestCase):

    def test_junk_title_french_of_andorra_fixed(self):
        people, _, _ = run_fixture([
            person("fb-ad-coprince-francois-hollande", "Coprince Francois Hollande",
                   [role("French of Andorra", "head_of_state", "AD", "2012-05-15", "2017-05-14", "2017-05-14", "fbh")]),
        ])
        p = people["fb-ad-coprince-francois-hollande"]
        self.assertEqual(p["name"], "Francois Hollande")
        r = p["roles"][0]
        self.assertEqual(r["title"], "Co-Prince of Andorra")
        self.assertEqual(r["kind"], "co_head_of_state")
        self.assertEqual(r["office"], "co-prince")
        self.assertIn("Coprince Hollande", p["aliases"])

    def test_official_of_andorra_is_rejected_unless_corrected(self):
        raw = [person("fb-ad-x-y", "Xavier Ybarra", [role("Official of Andorra", "representative", "AD", "2017-05-14")])]
        with self.assertRaises(convert.KbError) as cm:
            run_fixture(raw)
        self.assertIn("junk title", str(cm.exception))
        corrections = {"role_fixes": [{"id": "fb-ad-x-y", "title": "Official of Andorra",
                                       "set": {"title": "Representative of the French Co-Prince of Andorra"},
                                       "source": "kb-review", "reason": "test"}]}
        people, _, _ = run_fixture(raw, corrections=corrections,
                                   curated_sources={"kb-review": {"title": "t", "licence": "n/a", "as_of": "2025-06",
                                                                  "share_alike": False, "odbl": False}})
        r = people["fb-ad-x-y"]["roles"][0]
        self.assertEqual(r["title"], "Representative of the French Co-Prince of Andorra")
        self.assertEqual(r["office"], "representative")
        self.assertEqual(r["source"], "fb+kb-review")

    def test_parenthesised_country_becomes_of_country(self):
        r = {"title": "Head of Government (Andorra)", "kind": "head_of_government", "country": "AD"}
        convert.fix_junk_titles(r, {c["iso2"]: c for c in COUNTRIES}, [])
        self.assertEqual(r["title"], "Prime Minister of Andorra")
        r = {"title": "minister of Foreign Affairs (Andorra)", "kind": "foreign_minister", "country": "AD"}
        convert.fix_junk_titles(r, {c["iso2"]: c for c in COUNTRIES}, [])
        self.assertEqual(r["title"], "Minister of Foreign Affairs of Andorra")
        r = {"title": "French Minister of Foreign Affairs (France)", "kind": "foreign_minister", "country": "FR"}
        convert.fix_junk_titles(r, {c["iso2"]: c for c in COUNTRIES}, [])
        self.assertEqual(r["title"], "Minister of Foreign Affairs of France")

    def test_caps_name_fixed(self):
        self.assertEqual(convert.fix_caps_name("Alyaksandr LUKASHENKA"), "Alyaksandr Lukashenka")
        self.assertEqual(convert.fix_caps_name("Benyamin NETANYAHU"), "Benyamin Netanyahu")
        self.assertEqual(convert.fix_caps_name("Charles III"), "Charles III")
        self.assertEqual(convert.fix_caps_name("E.P. Chet GREENE"), "E.P. Chet Greene")
        self.assertEqual(convert.fix_caps_name("Sean O'NEILL"), "Sean O'Neill")
        people, _, _ = run_fixture([person("fb-by-alyaksandr-lukashenka", "Alyaksandr LUKASHENKA",
                                           [role("President of Belarus", "head_of_state", "BY", "1994-07-20")])])
        p = people["fb-by-alyaksandr-lukashenka"]
        self.assertEqual(p["name"], "Alyaksandr Lukashenka")
        self.assertIn("Lukashenko", p["aliases"])  # transliteration variant
        self.assertIn("Aleksandr Lukashenko", p["aliases"])

    def test_alias_collision_moves_to_ambiguous_for_both(self):
        people, _, _ = run_fixture([
            person("fb-fr-jean-dupontel", "Jean Dupontel", [role("Prime Minister of France", "head_of_government", "FR", "2020-01-01")]),
            person("fb-ad-marc-dupontel", "Marc Dupontel", [role("Prime Minister of Andorra", "head_of_government", "AD", "2021-01-01")]),
            person("fb-by-ivan-zorin", "Ivan Zorin", [role("Prime Minister of Belarus", "head_of_government", "BY", "2021-01-01")]),
        ])
        for pid in ("fb-fr-jean-dupontel", "fb-ad-marc-dupontel"):
            self.assertIn("Dupontel", people[pid]["ambiguous_aliases"], pid)
            self.assertNotIn("Dupontel", people[pid]["aliases"], pid)
        self.assertIn("Zorin", people["fb-by-ivan-zorin"]["aliases"])

    def test_common_words_months_and_first_names(self):
        people, _, _ = run_fixture([
            person("fb-fr-theresa-may", "Theresa May", [role("Prime Minister of France", "head_of_government", "FR", "2016-07-13")],
                   aliases=["Theresa", "May"]),
        ])
        p = people["fb-fr-theresa-may"]
        self.assertIn("May", p["ambiguous_aliases"])
        self.assertNotIn("Theresa", p["aliases"] + p["ambiguous_aliases"])  # first names alone never

    def test_date_validation_fails_loudly(self):
        bad = [person("fb-fr-a-b", "Anne Bertin", [role("Prime Minister of France", "head_of_government", "FR",
                                                        "2020-13-01", "2019-01-01")])]
        with self.assertRaises(convert.KbError) as cm:
            run_fixture(bad)
        self.assertIn("bad since date", str(cm.exception))
        bad = [person("fb-fr-a-b", "Anne Bertin", [role("Prime Minister of France", "head_of_government", "FR",
                                                        "2020-01-01", "2019-01-01")])]
        with self.assertRaises(convert.KbError) as cm:
            run_fixture(bad)
        self.assertIn("since 2020-01-01 after until 2019-01-01", str(cm.exception))
        bad = [person("fb-fr-a-b", "Anne Bertin", [role("Prime Minister of France", "head_of_government", "FR",
                                                        "2020-01-01", None, as_of=None)])]
        with self.assertRaises(convert.KbError) as cm:
            run_fixture(bad)
        self.assertIn("as_of missing", str(cm.exception))

    def test_unknown_codes_and_sources_fail(self):
        bad = [person("fb-zz-a-b", "Anne Bertin", [role("Prime Minister of Zedland", "head_of_government", "ZZ",
                                                        "2020-01-01", source="nosuch")])]
        with self.assertRaises(convert.KbError) as cm:
            run_fixture(bad)
        msg = str(cm.exception)
        self.assertIn("unknown country 'ZZ'", msg)
        self.assertIn("unknown source 'nosuch'", msg)
        bad = [person("fb-fr-a-b", "Anne Bertin", [role("Prime Minister of France", "prime_ministerial", "FR", "2020-01-01")])]
        with self.assertRaises(convert.KbError) as cm:
            run_fixture(bad)
        self.assertIn("unknown kind", str(cm.exception))

    def test_main_exits_non_zero_with_message(self):
        fx = Fixture([person("fb-fr-a-b", "Anne Bertin", [role("Prime Minister of France", "head_of_government",
                                                               "FR", "2020-02-30")])])
        try:
            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                rc = convert.main(["--raw", fx.raw, "--curated", fx.curated, "--out", fx.out])
            self.assertEqual(rc, 1)
            self.assertIn("validation FAILED", err.getvalue())
            self.assertIn("bad since date '2020-02-30'", err.getvalue())
            self.assertFalse(os.path.exists(os.path.join(fx.out, "people.jsonl")))
        finally:
            fx.close()

    def test_duplicate_people_merged(self):
        people, _, log = run_fixture([
            person("fb-cv-jose-ulisses-correia-e-silva", "Jose Ulisses Correia e Silva",
                   [role("Prime Minister (Cape Verde)", "head_of_government", "CV", "2016-04-22")]),
            person("Q23899522", "Ulisses Correia e Silva",
                   [role("Prime Minister of Cape Verde", "head_of_government", "CV", "2016-04-22", "2023-06-08",
                         "2023-06-08", "fbh")], wikidata="Q23899522",
                   sources={"name": ["ep_wl"], "wikidata": ["ep_wl"]}),
        ])
        self.assertNotIn("fb-cv-jose-ulisses-correia-e-silva", people)
        p = people["Q23899522"]
        self.assertEqual(p["name"], "Ulisses Correia e Silva")
        self.assertEqual(len(p["roles"]), 1)  # the respelled-name "end" is superseded
        self.assertIsNone(p["roles"][0]["until"])
        self.assertEqual(p["roles"][0]["as_of"], "2026-01-22")
        self.assertIn("Jose Ulisses Correia e Silva", p["aliases"])
        self.assertIn("Correia e Silva", p["aliases"])

    def test_exact_duplicates_and_patronymics_not_merged(self):
        people, _, _ = run_fixture([
            person("fb-fr-hamad-bin-isa-al-khalifa", "Hamad bin Isa Al Khalifa",
                   [role("President of France", "head_of_state", "FR", "1999-03-06")]),
            person("fb-fr-salman-bin-hamad-bin-isa-al-khalifa", "Salman bin Hamad bin Isa Al Khalifa",
                   [role("Prime Minister of France", "head_of_government", "FR", "2020-11-11")]),
        ])
        self.assertEqual(len(people), 2)

    def test_curated_history_merged_by_id_and_name(self):
        curated_sources = {"wp-test": {"title": "English Wikipedia: test list", "licence": "CC BY-SA 4.0 (facts)",
                                       "as_of": "2025-06", "share_alike": False, "odbl": False}}
        raw = [person("fb-fr-angela-morel", "Angela Morel",
                      [role("Prime Minister (France)", "head_of_government", "FR", "2005-11-22", "2021-12-08",
                            "2021-12-08", "fbh")])]
        cur = [{"id": "cur-angela-morel", "name": "Angela Morel", "source": "wp-test", "aliases": ["Morel"],
                "roles": [{"title": "President of France", "kind": "head_of_state", "country": "FR",
                           "since": "2001-01-01", "until": "2005-01-01", "as_of": "2025-06", "source": "wp-test"}]}]
        people, _, _ = run_fixture(raw, curated_people=cur, curated_sources=curated_sources)
        self.assertEqual(list(people), ["fb-fr-angela-morel"])
        p = people["fb-fr-angela-morel"]
        # both closed: head of state ranks before head of government
        self.assertEqual([r["title"] for r in p["roles"]], ["President of France", "Prime Minister of France"])
        self.assertEqual(p["description"], "President of France (2001–2005)")

    def test_output_is_deterministic(self):
        raw = [person("fb-fr-jean-dupontel", "Jean Dupontel", [role("Prime Minister of France", "head_of_government", "FR", "2020-01-01")]),
               person("fb-ad-marc-dupontel", "Marc Dupontel", [role("Prime Minister of Andorra", "head_of_government", "AD", "2021-01-01")])]
        outs = []
        for _ in range(2):
            fx = Fixture(raw)
            try:
                with contextlib.redirect_stdout(io.StringIO()):
                    self.assertEqual(convert.main(["--raw", fx.raw, "--curated", fx.curated, "--out", fx.out]), 0)
                files = {}
                for f in sorted(os.listdir(fx.out)):
                    with open(os.path.join(fx.out, f), encoding="utf-8") as fh:
                        files[f] = fh.read()
                outs.append(files)
            finally:
                fx.close()
        self.assertEqual(outs[0], outs[1])
        self.assertNotIn("Korea, Republic of", outs[0]["countries.json"])  # inverted ISO forms dropped


# --------------------------------------------------------------------------- committed data

def load_kb():
    with open(os.path.join(KB, "people.jsonl"), encoding="utf-8") as fh:
        people = [json.loads(line) for line in fh if line.strip()]
    with open(os.path.join(KB, "countries.json"), encoding="utf-8") as fh:
        countries = json.load(fh)["countries"]
    with open(os.path.join(KB, "orgs.json"), encoding="utf-8") as fh:
        orgs = json.load(fh)["orgs"]
    with open(os.path.join(KB, "sources.json"), encoding="utf-8") as fh:
        sources = json.load(fh)["sources"]
    return people, countries, orgs, sources


def active(r, day):
    return convert.role_active(r, day)


class CommittedData(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.people, cls.countries, cls.orgs, cls.sources = load_kb()
        cls.by_id = {p["id"]: p for p in cls.people}
        cls.by_name = {p["name"]: p for p in cls.people}

    def holders(self, day, country, kinds):
        return [(p["name"], r["title"]) for p in self.people for r in p["roles"]
                if r["country"] == country and r["kind"] in kinds and active(r, day)]

    def assertHolds(self, name, day, title, kinds=None):
        p = self.by_name.get(name)
        self.assertIsNotNone(p, f"{name} missing from the KB")
        roles = [r for r in p["roles"] if r["title"] == title and active(r, day)
                 and (kinds is None or r["kind"] in kinds)]
        self.assertTrue(roles, f"{name} is not {title} on {day}: {[(r['title'], r['since'], r['until']) for r in p['roles']]}")

    def test_schema_and_vocabularies(self):
        iso = {c["iso2"] for c in self.countries}
        codes = {o["code"] for o in self.orgs}
        ids = [p["id"] for p in self.people]
        self.assertEqual(ids, sorted(ids))
        self.assertEqual(len(ids), len(set(ids)))
        for p in self.people:
            self.assertTrue(p["name"])
            self.assertEqual(p["roles"], convert.sort_roles(p["roles"]), p["id"])
            self.assertFalse(set(p["aliases"]) & set(p["ambiguous_aliases"]), p["id"])
            for r in p["roles"]:
                self.assertIn(r["kind"], convert.KIND_RANK, p["id"])
                self.assertIn(r["office"], convert.OFFICE_SET, (p["id"], r["title"]))
                self.assertTrue(r["as_of"], p["id"])
                for f in ("since", "until", "as_of"):
                    if r[f] is not None:
                        self.assertTrue(convert.valid_date(r[f]), (p["id"], f, r[f]))
                if r["country"]:
                    self.assertIn(r["country"], iso)
                if r["host"]:
                    self.assertIn(r["host"], iso)
                if r["org"]:
                    self.assertIn(r["org"], codes)
                for k in r["source"].split("+"):
                    self.assertIn(k, self.sources, (p["id"], r["source"]))
                self.assertIsNone(convert.JUNK_TITLE_RE.search(r["title"]), r["title"])
            for field, keys in p["sources"].items():
                for k in keys:
                    self.assertIn(k, self.sources, (p["id"], field))

    def test_sources_licences(self):
        self.assertTrue(self.sources["oda"]["share_alike"])
        self.assertTrue(self.sources["ep_ru"]["share_alike"])
        self.assertTrue(self.sources["ep_fm"]["share_alike"])
        self.assertTrue(self.sources["wc"]["odbl"])
        self.assertFalse(self.sources["fb"]["share_alike"])
        for k, s in self.sources.items():
            for f in ("title", "licence", "share_alike", "odbl"):
                self.assertIn(f, s, k)

    def test_un_members_have_heads_at_2025_11_28(self):
        day = "2025-11-28"
        un = [c for c in self.countries if c["un_member"]]
        self.assertEqual(len(un), 193)
        with open(os.path.join(CURATED, "corrections.json"), encoding="utf-8") as fh:
            vacancies = json.load(fh).get("vacancies", [])
        missing = []
        for c in un:
            if not self.holders(day, c["iso2"], convert.HEAD_OF_STATE_KINDS) and \
                    convert.vacancy_at(vacancies, c["iso2"], "head_of_state", day) is None:
                missing.append((c["iso2"], "head of state"))
            if not self.holders(day, c["iso2"], convert.HEAD_OF_GOVERNMENT_KINDS) and \
                    convert.vacancy_at(vacancies, c["iso2"], "head_of_government", day) is None:
                missing.append((c["iso2"], "head of government"))
        self.assertEqual(missing, [])
        self.assertIsNotNone(convert.vacancy_at(vacancies, "HT", "head_of_state", day))

    def test_coverage_reports_heads_ten_years_back(self):
        un = [c for c in self.countries if c["un_member"]]
        roles_by_country = collections.defaultdict(list)
        for p in self.people:
            for r in p["roles"]:
                if r["country"]:
                    roles_by_country[r["country"]].append((p, r))
        lines = convert.ten_years_back(un, roles_by_country, "2025-11-28")
        self.assertEqual(len(lines), 2)
        self.assertTrue(lines[0].startswith("UN members with a head of state on 2015-11-28: "), lines[0])
        self.assertTrue(lines[1].startswith("UN members with a head of government on 2015-11-28: "), lines[1])
        for line in lines:
            missing = re.findall(r"\b[A-Z]{2}\b", line.split("missing: ")[1]) if "missing: " in line else []
            # The curated history countries (G20, P5, the seed article's) are complete.
            self.assertFalse(set(missing) & set(convert.HISTORY_COUNTRIES), line)
            # Late 2015: only recorded vacancies remain (Lebanon's and Libya's heads, the Republic
            # of the Congo's prime minister); the history must not get worse.
            self.assertLessEqual(len(missing), 2, line)

    #: Floors of the head coverage of UN members (heads of state, heads of government) that the
    #: curated history must keep: raise them as history is added, never lower them. Beyond the
    #: counts, every member still missing a head on these days must have a recorded reason.
    HEAD_FLOORS = {"2015-11-28": (191, 191), "2016-06-01": (192, 193), "2019-06-01": (193, 191)}

    def test_un_members_have_heads_or_a_recorded_reason_back_to_2015(self):
        un = [c for c in self.countries if c["un_member"]]
        roles_by_country = collections.defaultdict(list)
        for p in self.people:
            for r in p["roles"]:
                if r["country"]:
                    roles_by_country[r["country"]].append((p, r))
        with open(os.path.join(CURATED, "corrections.json"), encoding="utf-8") as fh:
            vacancies = json.load(fh).get("vacancies", [])
        for day, floors in self.HEAD_FLOORS.items():
            coverage = convert.head_coverage(un, roles_by_country, vacancies, day)
            for (label, (count, missing)), floor in zip(coverage.items(), floors):
                self.assertGreaterEqual(count, floor, f"{label} on {day}: missing {missing}")
        for day in [f"{year}-{md}" for year in range(2016, 2026) for md in ("01-01", "06-01")]:
            for label, (count, missing) in convert.head_coverage(un, roles_by_country, vacancies, day).items():
                self.assertEqual([iso for iso, why in missing if why is None], [],
                                 f"UN members without a {label} on {day} and no recorded reason")

    def test_g20_foreign_ministers_back_to_2016(self):
        roles_by_country = collections.defaultdict(list)
        for p in self.people:
            for r in p["roles"]:
                if r["country"]:
                    roles_by_country[r["country"]].append((p, r))
        line = convert.g20_foreign_minister_history(roles_by_country, "2025-11-28")
        # The one gap is real: Mexico between Marcelo Ebrard (left 2023-06-12) and Alicia
        # Bárcena (from 2023-07-03).
        self.assertTrue(line.endswith("1 gaps: MX 2023-07-01"), line)
        self.assertHolds("Susana Malcorra", "2016-06-01", "Minister of Foreign Affairs and Worship of Argentina")
        self.assertHolds("Fumio Kishida", "2016-06-01", "Minister for Foreign Affairs of Japan")
        self.assertHolds("Chrystia Freeland", "2019-06-01", "Minister of Foreign Affairs of Canada")

    def test_bosnian_presidency_has_one_chair_at_a_time(self):
        for year in range(2015, 2026):
            for month in range(1, 13):
                day = f"{year}-{month:02d}-20"
                chairs = self.holders(day, "BA", {"head_of_state"})
                self.assertEqual(len(chairs), 1, f"{day}: {chairs}")

    def test_recorded_vacancy_applies_only_within_its_dates(self):
        vacancies = [{"country": "LB", "kind": "head_of_state", "since": "2014-05-25", "until": "2016-10-31",
                      "reason": "vacant"}]
        self.assertIsNotNone(convert.vacancy_at(vacancies, "LB", "head_of_state", "2015-01-01"))
        self.assertIsNone(convert.vacancy_at(vacancies, "LB", "head_of_state", "2016-10-31"))
        self.assertIsNone(convert.vacancy_at(vacancies, "LB", "head_of_state", "2014-05-24"))
        self.assertIsNone(convert.vacancy_at(vacancies, "LB", "head_of_government", "2015-01-01"))

    def test_earlier_heads_resolve_at_their_dates(self):
        self.assertHolds("Heinz Fischer", "2015-11-28", "President of Austria")
        self.assertHolds("Christian Kern", "2016-06-01", "Chancellor of Austria")
        self.assertHolds("Thein Sein", "2015-11-28", "President of Myanmar")
        self.assertHolds("Benigno Aquino III", "2016-06-01", "President of the Philippines")
        self.assertHolds("Martín Vizcarra", "2019-06-01", "President of Peru")
        self.assertEqual(self.holders("2019-06-01", "PE", convert.HEAD_OF_STATE_KINDS),
                         [("Martín Vizcarra", "President of Peru")])
        self.assertEqual(self.holders("2019-06-01", "SD", convert.HEAD_OF_STATE_KINDS),
                         [("Abd-al-Fattah al-Burhan Abd-al-Rahman",
                           "Chairman of the Transitional Military Council of Sudan")])
        # A stale raw role closed by review: Saad al-Hariri was not prime minister in 2021.
        self.assertEqual(self.holders("2021-03-01", "LB", convert.HEAD_OF_GOVERNMENT_KINDS),
                         [("Hassan Diab", "Prime Minister of Lebanon")])

    def test_observers_and_disputed_states_present(self):
        by_iso = {c["iso2"]: c for c in self.countries}
        for iso in ("TW", "PS", "XK", "VA"):
            self.assertIn(iso, by_iso)
        self.assertTrue(by_iso["VA"]["observer"])
        self.assertFalse(by_iso["VA"]["un_member"])
        self.assertTrue(by_iso["PS"]["observer"])
        self.assertIn("Holy See", by_iso["VA"]["alt_names"])
        for iso, adj in (("US", "American"), ("US", "U.S."), ("GB", "British"), ("GB", "UK"), ("RU", "Russian"),
                         ("CN", "Chinese"), ("PS", "Palestinian"), ("TW", "Taiwanese"), ("XK", "Kosovar"),
                         ("BY", "Belarusian"), ("VE", "Venezuelan"), ("CO", "Colombian")):
            self.assertIn(adj, by_iso[iso]["adjectivals"], iso)

    def test_2016_heads(self):
        self.assertHolds("Barack Obama", "2016-06-01", "President of the United States")
        self.assertHolds("David Cameron", "2016-06-01", "Prime Minister of the United Kingdom")
        self.assertEqual(self.holders("2016-06-01", "US", {"head_of_state_and_government"}),
                         [("Barack Obama", "President of the United States")])
        self.assertEqual(self.holders("2016-06-01", "GB", {"head_of_government"}),
                         [("David Cameron", "Prime Minister of the United Kingdom")])
        self.assertHolds("Angela Merkel", "2016-06-01", "Chancellor of Germany")
        self.assertHolds("François Hollande", "2016-06-01", "President of France")
        self.assertHolds("Dmitry Medvedev", "2016-06-01", "Prime Minister of Russia")
        self.assertHolds("Vladimir Putin", "2010-06-01", "Prime Minister of Russia")
        self.assertHolds("Dmitry Medvedev", "2010-06-01", "President of Russia")

    def test_seed_article_people_at_2025_11_28(self):
        day = "2025-11-28"
        self.assertHolds("Nicolás Maduro", day, "President of Venezuela")
        self.assertEqual(self.by_name["Nicolás Maduro"]["roles"][0]["until"], "2026-01-05")
        self.assertHolds("Vladimir Putin", day, "President of Russia", {"head_of_state"})
        self.assertHolds("Alexander Lukashenko", day, "President of Belarus", {"head_of_state"})
        self.assertHolds("Donald Trump", day, "President of the United States", {"head_of_state_and_government"})
        self.assertHolds("Gustavo Petro", day, "President of Colombia", {"head_of_state_and_government"})
        self.assertEqual([r["since"] for r in self.by_name["Gustavo Petro"]["roles"]
                          if r["title"] == "President of Colombia"], ["2022-08-07"])
        self.assertHolds("Maria Zakharova", day, "Spokesperson of the Ministry of Foreign Affairs of Russia", {"spokesperson"})
        self.assertHolds("Dmitry Peskov", day, "Press Secretary of the President of Russia", {"spokesperson"})
        self.assertHolds("Karoline Leavitt", day, "White House Press Secretary")
        self.assertHolds("Marco Rubio", day, "United States Secretary of State", {"foreign_minister"})
        self.assertHolds("Sergey Lavrov", day, "Minister of Foreign Affairs of Russia", {"foreign_minister"})

    def test_people_left_for_the_article_to_describe(self):
        for name in ("Rosa Villavicencio", "John Coale", "Jesús Rafael Salazar Velázquez", "Salazar Velázquez"):
            key = convert.name_key(name)
            hits = [p["id"] for p in self.people
                    if key == convert.name_key(p["name"]) or key in {convert.name_key(a) for a in p["aliases"]}]
            self.assertEqual(hits, [], name)

    def test_aliases(self):
        lukashenko = self.by_name["Alexander Lukashenko"]
        for a in ("Lukashenko", "Lukashenka", "Alyaksandr Lukashenka"):
            self.assertIn(a, lukashenko["aliases"])
        zelensky = self.by_name["Volodymyr Zelenskyy"]
        for a in ("Zelensky", "Zelenskiy", "Zelenskyy"):
            self.assertIn(a, zelensky["aliases"])
        self.assertIn("Obama", self.by_name["Barack Obama"]["aliases"])
        self.assertIn("Trump", self.by_name["Donald Trump"]["aliases"])
        self.assertIn("May", self.by_name["Theresa May"]["ambiguous_aliases"])
        self.assertIn("Kim", self.by_name["Kim Jong-un"]["ambiguous_aliases"])
        self.assertIn("Maduro", self.by_name["Nicolás Maduro"]["aliases"])
        for p in self.people:
            first = p["name"].split()[0]
            if {r["country"] for r in p["roles"]} & (convert.SURNAME_FIRST | convert.NO_SURNAME_ALIAS | {"SG"}):
                continue
            if len(p["name"].split()) > 1:
                self.assertFalse(first in p["aliases"] and p["id"].startswith("fb-") and
                                 first != p["name"].split()[-1], (p["id"], first))

    def test_stale_roles_keep_their_as_of(self):
        stale = [r for p in self.people for r in p["roles"] if r["source"] == "ep_fm" and r["until"] is None]
        self.assertTrue(stale)
        self.assertTrue(all(r["as_of"] == "2022-12-11" for r in stale))
        d = [p["description"] for p in self.people
             if p["roles"] and p["roles"][0]["source"] == "ep_fm" and p["roles"][0]["until"] is None]
        self.assertTrue(all("as of 2022-12" in x for x in d))


if __name__ == "__main__":
    unittest.main()
