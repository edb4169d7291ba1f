// name: posts_in_place
// description: 某乡镇或县区内谁担任什么职务 | Who holds which posts in a township or county (and the bodies in it)
// example: {"place": "斗虎屯镇"}
// param: place entity -- name or id of a township, county or village
// param: as_of string = null -- a day (YYYY-MM-DD): only the posts whose terms cover it (graph/timeline.py)
// param: skip int = 0
// param: limit int = 200
OPTIONAL MATCH (by_id:Entity {id: $place})
OPTIONAL MATCH (by_name:Entity {name: $place})
WITH DISTINCT coalesce(by_id, by_name) AS pl
WHERE pl IS NOT NULL AND pl:Place
MATCH (o:Entity)-[:LOCATED_IN*0..4]->(pl)
WITH DISTINCT pl, o
MATCH (p:Entity)-[r:HOLDS_POST]->(o)
WHERE $as_of IS NULL OR any(i IN range(0, size(coalesce(r.term_starts, [])) - 1)
      WHERE r.term_starts[i] <= $as_of AND (r.term_ends[i] = '' OR r.term_ends[i] > $as_of))
RETURN pl.name AS place, p.name AS person, p.type AS kind, r.title AS title, o.name AS organisation,
       r.first_seen AS first_seen, r.last_seen AS last_seen,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY organisation, person
SKIP $skip LIMIT $limit
