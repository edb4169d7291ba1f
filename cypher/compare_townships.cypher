// name: compare_townships
// description: 乡镇横向对比：村、支部、合作社、企业、干部、投资、政策 | Townships side by side: villages, branches, cooperatives, enterprises, officials, investment, programmes
// example: {"names": ["张炉集镇", "斗虎屯镇"]}
// param: names list<string> -- two or more township names or ids
// param: from_year int = null -- only facts of this year or later
// param: to_year int = null -- only facts of this year or earlier
// a fact's year is the one its sentence gives (2021年投资…), else its articles' publication years. In a
// range: villages, branches, cooperatives and enterprises are those whose LOCATED_IN was stated in it
// (reported that year), officials those with a term that overlaps it, investment and programmes those
// of its years; undated facts are left out; cooperatives_reported stays the newest reported count
WITH $from_year IS NOT NULL OR $to_year IS NOT NULL AS ranged, coalesce($from_year, 0) AS lo,
     coalesce($to_year, 9999) AS hi
MATCH (t:Entity:Township)  // Entity: the label whose id and name are indexed
WHERE t.name IN $names OR t.id IN $names
OPTIONAL MATCH path = (x:Entity)-[:LOCATED_IN*1..3]->(t)
WITH ranged, lo, hi, t, x, relationships(path)[0] AS at
WITH ranged, lo, hi, t, x, CASE WHEN at.date IS NOT NULL THEN [toInteger(substring(at.date, 0, 4))] ELSE coalesce(at.evidence_years, []) END AS years
WITH ranged, lo, hi, t, x, CASE WHEN NOT ranged OR any(y IN years WHERE y >= lo AND y <= hi) THEN x END AS reported
WITH ranged, lo, hi, t, x, reported ORDER BY x.name, x.id  // the same order however the graph was loaded
// every place and body inside carries the posts, investments and programmes (each filtered by its own
// year); only those reported in the range are counted as the villages, branches … of the range
WITH ranged, lo, hi, t, collect(DISTINCT x) AS inside, collect(DISTINCT reported) AS counted
WITH ranged, lo, hi, t, counted, [t] + inside AS here
CALL { WITH here, ranged, lo, hi UNWIND here AS h OPTIONAL MATCH (o:Entity)-[post:HOLDS_POST]->(h)
       WITH ranged, lo, hi, o, post, coalesce(post.term_starts, []) AS starts
       WITH CASE WHEN NOT ranged OR any(i IN range(0, size(starts) - 1)
                      WHERE (starts[i] = '' OR toInteger(substring(starts[i], 0, 4)) <= hi)
                        AND (post.term_ends[i] = '' OR toInteger(substring(post.term_ends[i], 0, 4)) >= lo))
                 THEN o END AS o
       WITH o ORDER BY o.name RETURN collect(DISTINCT o.name) AS officials }
CALL { WITH here, ranged, lo, hi UNWIND here AS h OPTIONAL MATCH (:Entity)-[inv:INVESTS_IN]->(h)
       WITH ranged, lo, hi, inv, CASE WHEN inv.date IS NOT NULL THEN [toInteger(substring(inv.date, 0, 4))] ELSE coalesce(inv.evidence_years, []) END AS years
       WITH CASE WHEN (NOT ranged OR any(y IN years WHERE y >= lo AND y <= hi)) THEN inv.amount_yuan END AS amount
       RETURN toInteger(sum(coalesce(amount, 0))) AS investment_yuan }
CALL { WITH here, ranged, lo, hi UNWIND here AS h OPTIONAL MATCH (h)-[imp:IMPLEMENTS]->(g:Programme)
       WITH ranged, lo, hi, g, CASE WHEN imp.date IS NOT NULL THEN [toInteger(substring(imp.date, 0, 4))] ELSE coalesce(imp.evidence_years, []) END AS years
       WITH CASE WHEN (NOT ranged OR any(y IN years WHERE y >= lo AND y <= hi)) THEN g END AS g
       WITH g ORDER BY g.name RETURN collect(DISTINCT g.name) AS programmes }
WITH t, officials, investment_yuan, programmes, [x IN counted WHERE x:Village] AS villages,
     [x IN counted WHERE x:Branch] AS branches, [x IN counted WHERE x:Cooperative] AS cooperatives,
     [x IN counted WHERE x:Enterprise] AS enterprises
RETURN t.id AS id, t.name AS township, size(villages) AS villages, size(branches) AS branches,
       size(cooperatives) AS cooperatives, coalesce(t.cooperative_count, size(cooperatives)) AS cooperatives_reported,
       size(enterprises) AS enterprises, size(officials) AS officials, investment_yuan,
       programmes, [v IN villages | v.name] AS village_names, officials AS official_names
ORDER BY township
