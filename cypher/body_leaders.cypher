// name: body_leaders
// description: 哪个党组织领办了某合作社或企业 | Which Party branch leads a given cooperative, enterprise or project
// example: {"body": "绿生园蔬菜种植专业合作社"}
// param: body entity -- name, alias or id of the cooperative, enterprise or project
// param: skip int = 0
// param: limit int = 100
// by id, by name, by alias: three index lookups on each engine (the alias: FalkorDB indexes list
// members, Neo4j reads the few nodes its TEXT index on names_text gives; graph/names.py)
CALL {
  MATCH (c:Entity {id: $body}) RETURN c
  UNION MATCH (c:Entity {name: $body}) RETURN c
  UNION MATCH (c:Entity) WHERE $body IN c.aliases AND c.names_text CONTAINS $body RETURN c
}
WITH DISTINCT c  // a WITH here: without one FalkorDB plans a scan of every node for c
MATCH (b:Branch)-[r:LEADS]->(c)
// the page first, on the sort key alone: a body led by thousands of branches reads the evidence of one page
WITH c, b, r ORDER BY b.name SKIP $skip LIMIT $limit
RETURN c.name AS body, b.id AS branch_id, b.name AS branch, r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY branch
