import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors.js';
import { alignCourse } from './align-course.js';
import { analyseOutcome, type OutcomeInput } from './analyse-outcome.js';
import { descriptorLine, frameworkInfo } from './descriptors.js';
import { findMatches } from './lexicon.js';
import { validateOutcomes } from './validate-outcomes.js';

// The guide's sample syllabus (section XV), "AI for Enhancing Research Skills in Higher
// Education", NQF/EQF level 7: its 12 outcomes in English and in Georgian.
const sample: { domain: 'knowledge' | 'skills' | 'responsibility'; en: string; ka: string }[] = [
  { domain: 'knowledge', en: 'Describes the main artificial intelligence (AI) tools (e.g., ChatGPT, Grok, Google Scholar AI) and their role in enhancing research processes in higher education.', ka: 'აღწერს ხელოვნური ინტელექტის (AI) ძირითად ინსტრუმენტებს (მაგ., ChatGPT, Grok, Google Scholar AI) და მათ როლს უმაღლეს განათლებაში კვლევითი პროცესების გაუმჯობესებაში.' },
  { domain: 'knowledge', en: 'Explains ethical challenges of AI, such as data privacy and plagiarism, in the context of higher education.', ka: 'ხსნის ხელოვნური ინტელექტის ეთიკურ გამოწვევებს, როგორებიცაა მონაცემთა კონფიდენციალურობა და პლაგიატი, უმაღლესი განათლების კონტექსტში.' },
  { domain: 'knowledge', en: 'Summarises the benefits and limitations of AI for developing research skills, including data analysis and literature search.', ka: 'აჯამებს ხელოვნური ინტელექტის უპირატესობებსა და შეზღუდვებს კვლევითი უნარების განვითარებისთვის, მათ შორის მონაცემთა ანალიზისა და ლიტერატურის მოძიების კუთხით.' },
  { domain: 'knowledge', en: 'Defines key terms and concepts — such as machine learning and natural language processing — used in research projects.', ka: 'განმარტავს კვლევით პროექტებში გამოყენებულ ძირითად ტერმინებსა და ცნებებს, როგორებიცაა მანქანური სწავლება და ბუნებრივი ენის დამუშავება.' },
  { domain: 'skills', en: 'Uses AI tools (e.g., Semantic Scholar, Connected Papers, Research Rabbit, Google Dataset Search, etc.) for literature review and data visualisation in higher education research projects.', ka: 'იყენებს ხელოვნური ინტელექტის ინსტრუმენტებს (მაგ., Semantic Scholar, Connected Papers, Research Rabbit, Google Dataset Search და სხვ.) უმაღლესი განათლების კვლევით პროექტებში ლიტერატურის მიმოხილვისა და მონაცემთა ვიზუალიზაციისთვის.' },
  { domain: 'skills', en: 'Develops digital literacy skills through exploration and research on the use of AI tools.', ka: 'ავითარებს ციფრული წიგნიერების უნარებს ხელოვნური ინტელექტის ინსტრუმენტების გამოყენების შესწავლისა და კვლევის გზით.' },
  { domain: 'skills', en: 'Critically analyses the value of AI in research and in the development of educational innovations.', ka: 'კრიტიკულად აანალიზებს ხელოვნური ინტელექტის ღირებულებას კვლევასა და საგანმანათლებლო ინოვაციების განვითარებაში.' },
  { domain: 'skills', en: 'Analyses AI-generated outputs to evaluate the accuracy of research data.', ka: 'აანალიზებს ხელოვნური ინტელექტის მიერ გენერირებულ შედეგებს კვლევითი მონაცემების სიზუსტის შესაფასებლად.' },
  { domain: 'skills', en: 'Designs an AI-based research plan for a higher education research project, integrating principles of ethics and academic integrity.', ka: 'შეიმუშავებს ხელოვნურ ინტელექტზე დაფუძნებულ კვლევის გეგმას უმაღლესი განათლების კვლევითი პროექტისთვის, რომელშიც ინტეგრირებულია ეთიკისა და აკადემიური კეთილსინდისიერების პრინციპები.' },
  { domain: 'responsibility', en: 'Manages their own research process using AI, making independent decisions regarding ethical issues in higher education.', ka: 'მართავს საკუთარ კვლევით პროცესს ხელოვნური ინტელექტის გამოყენებით და დამოუკიდებლად იღებს გადაწყვეტილებებს უმაღლეს განათლებაში ეთიკურ საკითხებთან დაკავშირებით.' },
  { domain: 'responsibility', en: 'Reflects on the risks and benefits of AI use, ensuring responsible application in research skills development.', ka: 'რეფლექსიას ახდენს ხელოვნური ინტელექტის გამოყენების რისკებსა და სარგებელზე და უზრუნველყოფს მის პასუხისმგებლიან გამოყენებას კვლევითი უნარების განვითარებაში.' },
  { domain: 'responsibility', en: 'Develops an ethical framework for the use of AI in research, assumes responsibility for the reliability of results, and works autonomously within a team environment.', ka: 'შეიმუშავებს კვლევაში ხელოვნური ინტელექტის გამოყენების ეთიკურ ჩარჩოს, იღებს პასუხისმგებლობას შედეგების სანდოობაზე და მუშაობს ავტონომიურად გუნდურ გარემოში.' },
];

