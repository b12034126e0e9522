// The words of the deadline e-mails: a reminder before a deadline and a notice once it is
// missed. Georgian first, then English, in one plain-text message. Pure: no I/O.
//
// A period the provider MAY use (its kind ends in '-window': the motion to recuse, the reasoned
// position) is no obligation, so when it passes nobody is late: its notice says the period ended,
// so the Center can go on, instead of calling it overdue.
import { daysBetween } from '../domain/calendar/holidays.js';
import { workingDaysBetween } from '../domain/calendar/deadlines.js';

interface Bilingual {
  ka: string;
  en: string;
}

/** What each deadline of the procedure asks for (DeadlineKind in domain/procedure/transitions.ts). */
const whatIsDue: Record<string, Bilingual> = {
  'center.admissibility': { ka: 'განაცხადის დასაშვებობის შემოწმება', en: 'admissibility check of the application' },
  'center.decision': { ka: 'გადაწყვეტილება უფლების შესახებ (მთელი პროცედურის ვადა)', en: 'decision on the right (the whole procedure)' },
  'center.seeker-order': { ka: 'ბრძანება განმცხადებლის მაძიებლად ცნობის შესახებ', en: 'order recognising the applicant as a seeker' },
  'provider.correction': { ka: 'ხარვეზების გამოსწორება', en: 'correction of the deficiencies' },
  'center.seeker-order-after-correction': {
    ka: 'ბრძანება მაძიებლად ცნობის შესახებ ხარვეზების გამოსწორების შემდეგ',
    en: 'order recognising the seeker after the correction',
  },
  'center.expert-group-order': { ka: 'ბრძანება ექსპერტთა ჯგუფის შექმნის შესახებ', en: 'order forming the expert group' },
  'provider.recusal-window': { ka: 'ექსპერტის აცილების შუამდგომლობის წარდგენა', en: 'motion to recuse an expert' },
  'center.recusal-decision': { ka: 'გადაწყვეტილება აცილების შუამდგომლობაზე', en: 'decision on the motion to recuse' },
  'provider.position-window': {
    ka: 'დასაბუთებული პოზიცია ექსპერტთა დასკვნის პროექტზე',
    en: 'reasoned position on the draft expert report',
  },
  'council.minutes': { ka: 'საბჭოს სხდომის ოქმისა და ბრძანების ხელმოწერა', en: "signing of the Council's minutes and order" },
  'center.monitoring': { ka: 'არაგეგმიური მონიტორინგის დასრულება', en: 'completion of the unscheduled monitoring' },
};

export interface DeadlineNotice {
  deadlineId: string;
  kind: string;
  /** The application (AP-…) or the monitoring (MON-…) the deadline belongs to. */
  subject: { type: 'application' | 'monitoring'; code: string } | null;
  course: Bilingual | null;
  legalBasis: string;
  startEvent: string;
  startDate: string;
  length: number;
  unit: 'working' | 'calendar';
  dueDate: string;
}

export interface EmailContent {
  subject: string;
  text: string;
}

/** A period for something the provider may do, not must do (see the top of this file). */
export function isOptionalWindow(kind: string): boolean {
  return kind.endsWith('-window');
}

export function describeDeadlineKind(kind: string): Bilingual {
  return whatIsDue[kind] ?? { ka: kind, en: kind };
}

/** A reminder sent on each working day from two working days before the due date to the due date. */
export function reminderEmail(notice: DeadlineNotice, today: string): EmailContent {
  const left = workingDaysBetween(today, notice.dueDate);
  const code = notice.subject?.code ?? '—';
  const status: Bilingual =
    left <= 0
      ? { ka: 'ვადა იწურება დღეს.', en: 'Due today.' }
      : { ka: `დარჩენილია ${left} სამუშაო დღე.`, en: `${left} working ${left === 1 ? 'day' : 'days'} left.` };
  return {
    subject: `შეხსენება: ${code}, ვადა ${notice.dueDate} | Reminder: ${code}, due ${notice.dueDate}`,
    text: compose(notice, status, {
      ka: 'ვადის შეხსენება',
      en: 'Deadline reminder',
    }),
  };
}

