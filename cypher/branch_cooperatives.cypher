// name: branch_cooperatives
// description: 党支部领办了哪些合作社、企业和项目 | Which cooperatives, enterprises and projects a Party branch leads
// example: {"branch": "全民村党支部"}
// param: branch entity -- name, alias or id of the branch
// param: skip int = 0
// param: limit int = 100
// by id, by name, by alias: three index lookups on each engine (the alias: FalkorDB indexes list
// members, Neo4j reads the few nodes its TEXT index on names_text gives; graph/names.py)
CALL {
  MATCH (b:Entity {id: $branch}) RETURN b
  UNION MATCH (b:Entity {name: $branch}) RETURN b
  UNION MATCH (b:Entity) WHERE $branch IN b.aliases AND b.names_text CONTAINS $branch RETURN b
}
WITH b WHERE b:Branch
MATCH (b)-[r:LEADS]->(c:Entity)
RETURN b.id AS branch_id, b.name AS branch, c.id AS id, c.name AS name, c.type AS type,
       r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY type, name
SKIP $skip LIMIT $limit
