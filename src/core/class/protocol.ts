import type { RoundPlay } from '../scoring';
import type { ClassError } from './session';
import type { HostView, StudentView } from './views';

/**
 * The messages between the class server and its browsers (socket.io event names and payloads).
 * Every request carries an acknowledgement callback; the server never trusts a payload's shape.
 */
export type HostCommand = { type: 'open' | 'reveal' | 'next' | 'end' } | { type: 'rename'; seatId: string; nickname: string } | { type: 'remove'; seatId: string };

export type ServerError = ClassError | 'rate-limited' | 'not-found' | 'forbidden' | 'bad-request' | 'unknown-level';

export type Reply<T = object> = ({ ok: true } & T) | { ok: false; error: ServerError };

export interface ClientToServer {
  'host:create': (req: { levelId: string; speedScoring?: boolean }, ack: (r: Reply<{ code: string; secret: string }>) => void) => void;
  'host:attach': (req: { code: string; secret: string }, ack: (r: Reply<{ view: HostView }>) => void) => void;
  'host:act': (req: { command: HostCommand }, ack: (r: Reply) => void) => void;
  'student:join': (req: { code: string; nickname?: string; token?: string }, ack: (r: Reply<{ token: string; view: StudentView }>) => void) => void;
  'student:answer': (req: { roundId: string; play: RoundPlay }, ack: (r: Reply) => void) => void;
}

export interface AnsweredCount {
  code: string;
  round: number;
  answered: number;
  seated: number;
}

export interface ServerToClient {
  'host:view': (view: HostView) => void;
  'host:count': (count: AnsweredCount) => void;
  'student:view': (view: StudentView) => void;
  'class:error': (e: { error: ServerError }) => void;
}

/** Join codes: no 0/O, 1/I/L, so a code read off a projector is typed right. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const isCodeShape = (x: unknown): x is string => typeof x === 'string' && x.length === CODE_LENGTH && [...x].every((c) => CODE_ALPHABET.includes(c));
/** What a student types: case and spaces forgiven. */
export const normalizeCode = (x: string): string => x.toUpperCase().replace(/[^A-Z0-9]/g, '');
