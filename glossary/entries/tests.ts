import type { TermEntry, TermSource } from '../types';
import {
  ACS_NSCLC_PALLIATIVE,
  ACS_NSCLC_SIGNS,
  ALA_ALK,
  ALA_LUNG_CANCER_DIAGNOSIS,
  ALA_LUNG_CANCER_SURGERY,
  CMS_LDCT_NCD,
  NCBI_LUNG_RADS_TABLE,
  NCI_CIRCULATING_TUMOR_MARKER,
  NHLBI_COUGH_DIAGNOSIS,
  USPSTF_LUNG_SCREENING,
} from '../sources';

// Pages checked on 2026-12-03; each was found at exactly this address, unless a comment says
// otherwise. A stored copy that shows no page title is named by the page's heading.
const ACS_CT_GLOSSARY: TermSource = {
  title: 'computed tomography scan (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/c/computed_tomographyscan.html',
};
const ACS_CT_NEEDLE_GLOSSARY: TermSource = {
  title: 'CT-guided needle biopsy (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/c/ct-guided_needlebiopsy.html',
};
// Stored at http://www.cancer.gov/...; cited with https (same host, path and query).
const NCI_CT_GUIDED_BIOPSY: TermSource = {
  title: 'Definition of CT-guided biopsy - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/dictionary?CdrID=749909',
};
// The syndicated copy of NCI's CT fact sheet; the stored copy starts at its first heading.
const NCI_CT_FACTS: TermSource = {
  title: 'Computed Tomography (CT) Scans and Cancer',
  publisher: 'National Cancer Institute',
  url: 'https://cancer.gov/node/14686/syndication',
};
const ALA_LUNG_CANCER_DIAGNOSIS_TESTS: TermSource = {
  title: 'How Is Lung Cancer Diagnosed?',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/how-is-lung-cancer-diagnosed',
};
const ACS_PET_GLOSSARY: TermSource = {
  title: 'PET scan or positron emission tomography (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/positron_emissiontomography.html',
};
// Stored at http://www.nhs.uk/...; cited with https (same host and path).
const NHS_PET: TermSource = {
  title: 'PET scan',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/Conditions/PET-scan/Pages/Introduction.aspx',
};
const ACS_MRI: TermSource = {
  title: 'MRI for Cancer',
  publisher: 'American Cancer Society',
  url: 'https://cancer.org/treatment/understanding-your-diagnosis/tests/mri-for-cancer.html',
};
const NCI_PATHOLOGY_REPORTS: TermSource = {
  title: 'Pathology Reports',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/diagnosis/pathology-reports-fact-sheet',
};
const ACS_BIOPSY_CYTOLOGY: TermSource = {
  title: 'Biopsy and Cytology Tests',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html',
};
const ACS_BIOPSY_TYPES: TermSource = {
  title: 'Types of Biopsies (Biopsy and Cytology Tests)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/biopsy-types.html',
};
const ACS_CYTOLOGY_TYPES: TermSource = {
  title: 'Types of Cytology Tests (Biopsy and Cytology Tests)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/cytology-types.html',
};
const ACS_NEEDLE_BIOPSY_GLOSSARY: TermSource = {
  title: 'needle biopsy (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/n/needle_biopsy.html',
};
/* Follow-up review: FDA pages on the two kinds of contrast dye. */
const FDA_IODINE_CONTRAST: TermSource = {
  title: 'FDA Drug Safety Communication: FDA advises of rare cases of underactive thyroid in infants given iodine-containing contrast agents for medical imaging',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/Drugs/DrugSafety/ucm472782.htm',
};
const FDA_GADOLINIUM: TermSource = {
  title: 'Information on Gadolinium-Based Contrast Agents',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/Drugs/DrugSafety/PostmarketDrugSafetyInformationforPatientsandProviders/ucm142882.htm',
};
const FDA_GADOLINIUM_KIDNEY: TermSource = {
  title: 'FDA Drug Safety Communication: New warnings for using gadolinium-based contrast agents in patients with kidney dysfunction',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/Drugs/DrugSafety/ucm223966.htm',
};

/* Fix round: the NHS page on who can have an MRI scan (metal, past contrast reactions, kidney problems). */
const NHS_MRI_WHO: TermSource = {
  title: 'Who can have one - MRI scan',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/mri-scan/who-can-have-it/',
};

const ACS_BONE_SCAN_GLOSSARY: TermSource = {
  title: 'bone scan (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/b/bone_scan.html',
};
const ACS_PATHOLOGY_REPORT: TermSource = {
  title: 'What Information Is Included in a Pathology Report?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/whats-in-pathology-report.html',
};
// Stored at http://www.lung.org/...; cited with https (same host and path).
const ALA_LUNG_FUNCTION_TESTS: TermSource = {
  title: 'Lung Function Tests',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-and-diseases/lung-procedures-and-tests/lung-function-tests.html',
};
const NHLBI_COPD_DIAGNOSIS: TermSource = {
  title: 'COPD - Diagnosis - Diagnosis',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/subscribe/4509',
};
const MEDLINEPLUS_BLOOD_TESTING: TermSource = {
  title: 'What You Need to Know About Blood Testing',
  publisher: 'MedlinePlus (National Library of Medicine)',
  url: 'https://medlineplus.gov/lab-tests/what-you-need-to-know-about-blood-testing/',
};

