-- Question: Which claims (sender, host, claim_type) are corroborated by at least @min_outlets
--   independent outlets?
-- Returns: one row per (sender, host, claim_type) asserted or confirmed by enough outlets. Copies
--   do not add outlets: every article of a story (story_id, else duplicate_of) counts for the outlet
--   that published the story's first article, so an agency story syndicated by ten sites is one.
-- @param min_outlets INT64 = 2 : least number of independent outlets
WITH reports AS (
  SELECT
    c.sender,
    c.host,
    c.claim_type,
    c.article_id,
    c.outlet,
    COALESCE(c.story_id, a.story_id, a.duplicate_of, c.article_id) AS story
  FROM claims AS c
  LEFT JOIN articles AS a ON a.article_id = c.article_id
  WHERE c.stance IN ('asserts', 'confirms')
    AND c.sender IS NOT NULL
    AND c.host IS NOT NULL
),
stories AS (
  SELECT
    r.sender, r.host, r.claim_type, r.article_id, r.story,
    COALESCE(root.outlet, r.outlet) AS story_outlet
  FROM reports AS r
  LEFT JOIN articles AS root ON root.article_id = r.story
)
SELECT
  sender,
  host,
  claim_type,
  COUNT(DISTINCT story_outlet) AS independent_outlets,
  COUNT(DISTINCT story) AS stories,
  COUNT(DISTINCT article_id) AS articles,
  STRING_AGG(DISTINCT story_outlet, ', ' ORDER BY story_outlet) AS outlets
FROM stories
GROUP BY sender, host, claim_type
HAVING COUNT(DISTINCT story_outlet) >= @min_outlets
ORDER BY independent_outlets DESC, sender, host, claim_type
