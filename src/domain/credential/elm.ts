// A signed OpenBadgeCredential exported as a European Digital Credential (EDC) of the
// European Learning Model 3 (JSON-LD, EDC application profile). The structure follows the
// Commission's sample micro-credential (Sample-MC-Annex1): credential → Person → LearningAchievement
// → Qualification, with the Annex I elements where that sample puts them. docs/elm.md has the
// mapping table and what is left out.
//
// Pure: the same credential always gives the same document. Node ids are name-based UUIDs
// (version 5) of the credential id, so a re-export never invents new identifiers.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Bilingual, IdentityCheck, LearningOutcomes, ParticipationMode, QfEheaCycle } from '../course/description.js';
import { iscedField, iscedUri } from '../course/isced.js';

/** The EDC application profile's JSON-LD context (a local copy ships in contexts/). */
export const EDC_CONTEXT_URL = 'http://data.europa.eu/snb/model/context/edc-ap';
/** ELM 3 EDCs are VC Data Model 1.1 documents with the VC 2.0 date terms `issued`/`validFrom`. */
export const VC_V1_CONTEXT_URL = 'https://www.w3.org/2018/credentials/v1';
/** The SHACL shapes an EDC declares as its `credentialSchema` (EDC generic profile, with vocabularies). */
export const EDC_SHAPES_URL = 'http://data.europa.eu/snb/model/ap/edc-generic-full';

let edcContext: unknown;
/**
 * The JSON-LD contexts an export needs besides VC 1.1 (which the trust document loader already
 * serves), by URL, for `createDocumentLoader({ contexts })`. Read once from the local copy: never fetched.
 */
export function elmContexts(): Record<string, unknown> {
  edcContext ??= JSON.parse(readFileSync(new URL('./contexts/edc-ap-context.jsonld', import.meta.url), 'utf8'));
  return { [EDC_CONTEXT_URL]: edcContext };
}

// ---- input: the parts of the platform's OpenBadgeCredential the export reads ----

/** The EU elements of the achievement's `microCredential` extension (see achievement.ts). */
export interface MicroCredentialElements {
  courseCode: string;
  courseVersion: number;
  registryUrl: string;
  titleTranslations: Bilingual;
  deliveringInstitutions: Bilingual[];
  awardingBodies: Bilingual[];
  country: string;
  region: Bilingual;
  learningOutcomes: LearningOutcomes;
  ectsCredits: number;
  notionalWorkloadHours: number;
  nqfLevel: number;
  eqfLevel: number;
  qfEheaCycle: QfEheaCycle;
  assessmentType: Bilingual;
  participationMode: ParticipationMode;
  participationDetails: Bilingual;
  qualityAssurance: { internal: Bilingual; external: Bilingual };
  entryRequirements?: Bilingual;
  identityCheck?: IdentityCheck;
  stackability?: Bilingual;
}

export interface ElmSourceCredential {
  id: string;
  issuer: { id: string; name: string };
  validFrom: string;
  validUntil?: string;
  awardedDate?: string;
  proof?: { created?: string } | Array<{ created?: string }>;
  credentialSubject: {
    identifier?: Array<{ identityType: string; hashed: boolean; identityHash: string }>;
    achievement: {
      inLanguage?: string;
      creator?: { url?: string };
      alignment?: Array<{ targetType?: string; targetCode?: string }>;
      microCredential: MicroCredentialElements;
    };
  };
}

export interface ElmExportOptions {
  /** Where the original (Open Badges) credential can be seen and verified; exported as a supplementary document. */
  credentialUrl?: string;
  /**
   * The picture an EDC viewer shows (the profile requires one). Give the certificate rendering
   * (PNG or JPEG, base64); without it a small bilingual SVG card is generated.
   */
  displayImage?: { mediaType: 'image/png' | 'image/jpeg'; base64: string };
}

type LangMap = Partial<Record<'ka' | 'en', string>>;
type Node = { [key: string]: unknown };
export type ElmDocument = Node & { '@context': string[]; id: string; type: string[] };

