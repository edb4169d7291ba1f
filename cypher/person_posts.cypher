// name: person_posts
// description: 某人担任的所有职务 | Every post a person holds
// example: {"person": "关威"}
// param: person entity -- name or id of the official or person
// param: skip int = 0
// param: limit int = 100
OPTIONAL MATCH (by_id:Entity {id: $person})
OPTIONAL MATCH (by_name:Entity {name: $person})
WITH DISTINCT coalesce(by_id, by_name) AS p
WHERE p IS NOT NULL
MATCH (p)-[r:HOLDS_POST]->(o:Entity)
WHERE p:Official OR p:Person
RETURN p.name AS person, p.type AS kind, r.title AS title, o.name AS organisation, o.type AS organisation_type,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY organisation
SKIP $skip LIMIT $limit
