// The e-mail a learner gets with a new credential: who awarded what, and the link to claim it.
// Georgian first, then English, in one plain-text message. Pure: no I/O.
import type { Bilingual } from '../domain/course/description.js';

export interface CredentialIssuedMessage {
  learnerName: string;
  courseTitle: Bilingual;
  providerName: Bilingual;
  awardDate: string;
  claimUrl: string;
}

export function credentialIssuedEmail(message: CredentialIssuedMessage): { subject: string; text: string } {
  return {
    subject: `მიკროკრედენციალი / Micro-credential: ${message.courseTitle.ka} / ${message.courseTitle.en}`,
    text: [
      `${message.learnerName},`,
      '',
      `${message.providerName.ka} გადმოგცემთ მიკროკრედენციალს კურსისთვის „${message.courseTitle.ka}“ (მინიჭების თარიღი ${message.awardDate}).`,
      'ბმულზე გადასვლით ნახავთ მას და ჩამოტვირთავთ როგორც ხელმოწერილ JSON-ს, PDF სერტიფიკატს ან ბეჯს:',
      message.claimUrl,
      '',
      `${message.providerName.en} has awarded you a micro-credential for "${message.courseTitle.en}" (awarded on ${message.awardDate}).`,
      'Open the link to see it and download it as signed JSON, a PDF certificate or a badge:',
      message.claimUrl,
      '',
      'The link is personal: whoever has it can open the credential. / ბმული პირადია: ვისაც ის აქვს, შეუძლია კრედენციალის ნახვა.',
    ].join('\n'),
  };
}
