// The PDF of a recognition report (guide, section XVI), Georgian and English together as on the
// platform's other documents: the credential's facts, the verification result, the twelve
// mandatory elements, the seven E-valuate criteria, the level against the target programme, the
// recommended route and, once recorded, the decision. The layout engine and the fonts (Latin and
// Georgian runs) are those of the certificate (pdf.ts, fonts.ts, compose.ts).
import type { Bilingual } from '../domain/course/description.js';
import { guideElementLabels, type Text } from '../domain/recognition/elements.js';
import { criterionLabels, type CriterionStatus } from '../domain/recognition/report.js';
import type { RecognitionReport } from '../use-cases/recognition-reports.js';
import { bothLines, factRow, lists, pair, paragraphs, section } from './compose.js';
import { PdfBuilder } from './pdf.js';
import { checkWords, outcomeWords } from '../domain/credential/verification-words.js';

export const recognitionWords = {
  title: { ka: 'აღიარების ანგარიში', en: 'Recognition report' },
  lead: { ka: 'მიკროკრედენციალის სისრულის შემოწმება აღიარებისთვის (სახელმძღვანელოს XVI თავი)', en: 'Completeness check of a micro-credential for recognition (guide, section XVI)' },
  credential: { ka: 'კრედენციალი', en: 'Credential' },
  learner: { ka: 'მსმენელი', en: 'Learner' },
  issuer: { ka: 'გამცემი', en: 'Issuer' },
  file: { ka: 'ფაილი', en: 'File' },
  format: { ka: 'ფორმატი', en: 'Format' },
  target: { ka: 'სამიზნე პროგრამა', en: 'Target programme' },
  officer: { ka: 'აღიარების ოფიცერი', en: 'Recognition officer' },
  date: { ka: 'თარიღი', en: 'Date' },
  verification: { ka: 'გადამოწმება', en: 'Verification' },
  elements: { ka: 'თორმეტი სავალდებულო ელემენტი', en: 'The twelve mandatory elements' },
  element: { ka: 'ელემენტი', en: 'Element' },
  found: { ka: 'არის', en: 'Found' },
  missing: { ka: 'აკლია', en: 'Missing' },
  value: { ka: 'რას ამბობს კრედენციალი', en: 'What the credential says' },
  criteria: { ka: 'E-valuate-ის შვიდი კრიტერიუმი', en: 'The seven E-valuate criteria' },
  criterion: { ka: 'კრიტერიუმი', en: 'Criterion' },
  status: { ka: 'შედეგი', en: 'Result' },
  evidence: { ka: 'მტკიცებულება', en: 'Evidence' },
  level: { ka: 'დონე სამიზნე პროგრამასთან შედარებით', en: 'Level against the target programme' },
  recommendation: { ka: 'რეკომენდაცია', en: 'Recommendation' },
  lisbon: { ka: 'შეფასდეს ლისაბონის აღიარების კონვენციის პრინციპებით', en: 'Assess under the Lisbon Recognition Convention' },
  rpl: { ka: 'გადამისამართდეს წინარე სწავლის აღიარებაზე (RPL)', en: 'Route to recognition of prior learning (RPL)' },
  decision: { ka: 'გადაწყვეტილება', en: 'Decision' },
  recognised: { ka: 'აღიარებულია', en: 'Recognised' },
  refused: { ka: 'უარი', en: 'Refused' },
  credits: { ka: 'აღიარებული კრედიტები', en: 'Credits recognised' },
  towards: { ka: 'პროგრამა / კომპონენტი', en: 'Programme / component' },
  reason: { ka: 'საფუძველი', en: 'Reason' },
  noDecision: { ka: 'გადაწყვეტილება ჯერ არ არის ჩაწერილი.', en: 'No decision has been recorded yet.' },
  verified: { ka: 'გადამოწმებულია: ყველა შემოწმება გავიდა.', en: 'Verified: every check passed.' },
  notVerified: { ka: 'სრულად არ არის გადამოწმებული: იხ. შემოწმებები.', en: 'Not fully verified: see the checks.' },
} as const satisfies Record<string, Bilingual>;

export const formatLabels: Record<RecognitionReport['format'], Bilingual> = {
  platform: { ka: 'Open Badges 3.0 (მიკროკრედენციალის გაფართოებით)', en: 'Open Badges 3.0 (with the micro-credential extension)' },
  'open-badges': { ka: 'Open Badges 3.0 (სხვა გამცემი)', en: 'Open Badges 3.0 (another issuer)' },
  elm: { ka: 'ევროპული სწავლის მოდელი (ELM)', en: 'European Learning Model (ELM)' },
};

export const criterionStatusLabels: Record<CriterionStatus, Bilingual> = {
  met: { ka: 'დაკმაყოფილებულია', en: 'Met' },
  'not-met': { ka: 'არ არის დაკმაყოფილებული', en: 'Not met' },
  unknown: { ka: 'უცნობია', en: 'Unknown' },
};

