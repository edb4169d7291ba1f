// name: entity_search_count
// description: 按名称查找实体的结果总数（与 entity_search 同一条件） | How many entities entity_search finds, for its pager
// example: {"q": "张炉集"}
// param: q string -- a name or part of one
// param: type string = null -- only this label, e.g. Village
// param: place string = null -- only entities located (directly or up to 4 levels) in this place
// the same match as entity_search (keep the two alike), counted instead of ranked and paged
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
RETURN count(n) AS total
