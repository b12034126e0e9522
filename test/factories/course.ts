// A complete, valid course description that tests change one field at a time.
import type { CourseDescription } from '../../src/domain/course/description.js';

const bi = (en: string, ka: string) => ({ en, ka });

export function validDescription(overrides: Partial<CourseDescription> = {}): CourseDescription {
  return {
    title: bi('Applied Data Analysis for Public Policy', 'მონაცემთა გამოყენებითი ანალიზი საჯარო პოლიტიკისთვის'),
    deliveringInstitutions: [bi('Test University', 'სატესტო უნივერსიტეტი')],
    country: 'GE',
    region: bi('Tbilisi', 'თბილისი'),
    awardingBodies: [bi('Test University', 'სატესტო უნივერსიტეტი')],
    learningOutcomes: {
      knowledge: [bi('Explains the principles of statistical inference.', 'ხსნის სტატისტიკური დასკვნის პრინციპებს.')],
      skills: [bi('Analyses public datasets with open-source tools.', 'აანალიზებს საჯარო მონაცემებს ღია კოდის ინსტრუმენტებით.')],
      responsibilityAutonomy: [bi('Takes responsibility for the integrity of an analysis.', 'იღებს პასუხისმგებლობას ანალიზის კეთილსინდისიერებაზე.')],
    },
    workload: {
      ects: 4,
      hoursPerEcts: 25,
      breakdown: [
        { activity: bi('Contact hours', 'საკონტაქტო საათები'), hours: 40 },
        { activity: bi('Independent work', 'დამოუკიდებელი მუშაობა'), hours: 56 },
        { activity: bi('Assessment', 'შეფასება'), hours: 4 },
      ],
    },
    level: { nqf: 6, eqf: 6, qfEheaCycle: 'first' },
    assessmentType: bi('Project and written examination', 'პროექტი და წერითი გამოცდა'),
    participationMode: 'blended',
    participationDetails: bi('Blended: weekly seminars and online tasks', 'შერეული: ყოველკვირეული სემინარები და ონლაინ დავალებები'),
    qualityAssurance: {
      internal: bi('Internal QA regulations of the university', 'უნივერსიტეტის ხარისხის შიდა უზრუნველყოფის დებულება'),
      external: bi('Right granted by NCEQE', 'ეროვნული ცენტრის მიერ მინიჭებული უფლება'),
    },
    entryRequirements: null,
    identityCheck: 'supervised-with-id',
    grading: null,
    stackability: null,
    recognitionOpportunities: null,
    languages: ['ka'],
    contacts: [{ name: 'Test Person', position: bi('Coordinator', 'კოორდინატორი'), email: 'person@example.org' }],
    targetAudience: null,
    targetAudienceJustification: null,
    rationale: null,
    iscedField: '0542',
    durationWeeks: 8,
    location: bi('Tbilisi', 'თბილისი'),
    fee: { amountMinor: 45000, currency: 'GEL' },
    lmsUrl: 'https://lms.example.org/course/1',
    ...overrides,
  };
}

/** The workload with a given ECTS and hours per ECTS, its breakdown summing exactly. */
export function workloadOf(ects: number, hoursPerEcts: number) {
  const total = ects * hoursPerEcts;
  return {
    ects,
    hoursPerEcts,
    breakdown: [
      { activity: bi('Contact hours', 'საკონტაქტო საათები'), hours: total - 2 },
      { activity: bi('Assessment', 'შეფასება'), hours: 2 },
    ],
  };
}
