/**
 * Nicknames are the only text a student sends that others see (on the projector). They are
 * capped, stripped of control and invisible characters, and checked against a short list of
 * words no teacher wants projected. They are always shown as text, never as markup.
 */
export const NICKNAME_MAX = 20;

/**
 * Deliberately small: the teacher can rename or remove anyone, this only catches the obvious.
 * Matched on a folded form (lower case, no accents, common digit-for-letter swaps, no separators).
 */
const BLOCKED = [
  'fuck',
  'shit',
  'cunt',
  'bitch',
  'whore',
  'slut',
  'nigger',
  'nigga',
  'faggot',
  'retard',
  'rape',
  'nazi',
  'hitler',
  'puta',
  'puto',
  'mierda',
  'joder',
  'cabron',
  'pendejo',
  'marica',
  'maricon',
  'coño',
  'cono',
  'polla',
  'verga',
  'zorra',
  'penis',
  'vagina',
  'dick',
  'cock',
  'pussy',
  'porn',
  'sex',
  'anal',
  'kkk',
];

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i' };

function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[01345@$!7]/g, (c) => LEET[c] ?? c)
    .replace(/[^\p{L}]/gu, '');
}

export type NicknameResult = { ok: true; nickname: string } | { ok: false; reason: 'empty' | 'blocked' };

export function cleanNickname(raw: unknown): NicknameResult {
  if (typeof raw !== 'string') return { ok: false, reason: 'empty' };
  const text = raw
    .normalize('NFC')
    // Control, format (zero-width, bidi overrides), private-use and unassigned characters.
    .replace(/[\p{Cc}\p{Cf}\p{Co}\p{Cn}\p{Zl}\p{Zp}]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const nickname = [...text].slice(0, NICKNAME_MAX).join('').trim();
  if (!nickname) return { ok: false, reason: 'empty' };
  const folded = fold(nickname);
  if (BLOCKED.some((w) => folded.includes(fold(w)))) return { ok: false, reason: 'blocked' };
  return { ok: true, nickname };
}
