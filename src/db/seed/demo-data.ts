// Demo data for the public e-registry: fictional providers and their micro-credential
// courses, with published versions, one draft and rights in every state. The first course
// is the sample syllabus of the Center's Guide to Micro-Credentials (2025), section XV.
// Every provider, person, web address and e-mail here is invented (addresses use the
// reserved .example domain); "today" for the rights below is 2026-11-28.
import type { Bilingual, CourseDescription, Level } from '../../domain/course/description.js';

export interface DemoProvider {
  slug: string;
  name: Bilingual;
  kind: 'hei' | 'other';
  country: 'GE';
  region: Bilingual;
  website: string;
}

export interface DemoRight {
  kind: 'right' | 'hei-registration';
  effectiveFrom: string;
  validUntil: string | null;
  subjectToMonitoring: boolean;
  suspendedFrom: string | null;
  terminatedFrom: string | null;
}

export interface DemoCourse {
  /** stable key used by tests, e.g. 'ai-research' */
  key: string;
  providerSlug: string;
  /** published versions, oldest first (at least one); a few courses have 2 versions to show history */
  versions: CourseDescription[];
  /** an unpublished draft of a next version, on one or two courses only */
  draft?: CourseDescription;
  right: DemoRight | null;
}

// ---------------------------------------------------------------------------
// Helpers

function bi(ka: string, en: string): Bilingual {
  return { ka, en };
}

function act(ka: string, en: string, hours: number): { activity: Bilingual; hours: number } {
  return { activity: bi(ka, en), hours };
}

const level6: Level = { nqf: 6, eqf: 6, qfEheaCycle: 'first' };
const level7: Level = { nqf: 7, eqf: 7, qfEheaCycle: 'second' };

/** The last day of a two-year right: the effective date plus two years, minus one day. */
function twoYearsFrom(effectiveFrom: string): string {
  const [y, m, d] = effectiveFrom.split('-').map(Number) as [number, number, number];
  const end = new Date(Date.UTC(y + 2, m - 1, d - 1));
  return end.toISOString().slice(0, 10);
}

function right(
  effectiveFrom: string,
  options: { monitoring?: boolean; suspendedFrom?: string; terminatedFrom?: string } = {},
): DemoRight {
  return {
    kind: 'right',
    effectiveFrom,
    validUntil: twoYearsFrom(effectiveFrom),
    subjectToMonitoring: options.monitoring ?? false,
    suspendedFrom: options.suspendedFrom ?? null,
    terminatedFrom: options.terminatedFrom ?? null,
  };
}

function heiRegistration(effectiveFrom: string): DemoRight {
  return {
    kind: 'hei-registration',
    effectiveFrom,
    validUntil: null,
    subjectToMonitoring: false,
    suspendedFrom: null,
    terminatedFrom: null,
  };
}

function deliveredBy(
  provider: DemoProvider,
): Pick<CourseDescription, 'deliveringInstitutions' | 'awardingBodies' | 'country' | 'region'> {
  return {
    deliveringInstitutions: [provider.name],
    awardingBodies: [provider.name],
    country: provider.country,
    region: provider.region,
  };
}

const nceqeRight = bi(
  'განხორციელების უფლების მიმნიჭებელი უფლებამოსილი ორგანო: სსიპ – განათლების ხარისხის განვითარების ეროვნული ცენტრი (ეროვნული ცენტრი).',
  'Authorised body granting the right to deliver: LEPL National Center for Educational Quality Enhancement (NCEQE).',
);

const nceqeAuthorisation = bi(
  'უმაღლესი საგანმანათლებლო დაწესებულების ავტორიზაცია — სსიპ – განათლების ხარისხის განვითარების ეროვნული ცენტრი (ეროვნული ცენტრი); მიკროკრედენციალი ხორციელდება დაწესებულების ავტორიზაციის ფარგლებში და რეგისტრირებულია ეროვნულ ცენტრში.',
  'Institutional authorisation of the higher education institution by the LEPL National Center for Educational Quality Enhancement (NCEQE); the micro-credential is delivered within the scope of that authorisation and registered with NCEQE.',
);

const grading100 = bi(
  'საქართველოს კრედიტების სისტემის 100-ქულიანი სკალა: A (91–100) ფრიადი, B (81–90) ძალიან კარგი, C (71–80) კარგი, D (61–70) დამაკმაყოფილებელი, E (51–60) საკმარისი; FX (41–50) ვერ ჩააბარა — მსმენელს ეძლევა დამატებით გამოცდაზე გასვლის უფლება; F (0–40) ჩაიჭრა. კრედიტი ენიჭება 51 ან მეტი ქულის შემთხვევაში.',
  'The 100-point scale of the Georgian credit system: A (91–100) excellent, B (81–90) very good, C (71–80) good, D (61–70) satisfactory, E (51–60) sufficient; FX (41–50) did not pass, one additional examination allowed; F (0–40) failed. Credits are awarded for 51 points or more.',
);

const gradingPassFail = bi(
  'ჩათვლა/არჩათვლა: ჩათვლისთვის საჭიროა შეფასების თითოეულ კომპონენტში მაქსიმალური ქულის არანაკლებ 70%-ის მიღება.',
  'Pass/fail: a pass requires at least 70% of the maximum score in each assessment component.',
);

const gel = (lari: number): { amountMinor: number; currency: string } => ({ amountMinor: lari * 100, currency: 'GEL' });

// ---------------------------------------------------------------------------
// Providers (fictional)

const tbilisi = bi('თბილისი', 'Tbilisi');

const mtkvari: DemoProvider = {
  slug: 'mtkvari-university',
  name: bi('მტკვრის უნივერსიტეტი', 'Mtkvari University'),
  kind: 'hei',
  country: 'GE',
  region: tbilisi,
  website: 'https://www.mtkvari-university.example',
};

const rioni: DemoProvider = {
  slug: 'rioni-university',
  name: bi('რიონის უნივერსიტეტი', 'Rioni University'),
  kind: 'hei',
  country: 'GE',
  region: bi('ქუთაისი', 'Kutaisi'),
  website: 'https://www.rioni-university.example',
};

const chorokhi: DemoProvider = {
  slug: 'chorokhi-university',
  name: bi('ჭოროხის უნივერსიტეტი', 'Chorokhi University'),
  kind: 'hei',
  country: 'GE',
  region: bi('ბათუმი', 'Batumi'),
  website: 'https://www.chorokhi-university.example',
};

const alazani: DemoProvider = {
  slug: 'alazani-valley-university',
  name: bi('ალაზნის ველის უნივერსიტეტი', 'Alazani Valley University'),
  kind: 'hei',
  country: 'GE',
  region: bi('თელავი', 'Telavi'),
  website: 'https://www.alazani-university.example',
};

const digitalBridge: DemoProvider = {
  slug: 'digital-bridge-academy',
  name: bi('ციფრული ხიდის IT აკადემია', 'Digital Bridge IT Academy'),
  kind: 'other',
  country: 'GE',
  region: tbilisi,
  website: 'https://www.digital-bridge-academy.example',
};

const reportingAssociation: DemoProvider = {
  slug: 'financial-reporting-association',
  name: bi('ფინანსური ანგარიშგების პროფესიონალთა ასოციაცია', 'Association of Financial Reporting Professionals'),
  kind: 'other',
  country: 'GE',
  region: tbilisi,
  website: 'https://www.reporting-professionals.example',
};

const kolkheti: DemoProvider = {
  slug: 'kolkheti-training-centre',
  name: bi('კოლხეთის პროფესიული სასწავლო ცენტრი', 'Kolkheti Professional Training Centre'),
  kind: 'other',
  country: 'GE',
  region: bi('ზუგდიდი', 'Zugdidi'),
  website: 'https://www.kolkheti-centre.example',
};

const nursingAssociation: DemoProvider = {
  slug: 'nursing-development-association',
  name: bi('ექთანთა პროფესიული განვითარების ასოციაცია', 'Association for Nursing Professional Development'),
  kind: 'other',
  country: 'GE',
  region: bi('ქუთაისი', 'Kutaisi'),
  website: 'https://www.nursing-development.example',
};

export const demoProviders: DemoProvider[] = [
  mtkvari,
  rioni,
  chorokhi,
  alazani,
  digitalBridge,
  reportingAssociation,
  kolkheti,
  nursingAssociation,
];

// ---------------------------------------------------------------------------
// 1. The Guide's sample syllabus (section XV), reproduced as a course of Mtkvari University.

const aiResearch: CourseDescription = {
  title: bi(
    'ხელოვნური ინტელექტის გამოყენება უმაღლეს განათლებაში კვლევითი უნარების განვითარებისთვის',
    'AI for Enhancing Research Skills in Higher Education',
  ),
  ...deliveredBy(mtkvari),
  learningOutcomes: {
    knowledge: [
      bi(
        'აღწერს ხელოვნური ინტელექტის (AI) ძირითად ინსტრუმენტებს (მაგ., ChatGPT, Grok, Google Scholar AI) და მათ როლს უმაღლეს განათლებაში კვლევითი პროცესების გაუმჯობესებაში.',
        'Describes the main artificial intelligence (AI) tools (e.g., ChatGPT, Grok, Google Scholar AI) and their role in enhancing research processes in higher education.',
      ),
      bi(
        'ხსნის ხელოვნური ინტელექტის ეთიკურ გამოწვევებს, როგორებიცაა მონაცემთა კონფიდენციალურობა და პლაგიატი, უმაღლესი განათლების კონტექსტში.',
        'Explains ethical challenges of AI, such as data privacy and plagiarism, in the context of higher education.',
      ),
      bi(
        'აჯამებს ხელოვნური ინტელექტის უპირატესობებსა და შეზღუდვებს კვლევითი უნარების განვითარებისთვის, მათ შორის მონაცემთა ანალიზისა და ლიტერატურის მოძიების კუთხით.',
        'Summarises the benefits and limitations of AI for developing research skills, including data analysis and literature search.',
      ),
      bi(
        'განმარტავს კვლევით პროექტებში გამოყენებულ ძირითად ტერმინებსა და ცნებებს, როგორებიცაა მანქანური სწავლება და ბუნებრივი ენის დამუშავება.',
        'Defines key terms and concepts — such as machine learning and natural language processing — used in research projects.',
      ),
    ],
    skills: [
      bi(
        'იყენებს ხელოვნური ინტელექტის ინსტრუმენტებს (მაგ., Semantic Scholar, Connected Papers, Research Rabbit, Google Dataset Search და სხვ.) უმაღლესი განათლების კვლევით პროექტებში ლიტერატურის მიმოხილვისა და მონაცემთა ვიზუალიზაციისთვის.',
        'Uses AI tools (e.g., Semantic Scholar, Connected Papers, Research Rabbit, Google Dataset Search, etc.) for literature review and data visualisation in higher education research projects.',
      ),
      bi(
        'ავითარებს ციფრული წიგნიერების უნარებს ხელოვნური ინტელექტის ინსტრუმენტების გამოყენების შესწავლისა და კვლევის გზით.',
        'Develops digital literacy skills through exploration and research on the use of AI tools.',
      ),
      bi(
        'კრიტიკულად აანალიზებს ხელოვნური ინტელექტის ღირებულებას კვლევასა და საგანმანათლებლო ინოვაციების განვითარებაში.',
        'Critically analyses the value of AI in research and in the development of educational innovations.',
      ),
      bi(
        'აანალიზებს ხელოვნური ინტელექტის მიერ გენერირებულ შედეგებს კვლევითი მონაცემების სიზუსტის შესაფასებლად.',
        'Analyses AI-generated outputs to evaluate the accuracy of research data.',
      ),
      bi(
        'შეიმუშავებს ხელოვნურ ინტელექტზე დაფუძნებულ კვლევის გეგმას უმაღლესი განათლების კვლევითი პროექტისთვის, რომელშიც ინტეგრირებულია ეთიკისა და აკადემიური კეთილსინდისიერების პრინციპები.',
        'Designs an AI-based research plan for a higher education research project, integrating principles of ethics and academic integrity.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'მართავს საკუთარ კვლევით პროცესს ხელოვნური ინტელექტის გამოყენებით და დამოუკიდებლად იღებს გადაწყვეტილებებს უმაღლეს განათლებაში ეთიკურ საკითხებთან დაკავშირებით.',
        'Manages their own research process using AI, making independent decisions regarding ethical issues in higher education.',
      ),
      bi(
        'რეფლექსიას ახდენს ხელოვნური ინტელექტის გამოყენების რისკებსა და სარგებელზე და უზრუნველყოფს მის პასუხისმგებლიან გამოყენებას კვლევითი უნარების განვითარებაში.',
        'Reflects on the risks and benefits of AI use, ensuring responsible application in research skills development.',
      ),
      bi(
        'შეიმუშავებს კვლევაში ხელოვნური ინტელექტის გამოყენების ეთიკურ ჩარჩოს, იღებს პასუხისმგებლობას შედეგების სანდოობაზე და მუშაობს ავტონომიურად გუნდურ გარემოში.',
        'Develops an ethical framework for the use of AI in research, assumes responsibility for the reliability of results, and works autonomously within a team environment.',
      ),
    ],
  },
  workload: {
    ects: 7,
    hoursPerEcts: 25,
    breakdown: [
      act('საკონტაქტო საათები: სინქრონული ონლაინ ვებინარები', 'Contact hours: synchronous online webinars', 50),
      act(
        'ელექტრონულ აქტივობებში მონაწილეობა: სადისკუსიო ფორუმები; პრაქტიკული დავალებები ხელოვნური ინტელექტის პლატფორმების გამოყენებით',
        'Participation in electronic activities: discussion forums; practical tasks using AI platforms',
        15,
      ),
      act(
        'ასინქრონული კონტენტი და საკითხავი მასალა: ვიდეომასალა და ლიტერატურა ხელოვნური ინტელექტის ეთიკისა და კვლევითი ინსტრუმენტების შესახებ',
        'Asynchronous content and reading: video materials and readings on AI ethics and research tools',
        100,
      ),
      act('კონსულტაციები კვლევითი პროექტის შემუშავებაზე', 'Consultations on developing the research project', 6),
      act('შეფასება: პროექტის პრეზენტაცია და რეფლექსია', 'Assessment: project presentation and reflection', 4),
    ],
  },
  level: level7,
  assessmentType: bi(
    'განმავითარებელი: წერითი ანგარიშები; ქვიზები; რეფლექსია; დისკუსიებში მონაწილეობა. შემაჯამებელი: კვლევითი პროექტი; პროექტის პრეზენტაცია; წერითი გამოცდა.',
    'Formative: written reports; quizzes; reflection; participation in discussions. Summative: research project; project presentation; written examination.',
  ),
  participationMode: 'online',
  participationDetails: bi(
    'სრულად ონლაინ (ასინქრონული + სინქრონული), Moodle-ის სასწავლო პროცესის მართვის სისტემის (LMS) პლატფორმის მეშვეობით.',
    'Fully online (asynchronous + synchronous), delivered via the Moodle LMS platform',
  ),
  qualityAssurance: {
    internal: bi(
      'ხარისხის შიდა უზრუნველყოფა: იხილეთ მტკვრის უნივერსიტეტის ხარისხის შიდა უზრუნველყოფის დებულება.',
      "Internal quality assurance: see the institution's Internal Quality Assurance Regulations (Mtkvari University).",
    ),
    external: bi(
      'ხარისხის გარე უზრუნველყოფა: განხორციელების უფლების მიმნიჭებელი უფლებამოსილი ორგანო — სსიპ – განათლების ხარისხის განვითარების ეროვნული ცენტრი (ეროვნული ცენტრი).',
      'External quality assurance: authorised body granting the right to deliver: LEPL National Center for Educational Quality Enhancement (NCEQE).',
    ),
  },
  entryRequirements: bi(
    'სრული ზოგადი განათლება ან მასთან გათანაბრებული კვალიფიკაცია; ინგლისური ენის არანაკლებ B2 დონეზე ცოდნის დამადასტურებელი დოკუმენტი; ნიშნების ფურცელი (ტრანსკრიპტი), რომელიც ადასტურებს, რომ მსმენელს გავლილი აქვს მაგისტრატურის საგანმანათლებლო პროგრამის დარგობრივი ძირითადი სავალდებულო კურსები.',
    "Full general education or an equivalent qualification; a document confirming English language proficiency at no lower than B2 level; a transcript confirming the learner's completion of the field-specific core compulsory courses of a Master's degree programme.",
  ),
  identityCheck: 'supervised-with-id',
  grading: null,
  stackability: bi(
    'მიკროკრედენციალი შესაძლებელია დაუკავშირდეს რაოდენობრივი და თვისებრივი კვლევის მეთოდების მიკროკრედენციალებსა და აკადემიური მუშაობის მიკროკრედენციალებს. ამ კურსების კომბინაციით შესაძლებელია შესაბამის უნივერსიტეტში უმაღლესი განათლების ადმინისტრირების, განათლების მენეჯმენტისა და განათლების პოლიტიკის სამაგისტრო პროგრამების კვლევით კომპონენტში 25 ECTS კრედიტამდე აღიარება.',
    "This micro-credential may be combined with micro-credentials in Quantitative and Qualitative Research Methods and with micro-credentials in Academic Work. Through the combination of these courses, it is possible to recognise up to 25 ECTS within the research component of relevant Master's degree programmes in Higher Education Administration, Education Management and Education Policy at the respective university.",
  ),
  recognitionOpportunities: bi(
    'შეთანხმების საფუძველზე, ა(ა)იპ უმაღლესი განათლების კვლევის ასოციაციის მიერ აღიარება შესაძლებელია ასევე შესაბამისი უნივერსიტეტის უმაღლესი განათლების ადმინისტრირების, განათლების მენეჯმენტისა და განათლების პოლიტიკის სამაგისტრო პროგრამებში.',
    "On the basis of an agreement, recognition may also be granted within the Master's degree programmes in Higher Education Administration, Education Management and Education Policy of the relevant university by the NNLE Association for Higher Education Research.",
  ),
  languages: ['ka'],
  contacts: [
    {
      name: 'Tamar Kiknadze',
      position: bi('მიკროკრედენციალის კურსის კოორდინატორი', 'Micro-credential course coordinator'),
      email: 'tamar.kiknadze@mtkvari-university.example',
    },
  ],
  targetAudience: bi(
    'განათლების სამაგისტრო პროგრამების სტუდენტები, რომლებიც დაინტერესებულნი არიან საგანმანათლებლო კვლევით; განათლების სფეროში კვლევით დაკავებული ასოციაციებისა და არასამთავრობო ორგანიზაციების წარმომადგენლები; დარგობრივი სამინისტროებისა და მათი დაქვემდებარებული უწყებების წარმომადგენლები, რომლებიც მუშაობენ აკადემიური განათლებისა და კვლევის სფეროებში.',
    "Master's students enrolled in education programmes who are interested in educational research; representatives of associations and non-governmental organisations involved in research in the field of education; representatives of sectoral ministries and their sub-agencies working in the areas of academic education and research.",
  ),
  targetAudienceJustification: bi(
    'ამ სამიზნე ჯგუფის განსაზღვრა უზრუნველყოფს მიკროკრედენციალის რელევანტურობას, მაღალ ჩართულობასა და პრაქტიკულ გამოყენებადობას და ხელს უწყობს მის დაგროვებადობას და უფრო ფართო კვალიფიკაციისკენ მიმავალ გზებთან კომბინირებას. 1) განათლების სამაგისტრო პროგრამების სტუდენტები კურსის უშუალო ბენეფიციარები არიან: ისინი ხშირად ახორციელებენ კვლევით პროექტებს უმაღლეს განათლებაში, სადაც ხელოვნური ინტელექტის ინტეგრირება (მაგ., მონაცემთა ანალიზი, ლიტერატურის მოძიება) გადამწყვეტია; მიკროკრედენციალი შეიძლება გამოყენებულ იქნეს სამაგისტრო კურსების მოდულურ კომპონენტად, ხოლო ტრანსფერული უნარები (ციფრული წიგნიერება, კრიტიკული ანალიზი) უშუალოდ ეხმარება მათ კვლევითი პროექტების შემუშავებაში. 2) განათლების სფეროში კვლევის განმახორციელებელი ასოციაციების წარმომადგენლები რეგულარულად იკვლევენ საგანმანათლებლო რეფორმებს და შეძლებენ შეძენილი ცოდნისა და უნარების უშუალოდ პროფესიულ კვლევით საქმიანობაში გამოყენებას; ასოციაციების ჩართულობა უზრუნველყოფს ინდუსტრიასთან თანამშრომლობას, შინაარსის რელევანტურობასა და პრაქტიკულ გამოყენებადობას. 3) საგანმანათლებლო პროგრამებზე მომუშავე არასამთავრობო ორგანიზაციები სულ უფრო ხშირად ანაცვლებენ ტრადიციულ კვლევით და ანალიტიკურ მეთოდებს ხელოვნური ინტელექტის ინსტრუმენტებით და საჭიროებენ მათთან დაკავშირებული ეთიკური და პრაქტიკული გამოწვევების გადაჭრის უნარებს; მათი ჩართვა უზრუნველყოფს მოქნილობას, არაფორმალურ განათლებაში გამოყენებას და სოციალურ ზეგავლენას თემზე დაფუძნებული პროექტების მეშვეობით. 4) დარგობრივი სამინისტროებისა და დაქვემდებარებული უწყებების წარმომადგენლები შეიმუშავებენ განათლების პოლიტიკას და საჭიროებენ გაძლიერებულ აკადემიურ და კვლევით კომპეტენციებს; მათი მონაწილეობა ხელს უწყობს საჯარო სექტორის შესაძლებლობების განვითარებას და პოლიტიკის შეფასებას, ზრდის მიკროკრედენციალის ლეგიტიმურობასა და საერთაშორისო აღიარების პოტენციალს.',
    "Defining this target audience keeps the micro-credential relevant, engaging and practically applicable, and supports its stackability and combination towards broader qualifications. 1) Students of Master's programmes in education are the direct beneficiaries: they often carry out research projects in higher education where integrating AI (e.g. data analysis, literature search) is critical; the micro-credential can serve as a modular component within Master's courses, and its transferable skills (digital literacy, critical analysis) directly support their research projects. 2) Representatives of associations conducting research in education regularly study educational reforms and can apply the knowledge and skills acquired (e.g. AI-based research design) directly in their professional research; involving the associations ensures collaboration with industry, relevance of content and practical applicability. 3) Non-governmental organisations working on educational programmes increasingly replace traditional research and analytical methods with AI tools and need the skills to address the ethical and practical challenges involved; their involvement brings flexibility, use within non-formal education and social impact through community-based projects. 4) Representatives of sectoral ministries and subordinate agencies develop education policy and need stronger academic and research competences; their participation builds public-sector capacity and supports policy evaluation, and it strengthens the legitimacy and international recognition potential of the micro-credential.",
  ),
  rationale: bi(
    'ხელოვნური ინტელექტის გამოყენებაზე ორიენტირებული მიკროკრედენციალი პასუხობს თანამედროვე უმაღლესი განათლების სისტემის რამდენიმე გამოწვევას, რომლებიც აისახება როგორც კურსდამთავრებულების, ისე მოქმედი პროფესიონალების ცოდნაში, უნარებსა და კომპეტენციებში. პირველი, კვლევითი უნარების ნაკლებობა: სტუდენტებსა და დასაქმებულებს ხშირად არ აქვთ საკმარისი ცოდნა თანამედროვე ციფრული ინსტრუმენტების შესახებ, რაც ზღუდავს მონაცემთა დამუშავებისა და ანალიტიკური მუშაობის შესაძლებლობებს; კურსი იძლევა პრაქტიკულ გამოცდილებას ხელოვნურ ინტელექტზე დაფუძნებულ პლატფორმებთან, როგორებიცაა Semantic Scholar, Research Rabbit და Google Dataset Search. მეორე, ეთიკისა და აკადემიური კეთილსინდისიერების საკითხები — პლაგიატი, მონაცემთა კონფიდენციალურობა და სანდოობის კრიტიკული შეფასება — ხშირად არასაკმარისად არის გააზრებული; კურსი ტექნიკურ უნარებთან ერთად ავითარებს ამ ინსტრუმენტების პასუხისმგებლიანი და ეთიკური გამოყენების პრინციპების გაგებას. მესამე, ციფრული წიგნიერების დაბალი დონე მნიშვნელოვანი ბარიერია როგორც კვლევითი, ისე პროფესიული საქმიანობისთვის; კურსი სისტემურად ავითარებს ციფრული წიგნიერების უნივერსალურ, ტრანსფერულ კომპეტენციებს და ზრდის მონაწილეთა კონკურენტუნარიანობას შრომის ბაზარზე. მიკროკრედენციალი ავსებს კვალიფიკაციის დეფიციტს კვლევით კომპონენტში, ხელს უწყობს ინოვაციურ მიდგომებს ტრადიციული მეთოდოლოგიების პარალელურად და აუმჯობესებს საერთაშორისო სტანდარტებთან თავსებადობას. კურსი ხორციელდება ა(ა)იპ უმაღლესი განათლების კვლევის ასოციაციის მოთხოვნით და ქმნის მდგრად საფუძველს როგორც ინდივიდუალური აკადემიური და პროფესიული ზრდის, ისე განათლების სისტემის ხარისხობრივი ტრანსფორმაციისთვის.',
    "The micro-credential responds to challenges in today's higher education system that show in the knowledge, skills and competences of both graduates and current professionals. First, a lack of research skills: learners and employees often lack sufficient knowledge of contemporary digital tools, which limits their capacity for data processing and analytical work; the course gives practical experience with AI-based platforms such as Semantic Scholar, Research Rabbit and Google Dataset Search. Second, ethics and academic integrity — plagiarism, data confidentiality and critical evaluation of reliability — often remain inadequately understood; the course builds an understanding of the responsible and ethical use of AI tools alongside technical proficiency. Third, a low level of digital literacy is a major barrier to research and professional activity; the course systematically develops universal, transferable digital literacy competences and improves participants' competitiveness in the labour market. The micro-credential addresses qualification gaps in the research component, promotes innovative AI-enabled approaches where traditional methodologies still dominate, and improves compatibility with international standards. It is implemented at the request of the NNLE Association for Higher Education Research and creates a sustainable foundation for individual academic and professional growth and for the qualitative transformation of the education system.",
  ),
  iscedField: '0111',
  durationWeeks: null,
  location: null,
  fee: gel(850),
  lmsUrl: 'https://moodle.mtkvari-university.example/course/view.php?id=412',
};

