import type { ReviewRecord } from '../types';

const D = '2026-12-03';
const NCI_EGFR = 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/egfr';
const NCI_ALK = 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/796880';
const ALA_ALK = 'https://lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/biomarker-testing/alk-lung-cancer';
const NCI_ROS1 = 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/ros1-positive';
const MEDLINEPLUS_KRAS = 'https://medlineplus.gov/genetics/gene/kras/';
const NCI_CHECKPOINT = 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors';
const ALA_TESTING = 'biomarker tests of tumor tissue or blood; next-generation sequencing looks for many biomarkers at once';

/** Review records of the entries in entries/biomarkers.ts, by entry id. */
export const biomarkersReviews: Record<string, ReviewRecord> = {
  egfr: {
    date: D,
    checks: [
      { url: NCI_EGFR, supports: 'protein on certain cells that binds epidermal growth factor; part of signals controlling cell division and survival; EGFR gene mutations make some cancer cells divide more rapidly; drugs that block EGFR treat some cancers' },
      { url: ALA_ALK, supports: ALA_TESTING },
    ],
    changed: 'dropped the claim that the mutation makes cells carry more EGFR protein; the "switched on all the time" mechanism could not be tied to a stored trusted page, so the text says only that the change makes the cells divide faster; ACS targeted-therapy page (not found in the store) replaced by the ALA testing page',
  },
  alk: {
    date: D,
    checks: [
      { url: NCI_ALK, supports: "ALK helps control cell growth; changed ALK gene or too much ALK protein in cancer cells may make cancer grow faster; ALK-positive cancers include NSCLC, neuroblastoma and anaplastic large cell lymphoma; knowing helps plan treatment" },
      { url: ALA_ALK, supports: "ALK works in the embryo in gut and nervous system development and is turned off in the womb; may be turned back on and fused with another gene (fusion, rearrangement) and cause cancer; most ALK-positive cancers are NSCLC; tumor tissue or blood tests" },
    ],
    changed: "fix round (fact-check report): the switched-back-on sentence now says it happens in the tumor cells, not \"in some people\" (NCI: cancer cells with a changed ALK gene); ALA sentences reworded. The form \"ALK\" also matches \"ALK PHOS\" (alkaline phosphatase) and the company ALK-Abelló: that needs look-alike phrases or a context rule, which are not in this file (see report).",
  },
  kras: {
    date: D,
    checks: [
      { url: MEDLINEPLUS_KRAS, supports: "KRAS makes K-Ras, which relays signals to grow and divide and acts as an on-off switch; KRAS is an oncogene; mutations uncommonly cause cardiofaciocutaneous syndrome" },
      { url: ALA_ALK, supports: ALA_TESTING },
    ],
    changed: "fix round (fact-check report): the oncogene sentence rewritten so it no longer follows MedlinePlus.",
  },
  'pd-l1': {
    date: D,
    checks: [
      { url: NCI_CHECKPOINT, supports: "checkpoints are a normal part of the immune system that protect healthy cells; partner proteins such as PD-L1 bind PD-1 on T cells and send an off signal; some tumors make lots of PD-L1; checkpoint inhibitors block PD-1 or PD-L1 so T cells can kill cancer cells" },
      { url: ALA_ALK, supports: "immunohistochemistry tests look for proteins in tumor cells under a microscope" },
    ],
    changed: "fix round (fact-check report): the tumors-make-lots-of-PD-L1 and T-cell sentences rewritten so they no longer follow NCI.",
  },
  ros1: {
    date: D,
    checks: [
      { url: NCI_ROS1, supports: 'in normal cells ROS1 is involved in signaling and growth; changed ROS1 gene or ROS1 fusion protein may make cancer grow faster; list of ROS1-positive cancers; knowing helps plan treatment' },
      { url: ALA_ALK, supports: ALA_TESTING },
    ],
    changed: 'first sentence no longer lung-specific; ACS targeted-therapy page (not found in the store) replaced by the ALA testing page; dropped the targeted-drug claim no stored page supports',
  },
};
