// A page opened with watchers for what must never happen: Content-Security-Policy
// violations (the securitypolicyviolation event, registered before any page script runs,
// and Chrome's "Refused to …" console lines), dialogs (alert/confirm/prompt), console
// errors, and markup that can run script.
import type { BrowserContextOptions, Page } from 'playwright-core';
import type { Portal } from './portal-browser.ts';

export interface GuardedPage {
  page: Page;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  dialogs: string[];
  /** Violations reported by the page so far. */
  violations: () => Promise<string[]>;
  close: () => Promise<void>;
}

/** `before` runs in the page before any of its scripts (e.g. to take Worker away). */
export async function openGuarded(portal: Portal, path: string, options: BrowserContextOptions = {}, before?: () => void): Promise<GuardedPage> {
  const context = await portal.browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  if (before) await context.addInitScript(before);
  await context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber} ${e.sample}`);
    });
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const refused: string[] = [];
  const dialogs: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
    else if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
  await page.goto(portal.site.url(path));
  return {
    page,
    errors,
    dialogs,
    violations: async () => [...(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)), ...refused],
    close: () => context.close(),
  };
}

/**
 * Markup on the page that could run script or restyle it: event-handler attributes, frames,
 * objects, <base>, <style> elements (the site only links stylesheets), scripts that are not
 * files of this origin, and javascript: URLs in any link, source or form.
 */
export function scriptableMarkup(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}="${a.value}">`);
    }
    for (const el of document.querySelectorAll('iframe, frame, object, embed, base, style')) found.push(`<${el.localName}>`);
    for (const s of document.querySelectorAll('script')) {
      if (!s.src || new URL(s.src).origin !== location.origin) found.push(`<script src="${s.src}">${s.textContent?.slice(0, 40)}`);
    }
    for (const el of document.querySelectorAll('[href], [src], [action], [formaction], [xlink\\:href]')) {
      for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href']) {
        const value = el.getAttribute(name);
        if (value !== null && /^javascript:/i.test(value.replace(/[\u0000-\u0020]/g, ''))) found.push(`<${el.localName} ${name}="${value}">`);
      }
    }
    return found;
  });
}