function analyseAll(outcomes: OutcomeInput[], claimedLevel?: 6 | 7) {
  const analyses = outcomes.map((o) => analyseOutcome(o));
  return { analyses, course: alignCourse(outcomes, analyses, claimedLevel) };
}

describe("the guide's sample course", () => {
  for (const lang of ['en', 'ka'] as const) {
    describe(lang, () => {
      const outcomes = sample.map((o) => ({ text: o[lang], lang }));
      const { analyses, course } = analyseAll(outcomes, 7);

      it('aligns with level 7, all three domains present, no outcome above 7', () => {
        expect(course.level).toBe(7);
        expect(course.domainsPresent).toEqual(['knowledge', 'skills', 'responsibility']);
        expect(course.errors).toEqual([]);
        expect(course.aboveClaimed).toEqual([]);
        for (const a of analyses) expect(a.level === null || a.level <= 7).toBe(true);
      });

      it("reads each outcome in the domain the syllabus puts it in", () => {
        expect(analyses.map((a) => a.domain)).toEqual(sample.map((o) => o.domain));
      });

      it('names the descriptor lines in the justification, in both languages', () => {
        for (const text of [course.justification.en, course.justification.ka]) {
          expect(text).toMatch(/nqf7\.knowledge\.1 = eqf7\.knowledge\.1/);
          expect(text).toMatch(/nqf7\.skills\.1 = eqf7\.skills\.1/);
          expect(text).toMatch(/nqf7\.responsibility\.\d = eqf7\.responsibility\.\d/);
        }
        expect(course.justification.en).toContain(descriptorLine('eqf7.skills.1')?.en);
        expect(course.justification.ka).toContain(descriptorLine('eqf7.skills.1')?.ka);
        expect(course.justification.ka).toMatch(/[\u10D0-\u10FF]/);
        expect(analyses[6]?.descriptorLines).toContain('eqf7.skills.1');
      });

      it('gives reasons: the verb and its Bloom category, qualifiers, autonomy', () => {
        const critically = analyses[6];
        expect(critically?.reasons.join(' ')).toMatch(/Bloom category Analyse/);
        expect(critically?.reasons.join(' ')).toMatch(/research/);
        expect(analyses[9]?.reasons.join(' ')).toMatch(/Autonomy marker/);
        for (const a of analyses) {
          expect(a.confidence).toBeGreaterThan(0);
          expect(a.confidence).toBeLessThanOrEqual(1);
          expect(a.measurable).toBe(true);
        }
      });
    });
  }
});

