// Bearer secrets handed to people and programs: session cookies, claim and share links, API
// tokens, wallet codes and access tokens. Each is 32 random bytes, and only its SHA-256 is
// stored, so a copy of the database lets no one use one.
import { createHash, randomBytes } from 'node:crypto';

export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps of a secret token, and looks it up by. */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
