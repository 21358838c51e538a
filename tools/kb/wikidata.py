"""Merge a Wikidata SPARQL export (tools/kb/wikidata-positions.rq, downloaded as SPARQL JSON
results) into the knowledge base's people records.

Why a separate step: the raw snapshots age (their foreign ministers stop in 2022-12); a fresh
Wikidata export is the one source a maintainer can re-run in a minute. It is CC0, so its facts
carry the source key "wd" and no share-alike obligation.

    python3 tools/kb/convert.py --raw ... --curated ... --out data/kb \\
        --wikidata export.json --wikidata-as-of 2026-11-28

Rules (see docs/knowledge-base.md, "Refreshing from Wikidata"):
- every row is validated (Q-ids, kind, dates and their precision, country/org codes); any
  malformed row is an error naming the row, and nothing is written;
- rows for places the knowledge base does not cover (historical states, organisations not in
  orgs.json) and items without an English label are skipped and counted in the log;
- a person is matched by Q-id first, then by normalised name + a shared country/organisation;
  a name that matches several people is not merged (logged);
- a role matching an existing one (same place, same kind family, compatible start) only gains
  what it lacks: an `until` when the export is newer than the role's as_of, a `since` when it
  had none. Set values (reviewed curated data included) are never changed;
- other roles are added with source "wd" and as_of = the export date;
- person fields (party, enwiki title, native name) are filled only when empty; a different
  label becomes an alias. A slug id becomes the Q-id (the Q-id wins, as in every merge).
Merging the same export twice changes nothing the second time.
"""

from __future__ import annotations

import json
import re

import convert as cv

#: The source key of facts taken from the export (its entry is added to sources.json).
SOURCE_KEY = "wd"

#: The sources.json entry for SOURCE_KEY; as_of is the export's date.
SOURCE_ENTRY = {
    "title": "Wikidata SPARQL export (tools/kb/wikidata-positions.rq): positions held (P39) "
             "with start/end, party, native label, enwiki title",
    "licence": "CC0 1.0 (Wikidata data)",
    "share_alike": False,
    "odbl": False,
}

#: Variables every row must bind; the others are optional.
REQUIRED_VARS = ("person", "personLabel", "position", "positionLabel", "kind")

#: All variables the query selects.
QUERY_VARS = REQUIRED_VARS + ("nativeLabel", "iso2", "org", "orgLabel", "start", "startPrecision",
                              "end", "endPrecision", "party", "partyLabel", "enwiki")

#: Kinds the query emits (BIND in each UNION branch) -> knowledge-base role kinds.
KINDS = {
    "head_of_state": "head_of_state",
    "head_of_government": "head_of_government",
    "foreign_minister": "foreign_minister",
    "defence_minister": "defence_minister",
    "finance_minister": "finance_minister",
    "org_head": "org_head",
}

#: Wikidata time precision -> characters of the ISO date kept (11 day, 10 month, 9 year).
PRECISION_CHARS = {11: 10, 10: 7, 9: 4}

ENTITY_RE = re.compile(r"^http://www\.wikidata\.org/entity/(Q[1-9]\d*)$")
TIME_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})T00:00:00Z$")


