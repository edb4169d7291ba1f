// name: programmes_ranked
// description: 政策与机制按采用地方数排名 | Programmes ranked by how many places and bodies adopt them
// example: {}
// param: skip int = 0
// param: limit int = 50
// cache: graph
MATCH (x:Entity)-[:IMPLEMENTS]->(g:Programme)
WITH g, x ORDER BY x.name  // the same order however the graph was loaded
WITH g, collect(DISTINCT x.name) AS adopted_by
RETURN g.id AS id, g.name AS programme, size(adopted_by) AS adopters, adopted_by[0..20] AS adopted_by
ORDER BY adopters DESC, programme
SKIP $skip LIMIT $limit
