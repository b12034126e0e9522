// JSON-LD contexts the platform uses, identified by their URLs and always served from
// these local copies: nothing is fetched at run time.
import microcredContext from './contexts/microcred-v1.json' with { type: 'json' };
import openBadgesContext from './contexts/ob-v3p0-context-3.0.3.json' with { type: 'json' };

export const VC_V2_CONTEXT_URL = 'https://www.w3.org/ns/credentials/v2';
export const OB_V3_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
/** The platform's extension for the EU elements Open Badges has no field for (docs/credential-extension.md). */
export const MICROCRED_CONTEXT_URL = 'https://microcred.ge/contexts/v1.json';

export const localContexts: Record<string, unknown> = {
  [OB_V3_CONTEXT_URL]: openBadgesContext,
  [MICROCRED_CONTEXT_URL]: microcredContext,
};
