/* 文章 Articles: the list, and one article's text with its entities marked and a cited sentence highlighted. */
import { api, articleLink, badge, colour, entityLink, esc, num, table, view, $ } from "../core.js";
import { LABELS, RELATIONS } from "../i18n.js";

export async function renderArticles() {
  const page = await api("/articles", { limit: 500 });
  const shown = page.results.length < page.total ? `${num(page.results.length)} / ${num(page.total)}` : num(page.total);
  view().innerHTML = `<h1>文章 <small>Articles</small> <small class="count">${shown}</small></h1>
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

export async function renderArticle(id, params) {
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
      <div><div class="card"><h2>实体 <small>Entities</small> <small>${num(a.entities.length)}</small></h2>
        <p>${a.entities.map((e) => `${badge(e.type)} ${entityLink(e.id, e.name)}`).join(" ")}</p></div>
      <div class="card"><h2>关系 <small>Relations</small> <small>${num(a.relations.length)}</small></h2><ul>${rels}</ul></div></div></div>`;
  view().querySelectorAll("mark.ent").forEach((m) => m.addEventListener("click", () => { location.hash = `#/entity/${m.dataset.id}`; }));
  const mark = $("#highlighted");
  if (mark) mark.scrollIntoView({ block: "center" });
}
