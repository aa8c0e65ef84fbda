import { useI18n } from '../i18n';

/** A page not built yet says what it will hold; it pretends nothing. */
export function PlannedPage(props: { title: string; intro: string }) {
  const { t } = useI18n();
  return (
    <section className="page">
      <h1>{props.title}</h1>
      <div className="planned" role="note">
        <p className="planned-label">{t('page.notBuilt')}</p>
        <p>{props.intro}</p>
      </div>
    </section>
  );
}
