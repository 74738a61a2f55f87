import type { TermEntry, TermSource } from '../types';
import {
  ALA_ALK,
  NCI_CHECKPOINT_INHIBITORS,
} from '../sources';

// Pages checked on 2026-12-03, each read in the stored copy the search tool returned.
const MEDLINEPLUS_KRAS: TermSource = {
  title: 'KRAS gene',
  publisher: 'MedlinePlus Genetics (National Library of Medicine)',
  url: 'https://medlineplus.gov/genetics/gene/kras/',
};

const NCI_ALK_POSITIVE: TermSource = {
  title: 'Definition of ALK-positive cancer - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/796880',
};

const NCI_EGFR: TermSource = {
  title: 'Definition of EGFR - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/egfr',
};

const NCI_ROS1_POSITIVE: TermSource = {
  title: 'Definition of ROS1 positive - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/ros1-positive',
};

export const biomarkerTerms: TermEntry[] = [
  {
    id: 'egfr',
    name: 'EGFR',
    forms: [
      'EGFR',
      'EGFR mutation',
      'EGFR gene',
      'EGFR-positive',
      'EGFR-mutant',
      'epidermal growth factor receptor',
    ],
    category: 'biomarker',
    summary:
      'EGFR is a protein on some cells that helps control when they divide. In some cancers, a change in the EGFR gene makes the cancer cells divide faster.',
    details:
      'EGFR stands for epidermal growth factor receptor. It sits on certain cells and picks up a signal called epidermal growth factor. It is part of the chain of signals that tells a cell when to divide and helps it survive. A change (mutation) in the EGFR gene in some cancer cells makes them divide more quickly. Drugs that block EGFR are used to treat some of these cancers. A lab test of a tumor sample, or sometimes of blood, can look for gene changes like this one, often many at the same time. Ask your care team what your result means for your treatment.',
    related: ['targeted-therapy', 'biomarker-testing', 'gene-mutation', 'adenocarcinoma', 'nsclc'],
    sources: [NCI_EGFR, ALA_ALK],
    reviewed: '2026-12-03',
  },
  {
    id: 'alk',
    name: 'ALK',
    forms: [
      'ALK',
      'ALK-positive',
      'ALK fusion',
      'ALK rearrangement',
      'ALK gene',
      'anaplastic lymphoma kinase',
    ],
    category: 'biomarker',
    summary:
      'ALK is a gene whose protein helps control how cells grow. In some cancers, most often lung cancer, the ALK gene is changed, and the cancer may grow faster.',
    details:
      'The letters ALK are short for anaplastic lymphoma kinase. Before birth, the gene helps the gut and nervous system develop, and then it is switched off. In some cancers, it is switched back on in the tumor cells and joined to another gene. Doctors call this change an ALK fusion or rearrangement, and it can cause cancer. Cancers with it, or with too much ALK protein, are called ALK-positive. Most are non-small cell lung cancers, but a kind of lymphoma and a cancer called neuroblastoma can be too. A test of tumor tissue or blood shows whether the change is there, which helps doctors plan treatment.',
    related: ['targeted-therapy', 'biomarker-testing', 'gene-mutation', 'adenocarcinoma', 'ros1'],
    sources: [NCI_ALK_POSITIVE, ALA_ALK],
    reviewed: '2026-12-03',
  },
  {
    id: 'kras',
    name: 'KRAS',
    forms: ['KRAS', 'KRAS mutation', 'KRAS gene', 'KRAS G12C', 'K-RAS'],
    category: 'biomarker',
    summary:
      'KRAS is a gene that helps control when cells grow and divide. A change in this gene can help turn normal cells into cancer cells.',
    details:
      'The KRAS gene holds the instructions for a protein called K-Ras. K-Ras passes along signals that tell a cell to grow and divide. It acts like a switch, turning on to send the signal and off again to stop. KRAS is an oncogene: when a gene like this is changed, it can help turn normal cells into cancer cells. KRAS changes are also an uncommon cause of a rare condition that affects the heart, face and skin. A lab test of a tumor sample, or sometimes of blood, can look for a KRAS change along with many others. Ask your care team what the result means for your treatment.',
    related: ['targeted-therapy', 'biomarker-testing', 'gene-mutation', 'nsclc', 'lung-cancer'],
    sources: [MEDLINEPLUS_KRAS, ALA_ALK],
    reviewed: '2026-12-03',
  },
  {
    id: 'pd-l1',
    name: 'PD-L1',
    forms: ['PD-L1', 'PD-L1 test', 'PD-L1 expression', 'PD-L1 level', 'PDL1', 'programmed death-ligand 1'],
    category: 'biomarker',
    summary:
      'PD-L1 is a protein some cells carry on their surface. When it meets a protein called PD-1 on immune cells, it tells them to stand down.',
    details:
      'This is one of the body\'s normal checks, which keep the immune system from harming healthy cells. Some tumors make large amounts of PD-L1, which holds back the attack of T cells, a kind of immune cell. Drugs called immune checkpoint inhibitors block PD-L1 or PD-1, which lets the T cells go after the cancer cells. A lab test of a tumor sample can look for proteins like this one. Ask your doctor whether your tumor has been tested and what the result means for you.',
    related: ['checkpoint-inhibitor', 'immunotherapy', 'biomarker-testing', 'biomarker', 'nsclc'],
    sources: [NCI_CHECKPOINT_INHIBITORS, ALA_ALK],
    reviewed: '2026-12-03',
  },
  {
    id: 'ros1',
    name: 'ROS1',
    forms: ['ROS1', 'ROS1-positive', 'ROS1 fusion', 'ROS1 rearrangement', 'ROS1 gene'],
    category: 'biomarker',
    summary:
      'ROS1 is a gene whose protein helps cells send signals and grow. In some cancers the ROS1 gene is changed, and the cancer may grow faster.',
    details:
      'In some cancers, the ROS1 gene is changed, or part of it is joined to another gene to make a fusion protein. Cancer cells with this change may grow more quickly. These cancers are called ROS1-positive. They include some non-small cell lung cancers, a brain cancer called glioblastoma, and some cancers of the colon, rectum, stomach, ovary and bile duct. A lab test of a tumor sample, or sometimes of blood, can look for the change. Knowing the result helps doctors plan treatment.',
    related: ['targeted-therapy', 'biomarker-testing', 'alk', 'gene-mutation', 'adenocarcinoma'],
    sources: [NCI_ROS1_POSITIVE, ALA_ALK],
    reviewed: '2026-12-03',
  },
];
