// name: investments_into
// description: 投向某乡镇、县区或项目的投资，逐笔列出并合计 | Investments into a township, county or project, listed and summed
// example: {"target": "张炉集镇"}
// param: target entity -- name or id of a place or project
// param: limit int = 200
OPTIONAL MATCH (by_id:Entity {id: $target})
OPTIONAL MATCH (by_name:Entity {name: $target})
WITH DISTINCT coalesce(by_id, by_name) AS t
WHERE t IS NOT NULL
MATCH (x:Entity)-[:LOCATED_IN*0..4]->(t)
WITH DISTINCT t, x
MATCH (inv:Entity)-[r:INVESTS_IN]->(x)
WITH t, inv, r, x ORDER BY coalesce(r.amount_yuan, -1) DESC, inv.name, x.name, r.id
WITH t, collect({investor: inv.name, into: x.name, amount_yuan: r.amount_yuan, approximate: coalesce(r.approximate, false),
                 evidence: r.evidence_sentences, articles: r.evidence_articles})[0..$limit] AS investments,
     toInteger(sum(coalesce(r.amount_yuan, 0))) AS total_yuan
RETURN t.name AS target, total_yuan, size(investments) AS count, investments
