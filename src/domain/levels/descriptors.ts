// Level descriptors as data (descriptors.json): EQF levels 5 to 8 and the Georgian NQF
// levels 6 and 7, each split into lines with stable ids (e.g. eqf7.skills.1) so that a
// justification can cite the exact line an outcome was compared with.
import descriptorData from './descriptors.json' with { type: 'json' };

export const outcomeDomains = ['knowledge', 'skills', 'responsibility'] as const;
export type OutcomeDomain = (typeof outcomeDomains)[number];
export const eqfLevels = [5, 6, 7, 8] as const;
export type EqfLevel = (typeof eqfLevels)[number];
export type FrameworkId = 'eqf' | 'nqf-ge';

export interface DescriptorLine {
  id: string;
  en: string;
  ka: string;
  /** For NQF lines: the EQF line whose text stands in for the unavailable NQF text. */
  standsInFor?: string;
}

interface DomainDescriptor {
  full: { en: string };
  lines: DescriptorLine[];
}

interface FrameworkData {
  name: { en: string; ka: string };
  source: string;
  officialTextAvailable?: boolean;
  levels: Record<string, Record<OutcomeDomain, DomainDescriptor>>;
}

interface DescriptorFile {
  domains: Record<OutcomeDomain, { en: string; ka: string }>;
  frameworks: Record<FrameworkId, FrameworkData>;
}

const data = descriptorData as DescriptorFile;

export const domainLabels: Readonly<Record<OutcomeDomain, { en: string; ka: string }>> = data.domains;

export function frameworkInfo(framework: FrameworkId): { name: { en: string; ka: string }; source: string; officialTextAvailable: boolean } {
  const entry = data.frameworks[framework];
  return { name: entry.name, source: entry.source, officialTextAvailable: entry.officialTextAvailable ?? true };
}

/** The descriptor lines of one framework, level and domain; empty when the framework has no such level. */
export function descriptorLines(framework: FrameworkId, level: EqfLevel, domain: OutcomeDomain): DescriptorLine[] {
  return data.frameworks[framework].levels[String(level)]?.[domain]?.lines ?? [];
}

const lineIndex = new Map<string, DescriptorLine>();
for (const framework of Object.values(data.frameworks)) {
  for (const level of Object.values(framework.levels)) {
    for (const domain of Object.values(level)) for (const line of domain.lines) lineIndex.set(line.id, line);
  }
}

export function descriptorLine(id: string): DescriptorLine | undefined {
  return lineIndex.get(id);
}

/**
 * The lines an outcome of this domain and level is compared with: the Georgian NQF line
 * where the NQF has that level (6 and 7), then the EQF line.
 */
export function comparisonLines(level: EqfLevel, domain: OutcomeDomain): DescriptorLine[] {
  return [...descriptorLines('nqf-ge', level, domain), ...descriptorLines('eqf', level, domain)];
}
