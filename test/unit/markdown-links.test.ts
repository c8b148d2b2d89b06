// Every link in the repository's own documents resolves inside the repository: no link to a
// file outside it (the contract once lived in ../shared/), none to a file or heading that is gone.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DOCUMENTS = ['README.md', 'BENCHMARKS.md', 'content/README.md', 'docs/data-contract.md'];
const ROOT = resolve('.');

/** Targets of [text](target) links, outside code spans and fenced blocks. */
function linkTargets(markdown: string): string[] {
  const prose = markdown.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, '``');
  return [...prose.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((m) => m[1]);
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces to hyphens. */
function anchorOf(heading: string): string {
  return heading.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

function anchors(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => anchorOf(m[1]));
}

/** Why a link from `document` does not resolve inside the repository, or undefined when it does. */
function problem(document: string, target: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return 'leaves the repository';
  const [path, fragment] = target.split('#');
  const file = path ? resolve(dirname(document), decodeURIComponent(path)) : resolve(document);
  if (relative(ROOT, file).startsWith('..')) return 'points outside the repository';
  if (!existsSync(file)) return 'does not exist';
  if (fragment && file.endsWith('.md') && !anchors(file).includes(fragment)) return `has no heading #${fragment}`;
  return undefined;
}

describe('links in the documents', () => {
  it.each(DOCUMENTS)('%s', (document) => {
    const broken = linkTargets(readFileSync(document, 'utf8'))
      .map((target) => ({ target, problem: problem(document, target) }))
      .filter((l) => l.problem);
    expect(broken).toEqual([]);
  });

  it('finds the links a reader sees, not those in code', () => {
    expect(linkTargets('see [a](docs/a.md) and `[b](x.md)`\n```\n[c](y.md)\n```\n[d](../e.md#f)')).toEqual(['docs/a.md', '../e.md#f']);
  });
});