// ---------------------------------------------------------------------------
// Digital Bridge IT Academy (Tbilisi)

const digitalBridgeQa = {
  internal: bi(
    'ციფრული ხიდის IT აკადემიის ხარისხის უზრუნველყოფის სახელმძღვანელო: კურსის ყოველწლიური გადახედვა დამსაქმებელთა საბჭოსთან ერთად, მსმენელთა გამოკითხვები და შეფასების დავალებების გარე მოდერაცია მტკვრის უნივერსიტეტის აკადემიური პერსონალის მიერ (თანამშრომლობის მემორანდუმის საფუძველზე).',
    "Digital Bridge IT Academy's quality assurance manual: annual course review with the employers' board, learner surveys, and external moderation of assessment tasks by academic staff of Mtkvari University (under a memorandum of cooperation).",
  ),
  external: nceqeRight,
};

const dataAnalyticsV1: CourseDescription = {
  title: bi('მონაცემთა ანალიტიკა Python-ით ბიზნეს-გადაწყვეტილებებისთვის', 'Data Analytics with Python for Business Decisions'),
  ...deliveredBy(digitalBridge),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის მონაცემთა ანალიტიკის სასიცოცხლო ციკლის ეტაპებს — მონაცემთა შეგროვებიდან და გასუფთავებიდან მოდელირებამდე და შედეგების კომუნიკაციამდე.',
        'Explains the stages of the data analytics life cycle, from collecting and cleaning data to modelling and communicating results.',
      ),
      bi(
        'აღწერს აღწერითი და დასკვნითი სტატისტიკისა და წრფივი რეგრესიის პრინციპებს და მათი გამოყენების პირობებს.',
        'Describes the principles of descriptive and inferential statistics and of linear regression, and the conditions under which they apply.',
      ),
      bi(
        'ხსნის „პერსონალურ მონაცემთა დაცვის შესახებ“ საქართველოს კანონის მოთხოვნებს მომხმარებელთა მონაცემების დამუშავებისას.',
        "Explains the requirements of Georgia's Law on Personal Data Protection for processing customer data.",
      ),
    ],
    skills: [
      bi(
        'Python-ის (pandas) და SQL-ის გამოყენებით ასუფთავებს, გარდაქმნის და აერთიანებს სხვადასხვა წყაროდან მიღებულ მონაცემთა ნაკრებებს.',
        'Cleans, transforms and merges data sets from different sources using Python (pandas) and SQL.',
      ),
      bi(
        'სტატისტიკური მეთოდებით აანალიზებს ბიზნეს-მონაცემებს ტენდენციების, კავშირებისა და ანომალიების გამოსავლენად.',
        'Analyses business data with statistical methods to identify trends, relationships and anomalies.',
      ),
      bi(
        'ქმნის ინტერაქტიულ დაფებს (dashboard) და მიგნებებსა და რეკომენდაციებს წარუდგენს არასპეციალისტ გადაწყვეტილების მიმღებებს.',
        'Builds interactive dashboards and presents findings and recommendations to non-specialist decision-makers.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას საკუთარი ანალიზის ხარისხზე, განმეორებადობასა და დოკუმენტირებაზე.',
        'Takes responsibility for the quality, reproducibility and documentation of their own analyses.',
      ),
      bi(
        'დამოუკიდებლად გეგმავს და ახორციელებს მცირე ანალიტიკურ პროექტს და პერსონალურ მონაცემებს კანონიერად და ეთიკურად ამუშავებს.',
        'Plans and carries out a small analytics project independently, handling personal data lawfully and ethically.',
      ),
    ],
  },
  workload: {
    ects: 6,
    hoursPerEcts: 25,
    breakdown: [
      act('ლაბორატორიული მეცადინეობები აკადემიაში', 'Lab sessions at the academy', 40),
      act('ონლაინ მოდულები და დამოუკიდებელი სწავლა', 'Online modules and self-study', 50),
      act('საფინალო პროექტი რეალური კომპანიის მონაცემებზე', 'Capstone project on a real company data set', 50),
      act('კონსულტაციები მენტორთან', 'Consultations with a mentor', 6),
      act('შეფასება: პრაქტიკული ტესტი და პროექტის პრეზენტაცია', 'Assessment: practical test and project presentation', 4),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: ყოველკვირეული ლაბორატორიული სავარჯიშოები, კოდის ურთიერთმიმოხილვა. შემაჯამებელი: საფინალო პროექტი (60%), დაფის პრეზენტაცია (20%), პრაქტიკული ტესტი (20%).',
    'Formative: weekly lab exercises, peer code review. Summative: capstone project (60%), dashboard presentation (20%), practical test (20%).',
  ),
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: ყოველკვირეული საღამოს ლაბორატორიული მეცადინეობები აკადემიაში (თბილისი) და საკუთარი ტემპით გასავლელი ონლაინ მოდულები.',
    'Blended: weekly evening lab sessions at the academy in Tbilisi and self-paced online modules.',
  ),
  qualityAssurance: digitalBridgeQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი ან საბაკალავრო პროგრამის არანაკლებ 180 ECTS კრედიტი; ელექტრონულ ცხრილებთან მუშაობის საბაზისო უნარები; ინგლისური ენის B1 დონე ტექნიკური დოკუმენტაციის წასაკითხად.',
    "A Bachelor's degree or at least 180 ECTS of Bachelor's studies; basic spreadsheet skills; English at B1 for reading technical documentation.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: null,
  recognitionOpportunities: bi(
    'მტკვრის უნივერსიტეტთან გაფორმებული მემორანდუმის საფუძველზე შესაძლებელია 6 ECTS კრედიტის აღიარება ბიზნესის ადმინისტრირების საბაკალავრო პროგრამის არჩევით კომპონენტში.',
    "Under a memorandum with Mtkvari University, 6 ECTS may be recognised in the elective component of its Bachelor's programme in Business Administration.",
  ),
  languages: ['ka', 'en'],
  contacts: [
    {
      name: 'Giorgi Lomidze',
      position: bi('მონაცემთა ანალიტიკის მიმართულების ხელმძღვანელი', 'Head of Data Analytics'),
      email: 'giorgi.lomidze@digital-bridge-academy.example',
    },
  ],
  targetAudience: bi(
    'ქართული კომპანიებისა და საჯარო უწყებების ანალიტიკოსები, ბუღალტრები, მარკეტინგისა და ოპერაციების თანამშრომლები, რომლებიც მონაცემებთან ელექტრონულ ცხრილებში მუშაობენ და სურთ ანალიზის ავტომატიზაცია და გაღრმავება.',
    'Analysts, accountants, marketing and operations staff in Georgian companies and public agencies who work with data in spreadsheets and want to automate and deepen their analysis.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'საბანკო, საცალო ვაჭრობისა და ტელეკომუნიკაციების სექტორის დამსაქმებლები მიუთითებენ იმ კადრების ნაკლებობაზე, რომლებსაც შეუძლიათ მონაცემების გადაწყვეტილებებად გარდაქმნა. კურსი შემუშავდა თბილისის სამი კომპანიის წარმომადგენლებისგან შემდგარ დამსაქმებელთა საბჭოსთან ერთად.',
    'Employers in banking, retail and telecommunications report a shortage of staff who can turn data into decisions. The course was designed with an employers’ board of three Tbilisi companies.',
  ),
  iscedField: '0542',
  durationWeeks: 10,
  location: bi('ციფრული ხიდის IT აკადემიის სასწავლო ცენტრი, თბილისი', 'Digital Bridge IT Academy training centre, Tbilisi'),
  fee: gel(900),
  lmsUrl: 'https://learn.digital-bridge-academy.example/courses/data-analytics',
};

/** Version 2: more time on the capstone project, less in lab sessions and self-study. */
const dataAnalyticsV2: CourseDescription = {
  ...dataAnalyticsV1,
  workload: {
    ects: 6,
    hoursPerEcts: 25,
    breakdown: [
      act('ლაბორატორიული მეცადინეობები აკადემიაში', 'Lab sessions at the academy', 36),
      act('ონლაინ მოდულები და დამოუკიდებელი სწავლა', 'Online modules and self-study', 44),
      act('საფინალო პროექტი რეალური კომპანიის მონაცემებზე', 'Capstone project on a real company data set', 60),
      act('კონსულტაციები მენტორთან', 'Consultations with a mentor', 6),
      act('შეფასება: პრაქტიკული ტესტი და პროექტის პრეზენტაცია', 'Assessment: practical test and project presentation', 4),
    ],
  },
  durationWeeks: 12,
};

const cybersecuritySoc: CourseDescription = {
  title: bi('უსაფრთხოების ოპერაციების ცენტრის (SOC) ანალიტიკოსი', 'Security Operations Centre (SOC) Analyst'),
  ...deliveredBy(digitalBridge),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის გავრცელებულ შეტევის ტექნიკებს და მათ დაკავშირებას MITRE ATT&CK ჩარჩოსთან.',
        'Explains common attack techniques and how they map to the MITRE ATT&CK framework.',
      ),
      bi(
        'აღწერს ქსელისა და საბოლოო მოწყობილობების მონიტორინგის არქიტექტურას და SIEM სისტემების როლს უსაფრთხოების ოპერაციების ცენტრში.',
        'Describes the architecture of network and endpoint monitoring and the role of SIEM systems in a security operations centre.',
      ),
      bi(
        'ხსნის „ინფორმაციული უსაფრთხოების შესახებ“ საქართველოს კანონის მოთხოვნებს კრიტიკული ინფორმაციული სისტემის სუბიექტებისთვის, მათ შორის ინციდენტების შესახებ ინფორმირების ვალდებულებას.',
        "Explains the requirements of Georgia's Law on Information Security for operators of critical information systems, including the duty to report incidents.",
      ),
    ],
    skills: [
      bi(
        'აანალიზებს ლოგებსა და ქსელურ ტრაფიკს SIEM სისტემაში უსაფრთხოების მოვლენების გამოსავლენად და პრიორიტეტების მისანიჭებლად.',
        'Analyses logs and network traffic in a SIEM to detect and triage security events.',
      ),
      bi(
        'იყენებს ინციდენტზე რეაგირების სცენარს (playbook) იმიტირებული შეღწევის შესაჩერებლად და გამოსაძიებლად.',
        'Applies an incident-response playbook to contain and investigate a simulated intrusion.',
      ),
      bi(
        'წერს გამოვლენის წესებსა და ინციდენტის ანგარიშებს ტექნიკური და მენეჯერული აუდიტორიისთვის.',
        'Writes detection rules and incident reports for technical and managerial readers.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'ცვლის გუნდში, დროის სიმწირის პირობებში, იღებს გადაწყვეტილებებს ინციდენტების ესკალაციის შესახებ და პასუხს აგებს მათზე.',
        'Takes responsibility for decisions on escalating incidents within a shift team under time pressure.',
      ),
      bi(
        'მგრძნობიარე მონაცემებთან და მტკიცებულებებთან მუშაობისას მოქმედებს პროფესიული ეთიკისა და კონფიდენციალურობის დაცვით.',
        'Acts in line with professional ethics and confidentiality when handling sensitive data and evidence.',
      ),
    ],
  },
  workload: {
    ects: 10,
    hoursPerEcts: 30,
    breakdown: [
      act('ლექციები', 'Lectures', 30),
      act('ლაბორატორიული მეცადინეობები', 'Lab sessions', 90),
      act('სავარჯიშოები კიბერპოლიგონზე', 'Cyber range exercises', 60),
      act('დამოუკიდებელი სწავლა', 'Self-study', 90),
      act('გუნდური ინციდენტის სიმულაცია', 'Team incident simulation', 20),
      act('შეფასება', 'Assessment', 10),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: ლაბორატორიული ანგარიშები, „დროშის ხელში ჩაგდების“ (CTF) სავარჯიშოები. შემაჯამებელი: 8-საათიანი ინციდენტის სიმულაცია კიბერპოლიგონზე (50%), გამოვლენის წესების პორტფოლიო (30%), წერითი ტესტი (20%).',
    'Formative: lab write-ups, capture-the-flag exercises. Summative: an 8-hour incident simulation in the cyber range (50%), a portfolio of detection rules (30%), a written test (20%).',
  ),
  participationMode: 'onsite',
  participationDetails: bi(
    'პირისპირ, აკადემიის კიბერპოლიგონზე თბილისში, კვირაში ოთხი საღამო.',
    "Face-to-face in the academy's cyber range in Tbilisi, four evenings a week.",
  ),
  qualityAssurance: digitalBridgeQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი ინფორმაციული ტექნოლოგიების ან მომიჯნავე სფეროში, ან IT ადმინისტრირებაში მუშაობის ორწლიანი გამოცდილება; TCP/IP ქსელებისა და Linux-ის ბრძანებათა სტრიქონის ცოდნა (მოწმდება მისაღები ტესტით).',
    "A Bachelor's degree in ICT or a related field, or two years' work in IT administration; knowledge of TCP/IP networking and the Linux command line (checked by an entry test).",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: null,
  recognitionOpportunities: bi(
    'მტკვრის უნივერსიტეტთან გაფორმებული მემორანდუმის საფუძველზე შესაძლებელია 10 ECTS კრედიტის აღიარება კომპიუტერული მეცნიერების საბაკალავრო პროგრამის არჩევით კომპონენტში.',
    "Under a memorandum with Mtkvari University, 10 ECTS may be recognised in the elective component of its Bachelor's programme in Computer Science.",
  ),
  languages: ['ka'],
  contacts: [
    {
      name: 'Levan Japaridze',
      position: bi('კიბერუსაფრთხოების პროგრამის ხელმძღვანელი', 'Cybersecurity programme lead'),
      email: 'levan.japaridze@digital-bridge-academy.example',
    },
  ],
  targetAudience: bi(
    'IT ადმინისტრატორები და ქსელის ინჟინრები, რომლებსაც სურთ უსაფრთხოების ოპერაციების ცენტრში მუშაობა; ბანკების, ტელეკომ კომპანიებისა და საჯარო უწყებების IT თანამშრომლები.',
    'IT administrators and network engineers who want to work in a security operations centre; IT staff of banks, telecom companies and public agencies.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'საქართველოში კიბერინციდენტების ზრდასთან ერთად ბანკები და კრიტიკული ინფორმაციული სისტემის სუბიექტები ქმნიან საკუთარ უსაფრთხოების ოპერაციების ცენტრებს, თუმცა ბაზარზე პირველი და მეორე დონის ანალიტიკოსები არ არის საკმარისი.',
    'As cyber incidents in Georgia grow, banks and operators of critical information systems are setting up their own security operations centres, but there are too few first- and second-tier analysts on the market.',
  ),
  iscedField: '0612',
  durationWeeks: 14,
  location: bi('ციფრული ხიდის IT აკადემიის კიბერპოლიგონი, თბილისი', 'Digital Bridge IT Academy cyber range, Tbilisi'),
  fee: gel(2500),
  lmsUrl: 'https://learn.digital-bridge-academy.example/courses/soc-analyst',
};

