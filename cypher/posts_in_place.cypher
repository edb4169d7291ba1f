// name: posts_in_place
// description: 某乡镇或县区内谁担任什么职务 | Who holds which posts in a township or county (and the bodies in it)
// param: place string -- name or id of a township, county or village
// param: skip int = 0
// param: limit int = 200
MATCH (pl:Place)
WHERE pl.id = $place OR pl.name = $place
MATCH (p:Entity)-[r:HOLDS_POST]->(o:Entity)
WHERE o = pl OR (o)-[:LOCATED_IN*1..4]->(pl)
RETURN pl.name AS place, p.name AS person, p.type AS kind, r.title AS title, o.name AS organisation,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY organisation, person
SKIP $skip LIMIT $limit
