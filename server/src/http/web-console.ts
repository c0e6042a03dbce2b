import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { docsPath } from './openapi.js';

/** Where the web workspace builds the console. */
export const defaultWebDistDir = fileURLToPath(
  new URL('../../../web/dist', import.meta.url),
);

/** Answers a request no route matched, or returns false to let it 404. */
export type NotFoundFallback = (
  request: FastifyRequest,
  reply: FastifyReply,
) => FastifyReply | false;

/** The console's build folder when it has been built, else null. */
export function findWebConsole(distDir: string): string | null {
  return fs.existsSync(path.join(distDir, 'index.html')) ? distDir : null;
}

/**
 * Serves the console's built files at `/`; until the console is built, `/`
 * leads to the API docs.
 */
export async function registerWebConsole(
  app: FastifyInstance,
  consoleDir: string | null,
): Promise<void> {
  if (!consoleDir) {
    app.get('/', { schema: { hide: true } }, async (_request, reply) =>
      reply.redirect(docsPath),
    );
    return;
  }

  await app.register(fastifyStatic, { root: consoleDir, prefix: '/' });
}

/** The console routes its own pages: a page no file matches gets index.html. */
export const consolePageFallback: NotFoundFallback = (request, reply) => {
  const isPage =
    (request.method === 'GET' || request.method === 'HEAD') &&
    !request.url.startsWith('/api/') &&
    (request.headers.accept ?? '').includes('text/html');
  if (!isPage) return false;

  return reply.sendFile('index.html', { maxAge: 0, immutable: false });
};
