import { dpo } from '../../api';
import { useCallback, useState } from 'react';
import { maxLength } from '../../../../shared/limits';
import {
  clientInputSchema,
  emptyClient,
  type Client,
  type ClientFields,
} from '../../../../shared/schemas/client';
import { Field } from '../../components/Field';
import { useI18n } from '../../i18n';
import { useLiveLoad } from '../../live';
import { useInPageEditor } from '../../components/useInPageEditor';
import { EditorActions } from '../../components/FormActions';

/** The client companies (controllers) of the processor register, with their contacts. */
export function ClientsPanel() {
  const { t } = useI18n();
  const [clients, setClients] = useState<Client[]>([]);
  const { editing, setEditing, open, errors, message, setMessage, reloads, reload, save } =
    useInPageEditor<ClientFields>();

  useLiveLoad(
    ['clients'],
    useCallback(
      (isCurrent: () => boolean) => {
        void dpo.clients.list().then((result) => {
          if (isCurrent() && result.ok) setClients(result.value);
        });
      },
      // A write made here reloads at once, before its announcement arrives.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      [reloads],
    ),
  );

  const remove = async (client: Client) => {
    const result = await dpo.clients.delete({ id: client.id });
    setMessage(result.ok ? t('clients.deleted', { name: client.name }) : result.error.message);
    if (result.ok) reload();
  };

  const field = (name: keyof ClientFields, max: number, multiline = false) =>
    editing === null ? null : (
      <Field
        name={`client.${name}`}
        label={t(`field.client.${name}`)}
        value={editing.value[name]}
        maxLength={max}
        multiline={multiline}
        required={name === 'name'}
        error={errors[name] !== undefined ? t(errors[name]) : undefined}
        onChange={(v) => {
          setEditing({ ...editing, value: { ...editing.value, [name]: v } });
        }}
      />
    );

  return (
    <section className="clients-panel" aria-label={t('clients.title')}>
      <div className="page-head">
        <h2>{t('clients.title')}</h2>
        <button
          type="button"
          onClick={() => {
            open({ id: null, value: emptyClient });
          }}
        >
          {t('clients.new')}
        </button>
      </div>
      {message !== null ? <p role="status">{message}</p> : null}
      {clients.length === 0 ? <p className="muted">{t('clients.empty')}</p> : null}
      <ul className="clients">
        {clients.map((client) => (
          <li key={client.id}>
            <div>
              <strong>{client.name}</strong>
              <span className="muted">
                {[client.contactName, client.contactEmail, client.dpoContact]
                  .filter((part) => part !== '')
                  .join(' · ')}
              </span>
            </div>
            <div className="actions">
              <button
                type="button"
                onClick={() => {
                  const { id, createdAt: _c, updatedAt: _u, ...value } = client;
                  open({ id, value });
                }}
              >
                {t('clients.edit')}
              </button>
              <button type="button" className="danger" onClick={() => void remove(client)}>
                {t('common.remove')}
              </button>
            </div>
          </li>
        ))}
      </ul>
      {editing !== null ? (
        <form
          className="client-form"
          aria-label={t('clients.form')}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void save({
              schema: clientInputSchema,
              send: ({ id, value }) =>
                dpo.clients.save(id === null ? { client: value } : { id, client: value }),
              prefix: 'client.',
              savedText: t('common.saved'),
            });
          }}
        >
          <div className="grid-2">
            {field('name', maxLength.name)}
            {field('contactName', maxLength.name)}
            {field('contactEmail', maxLength.email)}
            {field('contactPhone', maxLength.phone)}
            {field('dpoContact', maxLength.name)}
          </div>
          {field('address', maxLength.address, true)}
          {field('notes', maxLength.freeText, true)}
          <EditorActions
            onCancel={() => {
              setEditing(null);
            }}
          />
        </form>
      ) : null}
    </section>
  );
}