describe('Georgian verb forms are matched by stem', () => {
  const verbOf = (text: string) => findMatches(text, 'ka').find((m) => m.kind === 'verb')?.entryId;
  it.each([
    ['აანალიზებს მონაცემებს', 'analyse'],
    ['გააანალიზოს მონაცემები', 'analyse'],
    ['გაანალიზონ ინფორმაცია', 'analyse'],
    ['მონაცემთა ანალიზი', 'analyse'],
    ['აფასებს რისკებს', 'evaluate'],
    ['შეაფასოს შედეგები', 'evaluate'],
    ['შეაფასონ რელევანტურობა', 'evaluate'],
    ['შეიმუშავებს გეგმას', 'develop'],
    ['შეიმუშაონ მოდელები', 'develop'],
    ['გეგმავს პროექტს', 'design'],
    ['აღწერს ინსტრუმენტებს', 'describe'],
    ['აღწეროს პროცესი', 'describe'],
    ['ხსნის გამოწვევებს', 'explain'],
    ['ამოხსნას ამოცანა', 'solve'],
    ['მართავს პროცესს', 'manage'],
    ['იღებს პასუხისმგებლობას შედეგებზე', 'take-responsibility'],
  ])('%s → %s', (text, verb) => {
    expect(verbOf(text)).toBe(verb);
  });

  it('does not read an adjective or a longer word as a verb', () => {
    expect(verbOf('გამოყენებითი მათემატიკა')).toBeUndefined();
    expect(verbOf('მიმართავს კოლეგას')).not.toBe('manage');
  });

  it('places a Georgian outcome in the same domain and level as its English twin', () => {
    const en = analyseOutcome({ text: 'Critically analyses research data and evaluates its reliability.', lang: 'en' });
    const ka = analyseOutcome({ text: 'კრიტიკულად აანალიზებს კვლევის მონაცემებს და აფასებს მათ სანდოობას.', lang: 'ka' });
    expect(ka.domain).toBe(en.domain);
    expect(ka.level).toBe(en.level);
  });
});

describe('non-measurable verbs', () => {
  it.each([
    ['Understands the principles of data protection.', 'en'],
    ['Knows the main AI tools used in research.', 'en'],
    ['Is aware of ethical issues in research.', 'en'],
    ['Appreciates the value of teamwork.', 'en'],
    ['იცის კვლევის ძირითადი მეთოდები.', 'ka'],
    ['ესმის მონაცემთა დაცვის პრინციპები.', 'ka'],
    ['აცნობიერებს კვლევის ეთიკურ საკითხებს.', 'ka'],
    ['გააჩნია წარმოდგენა ხელოვნური ინტელექტის ინსტრუმენტებზე.', 'ka'],
  ] as const)('flags "%s" with measurable suggestions', (text, lang) => {
    const a = analyseOutcome({ text, lang });
    expect(a.measurable).toBe(false);
    expect(a.suggestions?.length).toBeGreaterThan(0);
    expect(a.reasons.join(' ')).toMatch(/cannot be observed/);
  });

  it('lists them in the course report', () => {
    const outcomes: OutcomeInput[] = [
      { text: 'Understands the principles of data protection.', lang: 'en' },
      { text: 'Designs a data protection plan for a research project.', lang: 'en' },
    ];
    expect(analyseAll(outcomes).course.notMeasurable).toEqual([0]);
  });
});