const digitalMarketing: CourseDescription = {
  title: bi('შედეგზე ორიენტირებული ციფრული მარკეტინგი და ვებანალიტიკა', 'Performance Digital Marketing and Web Analytics'),
  ...deliveredBy(digitalBridge),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის მომხმარებლის გზის (customer journey) მოდელს და საძიებო, სოციალური და ელფოსტის არხების როლს თითოეულ ეტაპზე.',
        'Explains the customer journey model and the role of search, social and e-mail channels at each stage.',
      ),
      bi(
        'აღწერს ეფექტიანობის ძირითად მეტრიკებს (CTR, CPA, ROAS, კონვერსიის მაჩვენებელი) და ატრიბუციის მოდელებს.',
        'Describes the key performance metrics (CTR, CPA, ROAS, conversion rate) and attribution models.',
      ),
    ],
    skills: [
      bi(
        'გეგმავს და იწყებს ფასიან საძიებო და სოციალური მედიის კამპანიას განსაზღვრული ბიუჯეტის ფარგლებში.',
        'Plans and launches a paid search and social media campaign within a set budget.',
      ),
      bi(
        'აანალიზებს ვებანალიტიკის მონაცემებს კონვერსიის ძაბრში პრობლემების გამოსავლენად და სთავაზობს გაუმჯობესებებს.',
        'Analyses web analytics data to find problems in the conversion funnel and proposes improvements.',
      ),
      bi(
        'გეგმავს და ინტერპრეტირებს სადესანტო გვერდებისა და რეკლამების A/B ტესტებს.',
        'Designs and interprets A/B tests of landing pages and advertisements.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'დამოუკიდებლად მართავს კამპანიის ბიუჯეტს და კლიენტთან ასაბუთებს ხარჯვით გადაწყვეტილებებს.',
        'Manages a campaign budget independently and justifies spending decisions to the client.',
      ),
      bi(
        'რეკლამასა და ელფოსტით მარკეტინგში იცავს მომხმარებელთა უფლებებისა და პერსონალური მონაცემების დაცვის წესებს.',
        'Complies with consumer protection and personal data rules in advertising and e-mail marketing.',
      ),
    ],
  },
  workload: {
    ects: 5,
    hoursPerEcts: 27,
    breakdown: [
      act('ცოცხალი ვებინარები', 'Live webinars', 30),
      act('ვიდეოგაკვეთილები და საკითხავი მასალა', 'Video lessons and reading', 45),
      act('რეალური კამპანიის პროექტი მცირე ბიზნესისთვის', 'Live campaign project for a small business', 50),
      act('შეფასება', 'Assessment', 10),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: ყოველკვირეული ქვიზები და კამპანიის შუალედური ანგარიშები. შემაჯამებელი: კამპანიის შედეგების ანგარიში და მისი დაცვა (70%), ვებანალიტიკის პრაქტიკული ტესტი (30%).',
    'Formative: weekly quizzes and interim campaign reports. Summative: campaign results report and its defence (70%), web analytics practical test (30%).',
  ),
  participationMode: 'online',
  participationDetails: bi(
    'ონლაინ: კვირაში ორჯერ საღამოს ცოცხალი ვებინარები და საკუთარი ტემპით გასავლელი გაკვეთილები აკადემიის სასწავლო პლატფორმაზე; პროექტის ფარგლებში მსმენელი ქართული მცირე ბიზნესისთვის რეალურ კამპანიას ატარებს.',
    "Online: live evening webinars twice a week and self-paced lessons on the academy's learning platform; in the project each learner runs a real campaign for a Georgian small business.",
  ),
  qualityAssurance: digitalBridgeQa,
  entryRequirements: bi(
    'საბაკალავრო პროგრამის არანაკლებ 120 ECTS კრედიტი ან მარკეტინგში მუშაობის ერთწლიანი გამოცდილება; ინგლისური ენის B1 დონე.',
    "At least 120 ECTS of Bachelor's studies or one year's work in marketing; English at B1.",
  ),
  identityCheck: 'supervised-no-id',
  grading: grading100,
  stackability: bi(
    'შესაძლებელია დაუკავშირდეს აკადემიის მიკროკრედენციალს „მონაცემთა ანალიტიკა Python-ით ბიზნეს-გადაწყვეტილებებისთვის“ (6 ECTS).',
    'Can be combined with the academy’s micro-credential "Data Analytics with Python for Business Decisions" (6 ECTS).',
  ),
  recognitionOpportunities: null,
  languages: ['ka', 'en'],
  contacts: [
    {
      name: 'Mariam Chkheidze',
      position: bi('ციფრული მარკეტინგის პროგრამის კოორდინატორი', 'Digital marketing programme coordinator'),
      email: 'mariam.chkheidze@digital-bridge-academy.example',
    },
  ],
  targetAudience: bi(
    'მცირე და საშუალო საწარმოების მარკეტინგის სპეციალისტები, მეწარმეები და სარეკლამო სააგენტოების თანამშრომლები.',
    'Marketing specialists in small and medium-sized enterprises, entrepreneurs and staff of advertising agencies.',
  ),
  targetAudienceJustification: null,
  rationale: null,
  iscedField: '0414',
  durationWeeks: 8,
  location: null,
  fee: gel(700),
  lmsUrl: 'https://learn.digital-bridge-academy.example/courses/performance-marketing',
};

// ---------------------------------------------------------------------------
// Chorokhi University (Batumi)

const chorokhiQa = {
  internal: bi(
    'ჭოროხის უნივერსიტეტის ხარისხის შიდა უზრუნველყოფის დებულება: კურსს ამტკიცებს ფაკულტეტის საბჭო, შედეგებს ყოველწლიურად განიხილავს ხარისხის უზრუნველყოფის სამსახური დამსაქმებლების მონაწილეობით.',
    "Chorokhi University's Internal Quality Assurance Regulations: the course is approved by the faculty board, and the quality assurance office reviews its results every year with employers.",
  ),
  external: nceqeAuthorisation,
};

const tourismDestination: CourseDescription = {
  title: bi('მდგრადი ტურისტული დესტინაციის მართვა', 'Sustainable Destination Management'),
  ...deliveredBy(chorokhi),
  learningOutcomes: {
    knowledge: [
      bi(
        'კრიტიკულად აფასებს ტურისტული დესტინაციის კონკურენტუნარიანობის, მდგრადობისა და ჭარბტურიზმის (overtourism) თანამედროვე თეორიებს სანაპირო და მთის დესტინაციების კვლევებზე დაყრდნობით.',
        'Critically evaluates current theories of destination competitiveness, sustainability and overtourism, drawing on research on coastal and mountain destinations.',
      ),
      bi(
        'ხსნის მდგრადი ტურიზმის გლობალური საბჭოს (GSTC) დესტინაციის კრიტერიუმებს და ტურიზმის დაგეგმვის საერთაშორისო და ქართულ მარეგულირებელ ჩარჩოს.',
        'Explains the Global Sustainable Tourism Council (GSTC) destination criteria and the international and Georgian regulatory framework for tourism planning.',
      ),
    ],
    skills: [
      bi(
        'შეიმუშავებს დესტინაციის მართვის გეგმას, რომელშიც ინტეგრირებულია ვიზიტორთა ნაკადების, ტევადობისა და ადგილობრივი მოსახლეობის მოსაზრებების შესახებ მონაცემები.',
        "Designs a destination management plan that integrates data on visitor flows, carrying capacity and residents' views.",
      ),
      bi(
        'ატარებს დაინტერესებულ მხარეთა ანალიზს და გამოყენებით კვლევას (გამოკითხვა, ინტერვიუები) აჭარის რეალურ დესტინაციაზე.',
        'Conducts a stakeholder analysis and applied research (survey, interviews) on a real destination in Adjara.',
      ),
      bi(
        'ინდიკატორთა სისტემების გამოყენებით აფასებს ტურიზმის ეკონომიკურ, სოციალურ და გარემოსდაცვით ზეგავლენას.',
        'Evaluates the economic, social and environmental impacts of tourism using indicator systems.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'ხელმძღვანელობს მრავალმხრივ სამუშაო ჯგუფს და იღებს პასუხისმგებლობას ადგილობრივი ხელისუფლებისთვის შემუშავებულ სტრატეგიულ რეკომენდაციებზე.',
        'Leads a multi-stakeholder working group and takes responsibility for strategic recommendations to local authorities.',
      ),
      bi(
        'რეფლექსიას ახდენს ტურიზმის ზრდის ეთიკურ დილემებზე და მის გავლენაზე ადგილობრივ თემებსა და მემკვიდრეობაზე.',
        'Reflects on the ethical dilemmas of tourism growth and its effect on local communities and heritage.',
      ),
    ],
  },
  workload: {
    ects: 8,
    hoursPerEcts: 25,
    breakdown: [
      act('სემინარები ბათუმის კამპუსში', 'Seminars on the Batumi campus', 40),
      act('ონლაინ ლექციები', 'Online lectures', 20),
      act('საველე კვლევა აჭარის დესტინაციებში', 'Field study in destinations in Adjara', 24),
      act('დამოუკიდებელი სწავლა და კვლევა', 'Independent study and research', 90),
      act('პროექტზე კონსულტაციები', 'Project consultations', 10),
      act('შეფასება: მართვის გეგმის დაცვა', 'Assessment: defence of the management plan', 16),
    ],
  },
  level: level7,
  assessmentType: bi(
    'განმავითარებელი: სემინარებზე პრეზენტაციები, საველე დღიური. შემაჯამებელი: დესტინაციის მართვის გეგმა (50%), მისი საჯარო დაცვა დაინტერესებული მხარეების წინაშე (20%), ზეგავლენის შეფასების ანგარიში (30%).',
    'Formative: seminar presentations, field journal. Summative: destination management plan (50%), its public defence before stakeholders (20%), impact assessment report (30%).',
  ),
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: ყოველთვიური შაბათ-კვირის სემინარები ბათუმის კამპუსში, ორი საველე ვიზიტი (ბათუმი და მთიანი აჭარა), სესიებს შორის — ონლაინ ლექციები.',
    'Blended: monthly weekend seminars on the Batumi campus, two field visits (Batumi and Mountainous Adjara), and online lectures between sessions.',
  ),
  qualityAssurance: chorokhiQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი; ინგლისური ენის B2 დონე (საკითხავი მასალის ნაწილი და ერთი მოწვეული ლექცია ინგლისურ ენაზეა).',
    "A Bachelor's degree; English at B2 (part of the reading and one guest lecture are in English).",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: bi(
    'ჩაითვლება უნივერსიტეტის ტურიზმის მენეჯმენტის სამაგისტრო პროგრამის არჩევითი კომპონენტის 8 ECTS კრედიტად.',
    "Counts as 8 ECTS of the elective component of the university's Master's programme in Tourism Management.",
  ),
  recognitionOpportunities: bi(
    'აჭარის ტურიზმისა და კურორტების დეპარტამენტთან თანამშრომლობის ფარგლებში მიკროკრედენციალი აღიარებულია დესტინაციის მართვის ორგანიზაციების თანამშრომელთა პროფესიული განვითარების ნაწილად.',
    'Through cooperation with the Adjara tourism and resorts authority, the micro-credential is recognised as professional development for staff of destination management organisations.',
  ),
  languages: ['ka', 'en'],
  contacts: [
    {
      name: 'Nana Tsintsadze',
      position: bi('ტურიზმის ფაკულტეტის ასოცირებული პროფესორი', 'Associate Professor, Faculty of Tourism'),
      email: 'nana.tsintsadze@chorokhi-university.example',
    },
  ],
  targetAudience: bi(
    'აჭარისა და გურიის დესტინაციის მართვის ორგანიზაციების, მუნიციპალური ტურისტული სამსახურების, ტუროპერატორებისა და სასტუმროების მენეჯერები.',
    'Managers in destination management organisations, municipal tourism services, tour operators and hotels in Adjara and Guria.',
  ),
  targetAudienceJustification: bi(
    'ეს ჯგუფები იღებენ დესტინაციის განვითარების გადაწყვეტილებებს და პირდაპირ აწყდებიან სეზონურობისა და ჭარბტურიზმის პრობლემებს, ამიტომ მათ შეუძლიათ კურსის შედეგების უშუალოდ გამოყენება.',
    'These groups make the decisions on destination development and face seasonality and overtourism directly, so they can apply what the course teaches at once.',
  ),
  rationale: bi(
    'ბათუმისა და აჭარის სანაპიროს ტურისტული ნაკადების სწრაფმა ზრდამ გაამწვავა ინფრასტრუქტურაზე დატვირთვისა და გარემოს დაცვის საკითხები; მუნიციპალიტეტებს სჭირდებათ სპეციალისტები, რომლებიც შეძლებენ მონაცემებზე დაფუძნებულ მდგრად დაგეგმვას.',
    'The fast growth of visitor numbers in Batumi and on the Adjara coast has sharpened pressure on infrastructure and the environment; municipalities need specialists who can plan sustainably on the basis of data.',
  ),
  iscedField: '1015',
  durationWeeks: 16,
  location: bi('ჭოროხის უნივერსიტეტის კამპუსი, ბათუმი', 'Chorokhi University campus, Batumi'),
  fee: gel(1200),
  lmsUrl: 'https://moodle.chorokhi-university.example/course/view.php?id=88',
};

