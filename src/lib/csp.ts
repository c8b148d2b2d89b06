// The Content-Security-Policy every page carries, as a <meta> tag (a static host may not let
// us set headers). The site ships no inline script, inline style or event-handler attribute:
// Astro bundles scripts and stylesheets into /_astro/ (inlineStylesheets: 'never') and the
// charts are SVG drawn at build time with presentation attributes, not style="…".
// A meta tag cannot carry frame-ancestors, sandbox or report-uri; a host that can send
// headers should add `frame-ancestors 'none'` there.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // Pagefind's search engine is WebAssembly. It runs in a Web Worker (which a <meta> policy does
  // not reach) and falls back to the page itself where workers are unavailable; there compiling
  // it needs 'wasm-unsafe-eval' (which allows WebAssembly only, not eval()).
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
