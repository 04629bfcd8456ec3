-- Question: Where do reports contradict each other: the same sender -> host claim both affirmed
--   (asserts or confirms) and denied, or troop counts that differ by more than a factor of @factor
--   within the same week?
-- Returns: kind 'stance' rows (one per sender, host, claim_type with both affirming and denying
--   stories) and kind 'count' rows (one per sender, host, claim_type and week, weeks starting on
--   Monday, where the highest affirmed count exceeds @factor times the lowest). affirming and
--   denying count stories, not copies.
-- @param factor FLOAT64 = 2.0 : how many times larger the highest count must be than the lowest
WITH reports AS (
  SELECT
    c.sender,
    c.host,
    c.claim_type,
    c.stance,
    c.source,
    c.count AS troops,
    COALESCE(c.story_id, a.story_id, a.duplicate_of, c.article_id) AS story,
    CAST(DATE_TRUNC(COALESCE(c.event_date, DATE(c.published_at, 'UTC'), DATE(c.ingested_at, 'UTC')),
                    WEEK(MONDAY)) AS DATE) AS week_start
  FROM claims AS c
  LEFT JOIN articles AS a ON a.article_id = c.article_id
  WHERE c.stance IN ('asserts', 'confirms', 'denies')
    AND c.sender IS NOT NULL
    AND c.host IS NOT NULL
),
stance_conflicts AS (
  SELECT
    sender, host, claim_type,
    'stance' AS kind,
    CAST(NULL AS DATE) AS week_start,
    COUNT(DISTINCT IF(stance = 'denies', NULL, story)) AS affirming,
    COUNT(DISTINCT IF(stance = 'denies', story, NULL)) AS denying,
    CAST(NULL AS INT64) AS low_count,
    CAST(NULL AS INT64) AS high_count,
    STRING_AGG(DISTINCT source, ', ' ORDER BY source) AS sources
  FROM reports
  GROUP BY sender, host, claim_type
  HAVING COUNTIF(stance = 'denies') > 0 AND COUNTIF(stance != 'denies') > 0
),
count_conflicts AS (
  SELECT
    sender, host, claim_type,
    'count' AS kind,
    week_start,
    COUNT(DISTINCT story) AS affirming,
    0 AS denying,
    MIN(troops) AS low_count,
    MAX(troops) AS high_count,
    STRING_AGG(DISTINCT source, ', ' ORDER BY source) AS sources
  FROM reports
  WHERE stance != 'denies' AND troops IS NOT NULL
  GROUP BY sender, host, claim_type, week_start
  HAVING MAX(troops) > @factor * MIN(troops)
)
SELECT * FROM stance_conflicts
UNION ALL
SELECT * FROM count_conflicts
ORDER BY sender, host, claim_type, kind, week_start
