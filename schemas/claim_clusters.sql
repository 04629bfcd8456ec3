-- The view claim_clusters: one row per claim cluster (see claim_clusters.json for the columns).
-- GoogleSQL with unqualified table names: BigQuery gets them qualified with its dataset, DuckDB gets
-- sqlglot's translation (transforms/query_pack.py).
WITH members AS (
  SELECT
    m.cluster_id,
    m.claim_date,
    c.claim_id,
    c.sender,
    c.host,
    c.claim_type,
    c.stance,
    COALESCE(c.source, 'the outlet') AS source,
    c.count,
    c.count_qualifier,
    c.location,
    c.event_date,
    c.evidence,
    c.confidence,
    c.article_id,
    c.article_url,
    COALESCE(c.language, a.language) AS language,
    COALESCE(c.published_at, a.published_at, c.ingested_at) AS seen_at,
    COALESCE(c.story_id, a.story_id, a.duplicate_of, c.article_id) AS story,
    COALESCE(c.outlet, a.outlet) AS outlet
  FROM cluster_members AS m
  JOIN claims AS c ON c.claim_id = m.claim_id
  LEFT JOIN articles AS a ON a.article_id = c.article_id
),
stories AS (
  -- A copy counts for the outlet that published its story's first article.
  SELECT
    r.*,
    COALESCE(root.outlet, r.outlet) AS story_outlet,
    IF(r.count IS NOT NULL, 8, 0) + IF(r.count_qualifier = 'exact', 4, 0) + IF(r.location IS NOT NULL, 2, 0)
      + IF(r.event_date IS NOT NULL, 1, 0) + IF(r.source != 'the outlet', 1, 0) AS specificity
  FROM members AS r
  LEFT JOIN articles AS root ON root.article_id = r.story
),
ranked AS (
  SELECT
    s.*,
    ROW_NUMBER() OVER (PARTITION BY cluster_id ORDER BY seen_at, claim_id) AS earliest_rank,
    ROW_NUMBER() OVER (PARTITION BY cluster_id ORDER BY IF(stance = 'denies', 0, 1), seen_at, claim_id) AS denial_rank,
    ROW_NUMBER() OVER (PARTITION BY cluster_id
                       ORDER BY specificity DESC, COALESCE(confidence, 0) DESC, seen_at, claim_id) AS specific_rank,
    PERCENTILE_CONT(count, 0.5) OVER (PARTITION BY cluster_id) AS median_count
  FROM stories AS s
),
per_stance AS (
  SELECT
    cluster_id,
    stance,
    CASE stance WHEN 'asserts' THEN 1 WHEN 'confirms' THEN 2 WHEN 'denies' THEN 3 WHEN 'condemns' THEN 4 ELSE 5 END
      AS stance_order,
    STRING_AGG(DISTINCT source, ', ' ORDER BY source) AS sources
  FROM members
  GROUP BY cluster_id, stance
),
stance_mix AS (
  SELECT
    cluster_id,
    STRING_AGG(CONCAT(stance, ': ', sources), '; ' ORDER BY stance_order) AS stance_sources
  FROM per_stance
  GROUP BY cluster_id
),
clusters AS (
  SELECT
    cluster_id,
    sender,
    host,
    claim_type,
    COUNT(*) AS reports,
    COUNT(DISTINCT article_id) AS articles,
    COUNT(DISTINCT story) AS stories,
    COUNT(DISTINCT story_outlet) AS independent_outlets,
    COUNT(DISTINCT IF(stance IN ('asserts', 'confirms'), story_outlet, NULL)) AS affirming_outlets,
    STRING_AGG(DISTINCT story_outlet, ', ' ORDER BY story_outlet) AS outlets,
    COUNT(DISTINCT language) AS language_count,
    STRING_AGG(DISTINCT language, ', ' ORDER BY language) AS languages,
    COUNT(count) AS counted_reports,
    MIN(count) AS count_low,
    MAX(count) AS count_high,
    MAX(median_count) AS count_median,
    MIN(claim_date) AS first_date,
    MAX(claim_date) AS last_date,
    MIN(seen_at) AS first_seen,
    MAX(seen_at) AS last_seen,
    COUNT(DISTINCT IF(stance = 'asserts', story, NULL)) AS asserts,
    COUNT(DISTINCT IF(stance = 'confirms', story, NULL)) AS confirms,
    COUNT(DISTINCT IF(stance = 'denies', story, NULL)) AS denies,
    COUNT(DISTINCT IF(stance = 'condemns', story, NULL)) AS condemns,
    MAX(IF(earliest_rank = 1, evidence, NULL)) AS earliest_evidence,
    MAX(IF(earliest_rank = 1, article_url, NULL)) AS earliest_url,
    MAX(IF(specific_rank = 1, evidence, NULL)) AS specific_evidence,
    MAX(IF(specific_rank = 1, article_url, NULL)) AS specific_url,
    MAX(IF(specific_rank = 1, count, NULL)) AS specific_count,
    MAX(IF(denial_rank = 1 AND stance = 'denies', evidence, NULL)) AS denial_evidence,
    MAX(IF(denial_rank = 1 AND stance = 'denies', article_url, NULL)) AS denial_url
  FROM ranked
  GROUP BY cluster_id, sender, host, claim_type
)
SELECT
  k.cluster_id, k.sender, k.host, k.claim_type,
  k.reports, k.articles, k.stories, k.independent_outlets, k.affirming_outlets, k.outlets, k.language_count,
  k.languages,
  k.counted_reports, k.count_low, k.count_high, k.count_median,
  k.first_date, k.last_date, k.first_seen, k.last_seen,
  k.asserts, k.confirms, k.denies, k.condemns, x.stance_sources,
  k.earliest_evidence, k.earliest_url, k.specific_evidence, k.specific_url, k.specific_count,
  k.denial_evidence, k.denial_url
FROM clusters AS k
JOIN stance_mix AS x ON x.cluster_id = k.cluster_id