const hotelRevenue: CourseDescription = {
  title: bi('სასტუმროს შემოსავლების მართვა', 'Hotel Revenue Management'),
  ...deliveredBy(chorokhi),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის შემოსავლების მართვის პრინციპებს: მოთხოვნის პროგნოზირებას, სეგმენტაციას, დინამიკურ ფასწარმოქმნას და ზედმეტ დაჯავშნას (overbooking).',
        'Explains the principles of revenue management: demand forecasting, segmentation, dynamic pricing and overbooking.',
      ),
      bi(
        'აღწერს სასტუმროს საქმიანობის ძირითად მაჩვენებლებს (დატვირთვა, ADR, RevPAR, GOPPAR).',
        'Describes the key performance indicators of hotel operations (occupancy, ADR, RevPAR, GOPPAR).',
      ),
    ],
    skills: [
      bi(
        'აანალიზებს დაჯავშნის მონაცემებსა და სეზონურობას შავი ზღვის სანაპიროს სასტუმროსთვის მოთხოვნის საპროგნოზოდ.',
        'Analyses booking data and seasonality to forecast demand for a Black Sea coast hotel.',
      ),
      bi(
        'იყენებს ფასწარმოქმნისა და დისტრიბუციის სტრატეგიებს პირდაპირ და ონლაინ ტურისტული სააგენტოების არხებში.',
        'Applies pricing and distribution strategies across direct and online travel agency channels.',
      ),
      bi(
        'შემოსავლების მართვის სიმულაციაში წყვეტს ტარიფებისა და ნომრების მარაგის მართვის რთულ ამოცანებს.',
        'Solves complex rate and inventory problems in a revenue management simulation.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას ფასწარმოქმნის რეკომენდაციებზე და მათ გავლენაზე სტუმრის კმაყოფილებასა და სასტუმროს შედეგებზე.',
        'Takes responsibility for pricing recommendations and their effect on guest satisfaction and hotel results.',
      ),
      bi(
        'თანამშრომლობს მიმღები სამსახურის, გაყიდვებისა და მარკეტინგის კოლეგებთან შემოსავლების სტრატეგიის განსახორციელებლად.',
        'Works with front office, sales and marketing colleagues to carry out a revenue strategy.',
      ),
    ],
  },
  workload: {
    ects: 5,
    hoursPerEcts: 25,
    breakdown: [
      act('ლექციები და სემინარები', 'Lectures and workshops', 36),
      act('სიმულაციური ლაბორატორია', 'Simulation lab', 20),
      act('პრაქტიკა პარტნიორ სასტუმროში', 'Placement in a partner hotel', 24),
      act('დამოუკიდებელი სწავლა', 'Independent study', 39),
      act('შეფასება', 'Assessment', 6),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: სიმულაციის რაუნდების შედეგები და უკუკავშირი. შემაჯამებელი: შემოსავლების მართვის ანგარიში პარტნიორი სასტუმროსთვის (50%), სიმულაციის შედეგი (20%), წერითი გამოცდა (30%).',
    'Formative: results of simulation rounds with feedback. Summative: a revenue management report for the partner hotel (50%), simulation result (20%), written examination (30%).',
  ),
  participationMode: 'onsite',
  participationDetails: bi(
    'პირისპირ, ბათუმის კამპუსში, პარტნიორ სასტუმროში სამდღიანი პრაქტიკით.',
    'Face-to-face on the Batumi campus, with a three-day placement in a partner hotel.',
  ),
  qualityAssurance: chorokhiQa,
  entryRequirements: bi(
    'საბაკალავრო პროგრამის არანაკლებ 120 ECTS კრედიტი ან სასტუმროში მუშაობის ერთწლიანი გამოცდილება; ინგლისური ენის B2 დონე.',
    "At least 120 ECTS of Bachelor's studies or one year's work in a hotel; English at B2.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: bi(
    'ჩაითვლება უნივერსიტეტის სასტუმრო ბიზნესის მართვის საბაკალავრო პროგრამის არჩევითი კომპონენტის 5 ECTS კრედიტად.',
    "Counts as 5 ECTS of the elective component of the university's Bachelor's programme in Hotel Management.",
  ),
  recognitionOpportunities: null,
  languages: ['en'],
  contacts: [
    {
      name: 'David Abashidze',
      position: bi('სასტუმრო ბიზნესის პროგრამის ხელმძღვანელი', 'Head of the Hotel Management programme'),
      email: 'david.abashidze@chorokhi-university.example',
    },
  ],
  targetAudience: bi(
    'სასტუმროების მიმღები სამსახურის, გაყიდვებისა და დაჯავშნის განყოფილებების თანამშრომლები; სასტუმრო ბიზნესის საბაკალავრო პროგრამების სტუდენტები.',
    'Front office, sales and reservations staff of hotels; students of Bachelor’s programmes in hotel management.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'ბათუმში სასტუმროების რაოდენობის ზრდასთან ერთად მკვეთრად გაიზარდა კონკურენცია და სეზონური რყევები; სასტუმროებს სჭირდებათ თანამშრომლები, რომლებიც ფასებს მონაცემებზე დაყრდნობით მართავენ. კურსი ინგლისურ ენაზე ისწავლება, რადგან სასტუმროების შემოსავლების მართვის სისტემები და საერთაშორისო ქსელების სტანდარტები ინგლისურენოვანია.',
    'As the number of hotels in Batumi has grown, so have competition and seasonal swings; hotels need staff who manage prices on the basis of data. The course is taught in English because revenue management systems and the standards of international hotel chains are in English.',
  ),
  iscedField: '1013',
  durationWeeks: 8,
  location: bi('ჭოროხის უნივერსიტეტის კამპუსი, ბათუმი', 'Chorokhi University campus, Batumi'),
  fee: gel(650),
  lmsUrl: null,
};

// ---------------------------------------------------------------------------
// Rioni University (Kutaisi)

const rioniQa = {
  internal: bi(
    'რიონის უნივერსიტეტის ხარისხის შიდა უზრუნველყოფის დებულება: სილაბუსის ექსპერტული შეფასება, მსმენელთა გამოკითხვა ყოველი ნაკადის ბოლოს და ყოველწლიური თვითშეფასება.',
    "Rioni University's Internal Quality Assurance Regulations: peer review of the syllabus, a learner survey at the end of each cohort and an annual self-evaluation.",
  ),
  external: nceqeRight,
};

const inclusiveEducation: CourseDescription = {
  title: bi('ინკლუზიური განათლების ხელმძღვანელობა სკოლაში', 'Leading Inclusive Education in Schools'),
  ...deliveredBy(rioni),
  learningOutcomes: {
    knowledge: [
      bi(
        'კრიტიკულად აფასებს ინკლუზიური განათლების მოდელებს და საერთაშორისო მტკიცებულებებს მათი ეფექტიანობის შესახებ.',
        'Critically evaluates models of inclusive education and the international evidence on their effectiveness.',
      ),
      bi(
        'ხსნის სპეციალური საგანმანათლებლო საჭიროების მქონე მოსწავლეების შესახებ საქართველოს სამართლებრივ და პოლიტიკის ჩარჩოს, მათ შორის ინდივიდუალური სასწავლო გეგმისა და მულტიდისციპლინური გუნდის როლს.',
        'Explains the Georgian legal and policy framework for learners with special educational needs, including the individual education plan and the role of the multidisciplinary team.',
      ),
      bi(
        'ხსნის სწავლის უნივერსალური დიზაინისა და დიფერენცირებული სწავლების პრინციპებს.',
        'Explains the principles of Universal Design for Learning and differentiated instruction.',
      ),
    ],
    skills: [
      bi(
        'მშობლებთან და სპეციალისტებთან ერთად შეიმუშავებს, ახორციელებს და აფასებს ინდივიდუალურ სასწავლო გეგმას.',
        'Designs, implements and evaluates an individual education plan together with parents and specialists.',
      ),
      bi(
        'საკუთარ სკოლაში ატარებს ქმედითი კვლევის (action research) პროექტს ინკლუზიასთან დაკავშირებულ პრობლემაზე და ინტერპრეტირებს მონაცემებს.',
        'Conducts an action-research project on an inclusion problem in their own school and interprets the data.',
      ),
      bi(
        'ადაპტირებს სასწავლო გეგმებს, სასწავლო მასალებსა და შეფასებას მრავალფეროვანი საჭიროებების მქონე მოსწავლეებისთვის.',
        'Adapts curricula, teaching materials and assessment for learners with diverse needs.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'უძღვება სკოლაში ინკლუზიური კულტურისკენ მიმართულ ცვლილებებს და ხელს უწყობს კოლეგების პროფესიულ განვითარებას.',
        "Leads change towards an inclusive school culture and supports colleagues' professional development.",
      ),
      bi(
        'იღებს პასუხისმგებლობას გადაწყვეტილებებზე, რომლებიც იცავს სპეციალური საგანმანათლებლო საჭიროების მქონე მოსწავლეების უფლებებსა და კეთილდღეობას.',
        'Takes responsibility for decisions that protect the rights and wellbeing of learners with special educational needs.',
      ),
      bi(
        'კრიტიკულად აფასებს საკუთარ პრაქტიკას და გეგმავს შემდგომ პროფესიულ განვითარებას.',
        'Evaluates their own practice critically and plans their further professional development.',
      ),
    ],
  },
  workload: {
    ects: 15,
    hoursPerEcts: 30,
    breakdown: [
      act('პირისპირ სემინარები ქუთაისში', 'Face-to-face seminars in Kutaisi', 60),
      act('ონლაინ სემინარები', 'Online seminars', 30),
      act('პრაქტიკა და დაკვირვება საკუთარ სკოლაში', 'Practice and observation in the participant’s own school', 90),
      act('ქმედითი კვლევის პროექტი', 'Action-research project', 150),
      act('დამოუკიდებელი სწავლა', 'Independent study', 100),
      act('ხელმძღვანელთან კონსულტაციები', 'Supervision', 10),
      act('შეფასება', 'Assessment', 10),
    ],
  },
  level: level7,
  assessmentType: bi(
    'განმავითარებელი: რეფლექსიური დღიური, კოლეგური დაკვირვება გაკვეთილზე, სემინარებზე პრეზენტაციები. შემაჯამებელი: ქმედითი კვლევის ანგარიში (50%), ინდივიდუალური სასწავლო გეგმის პორტფოლიო (30%), ზეპირი დაცვა (20%).',
    'Formative: reflective journal, peer lesson observation, seminar presentations. Summative: action-research report (50%), individual education plan portfolio (30%), oral defence (20%).',
  ),
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: ქუთაისში ექვსი ორდღიანი სემინარი, ორ კვირაში ერთხელ ონლაინ სემინარი და პრაქტიკა მონაწილის საკუთარ სკოლაში.',
    'Blended: six two-day seminars in Kutaisi, an online seminar every second week, and practice in the participant’s own school.',
  ),
  qualityAssurance: rioniQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი; მოქმედი მასწავლებლის ან სკოლის სპეციალური მასწავლებლის/დამხმარე სპეციალისტის სტატუსი; ზოგადსაგანმანათლებლო სკოლაში მუშაობის არანაკლებ ორწლიანი გამოცდილება.',
    "A Bachelor's degree; working as a teacher, special education teacher or support specialist in a school; at least two years' experience in a general education school.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: bi(
    'ჩაითვლება 15 ECTS კრედიტად უნივერსიტეტის ინკლუზიური განათლების სამაგისტრო პროგრამაში.',
    "Counts as 15 ECTS in the university's Master's programme in Inclusive Education.",
  ),
  recognitionOpportunities: bi(
    'მასწავლებელთა პროფესიული განვითარების სქემის ფარგლებში შესაძლებელია მისი აღიარება მასწავლებლის პროფესიული განვითარების აქტივობად.',
    'It may be recognised as a professional development activity under the teachers’ professional development scheme.',
  ),
  languages: ['ka'],
  contacts: [
    {
      name: 'Eka Gabunia',
      position: bi('განათლების ფაკულტეტის პროფესორი', 'Professor, Faculty of Education'),
      email: 'eka.gabunia@rioni-university.example',
    },
  ],
  targetAudience: bi(
    'ზოგადსაგანმანათლებლო სკოლების მასწავლებლები, სპეციალური მასწავლებლები, დირექტორები და დამხმარე სპეციალისტები იმერეთის, რაჭა-ლეჩხუმისა და გურიის რეგიონებიდან.',
    'Teachers, special education teachers, principals and support specialists of general education schools in Imereti, Racha-Lechkhumi and Guria.',
  ),
  targetAudienceJustification: bi(
    'რეგიონების სკოლებში ინკლუზიური განათლების სპეციალისტების ნაკლებობაა, ამიტომ ინკლუზიის ხელმძღვანელობის უნარები თავად მასწავლებლებსა და სკოლის ხელმძღვანელებს სჭირდებათ.',
    'Schools in the regions lack inclusive education specialists, so teachers and school leaders themselves need the skills to lead inclusion.',
  ),
  rationale: bi(
    'სპეციალური საგანმანათლებლო საჭიროების მქონე მოსწავლეთა რაოდენობა ზოგადსაგანმანათლებლო სკოლებში იზრდება, ხოლო მასწავლებლების უმეტესობას არ გაუვლია სისტემური მომზადება ინკლუზიურ სწავლებაში.',
    'The number of learners with special educational needs in general education schools is growing, while most teachers have had no systematic preparation in inclusive teaching.',
  ),
  iscedField: '0113',
  durationWeeks: 20,
  location: bi('რიონის უნივერსიტეტი, ქუთაისი', 'Rioni University, Kutaisi'),
  fee: gel(1500),
  lmsUrl: 'https://moodle.rioni-university.example/course/view.php?id=31',
};

const formativeAssessment: CourseDescription = {
  title: bi('განმავითარებელი შეფასება საკლასო ოთახში', 'Formative Assessment in the Classroom'),
  ...deliveredBy(rioni),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის განმავითარებელი შეფასების პრინციპებს და მის განსხვავებას შემაჯამებელი შეფასებისგან.',
        'Explains the principles of formative assessment and how it differs from summative assessment.',
      ),
    ],
    skills: [
      bi(
        'იყენებს განმავითარებელი შეფასების ტექნიკებს (წარმატების კრიტერიუმები, შეკითხვების დასმა, აღწერითი უკუკავშირი, თვით- და ურთიერთშეფასება) საკუთარ გაკვეთილებზე.',
        'Applies formative assessment techniques (success criteria, questioning, descriptive feedback, self- and peer assessment) in their own lessons.',
      ),
      bi(
        'აანალიზებს მოსწავლეთა სწავლის მტკიცებულებებს და მათ საფუძველზე აკორექტირებს შემდგომ სწავლებას.',
        'Analyses evidence of student learning and adjusts subsequent teaching on that basis.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას შეფასების შედეგების გამოყენებაზე თითოეული მოსწავლის წინსვლის ხელშესაწყობად.',
        "Takes responsibility for using assessment results to support every student's progress.",
      ),
    ],
  },
  workload: {
    ects: 1,
    hoursPerEcts: 25,
    breakdown: [
      act('ონლაინ ვებინარები', 'Online webinars', 6),
      act('საკუთარი ტემპით გასავლელი მოდულები', 'Self-paced modules', 8),
      act('საკლასო დავალებები და მტკიცებულებების პორტფოლიო', 'Classroom tasks and evidence portfolio', 9),
      act('შეფასება', 'Assessment', 2),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: ფორუმზე კოლეგური უკუკავშირი. შემაჯამებელი: გაკვეთილის გეგმისა და მოსწავლეთა ნამუშევრების პორტფოლიო რეფლექსიით.',
    'Formative: peer feedback in the forum. Summative: a portfolio of a lesson plan and student work with a reflection.',
  ),
  participationMode: 'online',
  participationDetails: bi(
    'ონლაინ: სამი საღამოს ვებინარი და საკუთარი ტემპით გასავლელი მოდულები; საკლასო დავალებები სრულდება მასწავლებლის საკუთარ სკოლაში.',
    "Online: three evening webinars and self-paced modules; the classroom tasks are carried out in the teacher's own school.",
  ),
  qualityAssurance: rioniQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი; ზოგადსაგანმანათლებლო სკოლაში მასწავლებლად მუშაობა.',
    "A Bachelor's degree; working as a teacher in a general education school.",
  ),
  identityCheck: 'unsupervised-no-id',
  grading: gradingPassFail,
  stackability: bi(
    'შესაძლებელია დაუკავშირდეს მიკროკრედენციალს „ინკლუზიური განათლების ხელმძღვანელობა სკოლაში“.',
    'Can be combined with the micro-credential "Leading Inclusive Education in Schools".',
  ),
  recognitionOpportunities: null,
  languages: ['ka'],
  contacts: [
    {
      name: 'Irakli Kvaratskhelia',
      position: bi('უწყვეტი განათლების ცენტრის ხელმძღვანელი', 'Head of the Continuing Education Centre'),
      email: 'irakli.kvaratskhelia@rioni-university.example',
    },
  ],
  targetAudience: bi(
    'ზოგადსაგანმანათლებლო სკოლების ყველა საგნის მასწავლებლები.',
    'Teachers of all subjects in general education schools.',
  ),
  targetAudienceJustification: null,
  rationale: null,
  iscedField: '011',
  durationWeeks: 3,
  location: null,
  fee: { amountMinor: 0, currency: 'GEL' },
  lmsUrl: 'https://moodle.rioni-university.example/course/view.php?id=17',
};

const gisPlanning: CourseDescription = {
  title: bi(
    'გეოინფორმაციული სისტემები (GIS) სივრცითი დაგეგმვისა და ქალაქის განვითარებისთვის',
    'GIS for Spatial Planning and Urban Development',
  ),
  ...deliveredBy(rioni),
  learningOutcomes: {
    knowledge: [
      bi(
        'კრიტიკულად აფასებს სივრცითი მონაცემების მოდელებს, საკოორდინატო სისტემებსა და დაგეგმვის მონაცემების ხარისხის პრობლემებს, მათ შორის ღია საკადასტრო და მისამართების მონაცემებისას.',
        'Critically evaluates spatial data models, coordinate reference systems and data-quality problems in planning data, including open cadastral and address data.',
      ),
      bi(
        'ხსნის, როგორ უწყობს ხელს სივრცითი ანალიზი მიწათსარგებლობის დაგეგმვას „საქართველოს სივრცის დაგეგმვის, არქიტექტურული და სამშენებლო საქმიანობის კოდექსის“ შესაბამისად.',
        "Explains how spatial analysis supports land-use planning under Georgia's Spatial Planning, Architectural and Construction Activity Code.",
      ),
    ],
    skills: [
      bi(
        'QGIS-ის გამოყენებით გეგმავს და ატარებს მრავალკრიტერიუმიან ვარგისიანობის ანალიზს დაგეგმვითი გადაწყვეტილებისთვის.',
        'Designs and carries out a multi-criteria suitability analysis for a planning decision using QGIS.',
      ),
      bi(
        'აინტეგრირებს დისტანციური ზონდირების, აღწერისა და საველე კვლევის მონაცემებს ქალაქის ზრდისა და წყალდიდობის რისკის მოდელირებისთვის.',
        'Integrates remote-sensing, census and field-survey data to model urban growth and flood risk.',
      ),
      bi(
        'ამზადებს რუკებს და სივრცითი ანალიზის ანგარიშს საჯარო განხილვის მხარდასაჭერად.',
        'Produces maps and a spatial analysis report that support public consultation.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'ხელმძღვანელობს დაგეგმვის პროექტის GIS კომპონენტს, ადგენს მონაცემთა სტანდარტებს და განიხილავს გუნდის წევრების ნამუშევარს.',
        'Leads the GIS component of a planning project, setting data standards and reviewing the work of team members.',
      ),
      bi(
        'იღებს პასუხისმგებლობას გადაწყვეტილების მიმღებთათვის წარდგენილი მეთოდების გამჭვირვალობაზე და სივრცითი მოდელების შეზღუდვების ნათლად ჩვენებაზე.',
        'Takes responsibility for the transparency of methods presented to decision-makers and for stating the limits of spatial models clearly.',
      ),
    ],
  },
  workload: {
    ects: 6,
    hoursPerEcts: 25,
    breakdown: [
      act('კომპიუტერული ლაბორატორიის მეცადინეობები', 'Computer lab sessions', 45),
      act('საველე მონაცემების შეგროვება', 'Field data collection', 10),
      act('დამოუკიდებელი სწავლა', 'Independent study', 45),
      act('სივრცითი ანალიზის პროექტი', 'Spatial analysis project', 44),
      act('შეფასება', 'Assessment', 6),
    ],
  },
  level: level7,
  assessmentType: bi(
    'განმავითარებელი: ლაბორატორიული დავალებები უკუკავშირით. შემაჯამებელი: სივრცითი ანალიზის პროექტი და ანგარიში (60%), პროექტის პრეზენტაცია (15%), პრაქტიკული გამოცდა (25%).',
    'Formative: lab assignments with feedback. Summative: spatial analysis project and report (60%), project presentation (15%), practical examination (25%).',
  ),
  participationMode: 'onsite',
  participationDetails: bi(
    'პირისპირ, უნივერსიტეტის GIS ლაბორატორიაში ქუთაისში; ერთი საველე დღე ქუთაისის ისტორიულ ცენტრში.',
    "Face-to-face in the university's GIS laboratory in Kutaisi; one field day in Kutaisi's historic centre.",
  ),
  qualityAssurance: rioniQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი გეოგრაფიის, არქიტექტურის, ინჟინერიის, გარემოს მეცნიერებების ან მომიჯნავე სფეროში; GIS-ის საბაზისო უნარები.',
    "A Bachelor's degree in geography, architecture, engineering, environmental science or a related field; basic GIS skills.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: null,
  recognitionOpportunities: bi(
    'ჩაითვლება 6 ECTS კრედიტად უნივერსიტეტის ურბანული დაგეგმვის სამაგისტრო პროგრამის არჩევით კომპონენტში.',
    "Counts as 6 ECTS in the elective component of the university's Master's programme in Urban Planning.",
  ),
  languages: ['ka', 'en'],
  contacts: [
    {
      name: 'Zurab Tsereteli',
      position: bi('GIS ლაბორატორიის ხელმძღვანელი', 'Head of the GIS laboratory'),
      email: 'zurab.tsereteli@rioni-university.example',
    },
  ],
  targetAudience: bi(
    'მუნიციპალიტეტების სივრცითი დაგეგმვისა და ურბანული განვითარების სამსახურების თანამშრომლები, საპროექტო კომპანიების სპეციალისტები.',
    'Staff of municipal spatial planning and urban development services and specialists in design and planning firms.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'მუნიციპალიტეტები ამზადებენ სივრცის დაგეგმარების ახალ დოკუმენტებს, რაც სივრცითი მონაცემების ანალიზის უნარების მქონე სპეციალისტებს მოითხოვს.',
    'Municipalities are preparing new spatial planning documents, which calls for specialists who can analyse spatial data.',
  ),
  iscedField: '0731',
  durationWeeks: 8,
  location: bi('რიონის უნივერსიტეტის GIS ლაბორატორია, ქუთაისი', 'Rioni University GIS laboratory, Kutaisi'),
  fee: gel(800),
  lmsUrl: null,
};

