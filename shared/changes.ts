import { z } from 'zod';

/**
 * What the UI can hear has changed after a committed write. Pages name the topics they show and
 * reload when one of them is announced (the way local-first apps keep live queries).
 */
export const changeTopics = [
  'activities',
  'processors',
  'requests',
  'breaches',
  'cookies',
  'retention',
  'clients',
  'letters',
  'documents',
  'settings',
  'notices',
] as const;

export type ChangeTopic = (typeof changeTopics)[number];

/** The journal's entity names (audit_entry.entity), each with the topics its writes change. */
const topicsOfEntity: Record<string, readonly ChangeTopic[]> = {
  // An activity's processors are shown on the processors' pages, and the other way round.
  // A cookie shows its provider and activity: their writes change the inventory too.
  processing_activity: ['activities', 'processors', 'cookies'],
  processor: ['processors', 'activities', 'cookies'],
  rights_request: ['requests'],
  breach: ['breaches'],
  cookie: ['cookies'],
  suppression_entry: ['requests'],
  request_letter: ['requests', 'letters'],
  retention_rule: ['retention', 'activities'],
  tracked_item: ['retention'],
  retention_action: ['retention'],
  client: ['clients', 'activities'],
  letter_template: ['letters'],
  letter_image: ['letters', 'settings'],
  register_export: ['documents'],
  // A publication ends a notice's stale warning on the dashboard.
  notice_publication: ['documents'],
  organisation_settings: ['settings', 'letters'],
  preference: ['settings'],
  notice_paragraph: ['notices'],
};

/**
 * The topics changed by writes to these journal entities. A whole-file change (a restored backup,
 * an imported file) or an entity this table does not know yet changes everything: reloading too
 * much costs a query, missing a change shows a stale page.
 */
export function topicsOfEntities(entities: Iterable<string>): ChangeTopic[] {
  const topics = new Set<ChangeTopic>();
  for (const entity of entities) {
    const known = topicsOfEntity[entity];
    if (known === undefined) return [...changeTopics];
    for (const topic of known) topics.add(topic);
  }
  return changeTopics.filter((topic) => topics.has(topic));
}

/** Sent to the UI: the topics that changed. */
export const changeNoticeSchema = z.object({ topics: z.array(z.enum(changeTopics)).max(50) });
export type ChangeNotice = z.infer<typeof changeNoticeSchema>;

/**
 * `window.dpoChanges`, from the preload or the browser host's bridge. What arrives is checked by
 * the UI before use (`parseChangeNotice`).
 */
export interface ChangeSubscription {
  subscribe(listener: (notice: unknown) => void): () => void;
}

/** A notice as received, or null when it is not one. */
export function parseChangeNotice(notice: unknown): ChangeNotice | null {
  const parsed = changeNoticeSchema.safeParse(notice);
  return parsed.success ? parsed.data : null;
}
