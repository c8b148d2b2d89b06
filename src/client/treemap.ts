// Treemap drill-down in place: switch views without leaving the page, keep the breadcrumb
// and the table beneath in step. Without this script the same anchors work via :target.

function setup(figure: HTMLElement): void {
  figure.classList.add('js');
  const views = [...figure.querySelectorAll<HTMLElement>('[data-view]')];
  const current = figure.querySelector<HTMLElement>('[data-tm-current]');
  const table = document.getElementById(figure.dataset.table ?? '');
  const tableState = table?.querySelector<HTMLElement>('[data-tm-table-state]');

  const show = (id: string, focus: boolean): void => {
    const target = views.find((v) => v.dataset.view === id) ?? views[0];
    for (const view of views) view.hidden = view !== target;
    const title = target.dataset.title ?? '';
    if (current) current.textContent = title;
    if (tableState) tableState.textContent = `：${title}`;
    for (const body of table?.querySelectorAll<HTMLElement>('tbody[data-class]') ?? []) {
      body.hidden = target.dataset.view !== 'root' && body.dataset.class !== target.dataset.view;
    }
    if (focus) target.querySelector<HTMLElement | SVGElement>('a[data-drill]')?.focus();
  };

  figure.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<SVGElement | HTMLElement>('[data-drill]');
    if (!link) return;
    event.preventDefault();
    const id = link.dataset.drill ?? 'root';
    show(id, true);
    history.replaceState(null, '', id === 'root' ? location.pathname + location.search : `#tm-${id}`);
  });

  const fromHash = location.hash.startsWith('#tm-') ? location.hash.slice(4) : 'root';
  show(fromHash, false);
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-treemap]')) setup(figure);

export {};
