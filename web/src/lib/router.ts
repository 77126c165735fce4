// A small history-API router: the server answers index.html for any path
// that is not under /api/, so every page has its own address.
import { writable } from 'svelte/store';

export const path = writable(location.pathname + location.search);

export function navigate(to: string, replace = false) {
  if (replace) history.replaceState(null, '', to);
  else history.pushState(null, '', to);
  path.set(to);
  window.scrollTo(0, 0);
}

window.addEventListener('popstate', () => path.set(location.pathname + location.search));

// A click on an internal link moves within the app instead of reloading.
export function link(node: HTMLAnchorElement) {
  const onClick = (e: MouseEvent) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const href = node.getAttribute('href');
    if (!href || !href.startsWith('/')) return;
    e.preventDefault();
    navigate(href);
  };
  node.addEventListener('click', onClick);
  return { destroy: () => node.removeEventListener('click', onClick) };
}
