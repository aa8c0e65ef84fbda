/**
 * How the import understood an activity's words, as the preview shows it (issue 19, point 2):
 * each purpose with its legal basis, each data category as the register's word beside the text
 * kept, its retention read as a duration and start event or kept as criteria, the recipients
 * and the transfers with their safeguard. The Documents page and the command line's dry run
 * print the same lines.
 */
import { fromEventText, periodText } from '../retention/periods';
import type { ActivityFields, Retention } from '../schemas/activity';
import { securityHeadings } from './vocabulary';

type Translate = (key: string, params?: Record<string, string | number>) => string;

export interface UnderstoodSection {
  /** `registerImport.understood.<key>` names it. */
  key:
    | 'purposes'
    | 'categories'
    | 'subjects'
    | 'sensitive'
    | 'recipients'
    | 'transfers'
    | 'security'
    | 'notes';
  title: string;
  lines: string[];
}

function retentionLine(retention: Retention, t: Translate): string {
  if (retention.mode === 'duration' && retention.duration !== null) {
    const period = periodText({ value: retention.duration, unit: retention.unit }, t);
    const from = retention.startEvent === '' ? '' : ` ${fromEventText(retention.startEvent, t)}`;
    return t('registerImport.understood.retention', { period: `${period}${from}` });
  }
  if (retention.mode === 'criteria')
    return t('registerImport.understood.retentionCriteria', { text: retention.criteria });
  return t('registerImport.understood.retentionNone');
}

export function understoodActivity(fields: ActivityFields, t: Translate): UnderstoodSection[] {
  const sections: UnderstoodSection[] = [
    {
      key: 'purposes',
      title: '',
      lines: fields.purposes.map((p) =>
        t('registerImport.understood.purpose', {
          text: p.description,
          basis:
            p.legalBasis === null
              ? t('registerImport.understood.noBasis')
              : t(`enum.legalBasis.${p.legalBasis}`),
        }),
      ),
    },
    {
      key: 'categories',
      title: '',
      lines: fields.dataCategories.map((c) =>
        t('registerImport.understood.category', {
          kind: t(`enum.dataCategory.${c.kind}`),
          text: c.description === '' ? '—' : c.description,
          retention: retentionLine(c.retention, t),
        }),
      ),
    },
    { key: 'subjects', title: '', lines: [...fields.dataSubjects] },
    {
      key: 'sensitive',
      title: '',
      lines: [
        ...fields.sensitiveData.map((k) => t(`enum.sensitive.${k}`)),
        ...(fields.criminalData
          ? [
              `${t('describe.criminal')}${fields.criminalDataDetails === '' ? '' : ` : ${fields.criminalDataDetails}`}`,
            ]
          : []),
        ...(fields.nir
          ? [`${t('describe.nir')}${fields.nirDetails === '' ? '' : ` : ${fields.nirDetails}`}`]
          : []),
      ],
    },
    {
      key: 'recipients',
      title: '',
      lines: fields.recipients.map(
        (r) => `${r.name} (${t(`enum.recipient.${r.kind}`).toLowerCase()})`,
      ),
    },
    {
      key: 'transfers',
      title: '',
      lines: fields.transfers.map((tr) =>
        t('registerImport.understood.transfer', {
          recipient: tr.recipient,
          country: tr.country === '' ? '—' : tr.country,
          safeguard:
            tr.safeguard === null
              ? t('registerImport.understood.noSafeguard')
              : t(`enum.safeguard.${tr.safeguard}`),
          documentation:
            tr.documentation === '' ? '' : ` (${tr.documentation.replace(/\n/g, ' ; ')})`,
        }),
      ),
    },
    {
      key: 'security',
      title: '',
      lines: securityHeadings
        .filter((h) => fields.security[h].applied)
        .map((h) => {
          const text = fields.security[h].description;
          return `${t(`enum.security.${h}`)}${text === '' ? '' : ` : ${text}`}`;
        }),
    },
    { key: 'notes', title: '', lines: fields.notes === '' ? [] : fields.notes.split('\n') },
  ];
  // One line per item: a text typed on several lines reads as one.
  return sections
    .filter((s) => s.lines.length > 0)
    .map((s) => ({
      ...s,
      title: t(`registerImport.understood.${s.key}`),
      lines: s.lines.map((line) => line.replace(/\s*\n\s*/g, ' ; ')),
    }));
}
