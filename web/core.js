/* The explorer's shared core: requests with readable errors, formatting, links, the side panel, tables.
   Every view module imports from here; nothing here knows about a particular view. */

import { LABELS, MSG, RELATIONS, word } from "./i18n.js";

export const state = { style: { node: {}, relationship: {} }, cy: null, queries: null };
export const $ = (sel, root = document) => root.querySelector(sel);
export const view = () => $("#view");

export function esc(value) {
  return String(value ?? "").replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
}

/** An API answer other than 2xx: the status and the JSON body travel with the message. */
export class ApiError extends Error {
  constructor(status, body, fallback) {
    super(body.message || (typeof body.detail === "string" ? body.detail : "") || fallback);
    this.status = status;
    this.body = body;
  }

  /** the candidates of an ambiguous name (HTTP 409), wherever the API put them */
  get candidates() {
    const b = this.body || {};
    const c = b.candidates || (b.detail && b.detail.candidates) || (Array.isArray(b.detail) && b.detail[0]?.id ? b.detail : null);
    return this.status === 409 && Array.isArray(c) ? c : null;
  }
}

export function apiUrl(path, params = {}) {
  const url = new URL(path, location.origin);
  for (const [k, v] of Object.entries(params)) {
    if (v === undefined || v === null || v === "") continue;
    if (Array.isArray(v)) v.forEach((x) => url.searchParams.append(k, x));
    else url.searchParams.set(k, v);
  }
  return url.pathname + url.search;
}

export async function api(path, params = {}) {
  const resp = await fetch(apiUrl(path, params));
  const body = await resp.json().catch(() => ({}));
  if (!resp.ok) throw new ApiError(resp.status, body, `${resp.status} ${resp.statusText}`);
  return body;
}

/** A route the API of this contract has but an older server may lack: a 404 from the route itself
    (FastAPI's own "Not Found") says so plainly instead of failing obscurely. */
export function routeMissing(err) {
  return err instanceof ApiError && err.status === 404 && (err.body.message === "Not Found" || err.body.detail === "Not Found");
}

export function showError(err) {
  const box = $("#error");
  const text = err && routeMissing(err) ? MSG.routeMissing : err ? (err.message || err) : "";
  box.textContent = err ? `${MSG.error}: ${text}` : "";
  box.hidden = !err;
}

const NUMBER = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });

/** numbers with thousands separators (12,345.6); anything else unchanged */
export function num(value) {
  return typeof value === "number" && Number.isFinite(value) ? NUMBER.format(value) : String(value ?? "");
}

export function colour(label) {
  const s = state.style.node[label] || state.style.node["*"] || {};
  return { fill: s.color || "#A5ABB6", border: s["border-color"] || "#9AA1AC", text: s["text-color-internal"] || "#fff",
           size: parseInt(s.diameter || "50", 10) };
}

export function relColour(type) {
  const s = state.style.relationship[type] || state.style.relationship["*"] || {};
  return s.color || "#A5ABB6";
}

export function badge(type) {
  const c = colour(type);
  return `<span class="badge" style="background:${c.fill};border-color:${c.border};color:${c.text}">${esc(LABELS[type] || type)}</span>`;
}

export function entityLink(id, name) {
  return `<a href="#/entity/${encodeURIComponent(id)}">${esc(name ?? id)}</a>`;
}

export function articleLink(articleId, title, sentence) {
  const q = sentence ? `?s=${encodeURIComponent(sentence)}` : "";
  return `<a href="#/article/${encodeURIComponent(articleId)}${q}">${esc(title || articleId)}</a>`;
}

export function debounce(fn, ms) {
  let t;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
}

export function openPanel(html) {
  $("#panel-body").innerHTML = html;
  $("#panel").hidden = false;
}

export function closePanel() { $("#panel").hidden = true; }

export async function evidenceHtml(relationId) {
  const ev = await api(`/relations/${encodeURIComponent(relationId)}/evidence`);
  const items = ev.evidence.map((e) =>
    `<li><q class="sentence">${esc(e.sentence)}</q><br><small>— ${articleLink(e.article_id, e.article_title, e.sentence)}</small></li>`);
  return `<h2>${esc(RELATIONS[ev.type] || ev.type)} <small>出处 evidence</small></h2><ul class="evidence">${items.join("")}</ul>`;
}

/** The candidates of an ambiguous name as buttons; `pick(id)` runs on a click. */
export function choiceList(container, candidates, pick) {
  container.innerHTML = `<div class="choices card"><p>${esc(MSG.choose)}</p><ul class="results">${candidates.map((c) => `
    <li>${badge(c.type)} <button type="button" class="link choice" data-id="${esc(c.id)}">${esc(c.name)}</button>
      <span class="muted">${esc((c.path || c.places || []).join(" › "))}</span> <small class="muted">${esc(c.id)}</small></li>`).join("")}
    </ul></div>`;
  container.querySelectorAll("button.choice").forEach((b) => b.addEventListener("click", () => pick(b.dataset.id)));
}

