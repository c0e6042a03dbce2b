import {
  defineErrorCatalog,
  type ErrorDefinition,
  type ErrorDetail,
} from './error-catalog.js';

// The errors of the HTTP layer itself; domain modules keep their own.
export const httpErrors = defineErrorCatalog({
  validation_failed: {
    status: 400,
    message: {
      'zh-CN': '请求内容不符合要求',
      'en-US': 'The request is not valid',
    },
  },
  bad_request: {
    status: 400,
    message: {
      'zh-CN': '无法读取请求内容',
      'en-US': 'The request could not be read',
    },
  },
  file_required: {
    status: 400,
    message: {
      'zh-CN': '请在表单字段 file 中上传文件',
      'en-US': 'Upload the file in the form field "file"',
    },
  },
  route_not_found: {
    status: 404,
    message: {
      'zh-CN': '请求的地址不存在',
      'en-US': 'There is no such endpoint',
    },
  },
  payload_too_large: {
    status: 413,
    message: {
      'zh-CN': '上传的内容过大',
      'en-US': 'The request body is too large',
    },
  },
  unsupported_media_type: {
    status: 415,
    message: {
      'zh-CN': '不支持的内容类型',
      'en-US': 'The content type is not supported',
    },
  },
  import_rejected: {
    status: 422,
    message: {
      'zh-CN': '文件中有错误行，本次导入未保存任何数据',
      'en-US': 'The file has bad rows; nothing was stored',
    },
  },
  internal_error: {
    status: 500,
    message: { 'zh-CN': '服务器内部错误', 'en-US': 'Internal error' },
  },
  service_unavailable: {
    status: 503,
    message: {
      'zh-CN': '服务暂时不可用，请稍后重试',
      'en-US': 'The service is unavailable; try again shortly',
    },
  },
});

export type HttpErrorCode = keyof typeof httpErrors;

/** A failure of the HTTP layer with its catalog entry, sent as is. */
export class HttpError extends Error {
  readonly definition: ErrorDefinition;

  constructor(
    readonly code: HttpErrorCode,
    readonly details: ErrorDetail[] = [],
    /** Extra members of the error object, e.g. the rejected import report. */
    readonly extra: Record<string, unknown> = {},
  ) {
    super(httpErrors[code].message['en-US']);
    this.name = 'HttpError';
    this.definition = httpErrors[code];
  }

  get status(): number {
    return this.definition.status;
  }
}
