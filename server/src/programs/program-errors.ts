import { defineErrorCatalog, type ErrorDetail } from '../http/error-catalog.js';
import type { LocalizedText } from '../http/locale.js';

// The programs module's refusals (DESIGN §5): what a program's lifecycle
// does not allow, each with a stable code.
export const programErrors = defineErrorCatalog({
  program_invalid: {
    status: 400,
    message: {
      'zh-CN': '返利政策文件有误，详见各项问题及其位置',
      'en-US': 'The program file is not valid; every problem is listed',
    },
  },
  program_code_mismatch: {
    status: 400,
    message: {
      'zh-CN': '文件中的政策编码与该政策不一致',
      'en-US': "The file's code is not this program's code",
    },
  },
  effective_from_required: {
    status: 400,
    message: {
      'zh-CN': '新版本须指定生效日期（某个结算周期的开始日）',
      'en-US':
        'A new version needs the date it takes effect: the start of a period',
    },
  },
  effective_from_not_period_start: {
    status: 400,
    message: {
      'zh-CN': '生效日期必须是该政策某个结算周期的开始日',
      'en-US': 'A version takes effect at the start of one of its periods',
    },
  },
  effective_from_not_term_start: {
    status: 400,
    message: {
      'zh-CN': '尚无已审批版本，新版本须自政策期间开始日生效',
      'en-US':
        'With no approved version yet, a version takes effect at the start ' +
        'of its term',
    },
  },
  reason_required: {
    status: 400,
    message: {
      'zh-CN': '请填写原因',
      'en-US': 'Give a reason',
    },
  },
  not_version_author: {
    status: 403,
    message: {
      'zh-CN': '只有草稿的作者可以修改草稿',
      'en-US': 'Only its author edits a draft',
    },
  },
  program_not_found: {
    status: 404,
    message: {
      'zh-CN': '返利政策不存在',
      'en-US': 'No program has this code',
    },
  },
  program_version_not_found: {
    status: 404,
    message: {
      'zh-CN': '该政策版本不存在',
      'en-US': 'The program has no such version',
    },
  },
  program_exists: {
    status: 409,
    message: {
      'zh-CN': '该政策编码已存在；请为它创建新版本',
      'en-US': 'A program with this code exists; create a new version of it',
    },
  },
  program_version_open: {
    status: 409,
    message: {
      'zh-CN': '该政策已有一个草稿或待审批版本',
      'en-US': 'The program already has a draft or submitted version',
    },
  },
  program_version_not_editable: {
    status: 409,
    message: {
      'zh-CN': '只有草稿可以修改；已提交或已审批的版本不可修改，请创建新版本',
      'en-US':
        'Only a draft is edited; a submitted or approved version never ' +
        'changes: create a new version',
    },
  },
  program_version_not_draft: {
    status: 409,
    message: {
      'zh-CN': '只有草稿可以提交审批',
      'en-US': 'Only a draft is submitted',
    },
  },
  program_version_not_submitted: {
    status: 409,
    message: {
      'zh-CN': '只有待审批的版本可以审批或驳回',
      'en-US': 'Only a submitted version is approved or rejected',
    },
  },
  program_not_approved: {
    status: 409,
    message: {
      'zh-CN': '只有已审批的政策可以启用',
      'en-US': 'Only an approved program is activated',
    },
  },
  program_not_active: {
    status: 409,
    message: {
      'zh-CN': '只有生效中的政策可以关闭',
      'en-US': 'Only an active program is closed',
    },
  },
  program_closed: {
    status: 409,
    message: {
      'zh-CN': '政策已关闭，不能再变更',
      'en-US': 'The program is closed; it changes no more',
    },
  },
});

export type ProgramErrorCode = keyof typeof programErrors;

/** A refusal of the programs module, with its catalog status and message. */
export class ProgramError extends Error {
  readonly status: number;
  readonly messages: LocalizedText;

  constructor(
    readonly code: ProgramErrorCode,
    readonly programCode: string,
    readonly details: ErrorDetail[] = [],
  ) {
    const message = programErrors[code].message['en-US'];
    super(programCode === '' ? message : `${message}: ${programCode}`);
    this.name = 'ProgramError';
    this.status = programErrors[code].status;
    this.messages = programErrors[code].message;
  }
}
