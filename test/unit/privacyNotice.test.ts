import { describe, expect, it } from 'vitest';
import {
  exampleActivities,
  exampleOrganisation,
  exampleProcessors,
  exampleRules,
} from '../../electron/services/example';
import { translate } from '../../shared/i18n';
import { privacyNoticeChecks } from '../../shared/notices/checks';
import type { NoticeDocument } from '../../shared/notices/document';
import {
  legalBasisWords,
  privacyNotice,
  type PrivacyNoticeSources,
} from '../../shared/notices/privacyNotice';
import type { ProcessingActivity } from '../../shared/schemas/activity';
import { emptyProcessor, processorInputSchema } from '../../shared/schemas/processor';
import type { RetentionRule } from '../../shared/schemas/retention';

const at = '2026-12-01T09:00:00.000Z';

/** The example register as the database would give it back. */
function exampleSources(paragraphs = { intro: '', closing: '' }): PrivacyNoticeSources {
  const activities: ProcessingActivity[] = exampleActivities(['client-1', 'client-2']).map(
    (fields, index) => ({
      ...fields,
      id: `activity-${String(index)}`,
      reference: `T-${String(index + 1).padStart(4, '0')}`,
      createdAt: at,
      updatedAt: at,
    }),
  );
  const idOf = (name: string | null) => activities.find((a) => a.name === name)?.id ?? null;
  const processors = exampleProcessors('2026-12-01').map(({ serves, ...fields }, index) => ({
    ...processorInputSchema.parse({
      ...emptyProcessor(),
      ...fields,
      activityIds: serves.map((name) => idOf(name) ?? name),
    }),
    id: `processor-${String(index)}`,
  }));
  const rules: RetentionRule[] = exampleRules().map(({ activity, rule }, index) => ({
    ...rule,
    activityId: idOf(activity),
    id: `rule-${String(index)}`,
    createdAt: at,
    updatedAt: at,
  }));
  return {
    organisation: exampleOrganisation,
    activities,
    processors,
    rules,
    paragraphs,
    today: '2026-12-06',
  };
}

/** Everything a reader of the notice sees, one string per paragraph, item or cell. */
function textsOf(doc: NoticeDocument): string[] {
  return [
    doc.title,
    ...doc.sections.flatMap((section) => [
      section.heading,
      ...section.blocks.flatMap((block) =>
        block.kind === 'paragraph'
          ? [block.text]
          : block.kind === 'list'
            ? block.items
            : [...block.columns, ...block.rows.flat()],
      ),
    ]),
  ];
}

function tableOf(doc: NoticeDocument, id: string): string[][] {
  const section = doc.sections.find((s) => s.id === id);
  const table = section?.blocks.find((b) => b.kind === 'table');
  if (table?.kind !== 'table') throw new Error(`no table in ${id}`);
  return table.rows;
}

const sources = exampleSources();
const isPublic = (a: ProcessingActivity) =>
  a.concernsPublic && a.status === 'active' && a.register === 'controller';
const publicOnes = sources.activities.filter(isPublic);
const internalOnes = sources.activities.filter((a) => !isPublic(a));

describe.each(['fr', 'en'] as const)('the privacy notice of the example (%s)', (language) => {
  const t = (key: string, params?: Record<string, string | number>) =>
    translate(language, key, params);
  const doc = privacyNotice(sources, language);
  const text = textsOf(doc).join('\n');

  it('speaks of the public activities and of them only', () => {
    expect(publicOnes.map((a) => a.name)).toEqual([
      'Prospection commerciale',
      'Exécution des contrats et des services',
      'Relation client et suivi clientèle',
      'Paiements et lutte contre la fraude',
      'Amélioration des services, enquêtes de satisfaction et statistiques',
      'Mesure d’audience et gestion des cookies du site internet',
      'Respect du droit et des décisions de justice',
      'Gestion des demandes d’exercice des droits',
    ]);
    for (const activity of internalOnes) {
      expect(text).not.toContain(activity.name);
      for (const purpose of activity.purposes) expect(text).not.toContain(purpose.description);
    }
    expect(text).not.toContain('Protéger les biens et les personnes dans les locaux.');
  });

  it('gives every purpose of a public activity with its legal basis in words', () => {
    const rows = tableOf(doc, 'purposes');
    const purposes = publicOnes.flatMap((a) => a.purposes);
    expect(rows.map((row) => row[0])).toEqual(purposes.map((p) => p.description));
    purposes.forEach((purpose, index) => {
      expect(rows[index]?.[1]).toBe(legalBasisWords(purpose, t));
      if (purpose.legalBasis === 'legitimateInterest') {
        expect(rows[index]?.[1]).toContain(purpose.legitimateInterest);
      }
    });
    expect(rows.some((row) => row[1] === t('notice.basis.consent'))).toBe(true);
  });

  it('gives the retention of every public activity in three phases', () => {
    const rows = tableOf(doc, 'retention');
    for (const activity of publicOnes) {
      expect(rows.some((row) => row[0]?.startsWith(activity.name))).toBe(true);
    }
    const prospects = rows.find((row) => row[0] === 'Prospection commerciale');
    const clients = rows.find((row) => row[0] === 'Relation client et suivi clientèle');
    if (language === 'fr') {
      expect(prospects).toEqual([
        'Prospection commerciale',
        '3 ans à compter du dernier contact actif',
        'Aucun',
        'Suppression',
      ]);
      expect(clients?.slice(1)).toEqual([
        '3 ans à compter de la fin du contrat ou de la relation',
        '5 ans',
        'Anonymisation',
      ]);
    } else {
      expect(prospects?.slice(1)).toEqual(['3 years from last active contact', 'None', 'Deletion']);
      expect(clients?.slice(1, 3)).toEqual([
        '3 years from end of the contract or relationship',
        '5 years',
      ]);
    }
  });

  it('names the controller, the DPO, the recipients, the transfers, the rights and the CNIL', () => {
    expect(doc.sections.map((s) => s.id)).toEqual([
      'controller',
      'dpo',
      'sources',
      'purposes',
      'retention',
      'recipients',
      'transfers',
      'rights',
      'complaint',
      'automated',
    ]);
    expect(text).toContain(exampleOrganisation.legalName);
    expect(text).toContain(exampleOrganisation.siren);
    expect(text).toContain(exampleOrganisation.dpoEmail);
    expect(text).toContain('Google Analytics (Google Ireland Limited)');
    expect(tableOf(doc, 'transfers').map((row) => row[0])).toContain(
      'Google Analytics (Google Ireland Limited)',
    );
    expect(text).toContain(t('notice.rights.delay'));
    expect(text).toContain(t('notice.rights.identity'));
    expect(text).toContain('3 Place de Fontenoy');
    expect(text).toContain('www.cnil.fr');
    // Art. 14: prospects may come from partners.
    expect(text).toContain('Données collectées directement ou auprès de partenaires');
    expect(text).toContain(t('notice.automated.none'));
  });
});

