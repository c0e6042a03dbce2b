import crypto from 'node:crypto';

/** A multipart/form-data body holding one file, for `app.inject()`. */
export function multipartFile(
  file: { name: string; content: string | Buffer },
  fieldName = 'file',
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = `----tierline${crypto.randomBytes(8).toString('hex')}`;
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\n` +
        `Content-Disposition: form-data; name="${fieldName}"; ` +
        `filename="${file.name}"\r\n` +
        'Content-Type: text/csv\r\n\r\n',
    ),
    Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);

  return {
    payload,
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}
