import { defineErrorCatalog, type ErrorDetail } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

export const simulationErrors = defineErrorCatalog({
  simulation_period_unknown: {
    status: 400,
    message: {
      'zh-CN': '该日期不是此政策版本任一结算周期的开始日',
      'en-US': "The date starts none of this version's periods",
    },
  },
  simulation_period_not_started: {
    status: 400,
    message: {
      'zh-CN': '该结算周期尚未开始，无销售可回放',
      'en-US': 'The period has not started: there are no sales to replay',
    },
  },
  simulation_no_ended_period: {
    status: 409,
    message: {
      'zh-CN': '此政策版本尚无已结束的结算周期，请指定要回放的周期',
      'en-US': 'No period of this version has ended yet; name one to replay',
    },
  },
});

export type SimulationErrorCode = keyof typeof simulationErrors;

export class SimulationError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: SimulationErrorCode,
    readonly programCode: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(`${simulationErrors[code].message['en-US']}: ${programCode}`);
    this.name = 'SimulationError';
    this.status = simulationErrors[code].status;
    this.messages = simulationErrors[code].message;
  }
}
