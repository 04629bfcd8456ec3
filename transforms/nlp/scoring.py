"""Scores of predicted against labelled articles, as defined in CLAIMS.md ("How extraction is scored").

Plain functions over dicts so they can be tested without the extractor: detection P/R/F1 per article,
(sender, host) and (sender, host, count) sets per article summed over articles, and field accuracy on
claims matched by (sender, host, claim_type), counting only the fields a label actually gives.
"""
from __future__ import annotations

from collections import defaultdict

FIELDS = ("stance", "source_country", "location", "count", "count_qualifier", "event_date")


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else (1.0 if not fn else 0.0)
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def pair_set(claims) -> set:
    return {(c["sender"], c["host"]) for c in claims if c.get("sender") and c.get("host")}


def count_set(claims) -> set:
    return {(c["sender"], c["host"], int(c["count"])) for c in claims
            if c.get("sender") and c.get("host") and c.get("count") is not None}


def match_fields(predicted: list, labelled: list) -> dict:
    """Per field: [right, total] over labelled claims matched one-to-one to a predicted claim of the
    same (sender, host, claim_type); the pairs that agree on most fields are matched first."""
    out = {f: [0, 0] for f in FIELDS}
    key = lambda c: (c.get("sender"), c.get("host"), c.get("claim_type"))
    options = []
    for i, lab in enumerate(labelled):
        given = [f for f in FIELDS if f in lab]
        for j, p in enumerate(predicted):
            if key(p) == key(lab):
                options.append((-sum(_same(f, p.get(f), lab[f]) for f in given), i, j))
    used_l, used_p = set(), set()
    for _, i, j in sorted(options):
        if i in used_l or j in used_p:
            continue
        used_l.add(i)
        used_p.add(j)
        for f in (f for f in FIELDS if f in labelled[i]):
            out[f][1] += 1
            out[f][0] += int(_same(f, predicted[j].get(f), labelled[i][f]))
    return out


def _same(field: str, a, b) -> bool:
    if field == "location" and a and b:
        return str(a).lower() == str(b).lower()
    return a == b


def score(results: list[dict]) -> dict:
    """results: [{id, lang, label: {label, claims}, predicted: {is_deployment_story, claims}}]."""
    groups = defaultdict(list)
    for r in results:
        groups["overall"].append(r)
        groups[r.get("lang") or "?"].append(r)
    return {name: _score_group(rs) for name, rs in sorted(groups.items(), key=lambda kv: kv[0] != "overall")}


def _score_group(results: list[dict]) -> dict:
    det = [0, 0, 0]
    pairs = [0, 0, 0]
    counts = [0, 0, 0]
    fields = {f: [0, 0] for f in FIELDS}
    for r in results:
        gold_pos = r["label"]["label"] == "deployment"
        pred_pos = bool(r["predicted"]["is_deployment_story"])
        det[0] += gold_pos and pred_pos
        det[1] += pred_pos and not gold_pos
        det[2] += gold_pos and not pred_pos
        gold, pred = r["label"].get("claims") or [], r["predicted"].get("claims") or []
        for acc, fn in ((pairs, pair_set), (counts, count_set)):
            g, p = fn(gold), fn(pred)
            acc[0] += len(g & p)
            acc[1] += len(p - g)
            acc[2] += len(g - p)
        for f, (right, total) in match_fields(pred, gold).items():
            fields[f][0] += right
            fields[f][1] += total
    return {"articles": len(results), "detection": prf(*det), "pairs": prf(*pairs), "counts": prf(*counts),
            "fields": {f: {"accuracy": round(r / t, 4) if t else None, "n": t} for f, (r, t) in fields.items()}}