/* ---------- result tables: Chinese headers, numbers with separators, names and ids as links ---------- */

const ID_OF_NAME = { name: "id", names: "ids", source_name: "source", target_name: "target", person: "person_id",
                     article_title: "article_id", title: null };

function isEntityId(v) { return typeof v === "string" && /^[0-9a-f]{12,}$/i.test(v); }

export function cell(row, col) {
  const value = row[col];
  if (value === null || value === undefined) return "";
  const idCol = ID_OF_NAME[col] ?? (col.endsWith("_name") ? col.slice(0, -5) + "_id" : `${col}_id`);
  const ids = idCol ? row[idCol] : null;
  if (col === "article_id" && typeof value === "string") return articleLink(value, value);
  if (col === "articles" && Array.isArray(value)) return value.map((v) => (isEntityId(v) ? articleLink(v, v) : esc(v))).join("；");
  if (col.startsWith("article") && ids && typeof value === "string") return articleLink(ids, value);
  if (Array.isArray(value)) {
    return value.map((v, i) => {
      if (Array.isArray(ids) && ids[i]) return entityLink(ids[i], v);
      if (isEntityId(v) && /(^|_)ids?$/.test(col)) return entityLink(v, v);
      return esc(typeof v === "object" ? JSON.stringify(v) : typeof v === "number" ? num(v) : v);
    }).join("；");
  }
  if (typeof value === "object") return esc(JSON.stringify(value));
  if (typeof value === "number") return esc(num(value));
  if (typeof ids === "string" && ids) return entityLink(ids, value);
  if ((/(^|_)id$/.test(col) || col === "source" || col === "target") && isEntityId(value)) return entityLink(value, value);
  return esc(value);
}

export function table(rows, columns) {
  if (!rows.length) return `<p class="muted">${esc(MSG.noRows)}</p>`;
  const cols = columns || Object.keys(rows[0]);
  return `<table class="result"><tr>${cols.map((c) => `<th>${esc(word(c))}</th>`).join("")}</tr>
    ${rows.map((r) => `<tr>${cols.map((c) => `<td class="${typeof r[c] === "number" ? "num" : ""}">${cell(r, c)}</td>`).join("")}</tr>`).join("")}</table>`;
}

export function barChart(rows, nameCol, metric) {
  const max = Math.max(1, ...rows.map((r) => Number(r[metric]) || 0));
  const barH = 26, width = 640, left = 140;
  const bars = rows.map((r, i) => {
    const v = Number(r[metric]) || 0, w = Math.round((width - left - 90) * v / max), y = i * (barH + 8);
    return `<g class="bar"><text x="${left - 8}" y="${y + 17}" text-anchor="end">${esc(r[nameCol])}</text>
      <rect x="${left}" y="${y}" width="${w}" height="${barH}" fill="#F79767" rx="3"></rect>
      <text x="${left + w + 6}" y="${y + 17}">${num(v)}</text></g>`;
  }).join("");
  return `<svg class="chart" width="${width}" height="${rows.length * (barH + 8)}" role="img" aria-label="${esc(metric)}">${bars}</svg>`;
}

/** Two year boxes (from, to) for the views that filter by year; their values come from and go back to
    the address (``from_year``, ``to_year``), so a filtered view can be bookmarked and shared. */
export function yearInputs(params) {
  const box = (id, label, value) => `<label>${label}<input id="${id}" class="year" type="number" min="1900" max="2100"
    step="1" inputmode="numeric" placeholder="年 year" value="${esc(value || "")}"></label>`;
  return box("from-year", "从 <small>from year</small>", params.get("from_year")) +
    box("to-year", "到 <small>to year</small>", params.get("to_year"));
}

/** The year range of the boxes as request/address parameters (empty boxes left out). */
export function yearParams() {
  const out = {};
  for (const [id, key] of [["#from-year", "from_year"], ["#to-year", "to_year"]]) {
    const value = ($(id)?.value || "").trim();
    if (value) out[key] = value;
  }
  return out;
}

/** The range in words, for a result heading: "2021–2023年", "2021年起", or "" without one. */
export function yearRangeText(from, to) {
  if (from && to) return from === to ? `${from}年` : `${from}–${to}年`;
  if (from) return `${from}年起 from ${from}`;
  if (to) return `${to}年前 until ${to}`;
  return "";
}
