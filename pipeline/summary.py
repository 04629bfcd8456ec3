"""The end-of-run summary: Beam's stage counters and what the sink holds afterwards."""
from __future__ import annotations

import logging

from apache_beam.metrics.metric import MetricsFilter

STAGE_COUNTERS = ("feeds_polled", "feed_items", "pages_fetched", "articles_cleaned",
                  "articles_from_feed_summary", "articles_analyzed", "deployment_stories", "claims",
                  "rows_written", "dead_letters")
# Counters of the sources beside feeds (sites, URL lists, sitemaps, robots.txt): shown when they ran.
SOURCE_COUNTERS = ("home_pages_read", "feeds_discovered", "feeds_from_sources", "backfill_urls", "sitemaps_read",
                   "sitemap_urls", "sitemap_urls_outside_window", "sitemap_urls_undated", "refs_already_stored")
TABLES = ("articles", "claims", "feed_polls", "dead_letters", "sources", "claim_clusters")


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
    stored = {t for t in TABLES if sink.has_table(t)}  # a run that wrote nothing made none (views too)
    return {"run_id": run_id, "sink": sink_spec, "counters": counters(result),
            "tables": {t: sink.count(t) if t in stored else 0 for t in TABLES}}


def format_summary(summary: dict) -> str:
    c = summary["counters"]
    lines = [f"run {summary['run_id']} -> {summary['sink']}", "stage counters:"]
    lines += [f"  {name:<28} {c.get(name, 0):>8}" for name in STAGE_COUNTERS]
    lines += [f"  {name:<28} {c[name]:>8}" for name in SOURCE_COUNTERS if name in c]
    lines.append("rows in the sink now:")
    lines += [f"  {t:<28} {n:>8}" for t, n in summary["tables"].items()]
    return "\n".join(lines)
