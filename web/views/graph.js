/* 图谱 Graph view: cytoscape.js (vendored, loaded as a classic script before the modules), depth 1–3 around
   an entity, click to expand, filters, and the picture as PNG (cytoscape's own cy.png) or SVG (written here:
   the only SVG exporter for cytoscape on npm is GPL-3.0, see docs/decisions.md). */
import { api, badge, choiceList, colour, entityLink, esc, evidenceHtml, num, openPanel, relColour, showError, state,
         view, yearInputs, yearParams, $ } from "../core.js";
import { LABELS, RELATIONS } from "../i18n.js";

function cyStyle() {
  return [
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
}

export function graphElements(g) {
  const nodes = g.nodes.map((n) => ({ group: "nodes", data: { id: n.id, label: n.label, type: n.type } }));
  const edges = g.edges.map((e) => ({ group: "edges", data: { id: e.id || `${e.source}-${e.type}-${e.target}`, source: e.source,
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
  $("#graph-count").textContent = `${num(state.cy.nodes().length)} 个节点 nodes · ${num(state.cy.edges().length)} 条关系 relations`;
}

/** The visible graph as a standalone SVG document: nodes as circles in their label's colour, relations as lines. */
export function graphSvg(cy) {
  const shown = cy.elements().filter((el) => !el.hasClass("hidden"));
  const bb = shown.boundingBox({ includeLabels: true });
  const pad = 20, w = Math.ceil(bb.w + 2 * pad), h = Math.ceil(bb.h + 2 * pad);
  const x = (v) => (v - bb.x1 + pad).toFixed(1), y = (v) => (v - bb.y1 + pad).toFixed(1);
  const edges = shown.edges().map((e) => {
    const s = e.source().position(), t = e.target().position(), c = relColour(e.data("type"));
    return `<line x1="${x(s.x)}" y1="${y(s.y)}" x2="${x(t.x)}" y2="${y(t.y)}" stroke="${c}" stroke-width="1.6"><title>${esc(e.data("type"))}</title></line>`;
  }).join("\n");
  const nodes = shown.nodes().map((n) => {
    const p = n.position(), c = colour(n.data("type")), r = (n.width() / 2).toFixed(1);
    return `<g class="node"><circle cx="${x(p.x)}" cy="${y(p.y)}" r="${r}" fill="${c.fill}" stroke="${c.border}" stroke-width="2"/>` +
      `<text x="${x(p.x)}" y="${(Number(y(p.y)) + Number(r) + 12).toFixed(1)}" text-anchor="middle">${esc(n.data("label"))}</text></g>`;
  }).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}" font-family="Noto Sans CJK SC, sans-serif" font-size="11">
<rect width="100%" height="100%" fill="#fff"/>
${edges}
${nodes}
</svg>
`;
}

function download(name, blob) {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = name;
  document.body.appendChild(a);
  a.click();
  setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
}

function exportButtons() {
  $("#export-png").addEventListener("click", () =>
    download("ruralkg-graph.png", state.cy.png({ output: "blob", full: true, scale: 2, bg: "#ffffff" })));
  $("#export-svg").addEventListener("click", () =>
    download("ruralkg-graph.svg", new Blob([graphSvg(state.cy)], { type: "image/svg+xml" })));
}

export function mountGraph(elements, rootId) {
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
        <p class="row"><button type="button" id="export-png">下载 PNG</button><button type="button" id="export-svg">下载 SVG</button></p>
        <p class="muted">点击节点展开邻居；点击关系查看出处句子。 Click a node to add its neighbours; click a relation to read its sentences.</p>
      </div>
      <div id="cy" role="img" aria-label="graph"></div>
    </div>`;
  if (state.cy) state.cy.destroy();
  state.cy = window.cytoscape({ container: $("#cy"), elements, style: cyStyle(), wheelSensitivity: 0.3, minZoom: 0.05, maxZoom: 4 });
  window.ruralkgGraph = state.cy;  // for tests and for the curious, in the console
  window.ruralkg = { addElements, layout, graphSvg: () => graphSvg(state.cy) };
  if (rootId) state.cy.getElementById(rootId).addClass("root");
  layout(false);
  document.querySelectorAll(".filters input").forEach((i) => i.addEventListener("change", applyFilters));
  applyFilters();
  exportButtons();
  state.cy.on("tap", "node", async (evt) => {
    const node = evt.target;
    try {
      const more = await api(`/entities/${encodeURIComponent(node.id())}/graph`, { depth: 1, ...yearParams() });
      const added = addElements(graphElements(more));
      if (added) layout(true);
      openPanel(`<h2>${badge(node.data("type"))} ${esc(node.data("label"))}</h2>
        <p>${entityLink(node.id(), "实体页面 Entity page")} · 新增 ${num(added)} 个元素 added</p>`);
      showError(null);
    } catch (err) { showError(err); }
  });
  state.cy.on("tap", "edge", async (evt) => {
    const rel = evt.target.data("relation");
    if (!rel) return;
    try { openPanel(await evidenceHtml(rel)); showError(null); } catch (err) { showError(err); }
  });
}

function goTo(id) {
  const p = new URLSearchParams({ depth: $("#graph-depth").value, ...yearParams() });
  location.hash = `#/graph/${encodeURIComponent(id)}?${p}`;
}

/* Enter or the button searches; one exact match opens at once, anything else is a choice (never the first hit) */
async function find() {
  const q = $("#graph-q").value.trim();
  if (!q) return;
  try {
    const hits = (await api("/entities", { q, limit: 20 })).results;
    showError(null);
    const exact = hits.filter((h) => h.name === q || (h.aliases || []).includes(q));
    if (exact.length === 1) { goTo(exact[0].id); return; }
    if (!hits.length) throw new Error(`没有找到 not found: ${q}`);
    choiceList($("#graph-choices"), (exact.length ? exact : hits).map((h) => ({ ...h, path: h.places })), goTo);
  } catch (err) { showError(err); }
}

export async function renderGraph(id, params) {
  const depth = params.get("depth") || "1";
  view().innerHTML = `
    <h1>图谱 <small>Graph view</small></h1>
    <form class="row" id="graph-form">
      <label>从实体开始 <small>start from an entity</small><input id="graph-q" class="wide" autocomplete="off" placeholder="名称 name, e.g. 张炉集镇"></label>
      <label>深度 <small>depth</small><select id="graph-depth"><option>1</option><option>2</option><option>3</option></select></label>
      ${yearInputs(params)}
      <button class="primary" id="graph-go" type="submit">显示 Show</button>
    </form>
    <div id="graph-choices"></div>
    <div id="graph-area"></div>`;
  $("#graph-depth").value = depth;
  // with an entity shown, an empty name box redraws it (a new depth or year range); a name searches
  $("#graph-form").addEventListener("submit", (evt) => {
    evt.preventDefault();
    if (id && (!$("#graph-q").value.trim() || $("#graph-q").value.trim() === shown)) goTo(id); else find();
  });
  let shown = "";
  if (!id) { $("#graph-area").innerHTML = `<p class="muted">输入名称开始。 Type a name to start.</p>`; return; }
  const data = await api(`/entities/${encodeURIComponent(id)}/graph`, { depth, limit: 1000, ...yearParams() });
  const root = data.nodes.find((n) => n.id === data.root);
  shown = root ? root.label : "";
  $("#graph-q").value = shown;
  mountGraph(graphElements(data), data.root);
}
