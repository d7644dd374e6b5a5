import { vi } from 'vitest';

/**
 * Run a CLI's exported `main` in this process and capture what it prints, the way the shell
 * would see it: starting `tsx` per call cost most of the unit suite's time. One test per CLI
 * family still starts the real process (see cli.test.ts and errors.test.ts).
 */
export async function runCliInProcess(script: string, args: string[]): Promise<{ code: number; out: string; err: string }> {
  const mod = (await import(`../../src/cli/${script.replace(/\.ts$/, '')}.ts`)) as { main: (argv: string[]) => number };
  const out: string[] = [];
  const err: string[] = [];
  const text = (parts: unknown[]) => parts.map(String).join(' ') + '\n';
  const spies = [
    vi.spyOn(console, 'log').mockImplementation((...p: unknown[]) => void out.push(text(p))),
    vi.spyOn(console, 'error').mockImplementation((...p: unknown[]) => void err.push(text(p))),
    vi.spyOn(console, 'warn').mockImplementation((...p: unknown[]) => void err.push(text(p))),
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      out.push(String(chunk));
      return true;
    }),
  ];
  let code: number;
  try {
    code = mod.main(args);
  } catch (e) {
    // What runMain prints for an unexpected error.
    err.push(`error: ${(e as Error).message}\n`);
    code = 1;
  } finally {
    spies.forEach((s) => s.mockRestore());
  }
  return { code, out: out.join(''), err: err.join('').split('\n').filter(Boolean).join('\n') };
}
