// The error registry: every refusal the domain can give, with a stable code. The HTTP
// edge maps codes to statuses (src/http/problem.ts); docs/api.md lists them, and a test
// keeps the three in step. Domain code never throws HTTP errors.
import type { FieldError } from './field-error.js';

export const errorCodes = {
  validation: 'The input is not valid.',
  not_found: 'Not found.',
  unauthenticated: 'Sign in first.',
  forbidden: 'You may not do this.',
  conflict: 'This conflicts with the current state.',
  invalid_credentials: 'The e-mail or password is wrong.',
  csrf: 'The request did not carry a valid CSRF token.',
  rate_limited: 'Too many attempts; wait and try again.',
  payload_too_large: 'The request body is too large.',
  unsupported_media_type: 'Send the body as application/json.',
} as const;

export type ErrorCode = keyof typeof errorCodes;

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string = errorCodes[code],
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export class ValidationError extends DomainError {
  constructor(errors: FieldError[], message = 'Some fields are not valid.') {
    super('validation', message, errors);
  }
}
