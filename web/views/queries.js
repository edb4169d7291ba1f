/* 查询 Saved queries: a form per query from its header, a table, CSV and Excel, a graph of graph-shaped results.
   An entity parameter takes a name; an ambiguous one (HTTP 409) becomes a choice that fills in the id. */
import { ApiError, api, apiUrl, choiceList, esc, num, showError, state, table, view, $ } from "../core.js";
import { word } from "../i18n.js";
import { graphElements, mountGraph } from "./graph.js";

/** the types of path nodes the row does not carry, from the entity pages (a path has at most five nodes) */
async function typesOf(ids) {
  const out = new Map();
  await Promise.all(ids.map(async (id) => {
    try { out.set(id, (await api(`/entities/${encodeURIComponent(id)}`)).type); } catch { /* unknown: default colour */ }
  }));
  return out;
}

export async function resultGraph(rows) {
  const nodes = new Map(), edges = [];
  const pathIds = [];
  for (const r of rows) {
    if (r.source && r.target && r.type) {
      nodes.set(r.source, { id: r.source, label: r.source_name || r.source, type: r.source_type });
      nodes.set(r.target, { id: r.target, label: r.target_name || r.target, type: r.target_type });
      edges.push({ id: r.relation_id, source: r.source, target: r.target, type: r.type });
    } else if (Array.isArray(r.ids) && Array.isArray(r.relations)) {
      r.ids.forEach((nid, i) => {
        nodes.set(nid, { id: nid, label: (r.names || [])[i] || nid, type: (r.types || [])[i] });
        if (!(r.types || [])[i]) pathIds.push(nid);
      });
      r.relations.forEach((t, i) => edges.push({ source: r.ids[i], target: r.ids[i + 1], type: t }));
    }
  }
  if (pathIds.length) {
    const types = await typesOf([...new Set(pathIds)]);
    for (const [id, type] of types) nodes.get(id).type = type;
  }
  return nodes.size ? { nodes: [...nodes.values()], edges } : null;
}

const NO_EXCEL = "此服务器尚不提供 Excel 导出 This server does not offer Excel exports yet";

/** Fetch an export and save it; an answer other than 2xx is shown as an error instead of saved. */
export async function saveExport(url, filename) {
  try {
    const resp = await fetch(url);
    const json = (resp.headers.get("content-type") || "").includes("json");
    if (!resp.ok || json) {  // an API without the export answers 422 or ignores the format and sends JSON
      const body = await resp.json().catch(() => ({}));
      const err = new ApiError(resp.status, body, `${resp.status} ${resp.statusText}`);
      if (json && (resp.ok || (resp.status === 422 && /format/.test(JSON.stringify(body))))) err.message = NO_EXCEL;
      throw err;
    }
    const a = document.createElement("a");
    a.href = URL.createObjectURL(await resp.blob());
    a.download = filename;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
    showError(null);
  } catch (err) { showError(err); }
}

export async function renderQueries(name) {
  state.queries ||= await api("/queries");
  const list = state.queries.map((q) =>
    `<li class="${q.name === name ? "active" : ""}" data-name="${esc(q.name)}">${esc(q.description_zh)}<br><small class="muted">${esc(q.description_en)}</small></li>`).join("");
  view().innerHTML = `<h1>保存的查询 <small>Saved queries</small></h1>
    <div id="graph-wrap" style="grid-template-columns: 320px minmax(0,1fr)">
      <ul class="query-list">${list}</ul><div id="query-form">${name ? "" : `<p class="muted">选择一个查询。 Pick a query.</p>`}</div></div>`;
  view().querySelectorAll(".query-list li").forEach((li) =>
    li.addEventListener("click", () => { location.hash = `#/queries/${li.dataset.name}`; }));
  const q = state.queries.find((x) => x.name === name);
  if (!q) return;
  const fields = q.params.map((p) => {
    const value = q.example[p.name] ?? p.default ?? "";
    const shown = Array.isArray(value) ? value.join(",") : value;
    return `<label>${esc(word(p.name))} <small>${esc(p.type)}${p.required ? " · 必填 required" : ""} ${esc(p.help)}</small>
      <input name="${esc(p.name)}" value="${esc(shown)}" ${p.type === "int" ? 'type="number"' : ""}></label>`;
  }).join("");
  $("#query-form").innerHTML = `<div class="card"><h2>${esc(q.description_zh)} <small>${esc(q.description_en)} · ${esc(q.name)}</small></h2>
    <form id="qform" class="row">${fields}<button class="primary" type="submit">运行 Run</button>
    <a id="csv" href="#" download="${esc(q.name)}.csv">下载 CSV download</a>
    <button type="button" id="xlsx">下载 Excel</button></form></div><div id="qchoices"></div><div id="qresult"></div>`;
  const params = () => {
    const out = {};
    for (const input of $("#qform").querySelectorAll("input")) if (input.value !== "") out[input.name] = input.value;
    return out;
  };
  const updateCsv = () => { $("#csv").href = apiUrl(`/queries/${q.name}`, { ...params(), format: "csv" }); };
  $("#qform").addEventListener("input", updateCsv);
  updateCsv();
  $("#xlsx").addEventListener("click", () => saveExport(apiUrl(`/queries/${q.name}`, { ...params(), format: "xlsx" }), `${q.name}.xlsx`));
  const run = async () => {
    $("#qchoices").innerHTML = "";
    try {
      const result = await api(`/queries/${q.name}`, params());
      showError(null);
      const graph = await resultGraph(result.rows);
      $("#qresult").innerHTML = `<p class="muted">${num(result.count)} 行 rows</p>
        ${graph ? `<button type="button" id="as-graph">以图谱显示 Show as graph</button><div id="graph-area"></div>` : ""}
        ${table(result.rows)}`;
      if (graph) $("#as-graph").addEventListener("click", () => mountGraph(graphElements(graph), null));
    } catch (err) {
      const candidates = err instanceof ApiError ? err.candidates : null;
      if (!candidates) { showError(err); return; }
      showError(null);
      $("#qresult").innerHTML = "";
      // which field held the ambiguous name: the one whose value the candidates' names share
      const inputs = [...$("#qform").querySelectorAll("input")];
      const field = inputs.find((i) => candidates.some((c) => c.name === i.value || (c.aliases || []).includes(i.value))) ||
        inputs.find((i) => i.value && !/^[0-9a-f]{12,}$/i.test(i.value) && i.type !== "number");
      choiceList($("#qchoices"), candidates, (id) => { if (field) field.value = id; updateCsv(); run(); });
    }
  };
  $("#qform").addEventListener("submit", (evt) => { evt.preventDefault(); run(); });
}
