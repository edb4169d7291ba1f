// name: entity_detail
// description: 实体的属性、相邻实体与出处 | An entity's properties, neighbours and the sentences behind each link
// example-lookup: MATCH (n:Township {name: '斗虎屯镇'}) RETURN n.id AS id
// param: id entity -- id, name or alias of the entity
// param: limit int = 200 -- at most this many neighbours and articles
// param: evidence int = 5 -- at most this many sentences per neighbour (evidence_count has the total)
MATCH (n:Entity {id: $id})
OPTIONAL MATCH (n)-[r:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS]-(m:Entity)
WITH n, r, m
ORDER BY type(r), m.name, m.id, r.id
WITH n, collect(CASE WHEN r IS NULL THEN NULL ELSE {
  relation_id: r.id, type: type(r), direction: CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END,
  id: m.id, name: m.name, label: m.type, properties: {
    title: r.title, amount_yuan: r.amount_yuan, approximate: r.approximate, credit_yuan: r.credit_yuan,
    evidence_sentences: r.evidence_sentences[0..$evidence], evidence_articles: r.evidence_articles[0..$evidence],
    evidence_count: coalesce(r.evidence_count, 0)}} END) AS neighbours
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
WITH n, neighbours, a ORDER BY a.id
WITH n, neighbours, collect(DISTINCT {id: a.id, title: a.title, path: a.path}) AS articles
RETURN n.id AS id, n.name AS name, n.type AS type, n.aliases AS aliases, properties(n) AS properties,
       neighbours[0..$limit] AS neighbours, size(neighbours) AS neighbour_count,
       articles[0..$limit] AS articles, size(articles) AS article_count
