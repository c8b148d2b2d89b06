// Sortable tables: header cells with data-sort get a button; cells carry data-value for numbers.
// Empty values (not stated) always sort last.

type Kind = 'text' | 'number';

function cellValue(row: HTMLTableRowElement, index: number): string {
  const cell = row.cells[index];
  return cell?.dataset.value ?? cell?.textContent?.trim() ?? '';
}

function compare(a: string, b: string, kind: Kind): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return kind === 'number' ? Number(a) - Number(b) : a.localeCompare(b, 'zh-CN');
}

function setup(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  if (!body) return;
  // The hint is true only once the headers are buttons.
  const hint = table.querySelector<HTMLElement>('.sort-hint');
  if (hint) hint.hidden = false;
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])] as HTMLTableCellElement[];
  const original = [...body.rows];
  headers.forEach((th, index) => {
    const kind = th.dataset.sort as Kind | undefined;
    if (!kind) return;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent ?? '';
    th.textContent = '';
    th.append(button);
    button.addEventListener('click', () => {
      // none → ascending → descending → none (original order)
      const next = th.getAttribute('aria-sort') === 'ascending' ? 'descending' : th.getAttribute('aria-sort') === 'descending' ? 'none' : 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      let rows = original;
      if (next !== 'none') {
        th.setAttribute('aria-sort', next);
        rows = [...original].sort((r1, r2) => {
          const a = cellValue(r1, index);
          const b = cellValue(r2, index);
          const order = compare(a, b, kind);
          return a === '' || b === '' ? order : next === 'ascending' ? order : -order;
        });
      }
      body.append(...rows);
    });
  });
}

for (const table of document.querySelectorAll<HTMLTableElement>('table[data-sortable]')) setup(table);

export {};
