// name: entity_lookup
// description: 按编号、名称或别名找实体，附所在地路径 | An entity by its id, name or alias, with the places it lies in (province first)
// example: {"ref": "张炉集镇"}
// param: ref string -- an id, a name or an alias
// param: limit int = 50
// what resolves a name wherever an entity is asked for (graph/names.py); the path reads province → village
CALL {
  MATCH (n:Entity {id: $ref}) RETURN n
  UNION MATCH (n:Entity {name: $ref}) RETURN n
  UNION MATCH (n:Entity) WHERE $ref IN n.aliases AND n.names_text CONTAINS $ref RETURN n  // an index on each engine
}
WITH n, CASE WHEN n.id = $ref THEN 0 WHEN n.name = $ref THEN 1 ELSE 2 END AS rank,
     coalesce(n.article_count, 0) AS articles
ORDER BY rank, articles DESC, n.id
LIMIT $limit
CALL { WITH n OPTIONAL MATCH (n)-[:LOCATED_IN*1..4]->(p:Place)
       WITH p ORDER BY CASE p.type WHEN 'Province' THEN 0 WHEN 'City' THEN 1 WHEN 'County' THEN 2
                                   WHEN 'Township' THEN 3 ELSE 4 END, p.name
       RETURN collect(DISTINCT p.name) AS path }
RETURN n.id AS id, n.name AS name, n.type AS type, path, rank, articles
ORDER BY rank, articles DESC, id
