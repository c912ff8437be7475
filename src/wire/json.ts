/**
 * JSON as Tencent sends it, read by the upstream client, the emulator and the callback receiver alike.
 */

/**
 * JSON.parse that keeps integers too large for a double as strings. Tencent sometimes sends
 * account ids as bare internal numbers (TinyIds like 144115233775727695, spec §13 #5) that
 * JSON.parse would round to another user's id. String literals are matched first, so digits
 * inside strings are never touched; every integer of 16 or more digits outside them is quoted.
 * Nothing numeric in this protocol needs 16 digits (millisecond times have 13).
 */
export function parseJsonKeepingBigIds(text: string): unknown {
  const quoted = /\d{16}/.test(text)
    ? text.replace(/"(?:[^"\\]|\\.)*"|(?<![\d.eE+-])-?\d{16,}(?![.eE\d])/g, (m) => (m.startsWith('"') ? m : `"${m}"`))
    : text;
  return JSON.parse(quoted);
}
