// JSON files the site's routes give (the schema): newline-terminated, key order as the schema
// gives it, two-space indented so people can read them. The data files are written outside
// Astro: one row per line (json-rows.ts), and the bulk file all.json compact.
export function jsonResponse(data: unknown): Response {
  return new Response(`${JSON.stringify(data, null, 2)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
