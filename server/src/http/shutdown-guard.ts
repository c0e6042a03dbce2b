import type { FastifyInstance } from 'fastify';
import { sendHttpError } from './error-handler.js';
import { HttpError } from './http-errors.js';

/**
 * While the server closes, requests on kept-alive connections get a 503 in
 * the API's error shape and the connection is closed; requests already
 * running finish.
 */
export function registerShutdownGuard(app: FastifyInstance): void {
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });

  app.addHook('onRequest', async (request, reply) => {
    if (!closing) return;

    reply.header('connection', 'close');
    return sendHttpError(reply, request, new HttpError('service_unavailable'));
  });
}
