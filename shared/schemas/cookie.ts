import { z } from 'zod';
import {
  cookieCategories,
  cookieConsents,
  cookieLifetimeUnits,
  cookieParties,
  type CookieWarningCode,
} from '../cookies/vocabulary';
import { maxLength } from '../limits';
import type { ActivityTransfer } from '../register/transfers';
import type { ProcessorFields } from './processor';
import { enumOf } from './activity';
import { boundedText, createIdSchema, requiredText } from './common';

const invalid = { error: 'validation.invalid' } as const;
const idText = z.lazy(() => z.string(invalid).min(1, invalid).max(64, invalid));

/** How long the cookie lives on the visitor's device: `13 months`, or the browser session. */
export const cookieLifetimeSchema = z.lazy(() =>
  z
    .object({
      value: z.number(invalid).int(invalid).min(0, invalid).max(100_000, invalid),
      unit: enumOf(cookieLifetimeUnits),
    })
    .strict()
    .refine((lifetime) => lifetime.unit === 'session' || lifetime.value > 0, {
      error: 'validation.cookieLifetime',
      path: ['value'],
    }),
);

/** A cookie or tracker of the inventory, as the form and the JSON file give it. */
export const cookieInputSchema = z.lazy(() =>
  z
    .object({
      name: requiredText(maxLength.name),
      /** The processor or recipient of the register that places or reads it. */
      providerId: idText.nullable(),
      category: enumOf(cookieCategories),
      purpose: boundedText(2_000),
      consent: enumOf(cookieConsents),
      /** The cookie that keeps the visitor's choice (accept, refuse, customise). */
      keepsConsentChoice: z.boolean(invalid),
      lifetime: cookieLifetimeSchema,
      domain: boundedText(253),
      party: enumOf(cookieParties),
      /** The register activity it serves (« Gestion des cookies »...). */
      activityId: idText.nullable(),
      notes: boundedText(maxLength.freeText),
    })
    .strict(),
);

export type CookieInput = z.input<typeof cookieInputSchema>;
export type CookieFields = z.output<typeof cookieInputSchema>;

export interface Cookie extends CookieFields {
  id: string;
  createdAt: string;
  updatedAt: string;
}

export interface CookieWarning {
  code: CookieWarningCode;
  /** For a transfer: its country. */
  country?: string;
}

/** What the inventory shows of a cookie's provider, from the register. */
export interface CookieProvider {
  id: string;
  name: string;
  role: ProcessorFields['role'];
  contractStatus: ProcessorFields['contractStatus'];
}

/** A cookie with what follows from the register: its provider, activity, transfers, warnings. */
export interface CookieView {
  cookie: Cookie;
  provider: CookieProvider | null;
  activity: { id: string; reference: string; name: string } | null;
  /** The provider's transfers outside the EU (its record, and the activity's naming it). */
  transfers: ActivityTransfer[];
  warnings: CookieWarning[];
}

export const cookieCreateSchema = z.lazy(() =>
  z.object({ createId: createIdSchema.optional(), cookie: cookieInputSchema }).strict(),
);
export const cookieUpdateSchema = z.lazy(() =>
  z
    .object({
      id: idText,
      expectedUpdatedAt: z.string(invalid).max(40, invalid),
      cookie: cookieInputSchema,
    })
    .strict(),
);
export const cookieIdSchema = z.lazy(() => z.object({ id: idText }).strict());

export function emptyCookie(): CookieFields {
  return {
    name: '',
    providerId: null,
    category: 'strictlyNecessary',
    purpose: '',
    consent: 'exempt',
    keepsConsentChoice: false,
    lifetime: { value: 13, unit: 'months' },
    domain: '',
    party: 'first',
    activityId: null,
    notes: '',
  };
}

export function cookieFieldsOf(cookie: Cookie): CookieFields {
  const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = cookie;
  return fields;
}
