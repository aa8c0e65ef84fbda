/**
 * Hostile input at the API boundary: random and malformed inputs sent to every contract entry
 * through `dispatch`, the path IPC and the browser host use. Never a crash (an INTERNAL error is
 * one), always a typed error or a result, and a refused call writes nothing. Then random
 * sequences of valid calls checked against a simple in-memory model.
 *
 * FUZZ_RUNS sets the runs per entry (1,000 by default; a nightly run can ask for 20,000).
 */
import { sql } from 'kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import { api, apiNames, type ApiName } from '../../shared/api';
import { errorCodes, errorText } from '../../shared/errors';
import type { ActivitySummary, ProcessingActivity } from '../../shared/schemas/activity';
import {
  emptyProcessor,
  type Processor,
  type ProcessorSummary,
} from '../../shared/schemas/processor';
import { emptyRequest, type RequestPage, type RequestView } from '../../shared/schemas/request';
import { fakeDialogs } from '../helpers/files';
import { completeActivity, useTempDir } from '../helpers/temp';
import { value } from '../helpers/result';

const runs = Number(process.env.FUZZ_RUNS ?? '1000');
const tempDir = useTempDir();

async function totalChanges(ctx: OpenedContext['ctx']): Promise<number> {
  const result = await sql<{ n: number }>`select total_changes() as n`.execute(ctx.db);
  return result.rows[0]?.n ?? -1;
}

/** The keys a contract entry's input object has, so that random values reach deeper checks. */
function inputKeys(name: ApiName): string[] {
  const schema: unknown = api[name].input;
  const shape = (schema as { shape?: unknown }).shape;
  return typeof shape === 'object' && shape !== null ? Object.keys(shape) : [];
}

/** Strings that have broken programs before: paths, SQL, markup, formulas, huge and odd text. */
const nastyString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '../../etc/passwd',
    '..\\\\..\\\\windows',
    "'; drop table rights_request; --",
    '<script>alert(1)</script>',
    '=HYPERLINK("http://x")',
    '\u0000',
    '\uD800',
    'x'.repeat(100_000),
    '2026-02-30',
    '-1',
    'NaN',
    '__proto__',
    'constructor',
  ),
);

const hostileValue = fc.oneof(
  fc.anything({ maxDepth: 3, withNullPrototype: true, withBigInt: true, withDate: true }),
  nastyString,
  fc.constantFrom(null, undefined, Number.NaN, Infinity, -1, 1e308, true, [], {}),
);

function hostileInput(name: ApiName): fc.Arbitrary<unknown> {
  const keys = inputKeys(name);
  const shaped =
    keys.length === 0
      ? hostileValue
      : fc.dictionary(fc.constantFrom(...keys, '__proto__', 'extra'), hostileValue, {
          maxKeys: keys.length + 1,
        });
  return fc.oneof(hostileValue, shaped);
}

let opened: OpenedContext | null = null;

describe('hostile input at the API boundary', () => {
  beforeAll(async () => {
    opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
      actor: 'dpo',
      files: fakeDialogs().files,
    });
    value(await dispatch(opened.ctx, 'example.load', {}));
  });
  afterAll(async () => {
    await opened?.close();
  });

  it.each(apiNames.map((name) => [name]))(
    '%s: never crashes, answers with a typed error, and a refused call writes nothing',
    async (name) => {
      const ctx = opened?.ctx;
      if (ctx === undefined) throw new Error('not opened');
      await fc.assert(
        fc.asyncProperty(hostileInput(name), async (input) => {
          const before = await totalChanges(ctx);
          const result = await dispatch(ctx, name, input);
          if (result.ok) return;
          expect(errorCodes).toContain(result.error.code);
          expect(result.error.code, errorText('fr', result.error)).not.toBe('INTERNAL');
          expect(typeof errorText('fr', result.error)).toBe('string');
          if (result.error.code === 'VALIDATION') expect(await totalChanges(ctx)).toBe(before);
        }),
        { numRuns: runs },
      );
    },
    120_000,
  );
});

/** The model: what the register, the processors and the requests should hold. */
interface Model {
  activities: Map<string, string>;
  processors: Map<string, string>;
  requests: Map<string, string>;
}
interface Real {
  ctx: OpenedContext['ctx'];
}

