import { io as connect, type Socket } from 'socket.io-client';
import type { ClientToServer, ServerToClient } from '../../../src/core/class/protocol';

export type ClassClient = Socket<ServerToClient, ClientToServer>;

/** A socket.io client on websocket only (as the bench and a phone after upgrade), connected. */
export async function client(url: string): Promise<ClassClient> {
  const socket: ClassClient = connect(url, { transports: ['websocket'], forceNew: true, reconnection: false });
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
  return socket;
}

/** Send and wait for the server's reply; a dropped message times out (rejects) instead of hanging. */
export function ask<E extends keyof ClientToServer>(
  socket: ClassClient,
  event: E,
  req: Parameters<ClientToServer[E]>[0],
  ms = 2000,
): Promise<Parameters<Parameters<ClientToServer[E]>[1]>[0]> {
  return (socket.timeout(ms) as unknown as { emitWithAck(e: string, r: unknown): Promise<never> }).emitWithAck(event, req);
}

export function next<E extends keyof ServerToClient>(socket: ClassClient, event: E, ms = 2000): Promise<Parameters<ServerToClient[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${ms} ms`)), ms);
    (socket as unknown as { once(e: string, f: (x: never) => void): void }).once(event, (x: never) => {
      clearTimeout(timer);
      resolve(x);
    });
  });
}
