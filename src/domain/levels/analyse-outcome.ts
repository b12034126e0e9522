// Reads one learning outcome the way section XIV of the guide asks: by its content and
// depth, not by hours. The domain comes from what the outcome asks of the learner (know,
// do, or act with autonomy and responsibility); the level from the verb and its place in
// the revised Bloom taxonomy, the complexity of the object and context, and the autonomy
// implied, never from the verb alone. "Could not determine" (null) is a valid answer.
import { comparisonLines, type EqfLevel, type OutcomeDomain } from './descriptors.js';
import { bloomInfo, bloomRank, type BloomCategory, findMatches, type Lang, type Match } from './lexicon.js';

export interface OutcomeInput {
  text: string;
  lang: Lang;
}

export interface OutcomeAnalysis {
  domain: OutcomeDomain | null;
  level: EqfLevel | null;
  /** 0..1: how far the evidence supports the estimate. */
  confidence: number;
  /** Human-readable evidence, in the order it was weighed. */
  reasons: string[];
  /** Ids of the descriptor lines the outcome was compared with (NQF first, then EQF). */
  descriptorLines: string[];
  measurable: boolean;
  suggestions?: string[];
  /** The action verb read as the outcome's main verb, with its Bloom category. */
  verb?: { text: string; bloom: BloomCategory };
}

const domainNames: Record<OutcomeDomain, string> = {
  knowledge: 'knowledge and understanding',
  skills: 'skills',
  responsibility: 'responsibility and autonomy',
};

/** Nouns that name what a learner has at the end (knowledge, an ability, an attitude). */
const resultNouns = '(?:knowledge|understanding|insight|awareness|ability|abilities|skills?|proficiency|competences?|competencies|attitudes?|capacity)\\b';

/** Opening phrases that carry no content ("On completion, the student will be able to"). */
const englishPreambles: RegExp[] = [
  /^(?:on|upon|after) (?:the )?(?:successful )?complet(?:ion|ing)(?: of)?[^,:]*[,:]\s*/i,
  /^based on [^,]+,\s*/i,
  /^(?:in particular|in addition|furthermore|moreover|specifically|above all),\s*/i,
  /^(?:at|by) the end of [^,:]*[,:]\s*/i,
  // A list's stem joined to its item: "A graduate of the programme will be able to: plan ...".
  /^[^:.…]{0,120}?\b(?:will|should|shall|must|can|is|are)\s+(?:also\s+)?(?:be\s+)?able to\s*(?::|…|\.\.\.)\s*/i,
  /^(?:the )?(?:students?|learners?|graduates?|candidates?|participants?)(?: of [^,]+?)? (?:will|should|must|shall|can|are|is)(?: be)?(?: able to)?\s+/i,
  // A subject stem ending in a colon, as lists are published: "Graduate of the program: describes ...".
  /^(?:an? |the )?(?:(?:doctoral|phd|master'?s?|bachelor'?s?|successful) )?(?:students?|learners?|graduates?|candidates?|participants?)(?: of [^:]{1,80}?)?\s*:\s*/i,
  /^(?:must|should|will|shall)?\s*(?:be|being) able to\s+/i,
  /^able to\s+/i,
  /^must have the competences? to\s+/i,
  /^(?:must|should|will)\s+(?=\p{L})/iu,
  /^have demonstrated\s+/i,
  /^to\s+/i,
  // A subject that "has acquired" or "will have developed" something: what follows names
  // the result (knowledge, an ability, an attitude), not an action of the learner.
  /^(?:the )?(?:students?|learners?|graduates?|candidates?|participants?)(?:,[^,]{1,60}?,?)?\s+(?:will |shall |should )?(?:have|has)\s+(?=(?:acquired|developed|gained|obtained|attained)\b)/i,
  new RegExp(`^(?:(?:will |shall |should )?(?:have|has)\\s+)?(?:acquired|developed|gained|obtained|attained)\\s+(?=(?:[\\p{L}-]+,?\\s+){0,6}?${resultNouns})`, 'iu'),
  // "will have a deep and systematic knowledge": "have" with a qualified result noun (a bare
  // "have knowledge of" stays the non-measurable "know").
  new RegExp(`^(?:will |shall |should )?(?:have|has)\\s+(?=(?:[\\p{L}-]+,?\\s+){1,6}?${resultNouns})`, 'iu'),
];

function stripPreamble(text: string): string {
  let current = text.trim();
  for (let pass = 0; pass < 3; pass++) {
    const before = current;
    for (const pattern of englishPreambles) current = current.replace(pattern, '');
    if (current === before) break;
  }
  return current;
}

