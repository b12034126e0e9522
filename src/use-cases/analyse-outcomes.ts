// Analyses a list of learning outcomes and aligns them as a course with an NQF level.
// `POST /api/outcomes/analyse` and `microcred outcomes analyse FILE` both call this, so
// they give the same report for the same request.
import { z } from 'zod';
import { alignCourse, type CourseAlignment } from '../domain/levels/align-course.js';
import { analyseOutcome, type OutcomeAnalysis } from '../domain/levels/analyse-outcome.js';
import { MAX_OUTCOMES, validateOutcomes } from '../domain/levels/validate-outcomes.js';
import { ValidationError } from '../domain/errors.js';
import type { FieldError } from '../domain/field-error.js';

/** The request, shared by the HTTP route and the CLI. */
export const analyseOutcomesRequestSchema = z.strictObject({
  outcomes: z
    .array(
      z.strictObject({
        text: z.string().max(20_000, 'An outcome is at most 150 words; this text is far longer.'),
        lang: z.enum(['en', 'ka']),
      }),
    )
    .min(1, 'Send at least one learning outcome.')
    .max(MAX_OUTCOMES, `Send at most ${MAX_OUTCOMES} outcomes at once.`),
  claimedLevel: z.union([z.literal(6), z.literal(7)]).optional(),
});

export type AnalyseOutcomesRequest = z.infer<typeof analyseOutcomesRequestSchema>;

const domainSchema = z.enum(['knowledge', 'skills', 'responsibility']);
const levelSchema = z.union([z.literal(5), z.literal(6), z.literal(7), z.literal(8)]);

/** The report, shared by the HTTP route (response schema) and the CLI. */
export const outcomesReportSchema = z.object({
  outcomes: z.array(
    z.object({
      domain: domainSchema.nullable(),
      level: levelSchema.nullable(),
      confidence: z.number().min(0).max(1),
      reasons: z.array(z.string()),
      descriptorLines: z.array(z.string()),
      measurable: z.boolean(),
      suggestions: z.array(z.string()).optional(),
      verb: z.object({ text: z.string(), bloom: z.string() }).optional(),
    }),
  ),
  course: z.object({
    level: levelSchema.nullable(),
    claimedLevel: z.union([z.literal(6), z.literal(7)]).nullable(),
    referenceLevel: levelSchema.nullable(),
    domainsPresent: z.array(domainSchema),
    missingDomains: z.array(domainSchema),
    aboveClaimed: z.array(z.number().int()),
    belowClaimed: z.array(z.number().int()),
    notMeasurable: z.array(z.number().int()),
    undetermined: z.array(z.number().int()),
    errors: z.array(z.object({ code: z.literal('missing_domain'), domain: domainSchema, message: z.object({ en: z.string(), ka: z.string() }) })),
    justification: z.object({ ka: z.string(), en: z.string() }),
  }),
});

export interface OutcomesReport {
  outcomes: OutcomeAnalysis[];
  course: CourseAlignment;
}

/** Parses an untrusted request (the CLI's file); the HTTP edge validates with the same schema. */
export function parseAnalyseOutcomesRequest(input: unknown): AnalyseOutcomesRequest {
  const result = analyseOutcomesRequestSchema.safeParse(input);
  if (result.success) return result.data;
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || 'body',
    code: issue.code,
    message: issue.message,
  }));
  throw new ValidationError(errors);
}

export function analyseOutcomes(request: AnalyseOutcomesRequest): OutcomesReport {
  validateOutcomes(request.outcomes);
  const analyses = request.outcomes.map((outcome) => analyseOutcome(outcome));
  const course = alignCourse(request.outcomes, analyses, request.claimedLevel);
  return { outcomes: analyses, course };
}
