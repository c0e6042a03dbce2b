import fastifySwagger, { type SwaggerTransform } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
} from 'fastify-type-provider-zod';

export const docsPath = '/docs';
export const openapiPath = '/openapi.json';

/** The request body of an upload route, which zod does not see. */
const fileUploadBody = {
  type: 'object',
  required: ['file'],
  properties: {
    file: {
      type: 'string',
      format: 'binary',
      description: 'A .csv (UTF-8 or GB18030) or .xlsx file',
    },
  },
};

// Upload routes declare `consumes: ['multipart/form-data']` and no body
// schema, since the file is streamed and never parsed into a body; the
// document still needs the form's shape.
const transform: SwaggerTransform = (document) => {
  const transformed = jsonSchemaTransform(document);
  const consumes = document.schema.consumes;
  if (!consumes?.includes('multipart/form-data')) return transformed;

  return {
    ...transformed,
    schema: { ...transformed.schema, body: fileUploadBody },
  };
};

/** OpenAPI 3 from the routes' zod schemas, at /openapi.json and /docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'Tierline API',
        description:
          'Customer rebate management (客户返利管理). Every error reply ' +
          'has the shape `{ "error": { "code", "message", "details", ' +
          '"requestId" } }`; messages follow Accept-Language ' +
          '(zh-CN by default, en-US).',
        version: '0.1.0',
      },
      tags: [
        { name: 'customers', description: '客户 — customers' },
        { name: 'products', description: '产品 — products' },
        { name: 'imports', description: '导入 — file imports' },
        { name: 'health', description: 'liveness and readiness' },
      ],
    },
    transform,
    transformObject: jsonSchemaTransformObject,
  });

  await app.register(fastifySwaggerUi, { routePrefix: docsPath });

  app.get(openapiPath, { schema: { hide: true } }, async () => app.swagger());
}