// ---------------------------------------------------------------------------
// Mtkvari University (Tbilisi): further courses

const mtkvariQa = {
  internal: bi(
    'მტკვრის უნივერსიტეტის ხარისხის შიდა უზრუნველყოფის დებულება: სილაბუსს ამტკიცებს ფაკულტეტის საბჭო, ხოლო ხარისხის უზრუნველყოფის სამსახური აანალიზებს მსმენელთა გამოკითხვებისა და შეფასების შედეგებს ყოველი ნაკადის შემდეგ.',
    "Mtkvari University's Internal Quality Assurance Regulations: the faculty board approves the syllabus, and the quality assurance office analyses learner surveys and assessment results after every cohort.",
  ),
  external: nceqeRight,
};

const publicProcurement: CourseDescription = {
  title: bi('სახელმწიფო შესყიდვების პრაქტიკა საქართველოში', 'Public Procurement Practice in Georgia'),
  ...deliveredBy(mtkvari),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის „სახელმწიფო შესყიდვების შესახებ“ საქართველოს კანონის პრინციპებსა და პროცედურებს და მის დაახლოებას ევროკავშირის დირექტივებთან ასოცირების შეთანხმების ფარგლებში.',
        "Explains the principles and procedures of Georgia's Law on Public Procurement and its approximation to EU directives under the Association Agreement.",
      ),
      bi(
        'აღწერს შესყიდვის ციკლის ეტაპებს სახელმწიფო შესყიდვების ერთიან ელექტრონულ სისტემაში.',
        'Describes the stages of the procurement cycle in the unified electronic public procurement system.',
      ),
    ],
    skills: [
      bi(
        'ამზადებს სატენდერო დოკუმენტაციას, ტექნიკურ სპეციფიკაციებსა და შეფასების კრიტერიუმებს კონკრეტული შესყიდვისთვის.',
        'Prepares tender documentation, technical specifications and evaluation criteria for a procurement.',
      ),
      bi(
        'აანალიზებს წინადადებებს და წყვეტს შეფასების, დისკვალიფიკაციისა და საჩივრების ტიპურ პრობლემებს.',
        'Analyses bids and solves typical problems of evaluation, disqualification and complaints.',
      ),
      bi(
        'იყენებს რისკის ინდიკატორებს შესაძლო ფარული შეთანხმებისა და ინტერესთა კონფლიქტის გამოსავლენად.',
        'Applies risk indicators to identify possible collusion and conflicts of interest.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას კანონიერ, გამჭვირვალე და ფასისა და ხარისხის ოპტიმალური თანაფარდობის მქონე შესყიდვის გადაწყვეტილებებზე.',
        'Takes responsibility for lawful, transparent and value-for-money procurement decisions.',
      ),
      bi(
        'მომწოდებლებთან და კოლეგებთან ურთიერთობაში მოქმედებს კეთილსინდისიერად და დამოუკიდებლად.',
        'Acts with integrity and independence in dealings with suppliers and colleagues.',
      ),
    ],
  },
  workload: {
    ects: 6,
    hoursPerEcts: 27,
    breakdown: [
      act('სემინარები უნივერსიტეტში', 'Seminars at the university', 30),
      act('ონლაინ ლექციები', 'Online lectures', 18),
      act('შემთხვევების ანალიზი ელექტრონული შესყიდვების სასწავლო გარემოში', 'Case studies in the e-procurement training environment', 36),
      act('დამოუკიდებელი სწავლა', 'Independent study', 66),
      act('შეფასება', 'Assessment', 12),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: შემთხვევების ანალიზი ჯგუფებში, ქვიზები. შემაჯამებელი: სატენდერო დოკუმენტაციის პაკეტი (40%), წინადადებების შეფასების სიმულაცია (30%), წერითი გამოცდა (30%).',
    'Formative: group case analysis, quizzes. Summative: a tender documentation package (40%), a bid evaluation simulation (30%), written examination (30%).',
  ),
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: შაბათობით სემინარები უნივერსიტეტში (თბილისი) და ონლაინ ლექციები; პრაქტიკა ელექტრონული შესყიდვების სისტემის სასწავლო გარემოში.',
    'Blended: Saturday seminars at the university in Tbilisi and online lectures; practice in the training environment of the e-procurement system.',
  ),
  qualityAssurance: mtkvariQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი; საჯარო დაწესებულებაში, სახელმწიფო საწარმოში ან მიმწოდებელ კომპანიაში შესყიდვების სფეროში მუშაობა ან ასეთი მუშაობის გეგმა.',
    "A Bachelor's degree; current or planned work in procurement in a public body, a state-owned enterprise or a supplier company.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: null,
  recognitionOpportunities: bi(
    'ჩაითვლება 6 ECTS კრედიტად უნივერსიტეტის საჯარო მმართველობის საბაკალავრო პროგრამის არჩევით კომპონენტში.',
    "Counts as 6 ECTS in the elective component of the university's Bachelor's programme in Public Administration.",
  ),
  languages: ['ka'],
  contacts: [
    {
      name: 'Ketevan Meskhi',
      position: bi('საჯარო მმართველობის დეპარტამენტის ასისტენტ-პროფესორი', 'Assistant Professor, Department of Public Administration'),
      email: 'ketevan.meskhi@mtkvari-university.example',
    },
  ],
  targetAudience: bi(
    'სამინისტროების, მუნიციპალიტეტებისა და საჯარო სამართლის იურიდიული პირების შესყიდვების სპეციალისტები; კომპანიების თანამშრომლები, რომლებიც სახელმწიფო ტენდერებში მონაწილეობენ.',
    'Procurement officers of ministries, municipalities and legal entities of public law; staff of companies that bid in public tenders.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'სახელმწიფო შესყიდვების კანონმდებლობის ევროკავშირის დირექტივებთან დაახლოება ახალ მოთხოვნებს უყენებს შემსყიდველ ორგანიზაციებსა და მიმწოდებლებს; საჭიროა პრაქტიკოსების სწრაფი გადამზადება.',
    'Approximating public procurement law to the EU directives places new demands on contracting authorities and suppliers; practitioners need to be retrained quickly.',
  ),
  iscedField: '0413',
  durationWeeks: 10,
  location: bi('მტკვრის უნივერსიტეტი, თბილისი', 'Mtkvari University, Tbilisi'),
  fee: gel(600),
  lmsUrl: 'https://moodle.mtkvari-university.example/course/view.php?id=455',
};

const heritageManagement: CourseDescription = {
  title: bi('კულტურული მემკვიდრეობის ძეგლების მართვა', 'Cultural Heritage Site Management'),
  ...deliveredBy(mtkvari),
  learningOutcomes: {
    knowledge: [
      bi(
        'კრიტიკულად აფასებს მემკვიდრეობის დაცვის საერთაშორისო დოქტრინას (იუნესკოს მსოფლიო მემკვიდრეობის კონვენცია, ICOMOS-ის ქარტიები) და მის გამოყენებას საქართველოში.',
        'Critically evaluates international heritage conservation doctrine (the UNESCO World Heritage Convention, ICOMOS charters) and its application in Georgia.',
      ),
      bi(
        'ხსნის ღირებულებებზე დაფუძნებული მართვის მიდგომას და „კულტურული მემკვიდრეობის შესახებ“ საქართველოს კანონის სამართლებრივ ჩარჩოს.',
        "Explains values-based management and the legal framework of Georgia's Law on Cultural Heritage.",
      ),
    ],
    skills: [
      bi(
        'შეიმუშავებს მემკვიდრეობის ძეგლის მართვის გეგმას, რომელიც მოიცავს მნიშვნელობის შეფასებას, რისკების ანალიზსა და მონიტორინგის სისტემას.',
        'Designs a management plan for a heritage site, including a significance assessment, risk analysis and a monitoring system.',
      ),
      bi(
        'იკვლევს და აფასებს ვიზიტორთა მართვისა და ინტერპრეტაციის ალტერნატივებს, რომლებიც აბალანსებს ხელმისაწვდომობასა და დაცვას.',
        'Researches and evaluates visitor management and interpretation options that balance access and conservation.',
      ),
      bi(
        'ამზადებს საგრანტო განაცხადს კონსერვაციის ან თემის ჩართულობის პროექტისთვის.',
        'Prepares a funding proposal for a conservation or community-engagement project.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'უძღვება კონსულტაციებს ადგილობრივ თემებთან, საეკლესიო უწყებებთან, ადგილობრივ ხელისუფლებასა და ინვესტორებთან და არეგულირებს ურთიერთსაწინააღმდეგო ინტერესებს.',
        'Leads consultations with communities, church authorities, local government and investors, and mediates between conflicting interests.',
      ),
      bi(
        'იღებს პასუხისმგებლობას სტრატეგიულ გადაწყვეტილებებზე, რომლებიც გავლენას ახდენს მემკვიდრეობის ავთენტურობასა და მთლიანობაზე.',
        'Takes responsibility for strategic decisions that affect the authenticity and integrity of heritage.',
      ),
    ],
  },
  workload: {
    ects: 10,
    hoursPerEcts: 25,
    breakdown: [
      act('სემინარები თბილისში', 'Seminars in Tbilisi', 40),
      act('მოწვეული ექსპერტების ონლაინ ლექციები', 'Online lectures by guest experts', 20),
      act('სასწავლო ვიზიტები მცხეთასა და უფლისციხეში', 'Study visits to Mtskheta and Uplistsikhe', 24),
      act('დამოუკიდებელი სწავლა და კვლევა', 'Independent study and research', 130),
      act('მართვის გეგმაზე ხელმძღვანელთან კონსულტაციები', 'Supervision of the management plan', 12),
      act('შეფასება', 'Assessment', 24),
    ],
  },
  level: level7,
  assessmentType: bi(
    'განმავითარებელი: ძეგლის მნიშვნელობის შეფასების მონახაზი, სემინარებზე დისკუსიები. შემაჯამებელი: ძეგლის მართვის გეგმა (60%), საგრანტო განაცხადი (20%), ზეპირი დაცვა (20%).',
    'Formative: draft significance assessment, seminar discussions. Summative: site management plan (60%), funding proposal (20%), oral defence (20%).',
  ),
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: სემინარები თბილისში, საერთაშორისო მოწვეული ექსპერტების ონლაინ ლექციები და სასწავლო ვიზიტები მცხეთასა და უფლისციხეში.',
    'Blended: seminars in Tbilisi, online lectures by international guest experts, and study visits to Mtskheta and Uplistsikhe.',
  ),
  qualityAssurance: mtkvariQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი ისტორიის, არქეოლოგიის, არქიტექტურის, ხელოვნებათმცოდნეობის, ტურიზმის ან მომიჯნავე სფეროში; ინგლისური ენის B2 დონე.',
    "A Bachelor's degree in history, archaeology, architecture, art history, tourism or a related field; English at B2.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: bi(
    'ჩაითვლება 10 ECTS კრედიტად უნივერსიტეტის კულტურული მემკვიდრეობის მენეჯმენტის სამაგისტრო პროგრამაში.',
    "Counts as 10 ECTS in the university's Master's programme in Cultural Heritage Management.",
  ),
  recognitionOpportunities: null,
  languages: ['ka', 'en'],
  contacts: [
    {
      name: 'Salome Dadiani',
      position: bi('ჰუმანიტარული ფაკულტეტის ასოცირებული პროფესორი', 'Associate Professor, Faculty of Humanities'),
      email: 'salome.dadiani@mtkvari-university.example',
    },
  ],
  targetAudience: bi(
    'მუზეუმ-ნაკრძალებისა და მემკვიდრეობის დაცვის უწყებების თანამშრომლები, მუნიციპალიტეტების კულტურის სამსახურები, ტურიზმის სექტორის მენეჯერები.',
    'Staff of museum-reserves and heritage protection bodies, municipal culture services and managers in the tourism sector.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'ძეგლებზე ვიზიტორთა რაოდენობის ზრდა და ინვესტიციური პროექტები საფრთხეს უქმნის მემკვიდრეობის ავთენტურობას; ძეგლების უმეტესობას არ აქვს თანამედროვე მართვის გეგმა.',
    'Growing visitor numbers and investment projects put the authenticity of heritage at risk, and most sites have no up-to-date management plan.',
  ),
  iscedField: '0288',
  durationWeeks: 14,
  location: bi('მტკვრის უნივერსიტეტი, თბილისი', 'Mtkvari University, Tbilisi'),
  fee: gel(1100),
  lmsUrl: 'https://moodle.mtkvari-university.example/course/view.php?id=470',
};

const researchMethods: CourseDescription = {
  title: bi(
    'რაოდენობრივი და თვისებრივი კვლევის მეთოდები განათლებაში',
    'Quantitative and Qualitative Research Methods in Education',
  ),
  ...deliveredBy(mtkvari),
  learningOutcomes: {
    knowledge: [
      bi(
        'კრიტიკულად აფასებს საგანმანათლებლო კვლევაში გამოყენებულ კვლევით პარადიგმებსა და დიზაინებს (ექსპერიმენტული, გამოკითხვა, შემთხვევის შესწავლა, შერეული მეთოდები).',
        'Critically evaluates the research paradigms and designs used in educational research (experimental, survey, case study, mixed methods).',
      ),
      bi(
        'ხსნის შერჩევის, ვალიდობისა და სანდოობის ცნებებს რაოდენობრივ კვლევაში და სარწმუნოობის კრიტერიუმებს თვისებრივ კვლევაში.',
        'Explains sampling, validity and reliability in quantitative research and trustworthiness criteria in qualitative research.',
      ),
    ],
    skills: [
      bi(
        'შეიმუშავებს კვლევის პროექტს (საკვლევი კითხვები, მეთოდოლოგია, ანალიზის გეგმა) უმაღლესი განათლების კონკრეტულ პრობლემაზე.',
        'Designs a research proposal (research questions, methodology, analysis plan) on a specific problem in higher education.',
      ),
      bi(
        'აანალიზებს გამოკითხვის მონაცემებს სტატისტიკური პროგრამით (SPSS ან R), ხოლო ინტერვიუს მონაცემებს — თემატური ანალიზით.',
        'Analyses survey data with statistical software (SPSS or R) and interview data by thematic analysis.',
      ),
      bi(
        'ინტერპრეტირებს და წარმოადგენს მიგნებებს აკადემიური წერის ნორმების შესაბამისად.',
        'Interprets and reports findings in line with the conventions of academic writing.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას კვლევის ეთიკის დაცვაზე: ინფორმირებული თანხმობა, კონფიდენციალურობა და მონაცემთა მართვა.',
        'Takes responsibility for research ethics: informed consent, confidentiality and data management.',
      ),
      bi(
        'დამოუკიდებლად ატარებს მცირემასშტაბიან კვლევას და კრიტიკულად აფასებს მის შეზღუდვებს.',
        'Conducts a small-scale study independently and evaluates its limitations critically.',
      ),
    ],
  },
  workload: {
    ects: 6,
    hoursPerEcts: 25,
    breakdown: [
      act('სინქრონული ონლაინ ვებინარები', 'Synchronous online webinars', 36),
      act('ასინქრონული კონტენტი და საკითხავი მასალა', 'Asynchronous content and reading', 70),
      act('მონაცემთა ანალიზის პრაქტიკა', 'Data analysis practice', 30),
      act('კონსულტაციები კვლევის პროექტზე', 'Consultations on the research proposal', 8),
      act('შეფასება', 'Assessment', 6),
    ],
  },
  level: level7,
  assessmentType: bi(
    'განმავითარებელი: ქვიზები, ანალიზის სავარჯიშოები, ფორუმზე დისკუსიები. შემაჯამებელი: კვლევის პროექტი (50%), მონაცემთა ანალიზის ანგარიში (30%), წერითი გამოცდა (20%).',
    'Formative: quizzes, analysis exercises, forum discussions. Summative: research proposal (50%), data analysis report (30%), written examination (20%).',
  ),
  participationMode: 'online',
  participationDetails: bi(
    'სრულად ონლაინ Moodle-ის პლატფორმაზე: ყოველკვირეული სინქრონული ვებინარები და ასინქრონული მასალები.',
    'Fully online on Moodle: weekly synchronous webinars and asynchronous materials.',
  ),
  qualityAssurance: mtkvariQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი; ინგლისური ენის B2 დონე (საკითხავი მასალის ნაწილი ინგლისურენოვანია).',
    "A Bachelor's degree; English at B2 (part of the reading is in English).",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: bi(
    'კურსთან „ხელოვნური ინტელექტის გამოყენება უმაღლეს განათლებაში კვლევითი უნარების განვითარებისთვის“ (7 ECTS) კომბინაციით შესაძლებელია უნივერსიტეტის უმაღლესი განათლების ადმინისტრირების, განათლების მენეჯმენტისა და განათლების პოლიტიკის სამაგისტრო პროგრამების კვლევით კომპონენტში 25 ECTS კრედიტამდე აღიარება.',
    'Combined with "AI for Enhancing Research Skills in Higher Education" (7 ECTS), it can be recognised towards up to 25 ECTS in the research component of the university\'s Master\'s programmes in Higher Education Administration, Education Management and Education Policy.',
  ),
  recognitionOpportunities: null,
  languages: ['ka'],
  contacts: [
    {
      name: 'Tamar Kiknadze',
      position: bi('მიკროკრედენციალის კურსის კოორდინატორი', 'Micro-credential course coordinator'),
      email: 'tamar.kiknadze@mtkvari-university.example',
    },
  ],
  targetAudience: bi(
    'განათლების სამაგისტრო პროგრამების სტუდენტები, უმაღლესი საგანმანათლებლო დაწესებულებების ხარისხის უზრუნველყოფის სამსახურების თანამშრომლები და განათლების სფეროში მომუშავე მკვლევრები.',
    "Students of Master's programmes in education, staff of quality assurance offices of higher education institutions and researchers working in education.",
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'კურსი ავსებს მიკროკრედენციალს ხელოვნური ინტელექტის გამოყენების შესახებ და აძლიერებს კვლევის მეთოდოლოგიურ საფუძველს, რომელიც ხშირად სუსტია განათლების სფეროში მომუშავე პრაქტიკოსებთან.',
    'The course complements the micro-credential on the use of AI and strengthens the methodological foundation of research, which is often weak among practitioners in education.',
  ),
  iscedField: '0111',
  durationWeeks: 10,
  location: null,
  fee: gel(700),
  lmsUrl: 'https://moodle.mtkvari-university.example/course/view.php?id=413',
};

