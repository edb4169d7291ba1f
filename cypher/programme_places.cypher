// name: programme_places
// description: 哪些地方实施了某项政策或机制 | Which places and bodies implement a programme
// example: {"programme": "“五星”支部创建"}
// param: programme string -- name, alias or id of the programme
// param: skip int = 0
// param: limit int = 100
MATCH (g:Programme)
WHERE g.id = $programme OR g.name = $programme OR $programme IN g.aliases
MATCH (x:Entity)-[r:IMPLEMENTS]->(g)
RETURN g.name AS programme, x.name AS implemented_by, x.type AS type,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY type, implemented_by
SKIP $skip LIMIT $limit
