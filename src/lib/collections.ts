// The one place pages read the content layer. Cached: every page of a build sees the same list.
import { getCollection } from 'astro:content';
import type { DepartmentYear } from './schema.ts';
import type { IngestFile } from './ingest-report.ts';
import { sortEntries } from './department-index.ts';
import { parentCode, type SubjectLookup } from './subject-index.ts';

let years: Promise<DepartmentYear[]> | undefined;
let ingest: Promise<IngestFile[]> | undefined;
let functional: Promise<SubjectLookup> | undefined;

export function allDepartmentYears(): Promise<DepartmentYear[]> {
  years ??= getCollection('departments').then((entries) => sortEntries(entries.map((e) => e.data as DepartmentYear)));
  return years;
}

export function ingestFiles(): Promise<IngestFile[]> {
  ingest ??= getCollection('ingestFiles').then((entries) => entries.map((e) => e.data as IngestFile).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  return ingest;
}

/** The functional classification (content/classification/functional.json) as the subject index looks codes up. */
export function functionalLookup(): Promise<SubjectLookup> {
  functional ??= getCollection('functionalClassification').then((entries) => {
    const byCode = new Map(entries.map((e) => [e.id, e.data]));
    return (code: string) => {
      const entry = byCode.get(code);
      return entry ? { name: entry.name, aliases: entry.aliases ?? [], parent: parentCode(code) } : undefined;
    };
  });
  return functional;
}
