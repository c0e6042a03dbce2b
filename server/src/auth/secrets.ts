import crypto from 'node:crypto';

/** A random secret: 32 bytes, base64url, with a prefix naming its kind. */
export function newSecret(prefix: string): string {
  return `${prefix}${crypto.randomBytes(32).toString('base64url')}`;
}

/** Secrets are high-entropy, so a plain sha256 is the stored form. */
export function sha256Hex(value: string): string {
  return crypto.createHash('sha256').update(value).digest('hex');
}

/**
 * The CSRF token of a session, derived from its id so nothing more is
 * stored: it can be given to the page without revealing the id.
 */
export function csrfTokenFor(sessionId: string): string {
  return crypto
    .createHmac('sha256', sessionId)
    .update('tierline csrf v1')
    .digest('base64url');
}

/** Compares two strings in time independent of where they differ. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}
