"""The end-of-run summary: Beam's stage counters and what the sink holds afterwards."""
from __future__ import annotations

import logging

from apache_beam.metrics.metric import MetricsFilter

STAGE_COUNTERS = ("feeds_polled", "feed_items", "pages_fetched", "articles_cleaned",
                  "articles_from_feed_summary", "deployment_stories", "claims", "dead_letters")
TABLES = ("articles", "claims", "feed_polls", "dead_letters", "claim_clusters")


def counters(result) -> dict[str, int]:
    found = {}
    try:
        queried = result.metrics().query(MetricsFilter())["counters"]
    except RecursionError:
        # FnApiRunner nests one metrics generator per bundle; a long local streaming run overflows it.
        logging.warning("Beam counters unavailable for this run (too many bundles to merge)")
        return found
    for counter in queried:
        name = counter.key.metric.name
        value = counter.committed if counter.committed is not None else counter.attempted
        found[name] = found.get(name, 0) + (value or 0)
    return found


def summarize(result, run_id: str, sink_spec: str) -> dict:
    from transforms.sink_spec import open_sink

    sink = open_sink(sink_spec)
    return {"run_id": run_id, "sink": sink_spec, "counters": counters(result),
            "tables": {t: sink.count(t) for t in TABLES}}


def format_summary(summary: dict) -> str:
    c = summary["counters"]
    lines = [f"run {summary['run_id']} -> {summary['sink']}", "stage counters:"]
    lines += [f"  {name:<28} {c.get(name, 0):>8}" for name in STAGE_COUNTERS]
    lines.append("rows in the sink now:")
    lines += [f"  {t:<28} {n:>8}" for t, n in summary["tables"].items()]
    return "\n".join(lines)