def load_export(path):
    """Read a SPARQL JSON results file; raise KbError if it is not one."""
    try:
        with open(path, encoding="utf-8") as fh:
            data = json.load(fh)
    except json.JSONDecodeError as exc:
        raise cv.KbError(f"{path}: not JSON: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("head", {}).get("vars"), list) \
            or not isinstance(data.get("results", {}).get("bindings"), list):
        raise cv.KbError(f"{path}: not SPARQL JSON results (needs head.vars and results.bindings)")
    missing = [v for v in REQUIRED_VARS if v not in data["head"]["vars"]]
    if missing:
        raise cv.KbError(f"{path}: head.vars lacks {', '.join(missing)} "
                         "(export the query in tools/kb/wikidata-positions.rq)")
    return data["results"]["bindings"]


def _value(row, var):
    cell = row.get(var)
    if cell is None:
        return None
    if not isinstance(cell, dict) or not isinstance(cell.get("value"), str):
        raise ValueError(f"{var}: not a SPARQL JSON binding")
    return cell["value"]


def _qid(row, var):
    v = _value(row, var)
    if v is None:
        return None
    m = ENTITY_RE.match(v)
    if not m:
        raise ValueError(f"{var}: not a Wikidata entity URI: {v!r}")
    return m.group(1)


def _date(row, var):
    v = _value(row, var)
    if v is None:
        return None
    m = TIME_RE.match(v)
    if not m:
        raise ValueError(f"{var}: not a Wikidata date (YYYY-MM-DDT00:00:00Z): {v!r}")
    prec_text = _value(row, var + "Precision")
    prec = 11 if prec_text is None else int(prec_text) if prec_text.isdigit() else -1
    if prec < 9:
        return None  # decade or coarser: no usable date
    if prec > 11:
        raise ValueError(f"{var}Precision: {prec_text!r} is not a Wikidata date precision")
    day = v[:10]
    if not cv.valid_date(day):
        raise ValueError(f"{var}: not a calendar date: {v!r}")
    return day[:PRECISION_CHARS[prec]]


def parse_rows(bindings, countries, orgs, log, errors):
    """Validate the rows; return {qid: {"name", "native", "party", "enwiki", "roles": [...]}}."""
    iso = {c["iso2"] for c in countries}
    org_by_key = {}
    for o in orgs:
        for form in [o["code"], o["name"]] + o["aliases"]:
            org_by_key.setdefault(cv.name_key(form), o["code"])
    people = {}
    skipped = {"no English label": 0, "place not covered": 0, "date too coarse": 0}
    for n, row in enumerate(bindings, 1):
        where = f"wikidata export row {n}"
        try:
            if not isinstance(row, dict):
                raise ValueError("not an object")
            for var in REQUIRED_VARS:
                if _value(row, var) is None:
                    raise ValueError(f"{var}: missing")
            qid = _qid(row, "person")
            _qid(row, "position")
            label = cv.squash(_value(row, "personLabel"))
            kind = _value(row, "kind")
            if kind not in KINDS:
                raise ValueError(f"kind: {kind!r} is not one of {', '.join(sorted(KINDS))}")
            since, until = _date(row, "start"), _date(row, "end")
            if since and until and cv.date_lo(since) > cv.date_lo(until):
                raise ValueError(f"start {since} after end {until}")
            code = _value(row, "iso2")
            org = None
            if kind == "org_head":
                _qid(row, "org")
                org = org_by_key.get(cv.name_key(_value(row, "orgLabel") or ""))
            elif code is not None and not re.match(r"^[A-Z]{2}$", code):
                raise ValueError(f"iso2: {code!r} is not an ISO 3166-1 alpha-2 code")
        except ValueError as exc:
            errors.append(f"{where}: {exc}")
            continue
        if not label or ENTITY_RE.match("http://www.wikidata.org/entity/" + label):
            skipped["no English label"] += 1
            continue
        if (kind == "org_head" and org is None) or (kind != "org_head" and code not in iso):
            skipped["place not covered"] += 1
            continue
        if (_value(row, "start") and not since) or (_value(row, "end") and not until):
            skipped["date too coarse"] += 1
            continue
        rec = people.setdefault(qid, {"name": label, "native": set(), "party": set(), "enwiki": set(),
                                      "roles": []})
        if rec["name"] != label:
            errors.append(f"{where}: {qid} has two labels, {rec['name']!r} and {label!r}")
            continue
        for field, var in (("native", "nativeLabel"), ("party", "partyLabel"), ("enwiki", "enwiki")):
            v = cv.squash(_value(row, var))
            if v:
                rec[field].add(v)
        role = {"title": cv.squash(_value(row, "positionLabel")), "kind": KINDS[kind],
                "country": None if org else code, "org": org, "since": since, "until": until}
        if role not in rec["roles"]:
            rec["roles"].append(role)
    for reason, count in sorted(skipped.items()):
        if count:
            log.append(f"wikidata: skipped {count} rows ({reason})")
    for rec in people.values():
        _combine_state_and_government(rec)
    return people


def _combine_state_and_government(rec):
    """A position a country lists both as its head of state's and head of government's office
    (P1906 = P1313, e.g. President of the United States) comes as two rows: one role."""
    by_key = {}
    for r in rec["roles"]:
        key = (r["title"], r["country"], r["since"])
        by_key.setdefault(key, []).append(r)
    out = []
    for group in by_key.values():
        kinds = {r["kind"] for r in group}
        if {"head_of_state", "head_of_government"} <= kinds:
            keep = dict(group[0], kind="head_of_state_and_government")
            out.append(keep)
            out.extend(r for r in group if r["kind"] not in ("head_of_state", "head_of_government"))
        else:
            out.extend(group)
    rec["roles"] = out


def _same_family(a, b):
    if a == b:
        return True
    return (a in cv.HEAD_OF_STATE_KINDS and b in cv.HEAD_OF_STATE_KINDS) or \
        (a in cv.HEAD_OF_GOVERNMENT_KINDS and b in cv.HEAD_OF_GOVERNMENT_KINDS)


def _starts_compatible(a, b):
    if not a or not b or a.startswith(b) or b.startswith(a):
        return True
    return cv._days_apart(a, b) <= cv.SAME_START_DAYS


def _find_role(person, new):
    for r in person["roles"]:
        if r.get("country") == new["country"] and r.get("org") == new["org"] \
                and _same_family(r.get("kind"), new["kind"]) \
                and _starts_compatible(r.get("since"), new["since"]):
            return r
    return None


def _add_source(role, key=SOURCE_KEY):
    keys = cv.split_sources(role.get("source") or "")
    if key not in keys:
        role["source"] = "+".join(keys + [key])


def _match_person(people, by_id, qid, rec, log):
    if qid in by_id:
        return by_id[qid]
    key = cv.name_key(rec["name"])
    places = {r["country"] or "org:" + r["org"] for r in rec["roles"]}
    found = [p for p in people if cv.name_key(p["name"]) == key and cv.person_places(p) & places
             and not re.match(r"^Q\d+$", p["id"])]
    if len(found) > 1:
        log.append(f"wikidata: {qid} {rec['name']!r} matches {len(found)} people by name; not merged")
        return None
    return found[0] if found else None


def merge_export(people, parsed, as_of, log):
    """Merge parsed export records into `people` (the converter's working records, before roles
    are deduplicated and aliases derived). Returns the new people list and {old id: Q-id}."""
    by_id = {}
    for p in people:
        by_id.setdefault(p["id"], p)
        if p.get("wikidata"):
            by_id.setdefault(p["wikidata"], p)
    renamed = {}
    out = list(people)
    for qid in sorted(parsed):
        rec = parsed[qid]
        person = _match_person(out, by_id, qid, rec, log)
        if person is None:
            person = {"id": qid, "name": rec["name"], "native_names": [], "aliases": [],
                      "ambiguous_aliases": [], "party": None, "description": None, "wikipedia": None,
                      "wikidata": qid, "roles": [], "sources": {"name": [SOURCE_KEY], "wikidata": [SOURCE_KEY]},
                      "_origin": "wikidata", "_curated_aliases": set(), "_country_names": []}
            out.append(person)
            by_id[qid] = person
            log.append(f"wikidata: new person {qid} {rec['name']!r}")
        elif person["id"] != qid:
            log.append(f"wikidata: {person['id']} {person['name']!r} takes Q-id {qid}")
            renamed[person["id"]] = qid
            person["id"] = person["wikidata"] = qid
            person["sources"]["wikidata"] = [SOURCE_KEY]
            by_id[qid] = person
        _fill_person(person, rec)
        for new in rec["roles"]:
            _merge_role(person, new, as_of, log)
    return out, renamed


def _fill_person(person, rec):
    srcs = person["sources"]
    if cv.name_key(rec["name"]) != cv.name_key(person["name"]) and rec["name"] not in person["aliases"]:
        person["aliases"].append(rec["name"])
        person["_curated_aliases"].add(rec["name"])
    if any(a == rec["name"] for a in person["aliases"]) and SOURCE_KEY not in srcs.get("aliases", []):
        srcs["aliases"] = sorted(set(srcs.get("aliases", [])) | {SOURCE_KEY})
    for native in sorted(rec["native"]):
        if native != person["name"] and native not in person["native_names"]:
            person["native_names"].append(native)
            srcs["native_names"] = sorted(set(srcs.get("native_names", [])) | {SOURCE_KEY})
    if not person.get("party") and len(rec["party"]) == 1:
        person["party"] = next(iter(rec["party"]))
        srcs["party"] = [SOURCE_KEY]
    if not person.get("wikipedia") and len(rec["enwiki"]) == 1:
        person["wikipedia"] = next(iter(rec["enwiki"]))
        srcs["wikipedia"] = [SOURCE_KEY]


def _merge_role(person, new, as_of, log):
    old = _find_role(person, new)
    if old is None:
        person["roles"].append({"title": new["title"], "office": None, "kind": new["kind"],
                                "country": new["country"], "org": new["org"], "host": None,
                                "since": new["since"], "until": new["until"], "as_of": as_of,
                                "source": SOURCE_KEY, "_stale_risk": None})
        log.append(f"wikidata: {person['id']} gains role {new['title']!r} "
                   f"{new['since'] or '?'}..{new['until'] or ''}")
        return
    changed = False
    if new["until"] and not old.get("until") and cv.date_lo(as_of) > cv.date_lo(old.get("as_of") or "0000") \
            and (not old.get("since") or cv.date_lo(old["since"]) <= cv.date_lo(new["until"])):
        old["until"] = new["until"]
        changed = True
    if new["since"] and not old.get("since"):
        old["since"] = new["since"]
        changed = True
    if changed:
        _add_source(old)
        old["as_of"] = as_of
        log.append(f"wikidata: {person['id']} role {old['title']!r} now "
                   f"{old.get('since') or '?'}..{old.get('until') or ''}")


def refresh(people, path, as_of, countries, orgs, sources, corrections, log, errors):
    """The converter step: load, validate and merge the export; register the "wd" source.
    Returns the new people list (unchanged if the export has errors)."""
    if not cv.valid_date(as_of) or len(as_of) != 10:
        errors.append(f"--wikidata-as-of: {as_of!r} is not a YYYY-MM-DD date")
        return people
    try:
        bindings = load_export(path)
    except cv.KbError as exc:
        errors.append(str(exc))
        return people
    before = len(errors)
    parsed = parse_rows(bindings, countries, orgs, log, errors)
    if len(errors) > before:
        return people
    entry = {k: SOURCE_ENTRY[k] for k in ("title", "licence")}
    entry["as_of"] = as_of  # same key order as the other sources.json entries
    sources[SOURCE_KEY] = dict(entry, **SOURCE_ENTRY)
    people, renamed = merge_export(people, parsed, as_of, log)
    owners = corrections.get("alias_owners") or {}
    for form, pid in owners.items():
        owners[form] = renamed.get(pid, pid)
    return people
