// name: programmes_ranked
// description: 政策与机制按采用地方数排名 | Programmes ranked by how many places and bodies adopt them
// param: skip int = 0
// param: limit int = 50
MATCH (x:Entity)-[r:IMPLEMENTS]->(g:Programme)
WITH g, count(DISTINCT x) AS adopters, collect(DISTINCT x.name) AS adopted_by, count(DISTINCT r) AS links
RETURN g.id AS id, g.name AS programme, adopters, adopted_by
ORDER BY adopters DESC, programme
SKIP $skip LIMIT $limit
