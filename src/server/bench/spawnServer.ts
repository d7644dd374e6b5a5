import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../../cli/nodeLibrary';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

export interface ServerProcess {
  url: string;
  pid: number;
  child: ChildProcess;
  /** SIGTERM: a clean stop (the default); SIGKILL: a crash. Resolves when the process has exited. */
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `npm run class` as its own process (what a school runs), on a free port; resolves when it listens. */
export async function spawnClassServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  // tsx as a loader in the server's own process (the tsx command would run it in a child): a signal
  // reaches the server itself, and a test's SIGKILL is a real crash, not an orphaned server.
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src', 'server', 'classServer.ts')], {
    cwd: ROOT,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`class server did not start within ${timeoutMs} ms:\n${output}`)), timeoutMs);
    const onData = (d: Buffer) => {
      output += d.toString();
      if (output.includes('class server: http')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output += d.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`class server exited (${code}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    child,
    stop: (signal: NodeJS.Signals = 'SIGTERM') =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill(signal);
      }),
  };
}

/** The server's memory after a full collection (needs CLASS_STATS=1 in its environment). */
export interface ServerStats {
  rss: number;
  heapUsed: number;
  external: number;
  arrayBuffers: number;
  /** Microseconds of CPU the server process has used. */
  cpu: { user: number; system: number };
}

export async function memoryOf(url: string): Promise<ServerStats> {
  const res = await fetch(`${url}/__class/stats`);
  if (!res.ok) throw new Error(`stats: HTTP ${res.status}`);
  return (await res.json()) as ServerStats;
}
