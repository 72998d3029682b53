const BASE = 'http://zhidu.invalid';

/**
 * The page to go to after signing in: only a path on this site. The value is read as a browser would read it
 * (tabs and line breaks dropped, `\` taken for `/`, resolved against this site) and re-serialised, so what
 * the browser follows is exactly what was checked; anything that would leave the site gives `/`.
 */
export function safeNextPath(next: string): string {
  const cleaned = next.replace(/[\t\n\r]/g, '');
  if (!cleaned.startsWith('/')) return '/';
  let url: URL;
  try {
    url = new URL(cleaned, BASE);
  } catch {
    return '/';
  }
  const path = url.pathname + url.search + url.hash;
  return url.origin === BASE && !path.startsWith('//') ? path : '/';
}
