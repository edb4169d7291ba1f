// name: person_posts
// description: 某人担任的所有职务 | Every post a person holds
// param: person string -- name or id of the official or person
// param: skip int = 0
// param: limit int = 100
MATCH (p:Entity)-[r:HOLDS_POST]->(o:Entity)
WHERE (p:Official OR p:Person) AND (p.id = $person OR p.name = $person)
RETURN p.name AS person, p.type AS kind, r.title AS title, o.name AS organisation, o.type AS organisation_type,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY organisation
SKIP $skip LIMIT $limit
