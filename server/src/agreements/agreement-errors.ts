import { defineErrorCatalog, type ErrorDetail } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

// The agreements module's refusals (DESIGN §5), each with a stable code.
export const agreementErrors = defineErrorCatalog({
  agreement_invalid: {
    status: 400,
    message: {
      'zh-CN': '返利协议内容有误，详见各项问题',
      'en-US': 'The agreement is not valid; every problem is listed',
    },
  },
  document_type_not_allowed: {
    status: 400,
    message: {
      'zh-CN': '协议文件须为 PDF、PNG 或 JPEG（按文件内容识别，而非文件名）',
      'en-US':
        'The document must be a PDF, PNG or JPEG file (recognised by its ' +
        'content, not its name)',
    },
  },
  document_too_large: {
    status: 413,
    message: {
      'zh-CN': '协议文件超过大小上限',
      'en-US': 'The document is larger than the limit',
    },
  },
  agreement_incomplete: {
    status: 409,
    message: {
      'zh-CN': '协议须有合同编号、签署日期和已签署的协议文件才能生效',
      'en-US':
        'An agreement becomes active only with a contract number, a ' +
        'signing date and the signed document',
    },
  },
  agreement_not_found: {
    status: 404,
    message: {
      'zh-CN': '返利协议不存在',
      'en-US': 'No such agreement',
    },
  },
  document_not_found: {
    status: 404,
    message: {
      'zh-CN': '该协议尚无协议文件',
      'en-US': 'The agreement has no document',
    },
  },
  program_not_found: {
    status: 404,
    message: {
      'zh-CN': '返利政策不存在',
      'en-US': 'No program has this code',
    },
  },
  customer_not_found: {
    status: 404,
    message: {
      'zh-CN': '客户不存在',
      'en-US': 'No customer has this code',
    },
  },
  program_closed: {
    status: 409,
    message: {
      'zh-CN': '政策已关闭，不能再签订协议',
      'en-US': 'The program is closed; it takes no new agreements',
    },
  },
  agreement_exists: {
    status: 409,
    message: {
      'zh-CN': '该客户在此政策下已有未终止的协议',
      'en-US': 'The customer already has a live agreement for this program',
    },
  },
  agreement_not_draft: {
    status: 409,
    message: {
      'zh-CN': '只有草稿状态的协议可以修改或生效',
      'en-US': 'Only a draft agreement is changed or activated',
    },
  },
  agreement_terminated: {
    status: 409,
    message: {
      'zh-CN': '协议已终止，不能再变更',
      'en-US': 'The agreement is terminated; it changes no more',
    },
  },
  agreement_already_accepted: {
    status: 409,
    message: {
      'zh-CN': '客户已接受该协议条款',
      'en-US': 'The customer has already accepted the terms',
    },
  },
  reason_required: {
    status: 400,
    message: {
      'zh-CN': '请填写终止原因',
      'en-US': 'Give the reason for the termination',
    },
  },
});

export type AgreementErrorCode = keyof typeof agreementErrors;

/** A refusal of the agreements module, with its catalog status and message. */
export class AgreementError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: AgreementErrorCode,
    readonly details: ErrorDetail[] = [],
  ) {
    super(agreementErrors[code].message['en-US']);
    this.name = 'AgreementError';
    this.status = agreementErrors[code].status;
    this.messages = agreementErrors[code].message;
  }
}
