// name: relation_evidence
// description: 某条关系背后的所有句子 | Every sentence behind one relation
// example-lookup: MATCH (:Official {name: '关威'})-[r:HOLDS_POST]->() RETURN r.id AS id
// param: id string -- relation id
// param: skip int = 0
// param: limit int = 200
// one arm per relation type, so each looks the id up in that type's index
MATCH (s)-[r:LOCATED_IN {id: $id}]->(t)
UNWIND range($skip, CASE WHEN size(r.evidence_sentences) < $skip + $limit THEN size(r.evidence_sentences)
             ELSE $skip + $limit END - 1) AS i
MATCH (a:Article {id: r.evidence_articles[i]})
RETURN r.id AS relation_id, type(r) AS type, s.name AS source, t.name AS target,
       r.evidence_sentences[i] AS sentence, a.id AS article_id, a.title AS article_title, a.path AS article_path,
       size(r.evidence_sentences) AS evidence_count
UNION
MATCH (s)-[r:LEADS {id: $id}]->(t)
UNWIND range($skip, CASE WHEN size(r.evidence_sentences) < $skip + $limit THEN size(r.evidence_sentences)
             ELSE $skip + $limit END - 1) AS i
MATCH (a:Article {id: r.evidence_articles[i]})
RETURN r.id AS relation_id, type(r) AS type, s.name AS source, t.name AS target,
       r.evidence_sentences[i] AS sentence, a.id AS article_id, a.title AS article_title, a.path AS article_path,
       size(r.evidence_sentences) AS evidence_count
UNION
MATCH (s)-[r:HOLDS_POST {id: $id}]->(t)
UNWIND range($skip, CASE WHEN size(r.evidence_sentences) < $skip + $limit THEN size(r.evidence_sentences)
             ELSE $skip + $limit END - 1) AS i
MATCH (a:Article {id: r.evidence_articles[i]})
RETURN r.id AS relation_id, type(r) AS type, s.name AS source, t.name AS target,
       r.evidence_sentences[i] AS sentence, a.id AS article_id, a.title AS article_title, a.path AS article_path,
       size(r.evidence_sentences) AS evidence_count
UNION
MATCH (s)-[r:INVESTS_IN {id: $id}]->(t)
UNWIND range($skip, CASE WHEN size(r.evidence_sentences) < $skip + $limit THEN size(r.evidence_sentences)
             ELSE $skip + $limit END - 1) AS i
MATCH (a:Article {id: r.evidence_articles[i]})
RETURN r.id AS relation_id, type(r) AS type, s.name AS source, t.name AS target,
       r.evidence_sentences[i] AS sentence, a.id AS article_id, a.title AS article_title, a.path AS article_path,
       size(r.evidence_sentences) AS evidence_count
UNION
MATCH (s)-[r:SUPPORTS {id: $id}]->(t)
UNWIND range($skip, CASE WHEN size(r.evidence_sentences) < $skip + $limit THEN size(r.evidence_sentences)
             ELSE $skip + $limit END - 1) AS i
MATCH (a:Article {id: r.evidence_articles[i]})
RETURN r.id AS relation_id, type(r) AS type, s.name AS source, t.name AS target,
       r.evidence_sentences[i] AS sentence, a.id AS article_id, a.title AS article_title, a.path AS article_path,
       size(r.evidence_sentences) AS evidence_count
UNION
MATCH (s)-[r:IMPLEMENTS {id: $id}]->(t)
UNWIND range($skip, CASE WHEN size(r.evidence_sentences) < $skip + $limit THEN size(r.evidence_sentences)
             ELSE $skip + $limit END - 1) AS i
MATCH (a:Article {id: r.evidence_articles[i]})
RETURN r.id AS relation_id, type(r) AS type, s.name AS source, t.name AS target,
       r.evidence_sentences[i] AS sentence, a.id AS article_id, a.title AS article_title, a.path AS article_path,
       size(r.evidence_sentences) AS evidence_count
