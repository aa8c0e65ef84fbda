import type { Result } from './errors';
import type { HistoryEntry } from './history';
import {
  activityIdSchema,
  activityListSchema,
  activityInputSchema,
  activityUpdateSchema,
  type ActivitySummary,
  type ProcessingActivity,
} from './schemas/activity';
import { clientSaveSchema, type Client } from './schemas/client';
import { emptyInput } from './schemas/common';
import { z } from 'zod';
import {
  organisationSettingsSchema,
  preferencesSchema,
  type OrganisationSettings,
  type Preferences,
} from './schemas/settings';

/**
 * The API contract: every call the UI can make, with the schema of its input and the type of its
 * output. Implemented once in electron/services, reached through IPC, the browser host and tests.
 */

export interface AppInfo {
  appVersion: string;
  databasePath: string;
  schemaVersion: number;
  /** 0 on first run: the UI then offers the example register. */
  activityCount: number;
}

export interface ExampleLoaded {
  activities: number;
  clients: number;
}

const activityCreateSchema = z.object({ activity: activityInputSchema }).strict();
const idSchema = activityIdSchema;

interface Entry<Input extends z.ZodType, Output> {
  input: Input;
  /** Type-only marker: never read at run time. */
  output?: Output;
}

function entry<Input extends z.ZodType, Output>(input: Input): Entry<Input, Output> {
  return { input };
}

export const api = {
  'app.info': entry<typeof emptyInput, AppInfo>(emptyInput),
  'settings.get': entry<typeof emptyInput, OrganisationSettings | null>(emptyInput),
  'settings.save': entry<typeof organisationSettingsSchema, OrganisationSettings>(
    organisationSettingsSchema,
  ),
  'preferences.get': entry<typeof emptyInput, Preferences>(emptyInput),
  'preferences.save': entry<typeof preferencesSchema, Preferences>(preferencesSchema),
  'activities.list': entry<typeof activityListSchema, ActivitySummary[]>(activityListSchema),
  'activities.get': entry<typeof idSchema, ProcessingActivity>(idSchema),
  'activities.create': entry<typeof activityCreateSchema, ProcessingActivity>(activityCreateSchema),
  'activities.update': entry<typeof activityUpdateSchema, ProcessingActivity>(activityUpdateSchema),
  'activities.duplicate': entry<typeof idSchema, ProcessingActivity>(idSchema),
  'activities.archive': entry<typeof idSchema, ProcessingActivity>(idSchema),
  'activities.restore': entry<typeof idSchema, ProcessingActivity>(idSchema),
  'activities.delete': entry<typeof idSchema, { reference: string }>(idSchema),
  'activities.history': entry<typeof idSchema, HistoryEntry[]>(idSchema),
  'clients.list': entry<typeof emptyInput, Client[]>(emptyInput),
  'clients.save': entry<typeof clientSaveSchema, Client>(clientSaveSchema),
  'clients.delete': entry<typeof idSchema, { id: string }>(idSchema),
  'example.load': entry<typeof emptyInput, ExampleLoaded>(emptyInput),
};

export type Api = typeof api;
export type ApiName = keyof Api;
export const apiNames = Object.keys(api) as ApiName[];

/** What a caller may send (before parsing). */
export type ApiInput<N extends ApiName> = z.input<Api[N]['input']>;
/** What a service receives (after parsing). */
export type ApiParsedInput<N extends ApiName> = z.output<Api[N]['input']>;
export type ApiOutput<N extends ApiName> = Exclude<Api[N]['output'], undefined>;

export function isApiName(name: unknown): name is ApiName {
  return typeof name === 'string' && Object.hasOwn(api, name);
}

type Namespace<N> = N extends `${infer Ns}.${string}` ? Ns : never;
type Method<N> = N extends `${string}.${infer M}` ? M : never;
type Call<N extends ApiName> =
  Record<string, never> extends ApiInput<N>
    ? (input?: ApiInput<N>) => Promise<Result<ApiOutput<N>>>
    : (input: ApiInput<N>) => Promise<Result<ApiOutput<N>>>;

/** The shape of `window.dpo`: one method per contract entry, grouped by namespace. */
export type DpoClient = {
  [Ns in Namespace<ApiName>]: {
    [N in ApiName as N extends `${Ns}.${string}` ? Method<N> : never]: Call<N>;
  };
};

export type Invoke = (name: ApiName, input: unknown) => Promise<Result<unknown>>;

/** Builds the `window.dpo` object over a transport (IPC in Electron, HTTP in the browser host). */
export function createDpoClient(invoke: Invoke): DpoClient {
  const client: Record<string, Record<string, (input?: unknown) => Promise<Result<unknown>>>> = {};
  for (const name of apiNames) {
    const [ns, method] = name.split('.') as [string, string];
    const group = (client[ns] ??= {});
    group[method] = (input?: unknown) => invoke(name, input ?? {});
  }
  // The object is built from the very names DpoClient is derived from.
  return client as unknown as DpoClient;
}
