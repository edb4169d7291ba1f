// name: supported_by
// description: 某组织帮扶了谁 | Whom an organisation (or any entity) supports
// example: {"source": "张炉集镇"}
// param: source entity -- name or id of the supporter
// param: skip int = 0
// param: limit int = 100
OPTIONAL MATCH (by_id:Entity {id: $source})
OPTIONAL MATCH (by_name:Entity {name: $source})
WITH DISTINCT coalesce(by_id, by_name) AS s
WHERE s IS NOT NULL
MATCH (s)-[r:SUPPORTS]->(t:Entity)
RETURN s.name AS supporter, t.name AS supported, t.type AS supported_type,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY supported
SKIP $skip LIMIT $limit
