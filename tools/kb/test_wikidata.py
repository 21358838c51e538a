"""Tests for tools/kb/wikidata.py: merging a Wikidata SPARQL export into the knowledge base.

The export is tools/kb/testdata/wikidata-export.json (invented test data in the exact SPARQL
JSON results format); the raw and curated inputs are small inline fixtures (no ../shared).

Run: python3 -m unittest discover -s tools/kb -p 'test_*.py'
"""

import contextlib
import copy
import io
import json
import os
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import convert  # noqa: E402
import wikidata  # noqa: E402
from test_convert import Fixture, person, role  # noqa: E402

EXPORT = os.path.join(HERE, "testdata", "wikidata-export.json")
AS_OF = "2026-11-01"

RAW = [
    person("fb-by-ivan-testovich", "Ivan Testovich",
           [role("Prime Minister", "head_of_government", "BY", "2020-06-04", None, "2022-12-09", "fbh")]),
    person("Q990000003", "Maria Ficticia",
           [role("President", "head_of_state", "CV", "2021-10-17", None, "2026-01-22", "fb")],
           wikidata="Q990000003"),
]
CURATED = [
    {"id": "cur-pere-revisat", "name": "Pere Revisat", "source": "manual",
     "roles": [{"title": "Head of Government of Andorra", "kind": "head_of_government", "country": "AD",
                "since": "2019-05-16", "until": "2024-05-20", "as_of": "2025-06", "source": "manual"}]},
]


def build(export=EXPORT, as_of=AS_OF):
    fx = Fixture(RAW, CURATED)
    try:
        people, countries, orgs, sources, report, log, collisions, corr = \
            convert.build(fx.raw, fx.curated, "2025-11-28", export, as_of)
        return {p["id"]: p for p in people}, sources, log
    finally:
        fx.close()


def export_with(mutate):
    """A temporary copy of the fixture export with `mutate(data)` applied; returns its path."""
    with open(EXPORT, encoding="utf-8") as fh:
        data = json.load(fh)
    mutate(data)
    tmp = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8")
    with tmp:
        json.dump(data, tmp)
    return tmp.name


class WikidataRefresh(unittest.TestCase):

    @classmethod
    def setUpClass(cls):
        cls.people, cls.sources, cls.log = build()

    def test_new_person_gets_role_with_dates_source_and_as_of(self):
        p = self.people["Q990000001"]
        self.assertEqual(p["name"], "Jean Exemple")
        self.assertEqual(p["party"], "Parti Exemple")
        self.assertEqual(p["wikipedia"], "Jean Exemple")
        [r] = p["roles"]
        self.assertEqual((r["kind"], r["country"], r["since"], r["until"], r["source"], r["as_of"]),
                         ("foreign_minister", "FR", "2024-01-11", None, "wd", AS_OF))
        self.assertEqual(r["office"], "foreign minister")
        self.assertEqual(p["sources"]["name"], ["wd"])

    def test_ended_role_gets_until_and_person_matched_by_name_takes_qid(self):
        self.assertNotIn("fb-by-ivan-testovich", self.people)
        p = self.people["Q990000002"]
        [r] = p["roles"]
        self.assertEqual((r["since"], r["until"], r["source"], r["as_of"]),
                         ("2020-06-04", "2025-03-01", "fbh+wd", AS_OF))
        self.assertEqual(p["native_names"], ["Іван Тэставіч"])

    def test_person_matched_by_qid_is_not_duplicated(self):
        p = self.people["Q990000003"]
        self.assertEqual([(r["kind"], r["since"]) for r in p["roles"]], [("head_of_state", "2021-10-17")])
        self.assertEqual(sum(1 for q in self.people.values() if q["name"] == "Maria Ficticia"), 1)
        self.assertIsNone(p["party"], "two parties in the export: none is chosen")

    def test_reviewed_curated_dates_are_not_overwritten(self):
        [r] = self.people["Q990000005"]["roles"]  # matched by name + country, takes the Q-id
        self.assertEqual((r["since"], r["until"], r["source"], r["as_of"]),
                         ("2019-05-16", "2024-05-20", "manual", "2025-06"))

    def test_org_head_and_year_precision(self):
        [r] = self.people["Q990000004"]["roles"]
        self.assertEqual((r["kind"], r["org"], r["country"], r["since"]), ("org_head", "UN", None, "2017"))

    def test_uncovered_place_is_skipped_and_logged(self):
        self.assertNotIn("Q990000006", self.people)
        self.assertIn("wikidata: skipped 1 rows (place not covered)", self.log)

    def test_source_entry_credits_wikidata_cc0(self):
        self.assertEqual(self.sources["wd"]["as_of"], AS_OF)
        self.assertIn("CC0", self.sources["wd"]["licence"])
        self.assertFalse(self.sources["wd"]["share_alike"])

    def test_merge_is_idempotent(self):
        fx = Fixture(RAW, CURATED)
        try:
            countries = convert.build_countries(
                convert.load_json(os.path.join(fx.raw, "countries.json"))["countries"], {"countries": {}}, [])
            orgs = convert.build_orgs(convert.load_json(os.path.join(fx.raw, "orgs.json")), {"orgs": {}})
        finally:
            fx.close()
        people = [convert.raw_person_to_schema(p, "raw") for p in RAW]
        parsed = wikidata.parse_rows(wikidata.load_export(EXPORT), countries, orgs, [], [])
        once, _ = wikidata.merge_export(people, parsed, AS_OF, [])
        snapshot = copy.deepcopy(once)
        log = []
        twice, renamed = wikidata.merge_export(once, parsed, AS_OF, log)
        self.assertEqual(twice, snapshot)
        self.assertEqual(renamed, {})
        self.assertEqual(log, [])

    def test_whole_build_is_idempotent_on_its_output(self):
        again, _, _ = build()
        self.assertEqual(again, self.people)


