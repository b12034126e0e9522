// The answers of the recognition agreement API (src/http/routes/recognition-agreements.ts).
import type { AgreementProgress } from '../../domain/recognition/stacking.js';
import type { Bilingual } from '../i18n.js';

export type { AgreementProgress };

export interface AgreementCourse {
  code: string;
  title: Bilingual;
  courseEcts: number;
  ects: number;
}

/** What an agreement and a course's recognition opportunity both say: who, toward what, and when. */
interface AgreementHeading {
  id: string;
  provider: { slug: string; name: Bilingual };
  programme: { name: Bilingual; nqfLevel: number; totalEcts: number | null };
  validFrom: string;
  validUntil: string | null;
  current: boolean;
}

export interface Agreement extends AgreementHeading {
  withdrawnAt: string | null;
  withdrawalReason: string | null;
  capEcts: number;
  components: { name: Bilingual; capEcts: number; courses: AgreementCourse[] }[];
  createdAt: string;
  updatedAt: string;
}

export interface CourseOpportunity extends AgreementHeading {
  components: { name: Bilingual; capEcts: number; ects: number; otherCourses: { code: string; title: Bilingual; ects: number }[] }[];
}

export interface ProgressAnswer {
  credentials: number;
  items: AgreementProgress[];
}
