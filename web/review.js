// The review page: merge proposals side by side with their articles and sentences, one click to
// decide (POST /curation/decisions), the decisions with undo. Its own file: the explorer's app.js is
// not touched.
"use strict";

const state = { proposals: [], current: 0 };

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c ?? "")));
  return node;
}

function showError(message) {
  const box = document.getElementById("error");
  box.textContent = message;
  box.hidden = !message;
}

async function call(path, options = {}) {
  const resp = await fetch(path, { headers: { "Content-Type": "application/json" }, ...options });
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new Error(body.message || `${resp.status} ${path}`);
  return body;
}

async function side(box, brief) {
  box.replaceChildren(el("h3", {}, brief.name), el("div", { class: "key" }, brief.key));
  const detail = await call(`/entities/${encodeURIComponent(brief.id)}`);
  if (detail.aliases && detail.aliases.length) box.append(el("div", { class: "muted" }, "别名 aliases: " + detail.aliases.join("、")));
  box.append(el("h4", {}, `文章 Articles (${detail.article_count})`));
  const arts = el("ul");
  for (const a of detail.articles) arts.append(el("li", {}, el("a", { href: `/#/article/${a.id}` }, a.title || a.path || a.id)));
  box.append(arts);
  box.append(el("h4", {}, `关系与出处 Relations and sentences (${detail.neighbour_count})`));
  const rels = el("ul", { class: "sentences" });
  for (const n of detail.neighbours.slice(0, 20)) {
    const sentences = el("ul", { class: "evidence" });
    for (const s of (n.properties.evidence_sentences || []).slice(0, 2)) sentences.append(el("li", {}, s));
    rels.append(el("li", {}, `${n.type} ${n.direction === "out" ? "→" : "←"} ${n.name}`, sentences));
  }
  box.append(rels);
}

async function showPair() {
  const pair = state.proposals[state.current];
  document.getElementById("pair").hidden = !pair;
  document.getElementById("empty").hidden = !!pair;
  document.querySelectorAll("#proposals li").forEach((li, i) => li.classList.toggle("active", i === state.current));
  if (!pair) return;
  document.getElementById("evidence-box").replaceChildren(
    el("strong", {}, `证据 Evidence (score ${pair.score}): `), pair.evidence.join("；"));
  await Promise.all([side(document.getElementById("side-a"), pair.a), side(document.getElementById("side-b"), pair.b)]);
}

async function loadProposals() {
  const params = new URLSearchParams(location.search);
  state.proposals = await call("/curation/proposals?limit=200");
  if (params.get("a") && params.get("b")) {  // a pair named in the address (from the explorer or a link)
    const [a, b] = await Promise.all([call(`/entities/${params.get("a")}`), call(`/entities/${params.get("b")}`)]);
    const brief = (d) => ({ id: d.id, name: d.name, type: d.type, key: d.properties.key });
    state.proposals.unshift({ a: brief(a), b: brief(b), score: 0, evidence: ["chosen by hand"] });
  }
  state.current = 0;
  const list = document.getElementById("proposals");
  list.replaceChildren(...state.proposals.map((p, i) => {
    const li = el("li", {}, `${p.a.name} ⇔ ${p.b.name}`, el("small", {}, `${p.a.type} · ${p.score} · ${p.evidence[0]}`));
    li.addEventListener("click", () => { state.current = i; showPair().catch((e) => showError(e.message)); });
    return li;
  }));
  await showPair();
}

async function loadDecisions() {
  const rows = await call("/curation/decisions");
  const body = document.querySelector("#decisions tbody");
  body.replaceChildren(...rows.slice().reverse().map((d) => {
    const stateText = !d.active ? "undone 已撤销" : d.stale ? `stale 已失效: ${d.stale}` : `applies 生效 (${d.articles.length})`;
    const undo = el("button", { type: "button", class: "undo" }, "撤销 Undo");
    undo.disabled = !d.active;
    undo.addEventListener("click", () => act(() => call(`/curation/decisions/${d.id}/undo`, { method: "POST", body: "{}" })));
    const tr = el("tr", { "data-id": d.id, class: !d.active ? "undone" : d.stale ? "stale" : "" },
      el("td", {}, d.kind), el("td", {}, d.targets.join("\n") + (d.name ? ` → ${d.name}` : "")),
      el("td", {}, `${d.who || ""} ${d.when || ""}`), el("td", {}, stateText), el("td", {}, undo));
    return tr;
  }));
}

async function act(work) {
  document.body.dataset.busy = "1";
  try {
    showError("");
    await work();
    await Promise.all([loadProposals(), loadDecisions()]);
  } catch (e) {
    showError(e.message);
  } finally {
    delete document.body.dataset.busy;
    document.body.dataset.done = String(Number(document.body.dataset.done || 0) + 1);
  }
}

function decide(kind, keepRight) {
  const pair = state.proposals[state.current];
  if (!pair) return;
  const [first, second] = keepRight ? [pair.b, pair.a] : [pair.a, pair.b];
  const body = { kind, targets: [first.key, second.key], name: kind === "merge" ? first.name : "", why: pair.evidence.join("; ") };
  return act(() => call("/curation/decisions", { method: "POST", body: JSON.stringify(body) }));
}

document.getElementById("merge-a").addEventListener("click", () => decide("merge", false));
document.getElementById("merge-b").addEventListener("click", () => decide("merge", true));
document.getElementById("distinct").addEventListener("click", () => decide("distinct", false));
document.getElementById("skip").addEventListener("click", () => {
  state.current += 1;
  showPair().catch((e) => showError(e.message));
});

Promise.all([loadProposals(), loadDecisions()])
  .catch((e) => showError(e.message))
  .finally(() => { document.body.dataset.ready = "1"; });
