import fastifySwagger, { type SwaggerTransform } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import {
  renameCollidingComponents,
  transformObject,
} from './openapi-components.js';

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
  const transformed = withoutTrailingSlash(jsonSchemaTransform(document));
  const schema = withResponseDescriptions(transformed.schema);
  const consumes = document.schema.consumes;
  if (!consumes?.includes('multipart/form-data')) {
    return { url: transformed.url, schema };
  }

  return { url: transformed.url, schema: { ...schema, body: fileUploadBody } };
};

const statusDescriptions: Record<string, string> = {
  200: 'OK',
  201: 'Created',
  400: 'The request is not valid: `error.details` names each field',
  401: 'Not logged in',
  403: 'Not allowed',
  404: 'Not found',
  409: 'Conflicts with what is stored',
  413: 'The upload is too large',
  503: 'Not ready: the store does not answer',
};

// A response without a description of its own says what its status means.
function withResponseDescriptions(schema: FastifySchema): FastifySchema {
  const responses = schema.response;
  if (typeof responses !== 'object' || responses === null) return schema;

  const described = Object.entries(responses).map(([status, response]) => {
    const text = statusDescriptions[status];
    if (!text || typeof response !== 'object' || response === null) {
      return [status, response];
    }
    return [status, { description: text, ...response }];
  });
  return { ...schema, response: Object.fromEntries(described) };
}

// A plugin's root route (`/api/customers/`) is listed without the slash.
function withoutTrailingSlash<T extends { url: string }>(route: T): T {
  const url = route.url.length > 1 ? route.url.replace(/\/$/, '') : route.url;
  return { ...route, url };
}

/** OpenAPI 3 from the routes' zod schemas, at /openapi.json and /docs. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  renameCollidingComponents();
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
    transformObject,
  });

  await app.register(fastifySwaggerUi, { routePrefix: docsPath });

  app.get(openapiPath, { schema: { hide: true } }, async () => app.swagger());
}
