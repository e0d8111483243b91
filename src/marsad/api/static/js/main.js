// Wires the views to the shared filters: any change (form, map, timeline, network) re-renders all.
import { getJSON } from "./api.js";
import { initArticle, openArticle } from "./article.js";
import { el } from "./dom.js";
import { initEvents, renderEvents } from "./events.js";
import { TYPES, applyLang, t, toggleLang, typeLabel } from "./i18n.js";
import { initMap, renderMap } from "./mapview.js";
import { initNetwork, renderNetwork } from "./network.js";
import { initSearch } from "./search.js";
import { initTimeline, renderTimeline } from "./timeline.js";
import { FILTER_KEYS, filters, onFilters, setFilters, updateFilters } from "./state.js";

const form = document.getElementById("filters");
const errorBox = document.getElementById("error");

function fillTypeOptions() {
  const select = document.getElementById("f-type");
  const chosen = select.value;
  select.replaceChildren(el("option", { value: "" }, t("all_types")),
    ...TYPES.map((type) => el("option", { value: type }, typeLabel(type))));
  select.value = chosen;
}

function showFilters(f) {
  for (const key of FILTER_KEYS) form.elements[key].value = f[key] || "";
}

function report(err) {
  errorBox.textContent = `${t("error")}: ${err.message}`;
}

async function renderAll(f) {
  errorBox.textContent = "";
  showFilters(f);
  const jobs = [renderMap(f), renderEvents(f), renderTimeline(f), renderNetwork(f)];
  const results = await Promise.allSettled(jobs);
  const failed = results.find((r) => r.status === "rejected");
  if (failed) report(failed.reason);
  document.body.dataset.ready = "1";
}

async function renderStats() {
  const s = await getJSON("/stats");
  document.getElementById("stats").textContent =
    `${s.counts.articles} ${t("articles")} · ${s.counts.events} ${t("n_events")}`;
}

function open(articleId, idx) {
  openArticle(articleId, idx).catch(report);
}

async function main() {
  applyLang();
  fillTypeOptions();
  initArticle();
  initEvents(open);
  initSearch(open, report);
  initTimeline((from, to) => updateFilters({ date_from: from, date_to: to }));
  initNetwork((actor) => updateFilters({ actor }));
  await initMap(open);

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const next = {};
    for (const key of FILTER_KEYS) next[key] = form.elements[key].value.trim();
    setFilters(next);
  });
  form.elements.type.addEventListener("change", () => form.requestSubmit());
  document.getElementById("reset").addEventListener("click", () => setFilters({}));
  document.getElementById("lang-toggle").addEventListener("click", () => {
    toggleLang();
    fillTypeOptions();
    renderStats().catch(report);
    renderAll(filters());
  });
  onFilters(renderAll);
  renderStats().catch(report);
  await renderAll(filters());
}

main().catch(report);
