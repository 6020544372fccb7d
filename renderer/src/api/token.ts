const STORAGE_KEY = 'concord.token';
let cached: string | null | undefined;

/**
 * The browser host's access token. Taken from the page URL once, then removed from the address
 * bar (so it is not bookmarked, shared or shown) and kept in sessionStorage so a reload of this
 * tab still works; it never outlives the tab.
 */
export function accessToken(): string | null {
  if (cached !== undefined) return cached;
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(window.history.state, '', `${url.pathname}${url.search}${url.hash}`);
  }
  cached = fromUrl ?? sessionStorage.getItem(STORAGE_KEY);
  return cached;
}
