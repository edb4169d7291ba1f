// name: articles_list
// description: 已入库的文章：标题、日期、来源、实体与关系数 | The ingested articles: title, date, source, entity and relation counts
// example: {}
// param: q string = null -- only articles whose title contains this
// param: skip int = 0
// param: limit int = 100
// newest first: the page's oldest day is read from the index on listed_on (the publication date,
// 0000-00-00 when there is none), then only the articles of that day or later are sorted, so a page costs the
// same at 100 articles as at 50,000; a page past the end has no day, min() is null, and nothing follows
MATCH (c:Article)
WHERE c.listed_on IS NOT NULL AND ($q IS NULL OR c.title CONTAINS $q)
WITH c.listed_on AS day ORDER BY day DESC SKIP $skip LIMIT $limit
WITH min(day) AS cutoff
MATCH (a:Article)
WHERE a.listed_on >= cutoff AND ($q IS NULL OR a.title CONTAINS $q)
WITH a ORDER BY a.listed_on DESC, coalesce(a.title, ""), a.id
SKIP $skip LIMIT $limit
OPTIONAL MATCH (a)-[:MENTIONS]->(n:Entity)
WITH a, count(n) AS entities
RETURN a.id AS id, a.title AS title, a.published AS published, a.source AS source, a.authors AS authors,
       a.char_count AS char_count, entities
ORDER BY coalesce(published, "") DESC, coalesce(title, ""), id
