import type { Command } from 'commander';
import { AppError } from '../../shared/errors';
import { isMessageKey, translate } from '../../shared/i18n';
import type { CliIo } from './cli';

// The schemas (zod), the Paris clock (its Intl formatter) and the database load inside the
// commands: see cli.ts.

/**
 * `dpo-desk breach-deadline --aware 2026-03-27T14:25`: when the CNIL must be notified, counted as
 * Regulation 1182/71 counts hours, with each step said.
 */
export function breachDeadlineCommand(command: Command, io: CliIo): void {
  command
    .requiredOption(
      '--aware <AAAA-MM-JJTHH:MM>',
      'date et heure (de Paris) où l’organisme a eu connaissance de la violation',
    )
    .option(
      '--electronic-communications',
      'fournisseur de services de communications électroniques : 24 heures (règlement 611/2013)',
    )
    .option('--json', 'sortie JSON : { aware, start, due, hours, steps }')
    .action(
      async (options: { aware: string; electronicCommunications?: boolean; json?: boolean }) => {
        const [
          { breachDeadlineInputSchema },
          { toFieldIssues },
          { notificationDeadline },
          { explainClockStep, parisMoment },
          { instantFromParis },
        ] = await Promise.all([
          import('../../shared/schemas/breach'),
          import('../../shared/schemas/common'),
          import('../../shared/breaches/clock'),
          import('../../shared/breaches/explain'),
          import('../../shared/breaches/parisTime'),
        ]);
        const parsed = breachDeadlineInputSchema.safeParse({
          aware: options.aware,
          regime:
            options.electronicCommunications === true ? 'electronicCommunications' : 'standard',
        });
        if (!parsed.success) {
          const [issue] = toFieldIssues(parsed.error);
          const reason = issue?.messageKey;
          throw new AppError('VALIDATION', 'error.cli.option', { option: '--aware' }, undefined, {
            reason: [
              { key: reason !== undefined && isMessageKey(reason) ? reason : 'validation.invalid' },
            ],
          });
        }
        const deadline = notificationDeadline(
          instantFromParis(parsed.data.aware),
          parsed.data.regime,
        );
        const lines = deadline.steps.map((step) => explainClockStep(step, 'fr'));
        if (options.json === true) {
          const steps = deadline.steps.map((step, index) => ({ ...step, text: lines[index] }));
          io.out(`${JSON.stringify({ ...deadline, steps }, null, 2)}\n`);
          return;
        }
        io.out(
          `${translate('fr', 'cli.breachDue', { due: parisMoment(deadline.due, 'fr') })} (${deadline.due})\n${lines.map((line) => `  - ${line}`).join('\n')}\n`,
        );
      },
    );
}

/**
 * `dpo-desk breaches`: the breach register as the CNIL asks for it in an inspection, one line per
 * breach (reference, where it stands, the notification deadline in Paris time, its title).
 */
export function breachesCommand(
  command: Command,
  io: CliIo,
  databasePath: (db: string | undefined) => string,
  dbOption: string,
): void {
  command
    .option('--db <fichier>', dbOption)
    .option('--open', 'seulement les violations non clôturées')
    .option('--json', 'sortie JSON')
    .action(async (options: { db?: string; open?: boolean; json?: boolean }) => {
      const [{ openContext }, { listBreaches }, { parisMoment }] = await Promise.all([
        import('../services/open'),
        import('../services/breaches'),
        import('../../shared/breaches/explain'),
      ]);
      const opened = await openContext(databasePath(options.db));
      try {
        const breaches = (await listBreaches(opened.ctx)).filter(
          (breach) => options.open !== true || breach.isOpen,
        );
        if (options.json === true) {
          io.out(`${JSON.stringify(breaches, null, 2)}\n`);
          return;
        }
        if (breaches.length === 0) {
          io.out(`${translate('fr', 'cli.noBreach')}\n`);
          return;
        }
        for (const breach of breaches) {
          io.out(
            `${breach.reference}  ${translate('fr', `enum.breachState.${breach.state}`)}  ${translate('fr', 'cli.breachDueShort', { due: parisMoment(breach.due, 'fr') })}  ${breach.title}\n`,
          );
        }
      } finally {
        await opened.close();
      }
    });
}
