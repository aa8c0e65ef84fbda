/**
 * Generated rights requests for the benches: spread over three years, every right and status, and
 * complete as the app writes them (details, outcomes, links to the register, Art. 19 notices and a
 * timeline), so that the JSON export reads them back and the import accepts them.
 */
import { newId } from '../../db/ids';
import { rowOf } from '../../db/requests';
import { requestColumnsOf } from '../../electron/services/requests';
import { addDays } from '../../shared/dates';
import { art19Rights, requestStatuses, rights } from '../../shared/rights/vocabulary';
import {
  emptyRequest,
  type RequestEvent,
  type RequestFields,
  type RightsRequest,
} from '../../shared/schemas/request';

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

const at = (day: string, time: string) => `${day}T${time}.000Z`;

/** The request number `i` of `total`, as a DPO would have filled it in. */
function generatedFields(
  i: number,
  total: number,
  today: string,
  activityIds: string[],
  processorIds: string[],
): RequestFields {
  const age = Math.floor(((total - 1 - i) * 1095) / total);
  const receivedOn = addDays(today, -age);
  const name = `${firstNames[i % 10] ?? ''} ${lastNames[Math.floor(i / 10) % 10] ?? ''} ${String(i)}`;
  const chosenRights = [
    ...new Set([
      rights[i % rights.length] ?? 'access',
      ...(i % 3 === 0 ? ['erasure' as const] : []),
    ]),
  ];
  const status =
    age > 60 ? (i % 7 === 0 ? 'withdrawn' : 'closed') : (requestStatuses[i % 3] ?? 'received');
  const answered = status === 'closed';
  const extended = i % 11 === 0;
  const identityAsked = status === 'awaitingIdentity' || (answered && i % 5 === 0);
  const responseOn = addDays(receivedOn, 20);
  const activity = activityIds.length > 0 ? activityIds[i % activityIds.length] : undefined;
  const processor = processorIds.length > 0 ? processorIds[i % processorIds.length] : undefined;
  return {
    ...emptyRequest(receivedOn),
    receivedTime: i % 4 === 0 ? '' : '10:15',
    channel: i % 2 === 0 ? 'email' : 'post',
    requesterName: name,
    requesterCivility: i % 2 === 0 ? 'madame' : 'monsieur',
    requesterEmail: `personne${String(i)}@exemple.fr`,
    requesterAddress: i % 2 === 0 ? '' : `${String((i % 90) + 1)} rue de la République\n69002 Lyon`,
    requesterPhone: i % 3 === 0 ? '06 12 34 56 78' : '',
    rights: chosenRights,
    activityIds: activity === undefined ? [] : [activity],
    description: 'Demande générée pour le banc d’essai : « je souhaite exercer mes droits ».',
    identityStatus: identityAsked ? (answered ? 'verified' : 'asked') : 'notNeeded',
    identityAskedOn: identityAsked ? addDays(receivedOn, 2) : '',
    identityReceivedOn: identityAsked && answered ? addDays(receivedOn, 6) : '',
    identityVerifiedOn: identityAsked && answered ? addDays(receivedOn, 6) : '',
    identityVerifiedBy: identityAsked && answered ? 'DPO' : '',
    identityMethod: identityAsked && answered ? 'Copie de la pièce d’identité, vérifiée' : '',
    status,
    extensionMonths: extended ? 2 : 0,
    extensionReason: extended ? 'Demandes nombreuses et complexes (art. 12, §3).' : '',
    extensionNotifiedOn: extended ? addDays(receivedOn, 10) : '',
    outcomes: answered
      ? chosenRights.map((right, n) =>
          i % 13 === 0 && n === 0
            ? { right, outcome: 'refused' as const, reason: 'Demande manifestement infondée.' }
            : { right, outcome: 'granted' as const, reason: '' },
        )
      : [],
    responseOn: answered ? responseOn : '',
    responseChannel: answered ? 'email' : '',
    art19Notifications:
      answered && processor !== undefined && chosenRights.some((r) => art19Rights.includes(r))
        ? [{ processorId: processor, notifiedOn: responseOn }]
        : [],
    notes: i % 9 === 0 ? 'Relancé par téléphone.' : '',
  };
}