// ---- controlled vocabularies (EU Publications Office URIs, as the Commission's sample uses) ----

const SNB = 'http://data.europa.eu/snb';
const AUTHORITY = 'http://publications.europa.eu/resource/authority';

function concept(id: string, scheme: string, prefLabel: LangMap): Node {
  // The full shapes check a concept's scheme from the data itself, so each concept carries it.
  return { id, type: 'Concept', inScheme: { id: scheme, type: 'ConceptScheme' }, prefLabel };
}

const genericProfile = () => concept(`${SNB}/credential/e34929035b`, `${SNB}/credential/25831c2`, { en: 'Generic' });
const ectsFramework = () =>
  concept(`${SNB}/education-credit/6fcec5c5af`, `${SNB}/education-credit/25831c2`, { en: 'European Credit Transfer System' });
const eqfConcept = (level: number) => concept(`${SNB}/eqf/${level}`, `${SNB}/eqf/25831c2`, { en: `Level ${level}` });
const base64Encoding = () => concept(`${SNB}/encoding/6146cde7dd`, `${SNB}/encoding/25831c2`, { en: 'base64' });
const fileType = (code: 'PNG' | 'JPEG' | 'SVG') => concept(`${AUTHORITY}/file-type/${code}`, `${AUTHORITY}/file-type`, { en: code });
// "Program license": a licence for an institution to provide a specific programme, granted by a
// public authority; that is what the Accreditation Council's right to implement a course is.
const programmeLicence = () =>
  concept(`${SNB}/accreditation/e57dddfcf3`, `${SNB}/accreditation/25831c2`, { en: 'Program license' });

/** Modes of learning and assessment; Georgian labels as the platform shows them. */
const modes: Record<ParticipationMode, { code: string; label: Bilingual }> = {
  online: { code: '920fbb3cbe', label: { en: 'Online', ka: 'დისტანციური' } },
  onsite: { code: '9191af2ed9', label: { en: 'Presential', ka: 'პირისპირ' } },
  blended: { code: 'e92d221e4d', label: { en: 'Blended', ka: 'შერეული' } },
};
const modeConcept = (mode: ParticipationMode) =>
  concept(`${SNB}/learning-assessment/${modes[mode].code}`, `${SNB}/learning-assessment/25831c2`, modes[mode].label);

const identityChecks: Record<IdentityCheck, { code?: string; label: Bilingual }> = {
  // The only supervision concept confirmed from the Commission's sample; the other two are
  // exported as text until their URIs are checked against the vocabulary.
  'unsupervised-no-id': {
    code: 'c598449d64',
    label: { en: 'Unsupervised, without identity check', ka: 'ზედამხედველობის გარეშე, იდენტიფიკაციის გარეშე' },
  },
  'supervised-no-id': { label: { en: 'Supervised, without identity check', ka: 'ზედამხედველობით, იდენტიფიკაციის გარეშე' } },
  'supervised-with-id': { label: { en: 'Supervised, with identity check', ka: 'ზედამხედველობით, პიროვნების იდენტიფიკაციით' } },
};

/** Headings of the elements that travel as notes (Georgian as the platform shows them). */
const noteHeadings = {
  nqf: { en: 'National Qualifications Framework (NQF) level', ka: 'ეროვნული კვალიფიკაციების ჩარჩოს (ეკჩ) დონე' },
  cycle: { en: 'QF-EHEA cycle', ka: 'QF-EHEA საფეხური' },
  internalQa: { en: 'Internal quality assurance', ka: 'ხარისხის შიდა უზრუნველყოფა' },
  stackability: { en: 'Stackability and integration', ka: 'დაგროვებადობა და ინტეგრაცია' },
} satisfies Record<string, Bilingual>;

const cycleLabels: Record<QfEheaCycle, Bilingual> = {
  first: { en: 'First cycle', ka: 'პირველი საფეხური' },
  second: { en: 'Second cycle', ka: 'მეორე საფეხური' },
};

