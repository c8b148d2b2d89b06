// Progress for people: a bar on a terminal, one line per file in logs and CI.
import type { FileReport } from './report.ts';

export interface ProgressEvent { index: number; count: number; file: string; status: FileReport['status'] }

export function progressPrinter(stream: NodeJS.WriteStream, quiet: boolean): (event: ProgressEvent) => void {
  if (quiet) return () => {};
  if (stream.isTTY) {
    return ({ index, count, file }) => {
      const done = index + 1;
      const width = 30;
      const filled = Math.round((done / count) * width);
      stream.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${count} ${file.slice(-40).padEnd(40)}`);
      if (done === count) stream.write('\n');
    };
  }
  return ({ index, count, file, status }) => stream.write(`[${index + 1}/${count}] ${status.padEnd(7)} ${file}\n`);
}

export function summaryLine(summary: { reports: number; departmentYears: number; warnings: number; errors: number }, seconds: number): string {
  return `ingest: ${summary.reports} reports, ${summary.departmentYears} department-years, ${summary.warnings} warnings, ${summary.errors} errors, ${seconds.toFixed(2)} s`;
}
