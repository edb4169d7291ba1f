/* ruralkg explorer: search, entity pages, a cytoscape graph, saved queries, comparisons, articles.
   Plain browser JavaScript, no build step; every request goes to this API, nothing to the internet.
   Colours come from /browser/style.json, the same GraSS file Neo4j Browser uses. */
"use strict";

const LABELS = {
  Province: "省 Province", City: "市 City", County: "县 County", Township: "乡镇 Township", Village: "村 Village",
  Branch: "党组织 Party branch", Cooperative: "合作社 Cooperative", Enterprise: "企业 Enterprise",
  Organization: "机构 Organization", Official: "干部 Official", Person: "人物 Person",
  Programme: "政策机制 Programme", Project: "项目 Project",
};
const RELATIONS = {
  LOCATED_IN: "位于 located in", LEADS: "领办 leads", HOLDS_POST: "任职 holds post",
  INVESTS_IN: "投资 invests in", SUPPORTS: "帮扶 supports", IMPLEMENTS: "实施 implements",
};
const COLUMN_NAMES = {
  township: "乡镇 township", county: "县 county", villages: "村 villages", branches: "党组织 branches",
  cooperatives: "合作社 cooperatives", cooperatives_reported: "报道的合作社数 cooperatives reported",
  enterprises: "企业 enterprises", officials: "干部 officials", investment_yuan: "投资（元） investment (yuan)",
  programmes: "政策机制 programmes", village_names: "村名 village names", id: "标识 id",
};
const INTERNAL_PROPS = new Set(["id", "name", "type", "key", "aliases", "linked", "article_count"]);

const state = { style: { node: {}, relationship: {} }, cy: null, queries: null };
const $ = (sel, root = document) => root.querySelector(sel);
const view = () => $("#view");

function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

async function api(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
    else url.searchParams.set(k, v);
  }
  const resp = await fetch(url);
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(body.message || `${resp.status} ${resp.statusText}`);
  return body;
}

function showError(err) {
  const box = $("#error");
  box.textContent = err ? `出错了 Error: ${err.message || err}` : "";
  box.hidden = !err;
}

function colour(label) {
  const s = state.style.node[label] || state.style.node["*"] || {};
  return { fill: s.color || "#A5ABB6", border: s["border-color"] || "#9AA1AC", text: s["text-color-internal"] || "#fff",
           size: parseInt(s.diameter || "50", 10) };
}

function badge(type) {
  const c = colour(type);
  return `<span class="badge" style="background:${c.fill};border-color:${c.border};color:${c.text}">${esc(LABELS[type] || type)}</span>`;
}

function entityLink(id, name) {
  return `<a href="#/entity/${encodeURIComponent(id)}">${esc(name)}</a>`;
}

function articleLink(articleId, title, sentence) {
  const q = sentence ? `?s=${encodeURIComponent(sentence)}` : "";
  return `<a href="#/article/${encodeURIComponent(articleId)}${q}">${esc(title || articleId)}</a>`;
}

function debounce(fn, ms) {
  let t;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
}

function openPanel(html) {
  $("#panel-body").innerHTML = html;
  $("#panel").hidden = false;
}

function closePanel() { $("#panel").hidden = true; }

async function evidenceHtml(relationId) {
  const ev = await api(`/relations/${encodeURIComponent(relationId)}/evidence`);
  const items = ev.evidence.map((e) =>
    `<li><q class="sentence">${esc(e.sentence)}</q><br><small>— ${articleLink(e.article_id, e.article_title, e.sentence)}</small></li>`);
  return `<h2>${esc(RELATIONS[ev.type] || ev.type)} <small>出处 evidence</small></h2><ul class="evidence">${items.join("")}</ul>`;
}

/* ---------- search ---------- */

