import { defineErrorCatalog } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

export const productErrors = defineErrorCatalog({
  product_not_found: {
    status: 404,
    message: { 'zh-CN': '产品不存在', 'en-US': 'No product has this sku' },
  },
  product_exists: {
    status: 409,
    message: {
      'zh-CN': '该产品编码已存在',
      'en-US': 'A product with this sku exists',
    },
  },
});

export type ProductErrorCode = keyof typeof productErrors;

export class ProductError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: ProductErrorCode,
    readonly sku: string,
  ) {
    super(`${productErrors[code].message['en-US']}: ${sku}`);
    this.name = 'ProductError';
    this.status = productErrors[code].status;
    this.messages = productErrors[code].message;
  }
}
