import { useEffect, useRef, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { FormActions } from './FormActions';
import type { RecordPage } from './useRecordPage';

/**
 * The first field marked invalid, in document order, brought into view and given the focus. A
 * message beside a group of boxes (no control of its own) brings its group's first control.
 */
export function focusFirstInvalid(container: HTMLElement): void {
  const first = container.querySelector<HTMLElement>('[aria-invalid="true"], .field-error');
  if (first === null) return;
  const target = first.matches('input, select, textarea, button')
    ? first
    : (first
        .closest('.field, [role="group"]')
        ?.querySelector<HTMLElement>('input, select, textarea, button') ?? first);
  // Centred: the sticky save bar at the bottom would hide a field scrolled to the edge.
  target.scrollIntoView({ block: 'center' });
  target.focus({ preventScroll: true });
}

/**
 * A record page's form: Enter and Ctrl+S save once, the save bar with its in-flight state, and
 * after a refused save the first invalid field in view with the focus.
 */
export function RecordForm<R, F>(props: {
  page: RecordPage<R, F>;
  label: string;
  /** Beside the fields: what is missing, what to watch. */
  check?: CheckProps | undefined;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { page } = props;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (page.refused > 0 && form.current !== null) focusFirstInvalid(form.current);
  }, [page.refused]);
  return (
    <form
      ref={form}
      noValidate
      aria-label={props.label}
      onSubmit={(event) => {
        event.preventDefault();
        void page.save();
      }}
    >
      {props.check !== undefined ? <CheckBox {...props.check} /> : null}
      {props.children}
      <FormActions
        saving={page.saving}
        onReloadKeeping={page.conflict !== null ? () => void page.reloadKeeping() : null}
        reloadKeepingLabel={t('common.reloadKeeping')}
        dirty={page.dirty}
        status={page.status}
        saveLabel={t('common.save')}
        unsavedLabel={t('common.unsaved')}
        sticky
      />
    </form>
  );
}

/**
 * The box beside a record that says what it still lacks (or what to watch), or that all is well.
 */
interface CheckProps {
  /** The box's accessible name. */
  label: string;
  okText: string;
  title: string;
  items: { key: string; text: string }[];
}

function CheckBox(props: CheckProps) {
  const ok = props.items.length === 0;
  return (
    <aside className={ok ? 'completeness complete' : 'completeness'} aria-label={props.label}>
      {ok ? (
        <p>{props.okText}</p>
      ) : (
        <>
          <p className="completeness-title">{props.title}</p>
          <ul>
            {props.items.map((item) => (
              <li key={item.key}>{item.text}</li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