// ---------------------------------------------------------------------------
// Association of Financial Reporting Professionals (Tbilisi)

const reportingQa = {
  internal: bi(
    'ასოციაციის ხარისხის უზრუნველყოფის სახელმძღვანელო: სასწავლო მასალებს ყოველწლიურად განიხილავს აკადემიური საბჭო, რომელშიც შედიან მტკვრის უნივერსიტეტის პროფესორები; საგამოცდო დავალებებს ამოწმებს დამოუკიდებელი მოდერატორი.',
    "The association's quality assurance manual: an academic board that includes professors of Mtkvari University reviews the materials every year, and an independent moderator checks the examination papers.",
  ),
  external: nceqeRight,
};

const ifrsReportingV1: CourseDescription = {
  title: bi('ფინანსური ანგარიშგება ფასს-ის მიხედვით (გაღრმავებული დონე)', 'Advanced Financial Reporting under IFRS'),
  ...deliveredBy(reportingAssociation),
  learningOutcomes: {
    knowledge: [
      bi(
        'კრიტიკულად აფასებს ფასს 9-ის, ფასს 15-ისა და ფასს 16-ის აღიარებისა და შეფასების მოთხოვნებს და მათ გავლენას ფინანსურ ანგარიშგებაზე.',
        'Critically evaluates the recognition and measurement requirements of IFRS 9, IFRS 15 and IFRS 16 and their effect on financial statements.',
      ),
      bi(
        'ხსნის კონსოლიდაციის, ბიზნესის გაერთიანებისა და აქტივების გაუფასურების მოთხოვნებს (ფასს 3, ფასს 10, ბასს 36).',
        'Explains the requirements on consolidation, business combinations and impairment of assets (IFRS 3, IFRS 10, IAS 36).',
      ),
    ],
    skills: [
      bi(
        'ამზადებს კონსოლიდირებულ ფინანსურ ანგარიშგებას ჯგუფისთვის, რომელსაც ჰყავს შვილობილი საწარმოები და აქვს უცხოური ოპერაციები.',
        'Prepares consolidated financial statements for a group with subsidiaries and foreign operations.',
      ),
      bi(
        'წყვეტს პროფესიულ მსჯელობასა და სააღრიცხვო შეფასებებთან დაკავშირებულ რთულ ამოცანებს და დოკუმენტურად ასაბუთებს მიღებულ გადაწყვეტილებებს.',
        'Solves complex accounting problems involving professional judgement and estimates, and documents the reasoning.',
      ),
      bi(
        'შეიმუშავებს სააღრიცხვო პოლიტიკას ახალი ტიპის ოპერაციებისთვის და აფასებს მის გავლენას ძირითად ფინანსურ კოეფიციენტებზე.',
        'Designs accounting policies for new kinds of transactions and evaluates their effect on key financial ratios.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას ფინანსური ანგარიშების ხარისხზე ბუღალტერთა ეთიკის საერთაშორისო სტანდარტების საბჭოს (IESBA) კოდექსის შესაბამისად.',
        'Takes responsibility for the quality of financial reports in line with the IESBA Code of Ethics.',
      ),
      bi(
        'კონსულტაციას უწევს ხელმძღვანელობასა და აუდიტის კომიტეტს ანგარიშგების რთულ საკითხებზე და განიხილავს უმცროსი თანამშრომლების ნამუშევარს.',
        'Advises management and audit committees on complex reporting issues and reviews the work of junior staff.',
      ),
    ],
  },
  workload: {
    ects: 12,
    hoursPerEcts: 30,
    breakdown: [
      act('შაბათის სემინარები თბილისში', 'Saturday workshops in Tbilisi', 72),
      act('ონლაინ ლექციები', 'Online lectures', 36),
      act('შემთხვევების ანალიზი ქართული კომპანიების ანგარიშგებაზე', 'Case studies on the financial statements of Georgian companies', 96),
      act('დამოუკიდებელი სწავლა', 'Independent study', 130),
      act('შეფასება', 'Assessment', 26),
    ],
  },
  level: level7,
  assessmentType: bi(
    'განმავითარებელი: ყოველთვიური პრაქტიკული დავალებები უკუკავშირით. შემაჯამებელი: კონსოლიდაციის შემთხვევის ანალიზი (40%), 4-საათიანი წერითი გამოცდა (60%).',
    'Formative: monthly practical assignments with feedback. Summative: a consolidation case study (40%), a 4-hour written examination (60%).',
  ),
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: შაბათის სემინარები თბილისში და ონლაინ ლექციები; შემთხვევების ანალიზი ქართული კომპანიების ფინანსურ ანგარიშგებაზე დაყრდნობით.',
    'Blended: Saturday workshops in Tbilisi and online lectures; case studies based on the financial statements of Georgian companies.',
  ),
  qualityAssurance: reportingQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი ბუღალტრული აღრიცხვის, ფინანსების ან ეკონომიკის სფეროში, ან პროფესიული ბუღალტრის სერტიფიკატი; ბუღალტრული აღრიცხვის სფეროში მუშაობის არანაკლებ ორწლიანი გამოცდილება; ინგლისური ენის B1 დონე.',
    "A Bachelor's degree in accounting, finance or economics, or a professional accountant certificate; at least two years' experience in accounting; English at B1.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: null,
  recognitionOpportunities: bi(
    'მტკვრის უნივერსიტეტთან გაფორმებული შეთანხმების საფუძველზე ჩაითვლება 12 ECTS კრედიტად ბუღალტრული აღრიცხვისა და აუდიტის სამაგისტრო პროგრამაში; ასევე ითვლება პროფესიონალი ბუღალტრების უწყვეტი პროფესიული განვითარების საათებში.',
    "Under an agreement with Mtkvari University, counts as 12 ECTS in its Master's programme in Accounting and Audit; it also counts towards the continuing professional development hours of professional accountants.",
  ),
  languages: ['ka', 'en'],
  contacts: [
    {
      name: 'Nikoloz Beridze',
      position: bi('განათლების პროგრამების დირექტორი', 'Director of Education Programmes'),
      email: 'nikoloz.beridze@reporting-professionals.example',
    },
  ],
  targetAudience: bi(
    'საზოგადოებრივი ინტერესის პირებისა და I–II კატეგორიის საწარმოების მთავარი ბუღალტრები, ფინანსური მენეჯერები და აუდიტორები.',
    'Chief accountants, financial managers and auditors of public-interest entities and category I–II enterprises.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'სრული ფასს-ის მიხედვით ანგარიშგების ვალდებულების მქონე საწარმოების რაოდენობა იზრდება, ხოლო ბაზარზე ნაკლებია სპეციალისტი, რომელსაც კონსოლიდაციისა და რთული სტანდარტების პრაქტიკული გამოყენება შეუძლია.',
    'More enterprises must report under full IFRS, but there are few specialists on the market who can apply consolidation and the complex standards in practice.',
  ),
  iscedField: '0411',
  durationWeeks: 24,
  location: bi('ასოციაციის სასწავლო ცენტრი, თბილისი', "The association's training centre, Tbilisi"),
  fee: gel(1800),
  lmsUrl: 'https://learn.reporting-professionals.example/ifrs-advanced',
};

/** Version 2: adds IFRS 18 (presentation and disclosure) and shifts hours to case studies. */
const ifrsReportingV2: CourseDescription = {
  ...ifrsReportingV1,
  learningOutcomes: {
    ...ifrsReportingV1.learningOutcomes,
    knowledge: [
      ...ifrsReportingV1.learningOutcomes.knowledge,
      bi(
        'ხსნის ფასს 18-ის ახალ მოთხოვნებს ფინანსური ანგარიშგების წარდგენისა და განმარტებითი შენიშვნების შესახებ და ბასს 1-დან გადასვლის საკითხებს.',
        'Explains the new presentation and disclosure requirements of IFRS 18 and the transition from IAS 1.',
      ),
    ],
  },
  workload: {
    ects: 12,
    hoursPerEcts: 30,
    breakdown: [
      act('შაბათის სემინარები თბილისში', 'Saturday workshops in Tbilisi', 66),
      act('ონლაინ ლექციები', 'Online lectures', 36),
      act('შემთხვევების ანალიზი ქართული კომპანიების ანგარიშგებაზე', 'Case studies on the financial statements of Georgian companies', 112),
      act('დამოუკიდებელი სწავლა', 'Independent study', 120),
      act('შეფასება', 'Assessment', 26),
    ],
  },
};

const ifrsSmes: CourseDescription = {
  title: bi(
    'ფინანსური ანგარიშგება „ფასს მცირე და საშუალო საწარმოებისთვის“ სტანდარტის მიხედვით',
    'Financial Reporting under the IFRS for SMEs Standard',
  ),
  ...deliveredBy(reportingAssociation),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის „ფასს მცირე და საშუალო საწარმოებისთვის“ სტანდარტის სტრუქტურას და აღიარებისა და შეფასების ძირითად პრინციპებს.',
        'Explains the structure of the IFRS for SMEs Standard and its main recognition and measurement principles.',
      ),
      bi(
        'აღწერს საწარმოთა კატეგორიებსა და ანგარიშგების ვალდებულებებს „ბუღალტრული აღრიცხვის, ანგარიშგებისა და აუდიტის შესახებ“ საქართველოს კანონის მიხედვით.',
        "Describes the categories of enterprises and their reporting duties under Georgia's Law on Accounting, Reporting and Auditing.",
      ),
    ],
    skills: [
      bi('ამზადებს მცირე საწარმოს ფინანსური ანგარიშგების სრულ კომპლექტს.', 'Prepares a complete set of financial statements for a small company.'),
      bi(
        'აანალიზებს საგადასახადო აღრიცხვასა და სტანდარტს შორის განსხვავებებს და ახორციელებს საჭირო კორექტირებებს.',
        'Analyses the differences between tax accounting and the Standard and makes the necessary adjustments.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას ანგარიშგების პორტალზე ანგარიშების დროულად და ზუსტად წარდგენაზე.',
        'Takes responsibility for submitting reports to the reporting portal on time and accurately.',
      ),
    ],
  },
  workload: {
    ects: 3,
    hoursPerEcts: 25,
    breakdown: [
      act('ვებინარები', 'Webinars', 18),
      act('დამოუკიდებელი სწავლა', 'Self-study', 36),
      act('პრაქტიკული დავალებები', 'Practical assignments', 17),
      act('შეფასება', 'Assessment', 4),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: პრაქტიკული დავალებები. შემაჯამებელი: ფინანსური ანგარიშგების მომზადება შემთხვევის მიხედვით (60%), ონლაინ ტესტი (40%).',
    'Formative: practical assignments. Summative: preparing financial statements for a case (60%), online test (40%).',
  ),
  participationMode: 'online',
  participationDetails: bi(
    'ონლაინ: ვებინარები რუსულ ენაზე, ქართულენოვანი მასალებით; განკუთვნილია ქვემო ქართლისა და სამცხე-ჯავახეთის ბუღალტრებისთვის.',
    'Online: webinars in Russian with materials in Georgian; designed for accountants in Kvemo Kartli and Samtskhe-Javakheti.',
  ),
  qualityAssurance: reportingQa,
  entryRequirements: bi(
    'საბაკალავრო პროგრამის არანაკლებ 120 ECTS კრედიტი ეკონომიკის ან ბიზნესის სფეროში, ან ბუღალტრად მუშაობის ორწლიანი გამოცდილება.',
    "At least 120 ECTS of Bachelor's studies in economics or business, or two years' work as an accountant.",
  ),
  identityCheck: 'supervised-no-id',
  grading: gradingPassFail,
  stackability: bi(
    'შესაძლებელია დაუკავშირდეს ასოციაციის მიკროკრედენციალს „ფინანსური ანგარიშგება ფასს-ის მიხედვით (გაღრმავებული დონე)“.',
    'Can be combined with the association’s micro-credential "Advanced Financial Reporting under IFRS".',
  ),
  recognitionOpportunities: null,
  languages: ['ru', 'ka'],
  contacts: [
    {
      name: 'Ruslan Mamedov',
      position: bi('რეგიონული პროგრამების კოორდინატორი', 'Regional programmes coordinator'),
      email: 'ruslan.mamedov@reporting-professionals.example',
    },
  ],
  targetAudience: bi(
    'მცირე და საშუალო საწარმოების ბუღალტრები ეთნიკური უმცირესობებით დასახლებული რეგიონებიდან.',
    'Accountants of small and medium-sized enterprises in regions with ethnic minority populations.',
  ),
  targetAudienceJustification: bi(
    'ამ რეგიონებში ბევრი ბუღალტრისთვის პროფესიული განათლების ხელმისაწვდომი ენა რუსულია; კურსი ამცირებს ენობრივ ბარიერს და ამავე დროს აცნობს ქართულ პროფესიულ ტერმინოლოგიას.',
    'For many accountants in these regions Russian is the accessible language of professional learning; the course lowers the language barrier while introducing the Georgian professional terminology.',
  ),
  rationale: null,
  iscedField: '0411',
  durationWeeks: 6,
  location: null,
  fee: gel(300),
  lmsUrl: 'https://learn.reporting-professionals.example/ifrs-smes',
};

// ---------------------------------------------------------------------------
// Alazani Valley University (Telavi)

const alazaniQa = {
  internal: bi(
    'ალაზნის ველის უნივერსიტეტის ხარისხის შიდა უზრუნველყოფის დებულება: კურსი შემუშავდა კახეთის მეღვინეობის კომპანიებთან ერთად; პრაქტიკის შეფასებაში მონაწილეობენ პარტნიორი ღვინის ქარხნების ტექნოლოგები.',
    "Alazani Valley University's Internal Quality Assurance Regulations: the course was designed with Kakheti wine companies, and technologists from partner wineries take part in assessing the internship.",
  ),
  external: nceqeAuthorisation,
};

const wineTechnology: CourseDescription = {
  title: bi('ღვინის დაყენების ტექნოლოგია და ხარისხის კონტროლი', 'Winemaking Technology and Quality Control'),
  ...deliveredBy(alazani),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის ალკოჰოლური და ვაშლმჟავა-რძემჟავური დუღილის ბიოქიმიას და ღვინის ხარისხზე მოქმედ ფაქტორებს.',
        'Explains the biochemistry of alcoholic and malolactic fermentation and the factors that affect wine quality.',
      ),
      bi(
        'აღწერს ღვინის დაყენების ევროპულ და ტრადიციულ ქართულ ქვევრის ტექნოლოგიებს, მათ შორის ჭაჭაზე დაყენებულ (ქარვისფერ) ღვინოებს.',
        'Describes European and traditional Georgian qvevri winemaking technologies, including skin-contact (amber) wines.',
      ),
      bi(
        'ხსნის „ვაზისა და ღვინის შესახებ“ საქართველოს კანონის, ადგილწარმოშობის დასახელებების წესებისა და ევროკავშირის ღვინის ეტიკეტირების მოთხოვნებს.',
        "Explains the requirements of Georgia's Law on Vine and Wine, the rules on appellations of origin and EU wine labelling rules.",
      ),
    ],
    skills: [
      bi(
        'გეგმავს და მართავს წითელი, თეთრი და ქვევრის ღვინოების დუღილს, დავარგებასა და ჩამოსხმას.',
        'Plans and manages fermentation, maturation and bottling of red, white and qvevri wines.',
      ),
      bi(
        'ატარებს სტანდარტულ ლაბორატორიულ ანალიზებს (ალკოჰოლი, მჟავიანობა, აქროლადი მჟავიანობა, გოგირდის დიოქსიდი) და ინტერპრეტირებს შედეგებს.',
        'Performs standard laboratory analyses (alcohol, acidity, volatile acidity, sulphur dioxide) and interprets the results.',
      ),
      bi(
        'სენსორული შეფასებით ავლენს ღვინის ნაკლოვანებებს და აგვარებს მათ შესაბამისი ტექნოლოგიური ჩარევით.',
        'Identifies wine faults by sensory evaluation and resolves them with appropriate technological interventions.',
      ),
      bi('იყენებს HACCP-ის პრინციპებსა და მიკვლევადობის სისტემას ღვინის ქარხანაში.', 'Applies HACCP principles and traceability in a winery.'),
    ],
    responsibilityAutonomy: [
      bi(
        'რთველის პერიოდში პასუხს აგებს ღვინის ქარხნის წარმოების ეტაპზე და იღებს გადაწყვეტილებებს ცვალებად პირობებში.',
        'Takes responsibility for a production stage in a winery during the vintage, making decisions under changing conditions.',
      ),
      bi(
        'ზედამხედველობს სეზონური მუშაკების მიერ ჰიგიენისა და უსაფრთხოების პროცედურების შესრულებას.',
        'Supervises seasonal workers in following hygiene and safety procedures.',
      ),
    ],
  },
  workload: {
    ects: 30,
    hoursPerEcts: 30,
    breakdown: [
      act('ლექციები და სემინარები თელავის კამპუსში', 'Lectures and seminars on the Telavi campus', 120),
      act('ლაბორატორიული პრაქტიკა', 'Laboratory practice', 150),
      act('რთველის სტაჟირება პარტნიორ ღვინის ქარხანაში', 'Vintage internship in a partner winery', 300),
      act('ონლაინ მოდულები', 'Online modules', 80),
      act('დამოუკიდებელი სწავლა', 'Independent study', 200),
      act('სტაჟირების ანგარიში და შეფასება', 'Internship report and assessment', 50),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: ლაბორატორიული ჟურნალი, დეგუსტაციის სავარჯიშოები, სტაჟირების ხელმძღვანელის უკუკავშირი. შემაჯამებელი: სტაჟირების ანგარიში და წარმოების ჟურნალი (40%), ლაბორატორიული პრაქტიკული გამოცდა (30%), წერითი გამოცდა (30%).',
    "Formative: laboratory logbook, tasting exercises, internship supervisor's feedback. Summative: internship report and production log (40%), practical laboratory examination (30%), written examination (30%).",
  ),
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: ლექციები და ლაბორატორიული სამუშაოები თელავის კამპუსში, ექვსკვირიანი რთველის სტაჟირება კახეთის პარტნიორ ღვინის ქარხანაში და ონლაინ მოდულები.',
    'Blended: lectures and laboratory work on the Telavi campus, a six-week vintage internship in a partner winery in Kakheti, and online modules.',
  ),
  qualityAssurance: alazaniQa,
  entryRequirements: bi(
    'საბაკალავრო პროგრამის არანაკლებ 120 ECTS კრედიტი სურსათის ტექნოლოგიის, აგრარული მეცნიერებების, ქიმიის ან ბიოლოგიის სფეროში, ან ღვინის ქარხანაში მუშაობის სამწლიანი გამოცდილება.',
    "At least 120 ECTS of Bachelor's studies in food technology, agriculture, chemistry or biology, or three years' work in a winery.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: bi(
    'ჩაითვლება 30 ECTS კრედიტად უნივერსიტეტის მევენახეობა-მეღვინეობის საბაკალავრო პროგრამაში.',
    "Counts as 30 ECTS in the university's Bachelor's programme in Viticulture and Oenology.",
  ),
  recognitionOpportunities: bi(
    'კურსი შემუშავებულია კახეთის მეღვინეთა გაერთიანებასთან ერთად, რომელიც სერტიფიკატს აღიარებს ტექნოლოგის ასისტენტის პოზიციაზე დასაქმებისას.',
    'The course was designed with an association of Kakheti winemakers, whose members recognise the certificate when hiring assistant technologists.',
  ),
  languages: ['ka', 'en'],
  contacts: [
    {
      name: 'Lasha Chavchavadze',
      position: bi('მეღვინეობის ლაბორატორიის ხელმძღვანელი', 'Head of the Oenology Laboratory'),
      email: 'lasha.chavchavadze@alazani-university.example',
    },
  ],
  targetAudience: bi(
    'მცირე და საშუალო მარნების მფლობელები და თანამშრომლები, სურსათის ტექნოლოგიისა და აგრარული პროგრამების სტუდენტები, ღვინის ქარხნების ლაბორანტები.',
    'Owners and staff of small and medium-sized wineries, students of food technology and agricultural programmes, and laboratory assistants in wineries.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'საქართველოში მარნების რაოდენობა სწრაფად იზრდება, ექსპორტი კი ხარისხის სტაბილურობასა და ევროკავშირის მოთხოვნების დაცვას საჭიროებს; ბევრ მცირე მარანს არ ჰყავს კვალიფიციური ტექნოლოგი.',
    'The number of wineries in Georgia is growing fast, and exports need consistent quality and compliance with EU requirements; many small wineries have no qualified technologist.',
  ),
  iscedField: '0721',
  durationWeeks: 26,
  location: bi('ალაზნის ველის უნივერსიტეტი, თელავი, და პარტნიორი ღვინის ქარხნები კახეთში', 'Alazani Valley University, Telavi, and partner wineries in Kakheti'),
  fee: gel(4500),
  lmsUrl: 'https://moodle.alazani-university.example/course/view.php?id=12',
};

