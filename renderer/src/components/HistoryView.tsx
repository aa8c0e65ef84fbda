import { dpo } from '../api';
import { useEffect, useState } from 'react';
import type { FieldChange } from '../../../shared/diff';
import type { HistoryEntry } from '../../../shared/history';
import { isMessageKey } from '../../../shared/i18n';
import { formatInstant, useI18n } from '../i18n';

/** "purposes.1.legalBasis" -> "Finalités › 2 › Base légale". */
function fieldLabel(path: string, prefix: string, t: (key: string) => string): string {
  return path
    .split('.')
    .map((part) => {
      if (/^\d+$/.test(part)) return String(Number(part) + 1);
      const key = `field.${prefix}.${part}`;
      if (isMessageKey(key)) return t(key);
      const heading = `enum.security.${part}`;
      return isMessageKey(heading) ? t(heading) : part;
    })
    .join(' › ');
}

/** The words a coded field's values are shown with: `legalBasis` → `enum.legalBasis.…`. */
const enumOfField: Readonly<Record<string, string>> = {
  status: 'enum.status',
  register: 'enum.register',
  legalBasis: 'enum.legalBasis',
  kind: 'enum.dataCategory',
  dataCategories: 'enum.dataCategory',
  unit: 'enum.unit',
  mode: 'enum.retentionMode',
  sensitiveData: 'enum.sensitive',
  sensitiveDataException: 'enum.exception',
  safeguard: 'enum.safeguard',
  dpiaCriteria: 'enum.dpiaCriterion',
  dpiaStatus: 'enum.dpiaStatus',
  role: 'enum.role',
  category: 'enum.category',
  contractStatus: 'enum.contract',
  clauses: 'enum.clause',
  natures: 'enum.breachNature',
  cause: 'enum.breachCause',
  specialData: 'enum.breachSpecialData',
  riskLevel: 'enum.riskLevel',
  regime: 'enum.notificationRegime',
  communicationMode: 'enum.communicationMode',
  communicationException: 'enum.communicationException',
};

/** A cookie's coded fields, whose names other records use for other lists. */
const cookieEnums: Readonly<Record<string, string>> = {
  category: 'enum.cookieCategory',
  consent: 'enum.cookieConsent',
  party: 'enum.cookieParty',
  unit: 'enum.cookieUnit',
};

/** `recipients.0.kind` is a recipient's kind, not a data category. */
function enumFor(path: string, fieldPrefix: string): string | undefined {
  const names = path.split('.').filter((part) => !/^\d+$/.test(part));
  const field = names.at(-1) ?? '';
  if (field === 'kind' && names[0] === 'recipients') return 'enum.recipient';
  if (fieldPrefix === 'cookie') return cookieEnums[field];
  return enumOfField[field];
}

/** A value as the record page shows it: a label for a code, « Oui » / « Non », « — » for none. */
function show(
  path: string,
  value: FieldChange['before'],
  t: (key: string) => string,
  fieldPrefix: string,
): string {
  if (value === null || value === '') return '—';
  if (typeof value === 'boolean') return t(`common.yesNo.${String(value)}`);
  const prefix = enumFor(path, fieldPrefix);
  if (prefix !== undefined && typeof value === 'string' && isMessageKey(`${prefix}.${value}`)) {
    return t(`${prefix}.${value}`);
  }
  return String(value);
}

/** A record's History tab: who changed which field, when, before and after. */
export type HistoryKind = 'activities' | 'processors' | 'breaches' | 'cookies';

const fieldPrefixes: Record<HistoryKind, string> = {
  activities: 'activity',
  processors: 'processor',
  breaches: 'breach',
  cookies: 'cookie',
};

export function HistoryView(props: { kind: HistoryKind; id: string }) {
  const { t, language } = useI18n();
  const [entries, setEntries] = useState<HistoryEntry[] | null>(null);
  const { kind, id } = props;
  const fieldPrefix = fieldPrefixes[kind];
  useEffect(() => {
    void dpo[kind].history({ id }).then((result) => {
      setEntries(result.ok ? result.value : []);
    });
  }, [kind, id]);
  if (entries === null) return <p>{t('common.loading')}</p>;
  if (entries.length === 0) return <p>{t('activity.historyEmpty')}</p>;
  return (
    <ol className="history">
      {entries.map((entry, index) => (
        <li key={`${entry.at}-${String(index)}`}>
          <p className="history-head">
            <strong>{t(`activity.history.${entry.action}`)}</strong> —{' '}
            {formatInstant(entry.at, language)} {t('activity.history.by', { actor: entry.actor })}
          </p>
          {entry.action === 'update' && entry.changes.length > 0 ? (
            <table className="history-changes">
              <thead>
                <tr>
                  <th>{t('activity.history.field')}</th>
                  <th>{t('activity.history.before')}</th>
                  <th>{t('activity.history.after')}</th>
                </tr>
              </thead>
              <tbody>
                {entry.changes.map((change) => (
                  <tr key={change.path}>
                    <td>{fieldLabel(change.path, fieldPrefix, t)}</td>
                    <td>{show(change.path, change.before, t, fieldPrefix)}</td>
                    <td>{show(change.path, change.after, t, fieldPrefix)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
