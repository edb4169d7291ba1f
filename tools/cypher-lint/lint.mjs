// Lint every saved query against Neo4j 5's own Cypher grammar and semantic analysis, offline.
//   node lint.mjs CYPHER_DIR [SCHEMA_JSON]
// SCHEMA_JSON: {"labels": [...], "relationshipTypes": [...]} (written by the test from graph/model.py).
// Prints one line per diagnostic; exits 1 when any query has an error (warnings are printed for review).
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';

const SAMPLE = { string: 'x', int: 1, float: 1.5, bool: true, 'list<string>': ['x'], map: { id: 'x' }, 'list<map>': [{ id: 'x' }] };
const dir = process.argv[2];
const schema = process.argv[3] ? JSON.parse(readFileSync(process.argv[3], 'utf8')) : {};
let errors = 0;
let warnings = 0;
const files = readdirSync(dir).filter((f) => f.endsWith('.cypher')).sort();
for (const file of files) {
  const text = readFileSync(join(dir, file), 'utf8');
  const parameters = {};
  for (const m of text.matchAll(/^\/\/\s*param:\s*(\w+)\s+([\w<>]+)/gm)) {
    parameters[m[1]] = SAMPLE[m[2]] ?? 'x';
  }
  const { diagnostics } = lintCypherQuery(text, { ...schema, parameters });
  for (const d of diagnostics) {
    const kind = d.severity === 1 ? 'error' : 'warning';
    if (d.severity === 1) errors += 1; else warnings += 1;
    console.log(`${file}:${d.range.start.line + 1}:${d.range.start.character + 1}: ${kind}: ${d.message}`);
  }
}
console.log(`${files.length} queries checked, ${errors} errors, ${warnings} warnings`);
process.exit(errors ? 1 : 0);
