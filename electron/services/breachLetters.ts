import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { insertAuditEntry } from '../../db/audit';
import { breachPeople, breachPeopleView } from '../../db/breachPeople';
import type { BatchStatusView, BreachCommunicationView } from '../../shared/api';
import {
  communicationLetter,
  communicationRefusal,
  publicCommunication,
  type CommunicationKind,
} from '../../shared/breaches/communication';
import { addressRefusal } from '../../shared/letters/delivery';
import { AppError, type ApiError } from '../../shared/errors';
import type { Language } from '../../shared/i18n';
import { translate } from '../../shared/i18n';
import { dpoTitleFor } from '../../shared/letters/values';
import type { BreachPerson } from '../../shared/schemas/breachPeople';
import { lettersPdfToFile, type LetterToPrint } from '../documents/letterPdf';
import { emailDraft } from '../documents/letterEmail';
import { breachEntity, getBreachView } from './breaches';
import type { Context } from './context';
import { safeFileName } from './files';
import { runBatch } from './letterBatch';
import { addressedLayout } from './letterLayout';
import { sharedSources, type SharedSources } from './letters';
import { todayOf } from './requests';
import { resourcesDir } from './resources';
import { transact } from './transact';

async function sourcesOf(ctx: Context, id: string) {
  const view = await getBreachView(ctx, id);
  const shared = await sharedSources(ctx.db);
  return { breach: view.breach, organisation: shared.organisation, shared };
}

function refusalError(refusal: ReturnType<typeof communicationRefusal>): ApiError | null {
  if (refusal === null) return null;
  return {
    code: 'VALIDATION',
    key: refusal.key,
    ...(refusal.parts === undefined ? {} : { parts: refusal.parts }),
  };
}

/** The letter each person would receive and the public text, or why not yet. */
export async function communicationView(
  ctx: Context,
  input: { id: string; language: Language },
): Promise<BreachCommunicationView> {
  const sources = await sourcesOf(ctx, input.id);
  const refusalFor = (kind: CommunicationKind) => communicationRefusal(sources, kind);
  const kind: CommunicationKind =
    sources.breach.communicationMode === 'public' ? 'public' : 'individual';
  const refusal = refusalError(refusalFor(kind));
  if (refusal !== null) return { letter: null, publicText: null, refusal };
  if (kind === 'public') {
    return { letter: null, publicText: publicCommunication(sources, input.language), refusal };
  }
  const letter = communicationLetter(sources, input.language);
  return {
    letter: { subject: letter.subject, paragraphs: letter.paragraphs },
    publicText: null,
    refusal,
  };
}

/** One person's letter, laid out as the answers are: letterhead, window or email line, signature. */
function letterFor(
  person: BreachPerson,
  sources: Awaited<ReturnType<typeof sourcesOf>>,
  options: { language: Language; today: string; delivery: 'post' | 'email' },
): LetterToPrint {
  const letter = communicationLetter(sources, options.language);
  const shared: SharedSources = sources.shared;
  return {
    letter,
    layout: addressedLayout(
      {
        name: person.name,
        email: person.email,
        address: person.address,
        salutation: translate(options.language, 'letter.salutation.none'),
        reference: sources.breach.reference,
      },
      shared,
      { ...options, dpoTitle: dpoTitleFor(shared.dpoTitle, options.language) },
    ),
  };
}

/**
 * The letters to every person of the list, in the background: by post one PDF to print (people
 * without a printable address are left out, each with the reason), by email a ZIP of drafts
 * (.eml) whose text is the letter. The journal records how many were made, not who.
 */
export async function startBreachLetters(
  ctx: Context,
  input: { id: string; language: Language; delivery: 'post' | 'email' },
): Promise<BatchStatusView> {
  const sources = await sourcesOf(ctx, input.id);
  const refusal = communicationRefusal(sources, 'individual');
  if (refusal !== null) {
    throw new AppError('VALIDATION', refusal.key, undefined, undefined, refusal.parts);
  }
  if (input.delivery === 'email' && (sources.organisation?.dpoEmail ?? '') === '') {
    throw new AppError('VALIDATION', 'error.breachLetter.noSender');
  }
  const figures = await breachPeopleView(ctx.db, input.id, 0);
  if (figures.count === 0) throw new AppError('VALIDATION', 'error.breachLetter.noPeople');
  const now = ctx.clock();
  const options = { language: input.language, today: todayOf(ctx), delivery: input.delivery };
  const reference = sources.breach.reference;
  const recordMade = (count: number) =>
    transact(ctx, (trx) =>
      insertAuditEntry(trx, {
        at: now,
        actor: ctx.actor,
        entity: breachEntity,
        entityId: input.id,
        action: 'update',
        before: null,
        after: { peopleLetters: `${String(count)} (${input.delivery})` },
      }),
    );
  return runBatch(now, figures.count, async (status, folder) => {
    const people = breachPeople(ctx.db, input.id);
    const skip = (person: BreachPerson, key: 'people.noAddress' | 'people.noEmail') => {
      status.skipped.push({ reference: person.name, reason: { code: 'VALIDATION', key } });
      status.done++;
    };
    let made = 0;
    if (input.delivery === 'post') {
      const path = join(folder, 'courriers.pdf');
      await lettersPdfToFile(
        path,
        async () => {
          for (let next = await people.next(); next.done !== true; next = await people.next()) {
            const person = next.value;
            const unprintable = addressRefusal(person.name, person.address);
            if (person.address === '' || unprintable !== null) {
              skip(person, 'people.noAddress');
              continue;
            }
            status.done++;
            made++;
            return letterFor(person, sources, options);
          }
          return null;
        },
        {
          resources: resourcesDir(),
          title: translate(input.language, 'breachLetter.kind'),
          author: sources.organisation?.legalName ?? '',
          createdAt: now,
        },
      );
      await recordMade(made);
      return {
        path,
        fileName: safeFileName(`courriers-${reference}-${todayOf(ctx)}.pdf`),
        mimeType: 'application/pdf',
      };
    }
    const zip = new JSZip();
    for await (const person of people) {
      if (person.email === '') {
        skip(person, 'people.noEmail');
        continue;
      }
      const print = letterFor(person, sources, options);
      const message = await emailDraft({
        from: { name: sources.organisation?.legalName ?? '', address: print.layout.sender.email },
        to: { name: person.name, address: person.email },
        subject: print.letter.subject,
        text: [
          print.letter.paragraphs.join('\n\n'),
          [print.layout.signature.name, print.layout.signature.title].join('\n'),
        ].join('\n\n'),
        date: now,
      });
      made++;
      zip.file(safeFileName(`${String(made).padStart(5, '0')}-${person.name}.eml`), message);
      status.done++;
    }
    const path = join(folder, 'courriels.zip');
    await new Promise<void>((resolve, reject) => {
      zip
        .generateNodeStream({ type: 'nodebuffer', streamFiles: true, compression: 'DEFLATE' })
        .pipe(createWriteStream(path))
        .on('finish', resolve)
        .on('error', reject);
    });
    await recordMade(made);
    return {
      path,
      fileName: safeFileName(`courriels-${reference}-${todayOf(ctx)}.zip`),
      mimeType: 'application/zip',
    };
  });
}
