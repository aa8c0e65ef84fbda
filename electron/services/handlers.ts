import { readUserVersion } from '../../db/migrations/define';
import type { ApiName, ApiOutput, ApiParsedInput } from '../../shared/api';
import type { Context } from './context';
import { getPreferences, savePreferences } from './preferences';
import { getSettings, saveSettings } from './settings';

export type Handlers = {
  [N in ApiName]: (ctx: Context, input: ApiParsedInput<N>) => Promise<ApiOutput<N>>;
};

/** The one implementation of the API contract. */
export const handlers: Handlers = {
  'app.info': async (ctx) => ({
    appVersion: ctx.appVersion,
    databasePath: ctx.paths.database,
    schemaVersion: await readUserVersion(ctx.db),
  }),
  'settings.get': (ctx) => getSettings(ctx),
  'settings.save': (ctx, input) => saveSettings(ctx, input),
  'preferences.get': (ctx) => getPreferences(ctx),
  'preferences.save': (ctx, input) => savePreferences(ctx, input),
};