describe('course alignment', () => {
  it('reports a missing domain as an error', () => {
    const { course } = analyseAll([
      { text: 'Describes the stages of the data analytics life cycle.', lang: 'en' },
      { text: 'Analyses business data with statistical methods to identify trends.', lang: 'en' },
    ]);
    expect(course.missingDomains).toEqual(['responsibility']);
    expect(course.errors).toEqual([expect.objectContaining({ code: 'missing_domain', domain: 'responsibility' })]);
    expect(course.justification.en).toMatch(/Error: missing domain/);
    expect(course.justification.ka).toMatch(/შეცდომა/);
  });

  it('notes outcomes below the claimed level and flags those above', () => {
    const { analyses, course } = analyseAll(
      [
        { text: 'Installs and configures office software under supervision.', lang: 'en' },
        { text: 'Designs an original research programme that extends the frontier of knowledge in the field.', lang: 'en' },
        { text: 'Critically evaluates current research on learning analytics.', lang: 'en' },
        { text: 'Takes responsibility for leading a research team and its strategic decisions.', lang: 'en' },
      ],
      7,
    );
    expect(analyses[0]?.level).toBe(5);
    expect(analyses[1]?.level).toBe(8);
    expect(course.belowClaimed).toContain(0);
    expect(course.aboveClaimed).toEqual([1]);
  });

  it('says "could not determine" rather than guess', () => {
    const a = analyseOutcome({ text: 'Mobile applications and services.', lang: 'en' });
    expect(a.level).toBeNull();
    expect(a.confidence).toBeLessThan(0.3);
  });

  it('states in the data that the NQF text stands in from the EQF', () => {
    const nqf = frameworkInfo('nqf-ge');
    expect(nqf.officialTextAvailable).toBe(false);
    expect(nqf.source).toMatch(/EQF 2017 descriptor standing in for the Georgian NQF \(Order 69\/n\) text, which was not available/);
    expect(descriptorLine('nqf7.skills.1')?.standsInFor).toBe('eqf7.skills.1');
  });
});

describe('bad input', () => {
  const errorsFor = (outcomes: OutcomeInput[]) => {
    try {
      validateOutcomes(outcomes);
      return [];
    } catch (error) {
      expect(error).toBeInstanceOf(ValidationError);
      return (error as ValidationError).errors;
    }
  };

  it('names the empty outcome by its index', () => {
    expect(errorsFor([{ text: 'Describes AI tools.', lang: 'en' }, { text: '   ', lang: 'en' }])).toEqual([
      expect.objectContaining({ path: 'outcomes.1.text', code: 'required' }),
    ]);
  });

  it('rejects text in neither language, or in the other one', () => {
    expect(errorsFor([{ text: 'Описывает основные инструменты искусственного интеллекта.', lang: 'en' }])[0]).toMatchObject({ path: 'outcomes.0.text', code: 'unsupported_language' });
    expect(errorsFor([{ text: 'Описывает основные инструменты искусственного интеллекта.', lang: 'ka' }])[0]).toMatchObject({ code: 'wrong_language' });
    expect(errorsFor([{ text: 'Beschreibt die wichtigsten Werkzeuge künstlicher Intelligenz.', lang: 'en' }])[0]).toMatchObject({ code: 'unsupported_language' });
    expect(errorsFor([{ text: 'აღწერს ხელოვნური ინტელექტის ინსტრუმენტებს.', lang: 'en' }])[0]).toMatchObject({ code: 'wrong_language' });
    expect(errorsFor([{ text: 'Describes the main AI tools.', lang: 'ka' }])[0]).toMatchObject({ code: 'wrong_language' });
  });

  it('accepts Latin names inside a Georgian outcome', () => {
    expect(errorsFor([{ text: 'იყენებს ChatGPT-ს და Google Scholar-ს ლიტერატურის მიმოხილვისთვის.', lang: 'ka' }])).toEqual([]);
  });

  it('rejects an outcome of more than 150 words', () => {
    const long = Array.from({ length: 151 }, () => 'analyse').join(' ');
    expect(errorsFor([{ text: long, lang: 'en' }])[0]).toMatchObject({ path: 'outcomes.0.text', code: 'too_long' });
  });

  it('rejects an empty list and more than 100 outcomes', () => {
    expect(errorsFor([])[0]).toMatchObject({ path: 'outcomes' });
    const many = Array.from({ length: 101 }, () => ({ text: 'Describes AI tools.', lang: 'en' as const }));
    expect(errorsFor(many)[0]).toMatchObject({ path: 'outcomes', code: 'too_many' });
  });
});

