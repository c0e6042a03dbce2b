import type { FastifySchemaCompiler } from 'fastify';
import { locales as zodLocales } from 'zod';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';
import type { Locale, LocalizedText } from './locale.js';

const english = { error: zodLocales.en().localeError };
const chinese = { error: zodLocales.zhCN().localeError };

/** One invalid field of a request, with its message in each language. */
export interface ValidationIssue {
  path: string;
  code: string;
  message: LocalizedText;
}

/** A request that does not match its route's schema: every problem, once. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;

  constructor(
    readonly httpPart: string,
    readonly issues: ValidationIssue[],
  ) {
    super(`Invalid ${httpPart}`);
    this.name = 'RequestValidationError';
  }

  detailsIn(locale: Locale): { path: string; code: string; message: string }[] {
    return this.issues.map((issue) => ({
      path: issue.path,
      code: issue.code,
      message: issue.message[locale],
    }));
  }
}

/**
 * Validates one part of a request (body, querystring, params, headers)
 * against its zod schema, keeping every issue with its full path.
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = safeParse(schema, data, english);
    if (result.success) return { value: result.data };

    // Parsed again for zod's built-in messages in Chinese; a schema's own
    // messages take precedence over both locales and stay as written.
    const inChinese = safeParse(schema, data, chinese).error?.issues ?? [];
    const part = httpPart ?? 'body';
    const issues = result.error.issues.flatMap((issue, index) =>
      toValidationIssues(part, issue, {
        'en-US': issue.message,
        'zh-CN': inChinese[index]?.message ?? issue.message,
      }),
    );
    return { error: new RequestValidationError(part, issues) };
  };

function toValidationIssues(
  part: string,
  issue: $ZodIssue,
  message: LocalizedText,
): ValidationIssue[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: fieldPath(part, [...issue.path, key]),
      code: issue.code,
      message,
    }));
  }

  return [{ path: fieldPath(part, issue.path), code: issue.code, message }];
}

/** `body` + ['tiers', 2, 'from'] → `body.tiers[2].from`. */
export function fieldPath(
  part: string,
  segments: readonly PropertyKey[],
): string {
  return segments.reduce<string>((path, segment) => {
    if (typeof segment === 'number') return `${path}[${segment}]`;
    const key = String(segment);
    return /^[A-Za-z_$][\w$]*$/.test(key)
      ? `${path}.${key}`
      : `${path}[${JSON.stringify(key)}]`;
  }, part);
}
