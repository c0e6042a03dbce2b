/** 10 MB, unless TIERLINE_AGREEMENT_DOCUMENT_MAX_BYTES says otherwise. */
export const defaultDocumentMaxBytes = 10 * 1024 * 1024;

export function documentMaxBytes(env: NodeJS.ProcessEnv = process.env): number {
  const text = env.TIERLINE_AGREEMENT_DOCUMENT_MAX_BYTES?.trim();
  if (text === undefined || text === '') return defaultDocumentMaxBytes;

  const bytes = Number(text);
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new Error(
      'TIERLINE_AGREEMENT_DOCUMENT_MAX_BYTES must be a whole number of ' +
        `bytes, got "${text}"`,
    );
  }
  return bytes;
}
