/**
 * The names and unpacked sizes of a zip's entries, read from its central directory without
 * unpacking anything: a workbook whose sheets would unpack to more than a register could hold
 * (or a zip bomb) is refused before any reader spends memory on it.
 */
export interface ZipEntry {
  name: string;
  size: number;
}

const endSignature = 0x06054b50;
const entrySignature = 0x02014b50;

/** The entries, or null when the central directory cannot be found (not a whole zip). */
export function zipEntries(bytes: Buffer): ZipEntry[] | null {
  // The end record sits in the last 22 bytes, plus a comment of at most 65,535 bytes.
  const lowest = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at -= 1) {
    if (bytes.readUInt32LE(at) === endSignature) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || bytes.readUInt32LE(at) !== entrySignature) return null;
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
    // 0xFFFFFFFF: a ZIP64 size, far beyond anything read here.
    entries.push({ name, size: size === 0xffffffff ? Number.POSITIVE_INFINITY : size });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}
