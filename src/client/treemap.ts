// Treemap drill-down in place: switch views without leaving the page, keep the breadcrumb
// and the table beneath in step. The level is in the address (#tm-<code>), each drill a new
// history entry, so the browser's Back goes up a level. Without this script the same anchors
// work via :target.

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
    // The first link of the view that is drawn: the map's on a wide screen, the bar list's on a narrow one.
    if (focus) [...target.querySelectorAll<HTMLElement | SVGElement>('a[data-drill]')].find((a) => a.getClientRects().length > 0)?.focus();
  };

  const fromHash = (): string => (location.hash.startsWith('#tm-') ? location.hash.slice(4) : 'root');

  figure.addEventListener('click', (event) => {
    const link = (event.target as Element).closest<SVGElement | HTMLElement>('[data-drill]');
    if (!link) return;
    event.preventDefault();
    const id = link.dataset.drill ?? 'root';
    // Going back up to the overview we came from is the browser's Back, not another entry.
    if (id === 'root' && (history.state as { tm?: string } | null)?.tm) {
      history.back();
      return;
    }
    show(id, true);
    history.pushState({ tm: id }, '', id === 'root' ? location.pathname + location.search : `#tm-${id}`);
  });
  window.addEventListener('popstate', () => show(fromHash(), false));

  show(fromHash(), false);
}

for (const figure of document.querySelectorAll<HTMLElement>('[data-treemap]')) setup(figure);

export {};
