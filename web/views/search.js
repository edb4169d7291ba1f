/* 搜索 Search entities by name, alias or part of one, as you type. */
import { api, badge, debounce, entityLink, esc, num, showError, view, $ } from "../core.js";
import { LABELS, MSG } from "../i18n.js";

export function renderSearch(params) {
  const options = Object.entries(LABELS).map(([k, v]) => `<option value="${k}">${esc(v)}</option>`).join("");
  view().innerHTML = `
    <h1>搜索实体 <small>Search entities</small></h1>
    <div class="row">
      <label>名称或别名 <small>name, alias or part of one</small>
        <input id="q" type="search" autocomplete="off" placeholder="例如 张炉集镇" value="${esc(params.get("q") || "")}"></label>
      <label>类型 <small>type</small><select id="type"><option value="">全部 all</option>${options}</select></label>
      <label>地点 <small>inside place</small><input id="place" placeholder="例如 东昌府区" value="${esc(params.get("place") || "")}"></label>
    </div>
    <p class="muted" id="search-note">输入即搜索，排序同 API：完全匹配、别名、前缀、包含。 Results as you type, ranked as the API ranks them.
      全文搜索请用 <a href="#/text">文本 Text search</a>.</p>
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
          <span class="muted">· ${num(r.articles)} 篇文章 articles</span>
          · <a href="#/graph/${encodeURIComponent(r.id)}">图谱 graph</a></li>`).join("")
        : `<li class="muted">${esc(MSG.noResults)}</li>`;
    } catch (err) { showError(err); }
  }, 180);
  ["q", "place"].forEach((id) => $("#" + id).addEventListener("input", run));
  $("#type").addEventListener("change", run);
  $("#q").focus();
  run();
}
