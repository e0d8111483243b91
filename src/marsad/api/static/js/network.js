// Actor network: who acts on whom (Cytoscape), the heaviest edges only so it stays readable;
// the busiest actors are labelled, the others on hover. Clicking an actor filters every view to it.
import { getJSON } from "./api.js";

const EDGES = 60;
const LABELLED = 20;

let cy = null;

export function initNetwork(onActor) {
  cy = cytoscape({
    container: document.getElementById("network"),
    style: [
      { selector: "node", style: {
        label: "", "font-family": "Noto Naskh Arabic, Noto Sans, sans-serif", "font-size": 11,
        "background-color": "#0b6e4f", width: "mapData(n, 1, 20, 14, 40)", height: "mapData(n, 1, 20, 14, 40)",
        "text-valign": "bottom", "text-margin-y": 3, color: "#1f2933",
      } },
      { selector: "node.major, node.hover", style: { label: "data(label)" } },
      { selector: "node.hover", style: { "z-index": 10, "text-background-color": "#fff", "text-background-opacity": 0.9 } },
      { selector: "edge", style: {
        width: "mapData(n, 1, 20, 1, 8)", "line-color": "#9aa5b1", "target-arrow-color": "#9aa5b1",
        "target-arrow-shape": "triangle", "curve-style": "bezier", opacity: 0.8,
      } },
    ],
  });
  cy.on("tap", "node", (e) => onActor(e.target.id()));
  cy.on("mouseover", "node", (e) => e.target.addClass("hover"));
  cy.on("mouseout", "node", (e) => e.target.removeClass("hover"));
}

export async function renderNetwork(filters) {
  const data = await getJSON("/actors/network", { ...filters, limit: EDGES });
  const elements = [
    // nodes come busiest first
    ...data.nodes.map((n, i) => ({ data: { id: n.id, label: n.label || n.id, n: n.n }, classes: i < LABELLED ? "major" : "" })),
    ...data.edges.map((e, i) => ({ data: { id: `e${i}`, source: e.source, target: e.target, n: e.n } })),
  ];
  cy.elements().remove();
  cy.add(elements);
  cy.layout({ name: "cose", animate: false, randomize: false, nodeDimensionsIncludeLabels: true,
    nodeRepulsion: 6000, idealEdgeLength: 70, componentSpacing: 30, padding: 24 }).run();
  // Keep labels readable however far the layout had to zoom out to fit the graph.
  const scale = 1 / Math.min(1, cy.zoom());
  cy.style().selector("node").style({ "font-size": 12 * scale, "text-margin-y": 3 * scale }).update();
  document.getElementById("network").dataset.nodes = String(data.nodes.length);
}
