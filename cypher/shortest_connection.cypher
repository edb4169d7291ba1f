// name: shortest_connection
// description: 两个实体之间的最短联系（不经过文章节点，最多4步）| The shortest connection between two entities (up to 4 hops, not through articles)
// example-lookup: MATCH (a:Township {name: '斗虎屯镇'}), (b:Province {name: '山东省'}) RETURN a.id AS a, b.id AS b
// ordered-lists: names, ids, types, relations, evidence
// param: a entity -- id, name or alias of the first entity
// param: b entity -- id, name or alias of the second entity
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
       [n IN nodes(p) | n.type] AS types, [r IN relationships(p) | type(r)] AS relations,
       // one sentence per hop, the same on every engine: the least in code-point order
       [r IN relationships(p) | reduce(m = head(r.evidence_sentences), e IN r.evidence_sentences |
                                CASE WHEN e < m THEN e ELSE m END)] AS evidence
