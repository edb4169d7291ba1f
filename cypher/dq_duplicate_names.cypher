// name: dq_duplicate_names
// description: 数据质量：疑似重复的实体（同名或互为别名）| Data quality: names that look like duplicates (same name or one's alias)
// param: skip int = 0
// param: limit int = 200
// grouped by name and alias (linear in the graph), not by comparing every pair of entities
MATCH (n:Entity)
UNWIND [n.name] + coalesce(n.aliases, []) AS label
WITH n.type AS type, label, collect(DISTINCT n.id) AS same
WHERE size(same) > 1
UNWIND same AS a_id
UNWIND same AS b_id
WITH DISTINCT type, a_id, b_id
WHERE a_id < b_id
MATCH (a:Entity {id: a_id}), (b:Entity {id: b_id})
RETURN type, a.name AS name, a.id AS id, a.key AS key, b.name AS other_name, b.id AS other_id, b.key AS other_key
ORDER BY type, name, other_name
SKIP $skip LIMIT $limit
