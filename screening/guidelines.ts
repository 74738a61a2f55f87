/**
 * Who lung cancer screening (a yearly low-dose CT) is recommended for, by guideline, written as
 * data so that each rule can be read, cited and tested on its own. evaluate.ts applies them.
 * All limits are inclusive, as the guidelines word them ("aged 50 to 80", "at least 20 pack-years",
 * "quit within the past 15 years"). Every guideline is for people without signs or symptoms of
 * lung cancer: symptoms call for a doctor's visit, not screening (evaluate.ts).
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
  minAge: number;
  maxAge: number;
  minPackYears: number;
  /** For people who quit: the most years since quitting that still qualify; null for no limit. */
  maxYearsSinceQuit: number | null;
  /**
   * The stop rule: screening is not for someone whose other health problems would rule out
   * curative treatment or greatly limit life expectancy (USPSTF, ACS). Medicare has no such rule;
   * its decision visit covers it instead.
   */
  stopsForOtherHealthProblems: boolean;
  /** Medicare requires a counselling and shared decision-making visit before the first scan, and an order for it. */
  requiresDecisionVisit: boolean;
  source: GuidelineSource;
}

export const GUIDELINES: readonly Guideline[] = [
  {
    id: 'uspstf-2021',
    name: 'USPSTF (2021)',
    minAge: 50,
    maxAge: 80,
    minPackYears: 20,
    maxYearsSinceQuit: 15,
    stopsForOtherHealthProblems: true,
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
    minAge: 50,
    maxAge: 80,
    minPackYears: 20,
    maxYearsSinceQuit: null,
    stopsForOtherHealthProblems: true,
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
    minAge: 50,
    maxAge: 77,
    minPackYears: 20,
    maxYearsSinceQuit: 15,
    stopsForOtherHealthProblems: false,
    requiresDecisionVisit: true,
    source: {
      title: 'National Coverage Determination: Lung Cancer Screening with Low Dose Computed Tomography (LDCT) (210.14)',
      publisher: 'Centers for Medicare & Medicaid Services',
      url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2',
    },
  },
];
