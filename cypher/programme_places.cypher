// name: programme_places
// description: 哪些地方实施了某项政策或机制 | Which places and bodies implement a programme
// example: {"programme": "“五星”支部创建"}
// param: programme entity -- name, alias or id of the programme
// param: skip int = 0
// param: limit int = 100
// by id, by name, by alias: three index lookups on each engine (the alias: FalkorDB indexes list
// members, Neo4j reads the few nodes its TEXT index on names_text gives; graph/names.py)
CALL {
  MATCH (g:Entity {id: $programme}) RETURN g
  UNION MATCH (g:Entity {name: $programme}) RETURN g
  UNION MATCH (g:Entity) WHERE $programme IN g.aliases AND g.names_text CONTAINS $programme RETURN g
}
WITH g WHERE g:Programme
MATCH (x:Entity)-[r:IMPLEMENTS]->(g)
RETURN g.name AS programme, x.name AS implemented_by, x.type AS type,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY type, implemented_by
SKIP $skip LIMIT $limit
