"""Stage: claims -> `cluster_members` rows: which claim cluster each claim joins (rules: clustering.py).

The view `claim_clusters` (schemas/) sums the members up per cluster: counts, outlets, languages,
stances, evidence. It is a view over stored assignments, and that is the trade-off chosen:
  * assignments are made once, as claims arrive, and kept: a cluster id is stable across runs and
    can be referred to, and a new run or a stream only adds members, never moves old ones;
  * a view alone, re-clustering on every query, would be free of arrival order but could not say
    "within a window of the cluster" without fixed date bins (which cut a claim reported on a
    Sunday and a Monday in two), and its clusters and ids would shift as claims arrive;
  * the price is that greedy assignment depends on which claims came first; within a batch claims
    are taken in date order, so one run's clusters do not depend on how Beam ordered its bundles.

Graph: key each claim by (sender, host, claim type) -> in batch, group the run's claims per key ->
one stateful DoFn per key holding that key's clusters, seeded on the worker from the clusters the
sink holds, so claims of later runs join earlier clusters. A stream has no whole run to group: each
claim goes to the stateful DoFn as it comes (no windows, so nothing waits for one to close), and the
key's state carries the clusters from one poll to the next.
"""
from __future__ import annotations

import datetime as dt

import apache_beam as beam
from apache_beam.coders import PickleCoder
from apache_beam.metrics import Metrics
from apache_beam.transforms.userstate import ReadModifyWriteStateSpec

from transforms.clustering import Cluster, assign, cluster_key, load_rules, member_row
from transforms.records import utc_now_iso

_STORED_CLUSTERS_SQL = """
SELECT
  cluster_id,
  CONCAT(sender, '|', host, '|', claim_type) AS cluster_key,
  MIN(claim_date) AS first_date,
  MAX(claim_date) AS last_date,
  MIN(count) AS count_low,
  MAX(count) AS count_high,
  COUNT(*) AS reports
FROM cluster_members
GROUP BY cluster_id, sender, host, claim_type
"""


def stored_clusters(sink) -> dict[str, list[Cluster]]:
    """The clusters a sink holds, per cluster key."""
    from transforms.query_pack import run_sql

    found: dict[str, list[Cluster]] = {}
    if not sink.has_table("cluster_members"):  # nothing written yet: tables come with the first write
        return found
    for row in run_sql(sink, _STORED_CLUSTERS_SQL):
        found.setdefault(row["cluster_key"], []).append(Cluster(
            row["cluster_id"], _as_date(row["first_date"]), _as_date(row["last_date"]),
            row["count_low"], row["count_high"], int(row["reports"])))
    return found


def _as_date(value) -> dt.date:
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


class _AssignFn(beam.DoFn):
    """(cluster key, claims) -> cluster_members rows; the key's clusters live in keyed state."""

    CLUSTERS = ReadModifyWriteStateSpec("clusters", PickleCoder())

    def __init__(self, sink_spec: str, run_id: str | None):
        self.sink_spec, self.run_id = sink_spec, run_id
        self.members = Metrics.counter("pipeline", "claims_clustered")
        self.founded = Metrics.counter("pipeline", "claim_clusters_founded")
        self.undated = Metrics.counter("pipeline", "claims_unclustered")

    def setup(self):
        from transforms.sink_spec import open_sink

        self.rules = load_rules()
        # Read at run time on the worker (never while the graph is built); state takes over per key.
        self.stored = stored_clusters(open_sink(self.sink_spec))

    def process(self, keyed_claims, clusters_state=beam.DoFn.StateParam(CLUSTERS)):
        key, claims = keyed_claims
        claims = list(claims)
        clusters = clusters_state.read()
        if clusters is None:
            clusters = self.stored.get(key, [])
        known = {c.cluster_id for c in clusters}
        assigned, clusters = assign(clusters, claims, self.rules)
        clusters_state.write(clusters)
        self.undated.inc(len({c["claim_id"] for c in claims}) - len(assigned))
        self.founded.inc(len({c.cluster_id for c in clusters} - known))
        assigned_at = utc_now_iso()
        for claim, cluster, day in assigned:
            self.members.inc()
            yield member_row(claim, cluster, day, assigned_at, self.run_id)


class ClusterClaims(beam.PTransform):
    """`claims` rows -> `cluster_members` rows.

    With `streaming`, claims are assigned one by one as they arrive instead of per run in date order.
    """

    def __init__(self, sink_spec: str, run_id: str | None = None, streaming: bool = False):
        super().__init__()
        self.sink_spec, self.run_id, self.streaming = sink_spec, run_id, streaming

    def expand(self, claims):
        unkeyed = Metrics.counter("pipeline", "claims_unclustered")

        def keyed(claim):
            key = cluster_key(claim)
            if key is None:  # no sender or no host: nothing to corroborate it against
                unkeyed.inc()
                return []
            return [(key, claim)]

        keyed_claims = claims | "KeyByClaim" >> beam.FlatMap(keyed).with_output_types(tuple[str, dict])
        if self.streaming:
            grouped = keyed_claims | "OneByOne" >> beam.MapTuple(lambda key, claim: (key, [claim]))
        else:
            grouped = keyed_claims | "GroupByClaim" >> beam.GroupByKey()
        return grouped | "AssignClusters" >> beam.ParDo(_AssignFn(self.sink_spec, self.run_id))
