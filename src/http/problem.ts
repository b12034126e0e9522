// RFC 9457 problem details: one stable `type` per error code, a human `title`,
// and `errors[]` naming each bad field by its path. Never a stack trace.
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { DomainError, type ErrorCode, errorCodes } from '../domain/errors.js';
import type { FieldError } from '../domain/field-error.js';

export const statusForCode: Record<ErrorCode, number> = {
  validation: 422,
  not_found: 404,
  unauthenticated: 401,
  forbidden: 403,
  conflict: 409,
  invalid_credentials: 401,
  csrf: 403,
  rate_limited: 429,
  payload_too_large: 413,
  unsupported_media_type: 415,
};

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldError[];
}

export function problemType(code: ErrorCode): string {
  return `https://microcred.ge/problems/${code.replace(/_/g, '-')}`;
}

export function problemFor(code: ErrorCode, detail?: string, errors?: FieldError[]): Problem {
  return {
    type: problemType(code),
    title: errorCodes[code],
    status: statusForCode[code],
    ...(detail && detail !== errorCodes[code] ? { detail } : {}),
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply.status(problem.status).type('application/problem+json').send(problem);
}


/** Maps every error the server can meet to a problem document. */
export function errorHandler(error: FastifyError | DomainError | Error, request: FastifyRequest, reply: FastifyReply) {
  if (error instanceof DomainError) {
    return sendProblem(reply, problemFor(error.code, error.message, error.errors));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const where = error.validationContext ?? 'body';
    const prefix = where === 'body' ? [] : [where];
    const errors = error.validation.flatMap((issue): FieldError[] => {
      const path = [...prefix, ...issue.instancePath.split('/').filter(Boolean)];
      const keys = (issue.params as { keys?: unknown }).keys;
      if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys)) {
        return keys.map((key) => ({ path: [...path, String(key)].join('.'), code: 'unknown_field', message: 'This field is not known.' }));
      }
      return [{ path: path.join('.') || where, code: issue.keyword, message: issue.message ?? 'This value is not valid.' }];
    });
    return sendProblem(reply, problemFor('validation', 'Some fields are not valid.', errors));
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return sendProblem(reply, problemFor('payload_too_large'));
  if (fastifyError.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendProblem(reply, problemFor('unsupported_media_type'));
  if (fastifyError.code === 'FST_ERR_CTP_EMPTY_JSON_BODY' || fastifyError.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError) {
    return sendProblem(reply, problemFor('validation', 'The body is not valid JSON.', [{ path: 'body', code: 'invalid_json', message: 'The body is not valid JSON.' }]));
  }
  if (fastifyError.statusCode === 429) return sendProblem(reply, problemFor('rate_limited'));
  if (fastifyError.statusCode && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return sendProblem(reply, { type: 'about:blank', title: fastifyError.message, status: fastifyError.statusCode });
  }
  request.log.error({ err: error }, 'unhandled error');
  return sendProblem(reply, { type: 'about:blank', title: 'Internal server error.', status: 500 });
}