type HeadNoun = { domain: OutcomeDomain | null; word: string; end: number };
const headNouns: Record<string, OutcomeDomain | null> = {
  knowledge: 'knowledge',
  understanding: 'knowledge',
  awareness: 'knowledge',
  insight: 'knowledge',
  familiarity: 'knowledge',
  skills: 'skills',
  skill: 'skills',
  ability: 'skills',
  abilities: 'skills',
  capacity: 'skills',
  proficiency: 'skills',
  qualities: 'responsibility',
  behaviour: 'responsibility',
  behavior: 'responsibility',
  conduct: 'responsibility',
  integrity: 'responsibility',
  independence: 'responsibility',
  initiative: 'responsibility',
  attitude: 'responsibility',
  attitudes: 'responsibility',
  competences: null,
  competence: null,
};

/** The EQF's own definition of responsibility and autonomy: applying knowledge and skills (autonomously, with responsibility). */
const applicationOfKnowledgeAndSkills = /\b(?:application of|apply|applies|applying) (?:their |the |own )?knowledge and skills\b/i;

/** A statement written as a noun phrase ("Solid knowledge in ...", "The ability to ..."). */
function findHeadNoun(body: string, matches: Match[]): HeadNoun | null {
  const cleaned = body.replace(/\b(?:the )?application of knowledge and skills\b|\bapply knowledge and skills\b/gi, (m) => ' '.repeat(m.length));
  const tokens = [...cleaned.matchAll(/[\p{L}-]+/gu)].slice(0, 7);
  const firstVerb = matches.find((m) => m.kind === 'verb' || m.kind === 'notMeasurable');
  for (const token of tokens) {
    const word = token[0].toLowerCase();
    if (!(word in headNouns)) continue;
    if (firstVerb && firstVerb.start < token.index) return null;
    return { domain: headNouns[word] ?? null, word, end: token.index + word.length };
  }
  return null;
}

/** The verbs that head the statement: the first one and those coordinated with it. */
function leadVerbs(text: string, verbs: Match[]): Match[] {
  const first = verbs[0];
  if (!first) return [];
  const lead = [first];
  let previous = first;
  for (const verb of verbs.slice(1)) {
    const gap = text.slice(previous.end, verb.start);
    // Coordination needs a separator or a conjunction: in "apply Design Thinking" the
    // second word is the object, not a second action.
    const coordinated = /^[\s,;/]*(?:(?:and|or|and\/or|და|ან|და\/ან)\s+)?(?:to\s+)?$/i.test(gap) && /[,;/]|\b(?:and|or)\b|(?:^|\s)(?:და|ან)(?:\s|$)/i.test(gap);
    if (coordinated) {
      lead.push(verb);
      previous = verb;
    } else break;
  }
  return lead;
}

// Verb-only hint, used when nothing else is known (reference/level-descriptors.md, a
// heuristic, not an EU text): EQF 5 mainly apply/analyse, 6 analyse/evaluate, 7
// evaluate/create. It weighs less than any qualifier or marker.
const bloomLevelHint: Record<BloomCategory, EqfLevel> = {
  remember: 5,
  understand: 5,
  apply: 5,
  analyse: 6,
  evaluate: 6,
  create: 7,
};

const markerDomainWeight: Record<string, number> = {
  supervised: 1,
  independent: 2,
  responsibility: 2,
  team: 1,
  'project-management': 2,
  leadership: 2,
  authority: 3,
  // These name the object of the head verb ("evaluate own work", "identify ethical issues"):
  // the object then decides the domain, so they outweigh the head verb (3) and a verb in passing.
  'self-and-others': 4,
  'own-development': 4,
  'ethical-judgement': 4,
};

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

