import { defineErrorCatalog, type ErrorDetail } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

// The refusals of accruals and period close (DESIGN §5).
export const accrualErrors = defineErrorCatalog({
  program_not_in_force: {
    status: 404,
    message: {
      'zh-CN': '没有生效中的该返利政策',
      'en-US': 'No active program has this code',
    },
  },
  period_not_found: {
    status: 404,
    message: {
      'zh-CN': '该日期不是此政策某个已开始结算周期的开始日',
      'en-US': 'The date is not the start of a started period of the program',
    },
  },
  period_not_ended: {
    status: 409,
    message: {
      'zh-CN': '结算周期尚未结束，不能结账',
      'en-US': 'The period has not ended; it cannot be closed yet',
    },
  },
  period_already_closed: {
    status: 409,
    message: {
      'zh-CN': '该结算周期已结账',
      'en-US': 'The period is already closed',
    },
  },
  earlier_period_open: {
    status: 409,
    message: {
      'zh-CN': '请先结账更早的结算周期',
      'en-US': 'Close the earlier periods first',
    },
  },
});

export type AccrualErrorCode = keyof typeof accrualErrors;

/** A refusal of the accruals module, with its catalog status and message. */
export class AccrualError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: AccrualErrorCode,
    readonly details: ErrorDetail[] = [],
  ) {
    super(accrualErrors[code].message['en-US']);
    this.name = 'AccrualError';
    this.status = accrualErrors[code].status;
    this.messages = accrualErrors[code].message;
  }
}
