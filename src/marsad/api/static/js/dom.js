// Building DOM from data. Article text and everything extracted from it is untrusted: it only
// ever enters the page as text nodes (textContent), never as HTML.

/** el("li", {class: "x", title: "…"}, child, "text", …) — attributes are set one by one. */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) throw new Error("el(): use addEventListener, not handler attributes");
    else node.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children) append(node, child);
  return node;
}

export function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) child.forEach((c) => append(node, c));
  else node.append(child instanceof Node ? child : document.createTextNode(String(child)));
}

export function clear(node) {
  node.replaceChildren();
}

/** A link only for http(s) URLs; anything else (javascript:, data:, …) is shown as plain text. */
export function safeLink(url, label) {
  let parsed = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  if (!parsed || (parsed.protocol !== "http:" && parsed.protocol !== "https:")) {
    return el("span", { class: "url" }, label ?? url);
  }
  const a = el("a", { rel: "noopener noreferrer nofollow", target: "_blank" }, label ?? url);
  a.href = parsed.href;
  return a;
}

/** Left-to-right runs (ISO dates, numbers) isolated so an rtl page does not reorder them. */
export function ltr(text) {
  return el("bdi", { dir: "ltr" }, text);
}

/** A name isolated from its neighbours' direction (an Arabic name in an English line, …). */
export function iso(text) {
  return el("bdi", {}, text);
}
