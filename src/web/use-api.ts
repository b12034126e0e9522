// Loading state for a GET: re-fetches when the path changes and ignores stale answers.
import { useEffect, useState } from 'react';
import { api, cachedGet } from './api.js';

export type Loaded<T> = { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'ready'; data: T };

export function useApi<T>(path: string | null, options: { cached?: boolean; reloadKey?: number } = {}): Loaded<T> {
  const [state, setState] = useState<{ path: string | null; key: number | undefined; loaded: Loaded<T> }>({
    path: null,
    key: undefined,
    loaded: { status: 'loading' },
  });
  const { cached = false, reloadKey } = options;
  useEffect(() => {
    if (path === null) return;
    let live = true;
    const request = cached ? cachedGet<T>(path) : api<T>(path);
    request.then(
      (data) => live && setState({ path, key: reloadKey, loaded: { status: 'ready', data } }),
      (error: unknown) => live && setState({ path, key: reloadKey, loaded: { status: 'error', error } }),
    );
    return () => {
      live = false;
    };
  }, [path, cached, reloadKey]);
  // While a new path loads, show the loading state rather than the old answer.
  if (state.path !== path || state.key !== reloadKey) return { status: 'loading' };
  return state.loaded;
}