describe('level rules read by the EQF descriptors', () => {
  const read = (text: string, lang: 'en' | 'ka' = 'en') => analyseOutcome({ text, lang });

  it('takes a verb directly before a noun as the object, not as a second action', () => {
    const analysis = read('Apply Design Thinking when planning a user interface.');
    expect(analysis.verb?.bloom).toBe('apply');
    expect(analysis.reasons.some((r) => r.includes('"Design"'))).toBe(false);
    // Coordinated verbs are still read together.
    expect(read('Design, implement and evaluate a solution.').reasons.some((r) => r.includes('"Design"'))).toBe(true);
  });

  it('does not read acquiring new knowledge as developing it (EQF 7), in either language', () => {
    expect(read('Acquire new knowledge and skills independently after graduation.').level).toBe(6);
    expect(read('დამოუკიდებლად მოიპოვონ ახალი ცოდნა და უნარები კურსდამთავრების შემდეგ', 'ka').level).toBe(6);
    expect(read('Develop new knowledge and procedures through research.').level).toBe(7);
    expect(read('ახალი ცოდნის შექმნა სამეცნიერო კვლევის გზით', 'ka').level).toBe(7);
  });

  it('reads "strategic" (EQF 7) but not a problem-solving "strategy"', () => {
    expect(read('Choose suitable methods for the resolution strategy of a complex problem.').level).toBe(6);
    expect(read('Lead work contexts that require new strategic approaches.').level).toBe(7);
  });

  it('weighs a light context marker against the verb, the object winning a tie', () => {
    const analysis = read('Create a test plan and install the software to industry standards.');
    expect(analysis.level).toBe(5);
    expect(analysis.reasons.some((r) => r.includes('industry standards'))).toBe(true);
  });

  it('reads a deeper understanding as in-depth knowledge', () => {
    expect(read('Gain a deeper understanding of one or more programming paradigms.').level).toBe(7);
  });
});

describe('responsibility content without an autonomy word (broadened labelled set, issue 8)', () => {
  const domainOf = (text: string, lang: 'en' | 'ka' = 'en') => analyseOutcome({ text, lang }).domain;

  it('reads reviewing one\'s own and others\' work as responsibility (EQF 5: "review and develop performance of self and others")', () => {
    expect(domainOf('Critique the work of others during studio reviews.')).toBe('responsibility');
    expect(domainOf('Evaluate own work against the brief and revise it.')).toBe('responsibility');
    expect(domainOf('აფასებს სხვების ნამუშევრებს სტუდიურ განხილვებზე', 'ka')).toBe('responsibility');
    // The same verbs on a technical object stay skills.
    expect(domainOf('Critique the structure of a bridge design.')).toBe('skills');
  });

  it("reads developing one's own knowledge and competence as responsibility (managing one's own learning)", () => {
    expect(domainOf('Extend their professional competence into unfamiliar areas of practice.')).toBe('responsibility');
    expect(domainOf('Deepen their knowledge of tax law through self-study.')).toBe('responsibility');
    expect(domainOf('ავითარებს საკუთარ ცოდნას საგადასახადო სამართალში', 'ka')).toBe('responsibility');
  });

  it('reads acting on ethical and professional issues as responsibility, whatever the verb', () => {
    expect(domainOf('Identify the ethical issues raised by a clinical trial protocol.')).toBe('responsibility');
    expect(domainOf('Demonstrate professional practices when dealing with clients.')).toBe('responsibility');
    expect(domainOf('ამოიცნობს ეთიკურ საკითხებს კლინიკური კვლევის ოქმში', 'ka')).toBe('responsibility');
    // Explaining ethics as a topic stays knowledge (the guide's sample: "Explains ethical challenges").
    expect(domainOf('Explains the ethical challenges of genome editing.')).toBe('knowledge');
  });
});

