// The course editor: the whole description, with Georgian and English side by side, a
// running total of hours, and the server's field errors beside their fields.
import { type FormEvent, useCallback, useMemo, useState } from 'react';
import { identityChecks, outcomeDomains, participationModes } from '../../domain/course/description.js';
import { ApiError, api, type DraftResponse, type FieldError, type IscedField } from '../api.js';
import { ErrorSummary, LoadError, Loading, type SummaryError, usePageTitle } from '../components/common.js';
import {
  blankForm,
  blankText,
  buildDescription,
  type CourseForm,
  cycleFor,
  fieldId,
  formFromDescription,
  labelForPath,
  mergeErrors,
  parseNumber,
  setAt,
} from '../editor/form-state.js';
import { DesignSteps } from '../editor/design-steps.js';
import { BilingualField, EditorContext, type EditorApi, ListField, RadioField, SelectField, TextField, useEditor } from '../editor/fields.js';
import { CourseVerdict, OutcomeAnalysisProvider, OutcomeFeedback, useOutcomeAnalysis } from '../editor/outcome-analysis.js';
import { fill, formatNumber, type Lang, type Translate, useI18n } from '../i18n.js';
import { fieldErrorKa, type MessageKey } from '../messages.js';
import { Link, navigate } from '../router.js';
import { useSession } from '../session.js';
import { useApi } from '../use-api.js';

export function EditorPage({ code }: { code: string | null }) {
  const { t } = useI18n();
  const { ready, user } = useSession();
  usePageTitle(code ? t('editor.editTitle', { code }) : t('editor.newTitle'));
  if (!ready) return <Loading />;
  if (!user) {
    const here = code ? `/workspace/courses/${code}/edit` : '/workspace/courses/new';
    return (
      <>
        <h1 className="heading-xl">{code ? t('editor.editTitle', { code }) : t('editor.newTitle')}</h1>
        <p>
          <Link to={`/login?next=${encodeURIComponent(here)}`} className="link">
            {t('workspace.signInFirst')}
          </Link>
        </p>
      </>
    );
  }
  if (code === null) {
    if (!user.abilities.createCourse) {
      return (
        <>
          <h1 className="heading-xl">{t('editor.newTitle')}</h1>
          <p>{t('workspace.notForRole')}</p>
        </>
      );
    }
    return <Editor key="new" code={null} initial={blankForm(user.provider?.name)} draft={null} />;
  }
  return <ExistingCourse code={code} />;
}

function ExistingCourse({ code }: { code: string }) {
  const draft = useApi<DraftResponse>(`/api/workspace/courses/${encodeURIComponent(code)}/draft`);
  if (draft.status === 'loading') return <Loading />;
  if (draft.status === 'error') return <LoadError error={draft.error} />;
  return <Editor key={code} code={code} initial={formFromDescription(draft.data.description)} draft={draft.data} />;
}

interface PlacedError extends FieldError {
  /** The path of the element the error is shown beside: the error's own, or its nearest shown ancestor. */
  at: string | null;
  params?: Record<string, number>;
}

/** Finds, in the page as it is, the element nearest to a path: `a.b.c`, else `a.b`, else `a`. */
function placeError(path: string): string | null {
  const segments = path.split('.');
  for (let length = segments.length; length > 0; length -= 1) {
    const candidate = segments.slice(0, length).join('.');
    if (document.getElementById(fieldId(candidate))) return candidate;
  }
  return null;
}

function errorMessage(error: PlacedError, lang: Lang, t: Translate): string {
  if (error.code === 'number') return t('err.number');
  if (error.code === 'choose') return t('err.chooseMode');
  if (lang === 'en') return error.message;
  if (error.code === 'required') {
    const kind = error.path.endsWith('.ka') ? 'required.ka' : error.path.endsWith('.en') ? 'required.en' : /^(learningOutcomes\.\w+|deliveringInstitutions|awardingBodies|languages|workload\.breakdown)$/.test(error.path) ? 'required.list' : 'required';
    return fieldErrorKa[kind] ?? t('err.generic');
  }
  const template = fieldErrorKa[error.code];
  if (!template) return t('err.generic');
  return error.params ? fill(template, Object.fromEntries(Object.entries(error.params).map(([key, value]) => [key, formatNumber(value, 'ka')]))) : template;
}

