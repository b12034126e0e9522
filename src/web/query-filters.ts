// A filtered, paged list keeps its filters in the URL's query, so that every page of results
// is a link that can be shared or bookmarked.

/** Reads and writes a list's filters (and its `page`) as a query string; empty values and page 1 are left out. */
export function queryFilters<Key extends string>(keys: readonly Key[]) {
  type Filters = Record<Key, string>;
  return {
    parse(search: string): Filters {
      const params = new URLSearchParams(search);
      const filters = {} as Filters;
      for (const key of keys) filters[key] = params.get(key)?.trim() ?? '';
      return filters;
    },
    toQuery(filters: Partial<Filters>): string {
      const params = new URLSearchParams();
      for (const key of keys) {
        const value = filters[key]?.trim();
        if (!value || (key === 'page' && value === '1')) continue;
        params.set(key, value);
      }
      const query = params.toString();
      return query ? `?${query}` : '';
    },
  };
}