function renderSearch(params) {
  const options = Object.entries(LABELS).map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join("");
  view().innerHTML = `
    <h1>搜索实体 <small>Search entities</small></h1>
    <div class="row">
      <label>名称或别名 <small>name, alias or part of one</small>
        <input id="q" type="search" autocomplete="off" placeholder="例如 张炉集镇" value="${esc(params.get("q") || "")}"></label>
      <label>类型 <small>type</small><select id="type"><option value="">全部 all</option>${options}</select></label>
      <label>地点 <small>inside place</small><input id="place" placeholder="例如 东昌府区" value="${esc(params.get("place") || "")}"></label>
    </div>
    <p class="muted" id="search-note">输入即搜索，排序同 API：完全匹配、别名、前缀、包含。 Results as you type, ranked as the API ranks them.</p>
    <ul class="results" id="results"></ul>`;
  $("#type").value = params.get("type") || "";
  const run = debounce(async () => {
    const q = $("#q").value.trim();
    if (!q) { $("#results").innerHTML = ""; return; }
    try {
      const page = await api("/entities", { q, type: $("#type").value, place: $("#place").value.trim(), limit: 50 });
      showError(null);
      $("#results").innerHTML = page.results.length ? page.results.map((r) => `
        <li data-id="${esc(r.id)}">${badge(r.type)} <strong>${entityLink(r.id, r.name)}</strong>
          ${r.aliases.length ? `<span class="muted">（${esc(r.aliases.join("、"))}）</span>` : ""}
          <span class="muted">${esc(r.places.join(" › "))}</span>
          <span class="muted">· ${r.articles} 篇文章 articles</span>
          · <a href="#/graph/${encodeURIComponent(r.id)}">图谱 graph</a></li>`).join("")
        : `<li class="muted">没有结果 No results</li>`;
    } catch (err) { showError(err); }
  }, 180);
  ["q", "place"].forEach((id) => $("#" + id).addEventListener("input", run));
  $("#type").addEventListener("change", run);
  $("#q").focus();
  run();
}

/* ---------- entity page ---------- */

/* the entity answer carries a few sentences per relation; the rest open in the side panel */
function moreEvidence(n) {
  const shown = (n.properties.evidence_sentences || []).length, total = n.properties.evidence_count || 0;
  if (total <= shown || !n.relation_id) return "";
  return `<button class="link more-evidence" data-relation="${esc(n.relation_id)}">还有 ${total - shown} 句 ${total - shown} more sentences</button>`;
}

