import type { Connection } from '../db/database.js';

export interface AlertLogger {
  warn(fields: object, message: string): void;
}

export interface NewAlert {
  kind: string;
  severity?: 'info' | 'warning' | 'critical';
  subject: string;
  details?: Record<string, unknown>;
}

/** Stores an alert for people to review and logs it as a warning. */
export async function raiseAlert(
  connection: Connection,
  logger: AlertLogger,
  alert: NewAlert,
): Promise<void> {
  const severity = alert.severity ?? 'warning';
  const details = alert.details ?? {};

  await connection.query(
    `insert into alerts (kind, severity, subject, details)
     values ($1, $2, $3, $4::jsonb)`,
    [alert.kind, severity, alert.subject, JSON.stringify(details)],
  );
  logger.warn(
    { alertKind: alert.kind, severity, subject: alert.subject, ...details },
    'alert raised',
  );
}
