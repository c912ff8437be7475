/**
 * One JSON object per line on stdout. Callers pass structured fields; nothing here ever receives a
 * header, a URL with a usersig, a token or the secret key (those never leave auth/ and upstream/).
 */
export type Level = 'silent' | 'info' | 'debug';

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
  debug(msg: string, fields?: Record<string, unknown>): void;
}

export function createLogger(level: Level, write: (line: string) => void = (l) => process.stdout.write(l + '\n')): Logger {
  const emit = (lvl: string, msg: string, fields?: Record<string, unknown>) =>
    write(JSON.stringify({ time: new Date().toISOString(), level: lvl, msg, ...fields }));
  return {
    info: (m, f) => level !== 'silent' && emit('info', m, f),
    error: (m, f) => level !== 'silent' && emit('error', m, f),
    debug: (m, f) => level === 'debug' && emit('debug', m, f),
  };
}
