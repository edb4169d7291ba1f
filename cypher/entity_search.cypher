// name: entity_search
// description: 按中文名、别名或名称片段查找实体 | Find entities by Chinese name, alias or part of a name, best matches first
// example: {"q": "张炉集"}
// param: q string -- a name or part of one
// param: type string = null -- only this label, e.g. Village
// param: place string = null -- only entities located (directly or up to 4 levels) in this place
// param: skip int = 0
// param: limit int = 20
// ranked on what each node carries (name, aliases, article_count); places are found for the page only;
// the query's first two characters are looked up among the nodes' grams (an index on FalkorDB), the query
// in the names in one string (a TEXT index on Neo4j); both only narrow the exact test (graph/names.py)
CALL {
  MATCH (n:Entity)
  WHERE substring($q, 0, 2) IN n.grams AND n.names_text CONTAINS $q
    AND $place IS NULL AND ($type IS NULL OR n.type = $type)
    AND (n.name CONTAINS $q OR any(a IN n.aliases WHERE a CONTAINS $q))
  RETURN n
  UNION
  UNWIND CASE WHEN $place IS NULL THEN [] ELSE [$place] END AS place  // no place: no lookup (not a scan for null)
  MATCH (pl:Entity:Place {name: place})
  WITH pl  // then walk from the place (FalkorDB would otherwise scan every entity for the walk's start)
  MATCH (n:Entity)-[:LOCATED_IN*0..4]->(pl)
  WHERE ($type IS NULL OR n.type = $type) AND (n.name CONTAINS $q OR any(a IN n.aliases WHERE a CONTAINS $q))
  RETURN DISTINCT n
}
WITH n, coalesce(n.article_count, 0) AS articles,
     CASE WHEN n.name = $q THEN 0 WHEN $q IN n.aliases THEN 1 WHEN n.name STARTS WITH $q THEN 2 ELSE 3 END AS rank
ORDER BY rank, articles DESC, size(n.name), n.name, n.id
SKIP $skip LIMIT $limit
CALL { WITH n OPTIONAL MATCH (n)-[:LOCATED_IN*1..4]->(p:Place)
       WITH p ORDER BY p.name  // the same order on both engines
       RETURN collect(DISTINCT p.name) AS places }
RETURN n.id AS id, n.name AS name, n.type AS type, n.aliases AS aliases, places, articles, rank
ORDER BY rank, articles DESC, size(name), name, id
