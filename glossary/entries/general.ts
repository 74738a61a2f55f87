import type { TermEntry, TermSource } from '../types';
import {
  ACS_CHEMO_WHEN_TO_CALL,
  ACS_GLOSSARY_STAGING,
  ACS_NSCLC_STAGING,
  ALA_LUNG_CANCER_DIAGNOSIS,
  ALA_PNEUMONIA,
  CDC_CHEMO_FEVER,
  NCI_CHRONIC_BRONCHITIS,
  NCI_CIRCULATING_TUMOR_MARKER,
  NHLBI_ANEMIA,
  NHLBI_ASTHMA_PAGE,
  NHLBI_COUGH_DIAGNOSIS,
  NHLBI_VTE,
} from '../sources';

/* Stored at http://; cited with https (same host and path). The stored copy shows no page title, so this names the page by what it holds. */
const NCI_AYA_DIAGNOSIS: TermSource = {
  title: 'Adolescents and Young Adults with Cancer: Diagnosis',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/cancertopics/aya/diagnosis/print',
};

const NCI_PROGNOSIS: TermSource = {
  title: 'Understanding Cancer Prognosis',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis',
};

const ACS_GLOSSARY_FIVE_YEAR_RELATIVE: TermSource = {
  title: 'Glossary: five-year relative survival rate',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/f/five-year_relativesurvivalrate.html',
};

const NCI_RELATIVE_SURVIVAL: TermSource = {
  title: 'Definition of relative survival rate - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/44296',
};

const NCI_CLINICAL_TRIALS: TermSource = {
  title: 'Clinical Trials Information for Patients and Caregivers',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/about-cancer/treatment/clinical-trials',
};

const ACS_BEING_IN_A_TRIAL: TermSource = {
  title: 'Being Part of a Clinical Trial',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/clinical-trials/being-part-of-a-clinical-trial.html',
};

/* Stored at http://; cited with https (same host and path). */
const ACS_CLINICAL_TRIALS: TermSource = {
  title: 'Clinical Trials',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/clinicaltrials/index',
};

/* Stored at http://; cited with https (same host and path). */
const FDA_SIDE_EFFECTS: TermSource = {
  title: 'Finding and Learning about Side Effects (adverse reactions)',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/Drugs/ResourcesForYou/Consumers/ucm196029.htm',
};

const NCI_SIDE_EFFECTS: TermSource = {
  title: 'Side Effects of Cancer Treatment',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/',
};

/* Stored at http://; cited with https (same host and path). Named by its heading ("A Guide to Chemotherapy" section). */
const ACS_GLOSSARY_CARE_TEAM: TermSource = {
  title: 'Glossary: cancer care team',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer_care_team.html',
};

const ACS_CURE: TermSource = {
  title: 'Can Cancer Be Cured?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/can-cancer-be-cured.html',
};

/* Stored at http://; cited with https (same host and path). */
const ACS_RECURRENCE: TermSource = {
  title: 'When Cancer Comes Back: Cancer Recurrence',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/survivorshipduringandaftertreatment/understandingrecurrence/whenyourcancercomesback/when-your-cancer-comes-back-toc',
};

/* The stored copy shows no page title; this names the page by its address. */
const ACS_SECOND_OPINION: TermSource = {
  title: 'Getting a Second Opinion',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/latest-news/getting-a-second-opinion.html',
};

const ALA_TUMOR_TESTING: TermSource = {
  title: 'Tell a Friend About Tumor Testing',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/about-us/media/top-stories/tell-a-friend-about-tumor-testing.html',
};

const MEDLINEPLUS_GENE_VARIANT: TermSource = {
  title: 'What is a gene variant and how do variants occur?',
  publisher: 'MedlinePlus Genetics (National Library of Medicine)',
  url: 'https://medlineplus.gov/genetics/understanding/mutationsanddisorders/genemutation/',
};

const NCI_PRIMARY_CARE_PROVIDER: TermSource = {
  title: 'Definition of primary care provider - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/primary-care-provider',
};

/* NCI dictionary pop-up page, returned by the search tool with its text (follow-up review of
 * 2026-12-03; text kept in .scratch/source-texts/followup-a.jsonl). */
