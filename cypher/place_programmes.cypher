// name: place_programmes
// description: 某地实施了哪些项目机制与政策 | Which programmes a place (or anything in it) implements
// example: {"place": "城关镇"}
// param: place entity -- name or id of the place
// param: skip int = 0
// param: limit int = 100
OPTIONAL MATCH (by_id:Entity {id: $place})
OPTIONAL MATCH (by_name:Entity {name: $place})
WITH DISTINCT coalesce(by_id, by_name) AS pl
WHERE pl IS NOT NULL AND pl:Place
MATCH (x:Entity)-[:LOCATED_IN*0..4]->(pl)
WITH DISTINCT pl, x
MATCH (x)-[r:IMPLEMENTS]->(g:Programme)
RETURN pl.name AS place, g.name AS programme, x.name AS implemented_by,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY programme, implemented_by
SKIP $skip LIMIT $limit
