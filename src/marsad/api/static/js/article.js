// Article view: the cleaned text with entities, quotes and event evidence highlighted from
// their character offsets. Overlapping spans are cut at every boundary, so each piece of text
// becomes one text node inside a <span> carrying the classes of every span that covers it.
import { getJSON } from "./api.js";
import { el, iso, ltr, safeLink } from "./dom.js";
import { t, typeColor, typeLabel } from "./i18n.js";

const panel = () => document.getElementById("article-panel");

function valid(span, length) {
  return span && Number.isInteger(span.start) && Number.isInteger(span.end)
    && span.start >= 0 && span.end > span.start && span.end <= length;
}

function spansOf(record) {
  const n = record.text.length;
  const out = [];
  const add = (span, cls, title, eventIdx = null) => {
    if (valid(span, n)) out.push({ start: span.start, end: span.end, cls, title, eventIdx });
  };
  for (const e of record.entities || []) add(e, `ent ent-${["PER", "ORG", "LOC", "MISC"].includes(e.label) ? e.label : "MISC"}`, `${e.label}${e.canonical ? ` · ${e.canonical}` : ""}`);
  for (const q of record.quotes || []) add(q.quote, "quote", q.speaker ? `${t("said")}: ${q.speaker.text}` : t("lg_quote"));
  (record.events || []).forEach((ev, i) => {
    add(ev.evidence, "evidence", typeLabel(ev.type), i);
    add(ev.trigger, "trigger", typeLabel(ev.type), i);
  });
  return out;
}

function renderText(record, container) {
  const text = record.text;
  const spans = spansOf(record);
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  container.replaceChildren();
  for (let i = 0; i < points.length - 1; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = text.slice(a, b);
    const covering = spans.filter((s) => s.start <= a && s.end >= b);
    if (!covering.length) {
      container.append(document.createTextNode(piece));
      continue;
    }
    const classes = new Set(covering.flatMap((s) => s.cls.split(" ")));
    const events = covering.filter((s) => s.cls === "evidence").map((s) => s.eventIdx);
    const node = el("span", { class: [...classes].join(" "), title: [...new Set(covering.map((s) => s.title))].join(" | ") }, piece);
    if (events.length) node.dataset.events = events.join(" ");
    container.append(node);
  }
}

function selectEvent(idx) {
  const text = document.getElementById("article-text");
  let first = null;
  for (const node of text.querySelectorAll(".evidence")) {
    const on = idx !== null && node.dataset.events.split(" ").includes(String(idx));
    node.classList.toggle("selected", on);
    if (on && !first) first = node;
  }
  for (const button of document.querySelectorAll("#article-events button")) {
    button.setAttribute("aria-pressed", String(button.dataset.idx === String(idx)));
  }
  if (first) first.scrollIntoView({ block: "center" });
}

function participant(span) {
  return span ? span.text : "—";
}

export async function openArticle(articleId, eventIdx = null) {
  const record = await getJSON(`/articles/${encodeURIComponent(articleId)}`);
  document.getElementById("article-title").textContent = record.title || record.id;
  const meta = document.getElementById("article-meta");
  meta.replaceChildren(
    record.source || "", record.source && record.published ? " · " : "", record.published ? ltr(record.published) : "",
    record.url ? " · " : "",
    record.url ? safeLink(record.url, t("source")) : "",
  );
  const container = document.getElementById("article-text");
  renderText(record, container);

  const events = document.getElementById("article-events");
  events.replaceChildren();
  (record.events || []).forEach((ev, i) => {
    const badge = el("span", { class: "badge", "data-type": ev.type }, typeLabel(ev.type));
    badge.style.background = typeColor(ev.type);
    const button = el("button", { type: "button", "data-idx": i }, badge,
      iso(participant(ev.actor)), t("arrow"), iso(participant(ev.target)),
      ev.location ? [" · ", iso(ev.location.name || ev.location.text)] : "",
      ev.date ? [" · ", ltr(ev.date)] : "", ev.historical ? ` · ${t("historical")}` : "");
    button.addEventListener("click", () => selectEvent(i));
    events.append(el("li", {}, button));
  });
  const quotes = document.getElementById("article-quotes");
  quotes.replaceChildren();
  for (const q of record.quotes || []) {
    quotes.append(el("li", {}, el("strong", {}, iso(q.speaker ? q.speaker.text : t("unknown"))),
      ` (${q.direct ? t("direct") : t("indirect")}): `, el("q", { dir: "rtl" }, q.quote.text)));
  }
  panel().hidden = false;
  panel().dataset.article = record.id;
  selectEvent(eventIdx);
}

export function initArticle() {
  document.getElementById("article-close").addEventListener("click", () => { panel().hidden = true; });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape") panel().hidden = true; });
}