function Editor({ code, initial, draft }: { code: string | null; initial: CourseForm; draft: DraftResponse | null }) {
  const { t, lang } = useI18n();
  const [form, setForm] = useState<CourseForm>(initial);
  const [errors, setErrors] = useState<PlacedError[]>([]);
  const [formError, setFormError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [failures, setFailures] = useState(0);
  const readOnly = draft !== null && !draft.canEdit;
  const isced = useApi<{ items: IscedField[] }>('/api/reference/isced-f', { cached: true });

  const update = useCallback((path: string, value: unknown) => setForm((current) => setAt(current, path, value)), []);
  const errorsAt = useCallback(
    (path: string) => errors.filter((error) => error.at === path).map((error) => errorMessage(error, lang, t)),
    [errors, lang, t],
  );
  const editor = useMemo<EditorApi>(() => ({ form, update, errorsAt, readOnly }), [form, update, errorsAt, readOnly]);
  const analysis = useOutcomeAnalysis(form);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (readOnly || saving) return;
    setFormError(null);
    const built = buildDescription(form);
    const sumParams = {
      actual: built.description.workload.breakdown.reduce((sum, row) => sum + row.hours, 0),
      ects: built.description.workload.ects,
      per: built.description.workload.hoursPerEcts,
      expected: built.description.workload.ects * built.description.workload.hoursPerEcts,
    };
    const place = (list: FieldError[]): PlacedError[] =>
      list.map((error) => ({ ...error, at: placeError(error.path), ...(error.code === 'hours_sum' ? { params: sumParams } : {}) }));
    if (built.blocking) {
      setErrors(place(built.clientErrors));
      setFailures((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      const saved = code
        ? await api<{ code: string; versionNo: number }>(`/api/workspace/courses/${code}/draft`, { method: 'PUT', body: { description: built.description } })
        : await api<{ code: string; versionNo: number }>('/api/workspace/courses', { method: 'POST', body: { description: built.description } });
      navigate(`/workspace?saved=${encodeURIComponent(saved.code)}&version=${saved.versionNo}`);
    } catch (error) {
      if (error instanceof ApiError && error.status === 422 && error.problem?.errors) {
        setErrors(place(mergeErrors(error.problem.errors, built.clientErrors)));
      } else {
        setErrors(place(built.clientErrors));
        setFormError(error instanceof ApiError ? (error.problem?.detail ?? error.problem?.title ?? t('error.generic')) : t('error.network'));
      }
      setFailures((n) => n + 1);
    } finally {
      setSaving(false);
    }
  }

  const summary: SummaryError[] = [
    ...(formError ? [{ target: null, text: formError }] : []),
    ...errors.map((error) => ({
      target: error.at ? fieldId(error.at) : null,
      text: `${labelForPath(error.path, t)}: ${errorMessage(error, lang, t)}`,
    })),
  ];

  const modeOptions = participationModes.map((mode) => ({ value: mode, label: t(`mode.${mode}` as MessageKey) }));
  const levelOptions = [
    { value: '', label: t('editor.choose') },
    { value: '6', label: '6' },
    { value: '7', label: '7' },
  ];
  const iscedGroups = useMemo(() => {
    if (isced.status !== 'ready') return [];
    const items = isced.data.items;
    return items
      .filter((item) => item.level === 'broad')
      .map((broad) => ({
        label: `${broad.code} ${broad.label[lang]}`,
        options: items
          .filter((item) => item.code.startsWith(broad.code))
          .map((item) => ({
            value: item.code,
            label: `${item.level === 'narrow' ? '\u00a0\u00a0' : item.level === 'detailed' ? '\u00a0\u00a0\u00a0\u00a0' : ''}${item.code} ${item.label[lang]}`,
          })),
      }));
  }, [isced, lang]);

  return (
    <EditorContext.Provider value={editor}>
      <OutcomeAnalysisProvider value={analysis}>
      <ErrorSummary errors={summary} focusKey={failures}>
        <p>{t('editor.notSaved')}</p>
      </ErrorSummary>
      <p className="caption">{t('workspace.title')}</p>
      <h1 className="heading-xl">{code ? t('editor.editTitle', { code }) : t('editor.newTitle')}</h1>
      <p className="lead">{t('editor.lead')}</p>
      {draft ? (
        <div className="inset">
          <p>{draft.isDraft ? t('editor.draftOf', { n: draft.versionNo }) : t('editor.newVersion', { n: draft.versionNo })}</p>
          {readOnly ? <p>{t('editor.readOnly')}</p> : null}
        </div>
      ) : null}

      <form className="editor" onSubmit={(event) => void save(event)} noValidate>
        <section className="editor__section" aria-labelledby="ed-general">
          <h2 className="heading-l" id="ed-general">
            {t('section.general')}
          </h2>
          <BilingualField path="title" label={t('field.title')} maxLength={300} />
          <div className="inline-fields">
            <TextField path="country" label={t('field.country')} hint={t('hint.country')} width="xs" maxLength={2} spellCheck={false} />
          </div>
          <BilingualField path="region" label={t('field.region')} />
        </section>

        <section className="editor__section" aria-labelledby="ed-providers">
          <h2 className="heading-l" id="ed-providers">
            {t('section.providers')}
          </h2>
          <ListField
            path="deliveringInstitutions"
            legend={t('provider.delivering')}
            addLabel={t('editor.addInstitution')}
            itemName={(index) => t('editor.institutionN', { n: index + 1 })}
            makeItem={blankText}
            max={20}
          >
            {(index, itemPath) => <BilingualField path={itemPath} label={t('editor.institutionN', { n: index + 1 })} headingLevel="small" />}
          </ListField>
          <ListField
            path="awardingBodies"
            legend={t('provider.awarding')}
            addLabel={t('editor.addBody')}
            itemName={(index) => t('editor.bodyN', { n: index + 1 })}
            makeItem={blankText}
            max={20}
          >
            {(index, itemPath) => <BilingualField path={itemPath} label={t('editor.bodyN', { n: index + 1 })} headingLevel="small" />}
          </ListField>
        </section>

        <section className="editor__section" aria-labelledby="ed-outcomes">
          <h2 className="heading-l" id="ed-outcomes">
            {t('section.outcomes')}
          </h2>
          {outcomeDomains.map((domain) => (
            <ListField
              key={domain}
              path={`learningOutcomes.${domain}`}
              legend={t(`outcomes.${domain}` as MessageKey)}
              addLabel={t('editor.addOutcome')}
              itemName={(index) => `${t(`outcomes.${domain}` as MessageKey)}, ${t('editor.outcomeN', { n: index + 1 })}`}
              makeItem={blankText}
              max={40}
            >
              {(index, itemPath) => (
                <>
                  <BilingualField path={itemPath} label={t('editor.outcomeN', { n: index + 1 })} multiline headingLevel="small" />
                  <OutcomeFeedback group={domain} index={index} />
                </>
              )}
            </ListField>
          ))}
          <CourseVerdict />
        </section>

        <section className="editor__section" aria-labelledby="ed-workload">
          <h2 className="heading-l" id="ed-workload">
            {t('section.workload')}
          </h2>
          <div className="inline-fields">
            <TextField path="workload.ects" label={t('field.ects')} hint={t('hint.ects')} width="xs" inputMode="numeric" />
            <TextField path="workload.hoursPerEcts" label={t('field.hoursPerEcts')} hint={t('hint.hoursPerEcts')} width="xs" inputMode="numeric" />
          </div>
          <ListField
            path="workload.breakdown"
            legend={t('field.breakdown')}
            hint={t('hint.breakdown')}
            addLabel={t('editor.addActivity')}
            itemName={(index) => t('editor.activityN', { n: index + 1 })}
            makeItem={() => ({ activity: blankText(), hours: '' })}
            max={40}
          >
            {(index, itemPath) => (
              <fieldset className="fieldset breakdown-row" id={fieldId(itemPath)} data-path={itemPath}>
                <legend className="fieldset__legend fieldset__legend--s">{t('editor.activityN', { n: index + 1 })}</legend>
                <div className="breakdown-row__fields">
                  <BilingualField path={`${itemPath}.activity`} label={t('field.activityText')} headingLevel="small" />
                  <TextField path={`${itemPath}.hours`} label={t('field.hours')} width="xs" inputMode="decimal" />
                </div>
              </fieldset>
            )}
          </ListField>
          <RunningTotal />
        </section>

        <section className="editor__section" aria-labelledby="ed-level">
          <h2 className="heading-l" id="ed-level">
            {t('section.level')}
          </h2>
          <p className="hint">{t('hint.level')}</p>
          <div className="inline-fields">
            <SelectField
              path="level.nqf"
              label={t('field.nqf')}
              options={levelOptions}
              onChange={(value) => {
                update('level.nqf', value);
                const cycle = cycleFor(value);
                if (cycle) {
                  update('level.eqf', value);
                  update('level.qfEheaCycle', cycle);
                }
              }}
            />
            <SelectField path="level.eqf" label={t('field.eqf')} options={levelOptions} />
            <SelectField
              path="level.qfEheaCycle"
              label={t('field.cycle')}
              options={[
                { value: 'first', label: t('cycle.first') },
                { value: 'second', label: t('cycle.second') },
              ]}
            />
          </div>
        </section>

        <section className="editor__section" aria-labelledby="ed-assessment">
          <h2 className="heading-l" id="ed-assessment">
            {t('section.assessment')}
          </h2>
          <BilingualField path="assessmentType" label={t('field.assessmentType')} multiline />
          <SelectField
            path="identityCheck"
            label={t('field.identityCheck')}
            options={[
              { value: '', label: t('editor.notStated') },
              ...identityChecks.map((check) => ({ value: check, label: t(`identity.${check}` as MessageKey) })),
            ]}
          />
          <BilingualField path="grading" label={t('field.grading')} multiline optional />
        </section>

        <section className="editor__section" aria-labelledby="ed-participation">
          <h2 className="heading-l" id="ed-participation">
            {t('section.participation')}
          </h2>
          <RadioField path="participationMode" legend={t('field.participationMode')} options={modeOptions} />
          <BilingualField path="participationDetails" label={t('field.participationDetails')} multiline />
        </section>

        <section className="editor__section" aria-labelledby="ed-qa">
          <h2 className="heading-l" id="ed-qa">
            {t('section.qa')}
          </h2>
          <BilingualField path="qualityAssurance.internal" label={t('field.qaInternal')} multiline />
          <BilingualField path="qualityAssurance.external" label={t('field.qaExternal')} multiline />
        </section>

        <section className="editor__section" aria-labelledby="ed-access">
          <h2 className="heading-l" id="ed-access">
            {t('section.access')}
          </h2>
          <BilingualField path="entryRequirements" label={t('field.entryRequirements')} multiline optional />
          <BilingualField path="stackability" label={t('field.stackability')} multiline optional />
          <BilingualField path="recognitionOpportunities" label={t('field.recognition')} multiline optional />
        </section>

        <section className="editor__section" aria-labelledby="ed-audience">
          <h2 className="heading-l" id="ed-audience">
            {t('section.audience')}
          </h2>
          <BilingualField path="targetAudience" label={t('field.targetAudience')} multiline optional />
          <BilingualField path="targetAudienceJustification" label={t('field.justification')} multiline optional />
          <BilingualField path="rationale" label={t('field.rationale')} multiline optional />
        </section>

        <section className="editor__section" aria-labelledby="ed-practical">
          <h2 className="heading-l" id="ed-practical">
            {t('section.practical')}
          </h2>
          <ListField
            path="languages"
            legend={t('field.languages')}
            hint={t('hint.language')}
            addLabel={t('editor.addLanguage')}
            itemName={(index) => t('editor.languageN', { n: index + 1 })}
            makeItem={() => ''}
            max={10}
          >
            {(index, itemPath) => (
              <TextField path={itemPath} label={t('editor.languageN', { n: index + 1 })} width="xs" maxLength={8} spellCheck={false} />
            )}
          </ListField>
          <SelectField
            path="iscedField"
            label={t('field.iscedField')}
            options={[{ value: '', label: t('editor.choose') }]}
            groups={iscedGroups}
          />
          <TextField path="durationWeeks" label={t('field.durationWeeks')} width="xs" inputMode="numeric" hint={t('editor.optional')} />
          <BilingualField path="location" label={t('field.location')} optional />
          <fieldset className="fieldset" id={fieldId('fee')} data-path="fee">
            <legend className="fieldset__legend">
              {t('field.fee')} <span className="optional">{t('editor.optional')}</span>
            </legend>
            <div className="hint">{t('hint.fee')}</div>
            <div className="inline-fields">
              <TextField path="fee.amountMinor" label={t('field.feeAmount')} width="s" inputMode="decimal" />
              <TextField path="fee.currency" label={t('field.feeCurrency')} width="xs" maxLength={3} spellCheck={false} />
            </div>
          </fieldset>
          <TextField path="lmsUrl" label={t('field.lmsUrl')} hint={t('hint.lmsUrl')} type="url" inputMode="url" maxLength={2000} spellCheck={false} />
        </section>

        <section className="editor__section" aria-labelledby="ed-contacts">
          <h2 className="heading-l" id="ed-contacts">
            {t('section.contacts')}
          </h2>
          <ListField
            path="contacts"
            legend={t('section.contacts')}
            addLabel={t('editor.addContact')}
            itemName={(index) => t('editor.contactN', { n: index + 1 })}
            makeItem={() => ({ name: '', position: blankText(), email: '' })}
            max={10}
          >
            {(index, itemPath) => (
              <fieldset className="fieldset" id={fieldId(itemPath)} data-path={itemPath}>
                <legend className="fieldset__legend fieldset__legend--s">{t('editor.contactN', { n: index + 1 })}</legend>
                <TextField path={`${itemPath}.name`} label={t('field.contactName')} width="m" autoComplete="off" />
                <BilingualField path={`${itemPath}.position`} label={t('field.contactPosition')} headingLevel="small" />
                <TextField path={`${itemPath}.email`} label={t('field.contactEmail')} width="m" type="email" inputMode="email" spellCheck={false} />
              </fieldset>
            )}
          </ListField>
        </section>

        <div className="button-group editor__actions">
          <button className="button" type="submit" disabled={readOnly || saving}>
            {saving ? t('editor.saving') : t('editor.save')}
          </button>
          <Link to="/workspace" className="link">
            {t('editor.cancel')}
          </Link>
        </div>
      </form>
      <DesignSteps code={code} canEdit={draft?.canEdit ?? false} />
      </OutcomeAnalysisProvider>
    </EditorContext.Provider>
  );
}

/** Hours of the activities against ECTS × hours per ECTS, updated as the person types. */
function RunningTotal() {
  const { t, lang } = useI18n();
  const { form } = useEditor();
  const ects = parseNumber(form.workload.ects);
  const per = parseNumber(form.workload.hoursPerEcts);
  const actual = form.workload.breakdown.reduce((sum, row) => {
    const hours = parseNumber(row.hours);
    return sum + (hours === null || Number.isNaN(hours) ? 0 : hours);
  }, 0);
  const known = ects !== null && per !== null && !Number.isNaN(ects) && !Number.isNaN(per);
  const expected = known ? ects * per : null;
  const matches = expected !== null && Math.abs(expected - actual) < 1e-9;
  return (
    <div className={`running-total${matches ? ' running-total--ok' : ''}`} id="running-total" aria-live="polite">
      <p>
        {t('editor.runningTotal', {
          actual: formatNumber(actual, lang),
          ects: ects === null || Number.isNaN(ects) ? '?' : formatNumber(ects, lang),
          per: per === null || Number.isNaN(per) ? '?' : formatNumber(per, lang),
          expected: expected === null ? '?' : formatNumber(expected, lang),
        })}
      </p>
      {expected !== null ? (
        <p className="running-total__verdict">
          <strong>{matches ? t('editor.totalMatches') : t('editor.totalDiffers', { diff: formatNumber(Math.abs(expected - actual), lang) })}</strong>
        </p>
      ) : null}
    </div>
  );
}
