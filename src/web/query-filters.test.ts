import { describe, expect, it } from 'vitest';
import { queryFilters } from './query-filters.js';

describe('a list’s filters in the URL', () => {
  const { parse, toQuery } = queryFilters(['q', 'level', 'page'] as const);

  it('reads every known filter, trimmed, and an absent one as empty', () => {
    expect(parse('?q=%20data%20&level=7&other=x')).toEqual({ q: 'data', level: '7', page: '' });
  });

  it('writes only filters with a value, leaves page 1 out, and keeps the order of the keys', () => {
    expect(toQuery({ page: '2', level: '6', q: 'ხელოვნური ინტელექტი' })).toBe(`?q=${encodeURIComponent('ხელოვნური ინტელექტი').replace(/%20/g, '+')}&level=6&page=2`);
    expect(toQuery({ q: '  ', page: '1' })).toBe('');
  });

  it('reads back what it wrote', () => {
    const filters = { q: 'a&b=c', level: '7', page: '3' };
    expect(parse(toQuery(filters))).toEqual(filters);
  });
});
