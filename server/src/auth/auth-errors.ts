import { defineErrorCatalog, type ErrorDetail } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

// The auth module's errors. A failed login never says which of the name and
// the password was wrong.
export const authErrors = defineErrorCatalog({
  unauthenticated: {
    status: 401,
    message: {
      'zh-CN': '请先登录',
      'en-US': 'Log in first',
    },
  },
  login_failed: {
    status: 401,
    message: {
      'zh-CN': '用户名或密码错误',
      'en-US': 'Wrong user name or password',
    },
  },
  forbidden: {
    status: 403,
    message: {
      'zh-CN': '您没有执行此操作的权限',
      'en-US': 'You are not allowed to do this',
    },
  },
  csrf_invalid: {
    status: 403,
    message: {
      'zh-CN': '请求缺少有效的 CSRF 令牌，请刷新页面后重试',
      'en-US': 'The request lacks a valid CSRF token; reload and try again',
    },
  },
  own_work: {
    status: 403,
    message: {
      'zh-CN': '不能审批自己提交的内容',
      'en-US': 'Nobody approves their own work',
    },
  },
  password_wrong: {
    status: 403,
    message: {
      'zh-CN': '当前密码不正确',
      'en-US': 'The current password is wrong',
    },
  },
  password_weak: {
    status: 400,
    message: {
      'zh-CN': '新密码至少需要 10 个字符',
      'en-US': 'The new password needs at least 10 characters',
    },
  },
  login_throttled: {
    status: 429,
    message: {
      'zh-CN': '登录失败次数过多，请稍后再试',
      'en-US': 'Too many failed logins; try again shortly',
    },
  },
  source_blocked: {
    status: 429,
    message: {
      'zh-CN': '此来源登录失败次数过多，已被暂时阻止',
      'en-US':
        'Too many failed logins from this source; it is blocked for a while',
    },
  },
});

export type AuthErrorCode = keyof typeof authErrors;

/** A refusal of the auth module, with its catalog status and message. */
export class AuthError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: AuthErrorCode,
    readonly details: ErrorDetail[] = [],
  ) {
    super(authErrors[code].message['en-US']);
    this.name = 'AuthError';
    this.status = authErrors[code].status;
    this.messages = authErrors[code].message;
  }
}
