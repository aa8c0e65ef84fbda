import { describe, expect, it } from 'vitest';
import { listAuditEntries } from '../../db/audit';
import { dispatch } from '../../electron/services/dispatch';
import { newId } from '../../shared/ids';
import type { CalendarItem } from '../../shared/retention/calendar';
import type { ActivitySummary } from '../../shared/schemas/activity';
import type { DashboardFigures } from '../../shared/schemas/request';
import {
  emptyBreach,
  type BreachFields,
  type BreachSummary,
  type BreachView,
} from '../../shared/schemas/breach';
import { useLetterContext } from '../helpers/letters';
import { value } from '../helpers/result';

// Monday 30 March 2026, 10:00 in Paris: the breach below was known on Friday at 14:25.
const { open: openExample, clock } = useLetterContext(new Date('2026-03-30T08:00:00Z'));

/** The example register without its example breaches: the register starts at VDP-2026-0001. */
async function open() {
  const opened = await openExample();
  for (const breach of value<BreachSummary[]>(await dispatch(opened.ctx, 'breaches.list', {}))) {
    value(await dispatch(opened.ctx, 'breaches.delete', { id: breach.id }));
  }
  return opened;
}

const misdirected = (overrides: Partial<BreachFields> = {}): BreachFields => ({
  ...emptyBreach('2026-03-27T14:25'),
  title: 'Fichier client envoyé au mauvais client',
  discoveredAt: '2026-03-27T11:10',
  natures: ['confidentiality'],
  cause: 'misdirectedEmail',
  dataCategories: ['identity', 'telephony'],
  peopleCategories: 'Clients finaux d’un donneur d’ordre',
  peopleCount: 1200,
  recordsCount: 1200,
  ...overrides,
});

