// name: compare_counties
// description: 县区横向对比：村、支部、合作社、企业、干部、投资、政策 | Counties side by side: villages, branches, cooperatives, enterprises, officials, investment, programmes
// example: {"names": ["东昌府区", "范县"]}
// param: names list<string> -- two or more county names or ids
// param: from_year int = null -- only facts of this year or later
// param: to_year int = null -- only facts of this year or earlier
// a fact's year is the one its sentence gives (2021年投资…), else its articles' publication years. In a
// range: villages, branches, cooperatives and enterprises are those whose LOCATED_IN was stated in it
// (reported that year), officials those with a term that overlaps it, investment and programmes those
// of its years; undated facts are left out; cooperatives_reported stays the newest reported count
WITH $from_year IS NOT NULL OR $to_year IS NOT NULL AS ranged, coalesce($from_year, 0) AS lo,
     coalesce($to_year, 9999) AS hi
MATCH (t:Entity:County)  // Entity: the label whose id and name are indexed
WHERE t.name IN $names OR t.id IN $names
// x's own LOCATED_IN is named, not read from a path: FalkorDB builds a path object for every row
OPTIONAL MATCH (x)-[placed:LOCATED_IN]->()-[:LOCATED_IN*0..2]->(t)
// a year is read only when a range is asked for: CASE evaluates only the branch it takes, and
// `NOT ranged OR …` stops at its first operand
WITH ranged, lo, hi, t, x, CASE WHEN NOT ranged THEN x
  WHEN any(y IN CASE WHEN placed.date IS NOT NULL
                     THEN [toInteger(substring(placed.date, 0, 4))]
                     ELSE coalesce(placed.evidence_years, []) END
           WHERE y >= lo AND y <= hi) THEN x END AS reported
// MATCH, not OPTIONAL MATCH, in the subqueries below: an empty match still gives one aggregate row, and
// FalkorDB makes no null row per place; their far ends carry no label for it to check (graph/model.py)
// every place and body inside carries the posts, investments and programmes (each filtered by its own
// year); only those reported in the range are counted as the villages, branches … of the range
WITH ranged, lo, hi, t, collect(DISTINCT x) AS inside, collect(DISTINCT reported) AS counted
WITH ranged, lo, hi, t, counted, [t] + inside AS here
CALL { WITH here, ranged, lo, hi UNWIND here AS h MATCH (o)-[post:HOLDS_POST]->(h)
       WITH o, post, ranged, lo, hi WHERE (NOT ranged OR
         any(i IN range(0, size(coalesce(post.term_starts, [])) - 1)
                  WHERE (post.term_starts[i] = '' OR toInteger(substring(post.term_starts[i], 0, 4)) <= hi)
                    AND (post.term_ends[i] = '' OR toInteger(substring(post.term_ends[i], 0, 4)) >= lo)))
       WITH DISTINCT o.name AS name ORDER BY name RETURN collect(name) AS officials }
CALL { WITH here, ranged, lo, hi UNWIND here AS h MATCH ()-[inv:INVESTS_IN]->(h)
       WITH inv, ranged, lo, hi WHERE (NOT ranged OR
         any(y IN CASE WHEN inv.date IS NOT NULL THEN [toInteger(substring(inv.date, 0, 4))]
                            ELSE coalesce(inv.evidence_years, []) END WHERE y >= lo AND y <= hi))
       RETURN toInteger(sum(coalesce(inv.amount_yuan, 0))) AS investment_yuan }
CALL { WITH here, ranged, lo, hi UNWIND here AS h MATCH (h)-[imp:IMPLEMENTS]->(g:Programme)
       WITH g, imp, ranged, lo, hi WHERE (NOT ranged OR
         any(y IN CASE WHEN imp.date IS NOT NULL THEN [toInteger(substring(imp.date, 0, 4))]
                            ELSE coalesce(imp.evidence_years, []) END WHERE y >= lo AND y <= hi))
       WITH DISTINCT g.name AS name ORDER BY name RETURN collect(name) AS programmes }
// the villages' names in one order however the graph was loaded: only they are sorted
CALL { WITH counted UNWIND counted AS v WITH v WHERE v:Village WITH v ORDER BY v.name, v.id
       RETURN collect(v.name) AS village_names }
RETURN t.id AS id, t.name AS county, size(village_names) AS villages,
       size([x IN counted WHERE x:Branch]) AS branches, size([x IN counted WHERE x:Cooperative]) AS cooperatives,
       coalesce(t.cooperative_count, size([x IN counted WHERE x:Cooperative])) AS cooperatives_reported,
       size([x IN counted WHERE x:Enterprise]) AS enterprises, size(officials) AS officials, investment_yuan,
       programmes, village_names, officials AS official_names
ORDER BY county
