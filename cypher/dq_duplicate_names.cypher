// name: dq_duplicate_names
// description: 数据质量：疑似重复的实体（同名或互为别名）| Data quality: names that look like duplicates (entities of one type sharing a name or alias), one row per group
// example: {}
// param: skip int = 0
// param: limit int = 200
// cache: graph
// one row per group, linear in the graph: never every pair of entities (a village name can be shared by hundreds);
// only ids are grouped (aggregating is what costs here), keys are read for the page alone
MATCH (n:Entity)
UNWIND [n.name] + coalesce(n.aliases, []) AS label
WITH n.type AS type, label, n.id AS nid ORDER BY nid  // the same order however the graph was loaded
WITH type, label, collect(nid) AS ids
WHERE size(ids) > 1
WITH type, label, ids ORDER BY size(ids) DESC, type, label SKIP $skip LIMIT $limit
UNWIND ids[0..20] AS id
MATCH (m:Entity {id: id})
WITH type, label, ids, m ORDER BY m.id
WITH type, label, size(ids) AS entities, collect(m.id) AS ids, collect(m.key) AS keys
RETURN type, label AS name, entities, ids, keys
ORDER BY entities DESC, type, name
