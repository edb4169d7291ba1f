// name: neighbourhood
// description: 某实体周边指定深度内的关系网 | The neighbourhood of an entity up to a chosen depth (1-3)
// example-lookup: MATCH (n:Township {name: '斗虎屯镇'}) RETURN n.id AS id, 2 AS depth
// param: id entity -- id, name or alias of the entity
// param: depth int = 1
// param: limit int = 300 -- at most this many paths
// param: evidence int = 3 -- at most this many sentences per relation (evidence_count has the total)
MATCH p = (n:Entity {id: $id})-[:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS*1..3]-(m:Entity)
WHERE length(p) <= $depth
WITH p LIMIT $limit
UNWIND relationships(p) AS r
WITH DISTINCT r
RETURN startNode(r).id AS source, startNode(r).name AS source_name, startNode(r).type AS source_type,
       type(r) AS type, r.id AS relation_id, endNode(r).id AS target, endNode(r).name AS target_name,
       endNode(r).type AS target_type, r.evidence_sentences[0..$evidence] AS evidence,
       size(r.evidence_sentences) AS evidence_count
