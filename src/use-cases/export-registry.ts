// The whole public registry as JSON or CSV; the HTTP export and `microcred courses export` both call this.
import { stringify } from 'csv-stringify/sync';
import { tbilisiDate } from '../domain/calendar/tbilisi.js';
import { totalHours } from '../domain/course/description.js';
import { exportRegistryRows } from '../db/queries/courses.js';
import { courseUrl, presentRegistryItem, providerDid } from '../http/presenters/courses.js';
import type { UseCaseContext } from './courses.js';

export type ExportFormat = 'json' | 'csv';

export const csvColumns = [
  'code', 'version', 'title_ka', 'title_en', 'provider', 'provider_name_en', 'ects', 'hours_per_ects', 'total_hours',
  'nqf_level', 'eqf_level', 'qf_ehea_cycle', 'isced_field', 'participation_mode', 'languages', 'right_status',
  'right_kind', 'valid_until', 'url',
] as const;

export async function exportRegistry(
  context: UseCaseContext & { publicUrl: string },
  format: ExportFormat,
): Promise<{ filename: string; contentType: string; body: string }> {
  const now = context.clock.now();
  const today = tbilisiDate(now);
  const rows = await exportRegistryRows(context.db, today);
  if (format === 'json') {
    const entries = rows.map((row) => ({
      ...presentRegistryItem(row, context.publicUrl),
      provider: { slug: row.provider_slug, name: row.provider_name, kind: row.provider_kind, did: providerDid(context.publicUrl, row.provider_slug) },
      publishedAt: new Date(row.published_at).toISOString(),
      description: row.description,
    }));
    return {
      filename: `microcred-registry-${today}.json`,
      contentType: 'application/json; charset=utf-8',
      body: JSON.stringify({ generatedAt: now.toISOString(), total: entries.length, courses: entries }, null, 2),
    };
  }
  const body = stringify(
    rows.map((row) => [
      row.code, row.version_no, row.title_ka, row.title_en, row.provider_slug, row.provider_name.en,
      row.description.workload.ects, row.description.workload.hoursPerEcts, totalHours(row.description.workload),
      row.description.level.nqf, row.description.level.eqf, row.description.level.qfEheaCycle, row.isced_field,
      row.participation_mode, row.languages.join(' '), row.right_status, row.right_kind ?? '', row.right_valid_until ?? '',
      courseUrl(context.publicUrl, row.code),
    ]),
    // A byte-order mark so that spreadsheet programs read the Georgian text as UTF-8.
    { header: true, columns: [...csvColumns], bom: true },
  );
  return { filename: `microcred-registry-${today}.csv`, contentType: 'text/csv; charset=utf-8', body };
}
