// Aligns a course with an NQF level by best fit (guide, section XIV): the level where the
// majority of outcomes and their complexity sit. Outcomes below the claimed level are
// allowed and noted; an outcome above it is flagged; all three descriptor domains must be
// present. The justification, in Georgian and English, cites the descriptor lines each
// outcome was compared with.
import { type OutcomeAnalysis, type OutcomeInput } from './analyse-outcome.js';
import { comparisonLines, domainLabels, type EqfLevel, eqfLevels, frameworkInfo, type OutcomeDomain, outcomeDomains } from './descriptors.js';
import { bloomInfo } from './lexicon.js';

export type ClaimedLevel = 6 | 7;

export interface CourseProblem {
  code: 'missing_domain';
  domain: OutcomeDomain;
  message: { en: string; ka: string };
}

export interface CourseAlignment {
  /** Best-fit level, or null when no outcome's level could be determined. */
  level: EqfLevel | null;
  claimedLevel: ClaimedLevel | null;
  /** The level the outcomes were compared against: the claimed level, else the best fit. */
  referenceLevel: EqfLevel | null;
  domainsPresent: OutcomeDomain[];
  missingDomains: OutcomeDomain[];
  aboveClaimed: number[];
  belowClaimed: number[];
  notMeasurable: number[];
  undetermined: number[];
  /** A missing domain is an error: the course cannot be aligned until it is fixed. */
  errors: CourseProblem[];
  justification: { ka: string; en: string };
}

const bloomKa: Record<string, string> = Object.fromEntries(Object.entries(bloomInfo).map(([key, value]) => [key, value.ka]));

function list(indexes: number[]): string {
  return indexes.map((i) => String(i + 1)).join(', ');
}

function quote(text: string, max = 160): string {
  const clean = text.trim().replace(/\s+/g, ' ');
  return clean.length > max ? `${clean.slice(0, max - 1)}…` : clean;
}

/** The level where most outcomes sit, weighted by how confident each reading is; ties go to the higher level. */
export function bestFitLevel(analyses: readonly OutcomeAnalysis[]): EqfLevel | null {
  const weight: Record<EqfLevel, number> = { 5: 0, 6: 0, 7: 0, 8: 0 };
  for (const analysis of analyses) if (analysis.level) weight[analysis.level] += Math.max(analysis.confidence, 0.1);
  let best: EqfLevel | null = null;
  for (const level of eqfLevels) if (weight[level] > 0 && (best === null || weight[level] >= weight[best])) best = level;
  return best;
}

export function alignCourse(outcomes: readonly OutcomeInput[], analyses: readonly OutcomeAnalysis[], claimedLevel?: ClaimedLevel): CourseAlignment {
  const level = bestFitLevel(analyses);
  const referenceLevel: EqfLevel | null = claimedLevel ?? level;
  const domainsPresent = outcomeDomains.filter((domain) => analyses.some((a) => a.domain === domain));
  const missingDomains = outcomeDomains.filter((domain) => !domainsPresent.includes(domain));
  const indexes = analyses.map((_, i) => i);
  const aboveClaimed = referenceLevel ? indexes.filter((i) => (analyses[i]?.level ?? 0) > referenceLevel) : [];
  const belowClaimed = referenceLevel
    ? indexes.filter((i) => {
        const l = analyses[i]?.level;
        return l !== null && l !== undefined && l < referenceLevel;
      })
    : [];
  const notMeasurable = indexes.filter((i) => analyses[i]?.measurable === false);
  const undetermined = indexes.filter((i) => !analyses[i]?.level || !analyses[i]?.domain);
  const errors: CourseProblem[] = missingDomains.map((domain) => ({
    code: 'missing_domain',
    domain,
    message: {
      en: `No outcome reads as ${domainLabels[domain].en.toLowerCase()}; a micro-credential must include components of all three descriptor domains.`,
      ka: `არცერთი შედეგი არ განეკუთვნება სფეროს „${domainLabels[domain].ka}“; მიკროკვალიფიკაცია უნდა მოიცავდეს სამივე დესკრიპტორის სფეროს კომპონენტებს.`,
    },
  }));
  return {
    level,
    claimedLevel: claimedLevel ?? null,
    referenceLevel,
    domainsPresent,
    missingDomains,
    aboveClaimed,
    belowClaimed,
    notMeasurable,
    undetermined,
    errors,
    justification: {
      en: justifyEn(outcomes, analyses, { level, claimedLevel, referenceLevel, missingDomains, aboveClaimed, belowClaimed, notMeasurable, undetermined }),
      ka: justifyKa(outcomes, analyses, { level, claimedLevel, referenceLevel, missingDomains, aboveClaimed, belowClaimed, notMeasurable, undetermined }),
    },
  };
}

