/* 对比 Compare townships or counties: table, bar chart, the names not in the graph, Excel. */
import { api, apiUrl, barChart, esc, showError, table, view, yearInputs, yearParams, yearRangeText, $ } from "../core.js";
import { word } from "../i18n.js";
import { saveExport } from "./queries.js";

export function renderCompare(params) {
  const level = params.get("level") || "townships";
  view().innerHTML = `<h1>横向对比 <small>Compare side by side</small></h1>
    <form class="row" id="cform">
      <label>层级 <small>level</small><select id="level"><option value="townships">乡镇 townships</option>
        <option value="counties">县 counties</option></select></label>
      <label>名称（逗号分隔）<small>names, comma separated</small><input id="names" class="wide" value="${esc(params.get("names") || "")}" placeholder="张炉集镇,斗虎屯镇"></label>
      ${yearInputs(params)}
      <button class="primary" type="submit">对比 Compare</button>
      <button type="button" id="cxlsx">下载 Excel</button></form>
    <div id="cresult"></div>`;
  $("#level").value = level;
  const names = () => $("#names").value.split(/[,，、\s]+/).filter(Boolean);
  const run = async () => {
    if (names().length < 2) { showError(new Error("至少两个名称 give at least two names")); return; }
    const address = new URLSearchParams({ level: $("#level").value, names: names().join(","), ...yearParams() });
    history.replaceState(null, "", `#/compare?${address}`);  // the address holds the table asked for
    try {
      const t = await api(`/compare/${$("#level").value}`, { names: names(), ...yearParams() });
      showError(null);
      const range = yearRangeText(t.from_year, t.to_year);
      const nameCol = t.level === "townships" ? "township" : "county";
      const numeric = t.columns.filter((c) => t.rows.every((r) => typeof r[c] === "number"));
      const columns = t.columns.filter((c) => c !== "id");
      const rows = t.rows.map((r) => ({ ...r, [`${nameCol}_id`]: r.id }));
      $("#cresult").innerHTML = `
        ${range ? `<p class="muted range">仅 ${esc(range)} 的事实 · facts of ${esc(range.replace(/年.*$/, ""))} only</p>` : ""}
        ${t.unknown.length ? `<p class="warn">图中没有：${esc(t.unknown.join("、"))} · Not in the graph: ${esc(t.unknown.join(", "))}</p>` : ""}
        ${table(rows, columns)}
        <h2>图表 <small>Chart</small></h2>
        <label>指标 <small>measure</small><select id="metric">${numeric.map((c) => `<option value="${c}">${esc(word(c))}</option>`).join("")}</select></label>
        <div id="chart"></div>`;
      const draw = () => { $("#chart").innerHTML = barChart(t.rows, nameCol, $("#metric").value); };
      $("#metric").addEventListener("change", draw);
      draw();
    } catch (err) { showError(err); }
  };
  $("#cform").addEventListener("submit", (evt) => { evt.preventDefault(); run(); });
  $("#cxlsx").addEventListener("click", () =>
    saveExport(apiUrl(`/compare/${$("#level").value}`, { names: names(), format: "xlsx", ...yearParams() }), `compare-${$("#level").value}.xlsx`));
  if (params.get("names")) run();
}
