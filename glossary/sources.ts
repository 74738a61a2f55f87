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

export const NCI_ADRENAL: TermSource = {
  title: 'Definition of adrenal gland - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46678&language=English&version=Patient',
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

export const NHLBI_ASTHMA_TOPIC: TermSource = {
  title: 'Asthma',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/subscribe/4896',
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

export const ACS_COMPLEMENTARY: TermSource = {
  title: 'What Are Complementary and Integrative Methods?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/complementary-and-integrative-medicine/complementary-and-alternative-methods-and-cancer/what-are-complementary-and-integrative-methods.html',
};

export const ALA_LUNG_CANCER_DIAGNOSIS: TermSource = {
  title: 'How Is Lung Cancer Diagnosed?',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed',
};

// Read on 2026-12-03 at the address the search tool gave, without its display query (?report=objectonly).
export const NCBI_LUNG_RADS_TABLE: TermSource = {
  title: 'Overview of Lung-RADS Classification System (Version 1.1)',
  publisher: 'National Library of Medicine (NCBI Bookshelf)',
  url: 'https://ncbi.nlm.nih.gov/books/NBK568579/table/appa.tab2/',
};

export const ACS_NHL_LYMPH_SYSTEM: TermSource = {
  title: 'What Is Non-Hodgkin Lymphoma?',
  publisher: 'American Cancer Society',
  url: 'https://cancer.org/cancer/non-hodgkin-lymphoma/about/types-of-non-hodgkin-lymphoma.html',
};

export const ACS_GLOSSARY_STAGING: TermSource = {
  title: 'Glossary: staging',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/s/staging.html',
};

export const ACS_FINDING_BONE_METS: TermSource = {
  title: 'Finding Bone Metastases',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/finding-bone-metastases.html',
};

export const NHS_COUGHING_BLOOD: TermSource = {
  title: 'Coughing up blood (blood in phlegm)',
  publisher: 'NHS',
  url: 'https://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx',
};

export const ACS_SHORTNESS_OF_BREATH: TermSource = {
  title: 'Shortness of Breath',
  publisher: 'American Cancer Society',
  url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html',
};

export const NINDS_KNOW_STROKE: TermSource = {
  title: 'Know the signs. Act in time.',
  publisher: 'National Institute of Neurological Disorders and Stroke',
  url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke',
};

export const ACS_NSCLC_PALLIATIVE: TermSource = {
  title: 'Palliative Procedures for Non-Small Cell Lung Cancer',
  publisher: 'American Cancer Society',
  url: 'https://cancer.org/cancer/lung-cancer/treating-non-small-cell/palliative.html',
};

export const CDC_CHEMO_FEVER: TermSource = {
  title: 'Watch Out for Fever',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/cancer/preventinfections/fever.htm',
};

export const USPSTF_LUNG_SCREENING: TermSource = {
  title: 'Lung Cancer: Screening (Final Recommendation Statement)',
  publisher: 'U.S. Preventive Services Task Force',
  url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
};

export const CMS_LDCT_NCD: TermSource = {
  title: 'National Coverage Determination: Lung Cancer Screening with Low Dose Computed Tomography (LDCT) (210.14)',
  publisher: 'Centers for Medicare & Medicaid Services',
  url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2',
};

export const NHLBI_COUGH_DIAGNOSIS: TermSource = {
  title: 'Cough - How Is the Cause of Cough Diagnosed?',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/node/4492',
};

export const ALA_ALK: TermSource = {
  title: 'ALK and Lung Cancer',
  publisher: 'American Lung Association',
  url: 'https://lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/biomarker-testing/alk-lung-cancer',
};

export const ALA_LUNG_CANCER_SURGERY: TermSource = {
  title: 'Lung Cancer Surgery',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/treatment/types-of-treatment/lung-cancer-surgery',
};

export const ACS_CHEMO_AFTER_SURGERY: TermSource = {
  title: 'Laryngeal and Hypopharyngeal Cancer Overview: Treating with Chemotherapy',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/laryngealandhypopharyngealcancer/laryngeal-and-hypopharyngeal-cancer-overview-treating-chemotherapy',
};

export const CDC_QUITLINE_FAQ: TermSource = {
  title: 'Frequently Asked Questions (FAQ) about 1-800-QUIT-NOW and the National Network of Tobacco Cessation Quitlines',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/tobacco/quit_smoking/cessation/faq-about-1-800-quit-now/index.html',
};

export const CDC_QUIT_MEDICINES_HOW: TermSource = {
  title: 'How to Use Quit Smoking Medicines',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/tobacco/campaign/tips/quit-smoking/quit-smoking-medications/how-to-use-quit-smoking-medicines/index.html',
};

export const NCI_CHECKPOINT_INHIBITORS: TermSource = {
  title: 'Immune Checkpoint Inhibitors',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors',
};

export const ALA_PNEUMONIA: TermSource = {
  title: 'Learn About Pneumonia',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/pneumonia/learn-about-pneumonia',
};

export const NHLBI_ASTHMA_PAGE: TermSource = {
  title: 'Asthma - What Is Asthma?',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health/asthma',
};

export const NHLBI_VTE: TermSource = {
  title: 'Venous Thromboembolism',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism',
};

export const NHLBI_ASTHMA_ATTACKS: TermSource = {
  title: 'Asthma - Asthma Attack',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health/asthma/attacks',
};

export const NHLBI_PNEUMONIA_SYMPTOMS: TermSource = {
  title: 'Pneumonia - Symptoms',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health/pneumonia/symptoms',
};

export const ACS_CHEMO_WHEN_TO_CALL: TermSource = {
  title: 'When to call your doctor about side effects from chemotherapy',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/treatmenttypes/chemotherapy/understandingchemotherapyaguideforpatientsandfamilies/understanding-chemotherapy-when-to-call-the-doctor',
};

export const NCI_CIRCULATING_TUMOR_MARKER: TermSource = {
  title: 'Definition of circulating tumor marker - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/circulating-tumor-marker',
};
