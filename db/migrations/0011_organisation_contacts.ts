import { defineMigration } from './define';

/**
 * The organisation's own telephone and email, which the CNIL model register lists beside the DPO's
 * (the head of the organisation's contact block).
 */
export const migration0011 = defineMigration(11, async (trx) => {
  for (const column of ['phone', 'email']) {
    await trx.schema
      .alterTable('organisation_settings')
      .addColumn(column, 'text', (col) => col.notNull().defaultTo(''))
      .execute();
  }
});
