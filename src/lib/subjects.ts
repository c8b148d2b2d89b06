// The site's subject index, built once per build from the content and the classification.
import { allDepartmentYears, functionalLookup } from './collections.ts';
import { buildSubjectIndex, type Subject } from './subject-index.ts';

let index: Promise<Subject[]> | undefined;

export function allSubjects(): Promise<Subject[]> {
  index ??= Promise.all([allDepartmentYears(), functionalLookup()]).then(([entries, lookup]) => buildSubjectIndex(entries, lookup));
  return index;
}
