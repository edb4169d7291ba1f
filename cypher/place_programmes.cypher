// name: place_programmes
// description: 某地实施了哪些项目机制与政策 | Which programmes a place (or anything in it) implements
// param: place string -- name or id of the place
// param: skip int = 0
// param: limit int = 100
MATCH (pl:Place)
WHERE pl.id = $place OR pl.name = $place
MATCH (x:Entity)-[r:IMPLEMENTS]->(g:Programme)
WHERE x = pl OR (x)-[:LOCATED_IN*1..4]->(pl)
RETURN pl.name AS place, g.name AS programme, x.name AS implemented_by,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY programme
SKIP $skip LIMIT $limit
