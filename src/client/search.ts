// The /search/ page: a small UI of our own on Pagefind's JS API. Loaded as an external module
// (the Content-Security-Policy allows no inline script); the form works without it as a GET.
import { loadPagefind, type FilterCounts, type PagefindModule, type PagefindResults } from './pagefind-api.ts';
import { FILTER_NAMES, earlierIndexUrl, hasFilters, pagefindBundleUrl, readState, searchesEarlier, writeState, type SearchState } from './search-state.ts';
import { EXCERPT_WORDS, departmentOf, resultItem, resultView, subResultItem } from './search-render.ts';

const PAGE_SIZE = 10;
const BASE = import.meta.env.BASE_URL;
/**
 * Pagefind matches a query word as a prefix too ("215" finds 21505 and 2150501); a high
 * termSimilarity ranks the page whose word is the query itself first (the 类 page for 215).
 */
const RANKING = { termSimilarity: 10 };

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) start(root);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const selects = FILTER_NAMES.map((name) => form.querySelector<HTMLSelectElement>(`select[name="${name}"]`)).filter((s) => s !== null);
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  // Departments' earlier years are a second index (scripts/search-index.ts), merged in when the
  // visitor asks for them or chooses one of their years; the page says how many there are and
  // which years they cover.
  const earlierCount = Number(root.dataset.searchEarlier ?? 0);
  const earlierYears = (root.dataset.searchEarlierYears ?? '').split(' ').filter(Boolean);
  const scope = root.querySelector<HTMLElement>('[data-search-scope]');
  const earlierButton = root.querySelector<HTMLButtonElement>('[data-search-earlier-button]');

  let pagefind: Promise<PagefindModule> | undefined;
  // Pagefind's URLs are site-relative ("/subjects/215/"); baseUrl puts the base path in front.
  // Longer excerpts than Pagefind's 30 words: an amount takes one word per character (scripts/search/mask-amounts.ts).
  const options = { baseUrl: BASE, excerptLength: EXCERPT_WORDS, ranking: RANKING };
  const load = () => (pagefind ??= loadPagefind(pagefindBundleUrl(BASE), options));
  let earlier = false;
  let earlierMerged: Promise<void> | undefined;
  let withEarlier = false;
  const loadEarlier = (pf: PagefindModule) =>
    (earlierMerged ??= pf.mergeIndex(earlierIndexUrl(BASE), options).then(
      () => { withEarlier = earlier = true; },
      (error: unknown) => { earlierMerged = undefined; throw error; },
    ));
  let generation = 0;
  // The counts beside each filter value need Pagefind's filter files: loaded when the visitor
  // turns to the filters, not for every first search.
  let counting: Promise<unknown> | undefined;
  let counted = false;
  let current: PagefindResults | undefined;
  let shown = 0;
  // One result per department: its page or year shown first, its other pages listed under it.
  let departments = new Map<string, HTMLLIElement>();

  const setState = (state: 'idle' | 'loading' | 'done' | 'error', message: string, count = 0) => {
    root.dataset.searchState = state;
    root.dataset.searchCount = String(count);
    status.textContent = message;
  };

  const fromForm = (): SearchState => ({
    q: input.value.trim(),
    filters: Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.name, s.value])),
    ...(earlier ? { earlier } : {}),
  });

  /** Whether the results cover departments' earlier years, and the button that adds them. */
  const showScope = (searched: boolean) => {
    if (scope) scope.hidden = !searched || withEarlier || earlierCount === 0;
  };

  const showMore = async (gen: number) => {
    if (!current) return;
    const batch = await Promise.all(current.results.slice(shown, shown + PAGE_SIZE).map((r) => r.data()));
    if (gen !== generation) return;
    for (const data of batch) {
      const view = resultView(data);
      const department = departmentOf(view.page);
      const first = department ? departments.get(department) : undefined;
      if (first) {
        let also = first.querySelector<HTMLUListElement>(':scope > ul.search-also');
        if (!also) {
          also = document.createElement('ul');
          also.className = 'search-also';
          also.setAttribute('aria-label', '同一部门的其他页面');
          first.append(also);
        }
        also.append(subResultItem(view));
        continue;
      }
      const item = resultItem(view);
      list.append(item);
      if (department) departments.set(department, item);
    }
    shown += batch.length;
    more.hidden = shown >= current.results.length;
  };

  const run = async (debounce: boolean) => {
    const state = fromForm();
    history.replaceState(null, '', `${location.pathname}${writeState(state)}`);
    const gen = ++generation;
    if (!state.q && !hasFilters(state)) {
      current = undefined;
      list.replaceChildren();
      more.hidden = true;
      showScope(false);
      setState('idle', '输入部门名称、地区、科目编码或关键词。');
      return;
    }
    setState('loading', '正在搜索…');
    try {
      const pf = await load();
      if (earlierCount > 0 && searchesEarlier(state, earlierYears)) {
        await loadEarlier(pf);
        history.replaceState(null, '', `${location.pathname}${writeState(fromForm())}`);
      }
      if (gen !== generation) return;
      const options = { filters: state.filters as Record<string, string> };
      const results = debounce ? await pf.debouncedSearch(state.q || null, options, 250) : await pf.search(state.q || null, options);
      if (!results || gen !== generation) return;
      current = results;
      shown = 0;
      departments = new Map();
      list.replaceChildren();
      await showMore(gen);
      if (gen !== generation) return;
      if (counted) updateCounts(selects, results.totalFilters);
      const n = results.results.length;
      showScope(true);
      setState('done', n ? `找到 ${n} 个页面${state.q ? `：“${state.q}”` : ''}；同一部门的页面列在一起` : `没有找到与“${state.q}”相关的页面。可以换一个词，或去掉筛选条件。`, n);
    } catch (error) {
      pagefind = undefined; // a failed load is tried again on the next search
      earlierMerged = undefined;
      if (gen !== generation) return;
      showScope(false);
      setState('error', '搜索暂时无法使用，请稍后再试，或浏览全部部门和科目。');
      console.warn('search:', error);
    }
  };

  const initial = readState(location.search);
  earlier = initial.earlier ?? false;
  input.value = initial.q;
  for (const s of selects) s.value = initial.filters[s.name as keyof SearchState['filters']] ?? '';
  form.addEventListener('submit', (event) => { event.preventDefault(); void run(false); });
  input.addEventListener('input', () => void run(true));
  for (const s of selects) s.addEventListener('change', () => void run(false));
  // The results shown stay as they are; only the labels gain their counts.
  const count = () => {
    counting ??= load().then(async (pf) => {
      await pf.filters();
      counted = true;
      const state = fromForm();
      if (!state.q && !hasFilters(state)) return;
      const results = await pf.search(state.q || null, { filters: state.filters as Record<string, string> });
      updateCounts(selects, results.totalFilters);
    }).catch(() => { counting = undefined; });
  };
  for (const s of selects) {
    s.addEventListener('focus', count);
    s.addEventListener('pointerdown', count);
  }
  more.addEventListener('click', () => void showMore(generation));
  earlierButton?.addEventListener('click', () => {
    earlier = true;
    void run(false);
  });
  void run(false);
}

/** Each option shows how many results the query has under it, whatever else is selected. */
function updateCounts(selects: HTMLSelectElement[], counts: FilterCounts): void {
  for (const select of selects) {
    for (const option of select.options) {
      if (!option.value) continue;
      const label = option.dataset.label ?? option.textContent ?? '';
      option.dataset.label = label;
      option.textContent = `${label}（${counts[select.name]?.[option.value] ?? 0}）`;
    }
  }
}
