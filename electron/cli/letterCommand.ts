import { accessSync, constants, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { AppError, type Wording } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import {
  letterDeliveries,
  letterKinds,
  letterLanguages,
  type LetterDelivery,
} from '../../shared/letters/templates';
import type { CliIo } from './cli';

// The database, pdfkit and the mail composer load inside the command: see cli.ts.

interface LetterOptions {
  db?: string;
  request?: string;
  template?: string;
  language: string;
  input: string[];
  out?: string;
  eml?: string;
  delivery?: string;
  listTemplates?: boolean;
}

function parseInputs(pairs: readonly string[]): Record<string, string> {
  const inputs: Record<string, string> = {};
  for (const pair of pairs) {
    const at = pair.indexOf('=');
    if (at <= 0) throw new AppError('VALIDATION', 'error.cli.inputPair', { pair });
    inputs[pair.slice(0, at)] = pair.slice(at + 1).slice(0, 2_000);
  }
  return inputs;
}

/**
 * Refuses, before anything is generated or kept with the request, a file the command could not
 * write: a letter recorded as sent must also be in the DPO's hands.
 */
export function refuseUnwritable(
  option: string,
  path: string,
  key: 'error.cli.unwritable' | 'error.cli.noticeUnwritable' = 'error.cli.unwritable',
): void {
  const folder = dirname(resolve(path));
  let reason: Wording | null = null;
  try {
    if (!statSync(folder).isDirectory())
      reason = { key: 'error.cli.notFolder', values: { path: folder } };
    else accessSync(folder, constants.W_OK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    reason = {
      key: code === 'ENOENT' ? 'error.cli.noFolder' : 'error.cli.folderProtected',
      values: { path: folder },
    };
  }
  try {
    if (reason === null && statSync(path).isDirectory())
      reason = { key: 'error.cli.isFolder', values: { path } };
  } catch {
    // No such file yet: it will be created.
  }
  if (reason !== null) {
    throw new AppError('VALIDATION', key, { option }, undefined, {
      reason: [reason],
    });
  }
}

function deliveryFrom(options: LetterOptions): LetterDelivery | undefined {
  const named = letterDeliveries.find((d) => d === options.delivery);
  if (options.delivery !== undefined && named === undefined)
    throw new AppError('VALIDATION', 'error.cli.delivery');
  if (options.eml !== undefined && named === 'post')
    throw new AppError('VALIDATION', 'error.cli.emlWithPost');
  return options.eml !== undefined ? 'email' : named;
}

/**
 * `dpo-desk letter`: the same rule as the app decides whether the letter fits the request; a
 * letter that does not (or a late one) exits 1 with its French sentence and writes nothing.
 */
export function letterCommand(
  command: Command,
  io: CliIo,
  databasePath: (db: string | undefined) => string,
  dbOption: string,
): void {
  command
    .option('--db <fichier>', dbOption)
    .option('--request <référence>', 'référence de la demande (DSR-2026-0001)')
    .option('--template <nom>', 'courrier à générer (voir --list-templates)')
    .option('--language <fr|en>', 'langue du courrier', 'fr')
    .option(
      '--input <champ=valeur>',
      'valeur d’un champ que le DPO saisit (portability.format=…), répétable',
      (value: string, previous: string[]) => [...previous, value],
      [] as string[],
    )
    .option('--out <fichier.pdf>', 'fichier PDF à écrire')
    .option(
      '--eml <fichier.eml>',
      'brouillon de courriel à écrire, le PDF joint (réponse par courriel)',
    )
    .option(
      '--delivery <post|email>',
      'envoi par courrier postal ou par courriel (sinon : selon la demande)',
    )
    .option('--list-templates', 'liste les courriers disponibles')
    .action(async (options: LetterOptions) => {
      if (options.listTemplates === true) {
        io.out(
          `${letterKinds.map((kind) => `${kind.padEnd(20)} ${translate('fr', `letter.kind.${kind}`)}`).join('\n')}\n`,
        );
        return;
      }
      if (
        options.request === undefined ||
        options.template === undefined ||
        options.out === undefined
      ) {
        throw new AppError('VALIDATION', 'error.cli.letterOptions');
      }
      const kind = letterKinds.find((k) => k === options.template);
      if (kind === undefined) {
        throw new AppError('VALIDATION', 'error.cli.unknownTemplate', { name: options.template });
      }
      const language = letterLanguages.find((l) => l === options.language);
      if (language === undefined) throw new AppError('VALIDATION', 'error.cli.language');
      const inputs = parseInputs(options.input);
      const delivery = deliveryFrom(options);
      refuseUnwritable('--out', options.out);
      if (options.eml !== undefined) refuseUnwritable('--eml', options.eml);
      const file = databasePath(options.db);
      const [{ openContext }, { requestIdByReference }, { generateLetter }, { getAttachment }] =
        await Promise.all([
          import('../services/open'),
          import('../../db/requests'),
          import('../services/letters'),
          import('../../db/attachments'),
        ]);
      const opened = await openContext(file);
      try {
        const requestId = await requestIdByReference(opened.ctx.db, options.request);
        if (requestId === null)
          throw new AppError('NOT_FOUND', 'error.cli.requestNotFound', {
            reference: options.request,
            file,
          });
        const generated = await generateLetter(opened.ctx, {
          requestId,
          kind,
          language,
          inputs,
          ...(delivery === undefined ? {} : { delivery }),
        });
        const pdf = await getAttachment(opened.ctx.db, generated.letter.id);
        const eml =
          generated.email === null ? null : await getAttachment(opened.ctx.db, generated.email.id);
        if (pdf === null) throw new AppError('INTERNAL', 'error.cli.letterLost');
        writeFileSync(options.out, pdf.content);
        io.out(
          `Courrier écrit : ${options.out} (${String(generated.letter.size)} octets, SHA-256 ${generated.letter.sha256}) et conservé avec la demande ${options.request}.\n`,
        );
        if (eml !== null && generated.email !== null) {
          if (options.eml !== undefined) {
            writeFileSync(options.eml, eml.content);
            io.out(
              `Brouillon de courriel écrit : ${options.eml} (SHA-256 ${generated.email.sha256}), à ouvrir dans votre messagerie pour l’envoyer.\n`,
            );
          } else {
            io.out(
              `Réponse par courriel : le brouillon ${generated.email.fileName} est conservé avec la demande (--eml pour l’écrire aussi dans un fichier).\n`,
            );
          }
        }
      } finally {
        await opened.close();
      }
    });
}
