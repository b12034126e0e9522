// Rows to responses. Rows are never sent as they are.
import type { Bilingual } from '../../domain/course/description.js';
import type { RightStatus } from '../../domain/rights/status.js';
import { governingRight, rightStatusOn } from '../../domain/rights/status.js';
import type { RegistryEntryRow } from '../../db/queries/courses.js';
import type { CourseVersionsTable, ProvidersTable, RightsTable } from '../../db/schema.js';
import type { Selectable } from 'kysely';
import { issuerDid } from '../../trust/did-web.js';

export function courseUrl(publicUrl: string, code: string, versionNo?: number): string {
  return versionNo === undefined ? `${publicUrl}/courses/${code}` : `${publicUrl}/courses/${code}/versions/${versionNo}`;
}

/** did:web of a provider's issuer, under the platform's own domain. */
export function providerDid(publicUrl: string, slug: string): string {
  return issuerDid(publicUrl, slug);
}

export function presentRegistryItem(row: RegistryEntryRow, publicUrl: string) {
  return {
    code: row.code,
    versionNo: row.version_no,
    title: { ka: row.title_ka, en: row.title_en },
    ects: row.ects,
    nqfLevel: row.nqf_level,
    eqfLevel: row.nqf_level,
    iscedField: row.isced_field,
    participationMode: row.participation_mode,
    languages: row.languages,
    provider: { slug: row.provider_slug, name: row.provider_name, kind: row.provider_kind },
    rightStatus: row.right_status,
    rightKind: row.right_kind,
    validUntil: row.right_valid_until,
    url: courseUrl(publicUrl, row.code),
  };
}

export function presentRight(right: Selectable<RightsTable>) {
  return {
    kind: right.kind,
    decisionCode: right.decision_code,
    effectiveFrom: right.effective_from,
    validUntil: right.valid_until,
    subjectToMonitoring: right.subject_to_monitoring,
    suspendedFrom: right.suspended_from,
    terminatedFrom: right.terminated_from,
  };
}

function toRightRecord(right: Selectable<RightsTable>) {
  return {
    kind: right.kind,
    effectiveFrom: right.effective_from,
    validUntil: right.valid_until,
    suspendedFrom: right.suspended_from,
    terminatedFrom: right.terminated_from,
  };
}

export function rightStanding(rights: Selectable<RightsTable>[], today: string): { status: RightStatus; right: Selectable<RightsTable> | null } {
  const right = governingRight(rights.map((row) => ({ ...toRightRecord(row), row })), today)?.row ?? null;
  return { status: rightStatusOn(right ? toRightRecord(right) : null, today), right };
}

export function presentCourseVersion(params: {
  code: string;
  version: Selectable<CourseVersionsTable>;
  currentVersionNo: number | null;
  provider: Selectable<ProvidersTable>;
  rights: Selectable<RightsTable>[];
  versions: { version_no: number; published_at: Date | null }[];
  today: string;
  publicUrl: string;
}) {
  const { code, version, provider, publicUrl } = params;
  const standing = rightStanding(params.rights, params.today);
  return {
    code,
    versionNo: version.version_no,
    isCurrent: version.version_no === params.currentVersionNo,
    publishedAt: (version.published_at ?? version.updated_at).toISOString(),
    url: courseUrl(publicUrl, code, version.version_no),
    description: version.description,
    provider: {
      slug: provider.slug,
      name: provider.name,
      kind: provider.kind,
      did: providerDid(publicUrl, provider.slug),
      country: provider.country,
      region: provider.region as Bilingual,
      website: provider.website,
    },
    rightStatus: standing.status,
    right: standing.right ? presentRight(standing.right) : null,
    rights: params.rights.map(presentRight),
    versions: params.versions.map((item) => ({
      versionNo: item.version_no,
      publishedAt: (item.published_at ?? new Date(0)).toISOString(),
      url: courseUrl(publicUrl, code, item.version_no),
    })),
  };
}
