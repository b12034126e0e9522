// One function per document of the procedure (the guide's sections VIII to XII, and
// monitoring and appeals): each takes the document's data and returns the PDF's bytes,
// with every section in Georgian first and then in English. The wording avoids bending
// inserted names into Georgian cases: names stand alone, in apposition or in tables.
import type { Bilingual } from '../domain/course/description.js';
import { councilDecisionLabels, councilDecisions, type CouncilDecision } from '../domain/procedure/decision.js';
import { groupRoles, type GroupRole } from '../domain/procedure/guards.js';
import { complianceRatingLabels, complianceRatings, type ComplianceRating } from '../domain/standards/catalogue.js';
import {
  bothLines,
  council,
  type DocumentBase,
  type DocumentRef,
  enOf,
  factRow,
  kaOf,
  label,
  lists,
  operative,
  pair,
  paragraphs,
  period,
  positions,
  section,
  sign,
  type Signatory,
  startDocument,
  type Text,
} from './compose.js';
import {
  appealOutcomeLabels,
  type AppealOutcome,
  groupRoleLabels,
  monitoringKindLabels,
  type MonitoringKind,
  monitoringOutcomeLabels,
  type MonitoringOutcome,
  recusalOutcomeLabels,
  type RecusalOutcome,
  type ReportStage,
} from './labels.js';
import type { PdfBuilder } from './pdf.js';

export type { DocumentBase, DocumentRef, Signatory, Text } from './compose.js';

// ---------------------------------------------------------------- input types

export interface SeekerStatusOrderData extends DocumentBase {
  submittedOn: string;
  /** The day the applicant corrected the deficiencies, when there were any. */
  correctedOn?: string;
  /** The last day for the order forming the expert group (10 working days), when known. */
  expertGroupDueDate?: string;
  signatory: Signatory;
}

export interface WithoutReviewOrderData extends DocumentBase {
  submittedOn: string;
  ground: 'not-corrected' | 'resubmitted-with-deficiencies';
  /** The order that set the correction period, and that period's last day. */
  deficiencyOrder?: DocumentRef;
  correctionDueDate?: string;
  reasons: Bilingual[];
  signatory: Signatory;
}

export interface Deficiency {
  /** Where the deficiency is: a component number, a form, an annex. */
  reference?: Text;
  description: Bilingual;
}

export interface DeficienciesOrderData extends DocumentBase {
  submittedOn: string;
  deficiencies: Deficiency[];
  correction: { workingDays: number; dueDate: string };
  signatory: Signatory;
}

export interface GroupMember {
  role: GroupRole;
  name: Text;
  chair?: boolean;
}

export interface ExpertGroupOrderData extends DocumentBase {
  /** The order recognising the seeker. */
  seekerOrder?: DocumentRef;
  members: GroupMember[];
  visit: { from: string; to: string; address?: Text };
  /** The last day to move to recuse (2 working days from receiving the order), when known. */
  recusalDueDate?: string;
  signatory: Signatory;
}

export interface RecusalRuling {
  name: Text;
  role: GroupRole;
  outcome: RecusalOutcome;
  /** Who takes the place of a recused expert. */
  replacement?: Text;
}

export interface RecusalDecisionData extends DocumentBase {
  expertGroupOrder: DocumentRef;
  motion: { filedOn: string; grounds: Bilingual };
  rulings: RecusalRuling[];
  reasons: Bilingual;
  signatory: Signatory;
}

export interface ComponentAssessment {
  /** The guide's number, e.g. "1.1". */
  number: string;
  title: Bilingual;
  rating: ComplianceRating;
  reasons: Bilingual;
  recommendations?: Bilingual;
}

export interface ExpertReportData extends DocumentBase {
  stage: ReportStage;
  visit: { from: string; to: string };
  members: GroupMember[];
  /** The standards catalogue version the application is judged against. */
  catalogueVersion?: string;
  components: ComponentAssessment[];
  summary: Bilingual;
  /** The institution's reasoned position on the draft, and how the group took it into account. */
  providerPosition?: { receivedOn: string; consideration: Bilingual };
}

export interface CouncilDecisionData extends DocumentBase {
  decision: CouncilDecision;
  reasons: Bilingual;
  /** When the right is granted: the timeframe for implementing the course. */
  implementationTimeframe?: Bilingual;
  /** When granted subject to monitoring: what the monitoring covers. */
  monitoringConditions?: Bilingual;
  meeting: { date: string; place?: Text };
  finalReport?: DocumentRef;
  attendance: { present: Text[]; absent?: Text[] };
  /** Votes cast by the members attending, per decision type. */
  votes: Partial<Record<CouncilDecision, number>>;
  /** When granted: the right's validity (two years from taking effect). */
  right?: { validFrom: string; validUntil: string };
  chair: Text;
  secretary: Text;
}

export interface HearingNoticeData extends DocumentBase {
  meeting: { date: string; time?: string; place: Text; remote?: string };
  finalReport?: DocumentRef;
  signatory: Signatory;
}

