// The event list: one row per event, newest article first; a click opens its article.
import { getJSON } from "./api.js";
import { el, iso, ltr } from "./dom.js";
import { t, typeColor, typeLabel } from "./i18n.js";

const PAGE_SIZE = 25;
let page = 1;
let lastFilters = {};
let onOpen = () => {};

export function initEvents(open) {
  onOpen = open;
  document.getElementById("prev").addEventListener("click", () => { if (page > 1) { page--; renderEvents(lastFilters, false); } });
  document.getElementById("next").addEventListener("click", () => { page++; renderEvents(lastFilters, false); });
}

function row(ev) {
  const badge = el("span", { class: "badge" }, typeLabel(ev.type));
  badge.style.background = typeColor(ev.type);
  const who = ev.actor ? ev.actor.text : t("unknown");
  const whom = ev.target ? [t("arrow"), iso(ev.target.text)] : "";
  const where = ev.location ? [" · ", iso(ev.location.name || ev.location.text)] : "";
  const when = ev.date || ev.article.published || "";
  const button = el("button", { type: "button", class: "event-item", "data-article": ev.article_id, "data-idx": ev.idx },
    el("span", { class: "what" }, badge, iso(who), whom),
    el("span", { class: "meta" }, " ", ltr(when), where),
    el("span", { class: "ev", dir: "rtl" }, ev.evidence.text || ""));
  button.addEventListener("click", () => onOpen(ev.article_id, ev.idx));
  return el("li", {}, button);
}

export async function renderEvents(filters, resetPage = true) {
  if (resetPage) page = 1;
  lastFilters = filters;
  const data = await getJSON("/events", { ...filters, page, page_size: PAGE_SIZE });
  const list = document.getElementById("events-list");
  list.replaceChildren(...data.items.map(row));
  if (!data.items.length) list.append(el("li", { class: "empty" }, t("no_events")));
  const pages = Math.max(1, Math.ceil(data.total / PAGE_SIZE));
  document.getElementById("events-count").textContent = `(${data.total})`;
  document.getElementById("page-info").textContent = `${t("page")} ${page} ${t("of")} ${pages}`;
  document.getElementById("prev").disabled = page <= 1;
  document.getElementById("next").disabled = page >= pages;
}
