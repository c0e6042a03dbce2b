import { defineErrorCatalog, type ErrorDetail } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

// The refusals of claims, payouts and the rebate balance (DESIGN §5): what
// is not owed, not allowed or not there, each with a stable code.
export const payoutErrors = defineErrorCatalog({
  amount_invalid: {
    status: 400,
    message: {
      'zh-CN': '金额须为大于零的数，最多两位小数',
      'en-US': 'An amount is a positive number of at most 2 decimals',
    },
  },
  date_invalid: {
    status: 400,
    message: {
      'zh-CN': '日期须为 YYYY-MM-DD 格式的有效日期',
      'en-US': 'A date is a valid YYYY-MM-DD date',
    },
  },
  reason_required: {
    status: 400,
    message: {
      'zh-CN': '请填写原因',
      'en-US': 'Give a reason',
    },
  },
  periods_invalid: {
    status: 400,
    message: {
      'zh-CN': '兑付须列出一个或多个结算周期，每个周期只列一次',
      'en-US': 'A payout lists one or more periods, each once',
    },
  },
  customer_not_found: {
    status: 404,
    message: {
      'zh-CN': '客户不存在',
      'en-US': 'No customer has this code',
    },
  },
  claim_not_found: {
    status: 404,
    message: {
      'zh-CN': '返利申请不存在',
      'en-US': 'No claim has this id',
    },
  },
  payout_not_found: {
    status: 404,
    message: {
      'zh-CN': '兑付单不存在',
      'en-US': 'No payout has this id',
    },
  },
  period_not_settled: {
    status: 409,
    message: {
      'zh-CN': '该结算周期尚未关账结算，不能申请或兑付',
      'en-US':
        'The period is not closed and settled; nothing is paid for it yet',
    },
  },
  exceeds_owed: {
    status: 409,
    message: {
      'zh-CN': '金额超过应付未付的返利（结算金额 + 调整 − 已兑付）',
      'en-US':
        'The amount is more than is owed and unpaid (settled + adjustments − ' +
        'payouts)',
    },
  },
  claim_open: {
    status: 409,
    message: {
      'zh-CN': '该客户在该周期已有一笔待审批的返利申请',
      'en-US':
        'A claim for this program, customer and period awaits a decision',
    },
  },
  claim_decided: {
    status: 409,
    message: {
      'zh-CN': '该返利申请已审批，不能再次审批',
      'en-US': 'The claim is decided already',
    },
  },
  claim_not_approved: {
    status: 409,
    message: {
      'zh-CN': '只有已批准（全部或部分）的返利申请可以兑付',
      'en-US': 'Only an approved claim (in full or in part) is paid out',
    },
  },
  claim_paid: {
    status: 409,
    message: {
      'zh-CN': '该返利申请已有兑付单',
      'en-US': 'The claim has a payout already',
    },
  },
  partial_exceeds_claim: {
    status: 400,
    message: {
      'zh-CN': '部分批准的金额须小于申请金额',
      'en-US': 'An approval in part is less than the amount claimed',
    },
  },
  payout_released: {
    status: 409,
    message: {
      'zh-CN': '该兑付单已发放',
      'en-US': 'The payout is released already',
    },
  },
  credit_note_no_sales: {
    status: 409,
    message: {
      'zh-CN': '该客户在这些周期没有正的计入销售额，无法按税率拆分红字发票',
      'en-US':
        'The customer has no positive counted sales in these periods to split ' +
        'a credit note by VAT rate',
    },
  },
  goods_required: {
    status: 400,
    message: {
      'zh-CN': '货补兑付须列出产品（SKU，可选数量）',
      'en-US': 'A goods payout lists its products (SKU, optional quantity)',
    },
  },
  goods_invalid: {
    status: 400,
    message: {
      'zh-CN': '货补产品有误，详见各项问题',
      'en-US': 'The goods are not valid; every problem is listed',
    },
  },
  goods_nothing_fits: {
    status: 409,
    message: {
      'zh-CN': '按目录价，该金额买不到任何所选产品',
      'en-US': 'At list price the amount buys none of the products picked',
    },
  },
  order_conflict: {
    status: 409,
    message: {
      'zh-CN': '该订单号已以不同的客户、日期或金额提交过',
      'en-US':
        'This order number was presented before with another customer, date ' +
        'or amount',
    },
  },
});

export type PayoutErrorCode = keyof typeof payoutErrors;

/** A refusal of claims, payouts or the balance, with its catalog entry. */
export class PayoutError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: PayoutErrorCode,
    readonly details: ErrorDetail[] = [],
  ) {
    super(payoutErrors[code].message['en-US']);
    this.name = 'PayoutError';
    this.status = payoutErrors[code].status;
    this.messages = payoutErrors[code].message;
  }
}
