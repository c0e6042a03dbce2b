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

/** A period's actual sales under a version; by default the last ended one. */
export function simulateVersion(
  code: string,
  version: number,
  periodStart: string | null,
) {
  return api<Simulation>(`${versionPath(code, version)}/simulate`, {
    method: 'POST',
    json: periodStart ? { period: periodStart } : {},
  });
}
