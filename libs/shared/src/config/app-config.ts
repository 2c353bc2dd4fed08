import { plainToInstance, Transform } from 'class-transformer';
import { IsIn, IsInt, IsNumber, IsOptional, IsString, Matches, Max, Min, validateSync } from 'class-validator';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;

/** The environment the processes read, each variable with the rule it must meet. */
class EnvironmentVariables {
  @Matches(/^postgres(ql)?:\/\/\S+$/, { message: 'must be a postgres:// URL, e.g. postgres://postgres@127.0.0.1:5432/accord' })
  DATABASE_URL: string;

  @Matches(/^(none|[a-z_][a-z0-9_]{0,62})$/, { message: 'must be a PostgreSQL role name (lower-case letters, digits and _), or none' })
  DATABASE_APP_ROLE: string = 'accord_app';

  @Matches(/^rediss?:\/\/\S+$/, { message: 'must be a redis:// URL, e.g. redis://127.0.0.1:6379' })
  REDIS_URL: string;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number (a TCP port)' })
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  // Trimmed: a value read from a secret file often ends with a line break, and a token with spaces
  // in it could never be sent as a Bearer token, so the admin token would silently not work.
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsOptional()
  @IsString()
  @Matches(/^\S{24,512}$/, { message: 'must be at least 24 characters, at most 512, without spaces: it grants full admin rights, sent as a Bearer token' })
  ACCORD_ADMIN_TOKEN?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of distinct reviewers' })
  @Min(1)
  @Max(10)
  APPROVALS_REQUIRED: number = 2;

  @IsIn(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
  LOG_LEVEL: LogLevel = 'info';

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of jobs run at once per worker' })
  @Min(1)
  @Max(500)
  WORKER_CONCURRENCY: number = 16;

  @Matches(/^[a-z0-9][a-z0-9_-]{0,40}$/, { message: 'must be lower-case letters, digits, _ or - (a Redis key prefix)' })
  QUEUE_PREFIX: string = 'accord';

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(5)
  @Max(60000)
  OUTBOX_POLL_MS: number = 200;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of attempts' })
  @Min(1)
  @Max(50)
  CHECK_ATTEMPTS: number = 5;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  @Max(600000)
  CHECK_BACKOFF_MS: number = 1000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of attempts' })
  @Min(1)
  @Max(50)
  WEBHOOK_ATTEMPTS: number = 8;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1)
  @Max(600000)
  WEBHOOK_BACKOFF_MS: number = 1000;

  @IsIn(['true', 'false'], { message: 'must be true or false' })
  WEBHOOK_ALLOW_PRIVATE: string = 'false';

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'must be 32 random bytes in base64, e.g. from `openssl rand -base64 32`' })
  WEBHOOK_SECRET_KEY?: string;

  @IsOptional()
  @Matches(/^[A-Za-z0-9+/]{43}=(,[A-Za-z0-9+/]{43}=)*$/, { message: 'must be earlier WEBHOOK_SECRET_KEY values, 32 bytes in base64 each, separated by commas' })
  WEBHOOK_SECRET_KEY_PREVIOUS?: string;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100)
  @Max(3600000)
  RECONCILE_EVERY_MS: number = 30000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(0)
  @Max(86400000)
  RECONCILE_AFTER_MS: number = 60000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number from 0 to 100' })
  @Min(0)
  @Max(100)
  OVERLAP_WARNING_THRESHOLD: number = 60;

  @Matches(/^\d{1,15}(\.\d{1,2})?$/, { message: 'must be an amount in US dollars, e.g. 50000000' })
  BUDGET_ENVELOPE_USD: string = '50000000';

  @Matches(/^\d{1,15}(\.\d{1,2})?$/, { message: 'must be an amount in US dollars, e.g. 10000' })
  BUDGET_MIN_USD: string = '10000';

  @Matches(/^\d{1,15}(\.\d{1,2})?$/, { message: 'must be an amount in US dollars, e.g. 1000000000' })
  BUDGET_MAX_USD: string = '1000000000';

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(1000)
  @Max(600000)
  WORKER_LOCK_MS: number = 30000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of requests per minute per API key (0: no limit)' })
  @Min(0)
  @Max(1000000)
  RATE_LIMIT_PER_MINUTE: number = 600;

  @Matches(/^(\*|https?:\/\/[^\s,]+(,https?:\/\/[^\s,]+)*)?$/, { message: 'must be a comma-separated list of origins, e.g. https://portal.example.org' })
  CORS_ORIGINS: string = '';

  @Transform(({ value }) => (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : value))
  @IsNumber({}, { message: 'must be a number of hours, e.g. 72 or 0.5' })
  @Min(0.0001)
  @Max(8760)
  REVIEW_SLA_HOURS: number = 72;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number of milliseconds' })
  @Min(100)
  @Max(3600000)
  ESCALATION_EVERY_MS: number = 60000;

  @Transform(toInt)
  @IsInt({ message: 'must be a whole number (a TCP port; 0 turns the worker metrics server off)' })
  @Min(0)
  @Max(65535)
  WORKER_METRICS_PORT: number = 9464;
}

