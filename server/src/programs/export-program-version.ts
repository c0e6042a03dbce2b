import type { Store } from '../db/database.js';
import {
  formatProgramFile,
  programFileMediaTypes,
} from './format-program-file.js';
import { isDocument, type ProgramFileFormat } from './program-file.js';
import { findVersion } from './get-program-version.js';

export interface ProgramFileExport {
  fileName: string;
  mediaType: string;
  text: string;
}

/**
 * A version as a `tierline/program@1` file, every field as it was imported,
 * so that importing the export gives the same program.
 */
export async function exportProgramVersion(
  store: Store,
  code: string,
  versionNumber: number,
  format: ProgramFileFormat,
): Promise<ProgramFileExport> {
  const { version } = await findVersion(store, code, versionNumber);
  const document = isDocument(version.definition) ? version.definition : {};

  return {
    fileName: `${code}-v${versionNumber}.${format}`,
    mediaType: programFileMediaTypes[format],
    text: formatProgramFile(document, format),
  };
}
