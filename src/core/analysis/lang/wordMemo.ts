/**
 * A word function remembered word by word. The figure grouper and the sentence tallies ask for the singular or stem of
 * the same few thousand words over and over; the memory is capped so a long-lived editor tab cannot grow it without end.
 */
export function wordMemo(fn: (word: string) => string, cap = 20000): (word: string) => string {
  let seen = new Map<string, string>();
  return (word) => {
    let out = seen.get(word);
    if (out === undefined) {
      out = fn(word);
      if (seen.size >= cap) seen = new Map();
      seen.set(word, out);
    }
    return out;
  };
}
