// name: post_holders
// description: 某组织的职务任期：谁在何时担任何职 | Who held which post in a body, and when (a day with as_of; its whole history without)
// example: {"body": "全民村党支部"}
// param: body entity -- name or id of the branch, village, township or other body
// param: as_of string = null -- a day (YYYY-MM-DD): only the terms that cover it; without it, every term and the undated posts
// param: skip int = 0
// param: limit int = 100
// a post's terms are parallel lists on its relation (graph/timeline.py): '' is an open end or an unknown
// start; a post stated only by undated articles has no term and shows here (undated) only without as_of
CALL {
  MATCH (b:Entity {id: $body}) RETURN b
  UNION MATCH (b:Entity {name: $body}) RETURN b
}
WITH DISTINCT b  // a WITH here: without one FalkorDB plans a scan of every node for b
MATCH (p:Entity)-[x:HOLDS_POST]->(b)
WITH b, p, x, coalesce(x.term_starts, []) AS starts
UNWIND CASE WHEN size(starts) = 0 THEN [-1] ELSE range(0, size(starts) - 1) END AS i
WITH b, p, x, i,
     CASE WHEN i < 0 THEN null ELSE starts[i] END AS since,
     CASE WHEN i < 0 THEN null ELSE x.term_ends[i] END AS until
WHERE $as_of IS NULL OR (since IS NOT NULL AND since <= $as_of AND (until = '' OR until > $as_of))
// the page first, on the sort keys alone: a body with thousands of holders reads the evidence of one page
WITH b, p, x, i, CASE WHEN since = '' THEN null ELSE since END AS since, until
ORDER BY i < 0, since, p.name
SKIP $skip LIMIT $limit
RETURN b.name AS body, p.name AS person, p.id AS person_id,
       CASE WHEN i < 0 THEN x.title ELSE x.term_titles[i] END AS title, since,
       CASE WHEN until = '' THEN null ELSE until END AS until,
       i >= 0 AND until = '' AS current, i < 0 AS undated, x.former AS former,
       x.first_seen AS first_seen, x.last_seen AS last_seen, x.id AS relation_id,
       x.evidence_sentences AS evidence, x.evidence_dates AS evidence_dates, x.evidence_articles AS articles
ORDER BY undated, since, person
