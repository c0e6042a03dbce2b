// The console's one way to the API: same-origin cookie session, the CSRF
// token on every write, answers in the user's language, and every error
// reply turned into an ApiError with the server's code and details.
import { currentLocale } from '../i18n/I18nProvider';
import type { ErrorBody, ErrorDetail, ImportReport } from './types';

let csrfToken: string | null = null;

export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: ErrorDetail[] = [],
    readonly report: ImportReport | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

type Query = Record<string, string | number | boolean | undefined | null>;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Query;
  /** Sent as JSON unless `text` is given. */
  json?: unknown;
  /** A body sent as it is, with its own content type. */
  text?: { body: string; contentType: string };
}

export function urlOf(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') {
      params.set(name, String(value));
    }
  }
  const search = params.toString();

  return search ? `${path}?${search}` : path;
}

export function requestHeaders(method: string): Record<string, string> {
  const headers: Record<string, string> = {
    accept: 'application/json',
    'accept-language': currentLocale(),
  };
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;

  return headers;
}

export async function api<Reply>(
  path: string,
  options: RequestOptions = {},
): Promise<Reply> {
  const method = options.method ?? 'GET';
  const headers = requestHeaders(method);
  let body: string | undefined;
  if (options.text) {
    headers['content-type'] = options.text.contentType;
    body = options.text.body;
  } else if (options.json !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.json);
  }

  const response = await fetch(urlOf(path, options.query), {
    method,
    headers,
    body,
    credentials: 'same-origin',
  });
  if (!response.ok) throw await apiErrorOf(response.status, response);
  if (response.status === 204) return null as Reply;

  return (await response.json()) as Reply;
}

/** The error reply of any request as an ApiError. */
export async function apiErrorOf(
  status: number,
  response: { text(): Promise<string> },
): Promise<ApiError> {
  const text = await response.text().catch(() => '');
  return errorFromText(status, text);
}

export function errorFromText(status: number, text: string): ApiError {
  try {
    const { error } = JSON.parse(text) as ErrorBody;
    return new ApiError(
      status,
      error.code,
      error.message,
      error.details,
      error.report ?? null,
    );
  } catch {
    return new ApiError(status, 'unreadable_reply', text.slice(0, 200));
  }
}

export function isNotFound(error: unknown): boolean {
  return (
    error instanceof ApiError && (error.status === 404 || error.status === 403)
  );
}
