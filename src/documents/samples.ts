// One filled-in example of every document, for tests, previews and the docs. The
// provider, course and people are invented.
import type { DocumentBase, DocumentInput, DocumentKind, GroupMember, Signatory } from './templates.js';

const base: DocumentBase = {
  documentCode: 'ORD-2026-0012',
  issueDate: '2026-04-16',
  applicationCode: 'APP-2026-0031',
  provider: { name: { ka: 'შპს „ციფრული უნარების აკადემია“', en: 'Digital Skills Academy LLC' }, identificationCode: '405123456' },
  course: { code: 'MC-2026-0007', version: 2, title: { ka: 'მონაცემთა ანალიტიკა საჯარო სექტორისთვის', en: 'Data analytics for the public sector' } },
  legalBasis: { ka: 'სახელმძღვანელო, თავი VIII', en: 'Guide VIII' },
};

const director: Signatory = { name: { ka: 'ნინო ბერიძე', en: 'Nino Beridze' }, position: { ka: 'ცენტრის დირექტორი', en: 'Director of the Center' } };

const members: GroupMember[] = [
  { role: 'qa-expert', name: { ka: 'თამარ გელაშვილი', en: 'Tamar Gelashvili' }, chair: true },
  { role: 'course-expert', name: { ka: 'დავით ლომიძე', en: 'Davit Lomidze' } },
  { role: 'field-expert', name: { ka: 'ეკატერინე ჯავახიშვილი', en: 'Ekaterine Javakhishvili' } },
  { role: 'resources-expert', name: { ka: 'გიორგი კაპანაძე', en: 'Giorgi Kapanadze' } },
  { role: 'learner-expert', name: { ka: 'ანა მაისურაძე', en: 'Ana Maisuradze' } },
  { role: 'employer', name: { ka: 'ლევან წერეთელი', en: 'Levan Tsereteli' } },
];

