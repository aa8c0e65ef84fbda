import { dpo } from '../api';
import { useCallback, useState } from 'react';
import type { ActivitySummary } from '../../../shared/schemas/activity';
import type { ProcessorSummary } from '../../../shared/schemas/processor';
import { useLiveLoad } from '../live';

/** The register's activities and processors a record links to, as they are now (live). */
export function useLinkableRecords(): {
  activities: ActivitySummary[];
  processors: ProcessorSummary[];
} {
  const [activities, setActivities] = useState<ActivitySummary[]>([]);
  const [processors, setProcessors] = useState<ProcessorSummary[]>([]);
  useLiveLoad(
    ['activities', 'processors'],
    useCallback((isCurrent: () => boolean) => {
      void dpo.activities.list({}).then((result) => {
        if (result.ok && isCurrent()) setActivities(result.value);
      });
      void dpo.processors.list().then((result) => {
        if (result.ok && isCurrent()) setProcessors(result.value);
      });
    }, []),
  );
  return { activities, processors };
}
