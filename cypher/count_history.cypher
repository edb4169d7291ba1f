// name: count_history
// description: 实体的数字事实历史：每篇文章给出的值与日期 | Every value each article gave for an entity's counted facts, with its date
// example-lookup: MATCH (a:Article)-[m:MENTIONS]->(n:Entity) WHERE m.props CONTAINS '_evidence' RETURN n.id AS id ORDER BY id LIMIT 1
// param: id entity -- id, name or alias of the entity
// the entity itself holds the newest-published value (graph/timeline.py); each MENTIONS edge keeps what
// its article said, so the history is read from there (props is JSON: the caller picks the counts out)
MATCH (n:Entity {id: $id})<-[m:MENTIONS]-(a:Article)
WHERE m.props CONTAINS '_evidence'
RETURN a.published AS date, a.id AS article_id, a.title AS article_title, m.props AS props
ORDER BY coalesce(a.published, '') DESC, article_id
