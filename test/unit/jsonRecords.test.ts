import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  JsonSyntaxError,
  readJsonPieces,
  type JsonPiece,
} from '../../electron/services/jsonRecords';

/** The document rebuilt from its pieces, read in chunks of `size` characters. */
async function rebuild(text: string, size: number): Promise<unknown> {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
  const pieces: JsonPiece[] = [];
  for await (const piece of readJsonPieces(chunks)) pieces.push(piece);
  // A map: a key may be "__proto__".
  const document = new Map<string, unknown>();
  for (const piece of pieces) {
    if (piece.kind === 'member') document.set(piece.key, piece.value);
    if (piece.kind === 'list') document.set(piece.key, []);
    if (piece.kind === 'record') (document.get(piece.key) as unknown[])[piece.index] = piece.value;
    if (piece.kind === 'end')
      expect((document.get(piece.key) as unknown[]).length).toBe(piece.count);
  }
  return document;
}

async function refusal(text: string): Promise<string> {
  try {
    await rebuild(text, 3);
  } catch (error) {
    expect(error).toBeInstanceOf(JsonSyntaxError);
    return (error as Error).message;
  }
  return 'accepted';
}

describe('reading a JSON document piece by piece', () => {
  it('gives back what JSON.parse reads, however the file is cut', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.jsonValue()),
        fc.integer({ min: 1, max: 40 }),
        fc.boolean(),
        async (document, size, indented) => {
          const text = JSON.stringify(document, null, indented ? 2 : undefined);
          expect(await rebuild(text, size)).toEqual(
            new Map(Object.entries(JSON.parse(text) as object)),
          );
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('hands each element of a list over on its own, before the file is read to its end', async () => {
    const chunks = ['{"a": [{"n": 1}, {"n": "x\\"]}"}', ', {"n": 3}], "b": 2}'];
    const seen: string[] = [];
    async function* source() {
      for (const chunk of chunks) {
        seen.push(`chunk ${String(seen.length)}`);
        // As a file is read: each chunk comes later.
        await Promise.resolve();
        yield chunk;
      }
    }
    for await (const piece of readJsonPieces(source())) {
      seen.push(piece.kind === 'record' ? `record ${JSON.stringify(piece.value)}` : piece.kind);
    }
    expect(seen).toEqual([
      'chunk 0',
      'list',
      'record {"n":1}',
      'record {"n":"x\\"]}"}',
      'chunk 4',
      'record {"n":3}',
      'end',
      'member',
    ]);
  });

  it('refuses what is not JSON, saying where', async () => {
    expect(await refusal('{ "format": "dpo-desk", ')).toMatch(/fin du fichier inattendue/);
    expect(await refusal('{"a": [1, 2,]}')).toMatch(/position 12/);
    expect(await refusal('{"a": 1 "b": 2}')).toMatch(/caractère inattendu « " » à la position 8/);
    expect(await refusal('{"a": 1} x')).toMatch(/caractère inattendu « x »/);
    expect(await refusal('{"a": [1, 2]')).toMatch(/fin du fichier inattendue/);
    expect(await refusal('{"a": tru}')).toMatch(/position 6/);
  });
});
