// name: entity_timeline
// description: 实体的时间线：每条事实、其句子与文章日期 | An entity's facts by date, each with its sentence (undated ones last)
// example-lookup: MATCH (n:Branch {name: '全民村党支部'}) RETURN n.id AS id
// param: id entity -- id, name or alias of the entity
// param: from_year int = null -- only facts stated in this year or later (undated ones are left out)
// param: to_year int = null -- only facts stated in this year or earlier (undated ones are left out)
// param: limit int = 500
// one row per evidence sentence: the date is its article's publication date (graph/timeline.py)
MATCH (n:Entity {id: $id})
MATCH (n)-[r:LOCATED_IN|LEADS|HOLDS_POST|INVESTS_IN|SUPPORTS|IMPLEMENTS]-(m:Entity)
UNWIND range(0, size(r.evidence_sentences) - 1) AS i
WITH n, r, m, i, coalesce(r.evidence_dates[i], '') AS day
WITH n, r, m, i, day, CASE WHEN day = '' THEN null ELSE toInteger(substring(day, 0, 4)) END AS year
WHERE ($from_year IS NULL OR year >= $from_year) AND ($to_year IS NULL OR year <= $to_year)
RETURN CASE WHEN day = '' THEN null ELSE day END AS date, type(r) AS type, r.id AS relation_id,
       CASE WHEN startNode(r) = n THEN 'out' ELSE 'in' END AS direction,
       m.id AS other_id, m.name AS other_name, m.type AS other_type, r.title AS title,
       coalesce(r.date, r.since) AS stated_date, r.amount_yuan AS amount_yuan,
       r.evidence_sentences[i] AS sentence, r.evidence_articles[i] AS article_id
ORDER BY day = '', day, type, other_name
LIMIT $limit