export function analyseOutcome(input: OutcomeInput): OutcomeAnalysis {
  const text = input.text.trim().replace(/\s+/g, ' ');
  const body = input.lang === 'en' ? stripPreamble(text) : text;
  const bodyMatches = findMatches(body, input.lang);
  const verbs = bodyMatches.filter((m) => m.kind === 'verb' || m.kind === 'notMeasurable');
  const head = input.lang === 'en' ? findHeadNoun(body, bodyMatches) : null;
  // In a noun-phrase statement the verbs that follow the head noun are modifiers
  // ("selected focus fields", "applied mathematics"), not the learner's action.
  const lead = head ? verbs.filter((m) => m.kind === 'notMeasurable' && m.start < head.end) : leadVerbs(body, verbs);
  const markers = bodyMatches.filter((m) => m.kind === 'qualifier' || m.kind === 'autonomy');
  const reasons: string[] = [];
  const suggestions: string[] = [];

  // ---- measurability ----
  const vague = lead.filter((m) => m.kind === 'notMeasurable');
  const actionLead = lead.filter((m) => m.kind === 'verb');
  const measurable = vague.length === 0 || actionLead.length > 0;
  for (const m of vague) {
    const suggest = m.suggest?.[input.lang] ?? [];
    reasons.push(`"${m.found}" cannot be observed or assessed as written; say what the learner does to show it.`);
    if (actionLead.length === 0) suggestions.push(...suggest.map((s) => s));
  }

  // ---- domain ----
  const score: Record<OutcomeDomain, number> = { knowledge: 0, skills: 0, responsibility: 0 };
  if (head?.domain) {
    score[head.domain] += 3;
    reasons.push(`Written as a statement of ${head.word}, which belongs to ${domainNames[head.domain]}.`);
  }
  if (input.lang === 'en' && applicationOfKnowledgeAndSkills.test(body)) {
    score.responsibility += 3;
    reasons.push('Speaks of applying knowledge and skills, which is how the EQF defines responsibility and autonomy.');
  }
  lead.forEach((m, i) => {
    // The head verb weighs most; a responsibility verb coordinated with it ("describe and
    // reflect on") is as specific a signal as the head.
    const weight = i === 0 || m.domains?.[0] === 'responsibility' ? 3 : 1;
    if (m.kind === 'notMeasurable') {
      score.knowledge += m.entryId === 'learn' ? 1 : weight;
      return;
    }
    const domain = m.domains?.[0];
    if (!domain || !m.bloom) return;
    score[domain] += weight;
    const bloom = bloomInfo[m.bloom].en;
    reasons.push(`Action verb "${m.found}": revised Bloom category ${bloom}; usually signals ${domainNames[domain]}.`);
  });
  for (const m of verbs.filter((v) => !lead.includes(v) && v.kind === 'verb')) {
    const domain = m.domains?.[0];
    if (domain) score[domain] += 0.5;
  }
  // Autonomy markers weigh less when the lead verb asks for knowledge or skills: then
  // they usually sit in the object ("a plan integrating principles of ethics").
  // A statement of knowledge or skills ("a deep knowledge of ... management theory") has its
  // markers in the object too.
  const leadDomain = lead[0]?.kind === 'verb' ? lead[0].domains?.[0] : (head?.domain ?? undefined);
  const markerFactor = leadDomain && leadDomain !== 'responsibility' ? 0.5 : 1;
  for (const m of markers.filter((x) => x.kind === 'autonomy')) {
    // Some markers name responsibility content that stays responsibility as an object:
    // reviewing one's own and others' work (EQF 5), one's own development (EQF 6), ethical
    // and professional judgement (QF-EHEA "making judgements").
    score.responsibility += (markerDomainWeight[m.entryId] ?? 2) * (m.asObject ? 1 : markerFactor);
  }
  const ranked = (Object.entries(score) as [OutcomeDomain, number][]).sort((a, b) => b[1] - a[1]);
  const [topDomain, topScore] = ranked[0] ?? ['knowledge', 0];
  const secondScore = ranked[1]?.[1] ?? 0;
  const domain: OutcomeDomain | null = topScore > 0 && topScore > secondScore ? topDomain : topScore > 0 ? tieBreak(ranked) : null;
  const total = score.knowledge + score.skills + score.responsibility;
  const domainConfidence = domain ? Math.min(0.95, 0.35 + 0.6 * ((score[domain] - secondScore) / (total || 1)) + 0.05 * Math.min(score[domain], 4)) : 0;

  // ---- level ----
  const weights: Record<EqfLevel, number> = { 5: 0, 6: 0, 7: 0, 8: 0 };
  const strongest = new Map<EqfLevel, Match[]>();
  for (const m of markers) {
    if (!m.level) continue;
    if (m.level > 5 && isModifiedAsBasic(body, m, markers)) {
      // "basic leadership skills", "simple team projects": the qualifier scales the marker
      // down to the level it names (EQF 5 speaks of basic and well-defined work).
      reasons.push(`"${m.found}" is qualified as basic, so it does not point above level 5.`);
      continue;
    }
    const weight = m.weight ?? 2;
    weights[m.level] += weight;
    strongest.set(m.level, [...(strongest.get(m.level) ?? []), m]);
    const what = m.kind === 'autonomy' ? 'Autonomy marker' : m.markerKind === 'context' ? 'Context' : 'Complexity qualifier';
    reasons.push(`${what} "${m.found}" points toward level ${m.level}.`);
  }
  const topBloom = lead
    .filter((m) => m.kind === 'verb' && m.bloom)
    .reduce<BloomCategory | null>((best, m) => (best === null || bloomRank(m.bloom as BloomCategory) > bloomRank(best) ? (m.bloom as BloomCategory) : best), null);
  if (topBloom) weights[bloomLevelHint[topBloom]] += 1;

  let level: EqfLevel | null = null;
  let levelConfidence = 0;
  const weakMarkers = markers.filter((m) => m.level);
  const strongLevels = ([8, 7, 6, 5] as EqfLevel[]).filter((l) => weights[l] >= 2);
  if (strongLevels.length > 0) {
    level = strongLevels[0] ?? null;
    if (level === 6 && weights[5] > weights[6]) level = 5;
    const support = level ? weights[level] : 0;
    const against = (Object.entries(weights) as [string, number][]).filter(([l]) => Number(l) !== level).reduce((sum, [, w]) => sum + w, 0);
    levelConfidence = Math.min(0.9, 0.4 + 0.1 * support - 0.05 * against);
  } else if (weakMarkers.length > 0) {
    // Only light markers: they are weighed together with the verb's hint, and on a tie
    // the object and context win over the verb (a level is never read from the verb
    // alone when the text says something about its object), the lower level first.
    const best = Math.max(...Object.values(weights));
    const markerLevels = new Set(weakMarkers.map((m) => m.level));
    const candidates = ([5, 6, 7, 8] as EqfLevel[]).filter((l) => weights[l] === best);
    level = candidates.find((l) => markerLevels.has(l)) ?? candidates[0] ?? null;
    levelConfidence = 0.3;
    reasons.push('Only light complexity or context markers: the level weighs them with the verb, so it is a weak estimate.');
  } else if (topBloom) {
    level = bloomLevelHint[topBloom];
    levelConfidence = 0.25;
    reasons.push(`No complexity, context or autonomy markers: the level rests on the verb alone, so it is a weak estimate.`);
  } else {
    reasons.push('No action verb, qualifier or autonomy marker was recognised: the level could not be determined.');
  }

  const confidence = domain && level ? round(Math.max(0.05, Math.min(domainConfidence, 0.5 + levelConfidence / 2) * (0.5 + levelConfidence / 1.8))) : round(domain || level ? 0.15 : 0);

  const verbMatch = actionLead[0];
  const descriptorLines = domain ? (level ? comparisonLines(level, domain) : [...comparisonLines(6, domain), ...comparisonLines(7, domain)]).map((l) => l.id) : [];
  if (domain && level) {
    const line = comparisonLines(level, domain)[0];
    if (line) reasons.push(`Compared with ${line.id}: "${line.en}".`);
  }
  if (!measurable && suggestions.length === 0) suggestions.push(...(input.lang === 'ka' ? ['აღწერს', 'ხსნის', 'იყენებს'] : ['describe', 'explain', 'apply']));

  return {
    domain,
    level,
    confidence: Math.max(0, Math.min(1, confidence)),
    reasons,
    descriptorLines,
    measurable,
    ...(suggestions.length > 0 ? { suggestions: [...new Set(suggestions)] } : {}),
    ...(verbMatch?.bloom ? { verb: { text: verbMatch.found, bloom: verbMatch.bloom } } : {}),
  };
}

/** Whether a level-5 qualifier (basic, simple, introductory) directly modifies this marker. */
function isModifiedAsBasic(text: string, marker: Match, markers: Match[]): boolean {
  return markers.some(
    (other) => other.entryId === 'basic' && other.end <= marker.start && /^[\s-]*(?:[\p{L}-]+\s+)?$/u.test(text.slice(other.end, marker.start)),
  );
}

function tieBreak(ranked: [OutcomeDomain, number][]): OutcomeDomain | null {
  // Equal evidence for two domains: responsibility markers are the most specific signal,
  // then skills (doing) over knowledge.
  const top = ranked[0]?.[1] ?? 0;
  const tied = ranked.filter(([, s]) => s === top).map(([d]) => d);
  for (const preferred of ['responsibility', 'skills', 'knowledge'] as OutcomeDomain[]) if (tied.includes(preferred)) return preferred;
  return null;
}
