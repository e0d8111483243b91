// Event map: Leaflet over Natural Earth country outlines (no tile server, works offline).
// One circle per coordinate pair, sized by its number of events, coloured by its main type.
import { getJSON } from "./api.js";
import { el, iso } from "./dom.js";
import { t, typeColor, typeLabel } from "./i18n.js";

let map = null;
let markers = null;
let fitted = false;

export async function initMap(openEvent) {
  map = L.map("map", { worldCopyJump: true, zoomSnap: 0.5, minZoom: 2, maxZoom: 12 }).setView([29, 40], 4);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution("Natural Earth");
  markers = L.layerGroup().addTo(map);
  map.on("popupopen", (e) => fillPopup(e.popup, openEvent));
  try {
    const response = await fetch("/static/vendor/countries-50m.json");
    const topology = await response.json();
    const countries = topojson.feature(topology, topology.objects.countries);
    L.geoJSON(countries, {
      interactive: false,
      style: { color: "#8a9199", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
    }).addTo(map);
    markers.eachLayer((m) => m.bringToFront());
  } catch (err) {
    console.warn("basemap unavailable", err);
  }
}

function mainType(types) {
  return Object.entries(types).sort((a, b) => b[1] - a[1])[0][0];
}

export async function renderMap(filters) {
  const data = await getJSON("/events/geo", filters);
  markers.clearLayers();
  const container = document.getElementById("map");
  const busiest = Math.max(1, ...data.markers.map((m) => m.n));
  for (const m of data.markers) {
    const type = mainType(m.types);
    const circle = L.circleMarker([m.lat, m.lon], {
      radius: 4 + 14 * Math.sqrt(m.n / busiest),  // area grows with the number of events
      color: "#fff", weight: 1.5, fillColor: typeColor(type), fillOpacity: 0.75,
      className: `event-marker type-${type}`,
    });
    const name = m.name || m.text || `${m.lat.toFixed(2)}, ${m.lon.toFixed(2)}`;
    // Tooltip and popup content are DOM nodes: Leaflet would parse a string as HTML.
    circle.bindTooltip(el("span", { dir: "auto" }, `${name} · ${m.n}`), { direction: "top" });
    const popup = el("div", { class: "popup", dir: document.documentElement.dir }, el("div", { class: "popup-title" }, name), el("ul", { class: "popup-list" }));
    circle.bindPopup(popup, { maxWidth: 320 });
    circle.marsad = { marker: m, filters };
    circle.addTo(markers);
  }
  container.dataset.markers = String(data.markers.length);
  container.dataset.events = String(data.total_events);
  if (!fitted && data.markers.length) {
    const bounds = L.latLngBounds(data.markers.map((m) => [m.lat, m.lon]));
    map.fitBounds(bounds.pad(0.3), { maxZoom: 6 });
    fitted = true;
  }
}

// On opening a popup, list the events at that point (with the current filters).
async function fillPopup(popup, openEvent) {
  const layer = popup._source;
  if (!layer || !layer.marsad) return;
  const { marker, filters } = layer.marsad;
  const list = popup.getContent().querySelector(".popup-list");
  const eps = 1e-6;
  const bbox = [marker.lon - eps, marker.lat - eps, marker.lon + eps, marker.lat + eps].join(",");
  const page = await getJSON("/events", { ...filters, bbox, page_size: 20 });
  list.replaceChildren();
  for (const ev of page.items) {
    const who = ev.actor ? ev.actor.text : t("unknown");
    const button = el("button", { type: "button", class: "popup-event" },
      `${typeLabel(ev.type)}: `, iso(who), ev.target ? [t("arrow"), iso(ev.target.text)] : "");
    button.addEventListener("click", () => openEvent(ev.article_id, ev.idx));
    list.append(el("li", {}, button));
  }
  if (page.total > page.items.length) list.append(el("li", {}, `… ${page.total} ${t("n_events")}`));
  popup.update();
}