export interface AppConfig {
  databaseUrl: string;
  /** The role the api and the worker act as on every connection; null: DATABASE_URL's user's own. */
  databaseAppRole: string | null;
  redisUrl: string;
  port: number;
  adminToken?: string;
  approvalsRequired: number;
  logLevel: LogLevel;
  workerConcurrency: number;
  queuePrefix: string;
  outboxPollMs: number;
  checkAttempts: number;
  checkBackoffMs: number;
  webhookAttempts: number;
  webhookBackoffMs: number;
  /** Webhooks may reach private, loopback and reserved addresses (development and tests only). */
  webhookAllowPrivate: boolean;
  /** Seals webhook secrets at rest (AES-256-GCM); without it they are stored in plain text. */
  webhookSecretKey?: string;
  /** Earlier keys, only to open the secrets sealed under them until they are sealed again under the current one. */
  webhookSecretPreviousKeys: string[];
  reconcileEveryMs: number;
  reconcileAfterMs: number;
  overlapWarningThreshold: number;
  budgetEnvelopeUsd: string;
  budgetMinUsd: string;
  budgetMaxUsd: string;
  workerMetricsPort: number;
  workerLockMs: number;
  reviewSlaHours: number;
  rateLimitPerMinute: number;
  corsOrigins: string[];
  escalationEveryMs: number;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates the environment once, at boot; every bad or missing variable is reported. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const present = Object.fromEntries(
    Object.entries(env).filter(([, value]) => value !== undefined && value !== ''),
  );
  const vars = plainToInstance(EnvironmentVariables, present, { exposeDefaultValues: true });
  const errors = validateSync(vars, { forbidUnknownValues: false });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.map((error) => {
        const missing = (vars as unknown as Record<string, unknown>)[error.property] === undefined;
        const reasons = Object.values(error.constraints ?? {});
        return `${error.property}: ${missing ? 'is missing; it ' : ''}${reasons[reasons.length - 1]}`;
      }),
    );
  }
  return {
    databaseUrl: vars.DATABASE_URL,
    databaseAppRole: vars.DATABASE_APP_ROLE === 'none' ? null : vars.DATABASE_APP_ROLE,
    redisUrl: vars.REDIS_URL,
    port: vars.PORT,
    adminToken: vars.ACCORD_ADMIN_TOKEN,
    approvalsRequired: vars.APPROVALS_REQUIRED,
    logLevel: vars.LOG_LEVEL,
    workerConcurrency: vars.WORKER_CONCURRENCY,
    queuePrefix: vars.QUEUE_PREFIX,
    outboxPollMs: vars.OUTBOX_POLL_MS,
    checkAttempts: vars.CHECK_ATTEMPTS,
    checkBackoffMs: vars.CHECK_BACKOFF_MS,
    webhookAttempts: vars.WEBHOOK_ATTEMPTS,
    webhookBackoffMs: vars.WEBHOOK_BACKOFF_MS,
    webhookAllowPrivate: vars.WEBHOOK_ALLOW_PRIVATE === 'true',
    webhookSecretKey: vars.WEBHOOK_SECRET_KEY,
    webhookSecretPreviousKeys: vars.WEBHOOK_SECRET_KEY_PREVIOUS?.split(',') ?? [],
    reconcileEveryMs: vars.RECONCILE_EVERY_MS,
    reconcileAfterMs: vars.RECONCILE_AFTER_MS,
    overlapWarningThreshold: vars.OVERLAP_WARNING_THRESHOLD,
    budgetEnvelopeUsd: vars.BUDGET_ENVELOPE_USD,
    budgetMinUsd: vars.BUDGET_MIN_USD,
    budgetMaxUsd: vars.BUDGET_MAX_USD,
    workerMetricsPort: vars.WORKER_METRICS_PORT,
    workerLockMs: vars.WORKER_LOCK_MS,
    reviewSlaHours: vars.REVIEW_SLA_HOURS,
    rateLimitPerMinute: vars.RATE_LIMIT_PER_MINUTE,
    corsOrigins: vars.CORS_ORIGINS ? vars.CORS_ORIGINS.split(',') : [],
    escalationEveryMs: vars.ESCALATION_EVERY_MS,
  };
}

export const APP_CONFIG = Symbol('APP_CONFIG');
