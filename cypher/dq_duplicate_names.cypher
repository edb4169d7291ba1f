// name: dq_duplicate_names
// description: 数据质量：疑似重复的实体（同名或互为别名）| Data quality: names that look like duplicates (entities of one type sharing a name or alias), one row per group
// example: {}
// param: skip int = 0
// param: limit int = 200
// one row per group, linear in the graph: never every pair of entities (a village name can be shared by hundreds)
MATCH (n:Entity)
UNWIND [n.name] + coalesce(n.aliases, []) AS label
WITH n.type AS type, label, collect(DISTINCT n.id) AS ids, collect(DISTINCT n.key) AS keys
WHERE size(ids) > 1
RETURN type, label AS name, size(ids) AS entities, ids[0..20] AS ids, keys[0..20] AS keys
ORDER BY entities DESC, type, name
SKIP $skip LIMIT $limit
