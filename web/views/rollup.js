/* 汇总 Roll-ups up the place hierarchy (GET /places/{ref}/rollup): a place's totals, its children in a
   table and a bar chart, CSV. An ambiguous place name becomes a choice. */
import { ApiError, api, apiUrl, barChart, choiceList, entityLink, esc, num, routeMissing, showError, table, view,
         $ } from "../core.js";
import { MSG, word } from "../i18n.js";

const TOTALS = ["villages", "cooperatives", "bodies", "enterprises", "projects", "investments", "amount_yuan", "programmes", "posts"];

export async function renderRollup(ref, params) {
  view().innerHTML = `<h1>地区汇总 <small>Roll-up of a place</small></h1>
    <form class="row" id="rform">
      <label>地点名称或标识 <small>place name or id</small><input id="rref" class="wide" autocomplete="off" placeholder="例如 南乐县" value="${esc(ref || "")}"></label>
      <button class="primary" type="submit">汇总 Roll up</button></form>
    <div id="rchoices"></div><div id="rresult"></div>`;
  $("#rform").addEventListener("submit", (evt) => {
    evt.preventDefault();
    const v = $("#rref").value.trim();
    if (v) location.hash = `#/rollup/${encodeURIComponent(v)}`;
  });
  if (!ref) return;
  let r;
  try {
    r = await api(`/places/${encodeURIComponent(ref)}/rollup`);
  } catch (err) {
    if (routeMissing(err)) { $("#rresult").innerHTML = `<p class="warn missing">${esc(MSG.routeMissing)}: /places/{ref}/rollup</p>`; return; }
    if (err instanceof ApiError && err.candidates) {
      choiceList($("#rchoices"), err.candidates, (id) => { location.hash = `#/rollup/${encodeURIComponent(id)}`; });
      return;
    }
    throw err;
  }
  showError(null);
  const metric = params.get("metric") || "villages";
  const totals = TOTALS.map((k) => `<tr><th>${esc(word(k))}</th><td class="num">${num(r.totals[k] ?? 0)}</td></tr>`).join("");
  const rows = r.children.map((c) => ({ name: c.name, id: c.id, type: c.type, ...Object.fromEntries(TOTALS.map((k) => [k, c[k] ?? 0])) }));
  $("#rresult").innerHTML = `
    <h2>${entityLink(r.place.id, r.place.name)} <small>${esc((r.place.path || []).join(" › "))}</small></h2>
    <p><a id="rcsv" href="${apiUrl(`/places/${encodeURIComponent(r.place.id)}/rollup`, { format: "csv" })}" download="rollup-${esc(r.place.name)}.csv">下载 CSV download</a></p>
    <div class="cols"><div>
      <h2>下一级 <small>Next level down · ${num(rows.length)}</small></h2>
      ${table(rows, ["name", ...TOTALS])}
      <h2>图表 <small>Chart</small></h2>
      <label>指标 <small>measure</small><select id="rmetric">${TOTALS.map((k) => `<option value="${k}">${esc(word(k))}</option>`).join("")}</select></label>
      <div id="rchart"></div></div>
      <div class="card"><h2>合计 <small>Totals</small></h2><table class="totals">${totals}</table></div></div>`;
  $("#rmetric").value = TOTALS.includes(metric) ? metric : "villages";
  const draw = () => { $("#rchart").innerHTML = rows.length ? barChart(rows, "name", $("#rmetric").value) : ""; };
  $("#rmetric").addEventListener("change", draw);
  draw();
}
