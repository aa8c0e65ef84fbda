import { closeSync, existsSync, openSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename } from 'node:path';
import { Command, CommanderError } from 'commander';
import type { MigrationReport } from '../../db/connection';
import { AppError } from '../../shared/errors';
import { isMessageKey, translate } from '../../shared/i18n';
import { defaultUserDataDir, resolveDatabasePath } from '../services/paths';
import { storageError } from '../services/storageError';
import { appVersion } from '../services/version';
import { breachDeadlineCommand, breachesCommand } from './breachCommands';
import { letterCommand } from './letterCommand';
import { noticeCommand } from './noticeCommand';
import {
  importProcessorsCommand,
  importRegisterCommand,
  importRequestsCommand,
} from './importCommand';

// Everything else (the database, zod schemas, exceljs, pdfkit) is imported by the command that
// needs it: `dpo-desk --version` or `dpo-desk due` should not wait for the Excel writer to load.

/** The CLI option that carries an input field, for error messages. */
function cliOptionOf(path: string): string {
  const options: Record<string, string> = {
    received: '--received',
    months: '--months',
    suspendedDays: '--suspended-days',
  };
  return options[path] ?? path;
}
export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: Record<string, string | undefined>;
}

const defaultIo: CliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  env: process.env,
};

function databasePathFrom(db: string | undefined, io: CliIo): string {
  return resolveDatabasePath(
    db !== undefined ? ['--db', db] : [],
    io.env,
    defaultUserDataDir(process.platform, io.env, homedir()),
  );
}

export function describeMigration(file: string, report: MigrationReport): string[] {
  const lines: string[] = [];
  if (report.created) {
    lines.push(`Base créée : ${file}`);
  } else if (report.applied.length === 0) {
    lines.push(`Base déjà à jour : ${file}`);
  } else {
    lines.push(
      `Base mise à jour : ${file} (schéma ${String(report.fromVersion)} -> ${String(report.toVersion)})`,
    );
  }
  if (report.backupPath !== null) {
    lines.push(`Copie de sécurité vérifiée avant la mise à jour : ${report.backupPath}`);
  }
  for (const name of report.applied) lines.push(`  migration appliquée : ${name}`);
  lines.push(`Version du schéma : ${String(report.toVersion)}`);
  return lines;
}

/** French messages for commander's own errors, so every error is one clear line. */
function commanderMessage(error: CommanderError): string {
  const detail = error.message.replace(/^error: /, '');
  switch (error.code) {
    case 'commander.unknownOption':
      return `option inconnue (${detail}). Voir « dpo-desk --help ».`;
    case 'commander.unknownCommand':
      return `commande inconnue (${detail}). Voir « dpo-desk --help ».`;
    case 'commander.optionMissingArgument':
    case 'commander.missingMandatoryOptionValue':
    case 'commander.missingArgument':
      return `valeur ou option obligatoire manquante (${detail}).`;
    case 'commander.excessArguments':
      return `arguments en trop (${detail}).`;
    default:
      return detail;
  }
}