const label = fc.stringMatching(/^[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ0-9 '-]{0,30}$/).map((s) => s.trim() || 'X');

class CreateActivity implements fc.AsyncCommand<Model, Real> {
  constructor(readonly name: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const created = value<ProcessingActivity>(
      await dispatch(real.ctx, 'activities.create', {
        activity: completeActivity({ name: this.name }),
      }),
    );
    model.activities.set(created.id, this.name);
  }
  toString = () => `createActivity(${this.name})`;
}

class RenameActivity implements fc.AsyncCommand<Model, Real> {
  constructor(
    readonly pick: number,
    readonly name: string,
  ) {}
  check = (model: Readonly<Model>) => model.activities.size > 0;
  async run(model: Model, real: Real) {
    const id = [...model.activities.keys()][this.pick % model.activities.size] ?? '';
    const current = value<ProcessingActivity>(await dispatch(real.ctx, 'activities.get', { id }));
    const { id: _id, reference: _r, createdAt: _c, updatedAt, ...fields } = current;
    value(
      await dispatch(real.ctx, 'activities.update', {
        id,
        expectedUpdatedAt: updatedAt,
        activity: { ...fields, name: this.name },
      }),
    );
    model.activities.set(id, this.name);
  }
  toString = () => `renameActivity(${String(this.pick)}, ${this.name})`;
}

class DeleteActivity implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.activities.size > 0;
  async run(model: Model, real: Real) {
    const id = [...model.activities.keys()][this.pick % model.activities.size] ?? '';
    value(await dispatch(real.ctx, 'activities.delete', { id }));
    model.activities.delete(id);
  }
  toString = () => `deleteActivity(${String(this.pick)})`;
}

class SaveProcessor implements fc.AsyncCommand<Model, Real> {
  constructor(readonly name: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const saved = value<Processor>(
      await dispatch(real.ctx, 'processors.save', {
        processor: { ...emptyProcessor(), name: this.name },
      }),
    );
    model.processors.set(saved.id, this.name);
  }
  toString = () => `saveProcessor(${this.name})`;
}

class DeleteProcessor implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.processors.size > 0;
  async run(model: Model, real: Real) {
    const id = [...model.processors.keys()][this.pick % model.processors.size] ?? '';
    value(await dispatch(real.ctx, 'processors.delete', { id, confirmLinked: true }));
    model.processors.delete(id);
  }
  toString = () => `deleteProcessor(${String(this.pick)})`;
}

class CreateRequest implements fc.AsyncCommand<Model, Real> {
  constructor(readonly name: string) {}
  check = () => true;
  async run(model: Model, real: Real) {
    const created = value<RequestView>(
      await dispatch(real.ctx, 'requests.create', {
        request: { ...emptyRequest('2026-11-02'), requesterName: this.name, rights: ['access'] },
      }),
    );
    model.requests.set(created.request.id, this.name);
  }
  toString = () => `createRequest(${this.name})`;
}

class DeleteRequest implements fc.AsyncCommand<Model, Real> {
  constructor(readonly pick: number) {}
  check = (model: Readonly<Model>) => model.requests.size > 0;
  async run(model: Model, real: Real) {
    const id = [...model.requests.keys()][this.pick % model.requests.size] ?? '';
    value(await dispatch(real.ctx, 'requests.delete', { id }));
    model.requests.delete(id);
  }
  toString = () => `deleteRequest(${String(this.pick)})`;
}

const sorted = (values: Iterable<string>) => [...values].sort();

async function expectMatches(model: Model, real: Real): Promise<void> {
  const activities = value<ActivitySummary[]>(await dispatch(real.ctx, 'activities.list', {}));
  expect(sorted(activities.map((a) => a.name))).toEqual(sorted(model.activities.values()));
  const processors = value<ProcessorSummary[]>(await dispatch(real.ctx, 'processors.list', {}));
  expect(sorted(processors.map((p) => p.name))).toEqual(sorted(model.processors.values()));
  const requests = value<RequestPage>(await dispatch(real.ctx, 'requests.list', { pageSize: 200 }));
  expect(requests.total).toBe(model.requests.size);
  const integrity = await sql<{
    integrity_check: string;
  }>`pragma integrity_check`.execute(real.ctx.db);
  expect(integrity.rows[0]?.integrity_check).toBe('ok');
}

describe('random sequences of valid calls', () => {
  it('leave the database as a simple in-memory model says', async () => {
    const commands = fc.commands(
      [
        label.map((name) => new CreateActivity(name)),
        fc.tuple(fc.nat(), label).map(([pick, name]) => new RenameActivity(pick, name)),
        fc.nat().map((pick) => new DeleteActivity(pick)),
        label.map((name) => new SaveProcessor(name)),
        fc.nat().map((pick) => new DeleteProcessor(pick)),
        label.map((name) => new CreateRequest(name)),
        fc.nat().map((pick) => new DeleteRequest(pick)),
      ],
      { maxCommands: 25 },
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(commands, async (sequence) => {
        run++;
        const session = await openContext(join(tempDir(), `model-${String(run)}.sqlite`), {
          actor: 'dpo',
        });
        try {
          const model: Model = {
            activities: new Map(),
            processors: new Map(),
            requests: new Map(),
          };
          const real: Real = { ctx: session.ctx };
          await fc.asyncModelRun(() => ({ model, real }), sequence);
          await expectMatches(model, real);
        } finally {
          await session.close();
        }
      }),
      { numRuns: Math.max(20, Math.round(runs / 20)) },
    );
  }, 300_000);
});
