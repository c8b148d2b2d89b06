// npm run ingest -- --seeds <dir> --out <dir> [--strict]: the reports into content/, and the
// site's index of them into content/site/ (scripts/site-index.ts).
import { parseIngestArgs, USAGE } from './cli-args.ts';
import { ingestFolder } from './ingest-folder.ts';
import { progressPrinter, summaryLine } from './progress.ts';
import { describeSiteIndex, writeSiteIndex } from '../site-index.ts';

const parsed = parseIngestArgs(process.argv.slice(2));
if (parsed.ok === 'help') {
  console.log(USAGE);
} else if (parsed.ok === false) {
  console.error(`ingest: ${parsed.error}\n${USAGE}`);
  process.exitCode = 2;
} else {
  const { seeds, out, strict, quiet } = parsed.options;
  const started = performance.now();
  try {
    const { report } = await ingestFolder({ seeds, out, onFile: progressPrinter(process.stderr, quiet), ...(parsed.options.noCache ? { cache: false } : {}) });
    for (const file of report.files.filter((f) => f.status === 'error')) {
      for (const m of file.messages.filter((msg) => msg.severity === 'error')) {
        console.error(`error: ${m.file}${m.line ? `:${m.line}` : ''} ${m.code}: ${m.message}`);
      }
    }
    console.log(summaryLine(report.summary, (performance.now() - started) / 1000));
    if (strict && report.summary.errors > 0) process.exitCode = 1;
  } catch (error) {
    console.error(`ingest: cannot read ${seeds} or write ${out}: ${(error as Error).message}`);
    process.exitCode = 2;
  }
  // The site's index of what was written, so `npm run dev` can show it (npm run build writes it too).
  if (process.exitCode !== 2) {
    try {
      console.log(describeSiteIndex(await writeSiteIndex(out)));
    } catch (error) {
      console.error(`ingest: ${(error as Error).message}`);
      process.exitCode = 2;
    }
  }
}
