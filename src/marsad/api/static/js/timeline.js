// Timeline: events per month, stacked by type (ECharts). Clicking a bar filters to that month.
import { getJSON } from "./api.js";
import { getLang, typeColor, typeLabel } from "./i18n.js";

let chart = null;

function lastDay(period) {
  const [y, m] = period.split("-").map(Number);
  return `${period}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, "0")}`;
}

export function initTimeline(onPeriod) {
  chart = echarts.init(document.getElementById("timeline"), null, { renderer: "canvas" });
  chart.on("click", (p) => onPeriod(`${p.name}-01`, lastDay(p.name)));
  window.addEventListener("resize", () => chart.resize());
}

const MAX_FILLED_MONTHS = 60;

// Months with no events still take their place on the axis, so gaps in time look like gaps;
// over a long span (background events decades old) only months with events are drawn.
function fillMonths(data) {
  if (data.periods.length < 2) return data;
  const [first, last] = [data.periods[0], data.periods[data.periods.length - 1]];
  const span = (Number(last.slice(0, 4)) - Number(first.slice(0, 4))) * 12 + Number(last.slice(5)) - Number(first.slice(5));
  if (span >= MAX_FILLED_MONTHS) return data;
  const months = [];
  for (let [y, m] = first.split("-").map(Number); `${y}-${String(m).padStart(2, "0")}` <= last;) {
    months.push(`${y}-${String(m).padStart(2, "0")}`);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  const at = new Map(data.periods.map((p, i) => [p, i]));
  const series = {};
  for (const [type, counts] of Object.entries(data.series)) series[type] = months.map((p) => (at.has(p) ? counts[at.get(p)] : 0));
  return { ...data, periods: months, series };
}

export async function renderTimeline(filters) {
  const data = fillMonths(await getJSON("/events/timeline", { ...filters, interval: "month" }));
  const types = Object.keys(data.series);
  const font = "'Noto Naskh Arabic', 'Noto Sans', sans-serif";
  chart.setOption({
    textStyle: { fontFamily: font },
    // richText tooltips are drawn on the canvas: no HTML, nothing for a CSP to block.
    tooltip: { trigger: "axis", renderMode: "richText" },
    legend: { type: "scroll", top: 0, textStyle: { fontFamily: font } },
    grid: { left: 40, right: 16, top: 36, bottom: 28 },
    xAxis: { type: "category", data: data.periods },
    yAxis: { type: "value", minInterval: 1 },
    series: types.map((type) => ({
      name: typeLabel(type), type: "bar", stack: "all", data: data.series[type], barMaxWidth: 48,
      itemStyle: { color: typeColor(type) }, emphasis: { focus: "series" },
    })),
  }, { notMerge: true });
  const node = document.getElementById("timeline");
  node.dataset.periods = String(data.periods.length);
  node.dataset.lang = getLang();
}
