import { useState } from 'react';
import { maxLength } from '../../../../../shared/limits';
import { activityStatuses, registerKinds } from '../../../../../shared/register/vocabulary';
import type { Client } from '../../../../../shared/schemas/client';
import { CheckField, Section } from '../../../components/Inputs';
import type { SectionProps } from './props';

/** Who runs the activity, in which register, and for which clients (Art. 30(2)). */
export function IdentitySection({
  kit,
  clients,
  onAddClient,
}: SectionProps & {
  clients: Client[];
  onAddClient: (name: string) => Promise<void>;
}) {
  const { t, value, label, text, error, toggle, select } = kit;
  const [newClient, setNewClient] = useState('');
  return (
    <Section id="section-identity" title={t('section.identity')}>
      {text('name')}
      <div className="grid-2">
        {select('status', activityStatuses, 'enum.status')}
        {select('register', registerKinds, 'enum.register')}
      </div>
      <div className="grid-2">
        {text('ownerService')}
        {text('ownerContact')}
        {text('jointController')}
        {text('jointControllerContact')}
      </div>
      {text('software')}
      {value.register === 'processor' ? (
        <div className="field" role="group" aria-label={label('clientIds')}>
          <span className="field-label">{label('clientIds')}</span>
          {clients.length === 0 ? <p className="field-hint">{t('activity.noClients')}</p> : null}
          {clients.map((client) => (
            <CheckField
              key={client.id}
              label={client.name}
              checked={value.clientIds.includes(client.id)}
              onChange={(on) => {
                toggle('clientIds', client.id, on);
              }}
            />
          ))}
          <div className="inline-add">
            <input
              aria-label={t('activity.clientName')}
              placeholder={t('activity.clientName')}
              value={newClient}
              maxLength={maxLength.name}
              onChange={(event) => {
                setNewClient(event.target.value);
              }}
            />
            <button
              type="button"
              disabled={newClient.trim() === ''}
              onClick={() => {
                void onAddClient(newClient.trim()).then(() => {
                  setNewClient('');
                });
              }}
            >
              {t('activity.addClient')}
            </button>
          </div>
          {error('clientIds') !== undefined ? (
            <p className="field-error" role="alert">
              {error('clientIds')}
            </p>
          ) : null}
        </div>
      ) : null}
    </Section>
  );
}
