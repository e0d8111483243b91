// Full-text search over articles, names, quotes and events (/api/v1/search: spelling variants and
// clitics match). Each hit shows what matched, in its article; a click opens the article, with an
// event hit's evidence highlighted. Hit text is untrusted and enters the page as text only.
import { getJSON } from "./api.js";
import { el, iso, ltr } from "./dom.js";
import { t, typeColor, typeLabel } from "./i18n.js";

const PAGE_SIZE = 20;
let onOpen = () => {};

function hitRow(hit) {
  const kind = el("span", { class: "badge kind" }, t(`k_${hit.kind}`));
  if (hit.event_type) kind.style.background = typeColor(hit.event_type);
  const label = hit.event_type ? [kind, " ", typeLabel(hit.event_type)] : kind;
  const where = [hit.source || "", hit.source && hit.published ? " · " : "", hit.published ? ltr(hit.published) : ""];
  const button = el("button", { type: "button", class: "search-hit", "data-article": hit.article_id, "data-kind": hit.kind },
    el("span", { class: "what" }, label, " ", iso(hit.title || hit.article_id)),
    el("span", { class: "meta" }, " ", ...where),
    el("span", { class: "ev", dir: "rtl" }, hit.text || ""));
  button.addEventListener("click", () => onOpen(hit.article_id, hit.kind === "event" ? hit.idx : null));
  return el("li", {}, button);
}

export async function runSearch(query) {
  const panel = document.getElementById("search-panel");
  const list = document.getElementById("search-results");
  if (!query) {
    panel.hidden = true;
    list.replaceChildren();
    return;
  }
  const data = await getJSON("/search", { q: query, page_size: PAGE_SIZE });
  list.replaceChildren(...data.items.map(hitRow));
  if (!data.items.length) list.append(el("li", { class: "empty" }, t("s_none")));
  document.getElementById("search-count").textContent = `(${data.total})`;
  panel.hidden = false;
}

export function initSearch(open, report) {
  onOpen = open;
  const form = document.getElementById("search");
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    runSearch(form.elements.q.value.trim()).catch(report);
  });
  document.getElementById("search-close").addEventListener("click", () => {
    form.elements.q.value = "";
    runSearch("").catch(report);
  });
}
