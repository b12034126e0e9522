// The public registry: search and filters, all held in the URL so a search is a shareable link.
import { type FormEvent, type ReactNode, useMemo, useState } from 'react';
import { participationModes } from '../../domain/course/description.js';
import { rightStatuses } from '../../domain/rights/status.js';
import type { IscedField, Provider, RegistryItem, RegistryPage as RegistryResult } from '../api.js';
import { ApiError } from '../api.js';
import { LoadError, Loading, StatusTag, Text, usePageTitle } from '../components/common.js';
import { Pagination } from '../components/pagination.js';
import { formatDate, languageName, otherLang, useI18n } from '../i18n.js';
import { languageNames, type MessageKey } from '../messages.js';
import { Link, navigate, useLocation } from '../router.js';
import { queryFilters } from '../query-filters.js';
import { useApi } from '../use-api.js';

const filterKeys = ['q', 'level', 'minEcts', 'maxEcts', 'field', 'mode', 'language', 'provider', 'status', 'page'] as const;
type FilterKey = (typeof filterKeys)[number];
type Filters = Record<FilterKey, string>;

const { parse: parseFilters, toQuery } = queryFilters(filterKeys);

export function RegistryPage() {
  const { t } = useI18n();
  const location = useLocation();
  const filters = useMemo(() => parseFilters(location.search), [location.search]);
  const result = useApi<RegistryResult>(`/api/courses${toQuery(filters)}`);
  usePageTitle(t('registry.title'));

  return (
    <>
      <h1 className="heading-xl">{t('registry.title')}</h1>
      <p className="lead">{t('registry.lead')}</p>
      <SearchForm initial={filters}>
        <Results result={result} filters={filters} />
      </SearchForm>
    </>
  );
}

