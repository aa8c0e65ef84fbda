import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { parseChangeNotice, type ChangeTopic } from '../../shared/changes';

type Listener = (topics: readonly ChangeTopic[]) => void;

const listeners = new Set<Listener>();
let connected = false;

/** One subscription to what main (or the host) announces, shared by every page. */
function listen(listener: Listener): () => void {
  if (!connected && window.dpoChanges !== undefined) {
    connected = true;
    window.dpoChanges.subscribe((notice) => {
      const parsed = parseChangeNotice(notice);
      if (parsed === null) return;
      for (const each of listeners) each(parsed.topics);
    });
  }
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Calls `onChange` each time a write changes one of `topics` (`'all'`: any write). */
export function useChanges(topics: readonly ChangeTopic[] | 'all', onChange: () => void): void {
  const latest = useRef(onChange);
  useLayoutEffect(() => {
    latest.current = onChange;
  });
  // A stable key: callers pass a fresh array literal on every render.
  const key = topics === 'all' ? 'all' : [...topics].sort().join(' ');
  useEffect(
    () =>
      listen((changed) => {
        if (key === 'all' || changed.some((topic) => key.split(' ').includes(topic))) {
          latest.current();
        }
      }),
    [key],
  );
}

/**
 * A live query: runs `load` now, again whenever `load` changes (wrap it in useCallback with what
 * it reads) and whenever a write changes one of `topics`. `load` receives `isCurrent`: an answer
 * that arrives after a newer load started, or after the page was left, must be dropped.
 */
export function useLiveLoad(
  topics: readonly ChangeTopic[] | 'all',
  load: (isCurrent: () => boolean) => unknown,
): void {
  const [changes, setChanges] = useState(0);
  useChanges(topics, () => {
    setChanges((count) => count + 1);
  });
  useEffect(() => {
    let current = true;
    load(() => current);
    return () => {
      current = false;
    };
  }, [load, changes]);
}
