/**
 * One JSON object per line on stdout, written by pino: `{"level":"info","time":"<ISO 8601>",
 * …fields,"msg":"…"}` — the level as its name, the time in ISO 8601, no pid or hostname. Callers
 * pass structured fields; nothing here ever receives a header, a URL with a usersig, a token or the
 * secret key (those never leave auth/ and upstream/). The redaction below is a second line of
 * defence for a field that should never have been passed, not the guarantee.
 */
import pino from 'pino';

export type Level = 'silent' | 'info' | 'debug';

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  debug(msg: string, fields?: Record<string, unknown>): void;
}

/** Field names that would hold a credential, at the top level or one level down. */
const CREDENTIALS = ['authorization', 'token', 'usersig', 'userSig', 'secretKey', 'secret', 'password', 'sig'];
const REDACT = [...CREDENTIALS, ...CREDENTIALS.map((k) => `*.${k}`)];

/** `write` gets each line without its newline (tests capture lines through it). */
export function createLogger(level: Level, write: (line: string) => void = (l) => process.stdout.write(l + '\n')): Logger {
  const logger = pino(
    {
      level,
      base: undefined,
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: { paths: REDACT, censor: '[redacted]' },
    },
    // pino writes synchronously to a plain stream: each line is out before the call returns.
    { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) },
  );
  return {
    info: (m, f) => (f ? logger.info(f, m) : logger.info(m)),
    error: (m, f) => (f ? logger.error(f, m) : logger.error(m)),
    debug: (m, f) => (f ? logger.debug(f, m) : logger.debug(m)),
  };
}
