-- Question: Where did the reported troop count move: for which sender -> host pairs and claim types
--   does a claim cluster begun later report a median figure more than a factor of @factor above or
--   below the cluster before it?
-- Returns: one row per move between consecutive clusters with counts (ordered by first claim date):
--   the earlier and the later cluster's dates, medians and most specific evidence; change is the
--   later median divided by the earlier one.
-- @param factor FLOAT64 = 1.25 : how many times larger or smaller the later median must be
WITH counted AS (
  SELECT
    sender, host, claim_type, cluster_id, first_date, last_date, count_median, stories,
    specific_evidence, specific_url,
    LAG(cluster_id) OVER w AS previous_cluster_id,
    LAG(first_date) OVER w AS previous_first_date,
    LAG(last_date) OVER w AS previous_last_date,
    LAG(count_median) OVER w AS previous_median,
    LAG(specific_evidence) OVER w AS previous_evidence,
    LAG(specific_url) OVER w AS previous_url
  FROM claim_clusters
  WHERE count_median IS NOT NULL
  WINDOW w AS (PARTITION BY sender, host, claim_type ORDER BY first_date, first_seen, cluster_id)
)
SELECT
  sender, host, claim_type,
  previous_cluster_id, previous_first_date, previous_last_date, previous_median,
  cluster_id, first_date, last_date, count_median,
  count_median / previous_median AS change,
  previous_evidence, previous_url,
  specific_evidence AS evidence, specific_url AS url
FROM counted
WHERE previous_median IS NOT NULL
  AND first_date > previous_first_date
  AND (count_median > @factor * previous_median OR previous_median > @factor * count_median)
ORDER BY sender, host, claim_type, first_date