const outcomeHeadings: Record<keyof LearningOutcomes, Bilingual> = {
  knowledge: { en: 'Knowledge and understanding', ka: 'ცოდნა და გაცნობიერება' },
  skills: { en: 'Skills', ka: 'უნარები' },
  responsibilityAutonomy: { en: 'Responsibility and autonomy', ka: 'პასუხისმგებლობა და ავტონომიურობა' },
};

function countryConcept(alpha2: string): Node {
  const code = countryCodes.get(alpha2.toUpperCase());
  if (!code) throw new Error(`No EU country code is known for "${alpha2}".`);
  return concept(`${AUTHORITY}/country/${code}`, `${AUTHORITY}/country`, {
    en: displayName('en', 'region', alpha2),
    ka: displayName('ka', 'region', alpha2),
  });
}

function languageConcept(alpha2: string): Node | undefined {
  const code = languageCodes.get(alpha2.toLowerCase());
  if (!code) return undefined;
  return concept(`${AUTHORITY}/language/${code}`, `${AUTHORITY}/language`, {
    en: displayName('en', 'language', alpha2),
    ka: displayName('ka', 'language', alpha2),
  });
}

function displayName(locale: string, type: 'region' | 'language', code: string): string {
  return new Intl.DisplayNames([locale], { type }).of(code) ?? code;
}

// ---- identifiers ----

// A fixed namespace for the platform's ELM exports (UUID version 5, RFC 9562 section 5.5).
const NAMESPACE = Buffer.from('9646393eb20243c2a7e0a18709ae2b42', 'hex');