describe('the paragraphs the DPO writes', () => {
  it('open and close the notice as written, and are left out when empty', () => {
    const doc = privacyNotice(
      exampleSources({
        intro: 'Nous protégeons vos données.\n\nNotre DPO répond à vos questions.',
        closing: '  ',
      }),
      'fr',
    );
    expect(doc.sections[0]).toEqual({
      id: 'intro',
      heading: 'Notre philosophie et nos engagements',
      blocks: [
        { kind: 'paragraph', text: 'Nous protégeons vos données.', origin: 'edited' },
        { kind: 'paragraph', text: 'Notre DPO répond à vos questions.', origin: 'edited' },
      ],
    });
    expect(doc.sections.some((s) => s.id === 'closing')).toBe(false);
  });

  it('say automated decisions and their logic when an activity makes one', () => {
    const base = exampleSources();
    const [first, ...rest] = base.activities;
    if (first === undefined) throw new Error('no activity');
    const doc = privacyNotice(
      {
        ...base,
        activities: [
          { ...first, automatedDecision: true, automatedDecisionLogic: 'Score d’appétence.' },
          ...rest,
        ],
      },
      'fr',
    );
    const text = textsOf(doc).join('\n');
    expect(text).toContain('Prospection commerciale : Score d’appétence.');
    expect(text).toContain(translate('fr', 'notice.rights.human'));
  });

  it('names as processors (Art. 28) only the processors, the other recipients by their role', () => {
    const sources = exampleSources();
    const doc = privacyNotice(sources, 'fr');
    const recipients = doc.sections.find((section) => section.id === 'recipients');
    const lists = (recipients?.blocks ?? []).flatMap((block) =>
      block.kind === 'list' ? [block.items] : [],
    );
    const processorsList = lists.at(-1) ?? [];
    const notProcessors = sources.processors.filter(
      (p) => p.role !== 'processor' && p.role !== 'subProcessor',
    );
    expect(notProcessors.length).toBeGreaterThan(0);
    for (const recipient of notProcessors) {
      expect(processorsList.join(' ')).not.toContain(recipient.name);
    }
  });

  it('lists before publishing a transfer without safeguard and a rule published over the record’s own period', () => {
    const sources = exampleSources();
    const rule = sources.rules.find((r) => r.activityId !== null);
    if (rule === undefined) throw new Error('no rule linked to an activity');
    // The record says 2 years where the rule of « Conservation » says something else.
    const activities = sources.activities.map((activity) =>
      activity.id !== rule.activityId
        ? activity
        : {
            ...activity,
            concernsPublic: true,
            status: 'active' as const,
            dataCategories: activity.dataCategories.map((category) =>
              category.kind !== rule.dataCategory
                ? category
                : {
                    ...category,
                    retention: {
                      ...category.retention,
                      mode: 'duration' as const,
                      duration: rule.activePeriod.value + 1,
                      unit: rule.activePeriod.unit,
                    },
                  },
            ),
          },
    );
    const checks = privacyNoticeChecks({ ...sources, activities });
    expect(checks).toContainEqual(
      expect.objectContaining({
        code: 'ruleOverRecord',
        rule: rule.label,
        rulePeriod: rule.activePeriod,
      }),
    );
    // The example's Moroccan call centre has no documented safeguard yet.
    expect(checks).toContainEqual(
      expect.objectContaining({ code: 'transferWithoutSafeguard', country: 'Maroc' }),
    );
    // Once documented, it is not a point to check any more.
    const documented = privacyNoticeChecks({
      ...sources,
      activities: activities.map((activity) => ({
        ...activity,
        transfers: activity.transfers.map((transfer) => ({
          ...transfer,
          safeguard: 'standardContractualClauses' as const,
        })),
      })),
      processors: sources.processors.map((processor) => ({
        ...processor,
        transfers: processor.transfers.map((transfer) => ({
          ...transfer,
          safeguard: 'standardContractualClauses' as const,
        })),
      })),
    });
    expect(documented.some((check) => check.code === 'transferWithoutSafeguard')).toBe(false);
  });
});
