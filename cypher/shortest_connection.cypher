// name: shortest_connection
// description: 两个实体之间的最短联系（不经过文章节点，最多4步）| The shortest connection between two entities (up to 4 hops, not through articles)
// param: a string -- id of the first entity
// param: b string -- id of the second entity
// typed relations only (never through article nodes); the first length that connects them wins
MATCH (x:Entity {id: $a}), (y:Entity {id: $b})
OPTIONAL MATCH p1 = (x)-[:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS]-(y)
OPTIONAL MATCH p2 = (x)-[:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS*2]-(y)
WITH x, y, p1, p2 LIMIT 1
OPTIONAL MATCH p3 = (x)-[:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS*3]-(y)
WHERE p1 IS NULL AND p2 IS NULL
WITH x, y, coalesce(p1, p2, p3) AS p LIMIT 1
OPTIONAL MATCH p4 = (x)-[:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS*4]-(y)
WHERE p IS NULL
WITH coalesce(p, p4) AS p LIMIT 1
WITH p WHERE p IS NOT NULL
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS names, [n IN nodes(p) | n.id] AS ids,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.evidence_sentences[0]] AS evidence