interface Summary {
  level: EqfLevel | null;
  claimedLevel?: ClaimedLevel;
  referenceLevel: EqfLevel | null;
  missingDomains: OutcomeDomain[];
  aboveClaimed: number[];
  belowClaimed: number[];
  notMeasurable: number[];
  undetermined: number[];
}

function domainCounts(analyses: readonly OutcomeAnalysis[]): Record<OutcomeDomain, number> {
  const counts: Record<OutcomeDomain, number> = { knowledge: 0, skills: 0, responsibility: 0 };
  for (const a of analyses) if (a.domain) counts[a.domain]++;
  return counts;
}

function justifyEn(outcomes: readonly OutcomeInput[], analyses: readonly OutcomeAnalysis[], s: Summary): string {
  const nqf = frameworkInfo('nqf-ge');
  const counts = domainCounts(analyses);
  const atLevel = s.level ? analyses.filter((a) => a.level === s.level).length : 0;
  const parts: string[] = [];
  parts.push(
    `Alignment of the learning outcomes with ${s.claimedLevel ? `the claimed NQF level ${s.claimedLevel}` : 'the NQF'} by the method of the guide's section XIV: each outcome is judged by its content and depth (action verb and its revised Bloom category, complexity of object and context, autonomy), not by hours, and the course is aligned by best fit with the dominant outcomes.`,
  );
  parts.push(s.level ? `Best fit: level ${s.level}; ${atLevel} of ${analyses.length} outcomes read at this level.` : 'Best fit: the level could not be determined from the outcomes.');
  parts.push(
    s.missingDomains.length === 0
      ? `All three descriptor domains are present (knowledge and understanding: ${counts.knowledge}; skills: ${counts.skills}; responsibility and autonomy: ${counts.responsibility}).`
      : `Error: missing domain(s): ${s.missingDomains.map((d) => domainLabels[d].en.toLowerCase()).join(', ')}. A micro-credential must include components of all three domains.`,
  );
  analyses.forEach((a, i) => {
    const text = quote(outcomes[i]?.text ?? '');
    if (!a.domain || !a.level) {
      parts.push(`Outcome ${i + 1} ("${text}"): domain or level could not be determined.`);
      return;
    }
    const cited = citeLines(a.level, a.domain, 'en');
    const verb = a.verb ? ` Verb "${a.verb.text}" (${bloomInfo[a.verb.bloom].en}).` : '';
    parts.push(`Outcome ${i + 1} (${domainLabels[a.domain].en.toLowerCase()}, level ${a.level}): "${text}".${verb} Compared with ${cited}.`);
  });
  if (s.referenceLevel) {
    const ref = s.claimedLevel ? 'claimed level' : 'best-fit level';
    parts.push(s.belowClaimed.length ? `Below the ${ref} (allowed, noted): outcomes ${list(s.belowClaimed)}.` : `No outcome is below the ${ref}.`);
    parts.push(s.aboveClaimed.length ? `Above the ${ref} (flagged): outcomes ${list(s.aboveClaimed)}.` : `No outcome is above the ${ref}.`);
  }
  if (s.notMeasurable.length) parts.push(`Not measurable as written: outcomes ${list(s.notMeasurable)}; reword them with observable verbs.`);
  if (s.undetermined.length) parts.push(`Could not be read with confidence: outcomes ${list(s.undetermined)}.`);
  if (!nqf.officialTextAvailable) parts.push(`Note: the NQF lines cited (nqf6.*, nqf7.*) repeat the EQF 2017 descriptors: ${nqf.source}.`);
  return parts.join('\n');
}

/** Descriptor lines cited once each: an NQF line and the EQF line it repeats are named together. */
function citeLines(level: EqfLevel, domain: OutcomeDomain, lang: 'en' | 'ka'): string {
  const lines = comparisonLines(level, domain);
  const repeated = new Set(lines.map((line) => line.standsInFor).filter(Boolean));
  return lines
    .filter((line) => !repeated.has(line.id))
    .map((line) => {
      const ids = line.standsInFor ? `${line.id} = ${line.standsInFor}` : line.id;
      return lang === 'en' ? `${ids} "${line.en}"` : `${ids} „${line.ka}“`;
    })
    .join('; ');
}

