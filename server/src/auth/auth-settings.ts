/** How long sessions live and how failed logins are slowed down. */
export interface AuthSettings {
  cookieName: string;
  /** Secure cookies: always, never, or when the request came over HTTPS. */
  secureCookie: boolean | 'auto';
  /** A session ends after this long without a request. */
  sessionIdleMinutes: number;
  /** And at the latest this long after login. */
  sessionMaxHours: number;
  throttle: ThrottleSettings;
  now: () => Date;
  sleep: (ms: number) => Promise<void>;
}

export interface ThrottleSettings {
  /** Failures older than this are forgotten. */
  windowMinutes: number;
  /** Failures of one account from one source before delays start. */
  freeFailures: number;
  /** The first delay; each further failure doubles it, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures from one source (any account) that block it. */
  blockSourceAfter: number;
  blockMinutes: number;
  /** Failures of one account (any source) after which its failed replies
   * are slowed down and an alert is raised. */
  accountAlertAfter: number;
  /** The longest a failed reply is held for an attacked account. */
  maxAccountDelayMs: number;
}

export const defaultAuthSettings: AuthSettings = {
  cookieName: 'tierline_session',
  secureCookie: 'auto',
  sessionIdleMinutes: 60,
  sessionMaxHours: 12,
  throttle: {
    windowMinutes: 15,
    freeFailures: 3,
    baseDelayMs: 1_000,
    maxDelayMs: 60_000,
    blockSourceAfter: 10,
    blockMinutes: 15,
    accountAlertAfter: 20,
    maxAccountDelayMs: 2_000,
  },
  now: () => new Date(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function authSettings(
  overrides: Partial<Omit<AuthSettings, 'throttle'>> & {
    throttle?: Partial<ThrottleSettings>;
  } = {},
): AuthSettings {
  return {
    ...defaultAuthSettings,
    ...overrides,
    throttle: { ...defaultAuthSettings.throttle, ...overrides.throttle },
  };
}
