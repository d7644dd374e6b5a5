/**
 * The class server: `npm run class`. Serves the built game and a socket.io endpoint for class
 * sessions; SQLite keeps every session and answer, or PostgreSQL when DATABASE_URL is set. With
 * REDIS_URL set, several processes share rooms through the Redis adapter, and the database
 * (one SQLite file on one machine, PostgreSQL across machines).
 */
import { createHash, randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import { createServer, type Server as HttpServer } from 'node:http';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { Server, type Socket } from 'socket.io';
import { createAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import { classAct, newSession, answeredCount, type ClassAction, type ClassSession } from '../core/class/session';
import { parsePlay } from '../core/class/answer';
import { hostView, studentView } from '../core/class/views';
import { CODE_ALPHABET, CODE_LENGTH, isCodeShape, type ClientToServer, type HostCommand, type ServerError, type ServerToClient } from '../core/class/protocol';
import { ROOT } from '../cli/nodeLibrary';
import { isMain } from '../cli/cliMain';
import type { ValidLevel } from '../core/levelValidate';
import { StorageError, type ClassStorage } from './classStorage';
import { SqliteStore } from './sqliteStore';
import { PostgresStore, redact } from './postgresStore';
import { Bucket, KeyedBuckets } from './rateLimit';
import { loadServerLevels, RoundCache } from './serverLevels';
import { staticHandler } from './staticFiles';

export interface ClassServerOptions {
  port?: number;
  host?: string;
  /** SQLite file (the default store). */
  dbFile?: string;
  /** postgres://… : keep sessions in PostgreSQL instead of SQLite (several machines). */
  databaseUrl?: string | undefined;
  /** PostgreSQL connections this process may open (default 10). */
  databasePoolSize?: number | undefined;
  distDir?: string;
  redisUrl?: string | undefined;
  levels?: Map<string, ValidLevel>;
  limits?: Partial<Limits>;
  now?: () => number;
  /** Expose /__class/stats (memory) for the benchmark; off unless asked. */
  stats?: boolean;
}

let gcNow: (() => void) | undefined;
function enableGc(): void {
  setFlagsFromString('--expose-gc');
  gcNow = runInNewContext('gc') as () => void;
}

export interface Limits {
  /** Largest message a client may send, bytes; a bigger one closes its connection. */
  maxMessageBytes: number;
  /** Messages per socket: burst and per second; beyond that they are dropped. */
  messageBurst: number;
  messagesPerSecond: number;
  /** A socket flooding past this many dropped messages is disconnected. */
  dropsBeforeDisconnect: number;
  /** Failed joins (unknown code, bad token) per IP: burst and per second. */
  joinFailBurst: number;
  joinFailsPerSecond: number;
  /** Sessions created per IP: burst and per second. */
  createBurst: number;
  createsPerSecond: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxMessageBytes: 16 * 1024,
  messageBurst: 30,
  messagesPerSecond: 10,
  dropsBeforeDisconnect: 200,
  joinFailBurst: 10,
  joinFailsPerSecond: 1 / 6,
  // A district's teachers may share one address: generous, but a script cannot fill the disk.
  createBurst: 60,
  createsPerSecond: 1,
};

export interface RunningClassServer {
  url: string;
  port: number;
  http: HttpServer;
  io: Server<ClientToServer, ServerToClient>;
  store: ClassStorage;
  close(): Promise<void>;
}

interface SocketData {
  hostOf?: string;
  seat?: { code: string; id: string };
  drops: number;
}

type ClassSocket = Socket<ClientToServer, ServerToClient, Record<string, never>, SocketData>;

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');
const token = (bytes: number) => randomBytes(bytes).toString('base64url');
const sameHash = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function newCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/** PostgreSQL when a database URL is given, otherwise the SQLite file. */
export async function openClassStorage(opts: { dbFile?: string; databaseUrl?: string | undefined; databasePoolSize?: number | undefined }): Promise<ClassStorage> {
  if (opts.databaseUrl) {
    if (!/^postgres(ql)?:\/\//.test(opts.databaseUrl)) throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got ${redact(opts.databaseUrl)})`);
    const size = opts.databasePoolSize ?? 10;
    if (!Number.isInteger(size) || size < 1) throw new Error(`DATABASE_POOL_SIZE must be a whole number of connections, at least 1 (got ${size})`);
    return PostgresStore.open(opts.databaseUrl, size);
  }
  return new SqliteStore(opts.dbFile ?? join(ROOT, 'class-data', 'lateral.sqlite'));
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

export async function startClassServer(opts: ClassServerOptions = {}): Promise<RunningClassServer> {
  const limits = { ...DEFAULT_LIMITS, ...opts.limits };
  if (opts.stats) enableGc();
  const now = opts.now ?? Date.now;
  const levels = opts.levels ?? loadServerLevels().levels;
  const rounds = new RoundCache(levels);
  const store = await openClassStorage(opts);
  const serveStatic = staticHandler(opts.distDir ?? join(ROOT, 'dist'));
  const http = createServer((req, res) => {
    // Benchmarks only (CLASS_STATS=1): memory after a full collection, to report memory per class.
    if (opts.stats && req.url === '/__class/stats') {
      gcNow?.();
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify({ ...process.memoryUsage(), cpu: process.cpuUsage(), sessionsCached: store.cachedCount() }));
      return;
    }
    serveStatic(req, res);
  });
  const io = new Server<ClientToServer, ServerToClient, Record<string, never>, SocketData>(http, {
    maxHttpBufferSize: limits.maxMessageBytes,
    serveClient: false,
    // Phones on school Wi-Fi drop out for a few seconds: keep the seat, the client reconnects.
    pingInterval: 10_000,
    pingTimeout: 8_000,
  });

  const redisClients: { quit(): Promise<unknown> }[] = [];
  if (opts.redisUrl) {
    const pub = createClient({ url: opts.redisUrl });
    const sub = pub.duplicate();
    pub.on('error', (e: Error) => console.error(`redis: ${e.message}`));
    sub.on('error', (e: Error) => console.error(`redis: ${e.message}`));
    try {
      await Promise.all([pub.connect(), sub.connect()]);
    } catch (e) {
      await store.close();
      throw e;
    }
    io.adapter(createAdapter(pub, sub));
    redisClients.push(pub, sub);
  }

  const joinFails = new KeyedBuckets(limits.joinFailBurst, limits.joinFailsPerSecond, now);
  const creates = new KeyedBuckets(limits.createBurst, limits.createsPerSecond, now);
  const ipOf = (socket: ClassSocket) => socket.handshake.address;

  const roundsOf = (s: ClassSession) => rounds.rounds(s.levelId, s.seed) ?? [];

  /** Tell everyone concerned about a change: the teacher's screen and each student's own view. */
  function broadcast(s: ClassSession, seatIds: readonly string[] | 'all'): void {
    const r = roundsOf(s);
    io.to(`host:${s.code}`).emit('host:view', hostView(s, r));
    const ids = seatIds === 'all' ? s.seats.filter((x) => !x.removed).map((x) => x.id) : seatIds;
    for (const id of ids) {
      const v = studentView(s, r, id);
      if (v) io.to(`seat:${id}`).emit('student:view', v);
    }
  }

  async function apply(code: string, action: ClassAction, tokenHash?: string): Promise<{ ok: true; session: ClassSession } | { ok: false; error: ServerError }> {
    type Out = { ok: true; session: ClassSession } | { ok: false; error: ServerError };
    const out = await store.change<Out>(code, (s) => {
      const r = classAct(s, roundsOf(s), action);
      if (!r.ok) return { next: null, result: r };
      return tokenHash ? { next: r.session, action, tokenHash, result: r } : { next: r.session, action, result: r };
    });
    return out ?? { ok: false, error: 'not-found' };
  }

  io.on('connection', (raw) => {
    const socket = raw as ClassSocket;
    socket.data.drops = 0;
    const bucket = new Bucket(limits.messageBurst, limits.messagesPerSecond, now);
    socket.use((packet, next) => {
      if (bucket.take()) return next();
      socket.data.drops++;
      if (socket.data.drops === 1 || socket.data.drops % 50 === 0) socket.emit('class:error', { error: 'rate-limited' });
      // Later, not now: messages let through just before are still to be handled and answered.
      if (socket.data.drops === limits.dropsBeforeDisconnect) setImmediate(() => socket.disconnect(true));
      // The ack (if any) is never called: the message is dropped, not answered.
      void packet;
    });

    /**
     * One socket's messages are handled one at a time in arrival order (storage is async: an
     * answer sent right behind a join must find the seat the join made).
     */
    let queue: Promise<void> = Promise.resolve();
    /** Every handler: the payload is untrusted, the ack may be missing or not a function. */
    const on = <E extends keyof ClientToServer>(event: E, handle: (req: Record<string, unknown>, reply: (r: unknown) => void) => void | Promise<void>) => {
      (socket as unknown as { on(e: string, f: (req: unknown, ack: unknown) => void): void }).on(event, (req: unknown, ack: unknown) => {
        const reply = typeof ack === 'function' ? (ack as (r: unknown) => void) : () => {};
        queue = queue.then(async () => {
          try {
            if (!isObject(req)) return reply({ ok: false, error: 'bad-request' });
            await handle(req, reply);
          } catch (e) {
            console.error(`class server: ${event}: ${(e as Error).message}`);
            if (e instanceof StorageError) {
              // Nothing was stored. No reply: the phone keeps what it sent (an error reply would make
              // it give up its seat or answer) and, reconnecting, perhaps to another process, sends it again.
              socket.disconnect(true);
              return;
            }
            reply({ ok: false, error: 'bad-request' });
          }
        });
      });
    };

    on('host:create', async (req, reply) => {
      if (!creates.take(ipOf(socket))) return reply({ ok: false, error: 'rate-limited' });
      const levelId = req.levelId;
      if (typeof levelId !== 'string' || !levels.has(levelId)) return reply({ ok: false, error: 'unknown-level' });
      const secret = token(18);
      // A code already taken (here or by another process just now) is not stored twice: draw again.
      for (let attempt = 0; attempt < 20; attempt++) {
        const session = newSession(newCode(), levelId, randomInt(1, 2 ** 31), now(), { speedScoring: req.speedScoring === true });
        if (await store.create(session, sha256(secret))) return reply({ ok: true, code: session.code, secret });
      }
      reply({ ok: false, error: 'bad-request' });
    });

    on('host:attach', async (req, reply) => {
      const { code, secret } = req;
      if (!isCodeShape(code) || typeof secret !== 'string' || secret.length > 64) return reply({ ok: false, error: 'forbidden' });
      const stored = await store.secretHash(code);
      if (!stored || !sameHash(stored, sha256(secret))) {
        if (!joinFails.take(ipOf(socket))) return reply({ ok: false, error: 'rate-limited' });
        return reply({ ok: false, error: 'forbidden' });
      }
      const s = await store.get(code);
      if (!s) return reply({ ok: false, error: 'not-found' });
      socket.data.hostOf = code;
      void socket.join(`host:${code}`);
      reply({ ok: true, view: hostView(s, roundsOf(s)) });
    });

    on('host:act', async (req, reply) => {
      const code = socket.data.hostOf;
      if (!code) return reply({ ok: false, error: 'forbidden' });
      const c = req.command;
      if (!isObject(c) || typeof c.type !== 'string') return reply({ ok: false, error: 'bad-request' });
      const cmd = c as HostCommand;
      const at = now();
      let action: ClassAction;
      switch (cmd.type) {
        case 'open':
        case 'next':
        case 'end':
          action = { type: cmd.type, at };
          break;
        case 'reveal':
          action = { type: 'reveal' };
          break;
        case 'rename':
          if (typeof cmd.seatId !== 'string' || typeof cmd.nickname !== 'string') return reply({ ok: false, error: 'bad-request' });
          action = { type: 'rename', seatId: cmd.seatId, nickname: cmd.nickname };
          break;
        case 'remove':
          if (typeof cmd.seatId !== 'string') return reply({ ok: false, error: 'bad-request' });
          action = { type: 'remove', seatId: cmd.seatId };
          break;
        default:
          return reply({ ok: false, error: 'bad-request' });
      }
      const r = await apply(code, action);
      if (!r.ok) return reply(r);
      if (action.type === 'remove') {
        broadcast(r.session, [action.seatId]);
        io.in(`seat:${action.seatId}`).disconnectSockets(true);
      } else broadcast(r.session, action.type === 'rename' ? [action.seatId] : 'all');
      reply({ ok: true });
    });

    on('student:join', async (req, reply) => {
      const code = typeof req.code === 'string' ? req.code : '';
      const fail = (error: ServerError) => {
        // Only failures cost: a whole class behind one school address joins at once.
        if (!joinFails.take(ipOf(socket))) return reply({ ok: false, error: 'rate-limited' });
        reply({ ok: false, error });
      };
      if (!isCodeShape(code)) return fail('not-found');
      const s = await store.get(code);
      if (!s) return fail('not-found');
      if (typeof req.token === 'string' && req.token.length <= 64) {
        const seatId = await store.seatByToken(code, sha256(req.token));
        const seat = seatId ? s.seats.find((x) => x.id === seatId) : undefined;
        if (seat && !seat.removed) {
          socket.data.seat = { code, id: seat.id };
          void socket.join(`seat:${seat.id}`);
          return reply({ ok: true, token: req.token, view: studentView(s, roundsOf(s), seat.id) });
        }
        if (seat?.removed) return reply({ ok: false, error: 'no-seat' });
      }
      if (s.phase === 'ended') return reply({ ok: false, error: 'closed' });
      if (typeof req.nickname !== 'string') return reply({ ok: false, error: 'nickname-empty' });
      const seatToken = token(24);
      const seatId = token(9);
      const r = await apply(code, { type: 'join', seatId, nickname: req.nickname, at: now() }, sha256(seatToken));
      if (!r.ok) return reply(r);
      socket.data.seat = { code, id: seatId };
      void socket.join(`seat:${seatId}`);
      io.to(`host:${code}`).emit('host:view', hostView(r.session, roundsOf(r.session)));
      reply({ ok: true, token: seatToken, view: studentView(r.session, roundsOf(r.session), seatId) });
    });

    on('student:answer', async (req, reply) => {
      const seat = socket.data.seat;
      if (!seat) return reply({ ok: false, error: 'forbidden' });
      let refused: ServerError | null = null;
      // Parsed inside the write transaction, against the session as it is now (another process may have moved on).
      const out = await store.change<ClassSession | null>(seat.code, (s) => {
        const round = roundsOf(s).find((x) => x.id === req.roundId);
        const level = levels.get(s.levelId);
        if (!round || !level) return ((refused = 'wrong-round'), { next: null, result: null });
        const play = parsePlay(round, req.play, (id) => level.articles.get(id)?.text.length);
        if (!play) return ((refused = 'bad-request'), { next: null, result: null });
        const action: ClassAction = { type: 'answer', seatId: seat.id, roundId: round.id, play, at: now() };
        const r = classAct(s, roundsOf(s), action);
        if (!r.ok) return ((refused = r.error), { next: null, result: null });
        return { next: r.session, action, result: r.session };
      });
      if (out === undefined) return reply({ ok: false, error: 'not-found' });
      if (!out) return reply({ ok: false, error: refused ?? 'bad-request' });
      io.to(`host:${seat.code}`).emit('host:count', { code: seat.code, round: out.round, ...answeredCount(out, roundsOf(out)) });
      // The student gets a bare ack: their screen already shows what they did.
      reply({ ok: true });
    });
  });

  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => resolve());
  });
  const port = (http.address() as AddressInfo).port;
  return {
    url: `http://${opts.host ?? '127.0.0.1'}:${port}`,
    port,
    http,
    io,
    store,
    async close() {
      io.disconnectSockets(true);
      await new Promise<void>((resolve) => void io.close(() => resolve()));
      await Promise.all(redisClients.map((c) => c.quit().catch(() => undefined)));
      await store.close();
    },
  };
}

