// name: relation_evidence
// description: 某条关系背后的所有句子 | Every sentence behind one relation
// example-lookup: MATCH (:Official {name: '关威'})-[r:HOLDS_POST]->() RETURN r.id AS id
// param: id string -- relation id
// param: skip int = 0
// param: limit int = 200
// a page of the relation's Evidence records (indexed by relation id) in load order; the relation is
// found from the record's ends, so no relation index is scanned
MATCH (v:Evidence {rel: $id})
WITH v ORDER BY v.seq, v.pos SKIP $skip LIMIT $limit
WITH v, v.source AS sid, v.target AS tid  // projected: looked up in the index
MATCH (s:Entity {id: sid})-[r:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS]->(t:Entity {id: tid})
WHERE r.id = v.rel
MATCH (a:Article {id: v.article})
RETURN r.id AS relation_id, type(r) AS type, s.name AS source, t.name AS target,
       v.sentence AS sentence, a.id AS article_id, a.title AS article_title, a.path AS article_path,
       r.evidence_count AS evidence_count
ORDER BY v.seq, v.pos
