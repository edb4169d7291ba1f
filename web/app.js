/* ruralkg explorer: the entry module. It routes #/view/arg to one module per view (web/views/) and fills the
   header; the shared core is web/core.js, the words web/i18n.js. Plain ES modules, no build step; every request
   goes to this API, nothing to the internet. Colours come from /browser/style.json (the GraSS Neo4j Browser uses). */
import { ApiError, api, choiceList, closePanel, num, showError, state, view, $ } from "./core.js";
import { renderArticle, renderArticles } from "./views/articles.js";
import { renderCompare } from "./views/compare.js";
import { renderEntity } from "./views/entity.js";
import { renderGraph } from "./views/graph.js";
import { renderQueries } from "./views/queries.js";
import { renderRollup } from "./views/rollup.js";
import { renderSearch } from "./views/search.js";
import { renderTextSearch } from "./views/textsearch.js";

const VIEWS = {
  search: (arg, params) => renderSearch(params),
  entity: (arg) => renderEntity(arg),
  graph: (arg, params) => renderGraph(arg, params),
  queries: (arg) => renderQueries(arg),
  compare: (arg, params) => renderCompare(params),
  articles: () => renderArticles(),
  article: (arg, params) => renderArticle(arg, params),
  text: (arg, params) => renderTextSearch(params),
  rollup: (arg, params) => renderRollup(arg, params),
};
const NAV_OF = { entity: "search", article: "articles" };

async function route() {
  const [path, query] = location.hash.replace(/^#/, "").split("?");
  const params = new URLSearchParams(query || "");
  const [, raw, arg] = (path || "/search").split("/").map(decodeURIComponent);
  const name = VIEWS[raw] ? raw : "search";
  document.querySelectorAll("nav a[data-view]").forEach((a) => a.classList.toggle("active", a.dataset.view === (NAV_OF[name] || name)));
  closePanel();
  showError(null);
  try {
    await VIEWS[name](arg, params);
    document.body.dataset.view = name;
  } catch (err) {
    view().innerHTML = "";  // never leave the previous page under the error as if it answered
    document.body.dataset.view = name;
    if (err instanceof ApiError && err.candidates && arg) {  // a name several entities carry: pick one
      choiceList(view(), err.candidates, (id) => { location.hash = `#/${name}/${encodeURIComponent(id)}${query ? `?${query}` : ""}`; });
      return;
    }
    showError(err);
  }
}

async function start() {
  try {
    state.style = await api("/browser/style.json");
    const h = await api("/health");
    $("#health").textContent = `${h.engine} · ${num(h.articles)} 篇文章 articles · ${num(h.nodes)} 节点 nodes · ${num(h.relations)} 关系 relations`;
  } catch (err) { showError(err); }
  $("#panel-close").addEventListener("click", closePanel);
  window.addEventListener("hashchange", route);
  await route();
  document.body.dataset.ready = "1";
}

start();