async function renderEntity(id) {
  const e = await api(`/entities/${encodeURIComponent(id)}`);
  const props = Object.entries(e.properties).filter(([k]) => !INTERNAL_PROPS.has(k) && !k.endsWith("_evidence"));
  const facts = props.map(([k, v]) => {
    const sentence = e.properties[`${k}_evidence`];
    return `<tr><th>${esc(k)}</th><td>${esc(Array.isArray(v) ? v.join("、") : v)}</td>
      <td>${sentence ? `<q>${esc(sentence)}</q>` : ""}</td></tr>`;
  }).join("");
  const groups = {};
  for (const n of e.neighbours) (groups[n.type] ||= []).push(n);
  const neighbourHtml = Object.entries(groups).map(([type, list]) => `
    <h2>${esc(RELATIONS[type] || type)} <small>${list.length}</small></h2>
    <ul class="results">${list.map((n) => `
      <li>${n.direction === "out" ? "→" : "←"} ${badge(n.label)} ${entityLink(n.id, n.name)}
        ${n.properties.title ? `<span class="muted">${esc(n.properties.title)}</span>` : ""}
        ${n.properties.amount_yuan != null ? `<span class="muted">${Number(n.properties.amount_yuan).toLocaleString("zh-CN")} 元</span>` : ""}
        <ul class="evidence">${(n.properties.evidence_sentences || []).map((s, i) =>
          `<li><q>${esc(s)}</q> <small>${articleLink((n.properties.evidence_articles || [])[i], "原文 article", s)}</small></li>`).join("")}</ul>
        ${moreEvidence(n)}
      </li>`).join("")}</ul>`).join("");
  view().innerHTML = `
    <h1>${badge(e.type)} ${esc(e.name)} ${e.aliases.length ? `<small>又称 also: ${esc(e.aliases.join("、"))}</small>` : ""}</h1>
    <p><a href="#/graph/${encodeURIComponent(e.id)}">在图谱中查看 View in the graph</a> · <span class="muted">id ${esc(e.id)}</span></p>
    <div class="cols">
      <div>${neighbourHtml || `<p class="muted">没有关系 No relations</p>`}</div>
      <div>
        <div class="card"><h2>属性 <small>Properties</small></h2>
          ${facts ? `<table><tr><th>属性 property</th><th>值 value</th><th>出处 sentence</th></tr>${facts}</table>` : `<p class="muted">无 none</p>`}</div>
        <div class="card" id="posts-card" hidden></div>
        <div class="card" id="timeline-card"><h2>时间线 <small>Timeline</small></h2><p class="muted">…</p></div>
        <div class="card"><h2>提及它的文章 <small>Articles that mention it · ${e.article_count}</small></h2>
          <ul>${e.articles.map((a) => `<li>${articleLink(a.id, a.title)}</li>`).join("")}</ul>
          ${e.articles.length < e.article_count ? `<p class="muted">仅列出前 ${e.articles.length} 篇 first ${e.articles.length} shown</p>` : ""}</div>
      </div>
    </div>`;
  view().querySelectorAll("button.more-evidence").forEach((b) => b.addEventListener("click", async () => {
    try { openPanel(await evidenceHtml(b.dataset.relation)); showError(null); } catch (err) { showError(err); }
  }));
  await renderTimeline(e.id);
}

/* ---------- facts in time: an entity's timeline, a body's post history ---------- */

function factLine(f) {
  const other = `${f.direction === "out" ? "→" : "←"} ${badge(f.other_type)} ${entityLink(f.other_id, f.other_name)}`;
  const stated = f.stated_date ? ` <span class="muted">（句中日期 stated ${esc(f.stated_date)}）</span>` : "";
  return `<li class="fact"><span class="rel">${esc(RELATIONS[f.type] || f.type)}</span> ${other}
    ${f.title ? `<span class="muted">${esc(f.title)}</span>` : ""}${stated}<br>
    <q>${esc(f.sentence)}</q> <small>${articleLink(f.article_id, "原文 article", f.sentence)}</small></li>`;
}

async function renderTimeline(id) {
  const t = await api(`/entities/${encodeURIComponent(id)}/timeline`);
  const byDate = {};
  for (const f of t.dated) (byDate[f.date] ||= []).push(f);
  const dated = Object.entries(byDate).map(([day, list]) =>
    `<li class="day"><time>${esc(day)}</time><ul class="evidence">${list.map(factLine).join("")}</ul></li>`).join("");
  const counts = t.counts.map((c) => `<tr class="${c.current ? "current" : ""}"><th>${esc(c.key)}</th><td>${esc(c.value)}</td>
    <td>${esc(c.date || "无日期 undated")}${c.current ? " <small>当前 current</small>" : ""}</td>
    <td>${c.sentence ? `<q>${esc(c.sentence)}</q>` : ""}</td></tr>`).join("");
  $("#timeline-card").innerHTML = `<h2>时间线 <small>Timeline · ${t.dated.length} 条有日期 dated</small></h2>
    ${dated ? `<ul class="timeline">${dated}</ul>` : `<p class="muted">没有带日期的事实 No dated facts</p>`}
    ${t.undated.length ? `<h3>无日期 <small>Undated · ${t.undated.length}</small></h3>
      <ul class="evidence undated">${t.undated.map(factLine).join("")}</ul>` : ""}
    ${counts ? `<h3>数字的历史 <small>Counts over time</small></h3>
      <table class="counts"><tr><th>属性 fact</th><th>值 value</th><th>日期 date</th><th>出处 sentence</th></tr>${counts}</table>` : ""}`;
  const history = await api(`/bodies/${encodeURIComponent(id)}/posts`);
  if (!history.posts.length) return;
  const rows = history.posts.map((p) => `<tr class="${p.current ? "current" : ""}${p.undated ? " undated" : ""}">
    <td>${entityLink(p.person_id, p.person)}</td><td>${esc(p.title || "")}</td>
    <td>${p.undated ? "无日期 undated" : esc(p.since || "?")}</td>
    <td>${p.undated ? "" : p.current ? "至今 now" : esc(p.until || "")}</td>
    <td>${p.evidence.length ? `<q>${esc(p.evidence[0])}</q>` : ""}</td></tr>`).join("");
  const card = $("#posts-card");
  card.innerHTML = `<h2>任职历史 <small>Post history</small></h2>
    <table class="posts"><tr><th>人物 person</th><th>职务 title</th><th>起 from</th><th>止 until</th><th>出处 sentence</th></tr>${rows}</table>`;
  card.hidden = false;
}

