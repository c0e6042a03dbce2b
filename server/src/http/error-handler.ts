import type {
  FastifyError,
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
} from 'fastify';
import type { ErrorDetail } from './error-catalog.js';
import type { ErrorBody } from './error-schemas.js';
import { HttpError, httpErrors, type HttpErrorCode } from './http-errors.js';
import { pickLocale, type Locale, type LocalizedText } from './locale.js';
import { RequestValidationError } from './request-validation.js';
import type { NotFoundFallback } from './web-console.js';

interface ErrorReply {
  status: number;
  code: string;
  message: string;
  details: ErrorDetail[];
  extra?: Record<string, unknown>;
}

/**
 * The one place that turns errors into replies: catalog errors keep their
 * code and user-safe message, anything unexpected becomes a generic 500
 * that names only the request id. 5xx are logged as errors with the stack,
 * 4xx at info.
 */
export function registerErrorHandler(
  app: FastifyInstance,
  notFoundFallback: NotFoundFallback | null = null,
): void {
  app.setErrorHandler((error, request, reply) => {
    const locale = pickLocale(request.headers['accept-language']);
    const described = describeError(error, locale);

    if (described.status >= 500) {
      request.log.error({ err: error }, 'request failed');
    } else {
      request.log.info(
        { errorCode: described.code, statusCode: described.status },
        'request refused',
      );
    }

    return sendError(reply, request, described);
  });

  app.setNotFoundHandler((request, reply) => {
    const fallback = notFoundFallback?.(request, reply);
    if (fallback) return fallback;

    request.log.info({ errorCode: 'route_not_found' }, 'no such route');
    return sendHttpError(reply, request, new HttpError('route_not_found'));
  });
}

/** Replies with an error of the HTTP catalog outside the error handler. */
export function sendHttpError(
  reply: FastifyReply,
  request: FastifyRequest,
  error: HttpError,
): FastifyReply {
  const locale = pickLocale(request.headers['accept-language']);
  return sendError(reply, request, describeError(error, locale));
}

function sendError(
  reply: FastifyReply,
  request: FastifyRequest,
  described: ErrorReply,
): FastifyReply {
  const body: ErrorBody = {
    error: {
      ...described.extra,
      code: described.code,
      message: described.message,
      details: described.details,
      requestId: request.id,
    },
  };
  return reply.status(described.status).send(body);
}

function describeError(error: unknown, locale: Locale): ErrorReply {
  if (error instanceof RequestValidationError) {
    return {
      ...fromCatalog('validation_failed', locale),
      details: error.detailsIn(locale),
    };
  }
  if (error instanceof HttpError) {
    return {
      ...fromCatalog(error.code, locale),
      details: error.details,
      extra: error.extra,
    };
  }

  const domain = describeDomainError(error, locale);
  if (domain) return domain;

  const framework = describeFrameworkError(error, locale);
  if (framework) return framework;

  return { ...fromCatalog('internal_error', locale), details: [] };
}

function fromCatalog(code: HttpErrorCode, locale: Locale) {
  const definition = httpErrors[code];
  return {
    status: definition.status,
    code,
    message: definition.message[locale],
  };
}

/**
 * A domain module's error: a snake_case catalog code, a 4xx status and a
 * user-safe message, localized when the module gives both languages. A 503
 * is also a catalog's when it names what the operator must install or set
 * (e.g. the PDF font); it is logged as an error all the same.
 */
function describeDomainError(
  error: unknown,
  locale: Locale,
): ErrorReply | null {
  if (!(error instanceof Error)) return null;

  const fields = error as Error & {
    code?: unknown;
    status?: unknown;
    statusCode?: unknown;
    messages?: unknown;
    details?: unknown;
  };
  const status = fields.status ?? fields.statusCode;
  if (typeof fields.code !== 'string' || !/^[a-z][a-z0-9_]*$/.test(fields.code))
    return null;
  if (typeof status !== 'number' || !isDomainStatus(status)) return null;

  return {
    status,
    code: fields.code,
    message: isLocalized(fields.messages)
      ? fields.messages[locale]
      : error.message,
    details: Array.isArray(fields.details)
      ? (fields.details as ErrorDetail[])
      : [],
  };
}

function isDomainStatus(status: number): boolean {
  return (status >= 400 && status < 500) || status === 503;
}

function isLocalized(value: unknown): value is LocalizedText {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Partial<LocalizedText>)['zh-CN'] === 'string' &&
    typeof (value as Partial<LocalizedText>)['en-US'] === 'string'
  );
}

// Fastify and its plugins refuse requests with their own 4xx errors
// (unreadable JSON, a body too large, an unknown content type).
function describeFrameworkError(
  error: unknown,
  locale: Locale,
): ErrorReply | null {
  if (!(error instanceof Error)) return null;

  const status = (error as FastifyError).statusCode;
  if (typeof status !== 'number' || status < 400 || status >= 500) return null;

  if (status === 413)
    return { ...fromCatalog('payload_too_large', locale), details: [] };
  if (status === 406 || status === 415)
    return { ...fromCatalog('unsupported_media_type', locale), details: [] };
  if (status === 404)
    return { ...fromCatalog('route_not_found', locale), details: [] };

  return {
    ...fromCatalog('bad_request', locale),
    status,
    details: [{ code: (error as FastifyError).code, message: error.message }],
  };
}
