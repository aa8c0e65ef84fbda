/** Generated rights requests for the benches: spread over three years, every right and status. */
import { newId } from '../../db/ids';
import { addDays } from '../../shared/dates';
import { computeDeadline } from '../../shared/rights/deadline';
import { isOpen } from '../../shared/rights/requestDeadline';
import { requestStatuses, rights } from '../../shared/rights/vocabulary';
import { emptyRequest } from '../../shared/schemas/request';
import { foldForSearch } from '../../shared/text';

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
