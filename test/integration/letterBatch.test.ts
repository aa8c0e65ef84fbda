import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import { getAttachment } from '../../db/attachments';
import { dispatch } from '../../electron/services/dispatch';
import type { BatchStatusView, LetterRecordView } from '../../shared/api';
import type { RequestView } from '../../shared/schemas/request';
import { useLetterContext } from '../helpers/letters';
import { value } from '../helpers/result';

const { open, newRequest } = useLetterContext(new Date('2026-11-22T09:00:00'));

type Ctx = Awaited<ReturnType<typeof open>>['ctx'];

async function runBatch(
  ctx: Ctx,
  requests: RequestView[],
  kind: 'identityProof' | 'acknowledgement',
  mode: 'onePdf' | 'perRequest',
): Promise<BatchStatusView> {
  const started = value<BatchStatusView>(
    await dispatch(ctx, 'letters.startBatch', {
      requestIds: requests.map((r) => r.request.id),
      kind,
      language: 'fr',
      mode,
    }),
  );
  let status = started;
  for (let i = 0; i < 300 && !status.finished; i++) {
    await new Promise((r) => setTimeout(r, 20));
    status = value<BatchStatusView>(await dispatch(ctx, 'letters.batchStatus', { id: started.id }));
  }
  expect(status).toMatchObject({ finished: true, error: null, skipped: [] });
  return status;
}

const reload = async (ctx: Ctx, request: RequestView) =>
  value<RequestView>(await dispatch(ctx, 'requests.get', { id: request.request.id }));
const lettersOf = async (ctx: Ctx, request: RequestView) =>
  value<LetterRecordView[]>(await dispatch(ctx, 'letters.list', { id: request.request.id }));

describe('a batch of letters records what a single letter records', () => {
  it('a printed batch of identity-proof letters marks each request as waiting for its proof, asked today, with the letter in its timeline', async () => {
    const { ctx } = await open();
    const requests = [await newRequest(ctx, {}), await newRequest(ctx, {})];
    const status = await runBatch(ctx, requests, 'identityProof', 'onePdf');
    expect(status.ready).toBe(true);
    for (const request of requests) {
      const after = await reload(ctx, request);
      expect(after.request).toMatchObject({
        status: 'awaitingIdentity',
        identityStatus: 'asked',
        identityAskedOn: '2026-11-22',
      });
      expect(after.events.map((e) => e.kind)).toContain('letterGenerated');
      const letters = await lettersOf(ctx, request);
      expect(letters.map((l) => [l.kind, l.fileName.endsWith('.pdf')])).toEqual([
        ['identityProof', true],
      ]);
    }
  });

  it('a per-request batch answers an email request by email: its draft is kept beside the PDF', async () => {
    const { ctx } = await open();
    const byEmail = await newRequest(ctx, {
      channel: 'email',
      requesterEmail: 'ines.moreau@exemple.fr',
      requesterAddress: '',
      requesterCivility: 'madame',
    });
    await runBatch(ctx, [byEmail], 'acknowledgement', 'perRequest');
    const letters = await lettersOf(ctx, byEmail);
    expect(letters.map((l) => l.fileName.slice(-4)).sort()).toEqual(['.eml', '.pdf']);
    const draft = letters.find((l) => l.fileName.endsWith('.eml'));
    const eml = await getAttachment(ctx.db, draft?.id ?? '');
    const parsed = await simpleParser(Buffer.from(eml?.content ?? new Uint8Array()));
    expect(parsed.to).toMatchObject({ value: [{ address: 'ines.moreau@exemple.fr' }] });
    expect(parsed.attachments.map((a) => a.contentType)).toEqual(['application/pdf']);
    const after = await reload(ctx, byEmail);
    expect(after.events.map((e) => e.kind)).toEqual(
      expect.arrayContaining(['letterGenerated', 'emailDraftWritten', 'acknowledged']),
    );
  });
});
