// The demo's recognition agreement: the guide's sample (the syllabus' "Stackability" row). Three
// micro-credentials combine for up to 25 ECTS in the research component of a Master's programme
// at the sample course's university: AI in research (7), research methods (6) and inclusive
// education (12 of its 15). Dates are relative to the day of loading, so it is in force on any day.
import { randomUUID } from 'node:crypto';
import { tbilisiDate } from '../../domain/calendar/tbilisi.js';
import type { AgreementInput } from '../../domain/recognition/stacking.js';
import type { Db } from '../database.js';
import { insertAgreement, publishedCoursesByCode } from '../queries/recognition-agreements.js';

export const DEMO_RECEIVING_PROVIDER = 'mtkvari-university';

export function demoAgreementInput(codes: Record<string, string>, now: Date): AgreementInput {
  const year = Number(tbilisiDate(now).slice(0, 4));
  return {
    programme: {
      name: { ka: 'განათლების პოლიტიკის სამაგისტრო პროგრამა', en: "Master's in Education Policy" },
      nqfLevel: 7,
      totalEcts: 120,
    },
    validFrom: `${year - 1}-09-01`,
    validUntil: `${year + 3}-08-31`,
    components: [
      {
        name: { ka: 'კვლევითი კომპონენტი', en: 'research component' },
        capEcts: 25,
        courses: [
          { courseCode: codes['ai-research']!, ects: 7 },
          { courseCode: codes['research-methods']!, ects: 6 },
          { courseCode: codes['inclusive-education']!, ects: 12 },
        ],
      },
    ],
  };
}

/** Adds the sample agreement; call after the demo courses are published. */
export async function loadDemoRecognition(db: Db, options: { codes: Record<string, string>; now: Date }): Promise<void> {
  const provider = await db.selectFrom('providers').select('id').where('slug', '=', DEMO_RECEIVING_PROVIDER).executeTakeFirstOrThrow();
  const input = demoAgreementInput(options.codes, options.now);
  const published = await publishedCoursesByCode(db, input.components.flatMap((component) => component.courses.map((course) => course.courseCode)));
  const courseIds = new Map([...published.values()].map((course) => [course.code, course.courseId]));
  await insertAgreement(db, { id: randomUUID(), providerId: provider.id, input, courseIds, actorId: null, at: options.now });
}