describe('stems that name a result, not an action', () => {
  const read = (text: string) => analyseOutcome({ text, lang: 'en' });

  it('does not read "have acquired" or "has developed" as the learner\'s action', () => {
    expect(read('Graduates will have acquired a sound knowledge of contract law.').domain).toBe('knowledge');
    expect(read('Upon completion, graduates, depending on their track will have acquired broad knowledge of rail signalling.').domain).toBe('knowledge');
    expect(read('The learner has developed the ability to audit financial statements.').domain).toBe('skills');
    expect(read('The student has developed a reflective attitude towards their own teaching.').domain).toBe('responsibility');
    expect(read('Students have acquired advanced proficiency in written Spanish.').domain).toBe('skills');
  });

  it('reads "will have a ... knowledge" as knowledge, and a bare "have knowledge of" stays not measurable', () => {
    // The head noun sits far from the start, past where a noun-phrase statement is looked for.
    expect(read('The student will have a broad, critical and well-grounded theoretical knowledge of maritime law.').domain).toBe('knowledge');
    expect(read('Have knowledge of maritime law.').measurable).toBe(false);
  });

  it('strips a list stem joined to its item, so a word in the stem is not read as the verb', () => {
    const a = read('A graduate of the Masters programme will be able to: summarise the main schools of economic thought.');
    expect(a.verb?.text.toLowerCase()).toBe('summarise');
    expect(a.domain).toBe('knowledge');
    // "studied" in the stem is not the outcome's (non-measurable) verb.
    expect(read('By the end of the course, a participant who has studied the literature will be able to: design a survey.').measurable).toBe(true);
  });

  it('strips a subject stem that ends in a colon, so "program" in it is not read as the verb', () => {
    const a = read('Graduate of the program: summarises the main schools of economic thought.');
    expect(a.verb?.text.toLowerCase()).toBe('summarises');
    expect(a.domain).toBe('knowledge');
    expect(read('The doctoral candidate: designs a longitudinal survey.').verb?.text.toLowerCase()).toBe('designs');
    // A verb followed by a colon is not a stem.
    expect(read('Supervise students: plan their placements.').verb?.text.toLowerCase()).toBe('supervise');
  });
});

describe('verbs added for the broadened set', () => {
  const verbOf = (text: string, lang: 'en' | 'ka' = 'en') => findMatches(text, lang).find((m) => m.kind === 'verb')?.entryId;

  it.each([
    ['Master the statistical software used in epidemiology.', 'en', 'master'],
    ['Handle incomplete and inconsistent survey data.', 'en', 'solve'],
    ['Tackle scheduling problems with heuristics.', 'en', 'solve'],
    ['Debate policy options in a public forum.', 'en', 'communicate'],
    ['უმკლავდება არასრულ მონაცემებს', 'ka', 'solve'],
    ['თვისებრივი კვლევის მეთოდებს ფლობს', 'ka', 'master'],
    ['ფლობს მეთოდებს თვისებრივი კვლევისთვის', 'ka', 'master'],
  ] as const)('%s → %s', (text, lang, verb) => {
    expect(verbOf(text, lang)).toBe(verb);
  });

  it('reads mastering a tool as a skill', () => {
    expect(analyseOutcome({ text: 'Master the statistical software used in epidemiology.', lang: 'en' }).domain).toBe('skills');
  });
});