if (isMain(import.meta.url)) {
  const port = Number(process.env.PORT ?? 8787);
  // CLASS_LEVEL_FILES=a.json,b.json loads only those (tests and benchmarks start faster).
  const only = process.env.CLASS_LEVEL_FILES?.split(',')
    .map((f) => f.trim())
    .filter(Boolean);
  const { levels, problems } = loadServerLevels(undefined, only);
  for (const p of problems) console.error(`level not loaded: ${p}`);
  startClassServer({
    port,
    levels,
    dbFile: process.env.CLASS_DB ?? join(process.cwd(), 'class-data', 'lateral.sqlite'),
    databaseUrl: process.env.DATABASE_URL || undefined,
    databasePoolSize: process.env.DATABASE_POOL_SIZE ? Number(process.env.DATABASE_POOL_SIZE) : undefined,
    distDir: process.env.CLASS_DIST ?? join(ROOT, 'dist'),
    redisUrl: process.env.REDIS_URL || undefined,
    stats: process.env.CLASS_STATS === '1',
  }).then(
    (server) => {
      const db = server.store.kind === 'postgres' ? 'postgres' : 'sqlite';
      console.log(`class server: ${server.url}/#/class/host (levels: ${[...levels.keys()].join(', ')}) · ${db}${process.env.REDIS_URL ? ' · redis adapter on' : ''}`);
      const stop = () => void server.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (e: Error) => {
      console.error(`class server failed to start: ${e.message}`);
      process.exit(1);
    },
  );
}
