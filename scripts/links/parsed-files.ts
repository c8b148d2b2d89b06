// What the link check read from each file of the last build: the ids a page defines and the
// URLs a file refers to, under the hash of the file's bytes (and the parsing code's version),
// so a rebuild parses only the files that changed. Only the parsing is remembered: every URL
// is still checked against the files and ids of the current build.
//
// One JSON line per file, in the order the check visits them (sorted paths): the last build's
// lines are read alongside the files, one at a time, and this build's written as it goes, so
// memory does not hold every file's URLs.
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { StringDecoder } from 'node:string_decoder';

export interface ParsedFile {
  /** The ids (and <a name>s) of an HTML page, in document order; undefined for other files. */
  anchors?: string[];
  urls: string[];
}

type Line = [path: string, hash: string, anchors: string[] | null, urls: string[]];

export class ParsedFiles {
  private previous: LineReader | undefined;
  private pending: { line: Line; text: string } | undefined;
  private readonly out: number | undefined;
  private readonly target: string | undefined;
  reused = 0;

  /** `path`: the cache file, or undefined for none. `version`: the parsing code's; a cache of another is not read. */
  constructor(path: string | undefined, version: string) {
    if (!path) return;
    this.target = path;
    mkdirSync(dirname(path), { recursive: true });
    const reader = LineReader.open(path);
    if (reader && reader.next() === JSON.stringify(version)) this.previous = reader;
    else reader?.close();
    this.out = openSync(`${path}.tmp-${process.pid}`, 'w');
    this.write(JSON.stringify(version));
  }

  /**
   * What `file` holds: as the last build read it if its bytes had the same hash, else as
   * `parse` reads it now. Files are asked for in ascending order of their paths.
   */
  parsed(file: string, hash: string, parse: () => ParsedFile): ParsedFile {
    const last = this.lineOf(file);
    if (last) {
      const { line, text } = last;
      if (line[1] === hash) {
        this.reused++;
        this.write(text);
        return { ...(line[2] ? { anchors: line[2] } : {}), urls: line[3] };
      }
    }
    const parsed = parse();
    this.write(JSON.stringify([file, hash, parsed.anchors ?? null, parsed.urls] satisfies Line));
    return parsed;
  }

  /** The last build's line for `file`, skipping the lines of files this build does not have. */
  private lineOf(file: string): { line: Line; text: string } | undefined {
    while (this.previous) {
      if (this.pending === undefined) {
        const text = this.previous.next();
        if (text === undefined) break;
        let line: Line | undefined;
        try {
          line = JSON.parse(text) as Line;
        } catch {
          line = undefined;
        }
        if (!Array.isArray(line) || typeof line[0] !== 'string') {
          // A damaged cache (it is renamed into place only when complete, but still): parse the rest.
          this.previous.close();
          this.previous = undefined;
          break;
        }
        this.pending = { line, text };
      }
      if (this.pending.line[0] >= file) break;
      this.pending = undefined;
    }
    if (this.pending?.line[0] !== file) return undefined;
    const found = this.pending;
    this.pending = undefined;
    return found;
  }

  private write(line: string): void {
    if (this.out !== undefined) writeAll(this.out, `${line}\n`);
  }

  /** Replaces the last build's cache with this one's. */
  close(): void {
    this.previous?.close();
    if (this.out === undefined || !this.target) return;
    closeSync(this.out);
    renameSync(`${this.target}.tmp-${process.pid}`, this.target);
  }

  /** Leaves the last build's cache as it was. */
  abandon(): void {
    this.previous?.close();
    if (this.out === undefined || !this.target) return;
    closeSync(this.out);
    rmSync(`${this.target}.tmp-${process.pid}`, { force: true });
  }
}

function writeAll(fd: number, text: string): void {
  const buffer = Buffer.from(text);
  for (let at = 0; at < buffer.length; ) at += writeSync(fd, buffer, at);
}

/** A file's lines, one at a time. */
class LineReader {
  private readonly buffer = Buffer.alloc(1 << 20);
  // A chunk may end inside a character: the decoder keeps its first bytes for the next one.
  private readonly decoder = new StringDecoder('utf8');
  private text = '';
  private at = 0;
  private done = false;
  private readonly fd: number;
  private constructor(fd: number) {
    this.fd = fd;
  }

  static open(path: string): LineReader | undefined {
    try {
      return new LineReader(openSync(path, 'r'));
    } catch {
      return undefined;
    }
  }

  next(): string | undefined {
    for (;;) {
      const end = this.text.indexOf('\n', this.at);
      if (end !== -1) {
        const line = this.text.slice(this.at, end);
        this.at = end + 1;
        return line;
      }
      if (this.done) return undefined;
      const read = readSync(this.fd, this.buffer, 0, this.buffer.length, null);
      if (read === 0) this.done = true;
      else {
        this.text = this.text.slice(this.at) + this.decoder.write(this.buffer.subarray(0, read));
        this.at = 0;
      }
    }
  }

  close(): void {
    closeSync(this.fd);
  }
}
