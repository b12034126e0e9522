// The HTTP client of the front-end: JSON in and out, problem+json errors, and the CSRF
// token that every state-changing request of a signed-in browser must carry.
import type { CourseDescription } from '../domain/course/description.js';
import type { CredentialElements } from '../domain/credential/elements.js';
import type { RightStatus } from '../domain/rights/status.js';
import type { Bilingual } from './i18n.js';

export type { CourseDescription, RightStatus };

export interface FieldError {
  path: string;
  code: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | null,
  ) {
    super(problem?.detail ?? problem?.title ?? `HTTP ${status}`);
    this.name = 'ApiError';
  }
}

let csrfToken: string | null = null;

/** The answer's JSON, or an ApiError carrying the problem document when the status is not 2xx. */
async function readAnswer<T>(response: Response): Promise<T> {
  const text = await response.text();
  let data: unknown = null;
  try {
    data = text ? JSON.parse(text) : null;
  } catch {
    data = null;
  }
  if (!response.ok) {
    const problem = data && typeof data === 'object' && 'status' in data ? (data as Problem) : null;
    throw new ApiError(response.status, problem);
  }
  return data as T;
}

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export async function api<T>(path: string, options: { method?: 'GET' | 'POST' | 'PUT' | 'DELETE'; body?: unknown } = {}): Promise<T> {
  const method = options.method ?? 'GET';
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, {
    method,
    headers,
    credentials: 'same-origin',
    ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
  });
  if (response.status === 204) return undefined as T;
  return readAnswer<T>(response);
}

/** Sends one file as multipart/form-data (a part named `file`), with the CSRF token. */
export async function upload<T>(path: string, file: File): Promise<T> {
  const body = new FormData();
  body.append('file', file, file.name);
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json' };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, { method: 'POST', headers, body, credentials: 'same-origin' });
  return readAnswer<T>(response);
}

export type Role = 'center-officer' | 'provider-admin' | 'expert' | 'council-member' | 'learner';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
  provider: { slug: string; name: Bilingual } | null;
  abilities: { createCourse: boolean; publishCourse: boolean; viewAudit: boolean };
}

export interface SessionResponse {
  user: SessionUser;
  csrfToken: string;
}

export type RightKind = 'right' | 'hei-registration';
export type ProviderKind = 'hei' | 'other';

export interface RegistryItem {
  code: string;
  versionNo: number;
  title: Bilingual;
  ects: number;
  nqfLevel: number;
  eqfLevel: number;
  iscedField: string;
  participationMode: string;
  languages: string[];
  provider: { slug: string; name: Bilingual; kind: ProviderKind };
  rightStatus: RightStatus;
  rightKind: RightKind | null;
  validUntil: string | null;
  url: string;
}

export interface RegistryPage {
  items: RegistryItem[];
  total: number;
  page: number;
  pageSize: number;
}

export interface Right {
  kind: RightKind;
  decisionCode: string;
  effectiveFrom: string;
  validUntil: string | null;
  subjectToMonitoring: boolean;
  suspendedFrom: string | null;
  terminatedFrom: string | null;
}

export interface CourseVersion {
  code: string;
  versionNo: number;
  isCurrent: boolean;
  publishedAt: string;
  url: string;
  description: CourseDescription;
  provider: {
    slug: string;
    name: Bilingual;
    kind: ProviderKind;
    did: string;
    country: string;
    region: Bilingual;
    website: string | null;
  };
  rightStatus: RightStatus;
  right: Right | null;
  rights: Right[];
  versions: { versionNo: number; publishedAt: string; url: string }[];
}

export interface Provider {
  slug: string;
  name: Bilingual;
  kind: ProviderKind;
  did: string;
  region: Bilingual;
}

export interface IscedField {
  code: string;
  level: 'broad' | 'narrow' | 'detailed';
  label: Bilingual;
}

export interface WorkspaceCourse {
  code: string;
  current: { versionNo: number; title: Bilingual } | null;
  draft: { versionNo: number; title: Bilingual; updatedAt: string } | null;
}

export interface DraftResponse {
  code: string;
  isDraft: boolean;
  versionNo: number;
  description: CourseDescription;
  canEdit: boolean;
  canPublish: boolean;
}

/** Reference lists change rarely: fetch each once per page load. */
const cache = new Map<string, Promise<unknown>>();
export function cachedGet<T>(path: string): Promise<T> {
  let pending = cache.get(path) as Promise<T> | undefined;
  if (!pending) {
    pending = api<T>(path);
    cache.set(path, pending);
    pending.catch(() => cache.delete(path));
  }
  return pending;
}

/** Sends a file or text as the raw body with its media type and the CSRF token (a CSV list, a file to verify). */
export async function sendRaw<T>(path: string, body: Blob | string, contentType: string): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'content-type': contentType };
  if (csrfToken) headers['x-csrf-token'] = csrfToken;
  const response = await fetch(path, { method: 'POST', headers, body, credentials: 'same-origin' });
  return readAnswer<T>(response);
}

// ---- Credentials ----

export type { CredentialElements };

export type CredentialState = 'valid' | 'suspended' | 'revoked';
export const credentialStates: readonly CredentialState[] = ['valid', 'suspended', 'revoked'];
export const credentialFormats = ['json', 'pdf', 'png', 'svg', 'elm'] as const;
export type CredentialFormat = (typeof credentialFormats)[number];

/** A credential as the learner's claim link opens it. */
export interface ClaimedCredential {
  id: string;
  state: CredentialState;
  awardDate: string;
  issuedAt: string;
  verifyUrl: string;
  elements: CredentialElements;
  credential: Record<string, unknown>;
}

/** The answer to awarding one learner: the credential and the claim link (shown only now). */
export interface AwardedCredential extends ClaimedCredential {
  claimUrl: string;
}

export interface CredentialHistoryEntry {
  from: CredentialState;
  to: CredentialState;
  reason: string;
  at: string;
  by: string | null;
}

export interface WorkspaceCredential extends ClaimedCredential {
  learnerEmail: string;
  history: CredentialHistoryEntry[];
}

export interface CredentialListItem {
  id: string;
  learnerName: string;
  learnerEmail: string;
  awardDate: string;
  state: CredentialState;
  issuedAt: string;
  course: { code: string; versionNo: number; title: Bilingual };
}

export interface CredentialList {
  total: number;
  page: number;
  pageSize: number;
  items: CredentialListItem[];
}

export interface AwardPreviewRow {
  courseCode: string;
  versionNo: number;
  learnerName: string;
  learnerEmail: string;
  awardDate: string;
  alreadyIssued: boolean;
}

export interface AwardPreview {
  total: number;
  alreadyIssued: number;
  rows: AwardPreviewRow[];
}

export interface BatchStarted extends AwardPreview {
  id: string;
}

export interface BatchProgress {
  id: string;
  total: number;
  done: number;
  state: 'issuing' | 'done';
}
