/**
 * How an answer reaches the person (GDPR Art. 12(3): a request made by electronic means is
 * answered by electronic means where possible) and whether the postal address can be printed as
 * La Poste reads it (norme NF Z10-011).
 */
import type { RequestFields } from '../schemas/request';
import type { LetterRefusal } from './rules';
import type { LetterDelivery } from './templates';
import { lazy } from '../lazy';

type DeliveryFields = Pick<
  RequestFields,
  'channel' | 'responseChannel' | 'requesterAddress' | 'requesterEmail'
>;

/**
 * The delivery the file calls for: the DPO's explicit choice first (the person may have asked
 * otherwise), then the recorded response channel, then the channel the request came by. Phone and
 * in-person requests go by post when an address is known, by email otherwise.
 */
export function deliveryOf(request: DeliveryFields, chosen?: LetterDelivery): LetterDelivery {
  if (chosen !== undefined) return chosen;
  if (request.responseChannel === 'email' || request.responseChannel === 'webForm') return 'email';
  if (request.responseChannel === 'post') return 'post';
  if (request.channel === 'email' || request.channel === 'webForm') return 'email';
  if (request.channel === 'post') return 'post';
  return request.requesterAddress.trim() === '' && request.requesterEmail !== '' ? 'email' : 'post';
}

/** Whether the DPO has a choice to make: the request came by phone or in person. */
export function deliveryIsChoice(request: Pick<RequestFields, 'channel'>): boolean {
  return request.channel === 'phone' || request.channel === 'inPerson';
}

export const addressLimits = { lines: 6, lineLength: 38 } as const;

/** The lines of the address block, the name first, as they would be printed. */
export function addressLines(name: string, address: string): string[] {
  return [name, ...address.split(/\r?\n/)].map((line) => line.trim()).filter((line) => line !== '');
}

const segmenter = lazy(() => new Intl.Segmenter('fr', { granularity: 'grapheme' }));
/** Characters as a reader counts them: « É » typed as E + accent is one. */
function characters(text: string): number {
  let count = 0;
  for (const _segment of segmenter().segment(text)) count++;
  return count;
}

const postcodeLine = /^(\d{5}|\d{4}|[A-Z0-9]{2,4}[ -]?[A-Z0-9]{3})\s+\S/i;
const frenchPostcodeLine = /^\d{5}\s+\S/;

/**
 * Null when the block can be printed whole; otherwise the first rule it breaks, naming the line.
 * At most 6 lines of 38 characters, the last "code postal + LOCALITÉ"; an address abroad ends with
 * its country, preceded by its postcode and town.
 */
export function addressRefusal(name: string, address: string): LetterRefusal | null {
  const lines = addressLines(name, address);
  if (lines.length <= 1) return { key: 'letterRule.noAddress', params: {} };
  if (lines.length > addressLimits.lines) {
    return {
      key: 'letterRule.addressTooManyLines',
      params: { count: String(lines.length), max: String(addressLimits.lines) },
    };
  }
  const long = lines.findIndex((line) => characters(line) > addressLimits.lineLength);
  if (long >= 0) {
    return {
      key: 'letterRule.addressLineTooLong',
      params: {
        line: String(long + 1),
        text: lines[long] ?? '',
        max: String(addressLimits.lineLength),
      },
    };
  }
  const last = lines[lines.length - 1] ?? '';
  const beforeLast = lines[lines.length - 2] ?? '';
  const abroad = !/\d/.test(last) && postcodeLine.test(beforeLast) && lines.length > 2;
  if (!frenchPostcodeLine.test(last) && !abroad) {
    return { key: 'letterRule.addressLastLine', params: { text: last } };
  }
  return null;
}

/** Null when the chosen delivery can be made; otherwise what the file lacks for it. */
export function deliveryRefusal(
  delivery: LetterDelivery,
  request: DeliveryFields,
  /** The first line of the address block, as printed (« Madame Sophie Lambert »). */
  addressee: string,
): LetterRefusal | null {
  if (delivery === 'email') {
    return request.requesterEmail.trim() === '' ? { key: 'letterRule.noEmail', params: {} } : null;
  }
  return addressRefusal(addressee, request.requesterAddress);
}
