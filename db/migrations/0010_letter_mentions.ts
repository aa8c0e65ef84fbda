import { defineMigration } from './define';

/**
 * The legal mentions a French company's letters carry (Code de commerce R123-237) beyond its name,
 * legal form and SIREN: the share capital and the town of the trade registry (RCS).
 */
export const migration0010 = defineMigration(10, async (trx) => {
  for (const column of ['share_capital', 'rcs_town']) {
    await trx.schema
      .alterTable('organisation_settings')
      .addColumn(column, 'text', (col) => col.notNull().defaultTo(''))
      .execute();
  }
});
