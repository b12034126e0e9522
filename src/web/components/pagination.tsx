import { useI18n } from '../i18n.js';
import { Link } from '../router.js';

/** Previous, next, the first and last pages and the two on either side of this one. */
export function Pagination({ page, pages, href }: { page: number; pages: number; href: (page: number) => string }) {
  const { t } = useI18n();
  if (pages <= 1) return null;
  const numbers = Array.from({ length: pages }, (_, index) => index + 1).filter((n) => n === 1 || n === pages || Math.abs(n - page) <= 2);
  return (
    <nav className="pagination" aria-label={t('pagination.label')}>
      <p className="visually-hidden">{t('pagination.position', { page, pages })}</p>
      <ul className="pagination__list">
        {page > 1 ? (
          <li>
            <Link to={href(page - 1)} className="pagination__link" rel="prev">
              {t('pagination.prev')}
            </Link>
          </li>
        ) : null}
        {numbers.map((n, index) => (
          <li key={n} className={index > 0 && n - (numbers[index - 1] ?? n) > 1 ? 'pagination__gap' : undefined}>
            <Link to={href(n)} className="pagination__link" aria-current={n === page ? 'page' : undefined} aria-label={t('pagination.page', { n })}>
              {n}
            </Link>
          </li>
        ))}
        {page < pages ? (
          <li>
            <Link to={href(page + 1)} className="pagination__link" rel="next">
              {t('pagination.next')}
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
