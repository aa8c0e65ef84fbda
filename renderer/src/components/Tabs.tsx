/** A tab that is a place in the app (its address), or one that shows a part of the page. */
export type Tab = { key: string; label: string; selected: boolean } & (
  { href: string } | { onSelect: () => void }
);

/** A row of tabs; the selected one is marked for screen readers and styled as active. */
export function Tabs({ tabs }: { tabs: Tab[] }) {
  return (
    <div className="tabs" role="tablist">
      {tabs.map((tab) => {
        const common = {
          role: 'tab',
          'aria-selected': tab.selected,
          className: tab.selected ? 'tab tab-active' : 'tab',
        };
        return 'href' in tab ? (
          <a key={tab.key} {...common} href={tab.href}>
            {tab.label}
          </a>
        ) : (
          <button key={tab.key} type="button" {...common} onClick={tab.onSelect}>
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