export const testTerms: TermEntry[] = [
  {
    id: 'ct-scan',
    name: 'CT scan',
    forms: [
      'CT scan',
      'CAT scan',
      'CT',
      'computed tomography',
      'computerized tomography',
      'computerised tomography',
      'computed axial tomography',
      'computerized axial tomography',
    ],
    category: 'test',
    summary:
      'A CT scan is an imaging test that takes many x-rays of one part of the body, each from a different angle. A computer joins them into detailed pictures, like thin slices.',
    details:
      'The scanner is shaped like a big ring. While you keep still, the table you lie on slides slowly through its middle, and you may need to hold your breath for a short time. Some CT scans need a dye, given as a shot; others do not. The scan itself is painless and needs no hospital stay; it often takes place at an outpatient clinic. Doctors use CT for many health problems, such as blood clots, kidney stones and injuries. In lung cancer care, CT can check how well treatment is working, show whether the cancer has spread or come back, and help find a tumor in the first place. CT pictures can also guide a biopsy needle to a spot deep inside the body.',
    related: ['low-dose-ct', 'contrast-dye', 'imaging-test', 'chest-x-ray', 'lung-nodule'],
    sources: [ACS_CT_GLOSSARY, NCI_CT_FACTS, ALA_LUNG_CANCER_DIAGNOSIS_TESTS, NCI_CT_GUIDED_BIOPSY],
    reviewed: '2026-12-03',
  },
  {
    id: 'low-dose-ct',
    name: 'Low-dose CT scan',
    forms: [
      'low-dose CT',
      'LDCT',
      'low-dose computed tomography',
      'low-dose CT scan',
      'low-dose spiral CT',
      'low-dose helical CT',
    ],
    category: 'test',
    summary:
      'A low-dose CT scan is a CT scan done with settings that keep the amount of radiation lower than usual. A yearly low-dose chest CT is used to screen some people for lung cancer.',
    details:
      'The US Preventive Services Task Force advises a low-dose CT scan of the chest once a year for adults aged 50 to 80 who have smoked at least 20 pack-years and who still smoke or quit within the past 15 years. Screening looks for cancer before there are any symptoms, when it may be easier to treat. The Task Force says to stop after 15 years without smoking. It also says to stop if a health problem greatly limits how long the person is likely to live, or whether they could have lung surgery.',
    related: ['lung-cancer-screening', 'ct-scan', 'pack-year', 'lung-rads', 'false-positive'],
    sources: [CMS_LDCT_NCD, USPSTF_LUNG_SCREENING, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'pet-scan',
    name: 'PET scan',
    forms: ['PET scan', 'PET', 'positron emission tomography', 'positron emission tomography scan'],
    category: 'test',
    summary:
      'A PET scan uses a radioactive substance, called a tracer, to make pictures that show how parts of the body are working. It is used most often for cancer.',
    details:
      'Before the scan, the tracer goes into your body by a shot, through an inhaler, or in a tablet or capsule you swallow. It gives off a kind of radiation that the scanner picks up. The scan is not painful. You lie on a flat bed that slides into a big, round machine, and some people find the small space hard to bear. In cancer care the tracer is often a form of sugar. Cancer cells tend to take up more of it than normal cells, so they stand out. This can help find tumors, show how widely a cancer has spread and check whether treatment is working. PET can also help plan some complex heart surgery and help diagnose brain problems such as dementia.',
    related: ['pet-ct', 'ct-scan', 'metastasis', 'imaging-test', 'cancer-stage'],
    sources: [NHS_PET, ACS_PET_GLOSSARY, ALA_LUNG_CANCER_DIAGNOSIS_TESTS],
    reviewed: '2026-12-03',
  },
  {
    id: 'bronchoscopy',
    name: 'Bronchoscopy',
    forms: [
      'bronchoscopy',
      'bronchoscopies',
      'bronchoscopy biopsy',
      'bronchoscopy biopsies',
      'bronchoscopic biopsy',
      'bronchoscopic biopsies',
      'bronchoscope',
      'flexible bronchoscopy',
      'transbronchial biopsy',
      'transbronchial biopsies',
    ],
    category: 'test',
    summary:
      'In a bronchoscopy, a doctor looks inside the airways of the lungs with a thin, lighted tube passed in through the mouth or nose. Small samples can be taken through it.',
    details:
      'The tube is called a bronchoscope. With it, the doctor can see a tumor in the larger airways and remove tiny bits of tissue, which is one way to do a biopsy. You may get medicine to relax you or to make you sleep. Afterward, a pathologist, a doctor trained to study cells and tissue, looks at the samples under a microscope to check for cancer cells or other disease.',
    related: ['biopsy', 'endobronchial-ultrasound', 'airways', 'bronchi'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS_TESTS, ACS_BIOPSY_CYTOLOGY],
    reviewed: '2026-12-03',
  },
  {
    id: 'biopsy',
    name: 'Biopsy',
    forms: ['biopsy', 'biopsies', 'biopsied', 'tissue biopsy', 'tissue biopsies', 'lung biopsy', 'lung biopsies'],
    category: 'test',
    summary:
      'In a biopsy, a doctor removes some cells or a small bit of tissue from the body so a lab can study it. It is often how doctors learn for sure if cancer is there.',
    details:
      'Doctors can get the sample in several ways: with a needle, with a thin, lighted tube (an endoscope) put into the body, or in an operation. You may get medicine to relax you, numb the area or put you to sleep. A pathologist, a doctor who finds and names diseases, studies the sample. More lab tests on it can show where a cancer started, how it may behave and which treatments may help. In the lung, a scan can show a spot, but a doctor needs to look at tissue or fluid from the lung to be sure it is cancer. While you wait for results, keep in mind that a lump or odd finding is often not cancer, and a biopsy can find many other diseases.',
    related: ['needle-biopsy', 'bronchoscopy', 'pathology-report', 'diagnosis', 'biomarker-testing'],
    sources: [ACS_BIOPSY_CYTOLOGY, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'fine-needle-aspiration',
    name: 'Fine-needle aspiration (FNA)',
    forms: [
      'fine-needle aspiration',
      'fine-needle aspiration biopsy',
      'fine-needle aspiration biopsies',
      'fine-needle aspirate',
      'fine-needle biopsy',
      'fine-needle biopsies',
      'FNA',
      'FNA biopsy',
      'FNA biopsies',
      'needle aspiration biopsy',
      'needle aspiration biopsies',
      'transthoracic needle aspiration',
    ],
    category: 'test',
    summary:
      'Fine-needle aspiration uses a very thin needle. The doctor draws out fluid or tiny bits of tissue from a lump or other spot, and the sample is looked at with a microscope.',
    details:
      'FNA is one of the two main kinds of needle biopsy; the other, a core biopsy, uses a thicker needle. For FNA, the hollow needle is fixed to a syringe. When a lump is near the skin, the doctor can feel it and aim the needle by touch. For a spot deeper in the body, CT pictures can help guide it: the pictures are repeated as the needle moves, to make sure it has reached the spot. Some doctors class FNA as a biopsy, and others call it a cell test, or cytology.',
    related: ['needle-biopsy', 'core-biopsy', 'biopsy', 'ct-scan', 'lung-nodule'],
    sources: [ACS_NEEDLE_BIOPSY_GLOSSARY, ACS_BIOPSY_TYPES, ACS_CYTOLOGY_TYPES, ACS_CT_NEEDLE_GLOSSARY],
    reviewed: '2026-12-03',
  },
  {
    id: 'open-biopsy',
    name: 'Open biopsy',
    forms: ['open biopsy', 'open biopsies', 'open lung biopsy', 'open lung biopsies'],
    category: 'test',
    summary:
      'In an open biopsy, a doctor cuts through the skin to reach an area and remove tissue to be checked. Other ways use only a needle or a thin tube.',
    details:
      'In the lung, an open biopsy is done through a cut along the ribs on one side of the chest; the surgeon gently spreads two ribs apart to reach the lung. This differs from thoracoscopy, which uses 1 to 4 small cuts and a camera. The surgeon may take out part or all of the area that looks unusual. Only surgeons do biopsies that take out a whole organ. Medicine is given so you feel no pain, and often so you sleep. A pathologist then studies the tissue and writes a report that gives the diagnosis and helps plan any treatment.',
    related: ['surgical-biopsy', 'biopsy', 'thoracoscopy', 'surgery', 'pathology-report'],
    sources: [ACS_BIOPSY_CYTOLOGY, ACS_BIOPSY_TYPES, NCI_PATHOLOGY_REPORTS, ALA_LUNG_CANCER_SURGERY],
    reviewed: '2026-12-03',
  },
  {
    id: 'thoracentesis',
    name: 'Thoracentesis',
    forms: ['thoracentesis', 'thoracenteses', 'thoracocentesis', 'pleural tap', 'pleurocentesis', 'pleural aspiration'],
    category: 'test',
    summary:
      'Thoracentesis uses a hollow needle to drain fluid that has built up in the space around a lung. The fluid can then be tested in a lab.',
    details:
      'It is done for two reasons. Fluid around a lung, called a pleural effusion, can press on the lung and make breathing hard, so draining it can help. The fluid can also be sent to a lab and checked for cancer cells; in lung cancer, this is one way to be sure of the diagnosis. To do it, the doctor numbs the skin, often on the back, and slides a hollow needle between two ribs into the fluid. Ultrasound pictures may help guide the needle.',
    related: ['pleural-effusion', 'pleura', 'ultrasound', 'shortness-of-breath', 'pleurodesis'],
    sources: [ACS_NSCLC_PALLIATIVE, ACS_CYTOLOGY_TYPES, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'sputum-cytology',
    name: 'Sputum cytology',
    forms: [
      'sputum cytology',
      'sputum cytologies',
      'sputum cytologic exam',
      'sputum cytology exam',
      'cytology of sputum',
    ],
    category: 'test',
    summary:
      'Sputum cytology is a lab test of sputum, the phlegm you cough up from your lungs. The cells in it are checked with a microscope to look for cancer.',
    details:
      'Cytology means looking at single cells, or small clumps of them, under a microscope. A cell test like this shows what each cell looks like. Unlike a biopsy, it cannot show how the cells are arranged in tissue. In some cases a biopsy gives a more exact answer, so a normal result may not settle the question. If cancer cells are found, doctors often do a biopsy as well before any treatment begins. Tell a doctor right away if you cough up blood or rust-colored phlegm.',
    related: ['phlegm', 'chronic-cough', 'biopsy', 'lung-cancer', 'squamous-cell-carcinoma'],
    sources: [ACS_NSCLC_SIGNS, ACS_BIOPSY_CYTOLOGY, ACS_CYTOLOGY_TYPES],
    reviewed: '2026-12-03',
  },
  {
    id: 'ultrasound',
    name: 'Ultrasound',
    forms: [
      'ultrasound',
      'ultrasound scan',
      'ultrasonography',
      'sonography',
      'sonogram',
      'ultrasonogram',
      'endoscopic ultrasound',
    ],
    category: 'test',
    summary:
      'Ultrasound uses sound waves. As a test, it makes pictures of the inside of the body. For some kinds, the sound device is on the tip of a thin tube passed inside.',
    details:
      'In an endobronchial ultrasound (EBUS), the sound device is fixed to the end of a bronchoscope, a thin, lighted tube. The doctor passes it down the windpipe to look at lymph nodes and other parts of the chest close by. Ultrasound can also help a doctor guide a needle. For example, it may guide the needle that drains fluid from around a lung.',
    related: [
      'endobronchial-ultrasound',
      'imaging-test',
      'thoracentesis',
      'fine-needle-aspiration',
      'pleural-effusion',
    ],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS_TESTS, ACS_NSCLC_PALLIATIVE],
    reviewed: '2026-12-03',
  },
  {
    id: 'pet-ct',
    name: 'PET-CT scan',
    forms: ['PET-CT', 'PET-CT scan', 'PET/CT', 'PET/CT scan', 'positron emission tomography-computed tomography'],
    category: 'test',
    summary:
      'A PET-CT scan is a PET scan and a CT scan done together. The PET part shows how parts of the body are working, and the CT part makes detailed pictures.',
    details:
      'For the PET part, a radioactive substance called a tracer is put into your body, and the scanner picks up the radiation it gives off. In cancer care, the tracer is often a form of sugar; cancer cells tend to take up more of it, so they stand out. For the CT part, x-rays are taken from many angles, and a computer builds them into pictures of the organs in cross-section. Together, the pictures can help show whether cancer has reached lymph nodes or other organs. For lung cancer, a sample of tissue or fluid is still needed to know for sure whether a spot is cancer.',
    related: ['pet-scan', 'ct-scan', 'cancer-stage', 'lymph-nodes', 'metastasis'],
    sources: [NHS_PET, ACS_PET_GLOSSARY, ACS_CT_GLOSSARY, ALA_LUNG_CANCER_DIAGNOSIS_TESTS],
    reviewed: '2026-12-03',
  },
  {
    id: 'mri',
    name: 'MRI scan',
    forms: ['MRI', 'MRI scan', 'magnetic resonance imaging', 'MR imaging'],
    category: 'test',
    summary:
      'An MRI scan uses strong magnets, not x-rays or other radiation, to make pictures of the inside of the body. It shows soft parts of the body that other tests may miss.',
    details:
      'Before the scan, tell your care team about any metal inside you or on your skin, such as a pacemaker, a defibrillator, or pins or plates in a bone. The strong magnets can affect it. Metal does not always rule out MRI, but the staff must know. Tell them too if you are pregnant or breastfeeding, have kidney problems, or have ever reacted to a contrast dye. The machine is a long tube, and it takes pictures of thin slices of the body from many angles. MRI can find tumors, some of which are not cancer, show whether a cancer has spread and help plan surgery or radiation. A biopsy may still be needed to know whether a tumor is cancer.',
    related: ['brain-metastasis', 'spinal-cord-compression', 'imaging-test', 'contrast-dye', 'ct-scan'],
    sources: [ACS_MRI, NHS_MRI_WHO],
    reviewed: '2026-12-03',
  },
  {
    id: 'bone-scan',
    name: 'Bone scan',
    forms: ['bone scan', 'bone scintigraphy', 'nuclear bone scan', 'radionuclide bone scan'],
    category: 'test',
    summary:
      'A bone scan is an imaging test of the bones. In a nuclear bone scan, a small amount of radioactive material shows problem spots, such as where cancer may have spread.',
    details:
      'For this kind of scan, the radioactive material goes into a vein. It collects in parts of the bone where there may be a problem, and pictures are then taken. Areas that take up more of it show up as "hot spots." A hot spot shows where a problem may be, so other tests may be needed to find out what it is.',
    related: ['bone-metastasis', 'bone-pain', 'back-pain', 'imaging-test', 'metastasis'],
    sources: [ACS_BONE_SCAN_GLOSSARY],
    reviewed: '2026-12-03',
  },
  {
    id: 'chest-x-ray',
    name: 'Chest x-ray',
    forms: ['chest x-ray', 'chest radiograph', 'chest radiography', 'chest film', 'CXR'],
    category: 'test',
    summary:
      'A chest x-ray is a picture of what is inside the chest, such as the heart and lungs. Doctors use it to look for problems like pneumonia or lung cancer.',
    details:
      'A doctor may order one while looking for the cause of a problem such as a cough. An x-ray alone cannot show for sure that a spot is lung cancer. To know that, a doctor needs to study a sample of tissue or fluid. To screen some adults at high risk for lung cancer, the US Preventive Services Task Force advises a low-dose CT scan each year.',
    related: ['ct-scan', 'imaging-test', 'lung-nodule', 'pneumonia', 'pleural-effusion'],
    sources: [NHLBI_COUGH_DIAGNOSIS, ALA_LUNG_CANCER_DIAGNOSIS, USPSTF_LUNG_SCREENING],
    reviewed: '2026-12-03',
  },
  {
    id: 'endobronchial-ultrasound',
    name: 'Endobronchial ultrasound (EBUS)',
    forms: [
      'endobronchial ultrasound',
      'endobronchial ultrasonography',
      'EBUS',
      'EBUS-TBNA',
      'endobronchial ultrasound-guided transbronchial needle aspiration',
    ],
    category: 'test',
    summary:
      'EBUS is a kind of bronchoscopy. The doctor passes a thin, lighted tube down your windpipe, and a small sound-wave device on its end shows the lymph nodes and other parts nearby.',
    details:
      'The tube is a bronchoscope. The device on its end sends out sound waves that make pictures of the parts near the windpipe, such as lymph nodes. As with other kinds of bronchoscopy, small samples of tissue can be taken. You may get medicine so you relax or sleep. A pathologist then checks the samples under a microscope.',
    related: ['bronchoscopy', 'ultrasound', 'lymph-nodes', 'fine-needle-aspiration', 'mediastinoscopy'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS_TESTS, ACS_BIOPSY_CYTOLOGY],
    reviewed: '2026-12-03',
  },
  {
    id: 'needle-biopsy',
    name: 'Needle biopsy',
    forms: [
      'needle biopsy',
      'needle biopsies',
      'percutaneous needle biopsy',
      'percutaneous needle biopsies',
      'transthoracic needle biopsy',
      'transthoracic needle biopsies',
      'CT-guided biopsy',
      'CT-guided biopsies',
      'CT-guided needle biopsy',
      'CT-guided needle biopsies',
      'image-guided biopsy',
      'image-guided biopsies',
    ],
    category: 'test',
    summary:
      'A needle biopsy uses a needle to take fluid, cells or a small piece of tissue from an area of the body. Then the sample is studied with a microscope.',
    details:
      'There are two main kinds. In fine-needle aspiration, a very thin needle draws out fluid or tiny bits of tissue. A core biopsy takes out a small piece, or core, of tissue with a thicker needle. A CT scan can help guide the needle when the spot is deep in the body or cannot be felt through the skin. This is called a CT-guided biopsy. Pictures are taken over and over to check where the needle is.',
    related: ['fine-needle-aspiration', 'core-biopsy', 'biopsy', 'ct-scan', 'lung-nodule'],
    sources: [ACS_NEEDLE_BIOPSY_GLOSSARY, NCI_CT_GUIDED_BIOPSY, ACS_CT_NEEDLE_GLOSSARY],
    reviewed: '2026-12-03',
  },
  {
    id: 'core-biopsy',
    name: 'Core needle biopsy',
    forms: ['core biopsy', 'core biopsies', 'core needle biopsy', 'core needle biopsies'],
    category: 'test',
    summary:
      'A core biopsy uses a needle that is thicker than the one used in fine-needle aspiration. It removes a small piece, or core, of tissue to test.',
    details:
      'A core needle biopsy is one of the two main kinds of needle biopsy. Because the sample is a piece of tissue, it shows how the cells are arranged, not just what single cells look like. Other lab tests may also be run on the sample. These can give clues about how a cancer may act and which treatments may work. For an area deep inside the body, a CT scan may help guide the needle.',
    related: ['needle-biopsy', 'fine-needle-aspiration', 'biopsy', 'biomarker-testing', 'pathology-report'],
    sources: [ACS_NEEDLE_BIOPSY_GLOSSARY, ACS_BIOPSY_CYTOLOGY, NCI_CT_GUIDED_BIOPSY],
    reviewed: '2026-12-03',
  },
  {
    id: 'surgical-biopsy',
    name: 'Surgical biopsy',
    forms: [
      'surgical biopsy',
      'surgical biopsies',
      'excisional biopsy',
      'excisional biopsies',
      'incisional biopsy',
      'incisional biopsies',
      'surgical lung biopsy',
      'surgical lung biopsies',
    ],
    category: 'test',
    summary:
      'In a surgical biopsy, a doctor cuts through the skin to remove tissue so a lab can check it. The doctor may take part of an area that looks wrong, or all of it.',
    details:
      'A sample can also be taken with a needle or through a thin, lighted tube, but a surgical biopsy reaches the tissue through a cut. Depending on the kind, you may be given medicine to numb the area, to relax you or to make you sleep. A pathologist then studies the tissue and writes a report that gives the diagnosis. Keep in mind that many lumps and odd findings are not cancer, and a biopsy can show many other diseases.',
    related: ['open-biopsy', 'thoracoscopy', 'biopsy', 'surgery', 'pathology-report'],
    sources: [ACS_BIOPSY_CYTOLOGY, NCI_PATHOLOGY_REPORTS],
    reviewed: '2026-12-03',
  },
  {
    id: 'liquid-biopsy',
    name: 'Liquid biopsy',
    forms: ['liquid biopsy', 'liquid biopsies'],
    category: 'test',
    summary:
      'A liquid biopsy tests a body fluid, such as blood or urine, instead of a piece of a tumor. It looks for bits of DNA or other markers that a tumor has let out.',
    details:
      'Tumor cells, and other cells of the body, can release substances such as pieces of DNA into the blood and other fluids. In lung cancer, a blood test can look for gene changes, such as in the EGFR or ALK genes, that help doctors choose treatment. Levels of these markers can also help show whether treatment is working, or whether the cancer has come back. Some markers can come from conditions that are not cancer, too. So the results are read along with other tests, such as a biopsy and imaging, and a doctor may still want to test tumor tissue.',
    related: ['biomarker-testing', 'blood-test', 'gene-mutation', 'targeted-therapy', 'egfr'],
    sources: [NCI_CIRCULATING_TUMOR_MARKER, ALA_ALK],
    reviewed: '2026-12-03',
  },
  {
    id: 'pulmonary-function-test',
    name: 'Pulmonary function tests (lung function tests)',
    forms: [
      'pulmonary function test',
      'pulmonary function testing',
      'lung function test',
      'lung function testing',
      'PFT',
      'lung diffusion test',
      'diffusion capacity test',
      'DLCO',
    ],
    category: 'test',
    summary:
      'Pulmonary function tests are breathing tests that show how well your lungs work. For some of them, you blow out hard into a tube joined to a machine.',
    details:
      'The tests show how well your lungs work in three ways: how much air moves in and out, how quickly you can push the air out, and how well oxygen passes from the lungs into the blood. Spirometry is the most basic of them and the main test for COPD. A diffusion test measures how easily oxygen gets into the blood. Exercise testing can help find the cause of shortness of breath. The tests do not hurt, but you must try your hardest, and each one is repeated a few times so the results are right. Doctors use them to help find lung diseases such as COPD and asthma.',
    related: ['spirometry', 'copd', 'shortness-of-breath', 'surgery', 'lungs'],
    sources: [NHLBI_COPD_DIAGNOSIS, ALA_LUNG_FUNCTION_TESTS],
    reviewed: '2026-12-03',
  },
  {
    id: 'spirometry',
    name: 'Spirometry',
    forms: ['spirometry', 'spirometer'],
    category: 'test',
    summary:
      'Spirometry is a simple breathing test. You breathe in deeply, then blow out into a tube as hard and fast as you can, and a machine measures the air.',
    details:
      'Spirometry is a kind of lung function test and the main test used to find COPD. It is also used to check for other airway diseases, such as asthma. The tube is joined to a small machine called a spirometer, which measures how much air you push out and how fast. The test does not hurt. Sometimes you breathe in a medicine that opens your airways and then do the test again, so the two results can be compared.',
    related: ['pulmonary-function-test', 'copd', 'asthma', 'airways', 'shortness-of-breath'],
    sources: [NHLBI_COPD_DIAGNOSIS, ALA_LUNG_FUNCTION_TESTS],
    reviewed: '2026-12-03',
  },
  {
    id: 'biomarker-testing',
    name: 'Biomarker testing',
    forms: [
      'biomarker testing',
      'biomarker test',
      'comprehensive biomarker testing',
      'molecular profiling',
      'genomic profiling',
      'tumor testing',
      'tumour testing',
      'tumor profiling',
      'tumour profiling',
    ],
    category: 'test',
    summary:
      'Biomarker testing checks a sample, such as tissue or blood, for certain genes, proteins or other markers. In cancer care, the results can help show which treatments may work.',
    details:
      'In lung cancer, the test checks the tumor\'s DNA for changes, called mutations, and some tests measure proteins in the tumor cells. Doctors may also call it molecular or genomic testing. The sample can be tumor tissue from a biopsy, or blood, which is called a liquid biopsy. Next-generation sequencing (NGS) checks for many biomarkers at one time. Knowing which changes a tumor has can help doctors choose treatment. Ask your doctor whether your tumor should be tested.',
    related: ['biomarker', 'gene-mutation', 'targeted-therapy', 'immunotherapy', 'liquid-biopsy'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS, ALA_ALK, NCI_CIRCULATING_TUMOR_MARKER],
    reviewed: '2026-12-03',
  },
  {
    id: 'mediastinoscopy',
    name: 'Mediastinoscopy',
    forms: ['mediastinoscopy', 'mediastinoscopies', 'mediastinoscope'],
    category: 'test',
    summary:
      'Mediastinoscopy is a small operation. A surgeon puts a thin, lit tube in through a small cut. It is used to look inside the chest and take bits of tissue to be checked.',
    details:
      'Tools passed through the tube remove the samples. You are given medicine so you feel no pain, and often so you sleep. A pathologist then checks the samples for cancer. In lung cancer, finding out whether the cancer has spread, and how far, is called staging, and it helps shape the treatment plan.',
    related: ['lymph-nodes', 'endobronchial-ultrasound', 'cancer-stage', 'biopsy', 'tnm-staging'],
    sources: [NCI_PATHOLOGY_REPORTS, ACS_BIOPSY_CYTOLOGY, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'thoracoscopy',
    name: 'Thoracoscopy',
    forms: [
      'thoracoscopy',
      'thoracoscopies',
      'thoracoscope',
      'VATS',
      'video-assisted thoracoscopic surgery',
      'video-assisted thoracoscopy',
      'pleuroscopy',
    ],
    category: 'test',
    summary:
      'In a thoracoscopy, a doctor puts a thin tube with a camera through one or more small cuts in the chest. It lets the doctor see inside the chest and take samples.',
    details:
      'Most often, 1 to 4 small cuts are made. The camera lets the doctor see the lung and the space around it. When a surgeon operates this way, it is often called video-assisted thoracoscopic surgery, or VATS. Special tools passed through the cuts can take tissue samples. They can also be used for surgery, such as removing part of a lung or treating fluid that has built up around it. You are given medicine so you sleep or feel no pain. A pathologist then checks any samples.',
    related: ['surgical-biopsy', 'pleura', 'pleural-effusion', 'surgery', 'wedge-resection'],
    sources: [ALA_LUNG_CANCER_SURGERY, ACS_NSCLC_PALLIATIVE, NCI_PATHOLOGY_REPORTS, ACS_BIOPSY_CYTOLOGY],
    reviewed: '2026-12-03',
  },
  {
    id: 'blood-test',
    name: 'Blood test',
    forms: ['blood test', 'blood work', 'bloodwork', 'complete blood count', 'blood chemistry test', 'blood panel'],
    category: 'test',
    summary:
      'A blood test checks a sample of your blood. It measures cells, chemicals, proteins or other things in the blood.',
    details:
      'A common one, the complete blood count (CBC), measures red cells, white cells, platelets and hemoglobin. Another common panel measures chemicals such as sugar and calcium. Doctors use blood tests to help find some diseases, to check how organs such as the liver and kidneys are working, and to follow a long-term problem such as diabetes and see whether its treatment helps. Blood work is among the most common lab tests, and it is often part of a regular checkup. Some things in the blood, called tumor markers, can be a sign of cancer. But they can also come from problems that are not cancer.',
    related: ['anemia', 'hypercalcemia', 'liquid-biopsy', 'liver', 'physical-exam'],
    sources: [MEDLINEPLUS_BLOOD_TESTING, NCI_CIRCULATING_TUMOR_MARKER],
    reviewed: '2026-12-03',
  },
  {
    id: 'lung-rads',
    name: 'Lung-RADS',
    forms: ['Lung-RADS', 'LungRADS', 'Lung-RADS category', 'Lung-RADS score'],
    category: 'test',
    summary:
      'Lung-RADS is the scoring system doctors use to sort the results of a lung cancer screening scan into groups. Each group says how likely cancer is and what to do next.',
    details:
      'In version 1.1 of the system, a scan gets a category from 0 to 4. A 1 means no spots, or only spots that are clearly harmless. A 2 means spots very unlikely to become an active cancer. With either, the next step is the usual yearly scan. A 3 means a spot that is probably harmless; a repeat scan in 6 months checks on it. A 4 means a suspicious finding that needs more tests. For 4A, that is a low-dose CT in 3 months, and a PET-CT may be used. A 0 means the scan is incomplete: more pictures, or an older scan to compare, are needed. Ask your care team what your result means for you.',
    related: ['low-dose-ct', 'lung-cancer-screening', 'lung-nodule', 'false-positive', 'incidental-finding'],
    sources: [NCBI_LUNG_RADS_TABLE, USPSTF_LUNG_SCREENING],
    reviewed: '2026-12-03',
  },
  {
    id: 'contrast-dye',
    name: 'Contrast dye',
    forms: [
      'contrast dye',
      'contrast material',
      'contrast agent',
      'contrast medium',
      'contrast media',
      'IV contrast',
      'iodinated contrast',
      'gadolinium contrast',
      'radiocontrast',
    ],
    category: 'test',
    summary:
      'Contrast dye is a substance used in some scans to make parts of the body show up more clearly. It is often given through a needle into a vein.',
    details:
      'Dye made with iodine is used for x-ray tests such as CT scans. Some MRI scans use a different kind, made with gadolinium, a rare earth metal, which usually goes into a vein in the arm. Not every CT scan needs dye, and apart from the needle, a CT scan does not hurt. Before a scan with dye, tell your care team if you have ever had a reaction to a contrast dye, and if you have kidney problems. In people whose kidneys work poorly, such as after a sudden kidney injury, gadolinium dye can rarely cause a serious illness called NSF. It makes the skin hard and tight and can scar inner organs. It has not been seen in people with normal kidneys.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you have trouble breathing, or your face, lips or throat swell, during or after a scan with dye. Tell the staff at once if you feel itchy, sick or short of breath as the dye goes in. Before a scan, tell them if a dye ever gave you a reaction, or if your kidneys do not work well.',
    related: ['ct-scan', 'mri', 'imaging-test', 'pet-ct', 'side-effects'],
    sources: [ACS_CT_GLOSSARY, FDA_IODINE_CONTRAST, FDA_GADOLINIUM, FDA_GADOLINIUM_KIDNEY, NHS_MRI_WHO],
    reviewed: '2026-12-03',
  },
  {
    id: 'pathology-report',
    name: 'Pathology report',
    forms: ['pathology report', 'surgical pathology report', 'biopsy report', 'path report'],
    category: 'test',
    summary:
      'A pathology report gives the results of a lab check of tissue or cells taken from your body. It is written by a doctor who looks at cells with a microscope.',
    details:
      'The doctor who writes it is a pathologist, trained to find disease by studying cells and tissue. For cancer, this report is what confirms the diagnosis, and doctors also use it to work out the stage and plan treatment. The report gives a final diagnosis. It also describes the sample twice: as it looks to the naked eye and as it looks under a microscope. It notes where in the body the sample came from and how it was taken. Reports on tissue from surgery are often long and hard to follow, so ask your doctor to go over yours with you.',
    related: ['biopsy', 'diagnosis', 'grade', 'cancer-stage', 'biomarker-testing'],
    sources: [NCI_PATHOLOGY_REPORTS, ACS_PATHOLOGY_REPORT],
    reviewed: '2026-12-03',
  },
  {
    id: 'imaging-test',
    name: 'Imaging test',
    forms: [
      'imaging test',
      'imaging testing',
      'imaging scan',
      'imaging study',
      'imaging studies',
      'medical imaging',
      'diagnostic imaging',
      'radiology test',
    ],
    category: 'test',
    summary:
      'An imaging test lets doctors see inside your body by making pictures of it. Examples are x-rays, CT, MRI, PET and ultrasound scans.',
    details:
      'Each kind makes its pictures in its own way. CT scans use x-rays. MRI works with strong magnets rather than radiation. Ultrasound uses sound waves. A PET scan uses a radioactive tracer. Doctors use imaging for many health problems. In lung cancer care, it can show whether treatment is working, whether the cancer has spread or come back, and where it is in the first place. But an imaging test alone often cannot show for sure whether a spot is cancer; a sample of tissue or fluid may be needed.',
    related: ['ct-scan', 'chest-x-ray', 'mri', 'pet-scan', 'ultrasound'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS_TESTS, ACS_CT_GLOSSARY, NCI_CT_FACTS, ACS_MRI, NHS_PET],
    reviewed: '2026-12-03',
  },
];