export const sampleDocuments: { [K in DocumentKind]: Extract<DocumentInput, { kind: K }> } = {
  'order-seeker-status': {
    kind: 'order-seeker-status',
    data: { ...base, submittedOn: '2026-04-08', correctedOn: '2026-04-14', expertGroupDueDate: '2026-04-30', signatory: director },
  },
  'order-without-review': {
    kind: 'order-without-review',
    data: {
      ...base,
      documentCode: 'ORD-2026-0013',
      submittedOn: '2026-04-08',
      ground: 'not-corrected',
      deficiencyOrder: { code: 'ORD-2026-0009', date: '2026-04-09' },
      correctionDueDate: '2026-04-24',
      reasons: [
        { ka: 'თვითშეფასების ფორმაში არ არის შევსებული კომპონენტი 2.3.', en: 'Component 2.3 of the self-evaluation form is not filled in.' },
        { ka: 'არ არის წარმოდგენილი დამსაქმებლებთან კონსულტაციების ოქმები.', en: 'The minutes of consultations with employers are missing.' },
      ],
      signatory: director,
    },
  },
  'order-deficiencies': {
    kind: 'order-deficiencies',
    data: {
      ...base,
      documentCode: 'ORD-2026-0009',
      issueDate: '2026-04-09',
      submittedOn: '2026-04-08',
      deficiencies: [
        {
          reference: { ka: 'კომპონენტი 2.3', en: 'Component 2.3' },
          description: { ka: 'თვითშეფასების ფორმაში არ არის შევსებული კომპონენტი 2.3.', en: 'Component 2.3 of the self-evaluation form is not filled in.' },
        },
        {
          reference: { ka: 'დანართი 4', en: 'Annex 4' },
          description: { ka: 'არ არის წარმოდგენილი დამსაქმებლებთან კონსულტაციების ოქმები.', en: 'The minutes of consultations with employers are missing.' },
        },
      ],
      correction: { workingDays: 10, dueDate: '2026-04-27' },
      signatory: director,
    },
  },
  'order-expert-group': {
    kind: 'order-expert-group',
    data: {
      ...base,
      documentCode: 'ORD-2026-0015',
      issueDate: '2026-04-22',
      seekerOrder: { code: 'ORD-2026-0012', date: '2026-04-16' },
      members,
      visit: { from: '2026-05-11', to: '2026-05-12', address: { ka: 'თბილისი, ჭავჭავაძის გამზ. 12', en: '12 Chavchavadze Ave, Tbilisi' } },
      recusalDueDate: '2026-04-24',
      signatory: director,
    },
  },
  'recusal-decision': {
    kind: 'recusal-decision',
    data: {
      ...base,
      documentCode: 'DEC-2026-0004',
      issueDate: '2026-04-28',
      expertGroupOrder: { code: 'ORD-2026-0015', date: '2026-04-22' },
      motion: {
        filedOn: '2026-04-23',
        grounds: {
          ka: 'დარგის ექსპერტი ბოლო ორი წლის განმავლობაში დაწესებულების კონკურენტ ორგანიზაციაში მუშაობდა.',
          en: 'In the last two years the field expert worked for a competitor of the institution.',
        },
      },
      rulings: [
        { name: { ka: 'ეკატერინე ჯავახიშვილი', en: 'Ekaterine Javakhishvili' }, role: 'field-expert', outcome: 'granted', replacement: { ka: 'მარიამ ხარაბაძე', en: 'Mariam Kharabadze' } },
      ],
      reasons: {
        ka: 'ექსპერტმა დაადასტურა შრომითი ურთიერთობა; ეს ქმნის ინტერესთა კონფლიქტს.',
        en: 'The expert confirmed the employment; it is a conflict of interest.',
      },
      signatory: director,
    },
  },
  'expert-report': {
    kind: 'expert-report',
    data: {
      ...base,
      documentCode: 'REP-2026-0003',
      issueDate: '2026-05-25',
      stage: 'final',
      visit: { from: '2026-05-11', to: '2026-05-12' },
      members,
      catalogueVersion: '2025-draft',
      components: [
        {
          number: '1.1',
          title: { ka: 'მიკროკრედენციალის მიზნები და სწავლის შედეგები', en: 'Objectives and learning outcomes' },
          rating: 'complies',
          reasons: { ka: 'მიზნები და შედეგები ნათელი და გაზომვადია.', en: 'The objectives and outcomes are clear and measurable.' },
        },
        {
          number: '1.3',
          title: { ka: 'დამსაქმებელთა ჩართულობა', en: 'Employer involvement' },
          rating: 'substantially-complies',
          reasons: { ka: 'კონსულტაციები ჩატარდა ორ დამსაქმებელთან.', en: 'Consultations were held with two employers.' },
          recommendations: { ka: 'გაფართოვდეს კონსულტაციების წრე.', en: 'Widen the circle of consultations.' },
        },
        {
          number: '2.5',
          title: { ka: 'მსმენელის შეფასება', en: 'Learner evaluation' },
          rating: 'partially-complies',
          reasons: { ka: 'შეფასების რუბრიკები არ არის გამოქვეყნებული.', en: 'The assessment rubrics are not published.' },
        },
        {
          number: '4.5',
          title: { ka: 'ბიუჯეტი და მდგრადობა', en: 'Budget and sustainability' },
          rating: 'does-not-comply',
          reasons: { ka: 'ბიუჯეტი არ ფარავს პლატფორმის ხარჯებს.', en: 'The budget does not cover the platform costs.' },
        },
      ],
      summary: {
        ka: 'კურსი ძირითადად აკმაყოფილებს სტანდარტებს; საჭიროა ბიუჯეტის გადახედვა.',
        en: 'The course mostly meets the standards; the budget needs revising.',
      },
      providerPosition: {
        receivedOn: '2026-05-20',
        consideration: { ka: 'ჯგუფმა გაითვალისწინა პოზიცია კომპონენტ 1.3-ში.', en: 'The group took the position into account under component 1.3.' },
      },
    },
  },
  'council-decision': {
    kind: 'council-decision',
    data: {
      ...base,
      documentCode: 'ACD-2026-0021',
      issueDate: '2026-06-15',
      decision: 'grant-with-monitoring',
      reasons: {
        ka: 'საექსპერტო ჯგუფის დასკვნის თანახმად, კურსი ძირითადად აკმაყოფილებს სტანდარტებს.',
        en: 'According to the expert group’s report the course mostly meets the standards.',
      },
      implementationTimeframe: { ka: 'კურსი ხორციელდება 2026-09-01-დან.', en: 'The course runs from 2026-09-01.' },
      monitoringConditions: { ka: 'მონიტორინგი მოიცავს კომპონენტ 4.5-ს.', en: 'The monitoring covers component 4.5.' },
      meeting: { date: '2026-06-05', place: { ka: 'ცენტრის სხდომათა დარბაზი', en: 'Meeting room of the Center' } },
      finalReport: { code: 'REP-2026-0003', date: '2026-05-25' },
      attendance: {
        present: [
          { ka: 'ირაკლი ჩხეიძე', en: 'Irakli Chkheidze' },
          { ka: 'მაია ნოზაძე', en: 'Maia Nozadze' },
          { ka: 'ზურაბ ტაბატაძე', en: 'Zurab Tabatadze' },
          { ka: 'ქეთევან აბაშიძე', en: 'Ketevan Abashidze' },
          { ka: 'სოფო გოგოლაძე', en: 'Sopo Gogoladze' },
        ],
        absent: [{ ka: 'ბესიკ ხუციშვილი', en: 'Besik Khutsishvili' }],
      },
      votes: { grant: 1, 'grant-with-monitoring': 3, refuse: 1 },
      right: { validFrom: '2026-06-16', validUntil: '2028-06-15' },
      chair: { ka: 'ირაკლი ჩხეიძე', en: 'Irakli Chkheidze' },
      secretary: { ka: 'მაია ნოზაძე', en: 'Maia Nozadze' },
    },
  },
  'hearing-notice': {
    kind: 'hearing-notice',
    data: {
      ...base,
      documentCode: 'NOT-2026-0008',
      issueDate: '2026-05-27',
      meeting: { date: '2026-06-05', time: '11:00', place: { ka: 'ცენტრის სხდომათა დარბაზი', en: 'Meeting room of the Center' } },
      finalReport: { code: 'REP-2026-0003', date: '2026-05-25' },
      signatory: director,
    },
  },
  'monitoring-result': {
    kind: 'monitoring-result',
    data: {
      ...base,
      documentCode: 'MON-2027-0002',
      issueDate: '2027-02-10',
      monitoringCode: 'MON-2027-0002',
      kind: 'unscheduled',
      complaint: {
        code: 'CMP-2027-0001',
        receivedOn: '2027-01-15',
        violations: [{ ka: 'სერტიფიკატი გაიცა შეფასების გარეშე.', en: 'A certificate was issued without assessment.' }],
      },
      period: { from: '2027-01-18', to: '2027-02-10' },
      rightDecision: { code: 'ACD-2026-0021', date: '2026-06-15' },
      findings: [{ ka: 'ორ მსმენელს სერტიფიკატი შეფასების გარეშე მიეცა.', en: 'Two learners received certificates without assessment.' }],
      outcome: 'suspend',
      reasons: { ka: 'დარღვევა დადასტურდა.', en: 'The violation was confirmed.' },
      signatory: director,
    },
  },
  'appeal-outcome': {
    kind: 'appeal-outcome',
    data: {
      ...base,
      documentCode: 'APL-2026-0001',
      issueDate: '2026-07-20',
      appealedDecision: { code: 'ACD-2026-0021', date: '2026-06-15' },
      appeal: {
        filedOn: '2026-06-25',
        grounds: { ka: 'დაწესებულება არ ეთანხმება მონიტორინგის პირობას.', en: 'The institution disagrees with the monitoring condition.' },
      },
      outcome: 'dismissed',
      reasons: { ka: 'პირობა დასაბუთებულია დასკვნით.', en: 'The condition is supported by the report.' },
      signatory: { name: { ka: 'ლაშა ქავთარაძე', en: 'Lasha Kavtaradze' }, position: { ka: 'სააპელაციო საბჭოს თავმჯდომარე', en: 'Chair of the Appeals Council' } },
    },
  },
};
