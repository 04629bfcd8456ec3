"""The statement battery: short news statements, one file per language, each with its gold claims.

A behavioural test in the spirit of CheckList (Ribeiro et al., ACL 2020): for every way a claim is
stated (CLAIMS.md, "Ways a claim is stated") and every supported language, a few statements written
as that language's news writes them, plus negatives. tests/test_battery.py runs it under pytest;

    python -m pipeline.battery tests/data/battery            # pass rate by kind x language
    python -m pipeline.battery --check tests/data/battery/en.yaml   # validate a file only

A statement passes when the extractor calls it a deployment story (negatives: not one, and no
claim) with exactly the gold (sender, host) pairs and (sender, host, count) triples, every gold
claim matched on the fields it gives (claim_type, stance, source_country), and no stance on a gold
pair that the gold does not give it (a denial must not also come out asserted).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from transforms.nlp.scoring import count_set, pair_set

KINDS = ("send_past", "send_future", "arrive_demonym", "presence", "host_subject", "list_hosts", "distributive",
         "list_senders", "withdrawal", "combat_ally", "casualties", "denial", "condemnation", "attributed",
         "city_host", "count_next_sentence", "peacekeepers")
NEGATIVE_KINDS = ("negative_domestic", "negative_weapons", "negative_budget", "negative_metaphor",
                  "negative_exercise_home", "negative_history")
CLAIM_TYPES = ("deployment", "reinforcement", "combat", "casualties", "withdrawal", "training")
STANCES = ("asserts", "confirms", "denies", "condemns")
JUDGED_FIELDS = ("claim_type", "stance", "source_country")
_CLAIM_KEYS = {"sender", "host", "count", *JUDGED_FIELDS}
_BODIES = {"UN", "NATO", "AU", "EU"}


@dataclass(frozen=True)
class Statement:
    lang: str
    kind: str
    index: int          # position within its kind in its file, from 1
    text: str
    claims: tuple

    @property
    def id(self) -> str:
        return f"{self.lang}-{self.kind}-{self.index}"

    @property
    def negative(self) -> bool:
        return self.kind in NEGATIVE_KINDS


def load_file(path: Path) -> list[Statement]:
    doc = yaml.safe_load(path.read_text(encoding="utf-8"))
    lang, seen = doc["lang"], defaultdict(int)
    out = []
    for item in doc["statements"]:
        seen[item["kind"]] += 1
        claims = tuple({k: v for k, v in c.items() if v is not None} for c in item.get("claims") or ())
        out.append(Statement(lang, item["kind"], seen[item["kind"]], item["text"].strip(), claims))
    return out


def load(folder: Path) -> list[Statement]:
    return [s for path in sorted(folder.glob("*.yaml")) for s in load_file(path)]


def problems(statements: list[Statement]) -> list[str]:
    """What is wrong with a battery file's structure (not with the extractor)."""
    import pycountry

    def code_ok(code, sender: bool) -> bool:
        return (sender and code in _BODIES) or code == "XK" or pycountry.countries.get(alpha_2=str(code)) is not None

    out = []
    for s in statements:
        where = f"{s.id}: "
        if s.kind not in KINDS + NEGATIVE_KINDS:
            out.append(where + f"unknown kind {s.kind!r}")
        if s.negative != (not s.claims):
            out.append(where + ("a negative has claims" if s.negative else "no claims given"))
        for c in s.claims:
            if set(c) - _CLAIM_KEYS:
                out.append(where + f"unknown claim fields {sorted(set(c) - _CLAIM_KEYS)}")
            if not code_ok(c.get("sender"), True) or not code_ok(c.get("host"), False):
                out.append(where + f"bad sender/host {c.get('sender')!r}/{c.get('host')!r}")
            if "source_country" in c and not code_ok(c["source_country"], True):
                out.append(where + f"bad source_country {c['source_country']!r}")
            if c.get("count") is not None and not isinstance(c["count"], int):
                out.append(where + f"count must be an integer: {c['count']!r}")
            if c.get("claim_type", "deployment") not in CLAIM_TYPES or c.get("stance", "asserts") not in STANCES:
                out.append(where + f"bad claim_type/stance in {c}")
    return out


