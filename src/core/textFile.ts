/**
 * Whether bytes are a binary file rather than text: a NUL byte, many control characters or
 * many undecodable sequences in the first 8 KiB. Shared by the command line and the editor.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const b of sample) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32)) control++;
  }
  if (control / Math.max(1, sample.length) > 0.05) return true;
  const decoded = new TextDecoder('utf-8', { fatal: false }).decode(sample);
  const bad = (decoded.match(/\uFFFD/g) ?? []).length;
  return bad / Math.max(1, decoded.length) > 0.05;
}
