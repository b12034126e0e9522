// The signed-in workspace: a provider's own courses, or every course for a Center officer,
// who publishes drafts from here.
import { useState } from 'react';
import { ApiError, api, type WorkspaceCourse } from '../api.js';
import { LoadError, Loading, Text, usePageTitle } from '../components/common.js';
import { formatDate, useI18n } from '../i18n.js';
import { Link, useLocation } from '../router.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';
import { DataTable } from '../components/data-table.js';

export function WorkspacePage() {
  const { t } = useI18n();
  const { ready, user } = useSession();
  usePageTitle(t('workspace.title'));
  if (!ready) return <Loading />;
  if (!user) {
    return (
      <>
        <h1 className="heading-xl">{t('workspace.title')}</h1>
        <p>
          <Link to="/login?next=%2Fworkspace" className="link">
            {t('workspace.signInFirst')}
          </Link>
        </p>
      </>
    );
  }
  if (user.role !== 'provider-admin' && user.role !== 'center-officer') {
    return (
      <>
        <h1 className="heading-xl">{t('workspace.title')}</h1>
        <p>{t('workspace.notForRole')}</p>
      </>
    );
  }
  return <CourseList />;
}

function CourseList() {
  const { t, lang } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const [reloadKey, setReloadKey] = useState(0);
  const [publishing, setPublishing] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ kind: 'success' | 'error'; text: string } | null>(() => {
    const params = new URLSearchParams(search);
    const saved = params.get('saved');
    const version = params.get('version');
    return saved && version ? { kind: 'success', text: t('workspace.savedNotice', { code: saved, n: version }) } : null;
  });
  const list = useApi<{ items: WorkspaceCourse[] }>('/api/workspace/courses', { reloadKey });
  if (!user) return null;
  const canCreate = user.abilities.createCourse;
  const canPublish = user.abilities.publishCourse;

  async function publish(code: string, versionNo: number) {
    setPublishing(code);
    setNotice(null);
    try {
      await api(`/api/workspace/courses/${code}/publish`, { method: 'POST', body: { versionNo } });
      setNotice({ kind: 'success', text: t('workspace.publishedNotice', { code, n: versionNo }) });
      setReloadKey((key) => key + 1);
    } catch (error) {
      const text = error instanceof ApiError ? (error.problem?.detail ?? error.problem?.title ?? t('error.generic')) : t('error.network');
      setNotice({ kind: 'error', text });
    } finally {
      setPublishing(null);
    }
  }

  return (
    <>
      {notice ? (
        <div
          className={`notice ${notice.kind === 'success' ? 'notice--success' : 'notice--error'}`}
          role={notice.kind === 'success' ? 'status' : 'alert'}
        >
          <p>{notice.text}</p>
        </div>
      ) : null}
      <h1 className="heading-xl">{t('workspace.title')}</h1>
      <p className="lead">
        {user.role === 'provider-admin' && user.provider
          ? t('workspace.providerLead', { provider: user.provider.name[lang] })
          : t('workspace.officerLead')}
      </p>
      {canCreate ? (
        <p>
          <Link to="/workspace/courses/new" className="button">
            {t('workspace.newCourse')}
          </Link>
        </p>
      ) : null}
      {list.status === 'loading' ? <Loading /> : null}
      {list.status === 'error' ? <LoadError error={list.error} /> : null}
      {list.status === 'ready' && list.data.items.length === 0 ? <p>{t('workspace.empty')}</p> : null}
      {list.status === 'ready' && list.data.items.length > 0 ? (
        <DataTable
          captionId="workspace-caption"
          caption={t('workspace.tableCaption')}
          head={
            <>
              <th scope="col">{t('workspace.code')}</th>
              <th scope="col">{t('workspace.courseTitle')}</th>
              <th scope="col">{t('workspace.publishedCol')}</th>
              <th scope="col">{t('workspace.draftCol')}</th>
              <th scope="col">{t('workspace.actions')}</th>
            </>
          }
        >
          {list.data.items.map((course) => {
            const title = course.draft?.title ?? course.current?.title;
            return (
              <tr key={course.code}>
                <td className="code">{course.code}</td>
                <td>{title ? <Text value={title} /> : null}</td>
                <td>
                  {course.current ? (
                    <Link to={`/courses/${course.code}`} className="link">
                      {t('workspace.versionN', { n: course.current.versionNo })}
                    </Link>
                  ) : (
                    <span className="muted">{t('workspace.notPublished')}</span>
                  )}
                </td>
                <td>
                  {course.draft ? (
                    t('workspace.draftVersion', { n: course.draft.versionNo, date: formatDate(course.draft.updatedAt, lang) })
                  ) : (
                    <span className="muted">{t('workspace.noDraft')}</span>
                  )}
                </td>
                <td>
                  <div className="actions">
                    {canCreate ? (
                      <Link to={`/workspace/courses/${course.code}/edit`} className="link">
                        {t('workspace.edit')}
                        <span className="visually-hidden"> {course.code}</span>
                      </Link>
                    ) : null}
                    {user.role === 'provider-admin' && course.current ? (
                      <Link to={`/workspace/courses/${encodeURIComponent(course.code)}/award`} className="link">
                        {t('workspace.award')}
                        <span className="visually-hidden"> {course.code}</span>
                      </Link>
                    ) : null}
                    {user.role === 'provider-admin' && course.current ? (
                      <Link to={`/applications/new?course=${encodeURIComponent(course.code)}`} className="link">
                        {t('ap.applyForRight')}
                        <span className="visually-hidden"> {course.code}</span>
                      </Link>
                    ) : null}
                    {canPublish && course.draft ? (
                      <button
                        type="button"
                        className="button button--small"
                        disabled={publishing !== null}
                        onClick={() => void publish(course.code, course.draft!.versionNo)}
                      >
                        {publishing === course.code ? t('workspace.publishing') : t('workspace.publish', { n: course.draft.versionNo })}
                        <span className="visually-hidden"> {course.code}</span>
                      </button>
                    ) : null}
                  </div>
                </td>
              </tr>
            );
          })}
        </DataTable>
      ) : null}
    </>
  );
}
