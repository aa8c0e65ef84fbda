import type { Command } from 'commander';
import { notificationDeadline } from '../../shared/breaches/clock';
import { explainClockStep, parisMoment } from '../../shared/breaches/explain';
import { instantFromParis } from '../../shared/breaches/parisTime';
import { AppError } from '../../shared/errors';
import { translate } from '../../shared/i18n';
import { toFieldIssues } from '../../shared/schemas/common';
import { breachDeadlineInputSchema } from '../../shared/schemas/breach';
import type { CliIo } from './cli';

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
    .action((options: { aware: string; electronicCommunications?: boolean; json?: boolean }) => {
      const parsed = breachDeadlineInputSchema.safeParse({
        aware: options.aware,
        regime: options.electronicCommunications === true ? 'electronicCommunications' : 'standard',
      });
      if (!parsed.success) {
        const [issue] = toFieldIssues(parsed.error);
        throw new AppError(
          'VALIDATION',
          `--aware : ${translate('fr', issue?.messageKey ?? 'validation.invalid')}`,
        );
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
    });
}
