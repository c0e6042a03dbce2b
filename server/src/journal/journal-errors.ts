import { defineErrorCatalog, type ErrorDetail } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

// The journal's refusals: a voucher that would not balance or has a line
// that is not one-sided money, and export requests it cannot serve.
export const journalErrors = defineErrorCatalog({
  voucher_unbalanced: {
    status: 422,
    message: {
      'zh-CN': '凭证借贷不平衡，未记账',
      'en-US': 'The voucher does not balance; nothing was booked',
    },
  },
  voucher_empty: {
    status: 422,
    message: {
      'zh-CN': '凭证至少需要两行分录',
      'en-US': 'A voucher needs at least two lines',
    },
  },
  voucher_line_invalid: {
    status: 422,
    message: {
      'zh-CN':
        '凭证分录有误：借方或贷方须为正的金额（最多两位小数），另一方为零',
      'en-US':
        'A voucher line needs a positive amount of at most 2 decimals on ' +
        'one side and 0 on the other',
    },
  },
  journal_encoding_unknown: {
    status: 400,
    message: {
      'zh-CN': '不支持的编码；可选 utf8 或 gbk',
      'en-US': 'Unknown encoding; use utf8 or gbk',
    },
  },
  journal_range_invalid: {
    status: 400,
    message: {
      'zh-CN': '日期范围有误：开始日期不能晚于结束日期',
      'en-US': 'The date range is not valid: from is after to',
    },
  },
});

export type JournalErrorCode = keyof typeof journalErrors;

/** A refusal of the journal module, with its catalog status and message. */
export class JournalError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: JournalErrorCode,
    readonly details: ErrorDetail[] = [],
  ) {
    super(journalErrors[code].message['en-US']);
    this.name = 'JournalError';
    this.status = journalErrors[code].status;
    this.messages = journalErrors[code].message;
  }
}
