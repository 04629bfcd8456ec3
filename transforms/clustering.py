"""Claim clusters: which reports are the same claim. Plain functions; the Beam stage is claim_clusters.py.

A report (a `claims` row) joins the cluster of its key — sender, host, claim type — whose claim
dates lie within `date_window_days` of its own date and whose counts all agree with its count (the
largest at most `count_tolerance` above the smallest; a report without a count agrees with any), or
it founds a new cluster. Rules: transforms/data/claim_clusters.yaml.

Assignment is greedy and made once per claim: clusters only grow, and a cluster keeps the id of the
claim that founded it. Claims are taken in date order, counted ones first on each day, so the
clusters of one batch do not depend on the order Beam delivers its claims in. Where several
clusters fit, a counted claim joins the one whose counts are closest to its own, a claim without
a count the one nearest in time (then the largest).
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import yaml

from transforms.records import stable_id

_RULES_FILE = Path(__file__).parent / "data" / "claim_clusters.yaml"


@dataclass(frozen=True)
class Rules:
    date_window_days: int
    count_tolerance: float


@lru_cache(maxsize=1)
def load_rules(path: str | None = None) -> Rules:
    doc = yaml.safe_load(Path(path or _RULES_FILE).read_text(encoding="utf-8"))
    return Rules(int(doc["date_window_days"]), float(doc["count_tolerance"]))


@dataclass(frozen=True)
class Cluster:
    """What matching needs to know of a cluster: its dates and the range of its counts."""
    cluster_id: str
    first_date: dt.date
    last_date: dt.date
    count_low: int | None = None
    count_high: int | None = None
    reports: int = 1


def cluster_key(claim: dict) -> str | None:
    """'SENDER|HOST|TYPE', or None for a claim that names no sender or no host (it is not clustered)."""
    if not claim.get("sender") or not claim.get("host") or not claim.get("claim_type"):
        return None
    return f"{claim['sender']}|{claim['host']}|{claim['claim_type']}"


def claim_date(claim: dict) -> dt.date | None:
    """The date a claim is matched on: its event date, else its publication date, else its ingestion date."""
    for name in ("event_date", "published_at", "ingested_at"):
        value = claim.get(name)
        if isinstance(value, dt.datetime):
            return value.astimezone(dt.timezone.utc).date() if value.tzinfo else value.date()
        if isinstance(value, dt.date):
            return value
        if isinstance(value, str) and value.strip():
            text = value.strip().replace("Z", "+00:00")
            try:
                parsed = dt.datetime.fromisoformat(text)
            except ValueError:
                continue
            return parsed.astimezone(dt.timezone.utc).date() if parsed.tzinfo else parsed.date()
    return None


def date_gap(cluster: Cluster, day: dt.date) -> int:
    """Days between `day` and the cluster's date range (0 inside it)."""
    if day < cluster.first_date:
        return (cluster.first_date - day).days
    if day > cluster.last_date:
        return (day - cluster.last_date).days
    return 0


def counts_agree(low: int, high: int, rules: Rules) -> bool:
    return high <= low * (1.0 + rules.count_tolerance)


def fits(cluster: Cluster, day: dt.date, count: int | None, rules: Rules) -> bool:
    if date_gap(cluster, day) > rules.date_window_days:
        return False
    if count is None or cluster.count_low is None:
        return True
    return counts_agree(min(cluster.count_low, count), max(cluster.count_high, count), rules)


def _preference(cluster: Cluster, day: dt.date, count: int | None) -> tuple:
    gap = date_gap(cluster, day)
    if count is None:
        return (0, gap, -cluster.reports, cluster.cluster_id)
    if cluster.count_low is None:  # a cluster without counts fits, but one with agreeing counts fits better
        return (1, 0.0, gap, cluster.cluster_id)
    middle = math.sqrt(max(cluster.count_low, 1) * max(cluster.count_high, 1))
    return (0, abs(math.log(max(count, 1) / middle)), gap, cluster.cluster_id)


def joined(cluster: Cluster, day: dt.date, count: int | None) -> Cluster:
    """The cluster with one more report."""
    low, high = cluster.count_low, cluster.count_high
    if count is not None:
        low = count if low is None else min(low, count)
        high = count if high is None else max(high, count)
    return replace(cluster, first_date=min(cluster.first_date, day), last_date=max(cluster.last_date, day),
                   count_low=low, count_high=high, reports=cluster.reports + 1)


def founded(claim_id: str, day: dt.date, count: int | None) -> Cluster:
    return Cluster(stable_id("claim_cluster", claim_id), day, day, count, count, 1)


def arrival_order(claim: dict) -> tuple:
    """Date order, counted claims first on each day: a claim without a count then joins a cluster
    of that day instead of founding one that the first count would have to fit."""
    return (claim_date(claim) or dt.date.max, claim.get("count") is None, claim["claim_id"])


def assign(clusters: list[Cluster], claims, rules: Rules) -> tuple[list[tuple[dict, Cluster, dt.date]], list[Cluster]]:
    """Assign claims of one key to `clusters` (that key's so far), founding new ones as needed.

    Returns (claim, its cluster, its claim date) per claim and the key's clusters afterwards.
    Claims without a date cannot be matched on dates and are left out (the caller counts them).
    """
    by_id = {c.cluster_id: c for c in clusters}
    assigned, seen = [], set()
    for claim in sorted(claims, key=arrival_order):
        day = claim_date(claim)
        if day is None or claim["claim_id"] in seen:
            continue
        seen.add(claim["claim_id"])
        count = claim.get("count")
        fitting = [c for c in by_id.values() if fits(c, day, count, rules)]
        if fitting:
            best = min(fitting, key=lambda c: _preference(c, day, count))
            by_id[best.cluster_id] = joined(best, day, count)
            assigned.append((claim, best, day))
        else:
            new = founded(claim["claim_id"], day, count)
            by_id[new.cluster_id] = new
            assigned.append((claim, new, day))
    return assigned, list(by_id.values())


def member_row(claim: dict, cluster: Cluster, day: dt.date, assigned_at: str, run_id: str | None) -> dict:
    """The `cluster_members` row of a claim."""
    return {"claim_id": claim["claim_id"], "cluster_id": cluster.cluster_id, "sender": claim["sender"],
            "host": claim["host"], "claim_type": claim["claim_type"], "claim_date": day.isoformat(),
            "count": claim.get("count"), "assigned_at": assigned_at, "run_id": run_id}
