// The filters shared by every view, mirrored in the URL fragment so a view can be linked.
export const FILTER_KEYS = ["type", "actor", "target", "place", "date_from", "date_to"];

const listeners = [];
let current = readHash();

function readHash() {
  const params = new URLSearchParams(location.hash.slice(1));
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value) filters[key] = value.slice(0, 200);
  }
  return filters;
}

export function filters() {
  return { ...current };
}

export function setFilters(next) {
  current = {};
  for (const key of FILTER_KEYS) if (next[key]) current[key] = String(next[key]);
  const params = new URLSearchParams(current);
  history.replaceState(null, "", `#${params.toString()}`);
  listeners.forEach((fn) => fn(filters()));
}

export function updateFilters(patch) {
  setFilters({ ...current, ...patch });
}

export function onFilters(fn) {
  listeners.push(fn);
}
