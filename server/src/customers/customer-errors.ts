import { defineErrorCatalog } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

export const customerErrors = defineErrorCatalog({
  customer_not_found: {
    status: 404,
    message: { 'zh-CN': '客户不存在', 'en-US': 'No customer has this code' },
  },
  customer_exists: {
    status: 409,
    message: {
      'zh-CN': '该客户编码已存在',
      'en-US': 'A customer with this code exists',
    },
  },
});

export type CustomerErrorCode = keyof typeof customerErrors;

export class CustomerError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: CustomerErrorCode,
    readonly customerCode: string,
  ) {
    super(`${customerErrors[code].message['en-US']}: ${customerCode}`);
    this.name = 'CustomerError';
    this.status = customerErrors[code].status;
    this.messages = customerErrors[code].message;
  }
}
