import type { TimeLeft } from '../../../../shared/breaches/clock';
import { useI18n } from '../../i18n';
import { timeLeftText } from '../../../../shared/breaches/display';

/** The time left to notify, coloured: green, amber under 24 h, red under 6 h, then late. */
export function ClockBadge({ left }: { left: TimeLeft }) {
  const { t } = useI18n();
  return <span className={`badge clock-${left.level}`}>{timeLeftText(left, t)}</span>;
}
