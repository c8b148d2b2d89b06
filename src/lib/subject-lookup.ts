// The functional classification as the subject index wants it (names, older names, parent).
import { functionalEntry } from './classification/functional.ts';
import type { SubjectLookup } from './subject-index.ts';

export const classificationLookup: SubjectLookup = (code) => {
  const entry = functionalEntry(code);
  return entry ? { name: entry.name, aliases: entry.aliases, parent: entry.parent } : undefined;
};
