import type { TermSource } from './types';

/*
 * Source pages cited by more than one entry, or kept together for review: each page is written
 * once, so its title and address cannot drift apart between entries. Every address here was
 * checked against the publisher's stored page.
 */

export const ACS_APPETITE: TermSource = {
  title: 'Poor Appetite',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/eating-problems/poor-appetite.html',
};

export const ACS_BONE_METS: TermSource = {
  title: 'Bone Metastases',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html',
};

export const ACS_BONE_METS_PROBLEMS: TermSource = {
  title: 'Treating Problems Caused by Bone Metastases',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/treating-problems-caused.html',
};

export const ACS_BONE_METS_SIGNS: TermSource = {
  title: 'Signs and Symptoms of Bone Metastasis',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html',
};

export const ACS_CARCINOID: TermSource = {
  title: 'What Are Lung Carcinoid Tumors?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html',
};

export const ACS_FATIGUE: TermSource = {
  title: 'What Is Cancer-related Fatigue?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/fatigue/what-is-cancer-related-fatigue.html',
};

export const ACS_FEVER: TermSource = {
  title: 'Fever',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/low-blood-counts/fever.html',
};

export const ACS_GLOSSARY_CANCER: TermSource = {
  title: 'Glossary: cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer.html',
};

export const ACS_GLOSSARY_SPINAL_CORD: TermSource = {
  title: 'Glossary: spinal cord',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/s/spinal_cord.html',
};

export const ACS_LIVER_METS: TermSource = {
  title: 'Liver Metastases',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/liver-metastases.html',
};

export const ACS_NAUSEA: TermSource = {
  title: 'What Are Nausea and Vomiting?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/eating-problems/nausea-and-vomiting/what-is-it.html',
};

export const ACS_NEUROPATHY: TermSource = {
  title: 'What Is Peripheral Neuropathy?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/nervous-system/peripheral-neuropathy/what-is-peripherial-neuropathy.html',
};

export const ACS_NHL: TermSource = {
  title: 'What Is Non-Hodgkin Lymphoma?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/types/non-hodgkin-lymphoma/about/what-is-non-hodgkin-lymphoma.html',
};

export const ACS_NSCLC_STAGING: TermSource = {
  title: 'Non-small Cell Lung Cancer Stages',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/lung-cancer/detection-diagnosis-staging/staging-nsclc.html',
};

/* Stored at http://; cited with https (same host and path). The stored copy shows no page title,
 * so this names the page by the section it holds. */
export const ACS_NSCLC_SIGNS: TermSource = {
  title: 'Signs and symptoms of non-small cell lung cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms',
};

export const CDC_LUNG: TermSource = {
  title: 'About Lung Cancer',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/lung-cancer/about/',
};

export const CDC_PNEUMONIA: TermSource = {
  title: 'Pneumonia',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/pneumonia/',
};

export const MEDLINEPLUS_COPD_MAG: TermSource = {
  title: "COPD: When You Learn More, You'll Breathe Better",
  publisher: 'MedlinePlus Magazine (National Library of Medicine)',
  url: 'https://medlineplus.gov/magazine/issues/winter07/articles/winter07pg24-25.html',
};

export const NCI_ADRENAL: TermSource = {
  title: 'Definition of adrenal gland - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46678&language=English&version=Patient',
};

export const NCI_BONE_MARROW: TermSource = {
  title: 'Definition of bone marrow - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=45622&version=healthprofessional&language=English&dictionary=Cancer.gov',
};

export const NCI_CHRONIC_BRONCHITIS: TermSource = {
  title: 'Definition of chronic bronchitis - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chronic-bronchitis',
};

export const NCI_LIVER: TermSource = {
  title: 'Definition of liver - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/liver',
};

export const NCI_METASTASIS: TermSource = {
  title: 'Metastasis: How Cancer Spreads',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/types/metastatic-cancer/how-cancer-spreads-video',
};

export const NCI_NEOPLASM: TermSource = {
  title: 'Definition of neoplasm - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46264&version=healthprofessional&language=English&dictionary=Cancer.gov',
};

export const NCI_NSCLC_PDQ: TermSource = {
  title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
};

export const NCI_PE: TermSource = {
  title: 'Definition of pulmonary embolism - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/pulmonary-embolism',
};

export const NCI_WHEEZING: TermSource = {
  title: 'Definition of wheezing - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/wheezing',
};

export const NHLBI_ANEMIA: TermSource = {
  title: 'Anemia',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health-topics/anemia',
};

export const NHLBI_ASTHMA: TermSource = {
  title: 'Asthma - What Is Asthma?',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health/asthma?ref=tomecontroldesusalud.com',
};

export const NHLBI_ASTHMA_TOPIC: TermSource = {
  title: 'Asthma',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/subscribe/4896',
};

export const NHLBI_BREATHING: TermSource = {
  title: 'How the Lungs Work: What Breathing Does for the Body',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health/lungs/breathing-benefits',
};

export const NHLBI_COPD_ARTICLE: TermSource = {
  title: 'Learn More About COPD And Breathe Better',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health/educational/copd/press-room/articles/learn-more-about-copd-and-breathe-better.htm',
};

export const NHLBI_COPD_NEWS: TermSource = {
  title: 'Empowering Communities Most At Risk for COPD',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/news/2021/empowering-communities-most-risk-copd',
};

export const NHLBI_COUGH: TermSource = {
  title: 'Cough',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health-topics/cough',
};

export const NHS_SYMPTOMS: TermSource = {
  title: 'Symptoms - Lung cancer',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/',
};
