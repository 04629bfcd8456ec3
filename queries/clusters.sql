-- Question: Which claim clusters (the same claim across articles, outlets and languages) have
--   claim dates between @start_date and @end_date?
-- Returns: one row per claim cluster (view claim_clusters) whose date range meets the window, by
--   sender, host, claim type and first date: its reports, stories, outlets, languages, the range and
--   median of its counts, its stances and the evidence of its earliest and most specific report.
-- @param start_date DATE = 1970-01-01 : first claim date included
-- @param end_date DATE = today : last claim date included
SELECT *
FROM claim_clusters
WHERE last_date >= @start_date
  AND first_date <= @end_date
ORDER BY sender, host, claim_type, first_date, cluster_id