const climateViticulture: CourseDescription = {
  title: bi('კლიმატგამძლე მევენახეობა', 'Climate-Resilient Viticulture'),
  ...deliveredBy(alazani),
  learningOutcomes: {
    knowledge: [
      bi(
        'კრიტიკულად აფასებს კვლევებს კლიმატის ცვლილების გავლენის შესახებ სამხრეთ კავკასიის მევენახეობაზე, მათ შორის ფენოლოგიური ფაზების წანაცვლებაზე, გვალვასა და სეტყვაზე.',
        'Critically evaluates research on the impact of climate change on viticulture in the South Caucasus, including shifts in phenology, drought and hail.',
      ),
      bi(
        'ხსნის ადაპტაციის გზებს: ადგილობრივი ჯიშებისა და საძირეების შერჩევას, ვაზის ვარჯის მართვასა და მორწყვას.',
        'Explains adaptation options: choice of indigenous varieties and rootstocks, canopy management and irrigation.',
      ),
    ],
    skills: [
      bi(
        'კლიმატური სცენარებისა და ნაკვეთის მონაცემების საფუძველზე შეიმუშავებს ვენახის ადაპტაციის გეგმას.',
        'Designs an adaptation plan for a vineyard based on climate scenarios and site data.',
      ),
      bi(
        'აანალიზებს მეტეოსადგურისა და დისტანციური ზონდირების მონაცემებს მორწყვისა და დაავადებების კონტროლის გადაწყვეტილებების მხარდასაჭერად.',
        'Analyses weather-station and remote-sensing data to support decisions on irrigation and disease control.',
      ),
      bi(
        'ატარებს საველე ცდას და აფასებს შედეგებს შესაბამისი სტატისტიკური მეთოდებით.',
        'Conducts a field trial and evaluates the results with appropriate statistical methods.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'ხელმძღვანელობს ვენახის მართვის პრაქტიკის ტრანსფორმაციას მეურნეობაში ან კოოპერატივში და კონსულტაციას უწევს მევენახეებს.',
        'Leads the transformation of vineyard management practice in a farm or cooperative and advises growers.',
      ),
      bi(
        'იღებს პასუხისმგებლობას წყლის, ნიადაგისა და მცენარეთა დაცვის საშუალებების მდგრად გამოყენებაზე.',
        'Takes responsibility for the sustainable use of water, soil and plant protection products.',
      ),
    ],
  },
  workload: {
    ects: 9,
    hoursPerEcts: 27,
    breakdown: [
      act('სემინარები თელავში', 'Seminars in Telavi', 36),
      act('ონლაინ ლექციები', 'Online lectures', 27),
      act('საველე ცდა და ვენახებში ვიზიტები', 'Field trial and vineyard visits', 60),
      act('დამოუკიდებელი კვლევა', 'Independent research', 100),
      act('შეფასება', 'Assessment', 20),
    ],
  },
  level: level7,
  assessmentType: bi(
    'განმავითარებელი: საველე ცდის პროტოკოლის განხილვა, სემინარებზე პრეზენტაციები. შემაჯამებელი: ვენახის ადაპტაციის გეგმა (50%), საველე ცდის ანგარიში (30%), ზეპირი დაცვა (20%).',
    'Formative: review of the field trial protocol, seminar presentations. Summative: vineyard adaptation plan (50%), field trial report (30%), oral defence (20%).',
  ),
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: სემინარები თელავში, ონლაინ ლექციები და საველე ცდა უნივერსიტეტის საცდელ ვენახში.',
    "Blended: seminars in Telavi, online lectures and a field trial in the university's experimental vineyard.",
  ),
  qualityAssurance: alazaniQa,
  entryRequirements: bi(
    'ბაკალავრის ხარისხი აგრონომიის, მევენახეობა-მეღვინეობის, ბიოლოგიის ან გარემოს მეცნიერებების სფეროში.',
    "A Bachelor's degree in agronomy, viticulture and oenology, biology or environmental science.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: null,
  recognitionOpportunities: bi(
    'ჩაითვლება 9 ECTS კრედიტად უნივერსიტეტის აგრონომიის სამაგისტრო პროგრამის არჩევით კომპონენტში.',
    "Counts as 9 ECTS in the elective component of the university's Master's programme in Agronomy.",
  ),
  languages: ['ka'],
  contacts: [
    {
      name: 'Maia Andronikashvili',
      position: bi('აგრარული ფაკულტეტის პროფესორი', 'Professor, Faculty of Agriculture'),
      email: 'maia.andronikashvili@alazani-university.example',
    },
  ],
  targetAudience: bi(
    'აგრონომები, მევენახეობის კოოპერატივების ხელმძღვანელები, საკონსულტაციო სამსახურების სპეციალისტები.',
    'Agronomists, heads of viticulture cooperatives and specialists of agricultural extension services.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'კახეთში უფრო ხშირია გვალვა, სეტყვა და ადრეული რთველი; მევენახეებს სჭირდებათ მეცნიერულად დასაბუთებული ადაპტაციის გადაწყვეტილებები.',
    'Drought, hail and early harvests are becoming more frequent in Kakheti; growers need adaptation decisions grounded in research.',
  ),
  iscedField: '0811',
  durationWeeks: 16,
  location: bi('ალაზნის ველის უნივერსიტეტი, თელავი', 'Alazani Valley University, Telavi'),
  fee: gel(1300),
  lmsUrl: null,
};

// ---------------------------------------------------------------------------
// Association for Nursing Professional Development (Kutaisi)

const palliativeCareV1: CourseDescription = {
  title: bi('პალიატიური მზრუნველობა საექთნო პრაქტიკაში', 'Palliative Care Nursing'),
  ...deliveredBy(nursingAssociation),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის პალიატიური მზრუნველობის პრინციპებს და ჯანდაცვის მსოფლიო ორგანიზაციის მიდგომას ტკივილისა და სიმპტომების მართვისადმი.',
        "Explains the principles of palliative care and the World Health Organization's approach to pain and symptom management.",
      ),
      bi(
        'აღწერს საქართველოში პალიატიური მზრუნველობის სერვისების ორგანიზებას და ოპიოიდური ანალგეტიკების დანიშვნისა და მათთან მოპყრობის წესებს.',
        'Describes how palliative care services are organised in Georgia and the rules for prescribing and handling opioid analgesics.',
      ),
    ],
    skills: [
      bi(
        'აფასებს ტკივილსა და სიმპტომებს ვალიდირებული ინსტრუმენტებით და გეგმავს საექთნო ინტერვენციებს.',
        'Assesses pain and symptoms with validated tools and plans nursing interventions.',
      ),
      bi(
        'ურთიერთობს პაციენტებთან და ოჯახის წევრებთან მძიმე დაავადების შესახებ, მათ შორის ცუდი ამბის შეტყობინებისა და მზრუნველობის წინასწარი დაგეგმვის საკითხებზე.',
        'Communicates with patients and families about serious illness, including breaking bad news and advance care planning.',
      ),
      bi(
        'მულტიდისციპლინურ გუნდთან ერთად წყვეტს მზრუნველობის რთულ პრობლემებს ბინაზე მომსახურებისა და ჰოსპისის პირობებში.',
        'Solves complex care problems in home and hospice settings together with the multidisciplinary team.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას უსაფრთხო და ღირსეულ მზრუნველობაზე, რომელიც პატივს სცემს პაციენტის სურვილებს, კულტურულ და რელიგიურ ღირებულებებს.',
        "Takes responsibility for safe, dignified care that respects the patient's wishes and cultural and religious values.",
      ),
      bi(
        'ამოიცნობს საკუთარი ემოციური გადატვირთვის ნიშნებს და იყენებს თვითმოვლისა და კოლეგური მხარდაჭერის სტრატეგიებს.',
        'Recognises signs of their own emotional strain and uses strategies for self-care and peer support.',
      ),
    ],
  },
  workload: {
    ects: 6,
    hoursPerEcts: 25,
    breakdown: [
      act('ლექციები', 'Lectures', 30),
      act('სიმულაციური სწავლება', 'Simulation training', 20),
      act('კლინიკური პრაქტიკა ჰოსპისში', 'Clinical placement in a hospice', 60),
      act('დამოუკიდებელი სწავლა', 'Independent study', 34),
      act('შეფასება', 'Assessment', 6),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: სიმულაციის შემდგომი განხილვა (debriefing), კლინიკური დღიური. შემაჯამებელი: ობიექტური სტრუქტურირებული კლინიკური გამოცდა (OSCE) (50%), მზრუნველობის გეგმის შემთხვევის ანალიზი (30%), ტესტი (20%).',
    'Formative: simulation debriefing, clinical journal. Summative: objective structured clinical examination (OSCE) (50%), care-plan case study (30%), test (20%).',
  ),
  participationMode: 'onsite',
  participationDetails: bi(
    'პირისპირ: ლექციები და სიმულაციები ასოციაციის სასწავლო ცენტრში ქუთაისში, კლინიკური პრაქტიკა პარტნიორ ჰოსპისში.',
    "Face-to-face: lectures and simulations at the association's training centre in Kutaisi, clinical placement in a partner hospice.",
  ),
  qualityAssurance: {
    internal: bi(
      'ასოციაციის ხარისხის უზრუნველყოფის პოლიტიკა: კურსი შემუშავდა რიონის უნივერსიტეტის მედიცინის ფაკულტეტთან გაფორმებული მემორანდუმის ფარგლებში; კლინიკურ შეფასებაში მონაწილეობენ პარტნიორი ჰოსპისის ექთანი-მენტორები.',
      "The association's quality assurance policy: the course was designed under a memorandum with the Faculty of Medicine of Rioni University, and nurse mentors of the partner hospice take part in clinical assessment.",
    ),
    external: nceqeRight,
  },
  entryRequirements: bi(
    'ბაკალავრის ხარისხი საექთნო საქმეში, ან ექთნის პროფესიული კვალიფიკაცია და კლინიკური მუშაობის არანაკლებ სამწლიანი გამოცდილება.',
    "A Bachelor's degree in nursing, or a vocational nursing qualification and at least three years of clinical experience.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: null,
  recognitionOpportunities: bi(
    'რიონის უნივერსიტეტთან შეთანხმებით ჩაითვლება 6 ECTS კრედიტად საექთნო საქმის საბაკალავრო პროგრამის არჩევით კომპონენტში.',
    "By agreement with Rioni University, counts as 6 ECTS in the elective component of its Bachelor's programme in Nursing.",
  ),
  languages: ['ka'],
  contacts: [
    {
      name: 'Natia Kapanadze',
      position: bi('ასოციაციის სასწავლო პროგრამების მენეჯერი', "Manager of the association's training programmes"),
      email: 'natia.kapanadze@nursing-development.example',
    },
  ],
  targetAudience: bi(
    'ონკოლოგიური, ზოგადი პროფილის კლინიკებისა და ბინაზე მომსახურების სამსახურების ექთნები.',
    'Nurses working in oncology and general hospitals and in home care services.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'მოსახლეობის დაბერებასთან ერთად იზრდება პალიატიური მზრუნველობის საჭიროება, განსაკუთრებით რეგიონებში, სადაც სპეციალიზებული სერვისები მწირია და ძირითადი ტვირთი ექთნებზე მოდის.',
    'As the population ages, the need for palliative care grows, especially in the regions, where specialised services are scarce and nurses carry most of the load.',
  ),
  iscedField: '0913',
  durationWeeks: 10,
  location: bi('ასოციაციის სასწავლო ცენტრი, ქუთაისი', "The association's training centre, Kutaisi"),
  fee: gel(500),
  lmsUrl: null,
};

/** Version 2: lectures move online, so the course becomes blended. */
const palliativeCareV2: CourseDescription = {
  ...palliativeCareV1,
  workload: {
    ects: 6,
    hoursPerEcts: 25,
    breakdown: [
      act('ონლაინ ლექციები', 'Online lectures', 24),
      act('სიმულაციური სწავლება', 'Simulation training', 20),
      act('კლინიკური პრაქტიკა ჰოსპისში', 'Clinical placement in a hospice', 60),
      act('დამოუკიდებელი სწავლა', 'Independent study', 40),
      act('შეფასება', 'Assessment', 6),
    ],
  },
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: ონლაინ ლექციები, სიმულაციები ასოციაციის სასწავლო ცენტრში ქუთაისში და კლინიკური პრაქტიკა პარტნიორ ჰოსპისში.',
    "Blended: online lectures, simulations at the association's training centre in Kutaisi and a clinical placement in a partner hospice.",
  ),
  lmsUrl: 'https://learn.nursing-development.example/palliative-care',
};

// ---------------------------------------------------------------------------
// Kolkheti Professional Training Centre (Zugdidi)

const kolkhetiQa = {
  internal: bi(
    'ცენტრის ხარისხის უზრუნველყოფის სახელმძღვანელო: კურსები შემუშავებულია ადგილობრივ დამსაქმებლებთან ერთად და ხორციელდება რიონის უნივერსიტეტთან გაფორმებული მემორანდუმის ფარგლებში, რომელიც ითვალისწინებს შეფასების ერთობლივ მოდერაციას.',
    "The centre's quality assurance manual: courses are designed with local employers and delivered under a memorandum with Rioni University that provides for joint moderation of assessment.",
  ),
  external: nceqeRight,
};

