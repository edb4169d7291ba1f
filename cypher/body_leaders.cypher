// name: body_leaders
// description: 哪个党组织领办了某合作社或企业 | Which Party branch leads a given cooperative, enterprise or project
// example: {"body": "绿生园蔬菜种植专业合作社"}
// param: body string -- name, alias or id of the cooperative, enterprise or project
// param: skip int = 0
// param: limit int = 100
MATCH (c:Entity)
WHERE c.id = $body OR c.name = $body OR $body IN c.aliases
MATCH (b:Branch)-[r:LEADS]->(c)
RETURN c.name AS body, b.id AS branch_id, b.name AS branch, r.evidence_sentences AS evidence, r.evidence_articles AS articles
ORDER BY branch
SKIP $skip LIMIT $limit
