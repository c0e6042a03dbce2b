import { hash, verify, type Options } from '@node-rs/argon2';
import { AuthError } from './auth-errors.js';

// argon2id with the parameters OWASP recommends for a server (19 MiB, two
// passes): about 30 ms per hash on these machines.
// `Algorithm` is a const enum, which verbatimModuleSyntax cannot import: 2 is
// its Argon2id.
const argon2Options: Options = {
  algorithm: 2,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

export const minPasswordLength = 10;

export function assertStrongPassword(password: string): void {
  if ([...password].length < minPasswordLength) {
    throw new AuthError('password_weak', [
      {
        path: 'password',
        code: 'too_short',
        message: `at least ${minPasswordLength} characters`,
      },
    ]);
  }
}

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(
  passwordHash: string,
  password: string,
): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | null = null;

/**
 * Spends the time of one verification when the user does not exist, so the
 * reply time does not tell which user names are real.
 */
export async function verifyNobody(password: string): Promise<false> {
  dummyHash ??= hashPassword('tierline-no-such-user');
  await verifyPassword(await dummyHash, password);
  return false;
}