const NCI_LESION: TermSource = {
  title: 'Definition of lesion - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46324&version=healthprofessional&language=English&dictionary=Cancer.gov',
};

/*
 * Pages added in the fix round of 2026-12-03 for the biomarker and inflammation entries. Each was
 * read by another helper and is cited here under the same title and address as elsewhere in the
 * glossary; the text is kept in .scratch/source-texts/fix-cbg.jsonl.
 */
export const generalTerms: TermEntry[] = [
  {
    id: 'diagnosis',
    name: 'Diagnosis',
    forms: ['diagnosis', 'diagnoses', 'diagnosed', 'diagnose', 'diagnosing'],
    category: 'general',
    summary:
      'Diagnosis means working out which health problem a person has. Doctors do it by asking about your health, examining you and doing tests.',
    details:
      'To find the cause of a cough, for example, a doctor asks about your past health and habits, listens to your lungs and may order tests such as a chest x-ray. With cancer, tests also show how far it has spread, called the stage, and whether it is likely to grow quickly, called the grade. Doctors use both to plan treatment. For lung cancer, the tests your team picks depend on your medical history, your symptoms and what the exam finds. To know for sure whether something is lung cancer, a doctor must study cells or tissue under a microscope.',
    related: ['physical-exam', 'medical-history', 'biopsy', 'imaging-test', 'cancer-stage'],
    sources: [NHLBI_COUGH_DIAGNOSIS, NCI_AYA_DIAGNOSIS, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'prognosis',
    name: 'Prognosis',
    forms: ['prognosis', 'prognoses'],
    category: 'general',
    summary:
      'A prognosis is what a doctor expects to happen with an illness, such as how serious it is and your chances of getting better. It is only an estimate, not a promise.',
    details:
      'With cancer, many things shape the prognosis. They include what kind of cancer it is and where in the body it is found, its stage and grade, traits of the cancer cells like gene changes, your age and health before the cancer, and how you respond to treatment. Doctors often use survival numbers from large groups of people, but these cannot predict what will happen to one person. Some people want to hear their prognosis; others find the numbers confusing or frightening. Whether to ask, and how much to hear, is a personal choice.',
    related: ['survival-rate', 'cancer-stage', 'grade', 'diagnosis', 'remission'],
    sources: [NCI_PROGNOSIS, ACS_GLOSSARY_FIVE_YEAR_RELATIVE],
    reviewed: '2026-12-03',
  },
  {
    id: 'physical-exam',
    name: 'Physical exam',
    forms: ['physical exam', 'physical examination'],
    category: 'general',
    summary:
      'In a physical exam, a doctor checks your body for signs of a health problem. For example, they may listen to your breathing with a stethoscope.',
    details:
      'Along with your medical history and any tests, the exam is one of the main ways a doctor finds the cause of a symptom. For a cough, the doctor listens to your lungs for wheezing or other unusual sounds. What the doctor finds helps decide which tests, if any, you need next. When lung cancer is a concern, findings from the exam are among the things your team uses to choose tests. An exam is not enough to show lung cancer: for that, a doctor must study cells or tissue under a microscope.',
    related: ['medical-history', 'diagnosis', 'primary-care-provider', 'swollen-lymph-nodes'],
    sources: [NHLBI_COUGH_DIAGNOSIS, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'medical-history',
    name: 'Medical history',
    forms: ['medical history', 'medical histories', 'health history', 'health histories'],
    category: 'general',
    summary:
      'Your medical history is the story of your health so far. It covers past and current health problems, allergies, and things like smoking or breathing in dust or fumes.',
    details:
      'You will be asked about your symptoms: when they began, how often they happen and what they are like. You will also be asked about other health problems. For a cough, for example, a doctor may ask about allergies or asthma, heartburn, a recent cold or flu, smoking or being around smokers, and time spent near air pollution, dust or fumes. Your answers, along with the exam, help the doctor decide which tests you need. For lung cancer, your history is one of the things your team uses to choose tests.',
    related: ['physical-exam', 'diagnosis', 'family-history', 'smoking', 'risk-factor'],
    sources: [NHLBI_COUGH_DIAGNOSIS, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'clinical-trial',
    name: 'Clinical trial',
    forms: ['clinical trial', 'clinical study', 'clinical studies'],
    category: 'general',
    summary:
      'A clinical trial is a kind of research study, or clinical study, done with people. In a trial, volunteers help test new drugs or procedures. Joining is always your choice.',
    details:
      'Trials are how new treatments are developed, including for cancer and other serious diseases, and some look at new ways to prevent or find a disease. Before you join, you give informed consent: the research team explains the study, answers your questions and gives you a form to read. Take your time, and ask questions before you sign. People in trials are protected by federal rules on their rights and safety, and trials are watched closely. If you decide not to join, your care should not get worse. Ask your doctor whether a trial could be right for you.',
    related: ['oncologist', 'second-opinion', 'side-effects', 'targeted-therapy', 'immunotherapy'],
    sources: [NCI_CLINICAL_TRIALS, ACS_BEING_IN_A_TRIAL, ACS_CLINICAL_TRIALS],
    reviewed: '2026-12-03',
  },
  {
    id: 'side-effects',
    name: 'Side effects',
    forms: ['side effect', 'adverse effect'],
    category: 'general',
    summary:
      'A side effect is an unwanted problem caused by a medicine or another treatment. Side effects can be mild, like an upset stomach or dry mouth, or they can be serious.',
    details:
      'Medicines you buy over the counter can cause them, as well as ones a doctor prescribes. Whether you get them can depend on your age, your other medicines or supplements, and other health problems. They may start when you begin or stop a medicine, or when the amount you take changes. Cancer treatments cause side effects when they harm healthy tissues or organs, and two people on the same treatment may have different ones. Before treatment, ask your care team which ones to expect. Tell them about any new or changing problem so they can treat it. Keep your doctor\'s phone numbers, including the one for when the office is closed.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you have trouble breathing or swallowing, or your face, mouth or throat swells. If your temperature reaches 100.4°F (38°C) during chemotherapy, that is an emergency. Call your doctor right away. Also call right away for strong chills, unexplained bleeding or bruising, or vomiting or diarrhea that will not stop. At the ER, say you are getting chemo.',
    related: ['chemotherapy', 'radiation-therapy', 'immunotherapy', 'fatigue', 'nausea'],
    sources: [FDA_SIDE_EFFECTS, NCI_SIDE_EFFECTS, ACS_CHEMO_WHEN_TO_CALL, CDC_CHEMO_FEVER],
    reviewed: '2026-12-03',
  },
  {
    id: 'oncologist',
    name: 'Oncologist',
    forms: ['oncologist', 'cancer doctor', 'cancer specialist'],
    category: 'general',
    summary:
      'An oncologist is a cancer doctor, one of the experts on a cancer care team. Together, the team finds and treats cancer and looks after people who have it.',
    details:
      'The team may include medical and radiation oncologists, a surgeon, a pathologist, an oncology nurse and a social worker. Some teams are linked formally and some are not. Usually one person leads the team. You can ask each person what their role is and whom to call with questions.',
    related: ['primary-care-provider', 'chemotherapy', 'radiation-therapy', 'second-opinion'],
    sources: [ACS_GLOSSARY_CARE_TEAM],
    reviewed: '2026-12-03',
  },
  {
    id: 'cancer-stage',
    name: 'Cancer stage',
    forms: [
      'cancer stage',
      'stage of cancer',
      'stage of the cancer',
      'cancer staging',
      'staging',
      'early-stage cancer',
      'late-stage cancer',
      'advanced-stage cancer',
      'early-stage lung cancer',
      'late-stage lung cancer',
      'stage 0 cancer',
      'stage 1 cancer',
      'stage 2 cancer',
      'stage 3 cancer',
      'stage 4 cancer',
      'stage 0 lung cancer',
      'stage 1 lung cancer',
      'stage 2 lung cancer',
      'stage 3 lung cancer',
      'stage 4 lung cancer',
      'stage II',
      'stage III',
      'stage IV',
      'Stage II',
      'Stage III',
      'Stage IV',
      'stage IA',
      'stage IB',
      'stage IIA',
      'stage IIB',
      'stage IIIA',
      'stage IIIB',
      'stage IIIC',
      'stage IVA',
      'stage IVB',
      'Stage IA',
      'Stage IB',
      'Stage IIA',
      'Stage IIB',
      'Stage IIIA',
      'Stage IIIB',
      'Stage IIIC',
      'Stage IVA',
      'Stage IVB',
    ],
    category: 'general',
    summary:
      'A stage is a level that shows how far a disease has advanced. For cancer, stages usually run from I to IV, and the higher the number, the more serious the cancer.',
    details:
      'The staging system used most often for cancer, called TNM, looks at three things: the size of the main tumor, whether the cancer has reached nearby lymph nodes, and whether it has spread to other organs. These results are grouped into one overall stage. The earliest stage of non-small cell lung cancer is stage 0. A clinical stage is based on the physical exam, imaging tests and biopsy results. A pathologic stage comes from tissue removed during surgery. Doctors use the stage, together with other facts, to plan treatment, to estimate the prognosis and to find clinical trials that may fit. It is also used in survival statistics.',
    related: ['tnm-staging', 'grade', 'prognosis', 'metastasis', 'lymph-nodes'],
    sources: [ACS_GLOSSARY_STAGING, ACS_NSCLC_STAGING, NCI_PROGNOSIS, NCI_AYA_DIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'remission',
    name: 'Remission',
    forms: ['remission'],
    category: 'general',
    summary:
      'Remission is a time when a disease is under control and its signs have faded or gone away. For cancer, it means the cancer has shrunk or tests can no longer find it.',
    details:
      'There are two kinds. A partial remission means the cancer has shrunk but not gone away. A complete remission means all signs of cancer are gone and no test can find cancer cells. Based on the kind of cancer, treatment may go on during a remission or stop, and a remission can last weeks or years. It does not always mean a cure: a few cancer cells left after treatment can make the cancer come back later. If it does, more treatment may bring another remission.',
    related: ['recurrence', 'prognosis', 'survival-rate', 'oncologist'],
    sources: [ACS_CURE],
    reviewed: '2026-12-03',
  },
  {
    id: 'recurrence',
    name: 'Recurrence',
    forms: ['recurrence', 'recurrent cancer', 'recurrent lung cancer', 'cancer recurrence'],
    category: 'general',
    summary:
      'A recurrence is when a health problem comes back after it had gone away or been treated. For cancer, it means the cancer has returned after a time when it could not be found.',
    details:
      'After treatment, a few cancer cells may be left in the body even when tests show no cancer, and they can make it come back weeks, months or years later. Most recurrences happen within 5 years of treatment, but some happen later. The longer you have been free of cancer, the lower the chance it returns. The odds depend on many things, such as the type of cancer and how far it had spread when it was treated. If cancer does come back, more treatment may bring another remission.',
    related: ['remission', 'metastasis', 'prognosis', 'survival-rate', 'oncologist'],
    sources: [ACS_RECURRENCE, ACS_CURE],
    reviewed: '2026-12-03',
  },
  {
    id: 'survival-rate',
    name: 'Survival rate',
    forms: ['survival rate', '5-year survival', 'five-year survival', 'relative survival', 'survival statistic'],
    category: 'general',
    summary:
      'A survival rate is the share of people with a certain disease who are still alive a set time after diagnosis, often 5 years. It describes groups of people, not one person.',
    details:
      'For example, a 5-year survival rate of 60% means that about 60 out of 100 people were alive 5 years after they were diagnosed. A relative survival rate compares people who have the disease with people of the same age and sex who do not. This shows whether the disease itself shortens life. For cancer, survival depends on many things, such as the type of cancer and its stage. The numbers may include people treated several years ago, so they may not reflect newer treatments. They cannot tell you what will happen to you.',
    related: ['prognosis', 'cancer-stage', 'remission', 'lung-cancer'],
    sources: [NCI_RELATIVE_SURVIVAL, ACS_GLOSSARY_FIVE_YEAR_RELATIVE, NCI_PROGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'second-opinion',
    name: 'Second opinion',
    forms: ['second opinion'],
    category: 'general',
    summary:
      'A second opinion means asking another doctor to look at your test results and give their own view of your diagnosis or plan. It can help you feel surer about your choices.',
    details:
      'Many people facing cancer treatment wonder whether another cancer doctor would see things differently. That doctor can review your tests, talk your case through with you, and may suggest more options or a different plan. Before you decide on treatment, try to learn as much as you can about your cancer and your choices. There is usually time to think, though a few cancers need some choices made right away. If waiting worries you, talk with your doctor.',
    related: ['oncologist', 'diagnosis', 'cancer-stage', 'clinical-trial'],
    sources: [ACS_SECOND_OPINION],
    reviewed: '2026-12-03',
  },
  {
    id: 'grade',
    name: 'Tumor grade',
    forms: [
      'tumor grade',
      'tumour grade',
      'cancer grade',
      'tumor grading',
      'tumour grading',
      'histologic grade',
      'low-grade tumor',
      'low-grade tumour',
      'high-grade tumor',
      'high-grade tumour',
      'low-grade cancer',
      'high-grade cancer',
      'well differentiated',
      'moderately differentiated',
      'poorly differentiated',
    ],
    category: 'general',
    summary:
      'Looking at cancer cells under a microscope, a doctor gives them a grade: how far they look from normal cells. The grade is a clue to how quickly the cancer may grow and spread.',
    details:
      'The grade comes from a close look at cells from a biopsy or surgery. Grade is not the same as stage. The stage tells how large the cancer is and whether it has moved beyond where it started. The grade hints at how the cancer may behave. Doctors use the grade and the stage, together with other facts, to plan treatment and to estimate the prognosis. Ask your doctor what your grade means for you.',
    related: ['cancer-stage', 'pathology-report', 'biopsy', 'prognosis'],
    sources: [NCI_PROGNOSIS, NCI_AYA_DIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'tnm-staging',
    name: 'TNM staging',
    forms: ['TNM staging', 'TNM system', 'TNM classification', 'TNM stage', 'TNM'],
    category: 'general',
    summary:
      'TNM is the system doctors use most to describe how far a tumor has grown and spread. T is the main tumor, N is nearby lymph nodes, and M is spread to other organs.',
    details:
      'T stands for the main tumor and tells its size. N tells whether nearby lymph nodes have cancer, and how many. M tells whether it has reached other organs (metastasized). Letters or numbers after each one add detail, and bigger numbers mean a more advanced cancer. The three results are then combined, in a step called stage grouping, into one overall stage, usually from I to IV. TNM is also the system used most often for non-small cell lung cancer. A clinical stage rests on the exam, biopsy and imaging tests; a pathologic stage uses tissue removed in surgery.',
    related: ['cancer-stage', 'lymph-nodes', 'metastasis', 'pathology-report', 'nsclc'],
    sources: [ACS_GLOSSARY_STAGING, ACS_NSCLC_STAGING],
    reviewed: '2026-12-03',
  },
  {
    id: 'lesion',
    name: 'Lesion',
    forms: ['lesion'],
    category: 'general',
    summary:
      'A lesion is any spot where tissue is damaged or not normal, inside the body or on it. It may or may not be cancer.',
    details:
      'Injury, infection and disease can all cause lesions. Sores, ulcers, wounds, cysts, abscesses and tumors are examples, and they can be in the skin, the brain, blood vessels or any other organ. A lesion that is not cancer is called benign; one that is cancer is malignant. The word alone does not tell you which, so ask your doctor what yours means.',
    related: ['lung-nodule', 'tumor', 'benign', 'malignant', 'biopsy'],
    sources: [NCI_LESION],
    reviewed: '2026-12-03',
  },
  {
    id: 'biomarker',
    name: 'Biomarker',
    forms: ['biomarker', 'tumor marker', 'tumour marker', 'molecular marker'],
    category: 'general',
    summary:
      'A biomarker is something in the body that can be measured, such as a protein or a gene change, to learn about a disease. In lung cancer, tumor markers help guide the choice of treatment.',
    details:
      'Tumor markers are biomarkers linked to cancer. Some are let out into the blood or other body fluids, and their levels can help doctors find some cancers, plan treatment, or see how well it works. A high level can also come from a condition that is not cancer. Others are found in the tumor itself. In lung cancer, tumor testing (also called biomarker, molecular or genomic testing) looks for gene changes and other markers that may be driving the tumor\'s growth. The results can show whether targeted drugs, immunotherapy or a clinical trial may help. If you have lung cancer, ask your doctor whether your tumor should be tested.',
    related: ['biomarker-testing', 'gene-mutation', 'targeted-therapy', 'egfr', 'immunotherapy'],
    sources: [ALA_TUMOR_TESTING, ALA_LUNG_CANCER_DIAGNOSIS, NCI_CIRCULATING_TUMOR_MARKER],
    reviewed: '2026-12-03',
  },
  {
    id: 'gene-mutation',
    name: 'Gene mutation',
    forms: [
      'gene mutation',
      'genetic mutation',
      'gene change',
      'genetic change',
      'gene variant',
      'driver mutation',
      'gene alteration',
      'genetic alteration',
    ],
    category: 'general',
    summary:
      'A gene mutation is a change in a gene\'s DNA that lasts. Many experts now say gene variant instead, since such changes do not always cause disease.',
    details:
      'A gene change can be passed down from a parent. Then it is in almost every cell of the body. It can also happen during a person\'s life, in only some cells. These later changes can come from things such as the sun\'s ultraviolet rays, or from a mistake when a cell copies its DNA as it divides, and they are not passed on to children. In lung cancer, doctors test the tumor for gene changes that may be making it grow. The results can show whether targeted drugs, immunotherapy or a clinical trial may be a good fit.',
    related: ['biomarker', 'biomarker-testing', 'targeted-therapy', 'egfr', 'alk'],
    sources: [MEDLINEPLUS_GENE_VARIANT, ALA_TUMOR_TESTING],
    reviewed: '2026-12-03',
  },
  {
    id: 'primary-care-provider',
    name: 'Primary care provider',
    forms: [
      'primary care provider',
      'primary care physician',
      'primary care doctor',
      'primary care practitioner',
      'family doctor',
      'family physician',
      'general practitioner',
      'GP',
    ],
    category: 'general',
    summary:
      'A primary care provider looks after your health over time. It may be a doctor, a nurse practitioner or a physician assistant. They treat common problems and give shots and screening tests.',
    details:
      'They find and treat many everyday health problems and help you stay well. If you need more specialized care, they can refer you to a specialist, such as a lung doctor or a cancer doctor, and help coordinate that care. Many people call them PCPs.',
    related: ['physical-exam', 'medical-history', 'oncologist', 'lung-cancer-screening'],
    sources: [NCI_PRIMARY_CARE_PROVIDER],
    reviewed: '2026-12-03',
  },
  {
    id: 'inflammation',
    name: 'Inflammation',
    forms: ['inflammation'],
    category: 'general',
    summary:
      'Inflammation is one way the body responds to things like an infection or an injury. It is part of many diseases, and when it lasts a long time, it can do harm.',
    details:
      'It is part of many lung problems. In asthma, the airways become inflamed and narrow at times. In pneumonia, an infection inflames the tiny air sacs, and they can fill with fluid or pus. In chronic bronchitis, a type of COPD, long-lasting inflammation scars the large airways. They then make a lot of mucus. Smoking is the most common cause of this disease. Long-lasting inflammation, from cancer, an infection, kidney disease or an autoimmune disease, can also lead to fewer red blood cells (anemia).',
    related: ['copd', 'chronic-bronchitis', 'asthma', 'pneumonia', 'pulmonary-fibrosis'],
    sources: [NHLBI_VTE, NCI_CHRONIC_BRONCHITIS, NHLBI_ASTHMA_PAGE, ALA_PNEUMONIA, NHLBI_ANEMIA],
    reviewed: '2026-12-03',
  },
];