const textLines = (text: Text | null): string => (text === null ? '—' : bothLines(text));

export async function renderRecognitionReportPdf(report: RecognitionReport): Promise<Uint8Array> {
  const date = report.createdAt.slice(0, 10);
  const title = report.facts.title;
  const doc = new PdfBuilder({
    metadata: {
      title: `${recognitionWords.title.en} – ${title === null ? report.id : typeof title === 'string' ? title : title.en}`,
      subject: `${recognitionWords.title.ka} – ${report.university.ka}`,
      author: `${report.university.en} / ${report.university.ka}`,
      keywords: ['recognition', report.recommendation.route],
      language: 'ka',
      date,
    },
    frame: { headerLeft: [report.university.ka, report.university.en], headerRight: [report.id.slice(0, 8), date], footerLeft: report.id },
  });

  doc.heading(recognitionWords.title.ka, { level: 1, align: 'center' });
  doc.heading(recognitionWords.title.en, { level: 1, align: 'center', tone: 'muted' });
  doc.paragraph(bothLines(recognitionWords.lead), { align: 'center', tone: 'muted', size: 9, spaceAfter: 10 });
  const issuer = report.facts.issuer;
  doc.keyValues([
    factRow(recognitionWords.credential, title ?? '—'),
    factRow(recognitionWords.learner, report.facts.learner.name ?? report.facts.learner.identifier ?? '—'),
    { label: pair(recognitionWords.issuer), value: [issuer.name === null ? null : bothLines(issuer.name), issuer.id].filter((line) => line !== null).join('\n') || '—' },
    factRow(recognitionWords.format, formatLabels[report.format]),
    factRow(recognitionWords.file, report.fileName ?? report.source.toUpperCase()),
    factRow(recognitionWords.target, `${report.level.target.programme} (${report.level.target.framework.toUpperCase()} ${report.level.target.level})`),
    factRow(recognitionWords.officer, report.createdBy),
    factRow(recognitionWords.date, date),
  ]);

  section(doc, recognitionWords.verification);
  const verification = report.verification;
  if (verification.outcome === 'not-verifiable') paragraphs(doc, verification.reason ?? '—');
  else {
    paragraphs(doc, verification.outcome === 'verified' ? recognitionWords.verified : recognitionWords.notVerified);
    doc.table({
      columns: [
        { width: 0.22, header: pair({ ka: 'შემოწმება', en: 'Check' }), bold: true },
        { width: 0.16, header: pair(recognitionWords.status) },
        { width: 0.62, header: pair(recognitionWords.reason) },
      ],
      rows: verification.checks.map((check) => [bothLines(checkWords[check.check as keyof typeof checkWords] ?? check.check), bothLines(outcomeWords[check.outcome]), bothLines(check.reason)]),
    });
  }

  section(doc, recognitionWords.elements);
  doc.table({
    columns: [
      { width: 0.3, header: pair(recognitionWords.element), bold: true },
      { width: 0.14, header: pair(recognitionWords.status) },
      { width: 0.56, header: pair(recognitionWords.value) },
    ],
    rows: report.elements.map((item) => [
      bothLines(guideElementLabels[item.element]),
      bothLines(item.found ? recognitionWords.found : recognitionWords.missing),
      [textLines(item.value), ...(item.note ? [bothLines(item.note)] : [])].join('\n'),
    ]),
  });

  section(doc, recognitionWords.criteria);
  doc.table({
    columns: [
      { width: 0.28, header: pair(recognitionWords.criterion), bold: true },
      { width: 0.18, header: pair(recognitionWords.status) },
      { width: 0.54, header: pair(recognitionWords.evidence) },
    ],
    rows: report.criteria.map((item, index) => [`${index + 1}. ${bothLines(criterionLabels[item.criterion])}`, bothLines(criterionStatusLabels[item.status]), bothLines(item.evidence)]),
  });

  section(doc, recognitionWords.level);
  paragraphs(doc, report.level.explanation);

  section(doc, recognitionWords.recommendation);
  doc.heading(pair(recognitionWords[report.recommendation.route]), { level: 3 });
  lists(doc, report.recommendation.reasons);

  section(doc, recognitionWords.decision);
  const decision = report.decision;
  if (!decision) paragraphs(doc, recognitionWords.noDecision);
  else {
    doc.keyValues([
      factRow(recognitionWords.decision, decision.outcome === 'recognised' ? recognitionWords.recognised : recognitionWords.refused),
      ...(decision.credits === null ? [] : [factRow(recognitionWords.credits, `${decision.credits} ECTS`)]),
      factRow(recognitionWords.towards, decision.component ? `${decision.programme} — ${decision.component}` : decision.programme),
      factRow(recognitionWords.reason, decision.reason),
      factRow(recognitionWords.officer, `${decision.decidedBy}, ${decision.decidedAt.slice(0, 10)}`),
    ]);
  }
  return doc.render();
}
