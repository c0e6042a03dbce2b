// Program files in and out: `tierline/program@1` as YAML or JSON bodies, read
// as text so the engine sees every number as written and reports every
// problem with its path in the file.
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { createProgramDraft } from './create-program-draft.js';
import { createProgramVersion } from './create-program-version.js';
import { editProgramDraft } from './edit-program-draft.js';
import { exportProgramVersion } from './export-program-version.js';
import { actorOf } from './program-actor.js';
import { programFileFormats, type ProgramFileInput } from './program-file.js';
import {
  programCodeParams,
  programDetailSchema,
  versionParams,
} from './program-schemas.js';

const tags = ['programs'];

/** A program file is small; a megabyte holds thousands of scope codes. */
const maxProgramFileBytes = 1024 * 1024;

const yamlMediaTypes = ['application/yaml', 'application/x-yaml', 'text/yaml'];

const fileBody = z
  .string()
  .describe(
    'A tierline/program@1 file: JSON (application/json) or YAML ' +
      '(application/yaml); its JSON Schema is docs/program.schema.json',
  );

const effectiveFromQuery = z.object({
  effectiveFrom: z.iso
    .date()
    .optional()
    .describe(
      'The start of the period the version applies from; required once ' +
        'a version of the program is approved',
    ),
});

const fileReplies = {
  400: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  413: errorBodySchema,
  415: errorBodySchema,
};

function fileOf(request: FastifyRequest, text: string): ProgramFileInput {
  const contentType = request.headers['content-type'] ?? '';
  const format = /\bjson\b/i.test(contentType) ? 'json' : 'yaml';

  return { text, format };
}

export const programFileRoutes: FastifyPluginAsyncZod<{
  store: Store;
}> = async (app, { store }) => {
  // In this plugin only: a JSON body stays text, like a YAML one.
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser(
    ['application/json', ...yamlMediaTypes],
    { parseAs: 'string', bodyLimit: maxProgramFileBytes },
    (_request, body, done) => done(null, body),
  );

  app.post(
    '/',
    {
      config: { action: 'programs.draft' },
      schema: {
        tags,
        summary: 'Import a program file as a new draft program',
        description:
          'An invalid file is refused with 400 `program_invalid`, every ' +
          'problem in `details` with its path in the file (`tiers[2].from`).',
        consumes: ['application/json', 'application/yaml'],
        body: fileBody,
        response: { 201: programDetailSchema, ...fileReplies },
      },
    },
    async (request, reply) => {
      const program = await createProgramDraft(
        store,
        fileOf(request, request.body),
        actorOf(request),
      );
      request.log.info({ programCode: program.code }, 'program drafted');

      return reply.status(201).send(program);
    },
  );

  app.post(
    '/:code/versions',
    {
      config: { action: 'programs.draft' },
      schema: {
        tags,
        summary: 'Draft a new version of a program from its file',
        description:
          'A change to an approved program takes effect at the start of ' +
          'one of its periods (`effectiveFrom`); until a version is ' +
          'approved, at the start of the term.',
        consumes: ['application/json', 'application/yaml'],
        params: programCodeParams,
        querystring: effectiveFromQuery,
        body: fileBody,
        response: { 201: programDetailSchema, ...fileReplies },
      },
    },
    async (request, reply) => {
      const { code } = request.params;
      const program = await createProgramVersion(
        store,
        code,
        fileOf(request, request.body),
        actorOf(request),
        request.query.effectiveFrom,
      );
      request.log.info({ programCode: code }, 'program version drafted');

      return reply.status(201).send(program);
    },
  );

  app.put(
    '/:code/versions/:version/file',
    {
      config: { action: 'programs.draft' },
      schema: {
        tags,
        summary: "Replace a draft version's file (its author only)",
        description:
          'A submitted, approved or rejected version never changes: the ' +
          'edit is refused with 409 `program_version_not_editable`.',
        consumes: ['application/json', 'application/yaml'],
        params: versionParams,
        querystring: effectiveFromQuery,
        body: fileBody,
        response: { 200: programDetailSchema, ...fileReplies },
      },
    },
    async (request) => {
      const { code, version } = request.params;
      const program = await editProgramDraft(
        store,
        code,
        version,
        fileOf(request, request.body),
        actorOf(request),
        request.query.effectiveFrom,
      );
      request.log.info({ programCode: code, version }, 'draft edited');

      return program;
    },
  );

  app.get(
    '/:code/versions/:version/file',
    {
      config: { action: 'programs.file' },
      schema: {
        tags,
        summary: 'Export a version as a tierline/program@1 file',
        params: versionParams,
        querystring: z.object({
          format: z.enum(programFileFormats).default('yaml'),
        }),
        response: {
          200: {
            description: 'The program file, every field as imported',
            content: {
              'application/yaml': { schema: z.string() },
              'application/json': {
                schema: z.record(z.string(), z.unknown()),
              },
            },
          },
          404: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const { code, version } = request.params;
      const file = await exportProgramVersion(
        store,
        code,
        version,
        request.query.format,
      );

      return reply
        .header('content-type', file.mediaType)
        .header(
          'content-disposition',
          `attachment; filename="${asciiName(file.fileName)}"; ` +
            `filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        )
        .send(file.text);
    },
  );
};

function asciiName(fileName: string): string {
  return fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
}
