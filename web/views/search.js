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
    <p class="muted count" id="search-count"></p>
    <ul class="results" id="results"></ul>
    <p class="row pager" id="search-pager"></p>`;
  $("#type").value = params.get("type") || "";
  const size = 50;
  let skip = 0;
  const show = async () => {
    const q = $("#q").value.trim();
    if (!q) { $("#results").innerHTML = $("#search-count").textContent = $("#search-pager").innerHTML = ""; return; }
    try {
      const page = await api("/entities", { q, type: $("#type").value, place: $("#place").value.trim(), skip, limit: size });
      showError(null);
      const last = Math.min(page.total, skip + page.results.length);
      $("#search-count").textContent = page.total
        ? `共 ${num(page.total)} 个 ${num(page.total)} found · 第 ${num(skip + 1)}–${num(last)} 个 shown` : "";
      $("#search-pager").innerHTML = (skip > 0 ? `<button type="button" class="page" id="search-prev">← 上一页 previous</button>` : "") +
        (last < page.total ? ` <button type="button" class="page" id="search-next">下一页 next →</button>` : "");
      $("#search-prev")?.addEventListener("click", () => { skip = Math.max(0, skip - size); show(); });
      $("#search-next")?.addEventListener("click", () => { skip += size; show(); });
      $("#results").innerHTML = page.results.length ? page.results.map((r) => `
        <li data-id="${esc(r.id)}">${badge(r.type)} <strong>${entityLink(r.id, r.name)}</strong>
          ${r.aliases.length ? `<span class="muted">（${esc(r.aliases.join("、"))}）</span>` : ""}
          <span class="muted">${esc(r.places.join(" › "))}</span>
          <span class="muted">· ${num(r.articles)} 篇文章 articles</span>
          · <a href="#/graph/${encodeURIComponent(r.id)}">图谱 graph</a></li>`).join("")
        : `<li class="muted">${esc(MSG.noResults)}</li>`;
    } catch (err) { showError(err); }
  };
  const run = debounce(() => { skip = 0; show(); }, 180);  // a new question starts at its first page
  ["q", "place"].forEach((id) => $("#" + id).addEventListener("input", run));
  $("#type").addEventListener("change", run);
  $("#q").focus();
  run();
}
