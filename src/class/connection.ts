import { io, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient } from '../core/class/protocol';

export type ClassSocket = Socket<ServerToClient, ClientToServer>;

/** The class server is the origin that served the page (`npm run class` serves the built game). */
export function connectClass(): ClassSocket {
  return io(window.location.origin, { transports: ['websocket', 'polling'], reconnectionDelay: 400, reconnectionDelayMax: 3000, timeout: 8000 });
}

type AckOf<E extends keyof ClientToServer> = Parameters<Parameters<ClientToServer[E]>[1]>[0];

/** Send and wait for the reply; a lost or dropped message becomes `{ ok: false, error: 'timeout' }`. */
export async function ask<E extends keyof ClientToServer>(
  socket: ClassSocket,
  event: E,
  req: Parameters<ClientToServer[E]>[0],
  ms = 8000,
): Promise<AckOf<E> | { ok: false; error: 'timeout' }> {
  try {
    return await (socket.timeout(ms) as unknown as { emitWithAck(e: string, r: unknown): Promise<AckOf<E>> }).emitWithAck(event, req);
  } catch {
    return { ok: false, error: 'timeout' };
  }
}
