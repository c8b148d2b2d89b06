// HTML → PDF with the Chromium the browser tests use (playwright-core, Debian's chromium):
// one browser, several pages printing at once. Page sizes come from the document's @page
// rules (A4, and A4 landscape for the pages named "landscape").
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
];

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export interface PrintJob {
  html: string;
  /** Page numbers centred in the footer. */
  pageNumbers: boolean;
}

export interface Printer {
  print(job: PrintJob): Promise<Uint8Array>;
  close(): Promise<void>;
  /** The browser's version, e.g. "148.0.7778.96". */
  version: string;
}

const FOOTER = '<div style="width:100%;text-align:center;font-size:9pt;font-family:serif">- <span class="pageNumber"></span> -</div>';

async function printOn(page: Page, job: PrintJob): Promise<Uint8Array> {
  await page.setContent(job.html, { waitUntil: 'load' });
  const pdf = await page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    displayHeaderFooter: job.pageNumbers,
    headerTemplate: '<span></span>',
    footerTemplate: job.pageNumbers ? FOOTER : '<span></span>',
  });
  return new Uint8Array(pdf);
}

/** A printer with `pages` tabs printing in parallel; jobs queue for a free tab. */
export async function chromiumPrinter(pages = 3): Promise<Printer> {
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext();
    const free: Page[] = await Promise.all(Array.from({ length: Math.max(1, pages) }, () => context.newPage()));
    const waiting: ((page: Page) => void)[] = [];
    const take = () => new Promise<Page>((resolve) => {
      const page = free.pop();
      if (page) resolve(page);
      else waiting.push(resolve);
    });
    const give = (page: Page) => {
      const next = waiting.shift();
      if (next) next(page);
      else free.push(page);
    };
    return {
      version: browser.version(),
      async print(job) {
        const page = await take();
        try {
          return await printOn(page, job);
        } finally {
          give(page);
        }
      },
      close: () => browser.close(),
    };
  } catch (error) {
    await browser.close();
    throw error;
  }
}
