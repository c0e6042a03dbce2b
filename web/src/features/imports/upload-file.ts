import {
  ApiError,
  errorFromText,
  requestHeaders,
  urlOf,
} from '../../api/client';
import type { ImportKind, ImportReport } from '../../api/types';

export interface UploadProgress {
  /** 0–100 of the file sent; the server then reads and stores the rows. */
  sentPct: number;
  sent: boolean;
}

/**
 * Sends a file to the import and resolves with its report, also when the
 * server refused it for bad rows (the report then lists them). fetch cannot
 * report upload progress, so this uses XMLHttpRequest.
 */
export function uploadImport(
  kind: ImportKind,
  file: File,
  skipBad: boolean,
  onProgress: (progress: UploadProgress) => void,
): Promise<ImportReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    request.open('POST', urlOf(`/api/imports/${kind}`, { skipBad }));
    for (const [name, value] of Object.entries(requestHeaders('POST'))) {
      request.setRequestHeader(name, value);
    }

    request.upload.onprogress = (event) => {
      if (!event.lengthComputable) return;
      onProgress({
        sentPct: Math.floor((event.loaded * 100) / event.total),
        sent: event.loaded >= event.total,
      });
    };
    request.upload.onload = () => onProgress({ sentPct: 100, sent: true });
    request.onerror = () => reject(new ApiError(0, 'network', 'network'));
    request.onload = () => {
      if (request.status === 200) {
        resolve(JSON.parse(request.responseText) as ImportReport);
        return;
      }
      const error = errorFromText(request.status, request.responseText);
      if (error.report) resolve(error.report);
      else reject(error);
    };

    const body = new FormData();
    body.append('file', file, file.name);
    request.send(body);
  });
}
