// name: neighbourhood
// description: 某实体周边指定深度内的关系网 | The neighbourhood of an entity up to a chosen depth (1-3)
// example-lookup: MATCH (n:Township {name: '斗虎屯镇'}) RETURN n.id AS id, 2 AS depth
// param: id entity -- id, name or alias of the entity
// param: depth int = 1
// param: limit int = 300 -- at most this many paths
// param: evidence int = 3 -- at most this many sentences per relation (evidence_count has the total)
// param: from_year int = null -- only relations of this year or later
// param: to_year int = null -- only relations of this year or earlier
// in a year range every relation on a path is of it: its sentence's year (2021年投资…) or one of its
// articles' publication years, or for a post a term that overlaps the range; undated ones are left out
WITH $from_year IS NOT NULL OR $to_year IS NOT NULL AS ranged, coalesce($from_year, 0) AS lo,
     coalesce($to_year, 9999) AS hi
MATCH p = (n:Entity {id: $id})-[:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS*1..3]-(m:Entity)
WHERE length(p) <= $depth AND (NOT ranged OR all(r IN relationships(p) WHERE
      any(y IN CASE WHEN r.date IS NOT NULL THEN [toInteger(substring(r.date, 0, 4))] ELSE coalesce(r.evidence_years, []) END WHERE y >= lo AND y <= hi)
      OR any(i IN range(0, size(coalesce(r.term_starts, [])) - 1)
             WHERE (r.term_starts[i] = '' OR toInteger(substring(r.term_starts[i], 0, 4)) <= hi)
               AND (r.term_ends[i] = '' OR toInteger(substring(r.term_ends[i], 0, 4)) >= lo))))
WITH p LIMIT $limit
UNWIND relationships(p) AS r
WITH DISTINCT r
RETURN startNode(r).id AS source, startNode(r).name AS source_name, startNode(r).type AS source_type,
       type(r) AS type, r.id AS relation_id, endNode(r).id AS target, endNode(r).name AS target_name,
       endNode(r).type AS target_type, r.evidence_sentences[0..$evidence] AS evidence,
       coalesce(r.evidence_count, 0) AS evidence_count