def verdict(statement: Statement, is_story: bool, predicted: list[dict]) -> str | None:
    """None when the statement comes out right, else why not (one line)."""
    if statement.negative:
        return None if not is_story and not predicted else f"negative came out as {_brief(predicted)}"
    gold = list(statement.claims)
    if not is_story:
        return "not detected as a deployment story" + (f" (claims {_brief(predicted)})" if predicted else "")
    if pair_set(predicted) != pair_set(gold):
        return f"pairs {sorted(pair_set(predicted))} != gold {sorted(pair_set(gold))}"
    if count_set(predicted) != count_set(gold):
        return f"counts {sorted(count_set(predicted))} != gold {sorted(count_set(gold))}"
    for g in gold:
        same_pair = [p for p in predicted if (p["sender"], p["host"]) == (g["sender"], g["host"])]
        if not any(all(p.get(f) == g[f] for f in JUDGED_FIELDS if f in g) for p in same_pair):
            wanted = {f: g[f] for f in JUDGED_FIELDS if f in g}
            return f"{g['sender']}->{g['host']} wants {wanted}, got {_brief(same_pair)}"
    for pair in pair_set(gold):
        allowed = {g.get("stance", "asserts") for g in gold if (g["sender"], g["host"]) == pair}
        extra = {p["stance"] for p in predicted if (p["sender"], p["host"]) == pair} - allowed
        if extra:
            return f"{pair[0]}->{pair[1]} also comes out {sorted(extra)}"
    return None


def _brief(claims: list[dict]) -> str:
    return "[" + ", ".join(f"{c['sender']}->{c['host']} {c.get('count')} {c.get('claim_type')}/{c.get('stance')}"
                           f"/{c.get('source_country')}" for c in claims) + "]"


def run(statements: list[Statement], analyzer) -> list[tuple[Statement, str | None]]:
    out = []
    for s in statements:
        a = analyzer.analyze(s.text, language=s.lang)
        out.append((s, verdict(s, a.is_deployment_story, a.claims)))
    return out


def pass_rates(results) -> dict:
    """{"overall": r, "kind": {kind: r}, "lang": {lang: r}, "cell": {(kind, lang): r}}, r = (passed, n)."""
    tallies = defaultdict(lambda: [0, 0])
    for s, why in results:
        kind = "negatives" if s.negative else s.kind
        for key in ("overall", ("kind", kind), ("lang", s.lang), ("cell", kind, s.lang)):
            tallies[key][0] += why is None
            tallies[key][1] += 1
    out = {"overall": tuple(tallies.pop("overall")), "kind": {}, "lang": {}, "cell": {}}
    for key, (ok, n) in tallies.items():
        if key[0] == "cell":
            out["cell"][key[1:]] = (ok, n)
        else:
            out[key[0]][key[1]] = (ok, n)
    return out


def markdown_table(rates: dict) -> str:
    """Pass rate by kind (rows) x language (columns), with totals, as a Markdown table."""
    langs = sorted(rates["lang"])
    kinds = [k for k in KINDS if k in rates["kind"]] + (["negatives"] if "negatives" in rates["kind"] else [])
    pct = lambda r: f"{r[0] / r[1]:.2f}" if r and r[1] else "–"
    lines = ["| kind | " + " | ".join(langs) + " | all |", "|---" * (len(langs) + 2) + "|"]
    for k in kinds:
        lines.append(f"| {k} | " + " | ".join(pct(rates["cell"].get((k, l))) for l in langs)
                     + f" | {pct(rates['kind'][k])} |")
    lines.append("| **all** | " + " | ".join(pct(rates["lang"][l]) for l in langs) + f" | {pct(rates['overall'])} |")
    return "\n".join(lines)


def write_known_failures(path: Path, results) -> None:
    lines = ["# Statements the extractor does not get right yet, each with why (pipeline.battery's verdict).",
             "# tests/test_battery.py runs them as strict xfail, so one that starts passing must leave the list:",
             "#   python -m pipeline.battery FOLDER --write-known-failures FOLDER/known_failures.txt"]
    lines += [f"{s.id}  # {why[:160]}" for s, why in results if why]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path, help="a battery folder (*.yaml) or one file")
    ap.add_argument("--check", action="store_true", help="validate the file(s) only; run no extractor")
    ap.add_argument("--failures", action="store_true", help="also list every failing statement and why")
    ap.add_argument("--write-known-failures", type=Path, metavar="FILE",
                    help="write the failing statements' ids (with why) to FILE, the strict-xfail list of tests/")
    args = ap.parse_args(argv)
    statements = load_file(args.path) if args.path.is_file() else load(args.path)
    bad = problems(statements)
    for line in bad:
        print(line, file=sys.stderr)
    if args.check:
        kinds = defaultdict(int)
        for s in statements:
            kinds[s.kind] += 1
        print(f"{len(statements)} statements, {len(bad)} problems; per kind: "
              + ", ".join(f"{k}={kinds.get(k, 0)}" for k in KINDS + NEGATIVE_KINDS))
        return 1 if bad else 0
    from transforms.nlp import Analyzer

    results = run(statements, Analyzer.load())
    if args.failures:
        for s, why in results:
            if why:
                print(f"FAIL {s.id}: {why}\n     {s.text}")
    if args.write_known_failures:
        write_known_failures(args.write_known_failures, results)
    rates = pass_rates(results)
    print(markdown_table(rates))
    ok, n = rates["overall"]
    print(f"\n{ok} of {n} statements right ({ok / n:.2f})")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
