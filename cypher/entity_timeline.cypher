// name: entity_timeline
// description: 实体的时间线：每条事实、其句子与文章日期 | An entity's facts by date, each with its sentence (undated ones last)
// example-lookup: MATCH (n:Branch {name: '全民村党支部'}) RETURN n.id AS id
// param: id entity -- id, name or alias of the entity
// param: from_year int = null -- only facts stated in this year or later (undated ones are left out)
// param: to_year int = null -- only facts stated in this year or earlier (undated ones are left out)
// param: limit int = 500
// one row per Evidence record: the date is its article's publication date (graph/timeline.py)
MATCH (n:Entity {id: $id})
MATCH (n)-[r:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS]-(m:Entity)
WITH n, r, m, r.id AS rid  // a projected value: FalkorDB looks it up in the index (a property would hash-join)
MATCH (v:Evidence {rel: rid})
WITH n, r, m, v, coalesce(v.date, '') AS day
WITH n, r, m, v, day, CASE WHEN day = '' THEN null ELSE toInteger(substring(day, 0, 4)) END AS year
WHERE ($from_year IS NULL OR year >= $from_year) AND ($to_year IS NULL OR year <= $to_year)
RETURN CASE WHEN day = '' THEN null ELSE day END AS date, type(r) AS type, r.id AS relation_id,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       m.id AS other_id, m.name AS other_name, m.type AS other_type, r.title AS title,
       coalesce(r.date, r.since) AS stated_date, r.amount_yuan AS amount_yuan,
       v.sentence AS sentence, v.article AS article_id
ORDER BY day = '', day, type, other_name, article_id, sentence
LIMIT $limit
