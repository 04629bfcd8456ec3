"""Stage: cleaned articles -> complete `articles` rows and their `claims` rows.

The detector and extractor (transforms.nlp) load their lexicons and gazetteers once per worker in
`setup`; articles in a language they do not cover are stored as such and never guessed at.
"""
from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from transforms import counters
from transforms import dead_letters
from transforms.dedup import content_hash
from transforms.records import stable_id, utc_now_iso
from transforms.urls import outlet_of

CLAIMS_TAG = "claims"


def article_row(fields: dict, analysis, version: str, run_id: str | None, ingested_at: str) -> dict:
    """The `articles` row: what earlier stages found plus the detection decision and its cues."""
    row = dict(fields)
    row.update({
        "content_hash": content_hash(fields.get("text") or ""),
        "story_id": fields.get("story_id") or fields["article_id"],
        "outlet": outlet_of(fields.get("final_url") or fields["canonical_url"], fields.get("site_name")),
        "language": analysis.language,
        "language_supported": analysis.language_supported,
        "is_deployment_story": analysis.is_deployment_story,
        "deployment_score": round(float(analysis.deployment_score), 4),
        "cues": [{"kind": c.get("kind"), "cue": c.get("cue"), "text": c.get("text"),
                  "start_offset": c.get("start"), "end_offset": c.get("end")} for c in analysis.cues],
        "claim_count": len(analysis.claims),
        "extractor_version": version, "run_id": run_id, "ingested_at": ingested_at,
    })
    return row


def claim_rows(article: dict, claims: list[dict], version: str, run_id: str | None) -> list[dict]:
    rows = []
    for claim in claims:
        row = {k: claim.get(k) for k in (
            "sender", "host", "location", "count", "count_qualifier", "claim_type", "stance", "source",
            "source_country", "event_date", "evidence", "evidence_start", "evidence_end", "confidence")}
        row.update({
            "claim_id": stable_id(article["article_id"], row["sender"], row["host"], row["claim_type"],
                                  row["stance"], row["count"], row["source"], row["evidence_start"]),
            "article_id": article["article_id"], "article_url": article["canonical_url"],
            "story_id": article["story_id"], "outlet": article["outlet"], "language": article["language"],
            "published_at": article["published_at"], "ingested_at": article["ingested_at"],
            "extractor_version": version, "run_id": run_id,
        })
        rows.append(row)
    return rows


def analyzed_rows(fields: dict, analysis, version: str, run_id: str | None, ingested_at: str):
    """The `articles` row and its `claims` rows. The row counts its claims as they are stored (claims
    whose fields coincide share a key): a later run treats the article as known only once that many
    of its claims are in the sink (transforms.recovery)."""
    article = article_row(fields, analysis, version, run_id, ingested_at)
    claims = claim_rows(article, analysis.claims, version, run_id)
    article["claim_count"] = len({c["claim_id"] for c in claims})
    return article, claims


class _AnalyzeFn(beam.DoFn):
    def __init__(self, run_id: str | None, budget=None):
        self.run_id, self.budget = run_id, budget
        self.stories = Metrics.counter("pipeline", "deployment_stories")
        self.claims = Metrics.counter("pipeline", "claims")
        self.unsupported = Metrics.counter("pipeline", "articles_unsupported_language")
        self.failed = counters.counter(counters.DEAD_LETTERS)
        self.analyzed = counters.counter(counters.ARTICLES_ANALYZED)

    def setup(self):
        from transforms.nlp import Analyzer

        self.analyzer = Analyzer.shared()  # built or read once per worker process, not per DoFn instance
        self.version = str(getattr(self.analyzer, "version", "0"))

    def process(self, fields: dict):
        try:
            analysis = self.analyzer.analyze(fields.get("text") or "", title=fields.get("title"),
                                             language=fields.get("language"),
                                             published_at=fields.get("published_at"), budget=self.budget)
        except Exception as e:  # noqa: BLE001 - one article's failure must not stop the run; it is dead-lettered
            self.failed.inc()
            yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, dead_letters.from_exception(
                "analyze", fields.get("url"), e, fields.get("text"), self.run_id))
            return
        if analysis.over_budget:  # stored without claims, and said so
            self.failed.inc()
            yield beam.pvalue.TaggedOutput(dead_letters.DEAD_LETTER_TAG, dead_letters.dead_letter(
                "analyze", fields.get("url"), "analysis_budget", analysis.over_budget, fields.get("text"),
                self.run_id))
        article, claims = analyzed_rows(fields, analysis, self.version, self.run_id, utc_now_iso())
        self.stories.inc(int(bool(analysis.is_deployment_story)))
        self.unsupported.inc(int(not analysis.language_supported))
        self.claims.inc(len(claims))
        self.analyzed.inc()
        yield article
        for claim in claims:
            yield beam.pvalue.TaggedOutput(CLAIMS_TAG, claim)


class AnalyzeArticles(beam.PTransform):
    """Partial article rows -> `articles` rows (main) and `claims` rows; dead letters tagged."""

    def __init__(self, run_id: str | None = None, budget=None):
        """budget: a transforms.nlp.AnalysisBudget (size and time an article may cost), default if None."""
        super().__init__()
        self.run_id, self.budget = run_id, budget

    def expand(self, articles):
        return articles | "DetectAndExtract" >> beam.ParDo(_AnalyzeFn(self.run_id, self.budget)).with_outputs(
            CLAIMS_TAG, dead_letters.DEAD_LETTER_TAG, main="articles")
