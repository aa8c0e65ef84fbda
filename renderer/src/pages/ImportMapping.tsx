import { useI18n } from '../i18n';

interface Column<Field extends string> {
  header: string;
  column: string;
  field: Field;
  proposed: boolean;
}

/**
 * The columns of a table being imported and what each fills, one select per column: the DPO
 * changes the proposal, the preview is computed again, and the mapping can be kept for the next
 * files with the same headers.
 */
export function ImportMapping<Field extends string>(props: {
  columns: Column<Field>[];
  fields: readonly Field[];
  /** The i18n prefix of the fields' names: `registerImport.field`. */
  labels: string;
  busy: boolean;
  onChange: (columns: Record<string, Field>) => void;
  onSave: () => void;
  onReset: () => void;
}) {
  const { t } = useI18n();
  // The DPO's earlier choices stay; the other columns keep following the proposal.
  const current = Object.fromEntries(
    props.columns.filter((c) => !c.proposed).map((c) => [c.header, c.field]),
  );
  return (
    <fieldset className="import-mapping">
      <legend>{t('registerImport.mapping')}</legend>
      <p className="hint">{t('registerImport.mappingHint')}</p>
      <ul className="plain-list">
        {props.columns.map((c) => (
          <li key={c.column}>
            <label>
              {t('registerImport.mappingField', { column: c.column, header: c.header })}{' '}
              <select
                value={c.field}
                disabled={props.busy}
                onChange={(event) => {
                  const field = props.fields.find((f) => f === event.target.value);
                  if (field !== undefined) props.onChange({ ...current, [c.header]: field });
                }}
              >
                {props.fields.map((field) => (
                  <option key={field} value={field}>
                    {t(`${props.labels}.${field}`)}
                  </option>
                ))}
              </select>
            </label>{' '}
            <span className="hint">
              ({t(`registerImport.mappingSource.${c.proposed ? 'proposed' : 'chosen'}`)})
            </span>
          </li>
        ))}
      </ul>
      <div className="toolbar">
        <button type="button" disabled={props.busy} onClick={props.onSave}>
          {t('registerImport.saveMapping')}
        </button>
        <button type="button" disabled={props.busy} onClick={props.onReset}>
          {t('registerImport.resetMapping')}
        </button>
      </div>
    </fieldset>
  );
}
