import { useState } from 'react';
import { maxLength } from '../../../../../shared/limits';
import {
  enisaBand,
  enisaSeverity,
  obligationsOf,
  suggestedRiskLevel,
  type EnisaAssessment,
} from '../../../../../shared/breaches/risk';
import { riskLevels } from '../../../../../shared/breaches/vocabulary';
import { useI18n } from '../../../i18n';
import { CheckField, Section, SelectField } from '../../../components/Inputs';
import type { SectionProps } from './kit';

/** ENISA's scales, each value with its meaning (`enum.enisa<Input>.<value>`). */
const scales = {
  context: [1, 2, 3, 4],
  identification: [0.25, 0.5, 0.75, 1],
  confidentiality: [0, 0.25, 0.5],
  integrity: [0, 0.25, 0.5],
  availability: [0, 0.25, 0.5],
} as const;
type Scale = keyof typeof scales;

const firstAssessment: EnisaAssessment = {
  context: 1,
  identification: 0.25,
  confidentiality: 0,
  integrity: 0,
  availability: 0,
  malicious: false,
};

const enumPrefix = (scale: Scale) => `enum.enisa${scale[0]?.toUpperCase() ?? ''}${scale.slice(1)}`;

/** What the law asks once the level is decided, in the DPO's words. */
function Owed({ kit }: SectionProps) {
  const { t, value } = kit;
  if (value.riskLevel === null) return <p className="field-hint">{t('breach.owed.undecided')}</p>;
  const owed = obligationsOf(value.riskLevel, value.communicationException);
  const people = {
    individual: 'breach.owed.individual',
    public: 'breach.owed.public',
    none: 'breach.owed.noPeople',
  }[owed.tellPeople];
  return (
    <ul className="breach-owed">
      <li>{t(owed.notifyAuthority ? 'breach.owed.notify' : 'breach.owed.documentOnly')}</li>
      <li>{t(people)}</li>
    </ul>
  );
}

/**
 * ENISA's severity worked out live from its inputs, the level it suggests, then the DPO's own
 * level and its justification, and what that level makes owed.
 */
export function RiskSection({ kit }: SectionProps) {
  const { t, value, set, select, text } = kit;
  const { language } = useI18n();
  const enisa = value.enisa;
  const severity = enisa === null ? null : enisaSeverity(enisa);
  // A grid just opened holds ENISA's lowest values only as placeholders: no suggested level is
  // shown until the DPO has chosen every criterion, or « Pas de risque » would appear unasked.
  const [toChoose, setToChoose] = useState<ReadonlySet<Scale>>(new Set());
  return (
    <Section id="section-risk" title={t('section.breach.risk')}>
      {enisa === null ? (
        <p>
          {t('breach.enisa.none')}{' '}
          <button
            type="button"
            onClick={() => {
              set(['enisa'], firstAssessment);
              setToChoose(new Set(Object.keys(scales) as Scale[]));
            }}
          >
            {t('breach.enisa.start')}
          </button>
        </p>
      ) : (
        <>
          <div className="grid-2">
            {(Object.keys(scales) as Scale[]).map((scale) => (
              <SelectField
                key={scale}
                name={`enisa.${scale}`}
                label={t(`breach.enisa.${scale}`)}
                value={toChoose.has(scale) ? '' : String(enisa[scale])}
                options={[
                  ...(toChoose.has(scale)
                    ? [{ value: '', label: t('breach.enisa.toChoose') }]
                    : []),
                  ...scales[scale].map((v) => ({
                    value: String(v),
                    label: t(`${enumPrefix(scale)}.${String(v)}`),
                  })),
                ]}
                onChange={(v) => {
                  if (v === '') return;
                  set(['enisa', scale], Number(v));
                  setToChoose((before) => new Set([...before].filter((s) => s !== scale)));
                }}
              />
            ))}
          </div>
          <CheckField
            label={t('breach.enisa.malicious')}
            checked={enisa.malicious}
            onChange={(on) => {
              set(['enisa', 'malicious'], on);
            }}
          />
          <p className="breach-severity" aria-live="polite" data-testid="enisa-result">
            {toChoose.size > 0 ? (
              <span>{t('breach.enisa.pending', { count: toChoose.size })}</span>
            ) : (
              <strong>
                {t('breach.enisa.result', {
                  severity: (severity ?? 0).toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB'),
                  band: t(`enum.enisaBand.${enisaBand(severity ?? 0)}`),
                  level: t(`enum.riskLevel.${suggestedRiskLevel(enisa)}`),
                })}
              </strong>
            )}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                set(['enisa'], null);
                setToChoose(new Set());
              }}
            >
              {t('breach.enisa.remove')}
            </button>
          </p>
        </>
      )}
      {select('riskLevel', riskLevels, 'enum.riskLevel', {
        label: t('breach.riskUndecided'),
        value: null,
      })}
      {text('riskJustification', { max: maxLength.freeText, multiline: true })}
      <div className="field" role="group" aria-label={t('breach.owed.title')}>
        <span className="field-label">{t('breach.owed.title')}</span>
        <Owed kit={kit} />
      </div>
    </Section>
  );
}
