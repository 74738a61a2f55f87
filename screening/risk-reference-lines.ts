import type { RiskRange } from './risk-model';

/* Published 6-year risk thresholds, drawn next to a person's estimate for context. */

export interface RiskReferenceLine {
  id: 'plcom2012-1.51' | 'ilst-1.7';
  /** 6-year risk, 0 to 1. */
  risk: number;
  /** What the threshold is, in plain words, to follow its percentage ("1.51%: …"). */
  meaning: string;
  source: { title: string; authors: string; journal: string; citation: string; url: string };
}

export const RISK_REFERENCE_LINES: readonly RiskReferenceLine[] = [
  {
    id: 'plcom2012-1.51',
    risk: 0.0151,
    meaning: 'above this 6-year risk, a large US trial found deaths from lung cancer were consistently lower with CT screening than with chest X-rays.',
    source: {
      title:
        'Evaluation of the Lung Cancer Risks at Which to Screen Ever- and Never-Smokers: Screening Rules Applied to the PLCO and NLST Cohorts',
      authors: 'Tammemägi MC, Church TR, Hocking WG, et al.',
      journal: 'PLOS Medicine',
      citation: '2014;11(12):e1001764',
      url: 'https://doi.org/10.1371/journal.pmed.1001764',
    },
  },
  {
    id: 'ilst-1.7',
    risk: 0.017,
    meaning: 'the 6-year risk the International Lung Screening Trial used to choose who to screen.',
    source: {
      title:
        'USPSTF2013 versus PLCOm2012 lung cancer screening eligibility criteria (International Lung Screening Trial): interim analysis of a prospective cohort study',
      authors: 'Tammemägi MC, et al.',
      journal: 'The Lancet Oncology',
      citation: '2022 (published online 10 December 2021)',
      url: 'https://doi.org/10.1016/S1470-2045(21)00590-8',
    },
  },
];

export type Side = 'above' | 'below' | 'either side';

/** Where the estimate sits against one threshold: at or above it counts as above. */
export function sideOf({ low, high }: RiskRange, threshold: number): Side {
  if (low >= threshold) return 'above';
  if (high < threshold) return 'below';
  return 'either side';
}

/** The estimate against each published threshold. */
export function againstReferenceLines(range: RiskRange) {
  return RISK_REFERENCE_LINES.map((line) => ({ line, side: sideOf(range, line.risk) }));
}
