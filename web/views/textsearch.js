/* 文本 Full-text search over article text and evidence sentences (GET /search/text): each hit with its
   article and the sentence, the matched words marked at the offsets the API gives; counts and paging. */
import { api, articleLink, esc, num, routeMissing, showError, view, yearInputs, yearParams, $ } from "../core.js";
import { MSG } from "../i18n.js";

/** the sentence with [start, end) character ranges marked; overlapping or out-of-range marks are clipped */
export function marked(sentence, marks) {
  const chars = [...sentence];  // offsets count characters (code points), not UTF-16 units
  let out = "", at = 0;
  for (const [s, e] of [...(marks || [])].sort((a, b) => a[0] - b[0])) {
    const start = Math.max(s, at), end = Math.min(e, chars.length);
    if (end <= start) continue;
    out += esc(chars.slice(at, start).join("")) + `<mark class="hit">${esc(chars.slice(start, end).join(""))}</mark>`;
    at = end;
  }
  return out + esc(chars.slice(at).join(""));
}

export async function renderTextSearch(params) {
  const q = params.get("q") || "", place = params.get("place") || "";
  const years = Object.fromEntries(["from_year", "to_year"].filter((k) => params.get(k)).map((k) => [k, params.get(k)]));
  const page = Math.max(1, parseInt(params.get("page") || "1", 10)), size = 20;
  view().innerHTML = `<h1>全文搜索 <small>Search the text</small></h1>
    <form class="row" id="tform">
      <label>词语 <small>words</small><input id="tq" type="search" class="wide" autocomplete="off" placeholder="例如 集体经济" value="${esc(q)}"></label>
      <label>地点（可选）<small>place, optional</small><input id="tplace" placeholder="例如 南乐县" value="${esc(place)}"></label>
      ${yearInputs(params)}
      <button class="primary" type="submit">搜索 Search</button></form>
    <div id="tresult"></div>`;
  $("#tform").addEventListener("submit", (evt) => {
    evt.preventDefault();
    const p = new URLSearchParams({ q: $("#tq").value.trim() });
    if ($("#tplace").value.trim()) p.set("place", $("#tplace").value.trim());
    for (const [k, v] of Object.entries(yearParams())) p.set(k, v);
    location.hash = `#/text?${p}`;
  });
  if (!q) return;
  let r;
  try {
    r = await api("/search/text", { q, place, page, size, ...years });
  } catch (err) {
    if (routeMissing(err)) { $("#tresult").innerHTML = `<p class="warn missing">${esc(MSG.routeMissing)}: /search/text</p>`; return; }
    throw err;
  }
  showError(null);
  const pages = Math.max(1, Math.ceil(r.total / r.size));
  const link = (n, text) => {
    const p = new URLSearchParams({ q, page: String(n), ...years });
    if (place) p.set("place", place);
    return `<a class="page" href="#/text?${p}">${text}</a>`;
  };
  $("#tresult").innerHTML = `<p class="muted count">共 ${num(r.total)} 条 ${num(r.total)} hits · 第 ${num(r.page)} / ${num(pages)} 页 page</p>
    ${r.hits.length ? `<ul class="results hits">${r.hits.map((h) => `<li class="hit">
      <strong>${articleLink(h.article_id, h.title, h.sentence)}</strong> <span class="muted">${esc(h.published || "无日期 undated")}</span><br>
      <q>${marked(h.sentence, h.marks)}</q></li>`).join("")}</ul>` : `<p class="muted">${esc(MSG.noResults)}</p>`}
    <p class="row pager">${r.page > 1 ? link(r.page - 1, "← 上一页 previous") : ""} ${r.page < pages ? link(r.page + 1, "下一页 next →") : ""}</p>`;
}
