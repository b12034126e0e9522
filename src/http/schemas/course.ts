// The shape of a course description at the HTTP edge. Shape only (types, lengths,
// unknown fields refused); the rules live in domain/course/validate.ts.
import { z } from 'zod';
import type { CourseDescription } from '../../domain/course/description.js';
import { identityChecks, participationModes } from '../../domain/course/description.js';
import { rightStatuses } from '../../domain/rights/status.js';

const text = z.string().max(20_000);
export const bilingualSchema = z.strictObject({ ka: text, en: text }).meta({ description: 'Text in Georgian and English' });
const nullableBilingual = bilingualSchema.nullable();

export const courseDescriptionSchema = z
  .strictObject({
    title: z.strictObject({ ka: z.string().max(300), en: z.string().max(300) }),
    deliveringInstitutions: z.array(bilingualSchema).max(20),
    country: z.string().max(2),
    region: bilingualSchema,
    awardingBodies: z.array(bilingualSchema).max(20),
    learningOutcomes: z.strictObject({
      knowledge: z.array(bilingualSchema).max(40),
      skills: z.array(bilingualSchema).max(40),
      responsibilityAutonomy: z.array(bilingualSchema).max(40),
    }),
    workload: z.strictObject({
      ects: z.number(),
      hoursPerEcts: z.number(),
      breakdown: z.array(z.strictObject({ activity: bilingualSchema, hours: z.number() })).max(40),
    }),
    level: z.strictObject({
      nqf: z.number().int(),
      eqf: z.number().int(),
      qfEheaCycle: z.enum(['first', 'second']),
    }),
    assessmentType: bilingualSchema,
    participationMode: z.enum(participationModes as [string, ...string[]]),
    participationDetails: bilingualSchema,
    qualityAssurance: z.strictObject({ internal: bilingualSchema, external: bilingualSchema }),
    entryRequirements: nullableBilingual,
    identityCheck: z.enum(identityChecks as [string, ...string[]]).nullable(),
    grading: nullableBilingual,
    stackability: nullableBilingual,
    recognitionOpportunities: nullableBilingual,
    languages: z.array(z.string().max(8)).max(10),
    contacts: z
      .array(z.strictObject({ name: z.string().max(200), position: bilingualSchema, email: z.string().max(254) }))
      .max(10),
    targetAudience: nullableBilingual,
    targetAudienceJustification: nullableBilingual,
    rationale: nullableBilingual,
    iscedField: z.string().max(4),
    durationWeeks: z.number().nullable(),
    location: nullableBilingual,
    fee: z.strictObject({ amountMinor: z.number(), currency: z.string().max(3) }).nullable(),
    lmsUrl: z.string().max(2000).nullable(),
  })
  .meta({ id: 'CourseDescription' });

// The schema's output must be a CourseDescription (levels are checked as numbers, then by the domain).
export function toCourseDescription(input: z.infer<typeof courseDescriptionSchema>): CourseDescription {
  return input as unknown as CourseDescription;
}

export const rightStatusSchema = z.enum(rightStatuses as [string, ...string[]]);

export const providerRefSchema = z.object({
  slug: z.string(),
  name: bilingualSchema,
  kind: z.enum(['hei', 'other']),
  did: z.string(),
});

export const rightSchema = z.object({
  kind: z.enum(['right', 'hei-registration']),
  decisionCode: z.string(),
  effectiveFrom: z.string(),
  validUntil: z.string().nullable(),
  subjectToMonitoring: z.boolean(),
  suspendedFrom: z.string().nullable(),
  terminatedFrom: z.string().nullable(),
});

export const registryItemSchema = z.object({
  code: z.string(),
  versionNo: z.number(),
  title: bilingualSchema,
  ects: z.number(),
  nqfLevel: z.number(),
  eqfLevel: z.number(),
  iscedField: z.string(),
  participationMode: z.string(),
  languages: z.array(z.string()),
  provider: z.object({ slug: z.string(), name: bilingualSchema, kind: z.enum(['hei', 'other']) }),
  rightStatus: rightStatusSchema,
  rightKind: z.enum(['right', 'hei-registration']).nullable(),
  validUntil: z.string().nullable(),
  url: z.string(),
});

export const courseVersionResponseSchema = z.object({
  code: z.string(),
  versionNo: z.number(),
  isCurrent: z.boolean(),
  publishedAt: z.string(),
  url: z.string(),
  description: courseDescriptionSchema,
  provider: providerRefSchema.extend({ country: z.string(), region: bilingualSchema, website: z.string().nullable() }),
  rightStatus: rightStatusSchema,
  right: rightSchema.nullable(),
  rights: z.array(rightSchema),
  versions: z.array(z.object({ versionNo: z.number(), publishedAt: z.string(), url: z.string() })),
});
