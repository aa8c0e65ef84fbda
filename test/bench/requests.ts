/**
 * Requests with 100,000 generated rows. Targets (issue "rights requests"): one page of 50 sorted
 * and filtered requests p95 under 20 ms, dashboard figures under 50 ms, generating the 100,000
 * under 10 s. Prints figures; it is not a test.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../db/connection';
import { newId } from '../../db/ids';
import { dispatch } from '../../electron/services/dispatch';
import { openContext } from '../../electron/services/open';
import { addDays, localCalendarDate } from '../../shared/dates';
import { computeDeadline } from '../../shared/rights/deadline';
import { isOpen } from '../../shared/rights/requestDeadline';
import { requestStatuses, rights } from '../../shared/rights/vocabulary';
import { emptyRequest } from '../../shared/schemas/request';
import { foldForSearch } from '../../shared/text';

const count = 100_000;
const runs = 40;
const firstNames = [
  'Karim',
  'Sophie',
  'Łukasz',
  'Élodie',
  'Jean',
  'Ελένη',
  'Nadia',
  'Paul',
  'Claire',
  'Dmitri',
];
const lastNames = [
  'Benali',
  'Lambert',
  'Nowak',
  'Crémieux',
  'Fabre',
  'Papadopoulou',
  'Haddad',
  'Girard',
  'Dumas',
  'Ivanov',
];

function percentile(samples: number[], q: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

async function measure(label: string, target: number, work: () => Promise<unknown>): Promise<void> {
  await work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
  }
  const p95 = percentile(samples, 0.95);
  console.log(
    `${label.padEnd(52)} median ${percentile(samples, 0.5).toFixed(2)} ms, p95 ${p95.toFixed(2)} ms  (target p95 < ${String(target)} ms: ${p95 < target ? 'OK' : 'OVER TARGET'})`,
  );
}

/** Writes `count` requests spread over the last three years, in one transaction. */
export function generateRequests(
  sqlite: import('better-sqlite3').Database,
  total: number,
  today: string,
): void {
  const insert = sqlite.prepare(
    `insert into rights_request (id, reference, received_on, requester_name, rights, status, is_open, suspended,
       due_on, extension_months, search_text, details_json, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const perYear = new Map<string, number>();
  const now = new Date();
  const rows = Array.from({ length: total }, (_, i) =>
    addDays(today, -Math.floor((i * 1095) / total)),
  ).reverse();
  sqlite.transaction(() => {
    rows.forEach((receivedOn, i) => {
      const year = receivedOn.slice(0, 4);
      const sequence = (perYear.get(year) ?? 0) + 1;
      perYear.set(year, sequence);
      const reference = `DSR-${year}-${String(sequence).padStart(5, '0')}`;
      const name = `${firstNames[i % 10] ?? ''} ${lastNames[Math.floor(i / 10) % 10] ?? ''} ${String(i)}`;
      const chosenRights = [
        rights[i % rights.length] ?? 'access',
        ...(i % 3 === 0 ? ['erasure' as const] : []),
      ];
      const age = Math.floor((i * 1095) / total);
      const status =
        age > 60 ? (i % 7 === 0 ? 'withdrawn' : 'closed') : (requestStatuses[i % 3] ?? 'received');
      const extension = i % 11 === 0 ? 2 : 0;
      const due = computeDeadline({
        received: receivedOn,
        months: 1 + extension,
        suspendedDays: 0,
        alsaceMoselle: false,
      }).due;
      const open = isOpen(status);
      const details = {
        ...emptyRequest(receivedOn),
        requesterEmail: `personne${String(i)}@exemple.fr`,
        description: 'Demande générée pour le banc d’essai.',
      };
      insert.run(
        newId(now),
        reference,
        receivedOn,
        name,
        ` ${[...new Set(chosenRights)].join(' ')} `,
        status,
        open ? 1 : 0,
        open && status === 'awaitingIdentity' ? 1 : 0,
        due,
        extension,
        foldForSearch(`${reference} ${name} personne${String(i)}@exemple.fr`),
        JSON.stringify(details),
        now.toISOString(),
        now.toISOString(),
      );
    });
  })();
}

const dir = mkdtempSync(join(tmpdir(), 'dpo-desk-bench-'));
try {
  const file = join(dir, 'bench.sqlite');
  const today = localCalendarDate(new Date());
  const { handle } = await openDatabase(file);
  const start = performance.now();
  generateRequests(handle.sqlite, count, today);
  const generation = performance.now() - start;
  await handle.close();
  console.log(
    `Generated ${String(count)} requests in ${(generation / 1000).toFixed(2)} s (target < 10 s: ${generation < 10_000 ? 'OK' : 'OVER TARGET'})\n`,
  );

  const opened = await openContext(file, { actor: 'bench' });
  const { ctx } = opened;
  let page = 0;
  await measure('requests.list: newest first, page of 50', 20, () =>
    dispatch(ctx, 'requests.list', { page: page++ % 100, pageSize: 50 }),
  );
  await measure('requests.list: open, due first, right = erasure', 20, () =>
    dispatch(ctx, 'requests.list', {
      openOnly: true,
      right: 'erasure',
      sort: 'dueOn',
      direction: 'asc',
    }),
  );
  await measure('requests.list: overdue, sorted by due date', 20, () =>
    dispatch(ctx, 'requests.list', { overdue: true, sort: 'dueOn', direction: 'asc' }),
  );
  await measure('requests.list: received in a quarter, by requester', 20, () =>
    dispatch(ctx, 'requests.list', {
      receivedFrom: addDays(today, -400),
      receivedTo: addDays(today, -310),
      sort: 'requesterName',
      direction: 'asc',
    }),
  );
  await measure('requests.list: free text "cremieux 4242"', 20, () =>
    dispatch(ctx, 'requests.list', { text: 'cremieux 4242' }),
  );
  await measure('dashboard.get', 50, () => dispatch(ctx, 'dashboard.get', {}));
  await opened.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
