-- Question: How many troops does each source say SENDER has in HOST, and how has that changed:
--   the latest and the largest figure per source, and the latest and largest for the pair overall?
-- Returns: one row per (sender, host, source) with a count; reports = claims, stories = distinct
--   stories (a copied article is the same story); dates are the claim's event date, else its
--   publication date (UTC).
-- @param claim_type STRING = deployment : which claim type to count (deployment, reinforcement, casualties, ...)
-- @param start_date DATE = 1970-01-01 : first claim date included
-- @param end_date DATE = today : last claim date included
WITH reports AS (
  SELECT
    c.sender,
    c.host,
    c.source,
    c.count AS troops,
    c.published_at,
    COALESCE(c.story_id, a.story_id, a.duplicate_of, c.article_id) AS story,
    COALESCE(c.event_date, DATE(c.published_at, 'UTC'), DATE(c.ingested_at, 'UTC')) AS claim_date
  FROM claims AS c
  LEFT JOIN articles AS a ON a.article_id = c.article_id
  WHERE c.claim_type = @claim_type
    AND c.stance IN ('asserts', 'confirms')
    AND c.count IS NOT NULL
    AND c.sender IS NOT NULL
    AND c.host IS NOT NULL
),
ranked AS (
  SELECT
    sender, host, source, troops, story, claim_date,
    ROW_NUMBER() OVER (PARTITION BY sender, host, source
                       ORDER BY claim_date DESC, published_at DESC, troops DESC) AS source_rank,
    ROW_NUMBER() OVER (PARTITION BY sender, host
                       ORDER BY claim_date DESC, published_at DESC, troops DESC) AS pair_rank
  FROM reports
  WHERE claim_date BETWEEN @start_date AND @end_date
),
by_source AS (
  SELECT
    sender, host, source,
    COUNT(*) AS reports,
    COUNT(DISTINCT story) AS stories,
    MIN(claim_date) AS first_date,
    MAX(claim_date) AS last_date,
    MAX(IF(source_rank = 1, troops, NULL)) AS latest_count,
    MAX(troops) AS max_count
  FROM ranked
  GROUP BY sender, host, source
),
by_pair AS (
  SELECT
    sender, host,
    MAX(IF(pair_rank = 1, troops, NULL)) AS pair_latest_count,
    MAX(IF(pair_rank = 1, claim_date, NULL)) AS pair_latest_date,
    MAX(troops) AS pair_max_count
  FROM ranked
  GROUP BY sender, host
)
SELECT
  s.sender, s.host, s.source, s.reports, s.stories, s.first_date, s.last_date,
  s.latest_count, s.max_count, p.pair_latest_count, p.pair_latest_date, p.pair_max_count
FROM by_source AS s
JOIN by_pair AS p ON p.sender = s.sender AND p.host = s.host
ORDER BY s.sender, s.host, s.source