/** `urn:uuid:` ids derived from the credential id and a node name: the same inputs, the same id. */
function nodeIds(credentialId: string) {
  return (name: string) => {
    const hash = createHash('sha1').update(NAMESPACE).update(`${credentialId}#${name}`, 'utf8').digest();
    hash[6] = (hash[6]! & 0x0f) | 0x50;
    hash[8] = (hash[8]! & 0x3f) | 0x80;
    const hex = hash.subarray(0, 16).toString('hex');
    return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

// ---- the export ----

const note = (id: string, text: LangMap): Node => ({ id, type: 'Note', noteLiteral: text });

/** A name's language tag by its script: ELM wants a tagged literal, and a learner's name has no declared language. */
const nameLanguage = (name: string): 'ka' | 'en' => (/[\u10a0-\u10ff\u1c90-\u1cbf]/.test(name) ? 'ka' : 'en');

export function toEuropeanLearningModel(credential: ElmSourceCredential, options: ElmExportOptions = {}): ElmDocument {
  const id = nodeIds(credential.id);
  const headedNote = (heading: keyof typeof noteHeadings, value: Bilingual) =>
    note(id(`note ${heading}`), {
      en: `${noteHeadings[heading].en}: ${value.en}`,
      ka: `${noteHeadings[heading].ka}: ${value.ka}`,
    });
  const { achievement } = credential.credentialSubject;
  const mc = achievement.microCredential;
  const title = mc.titleTranslations;

  // Annex I "country/region of the issuer": the course's country and region, used as the
  // location of every organisation named on it (the credential records no other).
  const location: Node = {
    id: id('location'),
    type: 'Location',
    address: { id: id('address'), type: 'Address', countryCode: countryConcept(mc.country) },
    geographicName: mc.region,
  };
  const named = [...mc.awardingBodies, ...mc.deliveringInstitutions];
  const organisations = new Map<string, Node>();
  const organisation = (name: LangMap & { en: string }): Node => {
    let node = organisations.get(name.en);
    if (!node) {
      node = { id: id(`organisation ${name.en}`), type: 'Organisation', legalName: name, location };
      organisations.set(name.en, node);
    }
    return node;
  };

  // The issuer is a named organisation too when it awards or delivers (one node, one id).
  const issuer = organisation(named.find((name) => name.en === credential.issuer.name) ?? { en: credential.issuer.name });
  // The profile requires an eIDAS legal identifier; the credential carries the issuer's did:web,
  // which identifies the provider on the platform (its registration number is not in the credential).
  issuer.eIDASIdentifier = {
    id: id('issuer legal identifier'),
    type: 'LegalIdentifier',
    notation: credential.issuer.id,
    schemeName: 'did:web',
    spatial: countryConcept(mc.country),
  };
  if (achievement.creator?.url) {
    issuer.homepage = { id: id('issuer homepage'), type: 'WebResource', contentURL: achievement.creator.url };
  }

  const awardingProcess: Node = {
    id: id('awardingProcess'),
    type: 'AwardingProcess',
    awardingBody: mc.awardingBodies.map(organisation),
    awardingDate: credential.awardedDate ?? credential.validFrom,
    location,
  };
  const awardedBy = { id: awardingProcess.id };

  const outcomeDomains = Object.keys(outcomeHeadings) as Array<keyof LearningOutcomes>;
  const learningOutcome = outcomeDomains.flatMap((domain) =>
    mc.learningOutcomes[domain].map((outcome, index) => ({
      id: id(`learningOutcome ${domain} ${index}`),
      type: 'LearningOutcome',
      title: outcome,
    })),
  );
  // ELM has no field for the NQF/EQF descriptor domain of an outcome: the summary keeps the grouping.
  const outcomeSummary = (lang: 'en' | 'ka') =>
    outcomeDomains
      .map((domain) => [outcomeHeadings[domain][lang], ...mc.learningOutcomes[domain].map((item) => `- ${item[lang]}`)].join('\n'))
      .join('\n\n');

  const accreditingAgent: Node = {
    id: id('organisation NCEQE'),
    type: 'Organisation',
    legalName: { en: 'National Center for Educational Quality Enhancement', ka: 'განათლების ხარისხის განვითარების ეროვნული ცენტრი' },
    location: {
      id: id('location GE'),
      type: 'Location',
      address: { id: id('address GE'), type: 'Address', countryCode: countryConcept('GE') },
    },
  };

  const iscedCode = achievement.alignment?.find((alignment) => alignment.targetType === 'ext:ISCEDF')?.targetCode;
  const isced = iscedCode ? iscedField(iscedCode) : undefined;
  const language = achievement.inLanguage ? languageConcept(achievement.inLanguage) : undefined;

  const qualification: Node = {
    id: id('qualification'),
    type: 'Qualification',
    title,
    identifier: [
      { id: id('course code'), type: 'Identifier', notation: mc.courseCode, schemeName: 'microcred course code' },
      {
        id: id('course version'),
        type: 'Identifier',
        notation: `${mc.courseCode}/${mc.courseVersion}`,
        schemeName: 'microcred course version',
      },
    ],
    homepage: { id: id('registry page'), type: 'WebResource', contentURL: mc.registryUrl },
    eqfLevel: eqfConcept(mc.eqfLevel),
    creditPoint: { id: id('creditPoint'), type: 'CreditPoint', framework: ectsFramework(), point: String(mc.ectsCredits) },
    volumeOfLearning: `PT${mc.notionalWorkloadHours}H`,
    learningOutcome,
    learningOutcomeSummary: note(id('learningOutcomeSummary'), { en: outcomeSummary('en'), ka: outcomeSummary('ka') }),
    mode: modeConcept(mc.participationMode),
    ...(isced
      ? { thematicArea: concept(iscedUri(isced.code), `${SNB}/isced-f/25831c2`, { en: isced.label.en, ka: isced.label.ka }) }
      : {}),
    ...(language ? { language } : {}),
    ...(mc.entryRequirements ? { entryRequirement: note(id('entryRequirement'), mc.entryRequirements) } : {}),
    // No EU vocabulary holds the Georgian NQF levels or the QF-EHEA cycles: they travel as notes.
    additionalNote: [
      headedNote('nqf', { en: String(mc.nqfLevel), ka: String(mc.nqfLevel) }),
      headedNote('cycle', cycleLabels[mc.qfEheaCycle]),
      headedNote('internalQa', mc.qualityAssurance.internal),
      ...(mc.stackability ? [headedNote('stackability', mc.stackability)] : []),
    ],
    accreditation: {
      id: id('accreditation'),
      type: 'Accreditation',
      dcType: programmeLicence(),
      title: mc.qualityAssurance.external,
      accreditingAgent,
    },
  };

  const identityCheck = mc.identityCheck ? identityChecks[mc.identityCheck] : undefined;
  const learningAssessment: Node = {
    id: id('learningAssessment'),
    type: 'LearningAssessment',
    title: mc.assessmentType,
    // ELM requires a grade; the platform issues a credential only to a learner who passed.
    grade: note(id('grade'), { en: 'Pass', ka: 'ჩაითვალა' }),
    awardedBy,
    ...(identityCheck ? { description: identityCheck.label } : {}),
    ...(identityCheck?.code
      ? {
          idVerification: concept(
            `${SNB}/supervision-verification/${identityCheck.code}`,
            `${SNB}/supervision-verification/25831c2`,
            { en: identityCheck.label.en },
          ),
        }
      : {}),
    specifiedBy: { id: id('learningAssessmentSpecification'), type: 'LearningAssessmentSpecification', title: mc.assessmentType },
  };

  const learningActivity: Node = {
    id: id('learningActivity'),
    type: 'LearningActivity',
    title,
    awardedBy,
    directedBy: mc.deliveringInstitutions.map(organisation),
    specifiedBy: {
      id: id('learningActivitySpecification'),
      type: 'LearningActivitySpecification',
      title,
      description: mc.participationDetails,
      mode: modeConcept(mc.participationMode),
    },
  };

  const learnerName = credential.credentialSubject.identifier?.find(
    (identity) => identity.identityType === 'name' && !identity.hashed,
  )?.identityHash;

  const learningAchievement: Node = {
    id: id('learningAchievement'),
    type: 'LearningAchievement',
    title,
    awardedBy: awardingProcess,
    specifiedBy: qualification,
    provenBy: learningAssessment,
    influencedBy: learningActivity,
    ...(options.credentialUrl
      ? {
          supplementaryDocument: {
            id: id('original credential'),
            type: 'WebResource',
            title: { en: 'The original Open Badges credential', ka: 'ორიგინალი Open Badges კრედენციალი' },
            contentURL: options.credentialUrl,
          },
        }
      : {}),
  };

  const image = options.displayImage ?? {
    mediaType: 'image/svg+xml' as const,
    base64: Buffer.from(displayCard(credential, learnerName), 'utf8').toString('base64'),
  };
  const mediaObject: Node = {
    id: id('display image'),
    type: 'MediaObject',
    content: image.base64,
    contentEncoding: base64Encoding(),
    contentType: fileType(image.mediaType === 'image/png' ? 'PNG' : image.mediaType === 'image/jpeg' ? 'JPEG' : 'SVG'),
  };
  const displayLanguages = ['ka', 'en'] as const;

  return {
    '@context': [VC_V1_CONTEXT_URL, EDC_CONTEXT_URL],
    id: id('credential'),
    type: ['VerifiableCredential', 'EuropeanDigitalCredential'],
    identifier: { id: id('source credential'), type: 'Identifier', notation: credential.id, schemeName: 'Open Badges 3.0 credential id' },
    credentialProfiles: genericProfile(),
    credentialSchema: { id: EDC_SHAPES_URL, type: 'ShaclValidator2017' },
    issuer,
    // When the original was signed, else its validity start.
    issued: [credential.proof ?? []].flat()[0]?.created ?? credential.validFrom,
    validFrom: credential.validFrom,
    ...(credential.validUntil ? { validUntil: credential.validUntil } : {}),
    credentialSubject: {
      id: id('person'),
      type: 'Person',
      ...(learnerName ? { fullName: { [nameLanguage(learnerName)]: learnerName } } : {}),
      hasClaim: learningAchievement,
    },
    displayParameter: {
      id: id('displayParameter'),
      type: 'DisplayParameter',
      title: { en: 'Micro-credential', ka: 'მიკროკრედენციალი' },
      primaryLanguage: languageConcept('ka'),
      language: displayLanguages.map((lang) => languageConcept(lang)),
      individualDisplay: displayLanguages.map((lang) => ({
        id: id(`individualDisplay ${lang}`),
        type: 'IndividualDisplay',
        language: languageConcept(lang),
        displayDetail: { id: id(`displayDetail ${lang}`), type: 'DisplayDetail', page: 1, image: mediaObject },
      })),
    },
  };
}

// ---- the default display picture ----

const escapeXml = (text: string) =>
  text.replace(/[<>&"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[char]!);

/** A plain bilingual card with the main elements, for EDC viewers when no rendering is given. */
function displayCard(credential: ElmSourceCredential, learnerName: string | undefined): string {
  const mc = credential.credentialSubject.achievement.microCredential;
  const date = (credential.awardedDate ?? credential.validFrom).slice(0, 10);
  const lines: Array<[string, number]> = [
    ['მიკროკრედენციალი · Micro-credential', 30],
    [learnerName ?? '', 26],
    [mc.titleTranslations.ka, 22],
    [mc.titleTranslations.en, 22],
    [`${mc.ectsCredits} ECTS · EQF ${mc.eqfLevel} · NQF ${mc.nqfLevel}`, 18],
    [mc.awardingBodies.map((body) => body.en).join(', '), 18],
    [`${credential.issuer.name} · ${date}`, 16],
  ];
  const text = lines
    .map(
      ([content, size], index) =>
        `<text x="421" y="${110 + index * 62}" font-size="${size}" text-anchor="middle">${escapeXml(content)}</text>`,
    )
    .join('');
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" width="842" height="595" viewBox="0 0 842 595" ' +
    'font-family="Noto Sans Georgian, Noto Sans, sans-serif">' +
    '<rect x="12" y="12" width="818" height="571" fill="#fff" stroke="#1f3a5f" stroke-width="6"/>' +
    `${text}</svg>`
  );
}

// ---- ISO codes → EU authority codes ----
// The EU Country and Language authority tables use ISO 3166-1 alpha-3 and ISO 639-2/T codes.
// Pairs generated from Debian's iso-codes 4.x (iso_3166-1.json, iso_639-2.json).
const pairs = (table: string, split: number) =>
  new Map(table.split(' ').map((pair) => [pair.slice(0, split), pair.slice(split).toUpperCase()]));

const countryCodes = pairs(
  'ADAND AEARE AFAFG AGATG AIAIA ALALB AMARM AOAGO AQATA ARARG ASASM ATAUT AUAUS AWABW AXALA AZAZE BABIH BBBRB ' +
    'BDBGD BEBEL BFBFA BGBGR BHBHR BIBDI BJBEN BLBLM BMBMU BNBRN BOBOL BQBES BRBRA BSBHS BTBTN BVBVT BWBWA BYBLR ' +
    'BZBLZ CACAN CCCCK CDCOD CFCAF CGCOG CHCHE CICIV CKCOK CLCHL CMCMR CNCHN COCOL CRCRI CUCUB CVCPV CWCUW CXCXR ' +
    'CYCYP CZCZE DEDEU DJDJI DKDNK DMDMA DODOM DZDZA ECECU EEEST EGEGY EHESH ERERI ESESP ETETH FIFIN FJFJI FKFLK ' +
    'FMFSM FOFRO FRFRA GAGAB GBGBR GDGRD GEGEO GFGUF GGGGY GHGHA GIGIB GLGRL GMGMB GNGIN GPGLP GQGNQ GRGRC GSSGS ' +
    'GTGTM GUGUM GWGNB GYGUY HKHKG HMHMD HNHND HRHRV HTHTI HUHUN IDIDN IEIRL ILISR IMIMN ININD IOIOT IQIRQ IRIRN ' +
    'ISISL ITITA JEJEY JMJAM JOJOR JPJPN KEKEN KGKGZ KHKHM KIKIR KMCOM KNKNA KPPRK KRKOR KWKWT KYCYM KZKAZ LALAO ' +
    'LBLBN LCLCA LILIE LKLKA LRLBR LSLSO LTLTU LULUX LVLVA LYLBY MAMAR MCMCO MDMDA MEMNE MFMAF MGMDG MHMHL MKMKD ' +
    'MLMLI MMMMR MNMNG MOMAC MPMNP MQMTQ MRMRT MSMSR MTMLT MUMUS MVMDV MWMWI MXMEX MYMYS MZMOZ NANAM NCNCL NENER ' +
    'NFNFK NGNGA NINIC NLNLD NONOR NPNPL NRNRU NUNIU NZNZL OMOMN PAPAN PEPER PFPYF PGPNG PHPHL PKPAK PLPOL PMSPM ' +
    'PNPCN PRPRI PSPSE PTPRT PWPLW PYPRY QAQAT REREU ROROU RSSRB RURUS RWRWA SASAU SBSLB SCSYC SDSDN SESWE SGSGP ' +
    'SHSHN SISVN SJSJM SKSVK SLSLE SMSMR SNSEN SOSOM SRSUR SSSSD STSTP SVSLV SXSXM SYSYR SZSWZ TCTCA TDTCD TFATF ' +
    'TGTGO THTHA TJTJK TKTKL TLTLS TMTKM TNTUN TOTON TRTUR TTTTO TVTUV TWTWN TZTZA UAUKR UGUGA UMUMI USUSA UYURY ' +
    'UZUZB VAVAT VCVCT VEVEN VGVGB VIVIR VNVNM VUVUT WFWLF WSWSM YEYEM YTMYT ZAZAF ZMZMB ZWZWE',
  2,
);

const languageCodes = pairs(
  'aaaar ababk aeave afafr akaka amamh anarg arara asasm avava ayaym azaze babak bebel bgbul bhbih bibis bmbam ' +
    'bnben bobod brbre bsbos cacat ceche chcha cocos crcre csces cuchu cvchv cycym dadan dedeu dvdiv dzdzo eeewe ' +
    'elell eneng eoepo esspa etest eueus fafas ffful fifin fjfij fofao frfra fyfry gagle gdgla glglg gngrn guguj ' +
    'gvglv hahau heheb hihin hohmo hrhrv hthat huhun hyhye hzher iaina idind ieile igibo iiiii ikipk ioido isisl ' +
    'itita iuiku jajpn jvjav kakat kgkon kikik kjkua kkkaz klkal kmkhm knkan kokor krkau kskas kukur kvkom kwcor ' +
    'kykir lalat lbltz lglug lilim lnlin lolao ltlit lulub lvlav mgmlg mhmah mimri mkmkd mlmal mnmon mrmar msmsa ' +
    'mtmlt mymya nanau nbnob ndnde nenep ngndo nlnld nnnno nonor nrnbl nvnav nynya ococi ojoji omorm orori ososs ' +
    'papan pipli plpol pspus ptpor quque rmroh rnrun roron rurus rwkin sasan scsrd sdsnd sesme sgsag sisin skslk ' +
    'slslv smsmo snsna sosom sqsqi srsrp ssssw stsot susun svswe swswa tatam tetel tgtgk ththa titir tktuk tltgl ' +
    'tntsn toton trtur tstso tttat twtwi tytah uguig ukukr ururd uzuzb veven vivie vovol wawln wowol xhxho yiyid ' +
    'yoyor zazha zhzho zuzul',
  2,
);
