import type { RequestFields } from '../schemas/request';
import { isOpen } from './requestDeadline';

type IdentityFields = Pick<
  RequestFields,
  'status' | 'identityStatus' | 'identityAskedOn' | 'identityReceivedOn'
>;

/**
 * Asking for proof of identity is one act, whichever way it is recorded (the identity status, the
 * request's status, the date asked, or the letter): the three move together, so that the
 * dashboard, the lists and the deadline's suspension tell one truth. Once the proof is received
 * or the identity verified, a request waiting for it goes back to « en cours ».
 */
export function withIdentityConsistent<F extends IdentityFields>(fields: F, today: string): F {
  const settled = fields.identityStatus === 'received' || fields.identityStatus === 'verified';
  if (settled || fields.identityReceivedOn !== '') {
    return {
      ...fields,
      identityStatus: settled ? fields.identityStatus : 'received',
      status: fields.status === 'awaitingIdentity' ? 'inProgress' : fields.status,
    };
  }
  const asking =
    fields.identityStatus === 'asked' ||
    fields.status === 'awaitingIdentity' ||
    fields.identityAskedOn !== '';
  if (!asking) return fields;
  return {
    ...fields,
    identityStatus: 'asked',
    identityAskedOn: fields.identityAskedOn === '' ? today : fields.identityAskedOn,
    status: isOpen(fields.status) ? 'awaitingIdentity' : fields.status,
  };
}