/* ---------- graph ---------- */

function cyStyle() {
  const styles = [
    { selector: "node", style: {
        "background-color": (n) => colour(n.data("type")).fill, "border-color": (n) => colour(n.data("type")).border,
        "border-width": 2, label: "data(label)", color: "#1f2933", "font-size": 11, "text-valign": "bottom",
        "text-margin-y": 3, width: (n) => colour(n.data("type")).size * 0.55, height: (n) => colour(n.data("type")).size * 0.55 } },
    { selector: "node.root", style: { "border-width": 5, "border-color": "#1f2933" } },
    { selector: "edge", style: {
        width: 1.6, "curve-style": "bezier", "target-arrow-shape": "triangle", "line-color": (e) => relColour(e.data("type")),
        "target-arrow-color": (e) => relColour(e.data("type")), label: (e) => (RELATIONS[e.data("type")] || "").split(" ")[0],
        "font-size": 9, color: "#616e7c", "text-rotation": "autorotate" } },
    { selector: ".hidden", style: { display: "none" } },
    { selector: ":selected", style: { "overlay-opacity": 0.15, "overlay-color": "#b42318" } },
  ];
  return styles;
}

function relColour(type) {
  const s = state.style.relationship[type] || state.style.relationship["*"] || {};
  return s.color || "#A5ABB6";
}

function graphElements(view) {
  const nodes = view.nodes.map((n) => ({ group: "nodes", data: { id: n.id, label: n.label, type: n.type } }));
  const edges = view.edges.map((e) => ({ group: "edges", data: { id: e.id || `${e.source}-${e.type}-${e.target}`, source: e.source,
    target: e.target, type: e.type, relation: e.id } }));
  return nodes.concat(edges);
}

function addElements(elements) {
  const cy = state.cy;
  const fresh = elements.filter((el) => cy.getElementById(el.data.id).empty());
  cy.add(fresh);
  applyFilters();
  return fresh.length;
}

function layout(animate) {
  const cy = state.cy;
  const big = cy.nodes().length > 400;
  cy.layout(big ? { name: "concentric", concentric: (n) => n.degree(), levelWidth: () => 2, animate: false, minNodeSpacing: 4 }
                : { name: "cose", animate: animate ? "end" : false, randomize: false, nodeRepulsion: 9000, idealEdgeLength: 80,
                    numIter: 800 }).run();
}

function applyFilters() {
  if (!state.cy) return;
  const labels = new Set([...document.querySelectorAll("input[name=label]:checked")].map((i) => i.value));
  const types = new Set([...document.querySelectorAll("input[name=rel]:checked")].map((i) => i.value));
  state.cy.batch(() => {
    state.cy.nodes().forEach((n) => n.toggleClass("hidden", !labels.has(n.data("type"))));
    state.cy.edges().forEach((e) => e.toggleClass("hidden", !types.has(e.data("type"))));
  });
  $("#graph-count").textContent = `${state.cy.nodes().length} 个节点 nodes · ${state.cy.edges().length} 条关系 relations`;
}

