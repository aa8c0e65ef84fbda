import { useState, type ReactNode } from 'react';
import { useI18n } from '../i18n';
import { ListItem } from './Inputs';

let lastKey = 0;
const newKey = () => `item-${String(++lastKey)}`;

/**
 * A list the user adds to and removes from (purposes, transfers...). Items are plain data without
 * ids, so each is keyed by an id made here and kept beside it: removing the first item keeps what
 * the others show (and their focus), which keys by position do not.
 */
export function ListBlock<T>(props: {
  items: readonly T[];
  onChange: (items: T[]) => void;
  /** The item that « Add » appends. */
  make: () => T;
  addLabel: string;
  /** The name of item `position` (1-based): its group's label. */
  itemLabel: (position: number) => string;
  /** `card`: each item a titled group; `row`: each item one line of inputs. */
  layout?: 'card' | 'row' | undefined;
  children: (item: T, index: number) => ReactNode;
}) {
  const { t } = useI18n();
  const [keys, setKeys] = useState<string[]>(() => props.items.map(newKey));
  // A list replaced from outside (a load, a reload) gets keys for what it gained.
  let shownKeys = keys;
  if (keys.length !== props.items.length) {
    shownKeys = props.items.map((_, index) => keys[index] ?? newKey());
    setKeys(shownKeys);
  }
  const remove = (index: number) => {
    setKeys(shownKeys.filter((_, i) => i !== index));
    props.onChange(props.items.filter((_, i) => i !== index));
  };
  return (
    <>
      {props.items.map((item, index) =>
        props.layout === 'row' ? (
          // No group label here: the row's inputs carry the item's name themselves.
          <div className="inline-row" key={shownKeys[index]}>
            {props.children(item, index)}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                remove(index);
              }}
            >
              {t('common.remove')}
            </button>
          </div>
        ) : (
          <ListItem
            key={shownKeys[index]}
            label={props.itemLabel(index + 1)}
            removeLabel={t('common.remove')}
            onRemove={() => {
              remove(index);
            }}
          >
            {props.children(item, index)}
          </ListItem>
        ),
      )}
      <button
        type="button"
        onClick={() => {
          setKeys([...shownKeys, newKey()]);
          props.onChange([...props.items, props.make()]);
        }}
      >
        {t('common.addItem', { item: props.addLabel })}
      </button>
    </>
  );
}
