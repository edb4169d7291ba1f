// name: shortest_connection
// description: 两个实体之间的最短联系（不经过文章节点，最多4步）| The shortest connection between two entities (up to 4 hops, not through articles)
// param: a string -- id of the first entity
// param: b string -- id of the second entity
MATCH p = (x:Entity {id: $a})-[*1..4]-(y:Entity {id: $b})
WHERE none(n IN nodes(p) WHERE n:Article)
WITH p ORDER BY length(p) LIMIT 1
RETURN length(p) AS hops, [n IN nodes(p) | n.name] AS names, [n IN nodes(p) | n.id] AS ids,
       [r IN relationships(p) | type(r)] AS relations,
       [r IN relationships(p) | r.evidence_sentences[0]] AS evidence