function mountGraph(elements, rootId) {
  const labelBoxes = Object.entries(LABELS).map(([k, v]) =>
    `<label><input type="checkbox" name="label" value="${k}" checked><span class="swatch" style="background:${colour(k).fill}"></span>${esc(v)}</label>`).join("");
  const relBoxes = Object.entries(RELATIONS).map(([k, v]) =>
    `<label><input type="checkbox" name="rel" value="${k}" checked><span class="swatch" style="background:${relColour(k)}"></span>${esc(v)}</label>`).join("");
  $("#graph-area").innerHTML = `
    <div id="graph-wrap">
      <div class="filters">
        <fieldset><legend>节点类型 Node labels</legend>${labelBoxes}</fieldset>
        <fieldset><legend>关系类型 Relation types</legend>${relBoxes}</fieldset>
        <p class="muted" id="graph-count"></p>
        <p class="muted">点击节点展开邻居；点击关系查看出处句子。 Click a node to add its neighbours; click a relation to read its sentences.</p>
      </div>
      <div id="cy" role="img" aria-label="graph"></div>
    </div>`;
  if (state.cy) state.cy.destroy();
  state.cy = cytoscape({ container: $("#cy"), elements, style: cyStyle(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });
  window.ruralkgGraph = state.cy;  // for tests and for the curious, in the console
  window.ruralkg = { addElements, layout };
  if (rootId) state.cy.getElementById(rootId).addClass("root");
  layout(false);
  document.querySelectorAll(".filters input").forEach((i) => i.addEventListener("change", applyFilters));
  applyFilters();
  state.cy.on("tap", "node", async (evt) => {
    const node = evt.target;
    try {
      const more = await api(`/entities/${encodeURIComponent(node.id())}/graph`, { depth: 1 });
      const added = addElements(graphElements(more));
      if (added) layout(true);
      openPanel(`<h2>${badge(node.data("type"))} ${esc(node.data("label"))}</h2>
        <p>${entityLink(node.id(), "实体页面 Entity page")} · 新增 ${added} 个元素 added</p>`);
      showError(null);
    } catch (err) { showError(err); }
  });
  state.cy.on("tap", "edge", async (evt) => {
    const rel = evt.target.data("relation");
    if (!rel) return;
    try { openPanel(await evidenceHtml(rel)); showError(null); } catch (err) { showError(err); }
  });
}

async function renderGraph(id, params) {
  const depth = params.get("depth") || "1";
  view().innerHTML = `
    <h1>图谱 <small>Graph view</small></h1>
    <div class="row">
      <label>从实体开始 <small>start from an entity</small><input id="graph-q" class="wide" placeholder="名称 name, e.g. 张炉集镇"></label>
      <label>深度 <small>depth</small><select id="graph-depth"><option>1</option><option>2</option><option>3</option></select></label>
      <button class="primary" id="graph-go" type="button">显示 Show</button>
    </div>
    <div id="graph-area"></div>`;
  $("#graph-depth").value = depth;
  $("#graph-go").addEventListener("click", async () => {
    const q = $("#graph-q").value.trim();
    if (!q) return;
    try {
      const hits = await api("/entities", { q, limit: 1 });
      if (!hits.results.length) throw new Error(`没有找到 not found: ${q}`);
      location.hash = `#/graph/${encodeURIComponent(hits.results[0].id)}?depth=${$("#graph-depth").value}`;
    } catch (err) { showError(err); }
  });
  if (!id) { $("#graph-area").innerHTML = `<p class="muted">输入名称开始。 Type a name to start.</p>`; return; }
  const data = await api(`/entities/${encodeURIComponent(id)}/graph`, { depth, limit: 1000 });
  const root = data.nodes.find((n) => n.id === data.root);
  $("#graph-q").value = root ? root.label : "";
  mountGraph(graphElements(data), data.root);
}

/* ---------- saved queries ---------- */

function resultGraph(rows) {
  const nodes = new Map(), edges = [];
  for (const r of rows) {
    if (r.source && r.target && r.type) {
      nodes.set(r.source, { id: r.source, label: r.source_name || r.source, type: r.source_type || "Organization" });
      nodes.set(r.target, { id: r.target, label: r.target_name || r.target, type: r.target_type || "Organization" });
      edges.push({ id: r.relation_id, source: r.source, target: r.target, type: r.type });
    } else if (Array.isArray(r.ids) && Array.isArray(r.relations)) {
      r.ids.forEach((nid, i) => nodes.set(nid, { id: nid, label: (r.names || [])[i] || nid, type: "Organization" }));
      r.relations.forEach((t, i) => edges.push({ source: r.ids[i], target: r.ids[i + 1], type: t }));
    }
  }
  return nodes.size ? { nodes: [...nodes.values()], edges } : null;
}

function cell(value) {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return esc(value.map((v) => (typeof v === "object" ? JSON.stringify(v) : v)).join("；"));
  if (typeof value === "object") return esc(JSON.stringify(value));
  return esc(value);
}

function table(rows, columns) {
  if (!rows.length) return `<p class="muted">没有结果 No rows</p>`;
  const cols = columns || Object.keys(rows[0]);
  return `<table class="result"><tr>${cols.map((c) => `<th>${esc(COLUMN_NAMES[c] || c)}</th>`).join("")}</tr>
    ${rows.map((r) => `<tr>${cols.map((c) => `<td class="${typeof r[c] === "number" ? "num" : ""}">${cell(r[c])}</td>`).join("")}</tr>`).join("")}</table>`;
}

async function renderQueries(name) {
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
    return `<label>${esc(p.name)} <small>${esc(p.type)}${p.required ? " · 必填 required" : ""} ${esc(p.help)}</small>
      <input name="${esc(p.name)}" value="${esc(shown)}" ${p.type === "int" ? 'type="number"' : ""}></label>`;
  }).join("");
  $("#query-form").innerHTML = `<div class="card"><h2>${esc(q.description_zh)} <small>${esc(q.description_en)} · ${esc(q.name)}</small></h2>
    <form id="qform" class="row">${fields}<button class="primary" type="submit">运行 Run</button>
    <a id="csv" href="#" download="${esc(q.name)}.csv">下载 CSV download</a></form></div><div id="qresult"></div>`;
  const params = () => {
    const out = {};
    for (const input of $("#qform").querySelectorAll("input")) if (input.value !== "") out[input.name] = input.value;
    return out;
  };
  const updateCsv = () => {
    const url = new URL(`/queries/${q.name}`, location.origin);
    Object.entries(params()).forEach(([k, v]) => url.searchParams.set(k, v));
    url.searchParams.set("format", "csv");
    $("#csv").href = url.pathname + url.search;
  };
  $("#qform").addEventListener("input", updateCsv);
  updateCsv();
  $("#qform").addEventListener("submit", async (evt) => {
    evt.preventDefault();
    try {
      const result = await api(`/queries/${q.name}`, params());
      showError(null);
      const graph = resultGraph(result.rows);
      $("#qresult").innerHTML = `<p class="muted">${result.count} 行 rows</p>
        ${graph ? `<button type="button" id="as-graph">以图谱显示 Show as graph</button><div id="graph-area"></div>` : ""}
        ${table(result.rows)}`;
      if (graph) $("#as-graph").addEventListener("click", () => mountGraph(graphElements(graph), null));
    } catch (err) { showError(err); }
  });
}