export interface MonitoringResultData extends Omit<DocumentBase, 'applicationCode'> {
  applicationCode?: string;
  monitoringCode: string;
  kind: MonitoringKind;
  complaint?: { code: string; receivedOn: string; violations: Bilingual[] };
  period: { from: string; to: string };
  /** The Council decision that granted the right under monitoring, when there is one. */
  rightDecision?: DocumentRef;
  findings: Bilingual[];
  outcome: MonitoringOutcome;
  reasons: Bilingual;
  signatory: Signatory;
}

export interface AppealOutcomeData extends DocumentBase {
  appealedDecision: DocumentRef;
  appeal: { filedOn: string; grounds: Bilingual };
  outcome: AppealOutcome;
  reasons: Bilingual;
  /** What follows for the right or the procedure. */
  consequences?: Bilingual;
  signatory: Signatory;
}

export const documentKinds = [
  'order-seeker-status',
  'order-without-review',
  'order-deficiencies',
  'order-expert-group',
  'recusal-decision',
  'expert-report',
  'council-decision',
  'hearing-notice',
  'monitoring-result',
  'appeal-outcome',
] as const;
export type DocumentKind = (typeof documentKinds)[number];

/** A document of any kind, as stored: its kind and its data. */
export type DocumentInput =
  | { kind: 'order-seeker-status'; data: SeekerStatusOrderData }
  | { kind: 'order-without-review'; data: WithoutReviewOrderData }
  | { kind: 'order-deficiencies'; data: DeficienciesOrderData }
  | { kind: 'order-expert-group'; data: ExpertGroupOrderData }
  | { kind: 'recusal-decision'; data: RecusalDecisionData }
  | { kind: 'expert-report'; data: ExpertReportData }
  | { kind: 'council-decision'; data: CouncilDecisionData }
  | { kind: 'hearing-notice'; data: HearingNoticeData }
  | { kind: 'monitoring-result'; data: MonitoringResultData }
  | { kind: 'appeal-outcome'; data: AppealOutcomeData };

// ---------------------------------------------------------------- titles

export const documentTitles: Readonly<Record<Exclude<DocumentKind, 'expert-report'>, Bilingual>> & {
  'expert-report': Readonly<Record<ReportStage, Bilingual>>;
} = {
  'order-seeker-status': {
    ka: 'ბრძანება მიკროკრედენციალის კურსის განხორციელების უფლების მაძიებლად ცნობის შესახებ',
    en: 'Order recognising the applicant as a seeker of the right to implement a micro-credential course',
  },
  'order-without-review': {
    ka: 'ბრძანება განაცხადის განუხილველად დატოვების შესახებ',
    en: 'Order leaving the application without review',
  },
  'order-deficiencies': {
    ka: 'ბრძანება განაცხადში ხარვეზის დადგენისა და მისი გამოსწორების ვადის განსაზღვრის შესახებ',
    en: 'Order on deficiencies in the application and the period to correct them',
  },
  'order-expert-group': {
    ka: 'ბრძანება საექსპერტო ჯგუფის შექმნის შესახებ',
    en: 'Order forming the expert group',
  },
  'recusal-decision': {
    ka: 'გადაწყვეტილება ექსპერტის აცილების შესახებ შუამდგომლობაზე',
    en: 'Decision on the motion to recuse an expert',
  },
  'expert-report': {
    draft: { ka: 'საექსპერტო ჯგუფის დასკვნის პროექტი', en: 'Draft report of the expert group' },
    final: { ka: 'საექსპერტო ჯგუფის დასკვნა', en: 'Final report of the expert group' },
  },
  'council-decision': {
    ka: 'აკრედიტაციის საბჭოს გადაწყვეტილება მიკროკრედენციალის კურსის განხორციელების უფლების შესახებ',
    en: 'Decision of the Accreditation Council on the right to implement a micro-credential course',
  },
  'hearing-notice': {
    ka: 'შეტყობინება აკრედიტაციის საბჭოს სხდომის შესახებ',
    en: 'Notice of the Accreditation Council hearing',
  },
  'monitoring-result': { ka: 'მონიტორინგის შედეგები', en: 'Results of monitoring' },
  'appeal-outcome': { ka: 'საჩივრის განხილვის შედეგი', en: 'Outcome of the appeal' },
};

/** The title a document is stored and published under. */
export function documentTitle(input: DocumentInput): Bilingual {
  return input.kind === 'expert-report' ? documentTitles['expert-report'][input.data.stage] : documentTitles[input.kind];
}

// ---------------------------------------------------------------- shared wording

const ref = (document: DocumentRef): string => `№ ${document.code} (${document.date})`;

const courseNamed = (base: DocumentBase | MonitoringResultData): Bilingual => ({
  ka: `მიკროკრედენციალის კურსის „${base.course.title.ka}“ (${base.course.code})`,
  en: `the micro-credential course “${base.course.title.en}” (${base.course.code})`,
});

const sendTo = {
  applicant: { ka: 'ბრძანება გაეგზავნოს განმცხადებელ დაწესებულებას.', en: 'This order is sent to the applicant institution.' },
  effective: { ka: 'ბრძანება ძალაში შედის ხელმოწერისთანავე.', en: 'This order takes effect on signature.' },
  appeal: {
    ka: 'ბრძანება შეიძლება გასაჩივრდეს საქართველოს კანონმდებლობით დადგენილი წესით.',
    en: 'This order may be appealed as the law of Georgia provides.',
  },
} as const satisfies Record<string, Bilingual>;

