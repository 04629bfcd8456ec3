-- Question: Which claims are contested: affirmed in some stories and denied in others, or reported
--   within @days days of each other with figures more than a factor of @factor apart?
-- Returns: kind 'denied' rows, one per claim cluster with both affirming (asserts, confirms) and
--   denying stories, with its most specific evidence and its earliest denial; kind 'counts' rows,
--   one per pair of clusters of the same sender, host and claim type whose claim dates come within
--   @days days and whose median counts differ by more than @factor (cluster_id holds the higher
--   figure, rival_cluster_id the lower). Most stories first.
-- @param factor FLOAT64 = 1.5 : how many times larger one median count must be than the other
-- @param days INT64 = 7 : how close in time the two clusters' dates must come
WITH denied AS (
  SELECT
    'denied' AS kind,
    sender, host, claim_type, cluster_id,
    CAST(NULL AS STRING) AS rival_cluster_id,
    first_date, last_date,
    asserts + confirms AS affirming,
    denies AS denying,
    stories,
    count_median,
    CAST(NULL AS FLOAT64) AS rival_count_median,
    stance_sources,
    specific_evidence AS evidence,
    specific_url AS url,
    denial_evidence AS rival_evidence,
    denial_url AS rival_url
  FROM claim_clusters
  WHERE denies > 0 AND asserts + confirms > 0
),
counted AS (
  SELECT * FROM claim_clusters WHERE count_median IS NOT NULL
),
counts AS (
  SELECT
    'counts' AS kind,
    h.sender, h.host, h.claim_type, h.cluster_id,
    l.cluster_id AS rival_cluster_id,
    LEAST(h.first_date, l.first_date) AS first_date,
    GREATEST(h.last_date, l.last_date) AS last_date,
    h.asserts + h.confirms + l.asserts + l.confirms AS affirming,
    h.denies + l.denies AS denying,
    h.stories + l.stories AS stories,
    h.count_median,
    l.count_median AS rival_count_median,
    h.stance_sources,
    h.specific_evidence AS evidence,
    h.specific_url AS url,
    l.specific_evidence AS rival_evidence,
    l.specific_url AS rival_url
  FROM counted AS h
  JOIN counted AS l
    ON l.sender = h.sender AND l.host = h.host AND l.claim_type = h.claim_type
  WHERE h.count_median > @factor * l.count_median
    AND DATE_DIFF(GREATEST(h.first_date, l.first_date), LEAST(h.last_date, l.last_date), DAY) <= @days
)
SELECT * FROM denied
UNION ALL
SELECT * FROM counts
ORDER BY stories DESC, kind, sender, host, claim_type, cluster_id, rival_cluster_id
