import type { TermEntry, TermSource } from '../types';

// Pages checked on 2026-11-26; each was found at exactly this address.
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
const ALA_LUNG_CANCER_DIAGNOSIS: TermSource = {
  title: 'How Is Lung Cancer Diagnosed?',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed',
};
const USPSTF_LUNG_SCREENING: TermSource = {
  title: 'Lung Cancer: Screening (Final Recommendation Statement)',
  publisher: 'U.S. Preventive Services Task Force',
  url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
};
const ACS_PET_GLOSSARY: TermSource = {
  title: 'PET scan or positron emission tomography (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/positron_emissiontomography.html',
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
const ACS_NEEDLE_BIOPSY_GLOSSARY: TermSource = {
  title: 'needle biopsy (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/n/needle_biopsy.html',
};
const ACS_ULTRASOUND: TermSource = {
  title: 'Ultrasound for Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/tests/ultrasound-for-cancer.html',
};
const ACS_BONE_SCAN_GLOSSARY: TermSource = {
  title: 'bone scan (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/b/bone_scan.html',
};
const NCI_CHEST_XRAY: TermSource = {
  title: 'chest x-ray (NCI Dictionary of Cancer Terms)',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=304687&version=healthprofessional&language=English&dictionary=Cancer.gov',
};
const NCI_CIRCULATING_TUMOR_MARKER: TermSource = {
  title: 'Definition of circulating tumor marker - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/circulating-tumor-marker',
};
const ACS_PATHOLOGY_REPORT: TermSource = {
  title: 'What Information Is Included in a Pathology Report?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/whats-in-pathology-report.html',
};

const ALA_LUNG_CANCER_DIAGNOSIS_TESTS: TermSource = {
  title: 'How Is Lung Cancer Diagnosed?',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/how-is-lung-cancer-diagnosed',
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
      'A CT scan takes many x-ray pictures from different angles. A computer then puts them together to make detailed pictures of the inside of your body.',
    details:
      'A CT scan is a kind of imaging test. The machine takes many x-rays of one part of the body, each from a different angle. A computer then joins them into pictures that look like thin slices of the organs inside. For some scans, a dye is given as a shot to make parts show up more clearly, but not every scan needs it. Apart from that shot, the test does not hurt, and it is often done without a hospital stay. In lung cancer care, CT scans help doctors find a tumor, see if cancer has spread, check how treatment is working and look for cancer that has come back. A CT scan can also guide a biopsy needle to the right spot.',
    related: ['low-dose-ct', 'contrast-dye', 'imaging-test', 'chest-x-ray', 'lung-nodule'],
    sources: [ACS_CT_GLOSSARY, ACS_CT_NEEDLE_GLOSSARY, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
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
      'A low-dose CT scan is a chest CT done with a small dose of radiation. It is the test used to check for lung cancer in people at high risk who have no symptoms.',
    details:
      'The US Preventive Services Task Force advises a low-dose CT scan once a year for adults aged 50 to 80 who have smoked at least 20 pack-years and who still smoke or quit within the past 15 years. The aim is to find lung cancer early, when it is easier to treat. Screening can also find spots that turn out not to be cancer. Most of these are sorted out with more scans over time, but some people need other tests. Screening should stop once a person has gone 15 years without smoking. It should also stop if a health problem limits how long they are likely to live or whether they could have lung surgery.',
    related: ['lung-cancer-screening', 'ct-scan', 'pack-year', 'lung-rads', 'false-positive'],
    sources: [USPSTF_LUNG_SCREENING],
    reviewed: '2026-11-26',
  },
  {
    id: 'pet-scan',
    name: 'PET scan',
    forms: ['PET scan', 'PET', 'positron emission tomography', 'positron emission tomography scan'],
    category: 'test',
    summary:
      'A PET scan uses a small amount of a radioactive sugar to look for cancer cells. Cancer cells often take up more of the sugar, so they stand out in the pictures.',
    details:
      'For a PET scan, a very small dose of a sugar that gives off a weak radioactive signal is put into your blood. Cancer cells tend to take in more sugar than normal cells, so they show up in the pictures. This can help doctors tell cancer apart from normal tissue. PET scans may be used to find tumors and to see how well a tumor is responding to treatment. They can also help show whether cancer has spread to lymph nodes or other parts of the body. But a scan alone cannot prove that a spot is cancer. To know for sure, a doctor needs to check a sample of tissue or fluid.',
    related: ['pet-ct', 'ct-scan', 'metastasis', 'imaging-test', 'cancer-stage'],
    sources: [ACS_PET_GLOSSARY, ALA_LUNG_CANCER_DIAGNOSIS_TESTS],
    reviewed: '2026-11-26',
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
      'In a bronchoscopy, a doctor passes a thin, lighted tube through your mouth or nose into your airways. It lets them look inside and take small samples to test.',
    details:
      'The tube used for this test is called a bronchoscope. It is thin, lighted and bends easily. The doctor passes it through the mouth or nose and into the large airways of the lungs. Through it, the doctor can look for tumors and take small samples of tissue. Taking a sample this way is one kind of biopsy. You may be given medicine to help you relax or sleep. A doctor called a pathologist then looks at the samples under a microscope to see whether cancer cells are present.',
    related: ['biopsy', 'endobronchial-ultrasound', 'airways', 'bronchi', 'pulmonologist'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS_TESTS, ACS_BIOPSY_CYTOLOGY],
    reviewed: '2026-11-26',
  },
  {
    id: 'biopsy',
    name: 'Biopsy',
    forms: ['biopsy', 'biopsies', 'biopsied', 'tissue biopsy', 'tissue biopsies', 'lung biopsy', 'lung biopsies'],
    category: 'test',
    summary:
      'A biopsy takes a small piece of tissue or some cells from your body so they can be checked under a microscope. It is often needed to know for sure if cancer is there.',
    details:
      'Scans can show that something looks unusual, but they cannot prove what it is. In a biopsy, a doctor removes a small sample from the area. This can be done with a needle, through a thin tube during an endoscopy, or during surgery. A doctor called a pathologist studies the sample under a microscope and may run other lab tests on it. The results show whether cancer is there. Other tests on the sample can give clues about how a cancer may act and which treatments may work. Many lumps and other unusual findings turn out not to be cancer.',
    related: ['needle-biopsy', 'bronchoscopy', 'pathology-report', 'diagnosis', 'biomarker-testing'],
    sources: [ACS_BIOPSY_CYTOLOGY, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
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
      'Fine-needle aspiration uses a very thin needle to draw out fluid or tiny bits of tissue from a lump. The sample is then checked for cancer.',
    details:
      'Fine-needle aspiration (FNA) is one of the two main kinds of needle biopsy. The other kind is a core biopsy, which uses a thicker needle. In FNA, the doctor passes a thin needle into the lump or spot and draws up a small sample of fluid or tissue. For a spot deep in the chest, pictures from a CT scan may be used to steer the needle. The pictures are repeated until the doctor is sure the needle is in the right place. The sample is then looked at under a microscope.',
    related: ['needle-biopsy', 'core-biopsy', 'biopsy', 'ct-scan', 'lung-nodule'],
    sources: [ACS_NEEDLE_BIOPSY_GLOSSARY, ACS_CT_NEEDLE_GLOSSARY],
    reviewed: '2026-11-26',
  },
  {
    id: 'open-biopsy',
    name: 'Open biopsy',
    forms: ['open biopsy', 'open biopsies', 'open lung biopsy', 'open lung biopsies'],
    category: 'test',
    summary:
      'An open biopsy is surgery in which a doctor makes a cut to reach and remove tissue for testing. Other ways of getting a sample use a needle or a thin tube instead.',
    details:
      'A tissue sample can be taken with a needle, through a thin tube, or during surgery. An open biopsy is the surgical way. The surgeon makes a cut to reach the area and removes part or all of the tissue that looks wrong. You may be given medicine so that you sleep through it. If a whole tumor is removed, the surgeon often takes a rim of normal tissue around it too. A pathologist then checks the tissue under a microscope and writes a report. The report gives the diagnosis and helps plan treatment.',
    related: ['surgical-biopsy', 'biopsy', 'thoracoscopy', 'surgery', 'pathology-report'],
    sources: [ACS_BIOPSY_CYTOLOGY, NCI_PATHOLOGY_REPORTS],
    reviewed: '2026-11-26',
  },
  {
    id: 'thoracentesis',
    name: 'Thoracentesis',
    forms: ['thoracentesis', 'thoracenteses', 'thoracocentesis', 'pleural tap', 'pleurocentesis', 'pleural aspiration'],
    category: 'test',
    summary:
      'Thoracentesis uses a needle to take out fluid from the space around a lung. The fluid is then checked in a lab for cancer cells.',
    details:
      'Sometimes fluid builds up in the space between a lung and the chest wall, and doctors need to find out why. In thoracentesis, a needle is passed through the skin of the chest to draw some of the fluid out. The fluid goes to a lab. There, a specialist looks at the cells under a microscope to see if any of them are cancer. Testing fluid from around the lung is one of the ways doctors find out whether lung cancer is present.',
    related: ['pleural-effusion', 'pleura', 'ultrasound', 'shortness-of-breath', 'pleurodesis'],
    sources: [ACS_BIOPSY_CYTOLOGY, NCI_PATHOLOGY_REPORTS, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
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
      'Sputum cytology is a lab test of the mucus you cough up from your lungs. The cells in it are checked under a microscope for cancer.',
    details:
      'Sputum is the thick mucus that comes up from the lungs when you cough deeply. It is not the same as spit. For this test, a sample of it is sent to a lab. A specialist looks at the cells one at a time under a microscope to see if any look like cancer. A cell test like this shows what the cells look like, but not how they fit together in tissue. So doctors may still need a biopsy to be sure.',
    related: ['phlegm', 'chronic-cough', 'biopsy', 'lung-cancer', 'squamous-cell-carcinoma'],
    sources: [ACS_BIOPSY_CYTOLOGY, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
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
      'An ultrasound uses sound waves, not x-rays, to make pictures of the inside of your body. Doctors often use it to guide a needle during a biopsy.',
    details:
      'An ultrasound machine sends sound waves into the body through a small wand moved over the skin. The waves bounce off organs and tissues and make echoes. A computer turns the echoes into moving pictures on a screen. The test is usually quick and uses no radiation. Ultrasound can help tell a lump filled with fluid from a solid one. But it cannot tell whether a tumor is cancer, and its pictures are less detailed than CT or MRI. Sound waves cannot pass through air, so it cannot see well inside the lungs. It is often used to guide a biopsy needle to the right place.',
    related: [
      'endobronchial-ultrasound',
      'imaging-test',
      'thoracentesis',
      'fine-needle-aspiration',
      'pleural-effusion',
    ],
    sources: [ACS_ULTRASOUND],
    reviewed: '2026-11-26',
  },
  {
    id: 'pet-ct',
    name: 'PET-CT scan',
    forms: ['PET-CT', 'PET-CT scan', 'PET/CT', 'PET/CT scan', 'positron emission tomography-computed tomography'],
    category: 'test',
    summary:
      'A PET-CT scan combines a PET scan and a CT scan. The PET part shows cells that take up a lot of sugar, as cancer cells often do. The CT part makes detailed pictures.',
    details:
      'A PET-CT scan puts two imaging tests together. For the PET part, a small amount of a weakly radioactive sugar is put into your blood. Cancer cells often take up more of this sugar, so they stand out. For the CT part, the machine takes many x-rays from different angles, and a computer joins them into detailed pictures of organs. Together, the pictures can help show whether cancer has spread to lymph nodes or other parts of the body. A scan alone cannot prove a spot is cancer. A sample of tissue or fluid is needed for that.',
    related: ['pet-scan', 'ct-scan', 'cancer-stage', 'lymph-nodes', 'metastasis'],
    sources: [ACS_PET_GLOSSARY, ACS_CT_GLOSSARY, ALA_LUNG_CANCER_DIAGNOSIS_TESTS],
    reviewed: '2026-11-26',
  },
  {
    id: 'mri',
    name: 'MRI scan',
    forms: ['MRI', 'MRI scan', 'magnetic resonance imaging', 'MR imaging'],
    category: 'test',
    summary:
      'An MRI scan uses a strong magnet and radio waves to make pictures of the inside of your body. It does not use x-rays.',
    details:
      'MRI is one of several imaging tests used in lung cancer care. Imaging tests make pictures of the inside of the body. They help doctors find cancer, see whether it has spread, check how treatment is working and look for cancer that has come back. MRI makes its pictures with a strong magnet and radio waves instead of x-rays. Before an MRI, tell your care team about any metal in your body, such as a pacemaker. A scan alone cannot prove that a spot is cancer. A sample of tissue or fluid is needed for that.',
    related: ['brain-metastasis', 'spinal-cord-compression', 'imaging-test', 'contrast-dye', 'ct-scan'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS_TESTS],
    reviewed: '2026-11-26',
  },
  {
    id: 'bone-scan',
    name: 'Bone scan',
    forms: ['bone scan', 'bone scintigraphy', 'nuclear bone scan', 'radionuclide bone scan'],
    category: 'test',
    summary:
      'A bone scan uses a tiny amount of a radioactive material to look for problem areas in your bones. It can show where cancer may have spread to the bones.',
    details:
      'For a bone scan, a small amount of a radioactive material is put into a vein. It settles in parts of the bone where cancer may be. Pictures are then taken. Areas that collect more of the material show up as "hot spots." These spots show where there may be a problem, such as cancer that has spread to the bone. A hot spot on its own does not prove that cancer is there.',
    related: ['bone-metastasis', 'bone-pain', 'back-pain', 'imaging-test', 'metastasis'],
    sources: [ACS_BONE_SCAN_GLOSSARY, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
  },
  {
    id: 'chest-x-ray',
    name: 'Chest x-ray',
    forms: ['chest x-ray', 'chest radiograph', 'chest radiography', 'chest film', 'CXR'],
    category: 'test',
    summary:
      'A chest x-ray is a picture of the organs and other parts inside your chest. It helps doctors find injuries and diseases that affect the chest.',
    details:
      'For a chest x-ray, a type of radiation passes through your chest onto film or a computer. This makes a picture of the organs and other parts inside the chest. Doctors use chest x-rays to help find injuries and diseases that affect the chest. An x-ray alone cannot show for sure that a spot is cancer. For that, doctors need to study tissue or fluid. To screen for lung cancer in people at high risk, the US Preventive Services Task Force advises a low-dose CT scan each year.',
    related: ['ct-scan', 'imaging-test', 'lung-nodule', 'pneumonia', 'pleural-effusion'],
    sources: [NCI_CHEST_XRAY, USPSTF_LUNG_SCREENING, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
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
      'EBUS is a kind of bronchoscopy. A thin tube with a sound-wave device on its tip goes into your windpipe so the doctor can look at nearby lymph nodes and take samples.',
    details:
      'In EBUS, a thin, lighted tube called a bronchoscope is passed down into the windpipe. A small ultrasound device on its tip sends out sound waves. The echoes make pictures of nearby lymph nodes and other parts of the chest. The doctor can use these pictures to guide a thin needle to the right spot and take a sample. A pathologist then checks the sample under a microscope. Finding cancer in these lymph nodes can show that lung cancer has spread.',
    related: ['bronchoscopy', 'ultrasound', 'lymph-nodes', 'fine-needle-aspiration', 'mediastinoscopy'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS_TESTS, ACS_ULTRASOUND, ACS_BIOPSY_CYTOLOGY],
    reviewed: '2026-11-26',
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
      'A needle biopsy uses a needle to take fluid, cells or a small piece of tissue from a lump. The sample is then checked under a microscope.',
    details:
      'In a needle biopsy, the doctor guides a needle into the spot that looks wrong. For a spot in the lung, special x-ray pictures from a CT scan are often used to steer the needle, so it may be called a CT-guided biopsy. The pictures are repeated until the doctor is sure the needle is in the right place. There are two main kinds. Fine-needle aspiration uses a thin needle to draw out fluid or tiny bits of tissue. A core biopsy uses a thicker needle to remove a small piece, or core, of tissue. The sample is then looked at under a microscope.',
    related: ['fine-needle-aspiration', 'core-biopsy', 'biopsy', 'ct-scan', 'lung-nodule'],
    sources: [ACS_NEEDLE_BIOPSY_GLOSSARY, ACS_CT_NEEDLE_GLOSSARY],
    reviewed: '2026-11-26',
  },
  {
    id: 'core-biopsy',
    name: 'Core needle biopsy',
    forms: ['core biopsy', 'core biopsies', 'core needle biopsy', 'core needle biopsies'],
    category: 'test',
    summary:
      'A core biopsy uses a hollow needle that is thicker than the one used in fine-needle aspiration. It removes a small piece, or core, of tissue to test.',
    details:
      'A core needle biopsy is one of the two main kinds of needle biopsy. The doctor passes a thicker needle into the spot that looks wrong and removes a small core of tissue. For a spot deep in the chest, a CT scan may be used to guide the needle. Because the sample is a piece of tissue, the pathologist can see how the cells are arranged, not just what single cells look like. Other lab tests may also be run on the sample. These can give clues about how a cancer may act and which treatments may work.',
    related: ['needle-biopsy', 'fine-needle-aspiration', 'biopsy', 'biomarker-testing', 'pathology-report'],
    sources: [ACS_NEEDLE_BIOPSY_GLOSSARY, ACS_BIOPSY_CYTOLOGY, ACS_CT_NEEDLE_GLOSSARY],
    reviewed: '2026-11-26',
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
      'A surgical biopsy removes tissue during an operation so it can be checked for cancer. The surgeon may take part of a lump or the whole thing.',
    details:
      'A tissue sample can be taken with a needle, through a thin tube, or during surgery. In a surgical biopsy, a surgeon removes the tissue in an operation. In an incisional biopsy, only part of the area that looks wrong is taken. In an excisional biopsy, the whole lump or area is removed, often with a rim of normal tissue around it. You may be given medicine so that you sleep through it. A pathologist then studies the tissue and writes a report. The report gives the diagnosis and helps plan treatment.',
    related: ['open-biopsy', 'thoracoscopy', 'biopsy', 'surgery', 'pathology-report'],
    sources: [ACS_BIOPSY_CYTOLOGY, NCI_PATHOLOGY_REPORTS],
    reviewed: '2026-11-26',
  },
  {
    id: 'liquid-biopsy',
    name: 'Liquid biopsy',
    forms: [
      'liquid biopsy',
      'liquid biopsies',
      'circulating tumor DNA',
      'circulating tumour DNA',
      'ctDNA',
      'cell-free tumor DNA',
      'cell-free tumour DNA',
    ],
    category: 'test',
    summary:
      'A liquid biopsy is a blood test that looks for bits of DNA or other markers that tumors release into the blood. It can help find gene changes that guide treatment.',
    details:
      'Tumors can release substances, such as pieces of DNA, into the blood. A liquid biopsy tests a blood sample for these markers. In lung cancer, one example is a change in the EGFR gene. Results like this can help doctors plan treatment. Markers in the blood can also help show how well treatment is working or whether the cancer has come back. A blood test is used together with other tests, such as a tissue biopsy and imaging, not in place of them.',
    related: ['biomarker-testing', 'blood-test', 'gene-mutation', 'targeted-therapy', 'egfr'],
    sources: [NCI_CIRCULATING_TUMOR_MARKER, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
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
      'Pulmonary function tests are breathing tests that show how well your lungs work. For some of them, you blow hard into a tube connected to a machine.',
    details:
      'These tests measure how much air your lungs can hold, how hard you can blow air out and how easily oxygen passes into your blood. Spirometry is one of them, and it is the main test for COPD. For spirometry, a technician asks you to take a deep breath and then blow as hard as you can into a tube connected to a machine. The tests do not hurt, but you need to try your hardest. They are often repeated a few times to make sure the results are right. Doctors use the results to help find lung diseases such as COPD and asthma.',
    related: ['spirometry', 'copd', 'shortness-of-breath', 'surgery', 'lungs'],
    sources: [NHLBI_COPD_DIAGNOSIS, ALA_LUNG_FUNCTION_TESTS],
    reviewed: '2026-11-26',
  },
  {
    id: 'spirometry',
    name: 'Spirometry',
    forms: ['spirometry', 'spirometer', 'FEV1', 'forced expiratory volume', 'forced vital capacity'],
    category: 'test',
    summary:
      'Spirometry is a simple breathing test. You take a deep breath and blow as hard as you can into a tube, and a machine measures how much air you blow out and how fast.',
    details:
      'Spirometry is a kind of lung function test, and it is the main test used to find COPD. A technician asks you to breathe in deeply and then blow as hard as you can into a tube. The tube is connected to a small machine called a spirometer. It measures how much air you breathe out and how fast you blow it out. The test does not hurt. Sometimes you breathe in a medicine that opens your airways and then do the test again, so the results can be compared. Spirometry can find COPD before symptoms start.',
    related: ['pulmonary-function-test', 'copd', 'asthma', 'airways', 'shortness-of-breath'],
    sources: [NHLBI_COPD_DIAGNOSIS],
    reviewed: '2026-11-26',
  },
  {
    id: 'biomarker-testing',
    name: 'Biomarker testing',
    forms: [
      'biomarker testing',
      'biomarker test',
      'comprehensive biomarker testing',
      'molecular testing',
      'molecular test',
      'molecular profiling',
      'genomic testing',
      'genomic profiling',
      'tumor testing',
      'tumour testing',
      'tumor profiling',
      'tumour profiling',
      'next-generation sequencing',
      'NGS',
    ],
    category: 'test',
    summary:
      'Biomarker testing checks a sample of your cancer for certain gene changes and other markers. The results can help show which treatments may work for you.',
    details:
      'Biomarker testing is also called molecular or genomic testing. It looks for changes in the DNA of the tumor. It usually uses tumor tissue from a biopsy. Some markers, such as changes in the EGFR gene, can also be found in a blood sample. Knowing which changes a cancer has can help doctors choose treatment. This testing looks at changes in the cancer itself. Ask your doctor whether your tumor should be tested.',
    related: ['biomarker', 'gene-mutation', 'targeted-therapy', 'immunotherapy', 'liquid-biopsy'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS, ACS_BIOPSY_CYTOLOGY, NCI_CIRCULATING_TUMOR_MARKER],
    reviewed: '2026-11-26',
  },
  {
    id: 'mediastinoscopy',
    name: 'Mediastinoscopy',
    forms: ['mediastinoscopy', 'mediastinoscopies', 'mediastinoscope', 'mediastinotomy', 'Chamberlain procedure'],
    category: 'test',
    summary:
      'Mediastinoscopy is a small operation to look at and take samples from the lymph nodes between your lungs. It helps show if lung cancer has spread there.',
    details:
      'The area in the middle of the chest, between the lungs, is called the mediastinum. In a mediastinoscopy, the surgeon makes a small cut in the skin and passes in a thin, lighted tube. Tools passed through the tube can take tissue from lymph nodes in this area. You may be given medicine so you sleep through it. A pathologist then checks the samples for cancer. The results help show the stage of the cancer and plan treatment.',
    related: ['lymph-nodes', 'endobronchial-ultrasound', 'cancer-stage', 'biopsy', 'tnm-staging'],
    sources: [NCI_PATHOLOGY_REPORTS, ACS_BIOPSY_CYTOLOGY, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
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
      'In a thoracoscopy, a surgeon puts a thin tube with a light through a small cut in the chest. It lets them look at the lungs and chest lining and take samples.',
    details:
      'The surgeon makes a small cut in the chest and passes in a thin, lighted tube. Through it, the surgeon can look at the outside of the lungs and the lining of the chest. Small tools passed through the tube can take tissue or fluid samples. You are given medicine so you sleep or feel no pain. When it is done with a video camera, it is often called VATS. A pathologist then checks the samples for cancer.',
    related: ['surgical-biopsy', 'pleura', 'pleural-effusion', 'surgery', 'wedge-resection'],
    sources: [NCI_PATHOLOGY_REPORTS, ACS_BIOPSY_CYTOLOGY, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
  },
  {
    id: 'blood-test',
    name: 'Blood test',
    forms: ['blood test', 'blood work', 'bloodwork', 'complete blood count', 'blood chemistry test', 'blood panel'],
    category: 'test',
    summary:
      'A blood test checks a small sample of your blood in a lab. It gives clues about your health and is often used along with other tests.',
    details:
      'A health worker takes a small sample of your blood for the lab. A complete blood count measures your red cells, white cells, platelets and hemoglobin. Other blood tests measure chemicals, proteins and other substances. Blood tests can help find some diseases, check how organs such as the liver and kidneys are working and show whether treatment is working. Some substances, called tumor markers, may be a sign of cancer, but they can also come from conditions that are not cancer. To help diagnose cancer, blood tests are used along with other tests, such as biopsies and imaging.',
    related: ['anemia', 'hypercalcemia', 'liquid-biopsy', 'liver', 'physical-exam'],
    sources: [MEDLINEPLUS_BLOOD_TESTING, NCI_CIRCULATING_TUMOR_MARKER],
    reviewed: '2026-11-26',
  },
  {
    id: 'lung-rads',
    name: 'Lung-RADS',
    forms: ['Lung-RADS', 'LungRADS', 'Lung-RADS category', 'Lung-RADS score'],
    category: 'test',
    summary:
      'Lung-RADS is a term you may see on the report of a lung cancer screening scan. Ask your care team what your result means and what comes next.',
    details:
      'Lung cancer screening is a yearly low-dose CT scan for some adults at high risk. This means people aged 50 to 80 who have smoked a lot for many years and still smoke or quit in the past 15 years. Many screening scans find spots that turn out not to be cancer. This is called a false-positive result. More scans can often sort this out, but some people need other tests, such as a biopsy. Ask your care team what your screening result means and when your next scan should be.',
    related: ['low-dose-ct', 'lung-cancer-screening', 'lung-nodule', 'false-positive', 'incidental-finding'],
    sources: [USPSTF_LUNG_SCREENING],
    reviewed: '2026-11-26',
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
      'Contrast dye is a liquid given before some scans to make parts of the body show up more clearly. It is often given as a shot into a vein.',
    details:
      'Some CT scans need an injection of a dye, but not all do. The dye makes some organs, blood vessels and other areas easier to see in the pictures. Apart from the shot, the scan does not hurt. Tell the team if you have had a problem with a dye before.',
    related: ['ct-scan', 'mri', 'imaging-test', 'pet-ct', 'side-effects'],
    sources: [ACS_CT_GLOSSARY],
    reviewed: '2026-11-26',
  },
  {
    id: 'pathology-report',
    name: 'Pathology report',
    forms: ['pathology report', 'surgical pathology report', 'biopsy report', 'path report'],
    category: 'test',
    summary:
      'A pathology report gives the lab results on tissue taken in a biopsy or surgery. It is written by a doctor who checks cells under a microscope. It says if cancer is there.',
    details:
      'After tissue is removed, it goes to a pathologist. This is a doctor trained to find disease by studying cells and tissue. The report describes what the sample looks like to the naked eye and under the microscope, and then gives a diagnosis. After surgery, it may also say whether the edges of the removed tissue are free of cancer and whether lymph nodes contain cancer. It may include results of other lab tests on the sample. The report is used to set the stage of the cancer and plan treatment. It is often long and technical, so ask your doctor to go through it with you.',
    related: ['biopsy', 'diagnosis', 'grade', 'cancer-stage', 'biomarker-testing'],
    sources: [NCI_PATHOLOGY_REPORTS, ACS_PATHOLOGY_REPORT],
    reviewed: '2026-11-26',
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
      'An imaging test makes pictures of the inside of your body. Examples are x-rays, CT, MRI, PET and ultrasound scans.',
    details:
      'Imaging tests make pictures of organs and tissues in different ways. X-rays and CT scans use x-rays. Ultrasound uses sound waves. A PET scan uses a small amount of a radioactive sugar. In lung cancer care, imaging helps doctors find cancer, see whether it has spread, check how treatment is working and find cancer that has come back. Some tests, such as CT, can also guide a biopsy needle. But an imaging test alone cannot prove that a spot is cancer. A sample of tissue or fluid is needed for that.',
    related: ['ct-scan', 'chest-x-ray', 'mri', 'pet-scan', 'ultrasound'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS, ACS_CT_GLOSSARY, ACS_ULTRASOUND, ACS_PET_GLOSSARY],
    reviewed: '2026-11-26',
  },
];
