import { useState } from 'react';
import { useI18n } from '../../i18n';
import { CalendarView } from './CalendarView';
import { ItemsPanel } from './ItemsPanel';
import { RulesPanel, type RuleDraft } from './RulesPanel';

export type RetentionTab = 'calendar' | 'rules' | 'items';

/** Conservation: the calendar of every deadline, the retention rules, the tracked data and purges. */
export function RetentionPage({
  tab,
  focus,
  draft,
}: {
  tab: RetentionTab;
  focus?: string | undefined;
  draft?: RuleDraft | undefined;
}) {
  const { t } = useI18n();
  const [version, setVersion] = useState(0);
  const links: Record<RetentionTab, string> = {
    calendar: '#/conservation',
    rules: '#/conservation/regles',
    items: '#/conservation/suivis',
  };
  return (
    <section className="page page-wide">
      <h1>{t('nav.retention')}</h1>
      <div className="tabs" role="tablist">
        {(['calendar', 'rules', 'items'] as const).map((name) => (
          <a
            key={name}
            role="tab"
            aria-selected={tab === name}
            className={tab === name ? 'tab tab-active' : 'tab'}
            href={links[name]}
          >
            {t(`retention.tab.${name}`)}
          </a>
        ))}
      </div>
      {tab === 'calendar' ? <CalendarView key={version} /> : null}
      {tab === 'rules' ? (
        <RulesPanel
          draft={draft}
          onChange={() => {
            setVersion((n) => n + 1);
          }}
        />
      ) : null}
      {tab === 'items' ? (
        <ItemsPanel
          focus={focus}
          onChange={() => {
            setVersion((n) => n + 1);
          }}
        />
      ) : null}
    </section>
  );
}
