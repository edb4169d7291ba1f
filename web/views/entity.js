/* An entity's page: properties with their sentences, neighbours by relation, timeline, post history. */
import { api, articleLink, badge, entityLink, esc, evidenceHtml, num, openPanel, showError, view, $ } from "../core.js";
import { RELATIONS, word } from "../i18n.js";

const INTERNAL_PROPS = new Set(["id", "name", "type", "key", "aliases", "linked", "article_count"]);

/* the entity answer carries a few sentences per relation; the rest open in the side panel */
function moreEvidence(n) {
  const shown = (n.properties.evidence_sentences || []).length, total = n.properties.evidence_count || 0;
  if (total <= shown || !n.relation_id) return "";
  return `<button class="link more-evidence" data-relation="${esc(n.relation_id)}">还有 ${num(total - shown)} 句 ${num(total - shown)} more sentences</button>`;
}

function value(v) {
  if (Array.isArray(v)) return esc(v.map((x) => (typeof x === "number" ? num(x) : x)).join("、"));
  return esc(typeof v === "number" ? num(v) : v);
}

export async function renderEntity(id) {
  const e = await api(`/entities/${encodeURIComponent(id)}`);
  const props = Object.entries(e.properties).filter(([k]) => !INTERNAL_PROPS.has(k) && !k.endsWith("_evidence"));
  const facts = props.map(([k, v]) => {
    const sentence = e.properties[`${k}_evidence`];
    return `<tr><th>${esc(word(k))}</th><td class="${typeof v === "number" ? "num" : ""}">${value(v)}</td>
      <td>${sentence ? `<q>${esc(sentence)}</q>` : ""}</td></tr>`;
  }).join("");
  const groups = {};
  for (const n of e.neighbours) (groups[n.type] ||= []).push(n);
  const neighbourHtml = Object.entries(groups).map(([type, list]) => `
    <h2>${esc(RELATIONS[type] || type)} <small>${num(list.length)}</small></h2>
    <ul class="results">${list.map((n) => `
      <li>${n.direction === "out" ? "→" : "←"} ${badge(n.label)} ${entityLink(n.id, n.name)}
        ${n.properties.title ? `<span class="muted">${esc(n.properties.title)}</span>` : ""}
        ${n.properties.amount_yuan != null ? `<span class="muted">${num(Number(n.properties.amount_yuan))} 元</span>` : ""}
        <ul class="evidence">${(n.properties.evidence_sentences || []).map((s, i) =>
          `<li><q>${esc(s)}</q> <small>${articleLink((n.properties.evidence_articles || [])[i], "原文 article", s)}</small></li>`).join("")}</ul>
        ${moreEvidence(n)}
      </li>`).join("")}</ul>`).join("");
  view().innerHTML = `
    <h1>${badge(e.type)} ${esc(e.name)} ${e.aliases.length ? `<small>又称 also: ${esc(e.aliases.join("、"))}</small>` : ""}</h1>
    <p><a href="#/graph/${encodeURIComponent(e.id)}">在图谱中查看 View in the graph</a>
      ${["Province", "City", "County", "Township"].includes(e.type) ? ` · <a href="#/rollup/${encodeURIComponent(e.id)}">汇总 Roll-up</a>` : ""}
      · <span class="muted">标识 id ${esc(e.id)}</span></p>
    <div class="cols">
      <div>${neighbourHtml || `<p class="muted">没有关系 No relations</p>`}</div>
      <div>
        <div class="card"><h2>属性 <small>Properties</small></h2>
          ${facts ? `<table><tr><th>属性 property</th><th>值 value</th><th>出处 sentence</th></tr>${facts}</table>` : `<p class="muted">无 none</p>`}</div>
        <div class="card" id="posts-card" hidden></div>
        <div class="card" id="timeline-card"><h2>时间线 <small>Timeline</small></h2><p class="muted">…</p></div>
        <div class="card"><h2>提及它的文章 <small>Articles that mention it · ${num(e.article_count)}</small></h2>
          <ul>${e.articles.map((a) => `<li>${articleLink(a.id, a.title)}</li>`).join("")}</ul>
          ${e.articles.length < e.article_count ? `<p class="muted">仅列出前 ${num(e.articles.length)} 篇 first ${num(e.articles.length)} shown</p>` : ""}</div>
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
  const counts = t.counts.map((c) => `<tr class="${c.current ? "current" : ""}"><th>${esc(word(c.key))}</th><td class="num">${value(c.value)}</td>
    <td>${esc(c.date || "无日期 undated")}${c.current ? " <small>当前 current</small>" : ""}</td>
    <td>${c.sentence ? `<q>${esc(c.sentence)}</q>` : ""}</td></tr>`).join("");
  $("#timeline-card").innerHTML = `<h2>时间线 <small>Timeline · ${num(t.dated.length)} 条有日期 dated</small></h2>
    ${dated ? `<ul class="timeline">${dated}</ul>` : `<p class="muted">没有带日期的事实 No dated facts</p>`}
    ${t.undated.length ? `<h3>无日期 <small>Undated · ${num(t.undated.length)}</small></h3>
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