const kaLevelWord = (level: number) => `${level}-ე დონე`;

function justifyKa(outcomes: readonly OutcomeInput[], analyses: readonly OutcomeAnalysis[], s: Summary): string {
  const nqf = frameworkInfo('nqf-ge');
  const counts = domainCounts(analyses);
  const atLevel = s.level ? analyses.filter((a) => a.level === s.level).length : 0;
  const parts: string[] = [];
  parts.push(
    `სწავლის შედეგების შესაბამისობა ${s.claimedLevel ? `ეროვნული კვალიფიკაციების ჩარჩოს (NQF) დეკლარირებულ ${kaLevelWord(s.claimedLevel)}სთან` : 'ეროვნული კვალიფიკაციების ჩარჩოსთან (NQF)'}, სახელმძღვანელოს XIV ნაწილის მეთოდით: თითოეული შედეგი ფასდება შინაარსითა და სიღრმით (სამოქმედო ზმნა და მისი კატეგორია ბლუმის გადამუშავებულ ტაქსონომიაში, ობიექტისა და კონტექსტის სირთულე, ავტონომიურობა) და არა საათების რაოდენობით; კურსის დონე დგინდება საუკეთესო თანხვედრის პრინციპით, დომინანტური შედეგების მიხედვით.`,
  );
  parts.push(s.level ? `საუკეთესო თანხვედრა: ${kaLevelWord(s.level)}; ${analyses.length} შედეგიდან ${atLevel} შეესაბამება ამ დონეს.` : 'საუკეთესო თანხვედრა: შედეგების მიხედვით დონის დადგენა ვერ მოხერხდა.');
  parts.push(
    s.missingDomains.length === 0
      ? `წარმოდგენილია დესკრიპტორის სამივე სფერო (ცოდნა და გაცნობიერება: ${counts.knowledge}; უნარები: ${counts.skills}; პასუხისმგებლობა და ავტონომიურობა: ${counts.responsibility}).`
      : `შეცდომა: არ არის წარმოდგენილი სფერო: ${s.missingDomains.map((d) => `„${domainLabels[d].ka}“`).join(', ')}. მიკროკვალიფიკაცია უნდა მოიცავდეს სამივე სფეროს კომპონენტებს.`,
  );
  analyses.forEach((a, i) => {
    const text = quote(outcomes[i]?.text ?? '');
    if (!a.domain || !a.level) {
      parts.push(`შედეგი ${i + 1} („${text}“): სფერო ან დონე ვერ დადგინდა.`);
      return;
    }
    const cited = citeLines(a.level, a.domain, 'ka');
    const verb = a.verb ? ` ზმნა „${a.verb.text}“ (ბლუმი: ${bloomKa[a.verb.bloom] ?? a.verb.bloom}).` : '';
    parts.push(`შედეგი ${i + 1} (${domainLabels[a.domain].ka}, ${kaLevelWord(a.level)}): „${text}“.${verb} შედარებულია: ${cited}.`);
  });
  if (s.referenceLevel) {
    const ref = s.claimedLevel ? 'დეკლარირებულ დონეზე' : 'საუკეთესო თანხვედრის დონეზე';
    parts.push(s.belowClaimed.length ? `${ref} დაბალი (დასაშვებია, აღინიშნება): შედეგები ${list(s.belowClaimed)}.` : `${ref} დაბალი შედეგი არ არის.`);
    parts.push(s.aboveClaimed.length ? `${ref} მაღალი (მოინიშნება): შედეგები ${list(s.aboveClaimed)}.` : `${ref} მაღალი შედეგი არ არის.`);
  }
  if (s.notMeasurable.length) parts.push(`ჩამოყალიბებული სახით არაგაზომვადია: შედეგები ${list(s.notMeasurable)}; გამოიყენეთ დაკვირვებადი ზმნები.`);
  if (s.undetermined.length) parts.push(`სანდოდ ვერ წაიკითხა: შედეგები ${list(s.undetermined)}.`);
  if (!nqf.officialTextAvailable) {
    parts.push('შენიშვნა: ციტირებული NQF-ის სტრიქონები (nqf6.*, nqf7.*) იმეორებს EQF-ის 2017 წლის დესკრიპტორებს, რადგან NQF-ის (ბრძანება №69/ნ) ოფიციალური ტექსტი ხელმისაწვდომი არ იყო; ქართული ტექსტი პროექტის თარგმანია.');
  }
  return parts.join('\n');
}
