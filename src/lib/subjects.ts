// The site's subject index, built once per build from the content and the classification.
import { allDepartmentYears } from './collections.ts';
import { buildSubjectIndex, type Subject } from './subject-index.ts';
import { classificationLookup } from './subject-lookup.ts';

let index: Promise<Subject[]> | undefined;

export function allSubjects(): Promise<Subject[]> {
  index ??= allDepartmentYears().then((entries) => buildSubjectIndex(entries, classificationLookup));
  return index;
}
