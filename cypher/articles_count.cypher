// name: articles_count
// description: 已入库文章的总数（与 articles_list 同一条件） | How many articles articles_list lists, for its pager
// example: {}
// param: q string = null -- only articles whose title contains this
MATCH (a:Article)
WHERE $q IS NULL OR a.title CONTAINS $q
RETURN count(a) AS total