/** The one notice sent when a deadline has passed unmet (or, for an optional window, has ended). */
export function overdueEmail(notice: DeadlineNotice, today: string): EmailContent {
  const workingOver = workingDaysBetween(notice.dueDate, today);
  const calendarOver = daysBetween(notice.dueDate, today);
  const code = notice.subject?.code ?? '—';
  const days: Bilingual = {
    ka: `${workingOver} სამუშაო დღით (${calendarOver} კალენდარული დღით)`,
    en: `${workingOver} working ${workingOver === 1 ? 'day' : 'days'} (${calendarOver} calendar ${calendarOver === 1 ? 'day' : 'days'})`,
  };
  if (isOptionalWindow(notice.kind)) {
    return {
      subject: `ვადა ამოიწურა: ${code}, ${notice.dueDate} | Period ended: ${code}, ${notice.dueDate}`,
      text: compose(
        notice,
        {
          ka: `ვადა ამოიწურა ${notice.dueDate}-ს; მას შემდეგ გავიდა ${workingOver} სამუშაო დღე (${calendarOver} კალენდარული დღე).`,
          en: `The period ended on ${notice.dueDate}, ${days.en} ago.`,
        },
        { ka: 'ვადა ამოიწურა: პროცედურა შეიძლება გაგრძელდეს', en: 'A period has ended: the procedure may go on' },
      ),
    };
  }
  return {
    subject: `ვადა გადაცილებულია: ${code}, ვადა იყო ${notice.dueDate} | Overdue: ${code}, was due ${notice.dueDate}`,
    text: compose(
      notice,
      { ka: `ვადა გადაცილებულია ${days.ka}.`, en: `Overdue by ${days.en}.` },
      { ka: 'ვადა გადაცილებულია და ვალდებულება არ შესრულებულა', en: 'A deadline has passed unmet' },
    ),
  };
}

function compose(notice: DeadlineNotice, status: Bilingual, heading: Bilingual): string {
  const what = describeDeadlineKind(notice.kind);
  const whatLabel: Bilingual = isOptionalWindow(notice.kind)
    ? { ka: 'რისთვის არის ვადა', en: 'Period for' }
    : { ka: 'რა უნდა შესრულდეს', en: 'What is due' };
  const subjectLabel: Bilingual =
    notice.subject?.type === 'monitoring' ? { ka: 'მონიტორინგი', en: 'Monitoring' } : { ka: 'განაცხადი', en: 'Application' };
  const code = notice.subject?.code ?? '—';
  const unit: Bilingual =
    notice.unit === 'working'
      ? { ka: 'სამუშაო დღე', en: notice.length === 1 ? 'working day' : 'working days' }
      : { ka: 'კალენდარული დღე', en: notice.length === 1 ? 'calendar day' : 'calendar days' };
  const ka = [
    heading.ka,
    '',
    `${subjectLabel.ka}: ${code}`,
    ...(notice.course ? [`კურსი: ${notice.course.ka}`] : []),
    `${whatLabel.ka}: ${what.ka}`,
    `სამართლებრივი საფუძველი: ${notice.legalBasis}`,
    `ვადის ათვლა: ${notice.startDate}-დან, ${notice.length} ${unit.ka}`,
    `ვადა: ${notice.dueDate}`,
    status.ka,
  ];
  const en = [
    heading.en,
    '',
    `${subjectLabel.en}: ${code}`,
    ...(notice.course ? [`Course: ${notice.course.en}`] : []),
    `${whatLabel.en}: ${what.en}`,
    `Legal basis: ${notice.legalBasis}`,
    `Counted from: ${notice.startEvent}, ${notice.startDate}; ${notice.length} ${unit.en}`,
    `Due date: ${notice.dueDate}`,
    status.en,
  ];
  const footer = [
    '--',
    'ეს წერილი microcred-მა ავტომატურად გამოგზავნა; ნუ უპასუხებთ მას.',
    'This message was sent automatically by microcred; please do not reply to it.',
  ];
  return [...ka, '', '————', '', ...en, '', ...footer, ''].join('\n');
}
