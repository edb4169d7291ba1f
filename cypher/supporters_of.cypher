// name: supporters_of
// description: 谁在帮扶某村或某主体 | Who supports a village (or any entity)
// example: {"target": "毡张村"}
// param: target entity -- name or id of the supported entity
// param: skip int = 0
// param: limit int = 100
OPTIONAL MATCH (by_id:Entity {id: $target})
OPTIONAL MATCH (by_name:Entity {name: $target})
WITH DISTINCT coalesce(by_id, by_name) AS t
WHERE t IS NOT NULL
MATCH (s:Entity)-[r:SUPPORTS]->(t)
RETURN t.name AS supported, s.name AS supporter, s.type AS supporter_type,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY supporter
SKIP $skip LIMIT $limit
