// name: article_detail
// description: 一篇文章的正文、实体与关系 | One article: its text, the entities it names and the relations it states
// example-lookup: MATCH (a:Article)-[:MENTIONS]->(:Official {name: '关威'}) RETURN a.id AS id
// param: id string -- article id
// relations are found through this article's Evidence records (indexed by article), each from its
// ends' ids: no scan over all relations
MATCH (a:Article {id: $id})
OPTIONAL MATCH (a)-[m:MENTIONS]->(n:Entity)
WITH a, m, n ORDER BY n.type, n.name, n.id  // the same order however the graph was loaded
WITH a, collect(DISTINCT {id: n.id, name: n.name, type: n.type, aliases: coalesce(m.aliases, [])}) AS entities
CALL { WITH a
       MATCH (v:Evidence {article: a.id})
       // projected values: FalkorDB looks them up in the index (properties of v would hash-join)
       WITH v, v.source AS sid, v.target AS tid
       MATCH (s:Entity {id: sid})-[r:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS]->(t:Entity {id: tid})
       WHERE r.id = v.rel
       WITH r, s, t, v ORDER BY v.pos
       WITH r, s, t, collect(v.sentence) AS sentences
       ORDER BY type(r), s.name, t.name
       RETURN collect({id: r.id, type: type(r), source: s.id, source_name: s.name, target: t.id,
                       target_name: t.name, sentences: sentences}) AS relations }
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.authors AS authors,
       a.path AS path, a.text AS text, entities, relations
