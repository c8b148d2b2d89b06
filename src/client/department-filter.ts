// /departments/: filter the list by region and year. The full list is there without JavaScript.

function setup(form: HTMLFormElement): void {
  form.hidden = false;
  const cards = [...document.querySelectorAll<HTMLElement>('li[data-regions]')];
  const groups = [...document.querySelectorAll<HTMLElement>('[data-region-group]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]');
  const apply = (): void => {
    const region = (form.elements.namedItem('region') as HTMLSelectElement).value;
    const year = (form.elements.namedItem('year') as HTMLSelectElement).value;
    let shown = 0;
    for (const card of cards) {
      const ok = (!region || (card.dataset.regions ?? '').split('|').includes(region)) && (!year || (card.dataset.years ?? '').split('|').includes(year));
      card.hidden = !ok;
      if (ok) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('li[data-regions]:not([hidden])');
    if (count) count.textContent = `显示 ${shown} 个部门`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}

const form = document.querySelector<HTMLFormElement>('form[data-department-filter]');
if (form) setup(form);

export {};
