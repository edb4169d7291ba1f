// name: articles_list
// description: 已入库的文章：标题、日期、来源、实体与关系数 | The ingested articles: title, date, source, entity and relation counts
// example: {}
// param: q string = null -- only articles whose title contains this
// param: skip int = 0
// param: limit int = 100
MATCH (a:Article)
WHERE $q IS NULL OR a.title CONTAINS $q
WITH a ORDER BY coalesce(a.published, "") DESC, coalesce(a.title, "") , a.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH (a)-[:MENTIONS]->(n:Entity)
WITH a, count(n) AS entities
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.authors AS authors,
       a.char_count AS char_count, entities
ORDER BY coalesce(published, "") DESC, coalesce(title, ""), id
