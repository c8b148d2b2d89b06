// Find the tables the checks need in the lossless `tables` layer; their cells are read by
// column role through the table layer's one accessor (tables/table-rows.ts).
import type { Table } from '../../../src/lib/schema.ts';
import { titleKind, type KnownKind } from '../tables/kinds.ts';

/** The kind of a final-accounts table (from its title when not published); an appendix has none. */
export function kindOf(table: Table): KnownKind | undefined {
  return table.kind === 'other' ? undefined : table.kind ?? titleKind(table.title);
}

export function findTable(tables: Table[] | undefined, kind: KnownKind): Table | undefined {
  return tables?.find((t) => kindOf(t) === kind);
}
