// name: article_by_id
// description: 文章的标题、日期、作者与路径 | An article's title, date, authors and path
// example-lookup: MATCH (a:Article)-[:MENTIONS]->(:Official {name: '关威'}) RETURN a.id AS id
// param: id string -- article id
MATCH (a:Article {id: $id})
RETURN a.id AS id, a.title AS title, a.published AS published, a.authors AS authors, a.path AS path,
       a.char_count AS char_count
