// Sends a file to a running server's import endpoint, for the CLI when the
// server owns the embedded store. The file streams from disk as a
// multipart/form-data body with one field, `file`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ImportKind, ImportReport } from './import-types.js';

export interface UploadOptions {
  /** The server's base URL, e.g. http://127.0.0.1:3000. */
  url: string;
  kind: ImportKind;
  file: string;
  skipBad: boolean;
  /** Sent as `Authorization: Bearer <token>` when given. */
  token: string | null;
  onProgress?: (bytes: number) => void;
}

/** A refusal from the server, in its error shape. */
export class UploadRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: unknown[],
  ) {
    super(message);
  }
}

export async function uploadImport(
  options: UploadOptions,
): Promise<ImportReport> {
  const boundary = `tierline-${crypto.randomBytes(12).toString('hex')}`;
  const fileName = path.basename(options.file);
  const head = Buffer.from(
    `--${boundary}\r\n` +
      `Content-Disposition: form-data; name="file"; ` +
      `filename="${fileName.replace(/["\\\r\n]/g, '_')}"; ` +
      `filename*=UTF-8''${encodeURIComponent(fileName)}\r\n` +
      'Content-Type: application/octet-stream\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const size = fs.statSync(options.file).size;

  async function* body(): AsyncGenerator<Buffer> {
    yield head;
    let sent = 0;
    for await (const chunk of fs.createReadStream(options.file)) {
      const bytes = chunk as Buffer;
      sent += bytes.length;
      options.onProgress?.(sent);
      yield bytes;
    }
    yield tail;
  }

  const endpoint = new URL(`/api/imports/${options.kind}`, options.url);
  endpoint.searchParams.set('skipBad', String(options.skipBad));
  const headers: Record<string, string> = {
    'content-type': `multipart/form-data; boundary=${boundary}`,
    'content-length': String(head.length + size + tail.length),
    accept: 'application/json',
  };
  if (options.token) headers.authorization = `Bearer ${options.token}`;

  const response = await fetch(endpoint, {
    method: 'POST',
    headers,
    body: Readable.toWeb(Readable.from(body())) as ReadableStream<Uint8Array>,
    duplex: 'half',
  } as RequestInit);
  const payload: unknown = await response.json().catch(() => null);

  if (response.ok) return payload as ImportReport;
  // A file with bad rows is refused with 422, its report in the error.
  const rejected = rejectedReport(payload);
  if (response.status === 422 && rejected) return rejected;
  throw refusal(response.status, payload);
}

function errorOf(payload: unknown): Record<string, unknown> {
  return typeof payload === 'object' && payload !== null && 'error' in payload
    ? (payload.error as Record<string, unknown>)
    : {};
}

function rejectedReport(payload: unknown): ImportReport | null {
  const report = errorOf(payload).report;
  return typeof report === 'object' && report !== null && 'status' in report
    ? (report as ImportReport)
    : null;
}

function refusal(status: number, payload: unknown): UploadRefusedError {
  const error = errorOf(payload);
  const code = typeof error.code === 'string' ? error.code : `http_${status}`;
  const message =
    typeof error.message === 'string'
      ? error.message
      : `the server answered ${status}`;
  const details = Array.isArray(error.details) ? error.details : [];
  return new UploadRefusedError(status, code, message, details);
}
