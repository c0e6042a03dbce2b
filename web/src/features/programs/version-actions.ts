import { api } from '../../api/client';
import type { ProgramDetail, Simulation } from '../../api/types';

const versionPath = (code: string, version: number) =>
  `/api/programs/${encodeURIComponent(code)}/versions/${version}`;

export function submitVersion(code: string, version: number) {
  return api<ProgramDetail>(`${versionPath(code, version)}/submit`, {
    method: 'POST',
  });
}

export function approveVersion(code: string, version: number) {
  return api<ProgramDetail>(`${versionPath(code, version)}/approve`, {
    method: 'POST',
  });
}

export function rejectVersion(code: string, version: number, reason: string) {
  return api<ProgramDetail>(`${versionPath(code, version)}/reject`, {
    method: 'POST',
    json: { reason },
  });
}

export function activateProgram(code: string) {
  return api<ProgramDetail>(
    `/api/programs/${encodeURIComponent(code)}/activate`,
    {
      method: 'POST',
    },
  );
}

export function versionFileUrl(code: string, version: number) {
  return `${versionPath(code, version)}/file?format=yaml`;
}

export function closeProgram(code: string, reason: string) {
  return api<ProgramDetail>(`/api/programs/${encodeURIComponent(code)}/close`, {
    method: 'POST',
    json: reason ? { reason } : {},
  });
}

export interface SimulationChoice {
  /** The start of the period to replay; the last ended one when null. */
  periodStart: string | null;
  /** The business date; the server's today when null. */
  asOf: string | null;
}

/** Replays a period's actual sales under a version, booking nothing. */
export function simulateVersion(
  code: string,
  version: number,
  choice: SimulationChoice,
) {
  return api<Simulation>(`${versionPath(code, version)}/simulate`, {
    method: 'POST',
    json: {
      ...(choice.periodStart ? { period: choice.periodStart } : {}),
      ...(choice.asOf ? { asOf: choice.asOf } : {}),
    },
  });
}
