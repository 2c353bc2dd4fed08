import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

/** Where the API serves the console; every route below is a path under it. */
export const BASE = '/console';
const CHANGED = 'accord:navigate';

/** The path under BASE with its query, e.g. `/plans?country=HN`. */
export function currentPath(): string {
  const path = window.location.pathname.startsWith(BASE) ? window.location.pathname.slice(BASE.length) : window.location.pathname;
  return (path || '/') + window.location.search;
}

export function navigate(to: string, options: { replace?: boolean } = {}): void {
  window.history[options.replace ? 'replaceState' : 'pushState'](null, '', BASE + to);
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(CHANGED, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(CHANGED, onChange);
  };
}

/** The current path and query, re-rendering on every navigation. */
export function useLocation(): { path: string; query: URLSearchParams } {
  const full = useSyncExternalStore(subscribe, currentPath);
  const [path, search = ''] = full.split('?');
  return { path, query: new URLSearchParams(search) };
}

/** `/plans/:id` against `/plans/42`: `{id: '42'}`, or null when it does not match. */
export function match(pattern: string, path: string): Record<string, string> | null {
  const want = pattern.split('/');
  const have = path.split('/');
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (const [index, part] of want.entries()) {
    if (part.startsWith(':')) params[part.slice(1)] = decodeURIComponent(have[index]);
    else if (part !== have[index]) return null;
  }
  return params;
}

/** An ordinary link (it opens in a new tab, it can be copied) that navigates inside the console on a plain click. */
export function Link({ to, ...props }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    props.onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return <a {...props} href={BASE + to} onClick={onClick} />;
}
