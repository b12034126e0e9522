import { usePageTitle } from '../components/common.js';
import { useI18n } from '../i18n.js';
import { Link } from '../router.js';

export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <h1 className="heading-xl">{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to="/courses" className="link">
          {t('notFound.home')}
        </Link>
      </p>
    </>
  );
}
