// name: programme_timeline
// description: 政策推行时间线：哪些地方在哪一年实施 | Which places took a programme up, by year of first mention
// example: {"programme": "“五星”支部创建"}
// param: programme entity -- name, alias or id of the programme
// param: from_year int = null -- only take-ups in this year or later
// param: to_year int = null -- only take-ups in this year or earlier
// param: skip int = 0
// param: limit int = 200
// the year is the earlier of the year the sentence gives (2021年启动…) and the first article that
// states it; a take-up stated only by undated articles has no year and comes last
CALL {
  MATCH (g:Entity {id: $programme}) RETURN g
  UNION MATCH (g:Entity {name: $programme}) RETURN g
  UNION MATCH (g:Entity) WHERE $programme IN g.aliases AND g.names_text CONTAINS $programme RETURN g
}
WITH g WHERE g:Programme
MATCH (x:Entity)-[r:IMPLEMENTS]->(g)
WITH g, x, r, CASE WHEN r.date IS NOT NULL AND (r.first_seen IS NULL OR r.date < r.first_seen) THEN r.date
                   ELSE r.first_seen END AS dated
WITH g, x, r, dated, CASE WHEN dated IS NULL THEN null ELSE toInteger(substring(dated, 0, 4)) END AS year
WHERE ($from_year IS NULL OR year >= $from_year) AND ($to_year IS NULL OR year <= $to_year)
RETURN g.name AS programme, year, x.name AS place, x.id AS place_id, x.type AS type,
       r.first_seen AS first_seen, r.date AS stated_date, r.evidence_sentences[0] AS sentence,
       r.evidence_dates[0] AS sentence_date
ORDER BY year IS NULL, year, type, place
SKIP $skip LIMIT $limit