describe('the breach register', () => {
  it('records a breach as VDP-2026-0001 with its deadline in Paris time and where it stands', async () => {
    const { ctx } = await open();
    const [activity] = value<ActivitySummary[]>(await dispatch(ctx, 'activities.list', {}));
    const created = value<BreachView>(
      await dispatch(ctx, 'breaches.create', {
        createId: newId(),
        breach: misdirected({ activityIds: activity ? [activity.id] : [] }),
      }),
    );
    expect(created.breach.reference).toBe('VDP-2026-0001');
    expect(created.breach.activityIds).toHaveLength(1);
    expect(created.deadline).toMatchObject({
      aware: '2026-03-27T14:25+01:00',
      start: '2026-03-27T15:00+01:00',
      due: '2026-03-30T16:00+02:00',
    });
    // Six hours left at 10:00: amber, not yet assessed.
    expect(created.state).toBe('toAssess');
    expect(created.timeLeft).toEqual({ minutes: 360, level: 'soon' });

    const [summary] = value<BreachSummary[]>(await dispatch(ctx, 'breaches.list', {}));
    expect(summary).toMatchObject({ reference: 'VDP-2026-0001', state: 'toAssess', isOpen: true });
    const journal = await listAuditEntries(ctx.db, {
      entity: 'breach',
      entityId: created.breach.id,
    });
    expect(journal.map((entry) => entry.action)).toEqual(['create']);

    // On the dashboard: one open breach, six hours left on its deadline.
    expect(value<DashboardFigures>(await dispatch(ctx, 'dashboard.get', {}))).toMatchObject({
      openBreaches: 1,
      nextBreachDeadline: {
        reference: 'VDP-2026-0001',
        due: '2026-03-30T16:00+02:00',
        minutesLeft: 360,
      },
    });

    // On the calendar, on its Paris day with its hour, until the CNIL is notified.
    const calendar = value<CalendarItem[]>(await dispatch(ctx, 'calendar.list', {}));
    expect(calendar.filter((item) => item.kind === 'breachNotification')).toEqual([
      {
        id: `breach-notification-${created.breach.id}`,
        kind: 'breachNotification',
        date: '2026-03-30',
        title: 'Notification CNIL due à 16:00 : VDP-2026-0001',
        detail: 'Fichier client envoyé au mauvais client',
        link: `#/violations/fiche/${created.breach.id}`,
        overdue: false,
      },
    ]);
  });

  it('puts the next follow-up of an open breach on the calendar and in the reminders, overdue once past', async () => {
    const { ctx } = await open();
    const created = value<BreachView>(
      await dispatch(ctx, 'breaches.create', {
        createId: newId(),
        breach: misdirected({ followUpOn: '2026-04-10' }),
      }),
    );
    const followUps = async () =>
      value<CalendarItem[]>(await dispatch(ctx, 'calendar.list', { to: '2026-12-31' })).filter(
        (item) => item.kind === 'breachFollowUp',
      );
    expect(await followUps()).toEqual([
      {
        id: `breach-follow-up-${created.breach.id}-2026-04-10`,
        kind: 'breachFollowUp',
        date: '2026-04-10',
        title:
          'Suivi de la violation VDP-2026-0001 : notification complémentaire, mesures à vérifier',
        detail: 'Fichier client envoyé au mauvais client',
        link: `#/violations/fiche/${created.breach.id}`,
        overdue: false,
      },
    ]);
    clock.now = new Date('2026-04-11T08:00:00Z');
    expect((await followUps()).map((item) => item.overdue)).toEqual([true]);
    // Closed: nothing left to follow.
    const { id: _id, reference: _r, createdAt: _c, updatedAt, ...fields } = created.breach;
    value(
      await dispatch(ctx, 'breaches.update', {
        id: created.breach.id,
        expectedUpdatedAt: updatedAt,
        breach: { ...fields, closedOn: '2026-04-11' },
      }),
    );
    expect(await followUps()).toEqual([]);
  });

  it('makes one breach of a create sent twice, and refuses a save over a newer version', async () => {
    const { ctx } = await open();
    const createId = newId();
    const first = value<BreachView>(
      await dispatch(ctx, 'breaches.create', { createId, breach: misdirected() }),
    );
    const again = value<BreachView>(
      await dispatch(ctx, 'breaches.create', { createId, breach: misdirected() }),
    );
    expect(again.breach.id).toBe(first.breach.id);
    expect(value<BreachSummary[]>(await dispatch(ctx, 'breaches.list', {}))).toHaveLength(1);

    clock.now = new Date('2026-03-30T08:05:00Z');
    const assessed = value<BreachView>(
      await dispatch(ctx, 'breaches.update', {
        id: first.breach.id,
        expectedUpdatedAt: first.breach.updatedAt,
        breach: misdirected({
          enisa: {
            context: 1,
            identification: 1,
            confidentiality: 0.25,
            integrity: 0,
            availability: 0,
            malicious: false,
          },
          riskLevel: 'risk',
          riskJustification: 'Destinataire inconnu de nos services : risque retenu.',
        }),
      }),
    );
    expect(assessed).toMatchObject({
      severity: 1.25,
      suggestedLevel: 'none',
      state: 'toNotify',
      obligations: { notifyAuthority: true, tellPeople: 'none' },
    });
    const stale = await dispatch(ctx, 'breaches.update', {
      id: first.breach.id,
      expectedUpdatedAt: first.breach.updatedAt,
      breach: misdirected(),
    });
    expect(stale.ok ? null : stale.error.code).toBe('CONFLICT');
  });

  it('refuses a late notification without the reasons for the delay, and writes nothing', async () => {
    const { ctx } = await open();
    clock.now = new Date('2026-04-01T08:00:00Z');
    const notifiedLate = misdirected({
      riskLevel: 'risk',
      riskJustification: 'Données de contact de 1 200 personnes.',
      notifications: [{ on: '2026-03-31T09:30', summary: 'Notification initiale' }],
    });
    const refused = await dispatch(ctx, 'breaches.create', { breach: notifiedLate });
    expect(refused.ok ? [] : refused.error.details?.fields).toEqual([
      { path: 'delayReasons', messageKey: 'validation.breachDelayReasons' },
    ]);
    expect(value<BreachSummary[]>(await dispatch(ctx, 'breaches.list', {}))).toEqual([]);
    const withReasons = value<BreachView>(
      await dispatch(ctx, 'breaches.create', {
        breach: { ...notifiedLate, delayReasons: 'Prestataire prévenu le lundi seulement.' },
      }),
    );
    expect(withReasons.state).toBe('notifiedLate');
  });

  it('refuses an awareness in the future or a link to an activity that does not exist', async () => {
    const { ctx } = await open();
    const future = await dispatch(ctx, 'breaches.create', {
      breach: misdirected({ awareAt: '2026-03-30T11:00' }),
    });
    expect(future.ok ? [] : future.error.details?.fields).toContainEqual({
      path: 'awareAt',
      messageKey: 'validation.futureDate',
    });
    const unknown = await dispatch(ctx, 'breaches.create', {
      breach: misdirected({ activityIds: [newId()] }),
    });
    expect(unknown.ok ? [] : unknown.error.details?.fields).toEqual([
      { path: 'activityIds', messageKey: 'validation.unknownActivity' },
    ]);
  });

  it('deletes a breach with a trace in the journal', async () => {
    const { ctx } = await open();
    const created = value<BreachView>(
      await dispatch(ctx, 'breaches.create', { breach: misdirected() }),
    );
    expect(value(await dispatch(ctx, 'breaches.delete', { id: created.breach.id }))).toEqual({
      reference: 'VDP-2026-0001',
    });
    expect(value<BreachSummary[]>(await dispatch(ctx, 'breaches.list', {}))).toEqual([]);
    const missing = await dispatch(ctx, 'breaches.get', { id: created.breach.id });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const journal = await listAuditEntries(ctx.db, {
      entity: 'breach',
      entityId: created.breach.id,
    });
    expect(journal.map((entry) => entry.action).sort()).toEqual(['create', 'delete']);
  });

  it('loads two breaches with the example: one notified in two phases, one documented only', async () => {
    const { ctx } = await openExample();
    const breaches = value<BreachSummary[]>(await dispatch(ctx, 'breaches.list', {}));
    expect(breaches.map((b) => [b.reference, b.state, b.isOpen])).toEqual([
      ['VDP-2026-0002', 'documentedOnly', false],
      ['VDP-2026-0001', 'notified', false],
    ]);
    const notified = value<BreachView>(
      await dispatch(ctx, 'breaches.get', { id: breaches[1]?.id ?? '' }),
    );
    expect(notified.breach.notifications).toHaveLength(2);
    expect(notified.breach.activityIds).toHaveLength(1);
  });
});
