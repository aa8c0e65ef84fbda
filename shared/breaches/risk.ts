import type { CommunicationException, RiskLevel } from './vocabulary';

/**
 * ENISA's 2013 method for the severity of a breach: the data-processing context (1 simple data,
 * 2 behavioural, 3 financial, 4 sensitive) × the ease of identification (0.25 negligible to 1
 * maximum) + the circumstances (loss of confidentiality, integrity, availability up to 0.5 each,
 * malicious intent 0.5).
 */
export interface EnisaAssessment {
  context: 1 | 2 | 3 | 4;
  identification: 0.25 | 0.5 | 0.75 | 1;
  /** 0.25: to known recipients; 0.5: to unknown or many recipients. */
  confidentiality: 0 | 0.25 | 0.5;
  /** 0.25: altered but recoverable; 0.5: altered beyond recovery. */
  integrity: 0 | 0.25 | 0.5;
  /** 0.25: temporarily unavailable; 0.5: lost for good. */
  availability: 0 | 0.25 | 0.5;
  malicious: boolean;
}

export const enisaBands = ['low', 'medium', 'high', 'veryHigh'] as const;
export type EnisaBand = (typeof enisaBands)[number];

export function enisaSeverity(assessment: EnisaAssessment): number {
  const circumstances =
    assessment.confidentiality +
    assessment.integrity +
    assessment.availability +
    (assessment.malicious ? 0.5 : 0);
  return assessment.context * assessment.identification + circumstances;
}

/** Below 2 low, 2 to 3 medium, 3 to 4 high, above 4 very high. */
export function enisaBand(severity: number): EnisaBand {
  if (severity < 2) return 'low';
  if (severity < 3) return 'medium';
  if (severity <= 4) return 'high';
  return 'veryHigh';
}

/**
 * The level the method suggests: a low severity is unlikely to result in a risk (document only);
 * a medium one is a risk (notify the CNIL); high and very high are a high risk (tell the people
 * too). The DPO decides, with a justification, and may depart from it.
 */
export function suggestedRiskLevel(assessment: EnisaAssessment): RiskLevel {
  const band = enisaBand(enisaSeverity(assessment));
  return band === 'low' ? 'none' : band === 'medium' ? 'risk' : 'highRisk';
}

/** What the law asks once the risk is known. */
export interface BreachObligations {
  /** Art. 33(1): the CNIL, within the deadline. */
  notifyAuthority: boolean;
  /**
   * Art. 34: 'individual' letters or emails; 'public' communication when telling each one would
   * take disproportionate effort (34(3)(c)); 'none' when the risk is not high or an exception of
   * 34(3)(a) or (b) applies.
   */
  tellPeople: 'individual' | 'public' | 'none';
}

export function obligationsOf(
  level: RiskLevel,
  exception: CommunicationException | '',
): BreachObligations {
  if (level === 'none') return { notifyAuthority: false, tellPeople: 'none' };
  if (level === 'risk') return { notifyAuthority: true, tellPeople: 'none' };
  if (exception === 'unintelligible' || exception === 'laterMeasures') {
    return { notifyAuthority: true, tellPeople: 'none' };
  }
  return {
    notifyAuthority: true,
    tellPeople: exception === 'disproportionateEffort' ? 'public' : 'individual',
  };
}
