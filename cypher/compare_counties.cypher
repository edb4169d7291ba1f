// name: compare_counties
// description: 县区横向对比：村、支部、合作社、企业、干部、投资、政策 | Counties side by side: villages, branches, cooperatives, enterprises, officials, investment, programmes
// example: {"names": ["东昌府区", "范县"]}
// param: names list<string> -- two or more county names or ids
MATCH (t:Entity:County)  // Entity: the label whose id and name are indexed
WHERE t.name IN $names OR t.id IN $names
OPTIONAL MATCH (x:Entity)-[:LOCATED_IN*1..3]->(t)
WITH t, x ORDER BY x.name, x.id  // the same order however the graph was loaded
WITH t, collect(DISTINCT x) AS inside
WITH t, inside, [t] + inside AS here
CALL { WITH here UNWIND here AS h OPTIONAL MATCH (o:Entity)-[:HOLDS_POST]->(h)
       WITH o ORDER BY o.name RETURN collect(DISTINCT o.name) AS officials }
CALL { WITH here UNWIND here AS h OPTIONAL MATCH (:Entity)-[inv:INVESTS_IN]->(h)
       RETURN toInteger(sum(coalesce(inv.amount_yuan, 0))) AS investment_yuan }
CALL { WITH here UNWIND here AS h OPTIONAL MATCH (h)-[:IMPLEMENTS]->(g:Programme)
       WITH g ORDER BY g.name RETURN collect(DISTINCT g.name) AS programmes }
WITH t, officials, investment_yuan, programmes, [x IN inside WHERE x:Village] AS villages,
     [x IN inside WHERE x:Branch] AS branches, [x IN inside WHERE x:Cooperative] AS cooperatives,
     [x IN inside WHERE x:Enterprise] AS enterprises
RETURN t.id AS id, t.name AS county, size(villages) AS villages, size(branches) AS branches,
       size(cooperatives) AS cooperatives, coalesce(t.cooperative_count, size(cooperatives)) AS cooperatives_reported,
       size(enterprises) AS enterprises, size(officials) AS officials, investment_yuan,
       programmes, [v IN villages | v.name] AS village_names, officials AS official_names
ORDER BY county
