import { z } from 'zod';
import { notificationRegimes, type NotificationDeadline, type TimeLeft } from '../breaches/clock';
import type { BreachObligations } from '../breaches/risk';
import { isParisLocalTime } from '../breaches/parisTime';
import {
  breachCauses,
  breachNatures,
  breachSpecialData,
  communicationExceptions,
  communicationModes,
  riskLevels,
  type BreachState,
  type RiskLevel,
} from '../breaches/vocabulary';
import { maxLength } from '../limits';
import { dataCategoryKinds } from '../register/vocabulary';
import { enumOf, list, optionalCalendarDate } from './activity';
import { boundedText, createIdSchema, requiredText } from './common';

const invalid = { error: 'validation.invalid' } as const;

/** When the organisation became aware, as the DPO reads it on a Paris clock. */
export const parisLocalTimeSchema = z.lazy(() =>
  z.string(invalid).refine(isParisLocalTime, { error: 'validation.parisLocalTime' }),
);

/** A Paris date and time, or '' when not known. */
const optionalParisTime = z.lazy(() =>
  z.string(invalid).refine((value) => value === '' || isParisLocalTime(value), {
    error: 'validation.parisLocalTime',
  }),
);

/** `dpo-desk breach-deadline`: awareness and who notifies. */
export const breachDeadlineInputSchema = z.lazy(() =>
  z.object({
    aware: parisLocalTimeSchema,
    regime: z.enum(notificationRegimes).default('standard'),
  }),
);

const idText = z.lazy(() => z.string(invalid).min(1, invalid).max(64, invalid));
const approximateCount = z.lazy(() =>
  z.number(invalid).int(invalid).min(0, invalid).max(1e9, invalid).nullable(),
);
/** A loss of confidentiality, integrity or availability: none, 0.25 or 0.5 (ENISA). */
const circumstance = z.lazy(() =>
  z.union([z.literal(0), z.literal(0.25), z.literal(0.5)], invalid),
);

export const enisaAssessmentSchema = z.lazy(() =>
  z
    .object({
      context: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], invalid),
      identification: z.union(
        [z.literal(0.25), z.literal(0.5), z.literal(0.75), z.literal(1)],
        invalid,
      ),
      confidentiality: circumstance,
      integrity: circumstance,
      availability: circumstance,
      malicious: z.boolean(invalid),
    })
    .strict(),
);

/** One phase of the notification (Art. 33(4)): the initial one, then each complement. */
export const notificationPhaseSchema = z.lazy(() =>
  z
    .object({
      on: parisLocalTimeSchema,
      summary: boundedText(maxLength.freeText),
    })
    .strict(),
);

/** A breach as the DPO records it (Art. 33(5)); dates and times are read on a Paris clock. */
export const breachInputSchema = z.lazy(() =>
  z
    .object({
      title: requiredText(maxLength.name),
      occurredFrom: optionalParisTime,
      occurredTo: optionalParisTime,
      discoveredAt: optionalParisTime,
      /** The clock starts here (Art. 33(1)). */
      awareAt: parisLocalTimeSchema,
      ongoing: z.boolean(invalid),
      howFound: boundedText(maxLength.freeText),
      natures: list(enumOf(breachNatures), breachNatures.length).min(1, {
        error: 'validation.breachNature',
      }),
      cause: enumOf(breachCauses),
      circumstances: boundedText(maxLength.freeText),
      dataCategories: list(enumOf(dataCategoryKinds), dataCategoryKinds.length),
      specialData: list(enumOf(breachSpecialData), breachSpecialData.length),
      peopleCategories: boundedText(maxLength.freeText),
      peopleCount: approximateCount,
      recordsCount: approximateCount,
      activityIds: list(idText, 500),
      processorIds: list(idText, 500),
      /** For a processor's breach, when the processor told us (Art. 33(2)). */
      processorToldAt: optionalParisTime,
      consequences: boundedText(maxLength.freeText),
      measuresTaken: boundedText(maxLength.freeText),
      measuresProposed: boundedText(maxLength.freeText),
      contactPoint: boundedText(maxLength.address),
      regime: enumOf(notificationRegimes),
      enisa: enisaAssessmentSchema.nullable(),
      /** null until the DPO has decided. */
      riskLevel: enumOf(riskLevels).nullable(),
      riskJustification: boundedText(maxLength.freeText),
      notifications: list(notificationPhaseSchema, 20),
      cnilNumber: boundedText(maxLength.code),
      delayReasons: boundedText(maxLength.freeText),
      communicationMode: enumOf(communicationModes),
      communicationException: z.union([enumOf(communicationExceptions), z.literal('')]),
      communicatedOn: optionalCalendarDate,
      communicationReason: boundedText(maxLength.freeText),
      /** What happened, in the plain words the people read (else the circumstances are used). */
      peopleSummary: boundedText(maxLength.freeText).default(''),
      /** What the people can do to protect themselves (Art. 34(2), the measures to mitigate). */
      peopleAdvice: boundedText(maxLength.freeText).default(''),
      /** The next look at the file: a complementary notification to send, measures to check. */
      followUpOn: optionalCalendarDate.default(''),
      closedOn: optionalCalendarDate,
    })
    .strict(),
);

export type BreachFields = z.infer<typeof breachInputSchema>;
export type EnisaAssessmentFields = z.infer<typeof enisaAssessmentSchema>;

export const breachCreateSchema = z.lazy(() =>
  z.object({ createId: createIdSchema.optional(), breach: breachInputSchema }).strict(),
);
export const breachUpdateSchema = z.lazy(() =>
  z
    .object({ id: idText, expectedUpdatedAt: z.string(invalid).max(40), breach: breachInputSchema })
    .strict(),
);
export const breachIdSchema = z.lazy(() => z.object({ id: idText }).strict());

/** An empty record, aware now (the form fills the time the DPO was told). */
export function emptyBreach(awareAt: string): BreachFields {
  return {
    title: '',
    occurredFrom: '',
    occurredTo: '',
    discoveredAt: '',
    awareAt,
    ongoing: false,
    howFound: '',
    natures: [],
    cause: 'other',
    circumstances: '',
    dataCategories: [],
    specialData: [],
    peopleCategories: '',
    peopleCount: null,
    recordsCount: null,
    activityIds: [],
    processorIds: [],
    processorToldAt: '',
    consequences: '',
    measuresTaken: '',
    measuresProposed: '',
    contactPoint: '',
    regime: 'standard',
    enisa: null,
    riskLevel: null,
    riskJustification: '',
    notifications: [],
    cnilNumber: '',
    delayReasons: '',
    communicationMode: 'notTold',
    communicationException: '',
    communicatedOn: '',
    communicationReason: '',
    peopleSummary: '',
    peopleAdvice: '',
    followUpOn: '',
    closedOn: '',
  };
}

/** A breach as stored: the DPO's record with its reference and its times of writing. */
export interface Breach extends BreachFields {
  id: string;
  reference: string;
  createdAt: string;
  updatedAt: string;
}

/** A breach with what follows from it now: its deadline, where it stands, what is owed. */
export interface BreachView {
  breach: Breach;
  deadline: NotificationDeadline;
  state: BreachState;
  timeLeft: TimeLeft;
  /** ENISA's severity and the level it suggests, once assessed. */
  severity: number | null;
  suggestedLevel: RiskLevel | null;
  obligations: BreachObligations | null;
}

/** A line of the breach list. */
export interface BreachSummary {
  id: string;
  reference: string;
  title: string;
  awareAt: string;
  due: string;
  riskLevel: RiskLevel | null;
  state: BreachState;
  timeLeft: TimeLeft;
  isOpen: boolean;
}
