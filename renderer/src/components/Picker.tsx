import {
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type ReactNode,
} from 'react';
import { findChoices, searchableChoices, type Choice } from '../../../shared/text';
import { useI18n } from '../i18n';

/** Options in the list at once: enough to scan, few enough that 500 processors stay quick. */
const shownAtMost = 50;

interface PickerProps<C extends Choice> {
  label: string;
  choices: readonly C[];
  /** The ids chosen. */
  chosen: readonly string[];
  onChange: (chosen: string[]) => void;
  /** Said instead of the search box when there is nothing to choose from at all. */
  noChoicesText: string;
  /** What a chip shows (a link to the record…); its label by default. */
  renderChip?: (choice: C) => ReactNode;
  /** Shown under the box, inside the group (warnings about what is chosen…). */
  children?: ReactNode;
}

/**
 * A search box to choose several records among hundreds (ARIA 1.2 combobox with a listbox):
 * typing filters, the arrows move, Enter chooses, Escape closes; the chosen ones become chips.
 */
export function Picker<C extends Choice>(props: PickerProps<C>) {
  const { t } = useI18n();
  const id = useId();
  const inputId = `${id}-input`;
  const labelId = `${id}-label`;
  const listId = `${id}-list`;
  const optionId = (choice: Choice) => `${id}-option-${choice.id}`;
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const popupRef = useRef<HTMLDivElement>(null);
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);

  const searchable = useMemo(() => searchableChoices(props.choices), [props.choices]);
  const chosenIds = useMemo(() => new Set(props.chosen), [props.chosen]);
  const { shown, more } = useMemo(
    () => findChoices(searchable, query, chosenIds, shownAtMost),
    [searchable, query, chosenIds],
  );
  const chosen = useMemo(
    () => searchable.filter(({ choice }) => chosenIds.has(choice.id)).map(({ choice }) => choice),
    [searchable, chosenIds],
  );
  const highlighted = open ? shown[active] : undefined;

  useEffect(() => {
    // The highlighted option stays visible when the arrows go past the list's edge.
    if (active >= 0) listRef.current?.children.item(active)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  useEffect(() => {
    // Opened near the window's bottom, the list would hang out of sight: the page scrolls to it.
    if (open) popupRef.current?.scrollIntoView({ block: 'nearest' });
  }, [open]);

  const close = () => {
    setOpen(false);
    setActive(-1);
  };
  const choose = (choice: C) => {
    props.onChange([...props.chosen, choice.id]);
    setQuery('');
    close();
    inputRef.current?.focus();
  };
  const remove = (choice: C) => {
    props.onChange(props.chosen.filter((chosenId) => chosenId !== choice.id));
    // The chip's button goes away: the focus goes back to the box, not to the page's top.
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const last = shown.length - 1;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        setActive(open ? Math.min(active + 1, last) : Math.min(0, last));
        setOpen(true);
        break;
      case 'ArrowUp':
        event.preventDefault();
        setActive(open ? Math.max(active - 1, Math.min(0, last)) : last);
        setOpen(true);
        break;
      case 'Enter':
        // Enter in the box chooses; it never saves the form half-way through a search.
        if (open || query !== '') event.preventDefault();
        if (highlighted !== undefined) choose(highlighted);
        break;
      case 'Escape':
        if (open) {
          event.preventDefault();
          close();
        } else if (query !== '') setQuery('');
        break;
    }
  };

  const note =
    shown.length === 0
      ? t(chosen.length === props.choices.length ? 'picker.allChosen' : 'picker.noMatch')
      : more > 0
        ? t('picker.more', { count: more })
        : '';

  return (
    <div className="field picker" role="group" aria-labelledby={labelId}>
      {props.choices.length === 0 ? (
        <>
          <span className="field-label" id={labelId}>
            {props.label}
          </span>
          <p className="field-hint">{props.noChoicesText}</p>
        </>
      ) : (
        <>
          <label id={labelId} htmlFor={inputId}>
            {props.label}
          </label>
          {chosen.length > 0 ? (
            <ul className="picker-chips">
              {chosen.map((choice) => (
                <li key={choice.id} className="picker-chip">
                  {props.renderChip?.(choice) ?? <span>{choice.label}</span>}
                  <button
                    type="button"
                    className="picker-chip-remove"
                    aria-label={t('picker.remove', { name: choice.label })}
                    title={t('picker.remove', { name: choice.label })}
                    onClick={() => {
                      remove(choice);
                    }}
                  >
                    ×
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div className="picker-box">
            <input
              ref={inputRef}
              id={inputId}
              type="text"
              role="combobox"
              aria-expanded={open}
              aria-controls={listId}
              aria-autocomplete="list"
              aria-activedescendant={highlighted === undefined ? undefined : optionId(highlighted)}
              autoComplete="off"
              spellCheck={false}
              placeholder={t('picker.placeholder')}
              value={query}
              onChange={(event) => {
                setQuery(event.target.value);
                setActive(-1);
                setOpen(true);
              }}
              onClick={() => {
                setOpen(true);
              }}
              onBlur={close}
              onKeyDown={onKeyDown}
            />
            {/* Kept focus in the box: a click on an option or the scroll bar does not blur it. */}
            <div
              ref={popupRef}
              className="picker-popup"
              hidden={!open}
              onMouseDown={(event) => {
                event.preventDefault();
              }}
            >
              <ul
                ref={listRef}
                id={listId}
                role="listbox"
                aria-label={props.label}
                hidden={shown.length === 0}
              >
                {shown.map((choice, index) => (
                  <li
                    key={choice.id}
                    id={optionId(choice)}
                    role="option"
                    aria-selected={index === active}
                    className={index === active ? 'picker-option picker-active' : 'picker-option'}
                    onMouseMove={() => {
                      if (index !== active) setActive(index);
                    }}
                    onClick={() => {
                      choose(choice);
                    }}
                  >
                    <span className="picker-label">{choice.label}</span>
                    {choice.detail !== undefined && choice.detail !== '' ? (
                      <span className="picker-detail">{choice.detail}</span>
                    ) : null}
                  </li>
                ))}
              </ul>
              {note !== '' ? (
                <p className="picker-note" aria-live="polite">
                  {note}
                </p>
              ) : null}
            </div>
          </div>
        </>
      )}
      {props.children}
    </div>
  );
}
