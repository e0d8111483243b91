// JSON from the same-origin API. Filters travel as query parameters.
const BASE = "/api/v1";

export async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === null || value === undefined || value === "") continue;
    query.append(key, String(value));
  }
  const qs = query.toString();
  const response = await fetch(`${BASE}${path}${qs ? `?${qs}` : ""}`, { headers: { Accept: "application/json" } });
  if (!response.ok) {
    let message = `${response.status}`;
    try {
      const body = await response.json();
      if (Array.isArray(body.detail)) message = body.detail.map((d) => `${(d.loc || []).slice(-1)[0]}: ${d.msg}`).join("; ");
      else if (body.detail) message = String(body.detail);
    } catch {
      /* not JSON */
    }
    throw new Error(message);
  }
  return response.json();
}

