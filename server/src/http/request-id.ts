import crypto from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyInstance } from 'fastify';

export const requestIdHeader = 'x-request-id';

// An incoming id is kept when it is short and plain, so a proxy's id links
// its logs to ours; anything else could forge or flood log lines.
const saneRequestId = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The request's id: the caller's `x-request-id` when sane, else a UUID. */
export function requestIdOf(request: IncomingMessage): string {
  const incoming = request.headers[requestIdHeader];
  if (typeof incoming === 'string' && saneRequestId.test(incoming)) {
    return incoming;
  }
  return crypto.randomUUID();
}

/** Echoes the request id on every reply, errors included. */
export function registerRequestIdEcho(app: FastifyInstance): void {
  app.addHook('onSend', async (request, reply) => {
    reply.header(requestIdHeader, request.id);
  });
}
