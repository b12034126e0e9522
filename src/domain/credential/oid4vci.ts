// OpenID for Verifiable Credential Issuance 1.0 (OID4VCI), the issuer's side of the
// pre-authorized code flow: what the platform publishes (issuer and authorization server
// metadata) and the credential offer a wallet scans. Pure: no database, no HTTP.
import { CREDENTIAL_CONTEXT, CREDENTIAL_TYPE } from './open-badge.js';

export const PRE_AUTHORIZED_CODE_GRANT = 'urn:ietf:params:oauth:grant-type:pre-authorized_code';

/**
 * The one credential configuration: our Open Badges 3.0 credential, already signed with a Data
 * Integrity proof (eddsa-rdfc-2022), so it travels as `ldp_vc`, unchanged. It is not bound to a
 * wallet key (the subject is identified by a hashed e-mail and the name), so the metadata asks
 * for no proof of possession.
 */
export const OPEN_BADGE_CONFIGURATION_ID = 'OpenBadgeCredential_ldp_vc';

/** How long a pre-authorized code and an access token live. The specification asks for short-lived codes. */
export const PRE_AUTHORIZED_CODE_LIFETIME_MS = 10 * 60 * 1000;
export const ACCESS_TOKEN_LIFETIME_MS = 5 * 60 * 1000;
/** Wrong PINs tolerated before the offer dies: a six-digit PIN must not be guessable by trying. */
export const MAX_FAILED_TX_CODES = 5;
export const TX_CODE_LENGTH = 6;

export const OID4VCI_PATHS = {
  issuerMetadata: '/.well-known/openid-credential-issuer',
  authorizationServerMetadata: '/.well-known/oauth-authorization-server',
  token: '/oid4vci/token',
  credential: '/oid4vci/credential',
} as const;

/** The Credential Issuer Metadata. The issuer is its own authorization server (no `authorization_servers`). */
export function credentialIssuerMetadata(publicUrl: string) {
  return {
    credential_issuer: publicUrl,
    credential_endpoint: `${publicUrl}${OID4VCI_PATHS.credential}`,
    display: [
      { name: 'microcred — მიკროკვალიფიკაციების ეროვნული პლატფორმა', locale: 'ka' },
      { name: 'microcred — national micro-credential platform', locale: 'en' },
    ],
    credential_configurations_supported: {
      [OPEN_BADGE_CONFIGURATION_ID]: {
        format: 'ldp_vc',
        // For ldp_vc the values name Data Integrity cryptosuites (or proof types) the issuer signs with.
        credential_signing_alg_values_supported: ['eddsa-rdfc-2022'],
        credential_definition: { '@context': [...CREDENTIAL_CONTEXT], type: [...CREDENTIAL_TYPE] },
        credential_metadata: {
          display: [
            { name: 'მიკროკვალიფიკაცია (Open Badges 3.0)', locale: 'ka' },
            { name: 'Micro-credential (Open Badges 3.0)', locale: 'en' },
          ],
        },
      },
    },
  };
}

/** RFC 8414 metadata of the authorization server that only knows the pre-authorized code grant. */
export function authorizationServerMetadata(publicUrl: string) {
  return {
    issuer: publicUrl,
    token_endpoint: `${publicUrl}${OID4VCI_PATHS.token}`,
    grant_types_supported: [PRE_AUTHORIZED_CODE_GRANT],
    // No authorization endpoint: there is no authorization code flow, hence no response types.
    response_types_supported: [],
    token_endpoint_auth_methods_supported: ['none'],
    'pre-authorized_grant_anonymous_access_supported': true,
  };
}

export interface CredentialOffer {
  credential_issuer: string;
  credential_configuration_ids: string[];
  grants: Record<string, { 'pre-authorized_code': string; tx_code?: { input_mode: 'numeric'; length: number; description: string } }>;
}

/** The offer, passed by value, and the `openid-credential-offer://` URI that carries it (link or QR code). */
export function buildCredentialOffer(publicUrl: string, preAuthorizedCode: string, withTxCode: boolean): { offer: CredentialOffer; uri: string } {
  const offer: CredentialOffer = {
    credential_issuer: publicUrl,
    credential_configuration_ids: [OPEN_BADGE_CONFIGURATION_ID],
    grants: {
      [PRE_AUTHORIZED_CODE_GRANT]: {
        'pre-authorized_code': preAuthorizedCode,
        ...(withTxCode
          ? { tx_code: { input_mode: 'numeric' as const, length: TX_CODE_LENGTH, description: 'PIN shown on the microcred page / microcred-ის გვერდზე ნაჩვენები PIN' } }
          : {}),
      },
    },
  };
  return { offer, uri: `openid-credential-offer://?credential_offer=${encodeURIComponent(JSON.stringify(offer))}` };
}

/**
 * An error a wallet reads: the OAuth 2.0 JSON error (RFC 6749 §5.2 at the token endpoint, RFC 6750
 * and OID4VCI's credential errors at the credential endpoint), not a problem document.
 */
export class Oid4vciError extends Error {
  constructor(
    readonly error: string,
    readonly description: string,
    readonly status = 400,
  ) {
    super(description);
  }
}
