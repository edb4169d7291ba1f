// name: dq_relations_without_evidence
// description: 数据质量：没有出处句子的关系 | Data quality: relations without an evidence sentence
// example: {}
// param: skip int = 0
// param: limit int = 200
// cache: graph
// untyped from entities: only the six relation types leave an entity, and a typed union expands far slower
MATCH (s:Entity)-[r]->(t:Entity)
WHERE r.evidence_sentences IS NULL OR size(r.evidence_sentences) = 0
RETURN s.name AS source, type(r) AS type, t.name AS target, r.id AS relation_id
ORDER BY type, source
SKIP $skip LIMIT $limit
