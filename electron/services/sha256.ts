import type { Hash } from 'node:crypto';

/**
 * Node's crypto module is loaded at the first hash, not with the modules that may hash: it takes
 * about 15 ms to load, which `dpo-desk due` (it hashes nothing) paid at every start.
 */
export function newSha256(): Hash {
  return process.getBuiltinModule('node:crypto').createHash('sha256');
}

/** The SHA-256 of a text or bytes, in hexadecimal: what proves a stored file unchanged. */
export function sha256Hex(data: string | Uint8Array): string {
  return newSha256().update(data).digest('hex');
}
