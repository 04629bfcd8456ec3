-- Question: Which feeds are failing or stale, and at which stages do items fail (dead-letter rates)?
-- Returns: section 'feed' rows for feeds whose latest poll has @min_failures or more failures in a
--   row (is_failing) or that yielded no new item in the last @stale_days days (is_stale; never
--   yielding one counts as stale); section 'dead_letters' rows, one per stage with failures in the
--   last @days days: how many, per day, share of all failures, and the most frequent error class.
-- @param as_of TIMESTAMP = now : the moment the report describes; later rows are ignored
-- @param days INT64 = 7 : dead-letter window in days
-- @param stale_days INT64 = 3 : days without new items after which a feed is stale
-- @param min_failures INT64 = 3 : consecutive failed polls after which a feed is failing
WITH polls AS (
  SELECT feed_url, status, consecutive_failures, new_items, polled_at
  FROM feed_polls
  WHERE polled_at <= @as_of
),
latest AS (
  SELECT feed_url, status, consecutive_failures, polled_at
  FROM polls
  WHERE TRUE
  QUALIFY ROW_NUMBER() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1
),
productive AS (
  SELECT feed_url, MAX(IF(new_items > 0, polled_at, NULL)) AS last_new_items_at
  FROM polls
  GROUP BY feed_url
),
feeds AS (
  SELECT
    'feed' AS section,
    l.feed_url AS subject,
    l.status,
    l.consecutive_failures,
    l.polled_at AS last_polled_at,
    p.last_new_items_at,
    COALESCE(l.consecutive_failures, 0) >= @min_failures AS is_failing,
    (p.last_new_items_at IS NULL
     OR p.last_new_items_at < TIMESTAMP_SUB(@as_of, INTERVAL @stale_days DAY)) AS is_stale,
    CAST(NULL AS INT64) AS dead_letters,
    CAST(NULL AS FLOAT64) AS per_day,
    CAST(NULL AS FLOAT64) AS share,
    CAST(NULL AS STRING) AS top_error_class
  FROM latest AS l
  JOIN productive AS p ON p.feed_url = l.feed_url
),
recent_failures AS (
  SELECT stage, error_class
  FROM dead_letters
  WHERE occurred_at > TIMESTAMP_SUB(@as_of, INTERVAL @days DAY)
    AND occurred_at <= @as_of
),
by_class AS (
  SELECT
    stage, error_class, COUNT(*) AS n,
    ROW_NUMBER() OVER (PARTITION BY stage ORDER BY COUNT(*) DESC, error_class) AS class_rank
  FROM recent_failures
  GROUP BY stage, error_class
),
stages AS (
  SELECT
    'dead_letters' AS section,
    stage AS subject,
    CAST(NULL AS STRING) AS status,
    CAST(NULL AS INT64) AS consecutive_failures,
    CAST(NULL AS TIMESTAMP) AS last_polled_at,
    CAST(NULL AS TIMESTAMP) AS last_new_items_at,
    CAST(NULL AS BOOL) AS is_failing,
    CAST(NULL AS BOOL) AS is_stale,
    SUM(n) AS dead_letters,
    SUM(n) / @days AS per_day,
    SUM(n) / (SELECT COUNT(*) FROM recent_failures) AS share,
    MAX(IF(class_rank = 1, error_class, NULL)) AS top_error_class
  FROM by_class
  GROUP BY stage
)
SELECT * FROM feeds WHERE is_failing OR is_stale
UNION ALL
SELECT * FROM stages
ORDER BY section, subject
