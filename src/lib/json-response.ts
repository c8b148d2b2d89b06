// JSON files on the site: newline-terminated, key order as the schema gives it; two-space
// indented so people can read them, except the bulk file, which at thousands of
// department-years is hundreds of megabytes and is written compact.
export function jsonResponse(data: unknown, options: { compact?: boolean } = {}): Response {
  const text = options.compact ? JSON.stringify(data) : JSON.stringify(data, null, 2);
  return new Response(`${text}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
