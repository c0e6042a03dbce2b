import { defineErrorCatalog, type ErrorDetail } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

// The statements module's refusals (DESIGN §5): a statement is issued for a
// settled period, confirmed or disputed by its customer once, and a dispute
// is resolved once by an approver.
export const statementErrors = defineErrorCatalog({
  statement_not_found: {
    status: 404,
    message: {
      'zh-CN': '对账单不存在',
      'en-US': 'No statement has this id',
    },
  },
  statement_period_not_found: {
    status: 404,
    message: {
      'zh-CN': '该客户在此政策的这一结算周期没有返利数据',
      'en-US': 'The customer has no figures for this period of the program',
    },
  },
  statement_exists: {
    status: 409,
    message: {
      'zh-CN': '该期间已出具对账单，且尚未被驳回的异议处理完毕',
      'en-US': 'A statement for this period is already issued and still stands',
    },
  },
  statement_preview: {
    status: 409,
    message: {
      'zh-CN': '预览对账单不可确认或提出异议；请在期间结算后出具正式对账单',
      'en-US':
        'A preview is never confirmed or disputed; issue the statement once ' +
        'the period is closed',
    },
  },
  statement_not_issued: {
    status: 409,
    message: {
      'zh-CN': '只有待确认的对账单可以确认或提出异议',
      'en-US': 'Only an issued statement is confirmed or disputed',
    },
  },
  statement_not_disputed: {
    status: 409,
    message: {
      'zh-CN': '只有有异议的对账单可以处理异议',
      'en-US': 'Only a disputed statement is resolved',
    },
  },
  comment_required: {
    status: 400,
    message: {
      'zh-CN': '请说明异议的原因',
      'en-US': 'Say why you dispute the statement',
    },
  },
  reason_required: {
    status: 400,
    message: {
      'zh-CN': '请填写驳回原因',
      'en-US': 'Give the reason for the rejection',
    },
  },
  adjustment_invalid: {
    status: 400,
    message: {
      'zh-CN': '调整金额须为非零金额，最多两位小数',
      'en-US': 'The adjustment is a non-zero amount with at most 2 decimals',
    },
  },
  not_statement_customer: {
    status: 403,
    message: {
      'zh-CN': '只有对账单的客户本人可以确认或提出异议',
      'en-US': "Only the statement's own customer confirms or disputes it",
    },
  },
  statement_font_missing: {
    status: 503,
    message: {
      'zh-CN':
        '无法生成 PDF：未找到含中文字形的字体。请安装 fonts-noto-cjk' +
        '（apt-get install fonts-noto-cjk），或以 TIERLINE_PDF_FONT 指定字体文件',
      'en-US':
        'No PDF: no font with Chinese glyphs was found. Install ' +
        'fonts-noto-cjk (apt-get install fonts-noto-cjk) or point ' +
        'TIERLINE_PDF_FONT at a font file',
    },
  },
});

export type StatementErrorCode = keyof typeof statementErrors;

/** A refusal of the statements module, with its catalog status and message. */
export class StatementError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: StatementErrorCode,
    readonly details: ErrorDetail[] = [],
  ) {
    super(statementErrors[code].message['en-US']);
    this.name = 'StatementError';
    this.status = statementErrors[code].status;
    this.messages = statementErrors[code].message;
  }
}
