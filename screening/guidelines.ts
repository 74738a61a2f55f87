/**
 * Who lung cancer screening (a yearly low-dose CT) is recommended for, by guideline, written as
 * data so that each rule can be read, cited and tested on its own. evaluate.ts applies them.
 * All limits are inclusive, as the guidelines word them ("aged 50 to 80", "at least 20 pack-years",
 * "quit within the past 15 years").
 */

export interface GuidelineSource {
  title: string;
  publisher: string;
  url: string;
}

export interface Guideline {
  id: 'uspstf-2021' | 'acs-2023' | 'cms-2022';
  /** Short name shown as a column heading. */
  name: string;
  /** One line on who issues it and why it matters. */
  about: string;
  minAge: number;
  maxAge: number;
  minPackYears: number;
  /** For people who quit: the most years since quitting that still qualify; null for no limit. */
  maxYearsSinceQuit: number | null;
  /** Medicare covers the scan only for people with no signs or symptoms of lung cancer. */
  requiresNoSymptoms: boolean;
  /** Medicare requires a counselling and shared decision-making visit before the first scan. */
  requiresDecisionVisit: boolean;
  source: GuidelineSource;
}

export const GUIDELINES: readonly Guideline[] = [
  {
    id: 'uspstf-2021',
    name: 'USPSTF (2021)',
    about: 'The U.S. Preventive Services Task Force: the main U.S. recommendation, which most insurers follow.',
    minAge: 50,
    maxAge: 80,
    minPackYears: 20,
    maxYearsSinceQuit: 15,
    requiresNoSymptoms: false,
    requiresDecisionVisit: false,
    source: {
      title: 'Lung Cancer: Screening (Final Recommendation Statement)',
      publisher: 'U.S. Preventive Services Task Force',
      url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
    },
  },
  {
    id: 'acs-2023',
    name: 'American Cancer Society (2023)',
    about: 'The American Cancer Society: like the USPSTF, but with no limit on years since quitting.',
    minAge: 50,
    maxAge: 80,
    minPackYears: 20,
    maxYearsSinceQuit: null,
    requiresNoSymptoms: false,
    requiresDecisionVisit: false,
    source: {
      title: 'Lung Cancer Screening Guidelines',
      publisher: 'American Cancer Society',
      url: 'https://www.cancer.org/health-care-professionals/american-cancer-society-prevention-early-detection-guidelines/lung-cancer-screening-guidelines.html',
    },
  },
  {
    id: 'cms-2022',
    name: 'Medicare (2022)',
    about: 'What Medicare (CMS) pays for: ages up to 77, and a shared decision-making visit first.',
    minAge: 50,
    maxAge: 77,
    minPackYears: 20,
    maxYearsSinceQuit: 15,
    requiresNoSymptoms: true,
    requiresDecisionVisit: true,
    source: {
      title: 'National Coverage Determination: Lung Cancer Screening with Low Dose Computed Tomography (LDCT) (210.14)',
      publisher: 'Centers for Medicare & Medicaid Services',
      url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2&doctype=NCD&timeframe=30&sortBy=updated&bc=AAAACAAAAAAA',
    },
  },
];
