// A stored credential in the form asked for: the signed JSON exactly as issued, the PDF
// certificate, the badge (PNG or SVG with the credential baked in) or the ELM export.
import { bakePng, bakeSvg, badgePng, badgeSvg } from '../../documents/badge.js';
import { renderCertificatePdf } from '../../documents/certificate.js';
import { toEuropeanLearningModel, type ElmSourceCredential } from '../../domain/credential/elm.js';
import { storedDocument, type StoredCredentialText } from '../../domain/credential/erasure.js';

export const credentialFormats = ['json', 'pdf', 'png', 'svg', 'elm'] as const;
export type CredentialFormat = (typeof credentialFormats)[number];

/** The public page where anyone checks a credential; the certificate's QR code opens it. */
export function verificationPageUrl(publicUrl: string, credentialId: string): string {
  return `${publicUrl}/verify/${credentialId}`;
}

export interface Rendering {
  contentType: string;
  filename: string;
  body: Buffer | string;
}

export async function renderCredential(
  row: StoredCredentialText,
  format: CredentialFormat,
  publicUrl: string,
): Promise<Rendering> {
  // An erased credential has no stored copy to render (refused as not found, saying why).
  const stored = { id: row.id, document: storedDocument(row) };
  const credential = JSON.parse(stored.document) as Record<string, unknown>;
  const name = `credential-${stored.id}`;
  switch (format) {
    case 'json':
      // The original bytes: re-serialising could change them, and a verifier may compare.
      return { contentType: 'application/vc+ld+json', filename: `${name}.json`, body: stored.document };
    case 'pdf':
      return {
        contentType: 'application/pdf',
        filename: `${name}.pdf`,
        body: Buffer.from(await renderCertificatePdf(credential, { verifyUrl: verificationPageUrl(publicUrl, stored.id) })),
      };
    case 'png':
      return { contentType: 'image/png', filename: `${name}.png`, body: Buffer.from(bakePng(badgePng(credential), stored.document)) };
    case 'svg':
      return { contentType: 'image/svg+xml', filename: `${name}.svg`, body: bakeSvg(badgeSvg(credential), stored.document) };
    case 'elm':
      return {
        contentType: 'application/ld+json',
        filename: `${name}.elm.jsonld`,
        body: JSON.stringify(toEuropeanLearningModel(credential as unknown as ElmSourceCredential, { credentialUrl: String(credential.id) }), null, 2),
      };
  }
}