class WikidataValidation(unittest.TestCase):

    def assertBuildFails(self, mutate, message):
        path = export_with(mutate)
        try:
            with self.assertRaises(convert.KbError) as ctx:
                build(path)
            self.assertIn(message, str(ctx.exception))
        finally:
            os.unlink(path)

    def test_bad_date_reported_with_row(self):
        def bad(d):
            d["results"]["bindings"][0]["start"]["value"] = "2024-13-40T00:00:00Z"
        self.assertBuildFails(bad, "wikidata export row 1: start: not a calendar date")

    def test_bad_qid_reported(self):
        def bad(d):
            d["results"]["bindings"][1]["person"]["value"] = "https://example.org/Ivan"
        self.assertBuildFails(bad, "wikidata export row 2: person: not a Wikidata entity URI")

    def test_start_after_end_reported(self):
        def bad(d):
            d["results"]["bindings"][1]["end"]["value"] = "2019-01-01T00:00:00Z"
        self.assertBuildFails(bad, "wikidata export row 2: start 2020-06-04 after end 2019-01-01")

    def test_unknown_kind_and_missing_label_reported(self):
        def bad(d):
            d["results"]["bindings"][0]["kind"]["value"] = "mayor"
            del d["results"]["bindings"][4]["personLabel"]
        path = export_with(bad)
        try:
            with self.assertRaises(convert.KbError) as ctx:
                build(path)
            self.assertIn("row 1: kind: 'mayor' is not one of", str(ctx.exception))
            self.assertIn("row 5: personLabel: missing", str(ctx.exception))
        finally:
            os.unlink(path)

    def test_conflicting_labels_for_one_qid_reported(self):
        def bad(d):
            d["results"]["bindings"][3]["personLabel"]["value"] = "Maria Outra"
        self.assertBuildFails(bad, "Q990000003 has two labels")

    def test_not_sparql_json_reported(self):
        self.assertBuildFails(lambda d: d.pop("results"), "not SPARQL JSON results")

    def test_merged_roles_pass_the_converter_validation(self):
        def bad(d):
            d["results"]["bindings"][0]["positionLabel"]["value"] = "Official of (France)"
        self.assertBuildFails(bad, "junk title")

    def test_bad_as_of_reported(self):
        with self.assertRaises(convert.KbError) as ctx:
            build(EXPORT, "2026-11")
        self.assertIn("--wikidata-as-of", str(ctx.exception))

    def test_main_requires_as_of(self):
        err = io.StringIO()
        with contextlib.redirect_stderr(err):
            status = convert.main(["--raw", "r", "--curated", "c", "--out", "o", "--wikidata", EXPORT])
        self.assertEqual(status, 2)
        self.assertIn("--wikidata-as-of", err.getvalue())


if __name__ == "__main__":
    unittest.main()
