import fastifySwagger, {
  type SwaggerTransform,
  type SwaggerTransformObject,
} from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance, FastifySchema } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
} from 'fastify-type-provider-zod';
import { z } from 'zod';

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

// Every zod schema with an id is listed twice, as read (`XInput`) and as
// written (`X`). The document keeps the components its routes use, and a
// read form whose written form is unused takes the plain name.
const transformObject: SwaggerTransformObject = (document) => {
  const transformed = jsonSchemaTransformObject(document);
  if (!('components' in transformed)) return transformed;
  const schemas = transformed.components?.schemas;
  if (!schemas) return transformed;

  const used = usedComponents(transformed, schemas);
  const names = new Map<string, string>();
  for (const id of used) {
    const plain = id.slice(0, -'Input'.length);
    names.set(id, id.endsWith('Input') && !used.has(plain) ? plain : id);
  }

  // The document is this call's own, fresh from the transform above.
  const entries = Object.entries(schemas);
  for (const [id] of entries) delete schemas[id];
  for (const [id, schema] of entries) {
    const name = names.get(id);
    if (name) schemas[name] = schema;
  }
  return renameRefs(transformed, names);
};

/** A copy of a part of the document with its references renamed. */
function renameRefs<T>(value: T, names: Map<string, string>): T {
  const text = JSON.stringify(value).replace(
    /"#\/components\/schemas\/([^"]+)"/g,
    (ref, id: string) => {
      const name = names.get(id);
      return name ? `"#/components/schemas/${name}"` : ref;
    },
  );
  return JSON.parse(text) as T;
}

/** The components reached from the paths, directly or through others. */
function usedComponents(
  document: object,
  schemas: Record<string, unknown>,
): Set<string> {
  const refsIn = (value: unknown) =>
    [
      ...JSON.stringify(value).matchAll(/"#\/components\/schemas\/([^"]+)"/g),
    ].map((match) => match[1] ?? '');

  const used = new Set<string>();
  const pending = refsIn({ ...document, components: {} });
  for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
    if (used.has(id)) continue;
    used.add(id);
    pending.push(...refsIn(schemas[id]));
  }
  return used;
}

/**
 * The transform names the read form of a schema `<id>Input`, so a schema
 * whose own id is `CustomerInput` collides with the read form of `Customer`
 * and the document cannot be built. Such a schema is listed as
 * `NewCustomer` instead.
 */
function renameCollidingComponents(): void {
  const registry = z.globalRegistry;
  // The registry has no public way to list its ids; _idmap is read only.
  for (const [id, schema] of [...registry._idmap]) {
    const base = id.slice(0, -'Input'.length);
    if (!id.endsWith('Input') || !registry._idmap.has(base)) continue;

    const meta = registry.get(schema);
    registry.remove(schema);
    registry.add(schema, { ...meta, id: `New${base}` });
  }
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
