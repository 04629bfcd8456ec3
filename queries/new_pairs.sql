-- Question: Which sender -> host deployment pairs appeared for the first time in the last @days days?
-- Returns: one row per pair whose earliest claim (by publication time, else ingestion time) falls in
--   (@as_of - @days days, @as_of]; claims after @as_of are ignored, so a past @as_of replays history.
-- @param days INT64 = 7 : length of the window in days
-- @param as_of TIMESTAMP = now : end of the window
WITH seen AS (
  SELECT
    sender,
    host,
    claim_type,
    outlet,
    COALESCE(published_at, ingested_at) AS seen_at
  FROM claims
  WHERE sender IS NOT NULL
    AND host IS NOT NULL
    AND COALESCE(published_at, ingested_at) <= @as_of
)
SELECT
  sender,
  host,
  MIN(seen_at) AS first_seen,
  COUNT(*) AS claims,
  COUNT(DISTINCT outlet) AS outlets,
  STRING_AGG(DISTINCT claim_type, ', ' ORDER BY claim_type) AS claim_types
FROM seen
GROUP BY sender, host
HAVING MIN(seen_at) > TIMESTAMP_SUB(@as_of, INTERVAL @days DAY)
ORDER BY first_seen, sender, host
