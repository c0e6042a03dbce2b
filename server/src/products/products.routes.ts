import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { auditContextOf } from '../auth/request-context.js';
import type { Store } from '../db/database.js';
import { errorBodySchema } from '../http/error-schemas.js';
import { pageSchema, pagingQuery } from '../http/paging.js';
import { createProduct } from './create-product.js';
import { getProduct } from './get-product.js';
import { listProducts } from './list-products.js';
import { ProductError } from './product-errors.js';
import {
  productInputSchema,
  productPatchSchema,
  productSchema,
} from './product-schemas.js';
import { updateProduct } from './update-product.js';

const listQuery = z.object({
  ...pagingQuery,
  q: z.string().trim().min(1).optional().describe('Part of sku or name'),
  category: z.string().optional().describe('品类, exactly'),
  brand: z.string().optional().describe('品牌, exactly'),
});

const skuParams = z.object({ sku: z.string().min(1) });

const productPage = pageSchema('ProductPage', productSchema);

export const productRoutes: FastifyPluginAsyncZod<{ store: Store }> = async (
  app,
  { store },
) => {
  app.get(
    '/',
    {
      config: { action: 'products.read' },
      schema: {
        tags: ['products'],
        summary: 'List products by sku, with filters and search',
        querystring: listQuery,
        response: { 200: productPage, 400: errorBodySchema },
      },
    },
    async (request) => {
      const page = await listProducts(store, request.query);
      const { limit, offset } = request.query;

      return { ...page, limit, offset };
    },
  );

  app.get(
    '/:sku',
    {
      config: { action: 'products.read' },
      schema: {
        tags: ['products'],
        summary: 'Get one product',
        params: skuParams,
        response: { 200: productSchema, 404: errorBodySchema },
      },
    },
    async (request) => {
      const { sku } = request.params;
      const product = await getProduct(store, sku);
      if (!product) throw new ProductError('product_not_found', sku);

      return product;
    },
  );

  app.post(
    '/',
    {
      config: { action: 'products.write' },
      schema: {
        tags: ['products'],
        summary: 'Create a product',
        body: productInputSchema,
        response: {
          201: productSchema,
          400: errorBodySchema,
          409: errorBodySchema,
        },
      },
    },
    async (request, reply) => {
      const product = await createProduct(
        store,
        request.body,
        auditContextOf(request),
      );
      request.log.info({ sku: product.sku }, 'product created');

      return reply.status(201).send(product);
    },
  );

  app.patch(
    '/:sku',
    {
      config: { action: 'products.write' },
      schema: {
        tags: ['products'],
        summary: 'Change some fields of a product; the sku stays',
        description: '`listPrice: null` clears the list price.',
        params: skuParams,
        body: productPatchSchema,
        response: {
          200: productSchema,
          400: errorBodySchema,
          404: errorBodySchema,
        },
      },
    },
    async (request) => {
      const { sku } = request.params;
      const product = await updateProduct(
        store,
        sku,
        request.body,
        auditContextOf(request),
      );
      request.log.info({ sku }, 'product updated');

      return product;
    },
  );
};
