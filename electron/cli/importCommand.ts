/**
 * `dpo-desk import register`: a register kept in a spreadsheet (the CNIL model, .xlsx, .ods or
 * .csv) shown as a dry run, then written once the preview is what the DPO expects. The readers
 * and the import are loaded when the command runs, not when the CLI starts.
 */
import type { Command } from 'commander';
import { translate } from '../../shared/i18n';
import { readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import type { ImportPreview, ImportProblem } from '../../shared/schemas/registerImport';
import type { Context } from '../services/context';
import type { CliIo } from './cli';

/** The mapping the DPO saved (`--mapping`), checked like any input. */
function readMappingWith<T>(file: string, parse: (json: unknown) => T): T {
  try {
    return parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch (error) {
    throw new AppError('VALIDATION', 'error.registerImport.badMapping', {
      file,
      detail: (error instanceof Error ? error.message : String(error)).slice(0, 200),
    });
  }
}

interface ShownColumn {
  header: string;
  column: string;
  field: string;
  proposed: boolean;
}

/** The mapping used, one line per column, as `--save-mapping` writes it. */
function mappingLines(mapping: ShownColumn[]): string[] {
  return mapping.map(
    (m) => `  colonne ${m.column} « ${m.header} » -> ${m.field}${m.proposed ? ' (proposé)' : ''}`,
  );
}

function writeMapping(file: string, mapping: ShownColumn[]): void {
  const columns = Object.fromEntries(mapping.map((m) => [m.header, m.field]));
  writeFileSync(file, `${JSON.stringify({ columns }, null, 2)}\n`, 'utf8');
}

/** Each activity as it would be stored: what the words were read as (issue 19, point 2). */
function understoodLines(
  fields: ImportPreview['items'][number]['fields'],
  understood: typeof import('../../shared/register/importUnderstood').understoodActivity,
): string[] {
  const t = (key: string, params?: Record<string, string | number>) => translate('fr', key, params);
  return understood(fields, t).flatMap((section) => [
    `      ${section.title} :`,
    ...section.lines.map((line) => `        - ${line}`),
  ]);
}

function previewLines(
  preview: ImportPreview,
  understood: typeof import('../../shared/register/importUnderstood').understoodActivity,
): string[] {
  const layout = preview.layout === 'cnil' ? 'modèle CNIL' : 'tableau d’une ligne par activité';
  return [
    `Aperçu de l’import (${preview.format}, ${layout}) : ${preview.file}`,
    ...mappingLines(preview.mapping),
    translate('fr', 'registerImport.summary', preview.counts),
    ...preview.items.flatMap((item) => {
      const change = translate('fr', `registerImport.change.${item.change}`);
      const target = item.reference === null ? '' : ` -> ${item.reference}`;
      const fields = item.changedFields.length === 0 ? '' : ` (${item.changedFields.join(', ')})`;
      const status = translate('fr', `enum.status.${item.fields.status}`).toLowerCase();
      return [
        `  ${change.padEnd(9)} « ${item.fields.name} »${target}, ${status}${fields} [feuille « ${item.sheet} »]`,
        ...understoodLines(item.fields, understood),
      ];
    }),
  ];
}

/** What one kind of spreadsheet import brings to the common flow, loaded when it runs. */
interface SpreadsheetImport<M, P, R> {
  parseMapping: (json: unknown) => M;
  preview: (ctx: Context, from: string, mapping: M | null) => Promise<P>;
  /** The preview's lines before its problems: the file, the mapping, the summary, each item. */
  lines: (preview: P) => string[];
  apply: (ctx: Context, from: string, sha256: string, mapping: M | null) => Promise<R>;
  /** « ajoutées, modifiées » or « ajoutés, modifiés », as the records are named. */
  written: (report: R) => string;
}

type Preview = { sha256: string; mapping: ShownColumn[]; problems: ImportProblem[] };
type Report = { backupPath: string };

/**
 * The flow every spreadsheet import shares: the preview (with `--mapping`, `--save-mapping`), then
 * with `--dry-run` nothing written, else the import of exactly the file previewed (its SHA-256),
 * after a checked backup, the file taken by `owner` for the time of the write.
 */
function spreadsheetImportCommand<M, P extends Preview, R extends Report>(
  command: Command,
  io: CliIo,
  databasePathFrom: (db: string | undefined) => string,
  dbOption: string,
  how: { owner: string; mappingHelp: string; load: () => Promise<SpreadsheetImport<M, P, R>> },
): Command {
  return command
    .option('--db <fichier>', dbOption)
    .requiredOption('--from <fichier>', 'tableur à lire : .xlsx, .ods ou .csv')
    .option('--mapping <fichier.json>', how.mappingHelp)
    .option('--save-mapping <fichier.json>', 'enregistre la correspondance utilisée, à réutiliser')
    .option('--dry-run', 'montre ce qui serait ajouté ou modifié, sans rien écrire')
    .action(
      async (options: {
        db?: string;
        from: string;
        mapping?: string;
        saveMapping?: string;
        dryRun?: boolean;
      }) => {
        const [steps, { importProblemText }, { openContext }] = await Promise.all([
          how.load(),
          import('../../shared/register/importText'),
          import('../services/open'),
        ]);
        const mapping =
          options.mapping === undefined
            ? null
            : readMappingWith(options.mapping, steps.parseMapping);
        const file = databasePathFrom(options.db);
        const dryRun = options.dryRun === true;
        // Writing takes the file for the time of the import; a dry run only reads it.
        const opened = await openContext(file, dryRun ? {} : { owner: how.owner });
        try {
          const preview = await steps.preview(opened.ctx, options.from, mapping);
          if (options.saveMapping !== undefined) writeMapping(options.saveMapping, preview.mapping);
          const lines = [
            ...steps.lines(preview),
            ...preview.problems.map((problem) => importProblemText('fr', problem)),
          ];
          if (dryRun) {
            lines.push('Essai à blanc : rien n’a été écrit.');
          } else {
            const report = await steps.apply(opened.ctx, options.from, preview.sha256, mapping);
            lines.push(
              `Import écrit dans ${file} : ${steps.written(report)}.`,
              `Sauvegarde vérifiée avant l’import : ${report.backupPath}`,
            );
          }
          io.out(`${lines.join('\n')}\n`);
        } finally {
          await opened.close();
        }
      },
    );
}

const counted = (report: { created: number; updated: number }, added: string, changed: string) =>
  `${String(report.created)} ${added}, ${String(report.updated)} ${changed}`;

export function importRegisterCommand(
  command: Command,
  io: CliIo,
  databasePathFrom: (db: string | undefined) => string,
  dbOption: string,
): Command {
  return spreadsheetImportCommand(command, io, databasePathFrom, dbOption, {
    owner: 'dpo-desk import register',
    mappingHelp:
      'correspondance des colonnes d’un tableau (en-tête -> champ), enregistrée par --save-mapping',
    load: async () => {
      const [
        { previewRegisterImport, applyRegisterImport },
        { flatMappingSchema },
        { understoodActivity },
      ] = await Promise.all([
        import('../services/registerImport'),
        import('../../shared/schemas/registerImport'),
        import('../../shared/register/importUnderstood'),
      ]);
      return {
        parseMapping: (json) => flatMappingSchema.parse(json),
        preview: previewRegisterImport,
        lines: (preview) => previewLines(preview, understoodActivity),
        apply: applyRegisterImport,
        written: (report) => counted(report, 'ajoutées', 'modifiées'),
      };
    },
  });
}

/** `dpo-desk import processors`: a processors list kept in a spreadsheet, after its preview. */
export function importProcessorsCommand(
  command: Command,
  io: CliIo,
  databasePathFrom: (db: string | undefined) => string,
  dbOption: string,
): Command {
  return spreadsheetImportCommand(command, io, databasePathFrom, dbOption, {
    owner: 'dpo-desk import processors',
    mappingHelp: 'correspondance des colonnes (en-tête -> champ), enregistrée par --save-mapping',
    load: async () => {
      const [{ previewProcessorImport, applyProcessorImport }, { processorMappingSchema }] =
        await Promise.all([
          import('../services/processorImport'),
          import('../../shared/schemas/processorImport'),
        ]);
      return {
        parseMapping: (json) => processorMappingSchema.parse(json),
        preview: previewProcessorImport,
        lines: (preview) => [
          `Aperçu de l’import des sous-traitants : ${preview.file}`,
          ...mappingLines(preview.mapping),
          translate('fr', 'processorImport.summary', preview.counts),
          ...preview.items.map(
            (item) =>
              `  ${translate('fr', `processorImport.change.${item.change}`).padEnd(9)} « ${item.fields.name} » [ligne ${String(item.row)}]`,
          ),
        ],
        apply: applyProcessorImport,
        written: (report) => counted(report, 'ajoutés', 'modifiés'),
      };
    },
  });
}

/**
 * `dpo-desk import requests`: a requests log kept in a spreadsheet, after its preview; each
 * request's due date is the deadline engine's, as for a request typed in the app.
 */
export function importRequestsCommand(
  command: Command,
  io: CliIo,
  databasePathFrom: (db: string | undefined) => string,
  dbOption: string,
): Command {
  return spreadsheetImportCommand(command, io, databasePathFrom, dbOption, {
    owner: 'dpo-desk import requests',
    mappingHelp: 'correspondance des colonnes (en-tête -> champ), enregistrée par --save-mapping',
    load: async () => {
      const [
        { previewRequestImport, applyRequestImport },
        { requestMappingSchema },
        { formatCalendarDate: formatDate },
      ] = await Promise.all([
        import('../services/requestImport'),
        import('../../shared/schemas/requestImport'),
        import('../../shared/dates'),
      ]);
      return {
        parseMapping: (json) => requestMappingSchema.parse(json),
        preview: previewRequestImport,
        lines: (preview) => [
          `Aperçu de l’import des demandes : ${preview.file}`,
          ...mappingLines(preview.mapping),
          translate('fr', 'requestImport.summary', preview.counts),
          ...preview.items.map((item) => {
            const change = translate('fr', `registerImport.change.${item.change}`);
            const target = item.reference === null ? '' : ` -> ${item.reference}`;
            const status = translate('fr', `enum.requestStatus.${item.fields.status}`);
            const assumed = item.outcomeAssumed
              ? ` (${translate('fr', 'requestImport.outcomeAssumed')})`
              : '';
            return `  ${change.padEnd(9)} « ${item.fields.requesterName} »${target}, reçue le ${formatDate(item.fields.receivedOn)}, ${status.toLowerCase()}${assumed}, échéance ${formatDate(item.dueOn)} [ligne ${String(item.row)}]`;
          }),
        ],
        apply: applyRequestImport,
        written: (report) => counted(report, 'ajoutées', 'modifiées'),
      };
    },
  });
}
