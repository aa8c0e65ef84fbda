/**
 * UUIDv7 (RFC 9562): time-ordered, so rows inserted later sort later, and text ids stay unique
 * across merged files. Made on either side: the renderer makes the id of a record it is about to
 * create, so that a create sent twice finds the first one (Web Crypto exists in Node and in the
 * window alike).
 */
export function newId(now: Date = new Date()): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  const ms = BigInt(now.getTime());
  for (let i = 0; i < 6; i++) bytes[i] = Number((ms >> BigInt(8 * (5 - i))) & 0xffn);
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x70;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The shape `newId` makes: what a client-made id must look like to be accepted. */
export const uuidV7Pattern =
  /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