const foodSafetyHaccp: CourseDescription = {
  title: bi(
    'სურსათის უვნებლობის მართვა და HACCP აგროსასურსათო საწარმოებისთვის',
    'Food Safety Management and HACCP for Agri-Food Enterprises',
  ),
  ...deliveredBy(kolkheti),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის HACCP-ის პრინციპებს და „სურსათის/ცხოველის საკვების უვნებლობის, ვეტერინარიისა და მცენარეთა დაცვის კოდექსისა“ და ევროკავშირის ჰიგიენის წესების შესაბამის მოთხოვნებს.',
        "Explains the HACCP principles and the relevant requirements of Georgia's Food/Feed Safety, Veterinary and Plant Protection Code and of the EU hygiene rules.",
      ),
      bi(
        'აღწერს თხილის, ციტრუსისა და რძის გადამუშავებისთვის დამახასიათებელ ბიოლოგიურ, ქიმიურ და ფიზიკურ საფრთხეებს.',
        'Describes the biological, chemical and physical hazards typical of hazelnut, citrus and dairy processing.',
      ),
    ],
    skills: [
      bi(
        'ატარებს საფრთხეების ანალიზს და განსაზღვრავს კრიტიკულ საკონტროლო წერტილებს გადამამუშავებელი ხაზისთვის.',
        'Conducts a hazard analysis and determines the critical control points of a processing line.',
      ),
      bi(
        'შეიმუშავებს მონიტორინგის, მაკორექტირებელი ქმედებებისა და ჩანაწერების წარმოების პროცედურებს, მათ შორის საექსპორტო თხილში აფლატოქსინების კონტროლს.',
        'Develops monitoring, corrective-action and record-keeping procedures, including aflatoxin control for export hazelnuts.',
      ),
      bi('აანალიზებს შიდა აუდიტის შედეგებს და აგვარებს შეუსაბამობებს.', 'Analyses internal audit results and resolves non-conformities.'),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას საწარმოს სურსათის უვნებლობის სისტემაზე და პერსონალის ჰიგიენურ პრაქტიკებში სწავლებაზე.',
        "Takes responsibility for an enterprise's food safety system and for training staff in hygiene practice.",
      ),
      bi(
        'საფრთხის გამოვლენისას იღებს გადაწყვეტილებას პროდუქციის რეალიზაციის ან ბაზრიდან გამოთხოვის შესახებ.',
        'Decides on releasing or withdrawing products when a hazard is found.',
      ),
    ],
  },
  workload: {
    ects: 4,
    hoursPerEcts: 25,
    breakdown: [
      act('ლექციები და სემინარები', 'Lectures and workshops', 28),
      act('პრაქტიკა გადამამუშავებელ საწარმოში', 'Practice in a processing plant', 24),
      act('HACCP გეგმის პროექტი', 'HACCP plan project', 30),
      act('დამოუკიდებელი სწავლა', 'Independent study', 14),
      act('შეფასება', 'Assessment', 4),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: საწარმოს ვიზიტების ანგარიშები. შემაჯამებელი: HACCP გეგმა რეალური საწარმოსთვის (60%), შიდა აუდიტის სიმულაცია (20%), ტესტი (20%).',
    'Formative: reports on plant visits. Summative: a HACCP plan for a real enterprise (60%), an internal audit simulation (20%), test (20%).',
  ),
  participationMode: 'onsite',
  participationDetails: bi(
    'პირისპირ, ცენტრში ზუგდიდში, პრაქტიკით სამეგრელოს პარტნიორ თხილისა და რძის გადამამუშავებელ საწარმოებში.',
    'Face-to-face at the centre in Zugdidi, with practice in partner hazelnut and dairy processing plants in Samegrelo.',
  ),
  qualityAssurance: kolkhetiQa,
  entryRequirements: bi(
    'საბაკალავრო პროგრამის არანაკლებ 120 ECTS კრედიტი სურსათის ტექნოლოგიის, აგრარული მეცნიერებების, ქიმიის ან ბიოლოგიის სფეროში, ან პროფესიული კვალიფიკაცია და სურსათის წარმოებაში მუშაობის ორწლიანი გამოცდილება.',
    "At least 120 ECTS of Bachelor's studies in food technology, agriculture, chemistry or biology, or a vocational qualification and two years' work in food production.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: null,
  recognitionOpportunities: null,
  languages: ['ka'],
  contacts: [
    {
      name: 'Tornike Gogua',
      position: bi('აგროსასურსათო პროგრამების კოორდინატორი', 'Agri-food programmes coordinator'),
      email: 'tornike.gogua@kolkheti-centre.example',
    },
  ],
  targetAudience: bi(
    'თხილის, ციტრუსისა და რძის გადამამუშავებელი საწარმოების ხარისხის მენეჯერები და ტექნოლოგები სამეგრელოსა და გურიაში.',
    'Quality managers and technologists of hazelnut, citrus and dairy processing plants in Samegrelo and Guria.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'ევროკავშირის ბაზარზე თხილის ექსპორტისას აფლატოქსინებთან დაკავშირებული უარყოფები ზარალს აყენებს რეგიონის ეკონომიკას; საწარმოებს სჭირდებათ სპეციალისტები, რომლებიც HACCP სისტემას პრაქტიკაში დანერგავენ.',
    "Rejections of hazelnut exports to the EU because of aflatoxins hurt the region's economy; enterprises need specialists who can put a HACCP system into practice.",
  ),
  iscedField: '0721',
  durationWeeks: 6,
  location: bi('კოლხეთის პროფესიული სასწავლო ცენტრი, ზუგდიდი', 'Kolkheti Professional Training Centre, Zugdidi'),
  fee: gel(400),
  lmsUrl: null,
};

const solarPvV1: CourseDescription = {
  title: bi('მზის ფოტოვოლტური სისტემების დაპროექტება და მონტაჟი', 'Design and Installation of Solar Photovoltaic Systems'),
  ...deliveredBy(kolkheti),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის ფოტოვოლტური გარდაქმნის ფიზიკას და მოდულების, ინვერტორებისა და სამონტაჟო სისტემების მახასიათებლებს.',
        'Explains the physics of photovoltaic conversion and the characteristics of modules, inverters and mounting systems.',
      ),
      bi(
        'აღწერს საქართველოში მცირე სიმძლავრის ელექტროსადგურების ნეტო-აღრიცხვის წესებს და ქსელთან მიერთების პროცედურას.',
        'Describes the net-metering rules for small power plants in Georgia and the grid-connection procedure.',
      ),
    ],
    skills: [
      bi(
        'აპროექტებს ქსელთან მიერთებულ ფოტოვოლტურ სისტემას შინამეურნეობის ან მცირე ბიზნესისთვის, მათ შორის გამომუშავების შეფასებასა და ხარჯ-სარგებლის ანალიზს.',
        'Designs a grid-connected PV system for a household or small business, including yield estimation and cost-benefit analysis.',
      ),
      bi(
        'ამონტაჟებს, ტესტავს და ექსპლუატაციაში უშვებს ფოტოვოლტურ სისტემას ელექტროუსაფრთხოების სტანდარტების დაცვით.',
        'Installs, tests and commissions a PV system in line with electrical safety standards.',
      ),
      bi(
        'მონიტორინგის მონაცემებისა და გაზომვების საფუძველზე ადგენს და აღმოფხვრის გაუმართაობებს.',
        'Diagnoses and resolves faults using monitoring data and measurements.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'მართავს მცირე სამონტაჟო პროექტს და იღებს პასუხისმგებლობას გუნდის შრომის უსაფრთხოებაზე.',
        "Manages a small installation project and takes responsibility for the team's safety at work.",
      ),
      bi(
        'კეთილსინდისიერად უწევს კონსულტაციას კლიენტებს მზის ენერგიაში ინვესტიციის ტექნიკურ და ფინანსურ მიზანშეწონილობაზე.',
        'Advises clients honestly on the technical and financial feasibility of solar investments.',
      ),
    ],
  },
  workload: {
    ects: 8,
    hoursPerEcts: 25,
    breakdown: [
      act('ონლაინ თეორიული მოდულები', 'Online theory modules', 40),
      act('პრაქტიკული მეცადინეობები ცენტრის სახელოსნოში', "Practical sessions in the centre's workshop", 60),
      act('მონტაჟის პრაქტიკა ობიექტზე', 'Installation practice on site', 40),
      act('დაპროექტების პროექტი', 'Design project', 40),
      act('დამოუკიდებელი სწავლა', 'Independent study', 14),
      act('შეფასება', 'Assessment', 6),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: სახელოსნოს პრაქტიკული დავალებები, ონლაინ ქვიზები. შემაჯამებელი: სისტემის პროექტი (40%), მონტაჟისა და ექსპლუატაციაში გაშვების პრაქტიკული გამოცდა (40%), ტესტი (20%).',
    'Formative: workshop tasks, online quizzes. Summative: system design project (40%), practical installation and commissioning examination (40%), test (20%).',
  ),
  participationMode: 'blended',
  participationDetails: bi(
    'შერეული: ონლაინ თეორიული მოდულები და პრაქტიკული სწავლება ცენტრის მზის ენერგიის სახელოსნოში ზუგდიდში, მონტაჟის პრაქტიკით პარტნიორ კომპანიებთან.',
    "Blended: online theory modules and hands-on training in the centre's solar workshop in Zugdidi, with installation practice at partner companies.",
  ),
  qualityAssurance: kolkhetiQa,
  entryRequirements: bi(
    'საბაკალავრო პროგრამის არანაკლებ 120 ECTS კრედიტი ელექტროინჟინერიის, ენერგეტიკის ან ფიზიკის სფეროში, ან ელექტრიკოსის პროფესიული კვალიფიკაცია და ორწლიანი სამუშაო გამოცდილება.',
    "At least 120 ECTS of Bachelor's studies in electrical or power engineering or physics, or a vocational qualification as an electrician and two years' work experience.",
  ),
  identityCheck: 'supervised-with-id',
  grading: grading100,
  stackability: null,
  recognitionOpportunities: bi(
    'რიონის უნივერსიტეტთან გაფორმებული მემორანდუმის საფუძველზე შესაძლებელია 8 ECTS კრედიტის აღიარება ენერგეტიკის საბაკალავრო პროგრამის არჩევით კომპონენტში.',
    "Under a memorandum with Rioni University, 8 ECTS may be recognised in the elective component of its Bachelor's programme in Power Engineering.",
  ),
  languages: ['ka'],
  contacts: [
    {
      name: 'Beka Jikia',
      position: bi('განახლებადი ენერგიის პროგრამის ხელმძღვანელი', 'Renewable energy programme lead'),
      email: 'beka.jikia@kolkheti-centre.example',
    },
  ],
  targetAudience: bi(
    'ელექტრიკოსები, ენერგეტიკის სტუდენტები და სამშენებლო კომპანიების ტექნიკური პერსონალი დასავლეთ საქართველოში.',
    'Electricians, power engineering students and technical staff of construction companies in western Georgia.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'ნეტო-აღრიცხვის სქემის შემდეგ მზის პანელების დამონტაჟებაზე მოთხოვნა სწრაფად გაიზარდა, თუმცა კვალიფიციური დამპროექტებლებისა და მემონტაჟეების რაოდენობა არასაკმარისია.',
    'Since the net-metering scheme, demand for solar installations has grown fast, but there are too few qualified designers and installers.',
  ),
  iscedField: '0713',
  durationWeeks: 12,
  location: bi('კოლხეთის პროფესიული სასწავლო ცენტრი, ზუგდიდი', 'Kolkheti Professional Training Centre, Zugdidi'),
  fee: gel(1000),
  lmsUrl: 'https://learn.kolkheti-centre.example/solar-pv',
};

/** Draft of version 2: adds battery storage and hybrid systems. */
const solarPvDraft: CourseDescription = {
  ...solarPvV1,
  title: bi(
    'მზის ფოტოვოლტური სისტემებისა და ენერგიის აკუმულირების დაპროექტება და მონტაჟი',
    'Design and Installation of Solar Photovoltaic and Battery Storage Systems',
  ),
  learningOutcomes: {
    knowledge: [
      ...solarPvV1.learningOutcomes.knowledge,
      bi(
        'ხსნის ენერგიის აკუმულირების (ბატარეების) ტექნოლოგიებს და ჰიბრიდული სისტემების კონფიგურაციებს.',
        'Explains battery storage technologies and hybrid system configurations.',
      ),
    ],
    skills: [
      ...solarPvV1.learningOutcomes.skills,
      bi(
        'ანგარიშობს ბატარეული აკუმულირების სისტემის პარამეტრებს საკუთარი მოხმარებისა და სარეზერვო კვებისთვის.',
        'Sizes a battery storage system for self-consumption and backup supply.',
      ),
    ],
    responsibilityAutonomy: solarPvV1.learningOutcomes.responsibilityAutonomy,
  },
  workload: {
    ects: 8,
    hoursPerEcts: 25,
    breakdown: [
      act('ონლაინ თეორიული მოდულები', 'Online theory modules', 44),
      act('პრაქტიკული მეცადინეობები ცენტრის სახელოსნოში', "Practical sessions in the centre's workshop", 60),
      act('მონტაჟის პრაქტიკა ობიექტზე', 'Installation practice on site', 36),
      act('დაპროექტების პროექტი', 'Design project', 40),
      act('დამოუკიდებელი სწავლა', 'Independent study', 14),
      act('შეფასება', 'Assessment', 6),
    ],
  },
};

const businessEnglish: CourseDescription = {
  title: bi('საქმიანი ინგლისური პროფესიონალებისთვის (B2–C1)', 'Business English for Professionals (B2–C1)'),
  ...deliveredBy(kolkheti),
  learningOutcomes: {
    knowledge: [
      bi(
        'ხსნის ინგლისურენოვანი პროფესიული წერილობითი ჟანრების — ელფოსტის, ანგარიშების, წინადადებებისა და ოქმების — ნორმებს.',
        'Explains the conventions of professional written genres in English: e-mails, reports, proposals and minutes.',
      ),
      bi(
        'აღწერს საქმიანი კომუნიკაციის კულტურულ განსხვავებებს, რომლებიც მნიშვნელოვანია ევროკავშირის პარტნიორებთან მომუშავე ქართული კომპანიებისთვის.',
        'Describes the cultural differences in business communication that matter for Georgian companies working with EU partners.',
      ),
    ],
    skills: [
      bi(
        'წერს ნათელ, კარგად სტრუქტურირებულ საქმიან დოკუმენტებს ინგლისურ ენაზე კონკრეტული აუდიტორიისთვის.',
        'Writes clear, well-structured business documents in English for a specified audience.',
      ),
      bi(
        'ინგლისურ ენაზე უძღვება შეხვედრებს, მოლაპარაკებებსა და პრეზენტაციებს, პასუხობს შეკითხვებს და არგუმენტირებულად ეხმიანება საწინააღმდეგო მოსაზრებებს.',
        'Leads meetings, negotiations and presentations in English, answering questions and responding to objections with arguments.',
      ),
      bi(
        'აანალიზებს რთულ საკომუნიკაციო სიტუაციებს (მოლაპარაკება, კონფლიქტი, კულტურათაშორისი გაუგებრობა) და ირჩევს შესაბამის სტრატეგიას.',
        'Analyses complex communication situations (negotiation, conflict, intercultural misunderstanding) and chooses a suitable strategy.',
      ),
    ],
    responsibilityAutonomy: [
      bi(
        'იღებს პასუხისმგებლობას ინგლისურ ენაზე საკუთარი პროფესიული კომუნიკაციის სიზუსტესა და ტონზე.',
        'Takes responsibility for the accuracy and tone of their own professional communication in English.',
      ),
      bi(
        'უკუკავშირისა და თვითშეფასების საფუძველზე გეგმავს საკუთარ შემდგომ ენობრივ განვითარებას.',
        'Plans their own further language development on the basis of feedback and self-assessment.',
      ),
    ],
  },
  workload: {
    ects: 3,
    hoursPerEcts: 25,
    breakdown: [
      act('ცოცხალი ონლაინ მეცადინეობები მცირე ჯგუფებში', 'Live online classes in small groups', 30),
      act('დამოუკიდებელი სწავლა პლატფორმაზე', 'Self-study on the platform', 30),
      act('წერითი პორტფოლიო', 'Writing portfolio', 11),
      act('შეფასება', 'Assessment', 4),
    ],
  },
  level: level6,
  assessmentType: bi(
    'განმავითარებელი: წერითი დავალებები მასწავლებლის უკუკავშირით, როლური თამაშები. შემაჯამებელი: წერითი პორტფოლიო (40%), მოლაპარაკების სიმულაცია და პრეზენტაცია (40%), ონლაინ ტესტი (20%).',
    "Formative: writing tasks with the teacher's feedback, role plays. Summative: writing portfolio (40%), negotiation simulation and presentation (40%), online test (20%).",
  ),
  participationMode: 'online',
  participationDetails: bi(
    'ონლაინ: ცოცხალი მეცადინეობები მცირე ჯგუფებში კვირაში ორჯერ ვიდეოკონფერენციით და დამოუკიდებელი სწავლა ცენტრის პლატფორმაზე.',
    "Online: live small-group classes twice a week by video conference and self-study on the centre's platform.",
  ),
  qualityAssurance: kolkhetiQa,
  entryRequirements: bi(
    'ინგლისური ენის B2 დონე (მოწმდება განმსაზღვრელი ტესტით); ბაკალავრის ხარისხი ან პროფესიულ პოზიციაზე დასაქმება.',
    "English at B2 (checked by a placement test); a Bachelor's degree or employment in a professional role.",
  ),
  identityCheck: 'supervised-with-id',
  grading: bi(
    'ჩათვლა/არჩათვლა და საბოლოო შეფასებით მიღწეული დონე ენების შესწავლის საერთო ევროპული სარეკომენდაციო ჩარჩოს (CEFR) მიხედვით (B2+ ან C1).',
    'Pass/fail, with the level reached in the final assessment on the Common European Framework of Reference for Languages (B2+ or C1).',
  ),
  stackability: null,
  recognitionOpportunities: null,
  languages: ['en'],
  contacts: [
    {
      name: 'Ana Todua',
      position: bi('ენის პროგრამების კოორდინატორი', 'Language programmes coordinator'),
      email: 'ana.todua@kolkheti-centre.example',
    },
  ],
  targetAudience: bi(
    'საჯარო და კერძო სექტორის პროფესიონალები, რომლებიც ინგლისურ ენაზე უცხოელ პარტნიორებთან, დონორებთან ან კლიენტებთან მუშაობენ.',
    'Professionals in the public and private sectors who work in English with foreign partners, donors or clients.',
  ),
  targetAudienceJustification: null,
  rationale: bi(
    'ევროკავშირთან ღრმა და ყოვლისმომცველი თავისუფალი ვაჭრობის სივრცე და საერთაშორისო პროექტები რეგიონულ კომპანიებსა და უწყებებს ინგლისურ ენაზე პროფესიული კომუნიკაციის უნარებს მოსთხოვს.',
    'The Deep and Comprehensive Free Trade Area with the EU and international projects require regional companies and agencies to communicate professionally in English.',
  ),
  iscedField: '0231',
  durationWeeks: 8,
  location: null,
  fee: gel(350),
  lmsUrl: 'https://learn.kolkheti-centre.example/business-english',
};

// ---------------------------------------------------------------------------
// The courses, with their rights as at 2026-11-28

export const demoCourses: DemoCourse[] = [
  { key: 'ai-research', providerSlug: mtkvari.slug, versions: [aiResearch], right: right('2025-10-20') },
  { key: 'research-methods', providerSlug: mtkvari.slug, versions: [researchMethods], right: null },
  {
    key: 'public-procurement',
    providerSlug: mtkvari.slug,
    versions: [publicProcurement],
    right: right('2025-11-03', { suspendedFrom: '2026-10-20' }),
  },
  { key: 'heritage-management', providerSlug: mtkvari.slug, versions: [heritageManagement], right: right('2026-06-01') },
  { key: 'inclusive-education', providerSlug: rioni.slug, versions: [inclusiveEducation], right: right('2025-07-25') },
  { key: 'formative-assessment', providerSlug: rioni.slug, versions: [formativeAssessment], right: right('2024-08-30') },
  { key: 'gis-planning', providerSlug: rioni.slug, versions: [gisPlanning], right: right('2026-04-06') },
  {
    key: 'tourism-destination',
    providerSlug: chorokhi.slug,
    versions: [tourismDestination],
    right: heiRegistration('2025-09-01'),
  },
  { key: 'hotel-revenue', providerSlug: chorokhi.slug, versions: [hotelRevenue], right: right('2026-02-16') },
  { key: 'wine-technology', providerSlug: alazani.slug, versions: [wineTechnology], right: heiRegistration('2026-01-12') },
  { key: 'climate-viticulture', providerSlug: alazani.slug, versions: [climateViticulture], right: right('2026-03-02') },
  {
    key: 'data-analytics',
    providerSlug: digitalBridge.slug,
    versions: [dataAnalyticsV1, dataAnalyticsV2],
    right: right('2025-03-14'),
  },
  {
    key: 'cybersecurity-soc',
    providerSlug: digitalBridge.slug,
    versions: [cybersecuritySoc],
    right: right('2025-06-02', { suspendedFrom: '2026-09-15' }),
  },
  {
    key: 'digital-marketing',
    providerSlug: digitalBridge.slug,
    versions: [digitalMarketing],
    right: right('2025-02-10', { terminatedFrom: '2026-07-01' }),
  },
  {
    key: 'ifrs-reporting',
    providerSlug: reportingAssociation.slug,
    versions: [ifrsReportingV1, ifrsReportingV2],
    right: right('2025-05-19'),
  },
  { key: 'ifrs-smes', providerSlug: reportingAssociation.slug, versions: [ifrsSmes], right: right('2024-04-15') },
  {
    key: 'palliative-care',
    providerSlug: nursingAssociation.slug,
    versions: [palliativeCareV1, palliativeCareV2],
    right: right('2025-12-08', { monitoring: true }),
  },
  { key: 'food-safety-haccp', providerSlug: kolkheti.slug, versions: [foodSafetyHaccp], right: null },
  {
    key: 'solar-pv',
    providerSlug: kolkheti.slug,
    versions: [solarPvV1],
    draft: solarPvDraft,
    right: right('2026-05-11', { monitoring: true }),
  },
  { key: 'business-english', providerSlug: kolkheti.slug, versions: [businessEnglish], right: right('2025-08-18') },
];
