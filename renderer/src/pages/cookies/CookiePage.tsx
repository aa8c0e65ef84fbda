import { dpo } from '../../api';
import { useEffect, useMemo, useState } from 'react';
import { cookieWarnings, providerTransfers } from '../../../../shared/cookies/warnings';
import {
  cookieFieldsOf,
  cookieInputSchema,
  emptyCookie,
  type CookieFields,
  type CookieView,
} from '../../../../shared/schemas/cookie';
import { RecordForm } from '../../components/RecordForm';
import { RecordHeader, RecordTabs } from '../../components/RecordHeader';
import { useLinkableRecords } from '../../components/useLinkableRecords';
import { useRecordPage } from '../../components/useRecordPage';
import { useI18n } from '../../i18n';
import { navigate, replaceLocation } from '../../navigation';
import { cookieHash, cookiesHash } from '../../routes';
import { CookieForm } from './CookieForm';
import { warningText } from './warningText';

const fieldsOf = (view: CookieView): CookieFields => cookieFieldsOf(view.cookie);

/** One cookie or tracker: what it is, its consent and lifetime, its provider and activity. */
export function CookiePage({ id }: { id: string | null }) {
  const { t } = useI18n();
  const { activities, processors } = useLinkableRecords();
  const [loaded, setLoaded] = useState(id === null);

  const page = useRecordPage<CookieView, CookieFields>({
    topics: ['cookies'],
    initial: emptyCookie,
    fieldsOf,
    reload: (view) => dpo.cookies.get({ id: view.cookie.id }),
    save: async (form) => {
      if (!form.check(cookieInputSchema, form.value)) return;
      const before = form.record?.cookie ?? null;
      const result =
        before === null
          ? await dpo.cookies.create({ createId: form.createId, cookie: form.value })
          : await dpo.cookies.update({
              id: before.id,
              expectedUpdatedAt: before.updatedAt,
              cookie: form.value,
            });
      if (!result.ok) {
        form.refuse(result.error, 'cookie.');
        return;
      }
      form.accept(result.value, before === null ? t('cookies.created') : t('common.saved'));
      if (before === null) replaceLocation(cookieHash(result.value.cookie.id));
    },
  });
  const { record, value, setValue, errors, setStatus, accept } = page;

  useEffect(() => {
    if (id === null) return;
    void dpo.cookies.get({ id }).then((result) => {
      if (result.ok) accept(result.value);
      else setStatus({ kind: 'error', text: result.error.message });
      setLoaded(true);
    });
  }, [id, accept, setStatus]);

  // The warnings follow the form as it is typed: the provider's record comes from the register;
  // the activity's own transfers are known once saved.
  const provider = processors.find((p) => p.id === value.providerId) ?? null;
  const sameLinks =
    record !== null &&
    record.cookie.providerId === value.providerId &&
    record.cookie.activityId === value.activityId;
  const transfers = useMemo(
    () => (sameLinks ? record.transfers : providerTransfers(provider, null)),
    [sameLinks, record, provider],
  );
  const warnings = cookieWarnings(value, provider, transfers);

  const remove = async () => {
    if (record === null) return;
    const result = await dpo.cookies.delete({ id: record.cookie.id });
    if (!result.ok) {
      setStatus({ kind: 'error', text: result.error.message });
      return;
    }
    page.release();
    navigate(cookiesHash);
  };

  if (!loaded) return <p className="page">{t('common.loading')}</p>;

  const cookie = record?.cookie ?? null;
  const title = cookie === null ? t('cookies.newTitle') : cookie.name;
  return (
    <section className="page">
      <RecordHeader
        backHref={cookiesHash}
        backLabel={t('cookies.back')}
        title={title}
        badge={
          cookie === null
            ? undefined
            : {
                text: t(`enum.cookieCategory.${cookie.category}`),
                className: 'request',
              }
        }
        saved={cookie !== null}
        deleteTitle={t('cookies.deleteTitle')}
        deleteMessage={cookie === null ? '' : t('cookies.deleteConfirm', { name: cookie.name })}
        onDelete={remove}
      />
      <RecordTabs kind="cookies" record={cookie}>
        <RecordForm
          page={page}
          label={title}
          check={{
            label: t('cookies.warningsTitle'),
            okText: t('cookies.noWarning'),
            title: t('cookies.warningsTitle'),
            items: warnings.map((warning) => ({
              key: `${warning.code}-${warning.country ?? ''}`,
              text: warningText(t, warning),
            })),
          }}
        >
          <CookieForm
            value={value}
            onChange={setValue}
            errors={errors}
            activities={activities}
            processors={processors}
            transfers={transfers}
          />
        </RecordForm>
      </RecordTabs>
    </section>
  );
}