/* ---------- comparisons ---------- */

function barChart(rows, nameCol, metric) {
  const max = Math.max(1, ...rows.map((r) => Number(r[metric]) || 0));
  const barH = 26, width = 640, left = 140;
  const bars = rows.map((r, i) => {
    const v = Number(r[metric]) || 0, w = Math.round((width - left - 90) * v / max), y = i * (barH + 8);
    return `<g class="bar"><text x="${left - 8}" y="${y + 17}" text-anchor="end">${esc(r[nameCol])}</text>
      <rect x="${left}" y="${y}" width="${w}" height="${barH}" fill="#F79767" rx="3"></rect>
      <text x="${left + w + 6}" y="${y + 17}">${v.toLocaleString("zh-CN")}</text></g>`;
  }).join("");
  return `<svg class="chart" width="${width}" height="${rows.length * (barH + 8)}" role="img" aria-label="${esc(metric)}">${bars}</svg>`;
}

function renderCompare(params) {
  const level = params.get("level") || "townships";
  view().innerHTML = `<h1>横向对比 <small>Compare side by side</small></h1>
    <form class="row" id="cform">
      <label>层级 <small>level</small><select id="level"><option value="townships">乡镇 townships</option>
        <option value="counties">县 counties</option></select></label>
      <label>名称（逗号分隔）<small>names, comma separated</small><input id="names" class="wide" value="${esc(params.get("names") || "")}" placeholder="张炉集镇,斗虎屯镇"></label>
      <button class="primary" type="submit">对比 Compare</button></form>
    <div id="cresult"></div>`;
  $("#level").value = level;
  const run = async () => {
    const names = $("#names").value.split(/[,，、\s]+/).filter(Boolean);
    if (names.length < 2) { showError(new Error("至少两个名称 give at least two names")); return; }
    try {
      const t = await api(`/compare/${$("#level").value}`, { names });
      showError(null);
      const nameCol = t.level === "townships" ? "township" : "county";
      const numeric = t.columns.filter((c) => t.rows.every((r) => typeof r[c] === "number"));
      const columns = t.columns.filter((c) => c !== "id");
      $("#cresult").innerHTML = `
        ${t.unknown.length ? `<p class="warn">图中没有：${esc(t.unknown.join("、"))} · Not in the graph: ${esc(t.unknown.join(", "))}</p>` : ""}
        ${table(t.rows, columns)}
        <h2>图表 <small>Chart</small></h2>
        <label>指标 <small>measure</small><select id="metric">${numeric.map((c) => `<option value="${c}">${esc(COLUMN_NAMES[c] || c)}</option>`).join("")}</select></label>
        <div id="chart"></div>`;
      const draw = () => { $("#chart").innerHTML = barChart(t.rows, nameCol, $("#metric").value); };
      $("#metric").addEventListener("change", draw);
      draw();
    } catch (err) { showError(err); }
  };
  $("#cform").addEventListener("submit", (evt) => { evt.preventDefault(); run(); });
  if (params.get("names")) run();
}