function SearchForm({ initial, children }: { initial: Filters; children: ReactNode }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<Filters>(initial);
  // A new URL (a search, Back, Forward) sets the fields; the form stays mounted, so focus stays put.
  const [shown, setShown] = useState(initial);
  if (shown !== initial) {
    setShown(initial);
    setForm(initial);
  }
  const providers = useApi<{ items: Provider[] }>('/api/providers', { cached: true });
  const fields = useApi<{ items: IscedField[] }>('/api/reference/isced-f', { cached: true });
  const set = (key: FilterKey) => (event: { target: { value: string } }) => setForm({ ...form, [key]: event.target.value });

  function submit(event: FormEvent) {
    event.preventDefault();
    navigate(`/courses${toQuery({ ...form, page: '' })}`);
  }

  const fieldGroups = useMemo(() => {
    if (fields.status !== 'ready') return [];
    const broad = fields.data.items.filter((field) => field.level === 'broad');
    return broad.map((group) => ({
      group,
      narrow: fields.data.items.filter((field) => field.level === 'narrow' && field.code.startsWith(group.code)),
    }));
  }, [fields]);

  const knownLanguages = Object.keys(languageNames);
  const languageOptions = form.language && !knownLanguages.includes(form.language) ? [...knownLanguages, form.language] : knownLanguages;

  return (
    <form className="registry" role="search" action="/courses" method="get" onSubmit={submit} noValidate>
      <div className="registry__search">
        <label className="label label--bold" htmlFor="search-q">
          {t('search.label')}
        </label>
        <div className="hint" id="search-q-hint">
          {t('search.hint')}
        </div>
        <div className="search-box">
          <input
            className="input search-box__input"
            id="search-q"
            name="q"
            type="search"
            value={form.q}
            onChange={set('q')}
            aria-describedby="search-q-hint"
            autoComplete="off"
            spellCheck={false}
          />
          <button className="button search-box__button" type="submit">
            {t('search.submit')}
          </button>
        </div>
      </div>
      <div className="registry__filters">
        <h2 className="heading-m">{t('filters.title')}</h2>
        <div className="form-group">
          <label className="label" htmlFor="filter-level">
            {t('filters.level')}
          </label>
          <select className="select" id="filter-level" name="level" value={form.level} onChange={set('level')}>
            <option value="">{t('filters.any')}</option>
            <option value="6">{t('filters.level6')}</option>
            <option value="7">{t('filters.level7')}</option>
          </select>
        </div>
        <fieldset className="fieldset form-group">
          <legend className="fieldset__legend">{t('filters.ects')}</legend>
          <div className="inline-fields">
            <div>
              <label className="label" htmlFor="filter-minEcts">
                {t('filters.minEcts')}
              </label>
              <input
                className="input input--width-3"
                id="filter-minEcts"
                name="minEcts"
                inputMode="numeric"
                pattern="[0-9]*"
                value={form.minEcts}
                onChange={set('minEcts')}
              />
            </div>
            <div>
              <label className="label" htmlFor="filter-maxEcts">
                {t('filters.maxEcts')}
              </label>
              <input
                className="input input--width-3"
                id="filter-maxEcts"
                name="maxEcts"
                inputMode="numeric"
                pattern="[0-9]*"
                value={form.maxEcts}
                onChange={set('maxEcts')}
              />
            </div>
          </div>
        </fieldset>
        <div className="form-group">
          <label className="label" htmlFor="filter-field">
            {t('filters.field')}
          </label>
          <select className="select select--full" id="filter-field" name="field" value={form.field} onChange={set('field')}>
            <option value="">{t('filters.allFields')}</option>
            {fieldGroups.map(({ group, narrow }) => (
              <optgroup key={group.code} label={`${group.code} ${group.label[lang]}`}>
                <option value={group.code}>{t('filters.wholeField', { code: group.code, label: group.label[lang] })}</option>
                {narrow.map((field) => (
                  <option key={field.code} value={field.code}>
                    {field.code} {field.label[lang]}
                  </option>
                ))}
              </optgroup>
            ))}
            {form.field && fields.status !== 'ready' ? <option value={form.field}>{form.field}</option> : null}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-mode">
            {t('filters.mode')}
          </label>
          <select className="select" id="filter-mode" name="mode" value={form.mode} onChange={set('mode')}>
            <option value="">{t('filters.any')}</option>
            {participationModes.map((mode) => (
              <option key={mode} value={mode}>
                {t(`mode.${mode}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-language">
            {t('filters.language')}
          </label>
          <select className="select" id="filter-language" name="language" value={form.language} onChange={set('language')}>
            <option value="">{t('filters.anyLanguage')}</option>
            {languageOptions.map((code) => (
              <option key={code} value={code}>
                {languageName(code, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-provider">
            {t('filters.provider')}
          </label>
          <select className="select select--full" id="filter-provider" name="provider" value={form.provider} onChange={set('provider')}>
            <option value="">{t('filters.allProviders')}</option>
            {providers.status === 'ready'
              ? providers.data.items.map((provider) => (
                  <option key={provider.slug} value={provider.slug}>
                    {provider.name[lang]}
                  </option>
                ))
              : form.provider && <option value={form.provider}>{form.provider}</option>}
          </select>
        </div>
        <div className="form-group">
          <label className="label" htmlFor="filter-status">
            {t('filters.status')}
          </label>
          <select className="select" id="filter-status" name="status" value={form.status} onChange={set('status')}>
            <option value="">{t('filters.anyStatus')}</option>
            {rightStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <div className="button-group">
          <button className="button button--secondary" type="submit">
            {t('filters.apply')}
          </button>
          <Link to="/courses" className="link">
            {t('filters.clear')}
          </Link>
        </div>
        <section className="export" aria-labelledby="export-heading">
          <h2 className="heading-s" id="export-heading">
            {t('export.heading')}
          </h2>
          <ul className="list">
            <li>
              <a href="/api/registry/export?format=json">{t('export.json')}</a>
            </li>
            <li>
              <a href="/api/registry/export?format=csv">{t('export.csv')}</a>
            </li>
          </ul>
        </section>
      </div>
      <div className="registry__results">{children}</div>
    </form>
  );
}

function Results({ result, filters }: { result: ReturnType<typeof useApi<RegistryResult>>; filters: Filters }) {
  const { t } = useI18n();
  let body: ReactNode;
  if (result.status === 'loading') body = <Loading />;
  else if (result.status === 'error') {
    const error = result.error;
    body =
      error instanceof ApiError && error.status === 422 ? (
        <div className="notice notice--error" role="alert">
          <p>{t('results.invalid', { detail: (error.problem?.errors ?? []).map((item) => item.message).join(' ') || (error.problem?.detail ?? '') })}</p>
        </div>
      ) : (
        <LoadError error={error} />
      );
  } else {
    const { items, total, page, pageSize } = result.data;
    body = (
      <>
        <p className="results-count" role="status">
          {total === 1 ? t('results.count.one') : t('results.count.other', { n: total })}
        </p>
        {items.length === 0 ? (
          <div className="notice">
            <p>{t('results.none')}</p>
            <p>{t('results.noneHint')}</p>
          </div>
        ) : (
          <ol className="results">
            {items.map((item) => (
              <ResultItem key={item.code} item={item} />
            ))}
          </ol>
        )}
        <Pagination page={page} pages={Math.max(1, Math.ceil(total / pageSize))} href={(n) => `/courses${toQuery({ ...filters, page: String(n) })}`} />
      </>
    );
  }
  return (
    <section aria-labelledby="results-heading">
      <h2 className="visually-hidden" id="results-heading">
        {t('results.heading')}
      </h2>
      {body}
    </section>
  );
}

function ResultItem({ item }: { item: RegistryItem }) {
  const { t, lang } = useI18n();
  const other = otherLang(lang);
  return (
    <li className="result">
      <h3 className="result__title">
        <Link to={`/courses/${item.code}`} className="link" lang={lang}>
          {item.title[lang] || item.title[other]}
        </Link>
      </h3>
      {item.title[other] ? (
        <p className="result__alt" lang={other}>
          {item.title[other]}
        </p>
      ) : null}
      <dl className="result__meta">
        <div>
          <dt>{t('course.code')}</dt>
          <dd className="code">{item.code}</dd>
        </div>
        <div>
          <dt>{t('course.provider')}</dt>
          <dd>
            <Text value={item.provider.name} />
          </dd>
        </div>
        <div>
          <dt>{t('course.ects')}</dt>
          <dd>{item.ects}</dd>
        </div>
        <div>
          <dt>{t('course.nqf')}</dt>
          <dd>{item.nqfLevel}</dd>
        </div>
        <div>
          <dt>{t('course.mode')}</dt>
          <dd>{t(`mode.${item.participationMode}` as MessageKey)}</dd>
        </div>
        <div>
          <dt>{t('course.status')}</dt>
          <dd>
            <StatusTag status={item.rightStatus} />
          </dd>
        </div>
        {item.validUntil ? (
          <div>
            <dt>{t('course.validUntil')}</dt>
            <dd>{formatDate(item.validUntil, lang)}</dd>
          </div>
        ) : null}
      </dl>
    </li>
  );
}

