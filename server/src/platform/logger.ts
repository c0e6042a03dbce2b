import { pino, type DestinationStream, type Logger } from 'pino';

export type { Logger } from 'pino';

// Request logs carry the request headers, so credentials are blanked
// wherever a header object may be logged.
const redactedPaths = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["proxy-authorization"]',
  'req.headers["x-api-key"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
];

interface LoggedRequest {
  method: string;
  url: string;
  headers: Record<string, unknown>;
  ip?: string;
}

export interface LoggerOptions {
  level: string;
  /** Where the JSON lines go; stdout when absent. */
  destination?: DestinationStream;
}

/** The process logger: JSON lines, one per event, credentials redacted. */
export function createLogger(options: LoggerOptions): Logger {
  return pino(
    {
      level: options.level,
      base: { service: 'tierline' },
      redact: { paths: redactedPaths, censor: '[redacted]' },
      serializers: {
        req: (req: LoggedRequest) => ({
          method: req.method,
          url: req.url,
          remoteAddress: req.ip,
          headers: req.headers,
        }),
        err: pino.stdSerializers.err,
      },
    },
    options.destination,
  );
}
