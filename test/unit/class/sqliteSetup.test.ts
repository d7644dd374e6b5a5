import { describe, expect, it } from 'vitest';
import { retryWhileLocked } from '../../../src/server/sqliteStore';

/** An error as better-sqlite3 throws it. */
const sqliteError = (code: string) => Object.assign(new Error(code === 'SQLITE_BUSY' ? 'database is locked' : 'disk I/O error'), { code });

describe('a class server setting up a database file another server is setting up at the same moment', () => {
  it('tries again while SQLite answers that the file is locked, and then starts', () => {
    let tries = 0;
    retryWhileLocked(() => {
      tries++;
      if (tries < 3) throw sqliteError('SQLITE_BUSY');
    });
    expect(tries).toBe(3);
  });

  it('does not retry any other failure: the server says what went wrong at once', () => {
    let tries = 0;
    expect(() =>
      retryWhileLocked(() => {
        tries++;
        throw sqliteError('SQLITE_IOERR');
      }),
    ).toThrow('disk I/O error');
    expect(tries).toBe(1);
  });
});