/* ---------- articles ---------- */

async function renderArticles() {
  const page = await api("/articles", { limit: 500 });
  view().innerHTML = `<h1>文章 <small>Articles</small> <small>${page.results.length}</small></h1>
    ${table(page.results.map((a) => ({ ...a })), ["title", "published", "source", "authors", "char_count", "entities"])}`;
  const rows = view().querySelectorAll("table.result tr");
  page.results.forEach((a, i) => {
    const td = rows[i + 1].children[0];
    td.innerHTML = articleLink(a.id, a.title || a.source || a.id);
    if (!a.published) rows[i + 1].children[1].innerHTML = `<span class="muted undated">无日期 undated</span>`;
  });
}

function highlight(text, entities) {
  const names = [];
  for (const e of entities) for (const n of [e.name, ...e.aliases]) if (n && n.length > 1) names.push([n, e]);
  names.sort((a, b) => b[0].length - a[0].length);
  if (!names.length) return esc(text);
  const byName = new Map(names);
  const pattern = new RegExp(names.map(([n]) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"), "g");
  let out = "", last = 0;
  for (const m of text.matchAll(pattern)) {
    const e = byName.get(m[0]);
    out += esc(text.slice(last, m.index)) +
      `<mark class="ent" style="border-color:${colour(e.type).fill}" title="${esc(LABELS[e.type] || e.type)}" data-id="${esc(e.id)}">${esc(m[0])}</mark>`;
    last = m.index + m[0].length;
  }
  return out + esc(text.slice(last));
}

async function renderArticle(id, params) {
  const a = await api(`/articles/${encodeURIComponent(id)}`);
  const text = a.text || "";
  const sentence = params.get("s");
  let body;
  // a long list sentence is kept as two clauses joined by "…": highlight the first
  const probe = sentence && !text.includes(sentence) && sentence.includes("…") ? sentence.split("…")[0] : sentence;
  const at = probe ? text.indexOf(probe) : -1;
  if (at >= 0) {
    body = highlight(text.slice(0, at), a.entities) +
      `<mark class="sentence" id="highlighted">${highlight(probe, a.entities)}</mark>` +
      highlight(text.slice(at + probe.length), a.entities);
  } else {
    body = highlight(text, a.entities);
  }
  const rels = a.relations.map((r) => `<li>${entityLink(r.source, r.source_name)} <strong>${esc(RELATIONS[r.type] || r.type)}</strong>
    ${entityLink(r.target, r.target_name)}<ul class="evidence">${r.sentences.map((s) =>
      `<li><a href="#/article/${encodeURIComponent(a.id)}?s=${encodeURIComponent(s)}">${esc(s)}</a></li>`).join("")}</ul></li>`).join("");
  view().innerHTML = `<h1>${esc(a.title || a.source || a.id)}</h1>
    <p class="muted">${esc(a.published || "")} · ${esc(a.source || "")} · ${esc((a.authors || []).join("、"))}</p>
    ${sentence && at < 0 ? `<p class="warn">句子不在正文中 The sentence was not found in the text.</p>` : ""}
    <div class="cols"><div class="article-text">${body}</div>
      <div><div class="card"><h2>实体 <small>Entities</small> <small>${a.entities.length}</small></h2>
        <p>${a.entities.map((e) => `${badge(e.type)} ${entityLink(e.id, e.name)}`).join(" ")}</p></div>
      <div class="card"><h2>关系 <small>Relations</small> <small>${a.relations.length}</small></h2><ul>${rels}</ul></div></div></div>`;
  view().querySelectorAll("mark.ent").forEach((m) => m.addEventListener("click", () => { location.hash = `#/entity/${m.dataset.id}`; }));
  const mark = $("#highlighted");
  if (mark) mark.scrollIntoView({ block: "center" });
}

/* ---------- routing ---------- */

async function route() {
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query || "");
  const [, name, arg] = (path || "/search").split("/").map(decodeURIComponent);
  document.querySelectorAll("nav a[data-view]").forEach((a) =>
    a.classList.toggle("active", a.dataset.view === name || (name === "entity" && a.dataset.view === "search") ||
                                 (name === "article" && a.dataset.view === "articles")));
  closePanel();
  showError(null);
  try {
    switch (name) {
      case "entity": await renderEntity(arg); break;
      case "graph": await renderGraph(arg, params); break;
      case "queries": await renderQueries(arg); break;
      case "compare": renderCompare(params); break;
      case "articles": await renderArticles(); break;
      case "article": await renderArticle(arg, params); break;
      default: renderSearch(params);
    }
    document.body.dataset.view = name || "search";
  } catch (err) {
    showError(err);
  }
}

async function start() {
  try {
    state.style = await api("/browser/style.json");
    const h = await api("/health");
    $("#health").textContent = `${h.engine} · ${h.articles} 篇文章 articles · ${h.nodes} 节点 nodes · ${h.relations} 关系 relations`;
  } catch (err) { showError(err); }
  $("#panel-close").addEventListener("click", closePanel);
  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "1";
}

start();
