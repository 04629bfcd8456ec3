-- Question: Which claims were corroborated by the most independent outlets among those reported in
--   the @days days up to @as_of?
-- Returns: one row per claim cluster with a report published in (@as_of - @days days, @as_of] and at
--   least @min_outlets outlets asserting or confirming it (copies of one story count once, for the
--   outlet of its first article), most outlets first, then most languages and stories.
-- @param as_of TIMESTAMP = now : end of the window
-- @param days INT64 = 7 : length of the window in days
-- @param min_outlets INT64 = 2 : least number of affirming outlets
SELECT
  cluster_id,
  sender,
  host,
  claim_type,
  affirming_outlets,
  independent_outlets,
  stories,
  reports,
  language_count,
  languages,
  count_low,
  count_median,
  count_high,
  first_seen,
  last_seen,
  stance_sources,
  specific_evidence,
  specific_url
FROM claim_clusters
WHERE last_seen > TIMESTAMP_SUB(@as_of, INTERVAL @days DAY)
  AND first_seen <= @as_of
  AND affirming_outlets >= @min_outlets
ORDER BY affirming_outlets DESC, language_count DESC, stories DESC, cluster_id