describe('level markers from the EQF 7 and 8 descriptors (broadened labelled set, issue 8)', () => {
  const levelOf = (text: string, lang: 'en' | 'ka' = 'en') => analyseOutcome({ text, lang }).level;

  it('reads work judged at an international standard as EQF 8 (research at the frontier)', () => {
    expect(levelOf('Conduct fieldwork in marine ecology at an international standard.')).toBe(8);
    expect(levelOf('Publish findings through internationally recognised journals.')).toBe(8);
    expect(levelOf('ატარებს საველე კვლევას საერთაშორისო დონეზე', 'ka')).toBe(8);
  });

  it('reads challenging established knowledge and new theories as EQF 8 ("extend and redefine existing knowledge")', () => {
    expect(levelOf('Challenge established knowledge in structural geology.')).toBe(8);
    expect(levelOf('Propose new theories of urban migration.')).toBe(8);
    expect(levelOf('გვთავაზობს ახალ თეორიებს ურბანული მიგრაციის შესახებ', 'ka')).toBe(8);
  });

  it('reads knowledge at the forefront as EQF 8, and only "some of which is at the forefront" as EQF 7', () => {
    expect(levelOf('Demonstrate knowledge at the forefront of computational linguistics.')).toBe(8);
    expect(levelOf('Demonstrate highly specialised knowledge, some of which is at the forefront of computational linguistics.')).toBe(7);
  });

  it('reads "scientific" as a research context (EQF 7) in English as the Georgian list already does', () => {
    expect(levelOf('Critically assess scientific literature on soil remediation.')).toBe(7);
    expect(levelOf('კრიტიკულად აფასებს სამეცნიერო ლიტერატურას ნიადაგის გაწმენდის შესახებ', 'ka')).toBe(7);
  });

  it('reads knowledge from other fields as EQF 7 ("integrate knowledge from different fields")', () => {
    expect(levelOf('Apply methods from other disciplines to a water management plan.')).toBe(7);
    expect(levelOf('Compare flood risk approaches drawn from other fields.')).toBe(7);
    expect(levelOf('იყენებს სხვა დისციპლინების მეთოდებს წყლის მართვის გეგმაში', 'ka')).toBe(7);
  });

  it('does not let a marker qualified as basic point above level 5', () => {
    const a = analyseOutcome({ text: 'Demonstrate basic leadership skills in a small team.', lang: 'en' });
    expect(a.level).toBe(5);
    expect(a.reasons.join(' ')).toMatch(/qualified as basic/);
    expect(levelOf('Demonstrate leadership in a project team.')).toBe(7);
  });

  it('reads broad knowledge of a field as EQF 6', () => {
    expect(levelOf('Has broad knowledge of marine food webs.')).toBe(6);
    expect(levelOf('ფართო ცოდნა აქვს საზღვაო კვებით ჯაჭვებზე', 'ka')).toBe(6);
  });
});

describe('more stems and noun-phrase statements', () => {
  const read = (text: string) => analyseOutcome({ text, lang: 'en' });

  it('removes a leading discourse marker ("In particular,") before the subject', () => {
    expect(read('In particular, the graduate will have a sound and well-grounded practical knowledge of hospital budgeting.').domain).toBe('knowledge');
  });

  it('flags "The candidate is familiar with" / "is aware of" as not measurable, with the subject removed', () => {
    for (const text of ['The candidate is familiar with several corpus tools.', 'The learner is aware of the main sources of bias in surveys.']) {
      const a = read(text);
      expect(a.measurable).toBe(false);
      expect(a.domain).toBe('knowledge');
    }
  });

  it('weighs autonomy words in the object of a knowledge statement as content, not as the outcome\'s autonomy', () => {
    expect(read('Sound knowledge of leadership and team management in hospitals.').domain).toBe('knowledge');
    // The same words as the learner's own conduct stay responsibility.
    expect(read('Lead a ward team and take responsibility for its decisions.').domain).toBe('responsibility');
  });
});

describe('marker phrases in the singular and the plural', () => {
  it('matches the last word of a marker phrase in either number', () => {
    const ids = (text: string) => findMatches(text, 'en').filter((m) => m.kind === 'qualifier').map((m) => m.entryId);
    expect(ids('Derive hypotheses from a theoretical framework.')).toContain('in-depth');
    expect(ids('Compare two theoretical frameworks.')).toContain('in-depth');
    expect(ids('Follow a standard procedure for sampling.')).toContain('basic');
    expect(analyseOutcome({ text: 'Derive testable hypotheses from a theoretical framework.', lang: 'en' }).level).toBe(7);
  });
});