/** The timeline the app would have written for these fields. */
function generatedEvents(fields: RequestFields): RequestEvent[] {
  const events: RequestEvent[] = [
    {
      at: at(fields.receivedOn, '09:00:00'),
      actor: 'DPO',
      kind: 'created',
      data: { channel: fields.channel, rights: fields.rights.join(' ') },
    },
  ];
  // Two lines for most (each line is a row to write): the identity step of those still waiting.
  if (fields.status === 'awaitingIdentity') {
    events.push({
      at: at(fields.identityAskedOn, '09:30:00'),
      actor: 'DPO',
      kind: 'identityAsked',
      data: { on: fields.identityAskedOn },
    });
  }
  if (fields.responseOn !== '') {
    events.push({
      at: at(fields.responseOn, '11:00:00'),
      actor: 'DPO',
      kind: 'answered',
      data: { on: fields.responseOn, channel: fields.responseChannel },
    });
  }
  return events;
}

/**
 * Writes `total` requests spread over the three years before `today`, by parts, linked
 * to the activities and processors already in the database (if any).
 */
export function generateRequests(
  sqlite: import('better-sqlite3').Database,
  total: number,
  today: string,
): void {
  const insert = sqlite.prepare(
    `insert into rights_request (id, reference, received_on, requester_name, requester_order, rights,
       status, is_open, suspended, due_on, extension_months, search_text, details_json, created_at,
       updated_at)
     values (@id, @reference, @received_on, @requester_name, @requester_order, @rights, @status,
       @is_open, @suspended, @due_on, @extension_months, @search_text, @details_json, @created_at,
       @updated_at)`,
  );
  const link = sqlite.prepare(
    'insert into request_activity (request_id, activity_id) values (?, ?)',
  );
  const event = sqlite.prepare(
    'insert into request_event (request_id, at, actor, kind, data_json) values (?, ?, ?, ?, ?)',
  );
  const ids = (table: string) =>
    (sqlite.prepare(`select id from ${table} order by id`).all() as { id: string }[]).map(
      (row) => row.id,
    );
  const activityIds = ids('processing_activity');
  const processorIds = ids('processor');
  const perYear = new Map<string, number>();
  const writeOne = (i: number) => {
    const fields = generatedFields(i, total, today, activityIds, processorIds);
    const year = fields.receivedOn.slice(0, 4);
    const sequence = (perYear.get(year) ?? 0) + 1;
    perYear.set(year, sequence);
    const createdAt = at(fields.receivedOn, '09:00:00');
    const request: RightsRequest = {
      ...fields,
      id: newId(new Date(createdAt)),
      reference: `DSR-${year}-${String(sequence).padStart(5, '0')}`,
      createdAt,
      updatedAt: at(fields.responseOn === '' ? fields.receivedOn : fields.responseOn, '11:00:00'),
      attachments: [],
    };
    const row = rowOf(request, requestColumnsOf(fields, false));
    insert.run({ id: request.id, ...row });
    for (const activityId of fields.activityIds) link.run(request.id, activityId);
    for (const e of generatedEvents(fields)) {
      event.run(request.id, e.at, e.actor, e.kind, JSON.stringify(e.data));
    }
  };
  // The full-text index is built once at the end rather than row by row through its trigger:
  // row by row its cost grows faster than the rows (100,000 requests: 50 s against 15 s; a million
  // did not finish in an hour). The file ends the same: the same trigger, the same index.
  const trigger = sqlite
    .prepare("select sql from sqlite_schema where type = 'trigger' and name = ?")
    .pluck()
    .get('rights_request_fts_insert') as string | undefined;
  sqlite.transaction(() => {
    if (trigger !== undefined) sqlite.exec('drop trigger rights_request_fts_insert');
    for (let i = 0; i < total; i += 1) writeOne(i);
    sqlite.exec("insert into rights_request_fts (rights_request_fts) values ('rebuild')");
    if (trigger !== undefined) sqlite.exec(trigger);
  })();
}
