// A link to a section that sits in a collapsed <details> (a search result opening at 情况说明,
// a table-of-contents entry, a source note's #L123 elsewhere on the page) opens it, so the
// reader lands on the text rather than on a closed bar.

function openTarget(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  if (!target) return;
  for (let details = target.closest('details'); details; details = details.parentElement?.closest('details') ?? null) details.open = true;
  target.scrollIntoView();
}

openTarget();
window.addEventListener('hashchange', openTarget);

export {};
