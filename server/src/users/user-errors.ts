import { defineErrorCatalog } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

export const userErrors = defineErrorCatalog({
  user_exists: {
    status: 409,
    message: {
      'zh-CN': '该用户名已存在',
      'en-US': 'A user with this name exists',
    },
  },
  user_not_found: {
    status: 404,
    message: { 'zh-CN': '用户不存在', 'en-US': 'No such user' },
  },
  user_name_invalid: {
    status: 400,
    message: {
      'zh-CN': '用户名只能包含字母、数字和 . _ - @，长度 2 到 64',
      'en-US': 'A user name has 2 to 64 letters, digits and . _ - @',
    },
  },
  sales_rep_code_required: {
    status: 400,
    message: {
      'zh-CN': '销售代表需要销售代码（与客户的 sales_rep 一致）',
      'en-US': "A sales rep needs a user code, as in the customers' sales_rep",
    },
  },
  customer_required: {
    status: 400,
    message: {
      'zh-CN': '客户用户必须绑定一个已存在的客户',
      'en-US': 'A customer user is bound to one existing customer',
    },
  },
  binding_not_allowed: {
    status: 400,
    message: {
      'zh-CN': '只有客户用户可以绑定客户',
      'en-US': 'Only a customer user is bound to a customer',
    },
  },
  token_not_found: {
    status: 404,
    message: { 'zh-CN': 'API 令牌不存在', 'en-US': 'No such API token' },
  },
});

export type UserErrorCode = keyof typeof userErrors;

export class AccountError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(readonly code: UserErrorCode) {
    super(userErrors[code].message['en-US']);
    this.name = 'AccountError';
    this.status = userErrors[code].status;
    this.messages = userErrors[code].message;
  }
}
