import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const hexKey = z.string().regex(/^[0-9a-fA-F]{32}$/, 'must be 32 hex digits (128 bits)');

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  DATABASE_URL: z.string().optional(),
  DATA_DIR: z.string().default('./data'),
  XUANWEN_TIMEZONE: z.string().default('Asia/Shanghai'),
  XUANWEN_DATA_KEY: hexKey.optional(),
  XUANWEN_HASH_KEY: hexKey.optional(),
  XUANWEN_TRUST_PROXY: z.enum(['true', 'false']).default('false'),
  XUANWEN_PUBLIC_URL: z.url().optional(),
  XUANWEN_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(180).default(180),
  XUANWEN_WORKERS: z.coerce.number().int().min(1).max(64).default(1),
  XUANWEN_METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

/** Runtime settings of one Xuanwen process, read from the environment once. */
export interface Config {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  timezone: string;
  dataKey: Buffer;
  hashKey: Buffer;
  trustProxy: boolean;
  /** Where the public reaches this deployment; printed in QR codes (certificate verification). */
  publicUrl: string;
  auditRetentionDays: number;
  logLevel: string;
  /** Server processes behind the one port (PostgreSQL only; the embedded database belongs to one process). */
  workers: number;
  /** Bearer token that opens GET /metrics; unset, the endpoint is off. */
  metricsToken: string | undefined;
  /** Seconds between a job worker's polls. */
  jobPollSeconds: number;
  idleTimeoutMinutes: number;
  sessionMaxHours: number;
  lockMinutes: number;
  maxFailedLogins: number;
}

interface KeyFile {
  dataKey: string;
  hashKey: string;
}

/** Embedded deployments keep their own keys beside the data so no secret ever sits in the repository. */
function loadOrCreateKeyFile(dataDir: string): KeyFile {
  const path = join(dataDir, 'keys.json');
  if (existsSync(path)) return JSON.parse(readFileSync(path, 'utf8')) as KeyFile;
  mkdirSync(dataDir, { recursive: true });
  const keys: KeyFile = { dataKey: randomBytes(16).toString('hex'), hashKey: randomBytes(16).toString('hex') };
  writeFileSync(path, JSON.stringify(keys), { mode: 0o600 });
  return keys;
}

/** Parses the environment into a Config; throws a readable message on a bad value. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const dataDir = resolve(e.DATA_DIR);
  let dataKey = e.XUANWEN_DATA_KEY;
  let hashKey = e.XUANWEN_HASH_KEY;
  if (!dataKey || !hashKey) {
    const file = loadOrCreateKeyFile(dataDir);
    dataKey ??= file.dataKey;
    hashKey ??= file.hashKey;
  }
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL || undefined,
    dataDir,
    timezone: e.XUANWEN_TIMEZONE,
    dataKey: Buffer.from(dataKey, 'hex'),
    hashKey: Buffer.from(hashKey, 'hex'),
    trustProxy: e.XUANWEN_TRUST_PROXY === 'true',
    publicUrl: (e.XUANWEN_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    auditRetentionDays: e.XUANWEN_AUDIT_RETENTION_DAYS,
    logLevel: e.LOG_LEVEL,
    workers: e.XUANWEN_WORKERS,
    metricsToken: e.XUANWEN_METRICS_TOKEN,
    jobPollSeconds: 1,
    idleTimeoutMinutes: 30,
    sessionMaxHours: 12,
    lockMinutes: 10,
    maxFailedLogins: 5,
  };
}
