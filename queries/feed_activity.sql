-- Question: What has each feed given in the @days days up to @as_of: polls, failed polls, items,
--   new items, its latest status and failure streak?
-- Returns: one row per feed polled in (@as_of - @days days, @as_of], by feed URL; a failed poll is
--   one whose status is neither 'ok' nor 'not_modified'.
-- @param as_of TIMESTAMP = now : end of the window
-- @param days INT64 = 7 : length of the window in days
WITH polls AS (
  SELECT *
  FROM feed_polls
  WHERE polled_at <= @as_of
    AND polled_at > TIMESTAMP_SUB(@as_of, INTERVAL @days DAY)
),
latest AS (
  SELECT feed_url, status AS last_status, consecutive_failures, polled_at AS last_polled_at
  FROM polls
  WHERE TRUE
  QUALIFY ROW_NUMBER() OVER (PARTITION BY feed_url ORDER BY polled_at DESC) = 1
)
SELECT
  p.feed_url,
  MAX(p.feed_name) AS feed_name,
  COUNT(*) AS polls,
  COUNTIF(p.status NOT IN ('ok', 'not_modified')) AS failed_polls,
  SUM(COALESCE(p.items, 0)) AS items,
  SUM(COALESCE(p.new_items, 0)) AS new_items,
  MAX(IF(p.new_items > 0, p.polled_at, NULL)) AS last_new_items_at,
  l.last_status,
  l.consecutive_failures,
  l.last_polled_at
FROM polls AS p
JOIN latest AS l ON l.feed_url = p.feed_url
GROUP BY p.feed_url, l.last_status, l.consecutive_failures, l.last_polled_at
ORDER BY p.feed_url
