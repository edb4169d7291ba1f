// name: dq_isolated_nodes
// description: 数据质量：没有任何关系的实体 | Data quality: entities with no relation to another entity
// example: {}
// param: skip int = 0
// param: limit int = 200
// cache: graph
// `linked` is false on an entity the loader makes, and true on both ends of every relation between
// entities: the isolated ones are read from its index
MATCH (n:Entity)
WHERE n.linked = false
OPTIONAL MATCH (a:Article)-[:MENTIONS]->(n)
WITH n, a ORDER BY a.path  // the same order on both engines
RETURN n.id AS id, n.name AS name, n.type AS type, collect(a.path) AS articles
ORDER BY type, name
SKIP $skip LIMIT $limit
