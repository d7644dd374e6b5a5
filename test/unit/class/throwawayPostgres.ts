import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../../../src/server/bench/spawnServer';

/**
 * A PostgreSQL server of its own for a test: a new cluster in a temporary directory, on a free
 * loopback port with its unix socket in that directory, stopped and deleted afterwards. Uses
 * Debian's server binaries (`apt-get install postgresql`; `npm run test:setup` installs them).
 * PostgreSQL refuses to run as root, so as root the cluster belongs to the `postgres` user.
 */
export interface ThrowawayPostgres {
  url: string;
  /** The database goes away (a fast shutdown) and comes back on the same port with the same data. */
  halt(): void;
  resume(): void;
  stop(): Promise<void>;
}

const HOW_TO_INSTALL =
  "install Debian's PostgreSQL server (`apt-get install postgresql`, which `npm run test:setup` does) or point PG_BINDIR at a directory holding initdb and pg_ctl";

/** The directory of initdb and pg_ctl: PG_BINDIR, else the newest /usr/lib/postgresql/<version>/bin. */
export function postgresBinDir(): string {
  const has = (dir: string) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'));
  if (process.env.PG_BINDIR) {
    if (has(process.env.PG_BINDIR)) return process.env.PG_BINDIR;
    throw new Error(`PG_BINDIR=${process.env.PG_BINDIR} has no initdb and pg_ctl: ${HOW_TO_INSTALL}`);
  }
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => has(join(root, v, 'bin'))) : [];
  versions.sort((a, b) => Number(b) - Number(a));
  if (!versions[0]) throw new Error(`PostgreSQL server binaries not found (no initdb/pg_ctl under ${root}/<version>/bin): ${HOW_TO_INSTALL}`);
  return join(root, versions[0], 'bin');
}

export async function startPostgres(): Promise<ThrowawayPostgres> {
  const bin = postgresBinDir();
  const asRoot = process.getuid?.() === 0;
  // As root the cluster belongs to `postgres`, who must be able to reach it: /tmp, not a TMPDIR under /root.
  const dir = mkdtempSync(join(asRoot ? '/tmp' : tmpdir(), 'lateral-pg-'));
  const data = join(dir, 'data');
  // As root, run the server binaries as `postgres` (created by Debian's package) in a directory it owns.
  let prefix: string[] = [];
  if (asRoot) {
    let ids: [number, number];
    try {
      ids = [Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }))];
    } catch {
      rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      throw new Error(`running as root, and there is no \`postgres\` user to run PostgreSQL as: ${HOW_TO_INSTALL}`);
    }
    chownSync(dir, ids[0], ids[1]);
    prefix = ['runuser', '-u', 'postgres', '--'];
  }
  const run = (tool: string, args: string[]) => {
    const [cmd, ...rest] = [...prefix, join(bin, tool), ...args];
    execFileSync(cmd!, rest, { stdio: 'pipe', timeout: 60_000 });
  };
  const port = await freePort();
  const logFile = join(dir, 'server.log');
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=60`;
  const start = () => run('pg_ctl', ['start', '-D', data, '-w', '-t', '30', '-l', logFile, '-o', options]);
  try {
    // Trust on loopback and the socket directory only; no fsync: the cluster is thrown away.
    run('initdb', ['-D', data, '-U', 'lateral', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '--no-instructions']);
    start();
  } catch (e) {
    const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
    const out = (e as { stderr?: Buffer }).stderr?.toString() ?? '';
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    throw new Error(`could not start a throwaway PostgreSQL from ${bin}: ${(e as Error).message}\n${out}\n${log}`, { cause: e });
  }
  // A test run that dies without its afterAll must not leave a server running (pg_ctl detaches it).
  const onExit = () => {
    try {
      run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '10']);
    } catch {
      // already stopped
    }
    rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
  };
  process.once('exit', onExit);
  return {
    url: `postgres://lateral@127.0.0.1:${port}/postgres`,
    halt: () => run('pg_ctl', ['stop', '-D', data, '-m', 'fast', '-w', '-t', '30']),
    resume: start,
    async stop() {
      process.off('exit', onExit);
      try {
        run('pg_ctl', ['stop', '-D', data, '-m', 'immediate', '-w', '-t', '30']);
      } finally {
        rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
      }
    },
  };
}
