// name: article_detail
// description: 一篇文章的正文、实体与关系 | One article: its text, the entities it names and the relations it states
// example-lookup: MATCH (a:Article)-[:MENTIONS]->(:Official {name: '关威'}) RETURN a.id AS id
// param: id string -- article id
// relations are found through the entities the article mentions (MENTIONS), then kept when one of
// their evidence entries is this article's: no scan over all relations
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[m:MENTIONS]->(n:Entity)
WITH a, m, n ORDER BY n.type, n.name, n.id  // the same order however the graph was loaded
WITH a, collect(DISTINCT {id: n.id, name: n.name, type: n.type, aliases: coalesce(m.aliases, [])}) AS entities,
     collect(DISTINCT n) AS named
CALL { WITH a, named
       UNWIND named AS s
       MATCH (s)-[r:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS]->(t:Entity)
       WHERE a.id IN r.evidence_articles
       WITH r, s, t, [i IN range(0, size(r.evidence_articles) - 1) WHERE r.evidence_articles[i] = a.id |
                      r.evidence_sentences[i]] AS sentences
       ORDER BY type(r), s.name, t.name
       RETURN collect({id: r.id, type: type(r), source: s.id, source_name: s.name, target: t.id,
                       target_name: t.name, sentences: sentences}) AS relations }
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.authors AS authors,
       a.path AS path, a.text AS text, entities, relations