function buildProgram(io: CliIo): Command {
  const program = new Command('dpo-desk')
    .description(
      'DPO Desk en ligne de commande : les mêmes services que l’application, pour les tâches scriptées et planifiées.',
    )
    .version(appVersion, '-v, --version', 'affiche la version')
    .helpOption('-h, --help', 'affiche l’aide')
    .helpCommand('help [commande]', 'affiche l’aide d’une commande')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined })
    .showSuggestionAfterError(false);

  const dbOption =
    'fichier de base de données (sinon DPO_DESK_DB, sinon le dossier de l’application)';
  const sub = (parent: Command, name: string, description: string) =>
    parent
      .command(name)
      .description(description)
      .helpOption('-h, --help', 'affiche l’aide')
      .exitOverride()
      .configureOutput({ writeOut: io.out, writeErr: () => undefined });

  sub(
    program,
    'init',
    'crée la base si elle n’existe pas, ou la met à jour, et dit ce qui a été fait',
  )
    .option('--db <fichier>', dbOption)
    .option('--example', 'charge l’organisation et le registre d’exemple (base vide seulement)')
    .action(async (options: { db?: string; example?: boolean }) => {
      const file = databasePathFrom(options.db, io);
      const { openContext } = await import('../services/open');
      const opened = await openContext(file);
      try {
        const lines = describeMigration(file, opened.report);
        if (options.example === true) {
          const { loadExample } = await import('../services/example');
          const loaded = await loadExample(opened.ctx);
          lines.push(
            `Exemple chargé : ${String(loaded.activities)} activités, ${String(loaded.processors)} sous-traitants et destinataires, ${String(loaded.requests)} demandes, ${String(loaded.clients)} clients.`,
          );
        }
        io.out(`${lines.join('\n')}\n`);
      } finally {
        await opened.close();
      }
    });

  sub(
    program,
    'deadline',
    'calcule la date limite de réponse à une demande (RGPD art. 12.3, règlement 1182/71)',
  )
    .requiredOption('--received <AAAA-MM-JJ>', 'date de réception de la demande')
    .option('--months <n>', 'durée en mois : 1, ou 3 avec la prolongation', '1')
    .option('--suspended-days <n>', 'jours de suspension (attente du justificatif d’identité)', '0')
    .option('--alsace', 'calendrier d’Alsace-Moselle (Vendredi saint, 26 décembre)')
    .option('--json', 'sortie JSON : { due, unadjusted, steps, … }')
    .action(
      async (options: {
        received: string;
        months: string;
        suspendedDays: string;
        alsace?: boolean;
        json?: boolean;
      }) => {
        const [{ deadlineInputSchema }, { toFieldIssues }, { computeDeadline }, explain] =
          await Promise.all([
            import('../../shared/schemas/request'),
            import('../../shared/schemas/common'),
            import('../../shared/rights/deadline'),
            import('../../shared/rights/explain'),
          ]);
        const parsed = deadlineInputSchema.safeParse({
          received: options.received,
          months: Number(options.months),
          suspendedDays: Number(options.suspendedDays),
          alsaceMoselle: options.alsace === true,
        });
        if (!parsed.success) {
          const [issue] = toFieldIssues(parsed.error);
          const reason = issue?.messageKey;
          throw new AppError(
            'VALIDATION',
            'error.cli.option',
            { option: cliOptionOf(issue?.path ?? '') },
            undefined,
            {
              reason: [
                {
                  key: reason !== undefined && isMessageKey(reason) ? reason : 'validation.invalid',
                },
              ],
            },
          );
        }
        const deadline = computeDeadline(parsed.data);
        const lines = explain.explainDeadline(deadline, 'fr');
        if (options.json === true) {
          io.out(
            `${JSON.stringify(
              {
                ...parsed.data,
                due: deadline.due,
                unadjusted: deadline.unadjusted,
                steps: deadline.steps.map((step, index) => ({ ...step, text: lines[index] })),
              },
              null,
              2,
            )}\n`,
          );
        } else {
          io.out(
            `Échéance : ${explain.longDate(deadline.due, 'fr')} (${deadline.due})\n${lines.map((line) => `  - ${line}`).join('\n')}\n`,
          );
        }
      },
    );

  breachDeadlineCommand(
    sub(
      program,
      'breach-deadline',
      'calcule l’échéance de notification d’une violation à la CNIL (RGPD art. 33, 72 heures)',
    ),
    io,
  );

  breachesCommand(
    sub(program, 'breaches', 'liste le registre des violations (RGPD art. 33, § 5)'),
    io,
    (db) => databasePathFrom(db, io),
    dbOption,
  );

  sub(program, 'due', 'liste tout ce qui est dû : en retard, puis dans les jours qui viennent')
    .option('--db <fichier>', dbOption)
    .option('--within <jours>', 'horizon en jours', '7')
    .option('--json', 'sortie JSON')
    .action(async (options: { db?: string; within: string; json?: boolean }) => {
      const within = Number(options.within);
      if (!Number.isInteger(within) || within < 0 || within > 366) {
        throw new AppError('VALIDATION', 'error.cli.within');
      }
      const file = databasePathFrom(options.db, io);
      const [{ openContext }, { calendarItems }, { todayOf }, { addDays }, { daysBetween }] =
        await Promise.all([
          import('../services/open'),
          import('../services/calendar'),
          import('../services/requests'),
          import('../../shared/dates'),
          import('../../shared/rights/deadline'),
        ]);
      const opened = await openContext(file);
      try {
        const today = todayOf(opened.ctx);
        const items = await calendarItems(opened.ctx, { to: addDays(today, within) });
        if (options.json === true) {
          io.out(`${JSON.stringify({ today, within, items }, null, 2)}\n`);
          return;
        }
        if (items.length === 0) {
          io.out(`Rien à traiter dans les ${String(within)} jours.\n`);
          return;
        }
        const lines = items.map((item) => {
          const left = daysBetween(today, item.date);
          const when =
            left < 0
              ? `EN RETARD de ${String(-left)} j`
              : left === 0
                ? 'dû aujourd’hui'
                : `dans ${String(left)} j`;
          return `${item.date}  ${when.padEnd(18)}  ${item.title}`;
        });
        io.out(
          `${translate('fr', 'cli.dueCount', { count: items.length })}\n${lines.join('\n')}\n`,
        );
      } finally {
        await opened.close();
      }
    });

  sub(program, 'calendar', 'exporte le calendrier des échéances au format iCalendar (.ics)')
    .option('--db <fichier>', dbOption)
    .requiredOption('--out <fichier.ics>', 'fichier .ics à écrire')
    .option('--days <n>', 'horizon en jours', '365')
    .action(async (options: { db?: string; out: string; days: string }) => {
      const days = Number(options.days);
      if (!Number.isInteger(days) || days < 1 || days > 3660) {
        throw new AppError('VALIDATION', 'error.cli.days');
      }
      const file = databasePathFrom(options.db, io);
      const [{ openContext }, { calendarIcs }] = await Promise.all([
        import('../services/open'),
        import('../services/calendar'),
      ]);
      const opened = await openContext(file);
      try {
        const text = await calendarIcs(opened.ctx, days);
        writeFileSync(options.out, text, 'utf8');
        const count = text.split('BEGIN:VEVENT').length - 1;
        io.out(`${translate('fr', 'cli.calendarWritten', { file: options.out, count })}\n`);
      } finally {
        await opened.close();
      }
    });

  letterCommand(
    sub(
      program,
      'letter',
      'génère un courrier PDF (et son brouillon de courriel) pour une demande',
    ),
    io,
    (db) => databasePathFrom(db, io),
    dbOption,
  );

  noticeCommand(
    sub(
      program,
      'notice',
      'génère la politique de protection des données depuis le registre (HTML, PDF ou .docx)',
    ),
    io,
    (db) => databasePathFrom(db, io),
    dbOption,
  );

  const exportCommand = sub(
    program,
    'export',
    'exporte la base (« export json ») ou le registre (« export xlsx », « export pdf »)',
  );
  sub(exportCommand, 'json', 'écrit toute la base dans un fichier JSON versionné')
    .option('--db <fichier>', dbOption)
    .requiredOption('--out <fichier>', 'fichier JSON à écrire')
    .action(async (options: { db?: string; out: string }) => {
      const file = databasePathFrom(options.db, io);
      const [{ openContext }, { exportJsonFile }] = await Promise.all([
        import('../services/open'),
        import('../services/transfer'),
      ]);
      const opened = await openContext(file);
      try {
        const bytes = await exportJsonFile(opened.ctx, options.out);
        io.out(`Export JSON écrit : ${options.out} (${String(bytes)} octets)\n`);
      } finally {
        await opened.close();
      }
    });

  const registerExport = async (
    kind: 'xlsx' | 'pdf',
    options: { db?: string; out: string; quarter?: string; withNames?: boolean },
  ) => {
    const [{ exportRequestSchema }, { openContext }, { exportRegisterToFile }] = await Promise.all([
      import('../../shared/schemas/documents'),
      import('../services/open'),
      import('../services/documents'),
    ]);
    const parsed = exportRequestSchema.safeParse({
      kind,
      quarter: options.quarter,
      includeRequesterNames: options.withNames === true,
    });
    if (!parsed.success) throw new AppError('VALIDATION', 'error.cli.quarter');
    const file = databasePathFrom(options.db, io);
    const opened = await openContext(file);
    try {
      // Written beside then renamed: a reader never sees half a file.
      const partial = `${options.out}.partiel`;
      // A percentage on a terminal only: scripts and logs get the result line alone.
      const onTerminal = io === defaultIo && process.stderr.isTTY;
      const record = await exportRegisterToFile(opened.ctx, parsed.data, partial, (done, total) => {
        if (onTerminal) io.err(`\r${String(Math.round((done / Math.max(total, 1)) * 100))} %`);
      });
      renameSync(partial, options.out);
      if (onTerminal) io.err('\n');
      io.out(
        `Registre écrit : ${options.out} (${record.quarter}, ${String(record.size)} octets, SHA-256 ${record.sha256}) ; export conservé comme preuve.\n`,
      );
    } finally {
      await opened.close();
    }
  };
  const cnilExport = async (options: { db?: string; out: string; layout?: string }) => {
    if (options.layout !== 'cnil') {
      throw new AppError('VALIDATION', 'error.cli.layout', { layout: options.layout ?? '' });
    }
    const [{ exportCnilRegister }, { openContext }] = await Promise.all([
      import('../services/cnilExport'),
      import('../services/open'),
    ]);
    const opened = await openContext(databasePathFrom(options.db, io));
    try {
      // Written beside then renamed: a reader never sees half a file.
      const partial = `${options.out}.partiel`;
      const written = await exportCnilRegister(opened.ctx, partial, basename(options.out));
      renameSync(partial, options.out);
      const archived =
        written.archived === 0 ? '' : `, ${String(written.archived)} archivées en annexe`;
      io.out(
        `Registre écrit au format du modèle CNIL : ${options.out} (${String(written.activities)} fiches${archived}, ${String(statSync(options.out).size)} octets, SHA-256 ${written.record.sha256}) ; export conservé comme preuve.\n`,
      );
    } finally {
      await opened.close();
    }
  };
  sub(
    exportCommand,
    'xlsx',
    'écrit le registre en classeur Excel (organisation, registre, sous-traitance, sous-traitants, transferts, conservation, demandes, violations, échéances)',
  )
    .option('--db <fichier>', dbOption)
    .requiredOption('--out <fichier.xlsx>', 'classeur à écrire')
    .option('--quarter <AAAA-Tn>', 'trimestre de l’export (par défaut le trimestre en cours)')
    .option('--with-names', 'nomme les demandeurs dans le journal des demandes')
    .option(
      '--layout <disposition>',
      '« cnil » : la liste des traitements puis une fiche par activité, comme le modèle de la CNIL (relu par « import register »)',
    )
    .action(
      (options: {
        db?: string;
        out: string;
        quarter?: string;
        withNames?: boolean;
        layout?: string;
      }) => (options.layout === undefined ? registerExport('xlsx', options) : cnilExport(options)),
    );
  sub(exportCommand, 'pdf', 'écrit le registre en PDF imprimable')
    .option('--db <fichier>', dbOption)
    .requiredOption('--out <fichier.pdf>', 'PDF à écrire')
    .action((options: { db?: string; out: string }) => registerExport('pdf', options));

  const importCommand = sub(
    program,
    'import',
    'importe dans la base (voir « import json » et « import register »)',
  );
  importRegisterCommand(
    sub(
      importCommand,
      'register',
      'importe un registre tenu dans un tableur (modèle CNIL, .xlsx, .ods ou .csv), après un aperçu',
    ),
    io,
    (db) => databasePathFrom(db, io),
    dbOption,
  );
  importProcessorsCommand(
    sub(
      importCommand,
      'processors',
      'importe une liste de sous-traitants tenue dans un tableur (.xlsx, .ods ou .csv), après un aperçu',
    ),
    io,
    (db) => databasePathFrom(db, io),
    dbOption,
  );
  importRequestsCommand(
    sub(
      importCommand,
      'requests',
      'importe un journal des demandes de droits tenu dans un tableur (.xlsx, .ods ou .csv), après un aperçu',
    ),
    io,
    (db) => databasePathFrom(db, io),
    dbOption,
  );
  sub(
    importCommand,
    'json',
    'importe un export JSON dans une base vide (ou la remplace avec --replace)',
  )
    .option('--db <fichier>', dbOption)
    .requiredOption('--in <fichier>', 'fichier JSON à lire')
    .option('--replace', 'remplace une base non vide, après une sauvegarde vérifiée')
    .action(async (options: { db?: string; in: string; replace?: boolean }) => {
      try {
        // Read as it is imported: only whether it can be read is known before.
        if (!statSync(options.in).isFile()) {
          throw new Error('EISDIR: illegal operation on a directory, read');
        }
        closeSync(openSync(options.in, 'r'));
      } catch (error) {
        throw new AppError('NOT_FOUND', 'error.cli.unreadableFile', {
          file: options.in,
          detail: (error as Error).message,
        });
      }
      const file = databasePathFrom(options.db, io);
      const [{ openContext }, { importJsonFileInThread }] = await Promise.all([
        import('../services/open'),
        import('../services/importThread'),
      ]);
      // An import rewrites the file: refused while the app or the host has it open. The lock
      // (and the migration) stay here; the import runs on its own connection in a worker.
      const opened = await openContext(file, { owner: 'dpo-desk import json' });
      try {
        // A percentage on a terminal only: scripts and logs get the result lines alone. The file
        // read, the search index is still to build: 99 % until the import has ended.
        const onTerminal = io === defaultIo && process.stderr.isTTY;
        const report = await importJsonFileInThread(
          { database: file, file: options.in, replace: options.replace === true },
          (done, total) => {
            const percent = Math.min(99, Math.floor((done / Math.max(total, 1)) * 100));
            if (onTerminal) io.err(`\r${String(percent)} %`);
          },
        );
        if (onTerminal) io.err('\n');
        const lines = [
          `Import terminé dans ${file} : ${String(report.activities)} activités, ${String(report.processors)} sous-traitants et destinataires, ${String(report.requests)} demandes, ${String(report.clients)} clients.`,
        ];
        if (report.backupPath !== null)
          lines.push(`Sauvegarde vérifiée avant remplacement : ${report.backupPath}`);
        if (report.erasedRequests > 0) {
          lines.push(translate('fr', 'cli.replacedRequests', { count: report.erasedRequests }));
        }
        if (!report.erasureComplete) {
          lines.push(
            'Effacement pas encore complet : une lecture en cours retient d’anciennes pages ; DPO Desk le terminera à la prochaine ouverture.',
          );
        }
        io.out(`${lines.join('\n')}\n`);
      } finally {
        await opened.close();
      }
    });

  sub(
    program,
    'backup',
    'sauvegarde la base (copie cohérente vérifiée) dans le dossier backups à côté d’elle, ou dans --out',
  )
    .option('--db <fichier>', dbOption)
    .option(
      '--out <fichier>',
      'fichier de sauvegarde à écrire (sinon le dossier backups, avec rotation)',
    )
    .action(async (options: { db?: string; out?: string }) => {
      const file = databasePathFrom(options.db, io);
      const [{ openContext }, { backupDatabase }, { takeBackup }] = await Promise.all([
        import('../services/open'),
        import('../../db/connection'),
        import('../services/backups'),
      ]);
      const opened = await openContext(file);
      try {
        if (options.out !== undefined) {
          await backupDatabase(opened.ctx.db, options.out);
          io.out(
            `Sauvegarde vérifiée : ${options.out} (${String(statSync(options.out).size)} octets)\n`,
          );
        } else {
          const backup = await takeBackup(opened.ctx, 'manual');
          io.out(`Sauvegarde vérifiée : ${backup.path} (${String(backup.size)} octets)\n`);
        }
      } finally {
        await opened.close();
      }
    });

  sub(
    program,
    'restore',
    'remplace la base par une sauvegarde, après avoir sauvegardé la base actuelle (pour pouvoir revenir en arrière)',
  )
    .option('--db <fichier>', dbOption)
    .requiredOption('--from <sauvegarde>', 'fichier de sauvegarde à restaurer')
    .action(async (options: { db?: string; from: string }) => {
      if (!existsSync(options.from)) {
        throw new AppError('NOT_FOUND', 'error.cli.backupNotFound', { path: options.from });
      }
      const file = databasePathFrom(options.db, io);
      const [{ openContext }, { restoreBackup }] = await Promise.all([
        import('../services/open'),
        import('../services/backups'),
      ]);
      // A restore replaces the file: refused while the app or the host has it open.
      const opened = await openContext(file, { owner: 'dpo-desk restore' });
      try {
        const report = await restoreBackup(opened.ctx, { path: options.from });
        io.out(
          `Base restaurée depuis ${report.restoredFrom}.\nLa base d’avant est gardée : ${report.safetyCopy.path}\n`,
        );
      } finally {
        await opened.close();
      }
    });

  return program;
}

/** Runs the command line; returns the exit code instead of exiting, for tests. */
export async function runCli(argv: readonly string[], io: CliIo = defaultIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      ) {
        return 0;
      }
      io.err(`dpo-desk : ${commanderMessage(error)}\n`);
      return 2;
    }
    const storage = storageError(error);
    const message =
      storage !== null
        ? storage.message
        : error instanceof AppError || error instanceof Error
          ? error.message
          : String(error);
    io.err(`dpo-desk : ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}
