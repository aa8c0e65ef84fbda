import { join } from 'node:path';
import { afterEach } from 'vitest';
import { getAttachment } from '../../db/attachments';
import { dispatch } from '../../electron/services/dispatch';
import { openContext, type OpenedContext } from '../../electron/services/open';
import type { LetterRecordView } from '../../shared/api';
import type { ActivitySummary } from '../../shared/schemas/activity';
import { emptyRequest, type RequestFields, type RequestView } from '../../shared/schemas/request';
import { fakeDialogs } from './files';
import { value } from './result';
import { useTempDir } from './temp';

type Ctx = OpenedContext['ctx'];
type Outcome = RequestFields['outcomes'][number];

/** An answered request with the outcome of each right: [right, outcome, reason]. */
export function answered(
  outcomes: [Outcome['right'], Outcome['outcome'], string][],
): Partial<RequestFields> {
  return {
    rights: outcomes.map(([right]) => right),
    outcomes: outcomes.map(([right, outcome, reason]) => ({ right, outcome, reason })),
    status: 'answered',
    responseOn: '2026-11-20',
  };
}

export async function activityId(ctx: Ctx, name: string): Promise<string> {
  const activities = value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}));
  const found = activities.find((a) => a.name === name);
  if (found === undefined) throw new Error(`no activity ${name}`);
  return found.id;
}

/**
 * The example register on a real file, at a fixed clock (set `clock.now` to move it), with
 * stand-in dialogs; closed after each test.
 */
export function useLetterContext(start: Date) {
  const tempDir = useTempDir();
  const clock = { now: start };
  let opened: OpenedContext | null = null;
  afterEach(async () => {
    await opened?.close();
    opened = null;
    clock.now = start;
  });
  const open = async () => {
    const dialogs = fakeDialogs();
    opened = await openContext(join(tempDir(), 'dpo-desk.sqlite'), {
      actor: 'dpo',
      clock: () => clock.now,
      files: dialogs.files,
    });
    value(await dispatch(opened.ctx, 'example.load', {}));
    return { ctx: opened.ctx, dialogs };
  };
  const close = async () => {
    await opened?.close();
    opened = null;
  };
  /** A posted access request about two example activities, with names in three scripts. */
  const newRequest = async (ctx: Ctx, overrides: Partial<RequestFields>) =>
    value<RequestView>(
      await dispatch(ctx, 'requests.create', {
        request: {
          ...emptyRequest('2026-11-10'),
          requesterName: 'Łukasz Żółć',
          requesterAddress:
            'Ελένη Παπαδοπούλου c/o Дмитрий Иванов\n12 rue de l’Église\n34000 Montpellier',
          channel: 'post',
          rights: ['access'],
          activityIds: [
            await activityId(ctx, 'Relation client et suivi clientèle'),
            await activityId(ctx, 'Exécution des contrats et des services'),
          ],
          ...overrides,
        },
      }),
    );
  const letterPdf = async (ctx: Ctx, letter: LetterRecordView): Promise<Uint8Array> => {
    const stored = await getAttachment(ctx.db, letter.id);
    if (stored === null) throw new Error('letter not stored');
    return stored.content;
  };
  return { tempDir, clock, open, close, newRequest, letterPdf };
}
