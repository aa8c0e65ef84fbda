/**
 * Reads a JSON document whose top level is an object, piece by piece: each member that is not an
 * array comes whole, and each element of an array member comes on its own, so that a file of a
 * million requests is read one request at a time. Only the structure is scanned here; every value
 * is then checked and built by `JSON.parse`.
 */

/** What the reader hands over, in file order. */
export type JsonPiece =
  /** A member of the top-level object that is not an array. */
  | { kind: 'member'; key: string; value: unknown }
  /** An array member begins. */
  | { kind: 'list'; key: string }
  /** One element of the array member `key`. */
  | { kind: 'record'; key: string; index: number; value: unknown }
  /** The array member `key` ended after `count` elements. */
  | { kind: 'end'; key: string; count: number }
  /** The document is not an object: its value (an empty array stands for any array). */
  | { kind: 'notObject'; value: unknown };

/** The file is not JSON; the message says where, for the DPO's line. */
export class JsonSyntaxError extends Error {}

type Mode =
  | 'start'
  | 'key'
  | 'colon'
  | 'value'
  | 'element'
  | 'afterElement'
  | 'afterMember'
  | 'capture'
  | 'topScalar'
  | 'ignore'
  | 'done';
type Target = 'key' | 'member' | 'element';

const isSpace = (code: number) => code === 0x20 || code === 0x0a || code === 0x0d || code === 0x09;

class Scanner {
  private mode: Mode = 'start';
  private first = true;
  private key = '';
  private index = 0;
  /** Characters read before the current chunk, for positions in messages. */
  private offset = 0;
  // The value being captured: its text so far, and where it stands.
  private target: Target = 'member';
  private parts: string[] = [];
  private captureStart = 0;
  private captureAt = 0;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private scalar = false;
  readonly out: JsonPiece[] = [];

  private fail(reason: string, at: number): never {
    throw new JsonSyntaxError(`${reason} à la position ${String(this.offset + at)}`);
  }

  private unexpected(chunk: string, at: number): never {
    this.fail(`caractère inattendu « ${chunk.charAt(at)} »`, at);
  }

  private begin(target: Target, at: number, code: number): void {
    this.mode = 'capture';
    this.target = target;
    this.parts = [];
    this.captureStart = at;
    this.captureAt = this.offset + at;
    // The scan starts on the value's first character: a quote or a bracket opens it.
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
    this.scalar = code !== 0x22 && code !== 0x7b && code !== 0x5b;
  }

  /** The captured value is whole: parse it and move on. */
  private complete(text: string): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new JsonSyntaxError(
        `${(error as Error).message}, dans la valeur commençant à la position ${String(this.captureAt)}`,
      );
    }
    this.parts = [];
    if (this.target === 'key') {
      this.key = value as string;
      this.mode = 'colon';
    } else if (this.target === 'member') {
      this.out.push({ kind: 'member', key: this.key, value });
      this.mode = 'afterMember';
    } else {
      this.out.push({ kind: 'record', key: this.key, index: this.index, value });
      this.index += 1;
      this.mode = 'afterElement';
    }
  }

  /** Scans the captured value from `from`; returns where it ended, or -1 at the chunk's end. */
  private capture(chunk: string, from: number): number {
    let i = from;
    const length = chunk.length;
    while (i < length) {
      const code = chunk.charCodeAt(i);
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (code === 0x5c) this.escaped = true;
        else if (code === 0x22) {
          this.inString = false;
          if (this.depth === 0) return i + 1;
        }
      } else if (this.scalar) {
        if (isSpace(code) || code === 0x2c || code === 0x7d || code === 0x5d) return i;
      } else if (code === 0x22) this.inString = true;
      else if (code === 0x7b || code === 0x5b) this.depth += 1;
      else if (code === 0x7d || code === 0x5d) {
        this.depth -= 1;
        if (this.depth === 0) return i + 1;
      }
      i += 1;
    }
    return -1;
  }

  push(chunk: string): void {
    let i = 0;
    const length = chunk.length;
    // Whatever follows an array at the top is not read: such a file is refused anyway.
    if (this.mode === 'ignore') return;
    if (this.mode === 'capture') this.captureStart = 0;
    while (i < length) {
      if (this.mode === 'capture') {
        const end = this.capture(chunk, i);
        if (end < 0) {
          this.parts.push(chunk.slice(this.captureStart));
          break;
        }
        this.parts.push(chunk.slice(this.captureStart, end));
        this.complete(this.parts.join(''));
        i = end;
        continue;
      }
      if (this.mode === 'topScalar') {
        this.parts.push(chunk.slice(i));
        break;
      }
      const code = chunk.charCodeAt(i);
      if (isSpace(code)) {
        i += 1;
        continue;
      }
      switch (this.mode) {
        case 'start':
          if (code === 0x7b) this.mode = 'key';
          else if (code === 0x5b) {
            this.out.push({ kind: 'notObject', value: [] });
            this.mode = 'ignore';
            return;
          } else {
            this.mode = 'topScalar';
            continue;
          }
          break;
        case 'key':
          if (code === 0x22) {
            this.begin('key', i, code);
            continue;
          }
          if (code === 0x7d && this.first) this.mode = 'done';
          else this.unexpected(chunk, i);
          break;
        case 'colon':
          if (code !== 0x3a) this.unexpected(chunk, i);
          this.mode = 'value';
          break;
        case 'value':
          this.first = false;
          if (code === 0x5b) {
            this.out.push({ kind: 'list', key: this.key });
            this.mode = 'element';
            this.index = 0;
            break;
          }
          this.begin('member', i, code);
          continue;
        case 'element':
          if (code === 0x5d && this.index === 0) {
            this.out.push({ kind: 'end', key: this.key, count: 0 });
            this.mode = 'afterMember';
            break;
          }
          this.begin('element', i, code);
          continue;
        case 'afterElement':
          if (code === 0x2c) this.mode = 'element';
          else if (code === 0x5d) {
            this.out.push({ kind: 'end', key: this.key, count: this.index });
            this.mode = 'afterMember';
          } else this.unexpected(chunk, i);
          break;
        case 'afterMember':
          if (code === 0x2c) this.mode = 'key';
          else if (code === 0x7d) this.mode = 'done';
          else this.unexpected(chunk, i);
          break;
        case 'done':
          this.unexpected(chunk, i);
      }
      i += 1;
    }
    this.offset += length;
  }

  end(): void {
    if (this.mode === 'topScalar') {
      try {
        this.out.push({ kind: 'notObject', value: JSON.parse(this.parts.join('')) });
      } catch (error) {
        throw new JsonSyntaxError((error as Error).message);
      }
      return;
    }
    if (this.mode !== 'done' && this.mode !== 'ignore') this.fail('fin du fichier inattendue', 0);
  }
}

/** The pieces of the document read from `chunks` (text), as they come. */
export async function* readJsonPieces(
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<JsonPiece> {
  const scanner = new Scanner();
  for await (const chunk of chunks) {
    scanner.push(chunk);
    yield* scanner.out.splice(0);
  }
  scanner.end();
  yield* scanner.out.splice(0);
}
