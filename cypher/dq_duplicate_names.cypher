// name: dq_duplicate_names
// description: 数据质量：疑似重复的实体（同名或互为别名）| Data quality: names that look like duplicates (same name or one's alias)
// param: skip int = 0
// param: limit int = 200
MATCH (n:Entity)
WITH n.type AS type, collect(n) AS same_type
UNWIND same_type AS a
UNWIND same_type AS b
WITH type, a, b
WHERE a.id < b.id AND (a.name = b.name OR a.name IN b.aliases OR b.name IN a.aliases)
RETURN type, a.name AS name, a.id AS id, a.key AS key, b.name AS other_name, b.id AS other_id, b.key AS other_key
ORDER BY type, name
SKIP $skip LIMIT $limit
