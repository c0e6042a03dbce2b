import type { SwaggerTransformObject } from '@fastify/swagger';
import { jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';

// Every zod schema with an id is listed twice, as read (`XInput`) and as
// written (`X`). The document keeps the components its routes use, and a
// read form whose written form is unused takes the plain name.
export const transformObject: SwaggerTransformObject = (document) => {
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
export function renameCollidingComponents(): void {
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
