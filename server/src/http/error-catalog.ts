import type { LocalizedText } from './locale.js';

/** One entry of a module's error catalog: status and user-safe message. */
export interface ErrorDefinition {
  status: number;
  message: LocalizedText;
}

/** One problem behind an error: a field path or a file row, and why. */
export interface ErrorDetail {
  /** Where in the request, e.g. `body.tiers[2].from`, `querystring.limit`. */
  path?: string;
  /** A 1-based row of an uploaded file. */
  row?: number;
  column?: string | null;
  code?: string;
  message: string;
  value?: string;
}

/**
 * Declares a module's catalog; the codes become a literal type so a thrown
 * error can only name a code that has a message.
 */
export function defineErrorCatalog<Code extends string>(
  catalog: Record<Code, ErrorDefinition>,
): Record<Code, ErrorDefinition> {
  return catalog;
}