const iOrder: Bilingual = { ka: 'ვბრძანებ:', en: 'I order:' };

const heads = {
  grounds: { ka: 'საფუძველი', en: 'Grounds' },
  reasons: { ka: 'დასაბუთება', en: 'Reasons' },
  decision: { ka: 'გადაწყვეტილება', en: 'Decision' },
} as const satisfies Record<string, Bilingual>;

function groupTable(doc: PdfBuilder, members: readonly GroupMember[]): void {
  const ordered = [...members].sort((a, b) => groupRoles.indexOf(a.role) - groupRoles.indexOf(b.role));
  doc.table({
    columns: [
      { width: 0.5, header: '№' },
      { width: 5, header: pair({ ka: 'როლი', en: 'Role' }) },
      { width: 4, header: pair({ ka: 'სახელი, გვარი', en: 'Name' }) },
    ],
    rows: ordered.map((member, index) => [
      String(index + 1),
      bothLines(groupRoleLabels[member.role]),
      member.chair ? `${bothLines(member.name)}\n(${pair({ ka: 'თავმჯდომარე', en: 'chair' })})` : bothLines(member.name),
    ]),
  });
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

// ---------------------------------------------------------------- the documents

/** Director's order recognising the applicant as a seeker of the right (guide, section VIII). */
export async function renderSeekerStatusOrder(data: SeekerStatusOrderData): Promise<Uint8Array> {
  const facts = [factRow(label.submittedOn, data.submittedOn)];
  if (data.correctedOn !== undefined) facts.push(factRow({ ka: 'ხარვეზის გამოსწორების თარიღი', en: 'Deficiencies corrected on' }, data.correctedOn));
  const doc = startDocument(data, { kind: 'order-seeker-status', title: documentTitles['order-seeker-status'], facts });
  const course = courseNamed(data);

  section(doc, heads.grounds);
  paragraphs(doc, {
    ka:
      `განმცხადებელმა დაწესებულებამ ${data.submittedOn} წარადგინა განაცხადი ${course.ka} განხორციელების უფლების მოსაპოვებლად. ` +
      (data.correctedOn === undefined
        ? 'ცენტრმა განაცხადი შეამოწმა და ხარვეზი არ გამოუვლენია.'
        : `განაცხადში გამოვლენილი ხარვეზი გამოსწორდა ${data.correctedOn}.`),
    en:
      `On ${data.submittedOn} the applicant institution submitted an application for the right to implement ${course.en}. ` +
      (data.correctedOn === undefined
        ? 'The Center checked the application and found no deficiency.'
        : `The deficiencies found in the application were corrected on ${data.correctedOn}.`),
  });

  const items: Bilingual[] = [
    {
      ka: `${data.provider.name.ka} ცნობილ იქნეს ${course.ka} განხორციელების უფლების მაძიებლად.`,
      en: `${data.provider.name.en} is recognised as a seeker of the right to implement ${course.en}.`,
    },
    data.expertGroupDueDate === undefined
      ? {
          ka: 'ცენტრმა 10 სამუშაო დღის ვადაში გამოსცეს ბრძანება საექსპერტო ჯგუფის შექმნის შესახებ.',
          en: 'The Center issues the order forming the expert group within 10 working days.',
        }
      : {
          ka: `ცენტრმა არაუგვიანეს ${data.expertGroupDueDate} გამოსცეს ბრძანება საექსპერტო ჯგუფის შექმნის შესახებ.`,
          en: `The Center issues the order forming the expert group no later than ${data.expertGroupDueDate}.`,
        },
    sendTo.applicant,
    sendTo.effective,
  ];
  operative(doc, iOrder, items);
  sign(doc, [data.signatory], data.issueDate);
  return doc.render();
}

/** Order leaving the application without review (guide, section VIII). */
export async function renderWithoutReviewOrder(data: WithoutReviewOrderData): Promise<Uint8Array> {
  const facts = [factRow(label.submittedOn, data.submittedOn)];
  if (data.deficiencyOrder) facts.push(factRow({ ka: 'ბრძანება ხარვეზის შესახებ', en: 'Order on deficiencies' }, ref(data.deficiencyOrder)));
  if (data.correctionDueDate !== undefined) facts.push(factRow({ ka: 'გამოსწორების ვადის ბოლო დღე', en: 'Last day to correct' }, data.correctionDueDate));
  const doc = startDocument(data, { kind: 'order-without-review', title: documentTitles['order-without-review'], facts });

  section(doc, heads.grounds);
  const setBy: Bilingual =
    data.deficiencyOrder === undefined
      ? { ka: 'ცენტრმა განსაზღვრა განაცხადში არსებული ხარვეზის გამოსწორების ვადა.', en: 'The Center set a period to correct the deficiencies in the application.' }
      : {
          ka: `ცენტრმა ${ref(data.deficiencyOrder)} ბრძანებით განსაზღვრა განაცხადში არსებული ხარვეზის გამოსწორების ვადა.`,
          en: `By order ${ref(data.deficiencyOrder)} the Center set a period to correct the deficiencies in the application.`,
        };
  paragraphs(
    doc,
    data.ground === 'not-corrected'
      ? { ka: `${setBy.ka} ხარვეზი დადგენილ ვადაში არ გამოსწორდა.`, en: `${setBy.en} The deficiencies were not corrected within that period.` }
      : { ka: `${setBy.ka} განაცხადი ხელახლა იქნა წარმოდგენილი ხარვეზით.`, en: `${setBy.en} The application was re-submitted with deficiencies.` },
  );
  section(doc, heads.reasons);
  lists(doc, data.reasons);

  operative(doc, iOrder, [
    {
      ka: `განაცხადი № ${data.applicationCode} (განმცხადებელი: ${data.provider.name.ka}; კურსი: ${data.course.code}) დარჩეს განუხილველად.`,
      en: `Application No. ${data.applicationCode} (applicant: ${data.provider.name.en}; course: ${data.course.code}) is left without review.`,
    },
    sendTo.applicant,
    sendTo.appeal,
  ]);
  sign(doc, [data.signatory], data.issueDate);
  return doc.render();
}

/** Order naming the application's deficiencies and the period to correct them (guide, section VIII). */
export async function renderDeficienciesOrder(data: DeficienciesOrderData): Promise<Uint8Array> {
  const { workingDays, dueDate } = data.correction;
  const doc = startDocument(data, {
    kind: 'order-deficiencies',
    title: documentTitles['order-deficiencies'],
    facts: [
      factRow(label.submittedOn, data.submittedOn),
      factRow({ ka: 'გამოსწორების ვადა', en: 'Period to correct' }, { ka: `${workingDays} სამუშაო დღე`, en: `${workingDays} working days` }),
      factRow({ ka: 'ვადის ბოლო დღე', en: 'Due date' }, dueDate),
    ],
  });

  section(doc, { ka: 'გამოვლენილი ხარვეზები', en: 'Deficiencies found' });
  doc.table({
    columns: [
      { width: 0.5, header: '№' },
      { width: 2, header: pair({ ka: 'მითითება', en: 'Reference' }) },
      { width: 7, header: pair({ ka: 'აღწერა', en: 'Description' }) },
    ],
    rows: data.deficiencies.map((deficiency, index) => [
      String(index + 1),
      deficiency.reference === undefined ? '—' : bothLines(deficiency.reference),
      bothLines(deficiency.description),
    ]),
  });

  operative(doc, iOrder, [
    {
      ka: `განმცხადებელმა დაწესებულებამ გამოასწოროს ზემოთ მითითებული ხარვეზები ${workingDays} სამუშაო დღის ვადაში, არაუგვიანეს ${dueDate}.`,
      en: `The applicant institution corrects the deficiencies listed above within ${workingDays} working days, no later than ${dueDate}.`,
    },
    {
      ka: 'თუ ხარვეზები დადგენილ ვადაში არ გამოსწორდება, ან განაცხადი ხელახლა იქნება წარმოდგენილი ხარვეზით, ცენტრი უფლებამოსილია განაცხადი დატოვოს განუხილველად.',
      en: 'If the deficiencies are not corrected within this period, or the application is re-submitted with deficiencies, the Center may leave the application without review.',
    },
    {
      ka: 'ხარვეზის გამოსწორების შემთხვევაში, ცენტრის დირექტორი გამოსწორებიდან 15 სამუშაო დღის ვადაში გამოსცემს ბრძანებას განმცხადებლის უფლების მაძიებლად ცნობის შესახებ.',
      en: 'If the deficiencies are corrected, the Director of the Center issues the order recognising the applicant as a seeker of the right within 15 working days of the correction.',
    },
    sendTo.applicant,
  ]);
  sign(doc, [data.signatory], data.issueDate);
  return doc.render();
}

/** Order forming the expert group, with the visit dates (guide, section IX). */
export async function renderExpertGroupOrder(data: ExpertGroupOrderData): Promise<Uint8Array> {
  const facts = [factRow({ ka: 'ვიზიტის თარიღები', en: 'Visit dates' }, period(data.visit.from, data.visit.to))];
  if (data.visit.address !== undefined) facts.push(factRow({ ka: 'ვიზიტის მისამართი', en: 'Visit address' }, data.visit.address));
  if (data.seekerOrder) facts.push(factRow({ ka: 'მაძიებლად ცნობის ბრძანება', en: 'Order recognising the seeker' }, ref(data.seekerOrder)));
  const doc = startDocument(data, { kind: 'order-expert-group', title: documentTitles['order-expert-group'], facts });

  section(doc, { ka: 'საექსპერტო ჯგუფის შემადგენლობა', en: 'Composition of the expert group' });
  groupTable(doc, data.members);

  const recusalWindow: Bilingual =
    data.recusalDueDate === undefined
      ? { ka: 'ბრძანების მიღებიდან 2 სამუშაო დღის ვადაში', en: 'Within 2 working days of receiving this order' }
      : {
          ka: `ბრძანების მიღებიდან 2 სამუშაო დღის ვადაში (არაუგვიანეს ${data.recusalDueDate})`,
          en: `Within 2 working days of receiving this order (no later than ${data.recusalDueDate})`,
        };
  operative(doc, iOrder, [
    { ka: 'შეიქმნას საექსპერტო ჯგუფი ზემოთ მითითებული შემადგენლობით.', en: 'An expert group is formed with the composition above.' },
    {
      ka: `საექსპერტო ჯგუფის ვიზიტი დაწესებულებაში გაიმართოს ${period(data.visit.from, data.visit.to)}.`,
      en: `The expert group visits the institution on ${period(data.visit.from, data.visit.to)}.`,
    },
    {
      ka: `${recusalWindow.ka} განმცხადებელს უფლება აქვს, დასაბუთებული შუამდგომლობით მოითხოვოს ექსპერტის (ექსპერტების) აცილება; აცილების საფუძველი შეიძლება იყოს ინტერესთა კონფლიქტი. ცენტრი შუამდგომლობას განიხილავს 3 სამუშაო დღის ვადაში.`,
      en: `${recusalWindow.en} the applicant may move, with reasons, to recuse one or more experts; a conflict of interest may be grounds for recusal. The Center decides on the motion within 3 working days.`,
    },
    sendTo.applicant,
  ]);
  sign(doc, [data.signatory], data.issueDate);
  return doc.render();
}

/** The Center's decision on a motion to recuse experts (guide, section IX). */
export async function renderRecusalDecision(data: RecusalDecisionData): Promise<Uint8Array> {
  const doc = startDocument(data, {
    kind: 'recusal-decision',
    title: documentTitles['recusal-decision'],
    facts: [
      factRow({ ka: 'საექსპერტო ჯგუფის შექმნის ბრძანება', en: 'Order forming the expert group' }, ref(data.expertGroupOrder)),
      factRow({ ka: 'შუამდგომლობის თარიღი', en: 'Motion filed on' }, data.motion.filedOn),
    ],
  });

  section(doc, { ka: 'შუამდგომლობა', en: 'The motion' });
  paragraphs(doc, data.motion.grounds);

  section(doc, heads.decision);
  doc.table({
    columns: [
      { width: 3, header: pair({ ka: 'ექსპერტი', en: 'Expert' }) },
      { width: 3.5, header: pair({ ka: 'როლი', en: 'Role' }) },
      { width: 2.5, header: pair(heads.decision) },
      { width: 3, header: pair({ ka: 'ჩანაცვლება', en: 'Replaced by' }) },
    ],
    rows: data.rulings.map((ruling) => [
      bothLines(ruling.name),
      bothLines(groupRoleLabels[ruling.role]),
      bothLines(recusalOutcomeLabels[ruling.outcome]),
      ruling.replacement === undefined ? '—' : bothLines(ruling.replacement),
    ]),
  });

  section(doc, heads.reasons);
  paragraphs(doc, data.reasons);

  const items: Bilingual[] = data.rulings.map((ruling) => {
    const role = groupRoleLabels[ruling.role];
    if (ruling.outcome === 'refused') {
      return {
        ka: `არ დაკმაყოფილდეს შუამდგომლობა ექსპერტის – ${kaOf(ruling.name)} (${role.ka}) – აცილების შესახებ.`,
        en: `The motion to recuse ${enOf(ruling.name)} (${role.en.toLowerCase()}) is refused.`,
      };
    }
    const replacement = ruling.replacement;
    return {
      ka:
        `დაკმაყოფილდეს შუამდგომლობა ექსპერტის – ${kaOf(ruling.name)} (${role.ka}) – აცილების შესახებ` +
        (replacement === undefined ? '.' : `; მის ნაცვლად საექსპერტო ჯგუფში შევიდეს ${kaOf(replacement)}.`),
      en:
        `${enOf(ruling.name)} (${role.en.toLowerCase()}) is recused from the expert group` +
        (replacement === undefined ? '.' : ` and replaced by ${enOf(replacement)}.`),
    };
  });
  items.push({
    ka: 'გადაწყვეტილება გაეგზავნოს განმცხადებელ დაწესებულებას და საექსპერტო ჯგუფის წევრებს.',
    en: 'This decision is sent to the applicant institution and to the members of the expert group.',
  });
  operative(doc, { ka: 'გადაწყდა:', en: 'It is decided:' }, items);
  sign(doc, [data.signatory], data.issueDate);
  return doc.render();
}

/** The expert group's draft or final report, rating every standard component (guide, section XI). */
export async function renderExpertReport(data: ExpertReportData): Promise<Uint8Array> {
  const facts = [
    factRow({ ka: 'ეტაპი', en: 'Stage' }, data.stage === 'draft' ? { ka: 'დასკვნის პროექტი', en: 'Draft' } : { ka: 'საბოლოო დასკვნა', en: 'Final' }),
    factRow({ ka: 'ვიზიტის თარიღები', en: 'Visit dates' }, period(data.visit.from, data.visit.to)),
  ];
  if (data.catalogueVersion !== undefined) facts.push(factRow({ ka: 'სტანდარტების ვერსია', en: 'Standards version' }, data.catalogueVersion));
  const doc = startDocument(data, { kind: 'expert-report', title: documentTitles['expert-report'][data.stage], facts });

  section(doc, { ka: 'საექსპერტო ჯგუფი', en: 'The expert group' });
  groupTable(doc, data.members);

  section(doc, { ka: 'შეფასებების შეჯამება', en: 'Ratings at a glance' });
  doc.table({
    columns: [
      { width: 6, header: pair({ ka: 'შეფასება', en: 'Rating' }) },
      { width: 2, header: pair({ ka: 'კომპონენტები', en: 'Components' }) },
    ],
    rows: complianceRatings.map((rating) => [
      bothLines(complianceRatingLabels[rating]),
      String(data.components.filter((component) => component.rating === rating).length),
    ]),
  });

  section(doc, { ka: 'სტანდარტების კომპონენტების შეფასება', en: 'Assessment of the standards’ components' });
  doc.table({
    columns: [
      { width: 0.7, header: '№' },
      { width: 2.6, header: pair({ ka: 'კომპონენტი', en: 'Component' }) },
      { width: 2.2, header: pair({ ka: 'შეფასება', en: 'Rating' }) },
      { width: 5, header: pair(heads.reasons) },
    ],
    rows: data.components.map((component) => {
      const recommendations = component.recommendations;
      const reasons =
        recommendations === undefined
          ? bothLines(component.reasons)
          : `${bothLines(component.reasons)}\n${pair({ ka: 'რეკომენდაცია', en: 'Recommendation' })}: ${recommendations.ka}\n${recommendations.en}`;
      return [component.number, bothLines(component.title), bothLines(complianceRatingLabels[component.rating]), reasons];
    }),
  });

  if (data.providerPosition) {
    section(doc, { ka: 'დაწესებულების დასაბუთებული პოზიცია', en: 'The institution’s reasoned position' });
    paragraphs(doc, {
      ka: `დაწესებულებამ დასაბუთებული პოზიცია წარმოადგინა ${data.providerPosition.receivedOn}. ${data.providerPosition.consideration.ka}`,
      en: `The institution sent its reasoned position on ${data.providerPosition.receivedOn}. ${data.providerPosition.consideration.en}`,
    });
  }

  section(doc, { ka: 'დასკვნა', en: 'Conclusion' });
  paragraphs(doc, data.summary);
  paragraphs(
    doc,
    data.stage === 'draft'
      ? {
          ka: 'ეს დასკვნის პროექტია. პროექტის მიღებიდან 5 კალენდარული დღის ვადაში დაწესებულებას შეუძლია ცენტრს წარუდგინოს დასაბუთებული პოზიცია პროექტში მითითებულ ფაქტობრივ გარემოებებთან დაკავშირებით.',
          en: 'This is a draft report. Within 5 calendar days of receiving it, the institution may send the Center a reasoned position on the facts it states.',
        }
      : {
          ka: `დასკვნა ეგზავნება დაწესებულებას და ${council.ka}ს.`,
          en: `This report is sent to the institution and to the ${council.en}.`,
        },
  );
  const chair = data.members.find((member) => member.chair) ?? data.members[0];
  if (chair) sign(doc, [{ name: chair.name, position: positions.groupChair }], data.issueDate);
  return doc.render();
}

/** The Accreditation Council's decision, signed by its chair and secretary (guide, section XII). */
export async function renderCouncilDecision(data: CouncilDecisionData): Promise<Uint8Array> {
  const facts = [factRow({ ka: 'სხდომის თარიღი', en: 'Meeting date' }, data.meeting.date)];
  if (data.meeting.place !== undefined) facts.push(factRow({ ka: 'სხდომის ადგილი', en: 'Meeting place' }, data.meeting.place));
  if (data.finalReport) facts.push(factRow({ ka: 'საექსპერტო ჯგუფის დასკვნა', en: 'Expert group’s report' }, ref(data.finalReport)));
  const doc = startDocument(data, { kind: 'council-decision', title: documentTitles['council-decision'], facts });
  const course = courseNamed(data);

  section(doc, { ka: 'დასწრება', en: 'Attendance' });
  const present = data.attendance.present.length;
  const absent = data.attendance.absent ?? [];
  paragraphs(doc, {
    ka: `სხდომას ესწრებოდა საბჭოს ${present} წევრი${absent.length > 0 ? `, არ ესწრებოდა ${absent.length}` : ''}.`,
    en: `${present} members of the Council attended the meeting${absent.length > 0 ? `; ${absent.length} did not attend` : ''}.`,
  });
  doc.keyValues([
    { label: pair({ ka: 'დაესწრნენ', en: 'Present' }), value: data.attendance.present.map(bothLines).join('\n') },
    ...(absent.length > 0 ? [{ label: pair({ ka: 'არ დაესწრნენ', en: 'Absent' }), value: absent.map(bothLines).join('\n') }] : []),
  ]);

  section(doc, { ka: 'კენჭისყრა', en: 'Vote' });
  const cast = councilDecisions.reduce((sum, decision) => sum + (data.votes[decision] ?? 0), 0);
  doc.table({
    columns: [
      { width: 6, header: pair({ ka: 'გადაწყვეტილების სახე', en: 'Decision type' }) },
      { width: 2, header: pair({ ka: 'ხმები', en: 'Votes' }) },
    ],
    rows: [
      ...councilDecisions.map((decision) => [bothLines(councilDecisionLabels[decision]), String(data.votes[decision] ?? 0)]),
      [[{ text: pair({ ka: 'სულ', en: 'Total' }), bold: true }], [{ text: String(cast), bold: true }]],
    ],
  });

  section(doc, heads.decision);
  const outcome: Record<CouncilDecision, Bilingual> = {
    grant: {
      ka: `განმცხადებელ დაწესებულებას – ${data.provider.name.ka} – მიენიჭოს ${course.ka} განხორციელების უფლება.`,
      en: `${data.provider.name.en} is granted the right to implement ${course.en}.`,
    },
    'grant-with-monitoring': {
      ka: `განმცხადებელ დაწესებულებას – ${data.provider.name.ka} – მიენიჭოს ${course.ka} განხორციელების უფლება მონიტორინგის პირობით.`,
      en: `${data.provider.name.en} is granted the right to implement ${course.en}, subject to monitoring.`,
    },
    refuse: {
      ka: `განმცხადებელ დაწესებულებას – ${data.provider.name.ka} – უარი ეთქვას ${course.ka} განხორციელების უფლების მინიჭებაზე.`,
      en: `${data.provider.name.en} is refused the right to implement ${course.en}.`,
    },
  };
  const decisionRows = [{ label: pair(heads.decision), value: bothLines(councilDecisionLabels[data.decision]) }];
  if (data.right) {
    decisionRows.push({
      label: pair({ ka: 'უფლების მოქმედების ვადა', en: 'Right valid' }),
      value: `${data.right.validFrom} – ${data.right.validUntil}`,
    });
  }
  doc.keyValues(decisionRows);
  operative(doc, { ka: 'საბჭომ გადაწყვიტა:', en: 'The Council decided:' }, [outcome[data.decision]]);

  if (data.implementationTimeframe) {
    section(doc, { ka: 'განხორციელების ვადები', en: 'Implementation timeframe' });
    paragraphs(doc, data.implementationTimeframe);
  }
  if (data.monitoringConditions) {
    section(doc, { ka: 'მონიტორინგის პირობები', en: 'Monitoring conditions' });
    paragraphs(doc, data.monitoringConditions);
  }
  section(doc, heads.reasons);
  paragraphs(doc, data.reasons);
  paragraphs(doc, {
    ka: 'გადაწყვეტილება ძალაში შედის ცენტრის ვებგვერდზე გამოქვეყნებისთანავე. უფლება მოქმედებს ძალაში შესვლიდან ორი წლის განმავლობაში. გადაწყვეტილება შეიძლება გასაჩივრდეს საქართველოს კანონმდებლობით დადგენილი წესით.',
    en: 'The decision takes effect on its publication on the Center’s website. A right is valid for two years from taking effect. The decision may be appealed as the law of Georgia provides.',
  });
  sign(
    doc,
    [
      { name: data.chair, position: positions.chair },
      { name: data.secretary, position: positions.secretary },
    ],
    data.issueDate,
  );
  return doc.render();
}

/** Notice of the Council's hearing, at least 7 calendar days ahead (guide, section XII). */
export async function renderHearingNotice(data: HearingNoticeData): Promise<Uint8Array> {
  const when = data.meeting.time === undefined ? data.meeting.date : `${data.meeting.date}, ${data.meeting.time}`;
  const facts = [
    factRow({ ka: 'სხდომის თარიღი და დრო', en: 'Date and time of the hearing' }, when),
    factRow({ ka: 'სხდომის ადგილი', en: 'Place' }, data.meeting.place),
    factRow({ ka: 'დღეები სხდომამდე', en: 'Days before the hearing' }, String(daysBetween(data.issueDate, data.meeting.date))),
  ];
  if (data.meeting.remote !== undefined) facts.push(factRow({ ka: 'დისტანციური ჩართვა', en: 'Remote link' }, data.meeting.remote));
  if (data.finalReport) facts.push(factRow({ ka: 'საექსპერტო ჯგუფის დასკვნა', en: 'Expert group’s report' }, ref(data.finalReport)));
  const doc = startDocument(data, { kind: 'hearing-notice', title: documentTitles['hearing-notice'], facts });
  const course = courseNamed(data);

  paragraphs(doc, {
    ka: `გაცნობებთ, რომ ${council.ka}ს სხდომა, რომელზეც განიხილება ${course.ka} განხორციელების უფლების მინიჭების საკითხი, გაიმართება ${when}. ადგილი: ${kaOf(data.meeting.place)}.`,
    en: `The ${council.en} will hear the question of granting the right to implement ${course.en} on ${when}. Place: ${enOf(data.meeting.place)}.`,
  });
  paragraphs(doc, {
    ka: 'სხდომა საჯაროა. დაწესებულებას უფლება აქვს, მონაწილეობა მიიღოს ზეპირ მოსმენაში. საბჭო გადაწყვეტილებას იღებს სხდომაზე დამსწრე წევრთა უმრავლესობით და მას დაწესებულებას ზეპირი მოსმენისას აცნობს.',
    en: 'The meeting is public. The institution may take part in the oral hearing. The Council decides by a majority of the members attending and announces its decision to the institution at the hearing.',
  });
  sign(doc, [data.signatory], data.issueDate);
  return doc.render();
}

/** Results of scheduled or unscheduled monitoring of a right (guide, section VI; issue scope 5). */
export async function renderMonitoringResult(data: MonitoringResultData): Promise<Uint8Array> {
  const facts = [
    factRow({ ka: 'მონიტორინგის ნომერი', en: 'Monitoring No.' }, data.monitoringCode),
    factRow({ ka: 'მონიტორინგის სახე', en: 'Kind' }, monitoringKindLabels[data.kind]),
    factRow({ ka: 'მონიტორინგის პერიოდი', en: 'Period' }, period(data.period.from, data.period.to)),
  ];
  if (data.rightDecision) facts.push(factRow({ ka: 'უფლების მინიჭების გადაწყვეტილება', en: 'Decision granting the right' }, ref(data.rightDecision)));
  const doc = startDocument(data, { kind: 'monitoring-result', title: documentTitles['monitoring-result'], facts });

  if (data.complaint) {
    section(doc, { ka: 'საჩივარი', en: 'Complaint' });
    paragraphs(doc, {
      ka: `არაგეგმიური მონიტორინგი დაიწყო საჩივრის № ${data.complaint.code} (მიღებულია ${data.complaint.receivedOn}) საფუძველზე. საჩივარში მითითებული დარღვევები:`,
      en: `The unscheduled monitoring was opened on complaint No. ${data.complaint.code} (received on ${data.complaint.receivedOn}). The violations it names:`,
    });
    lists(doc, data.complaint.violations);
  }
  section(doc, { ka: 'მონიტორინგის მიგნებები', en: 'Findings' });
  lists(doc, data.findings, true);

  section(doc, { ka: 'შედეგი', en: 'Outcome' });
  doc.keyValues([{ label: pair({ ka: 'შედეგი', en: 'Outcome' }), value: bothLines(monitoringOutcomeLabels[data.outcome]) }]);
  paragraphs(doc, data.reasons);
  if (data.kind === 'unscheduled') {
    paragraphs(doc, {
      ka: 'საჩივრის საფუძველზე დაწყებული მონიტორინგი სრულდება 30 კალენდარული დღის ვადაში და მისი შედეგები ქვეყნდება.',
      en: 'A monitoring opened on a complaint ends within 30 calendar days and its results are published.',
    });
  }
  sign(doc, [data.signatory], data.issueDate);
  return doc.render();
}

/** The outcome of an appeal against a Council decision (issue scope 5). */
export async function renderAppealOutcome(data: AppealOutcomeData): Promise<Uint8Array> {
  const doc = startDocument(data, {
    kind: 'appeal-outcome',
    title: documentTitles['appeal-outcome'],
    facts: [
      factRow({ ka: 'გასაჩივრებული გადაწყვეტილება', en: 'Decision appealed' }, ref(data.appealedDecision)),
      factRow({ ka: 'საჩივრის წარდგენის თარიღი', en: 'Appeal filed on' }, data.appeal.filedOn),
    ],
  });
  section(doc, { ka: 'საჩივრის საფუძვლები', en: 'Grounds of the appeal' });
  paragraphs(doc, data.appeal.grounds);
  section(doc, { ka: 'შედეგი', en: 'Outcome' });
  doc.keyValues([{ label: pair({ ka: 'შედეგი', en: 'Outcome' }), value: bothLines(appealOutcomeLabels[data.outcome]) }]);
  section(doc, heads.reasons);
  paragraphs(doc, data.reasons);
  if (data.consequences) {
    section(doc, { ka: 'შედეგები უფლებისა და პროცედურისთვის', en: 'What follows' });
    paragraphs(doc, data.consequences);
  }
  sign(doc, [data.signatory], data.issueDate);
  return doc.render();
}

/** Renders a stored document by its kind. */
export function renderDocument(input: DocumentInput): Promise<Uint8Array> {
  switch (input.kind) {
    case 'order-seeker-status':
      return renderSeekerStatusOrder(input.data);
    case 'order-without-review':
      return renderWithoutReviewOrder(input.data);
    case 'order-deficiencies':
      return renderDeficienciesOrder(input.data);
    case 'order-expert-group':
      return renderExpertGroupOrder(input.data);
    case 'recusal-decision':
      return renderRecusalDecision(input.data);
    case 'expert-report':
      return renderExpertReport(input.data);
    case 'council-decision':
      return renderCouncilDecision(input.data);
    case 'hearing-notice':
      return renderHearingNotice(input.data);
    case 'monitoring-result':
      return renderMonitoringResult(input.data);
    case 'appeal-outcome':
      return renderAppealOutcome(input.data);
  }
}
