import { homedir } from 'node:os';
import { Command, CommanderError } from 'commander';
import { AppError } from '../../shared/errors';
import { openContext } from '../services/open';
import { defaultUserDataDir, resolveDatabasePath } from '../services/paths';
import { appVersion } from '../services/version';
import type { MigrationReport } from '../../db/connection';

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
      return `valeur manquante (${detail}).`;
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

  program
    .command('init')
    .description('crée la base si elle n’existe pas, ou la met à jour, et dit ce qui a été fait')
    .option(
      '--db <fichier>',
      'fichier de base de données (sinon DPO_DESK_DB, sinon le dossier de l’application)',
    )
    .helpOption('-h, --help', 'affiche l’aide')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: () => undefined })
    .action(async (options: { db?: string }) => {
      const file = databasePathFrom(options.db, io);
      const opened = await openContext(file);
      await opened.close();
      io.out(`${describeMigration(file, opened.report).join('\n')}\n`);
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
    const message =
      error instanceof AppError || error instanceof Error ? error.message : String(error);
    io.err(`dpo-desk : ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return 1;
  }
}
