import type { TermEntry } from '../types';

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
      'A CT scan uses x-rays and a computer to make detailed pictures of the inside of your body. It can show the size and place of a growth in the lungs.',
    details:
      'During a CT scan you lie still on a table that slides through a large ring-shaped machine. The machine takes many x-ray pictures from different angles, and a computer turns them into thin "slices" that can also be viewed in 3D. You may be asked to hold your breath for a few seconds. Sometimes a dye is given through a vein to make some areas easier to see. The scan itself does not hurt. In lung cancer care, doctors use CT to look for tumors, see whether cancer has spread, guide a biopsy needle, plan treatment and check how well treatment is working. It uses more radiation than a plain x-ray.',
    related: ['low-dose-ct', 'contrast-dye', 'imaging-test', 'chest-x-ray', 'lung-nodule'],
    sources: [
      {
        title: 'Computed Tomography (CT) Scans and Cancer Fact Sheet',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/ct-scans-fact-sheet',
      },
    ],
    reviewed: '2026-11-25',
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
      'A low-dose CT scan is a chest CT that uses less radiation than a standard one. It is the test used to screen for lung cancer in people at high risk.',
    details:
      'Low-dose CT (LDCT) is the test recommended to screen for lung cancer in people who have no symptoms. The US Preventive Services Task Force advises a scan once a year for adults aged 50 to 80 who have at least a 20 pack-year smoking history and who still smoke or quit within the past 15 years. The scan is quick and painless. Screening can find cancer early, when it is easier to treat. It can also find spots that turn out not to be cancer, which may lead to more scans or tests. Screening usually stops once a person has not smoked for 15 years or has health problems that would rule out lung surgery.',
    related: ['lung-cancer-screening', 'ct-scan', 'pack-year', 'lung-rads', 'false-positive'],
    sources: [
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'pet-scan',
    name: 'PET scan',
    forms: ['PET scan', 'PET', 'positron emission tomography', 'positron emission tomography scan'],
    category: 'test',
    summary:
      'A PET scan uses a small amount of a mildly radioactive sugar to find very active cells. It can show if cancer may have spread to other parts of the body.',
    details:
      'Before a PET scan, a small dose of a weakly radioactive sugar is put into a vein. Cancer cells often use more sugar than normal cells, so they take up more of it and show up as bright spots on the pictures. You rest quietly for a while so the sugar can move through the body, then lie on a table that slides through the scanner. Doctors use PET scans to look for cancer, to see if it has spread, to help plan treatment and to check how well treatment is working. A bright spot is not always cancer: infection and swelling can also light up, so other tests may be needed.',
    related: ['pet-ct', 'ct-scan', 'metastasis', 'imaging-test', 'cancer-stage'],
    sources: [
      {
        title: 'PET scan or positron emission tomography (Cancer Glossary)',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/positron_emissiontomography.html',
      },
    ],
    reviewed: '2026-11-25',
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
      'In a bronchoscopy, a doctor passes a thin, lighted tube through your nose or mouth into your airways. It lets them look inside and take small samples to test.',
    details:
      'A bronchoscope is a thin tube with a light and a small camera at its tip. The doctor guides it through the nose or mouth, down the windpipe and into the large airways of the lungs. You are usually given medicine to numb your throat and help you relax. Through the tube the doctor can look for tumors or blockages and take tiny pieces of tissue or fluid. When a sample is taken this way it is often called a bronchoscopy biopsy. A specialist then checks the samples under a microscope. Afterward your throat may feel sore for a short time.',
    related: ['biopsy', 'endobronchial-ultrasound', 'airways', 'bronchi', 'pulmonologist'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'biopsy',
    name: 'Biopsy',
    forms: ['biopsy', 'biopsies', 'biopsied', 'tissue biopsy', 'tissue biopsies', 'lung biopsy', 'lung biopsies'],
    category: 'test',
    summary:
      'A biopsy takes a small piece of tissue or some cells from your body so they can be checked under a microscope. It is the main way to know for sure if cancer is there.',
    details:
      'Scans can show that something looks unusual, but they usually cannot prove what it is. In a biopsy, a doctor removes a small sample from the area. This can be done with a needle, through a thin tube such as a bronchoscope, or during surgery. A doctor called a pathologist studies the sample under a microscope and may run other lab tests on it. The results show whether cancer is present and, if so, what type it is. This helps your care team choose treatment. Many biopsies turn out not to be cancer. Results often take a few days.',
    related: ['needle-biopsy', 'bronchoscopy', 'pathology-report', 'diagnosis', 'biomarker-testing'],
    sources: [
      {
        title: 'Biopsy and Cytology Tests',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html',
      },
    ],
    reviewed: '2026-11-25',
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
      'Fine-needle aspiration uses a very thin needle to draw out a few cells or a little fluid from a lump. The sample is then checked for cancer.',
    details:
      'Fine-needle aspiration (FNA) is a type of needle biopsy. The doctor numbs the skin and guides a very thin, hollow needle into the lump or spot. For the lung, a CT scan or ultrasound is often used to guide the needle to the right place. A syringe pulls out a small sample, which a pathologist looks at under a microscope. FNA does not need a cut in the skin. Because the needle is so thin, it sometimes does not collect enough cells, and another biopsy may be needed. After a lung FNA, a chest x-ray may check for an air leak.',
    related: ['needle-biopsy', 'core-biopsy', 'biopsy', 'ct-scan', 'lung-nodule'],
    sources: [
      {
        title: 'needle biopsy (Cancer Glossary)',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/glossary/glossary/n/needle_biopsy.html',
      },
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'open-biopsy',
    name: 'Open biopsy',
    forms: ['open biopsy', 'open biopsies', 'open lung biopsy', 'open lung biopsies'],
    category: 'test',
    summary:
      'An open biopsy is surgery in which a doctor makes a cut to reach and remove tissue for testing. It is used when a needle or scope cannot get a good sample.',
    details:
      'Most lung samples can be taken with a needle or through a bronchoscope. When those methods are not possible or do not give a clear answer, a surgeon may do an open biopsy. The surgeon makes a cut through the skin to reach the area and removes some or all of the suspicious tissue. For the lung, this is usually done in a hospital while you are asleep under general anesthesia, and you may need to stay a few days. A pathologist then checks the tissue under a microscope. Because it is surgery, it takes longer to recover from than a needle biopsy.',
    related: ['surgical-biopsy', 'biopsy', 'thoracoscopy', 'surgery', 'pathology-report'],
    sources: [
      {
        title: 'Biopsy and Cytology Tests',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html',
      },
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'thoracentesis',
    name: 'Thoracentesis',
    forms: ['thoracentesis', 'thoracenteses', 'thoracocentesis', 'pleural tap', 'pleurocentesis', 'pleural aspiration'],
    category: 'test',
    summary:
      'Thoracentesis uses a needle to drain fluid from the space between your lungs and chest wall. The fluid is tested, and removing it can make breathing easier.',
    details:
      'Sometimes fluid builds up between the thin lining of the lung and the inside of the chest wall. This is called a pleural effusion, and it can make you short of breath. In thoracentesis, the doctor numbs a small patch of skin on your back or side. A needle is then passed between the ribs into the fluid, often guided by ultrasound. Some fluid is drawn out and sent to a lab, where it is checked for cancer cells and other causes. Taking fluid out can also relieve breathing trouble. You usually sit up and lean forward during the test. A chest x-ray may be done afterward.',
    related: ['pleural-effusion', 'pleura', 'ultrasound', 'shortness-of-breath', 'pleurodesis'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'sputum-cytology',
    name: 'Sputum cytology',
    forms: ['sputum cytology', 'sputum cytologies', 'sputum cytologic exam', 'sputum cytology exam', 'cytology of sputum'],
    category: 'test',
    summary:
      'Sputum cytology is a lab test of the mucus you cough up from your lungs. The sample is checked under a microscope for cancer cells.',
    details:
      'Sputum is the thick mucus that comes up from the lungs when you cough deeply. It is not the same as spit from the mouth. For this test, you cough sputum into a small cup, often first thing in the morning, and sometimes on several days in a row. A specialist looks at the cells under a microscope. Finding cancer cells points to lung cancer, but a normal result does not rule it out, because many lung tumors do not shed cells into the mucus. For that reason doctors usually use it alongside scans and a biopsy, not on its own.',
    related: ['phlegm', 'chronic-cough', 'biopsy', 'lung-cancer', 'squamous-cell-carcinoma'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
      {
        title: 'Biopsy and Cytology Tests',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'ultrasound',
    name: 'Ultrasound',
    forms: ['ultrasound', 'ultrasound scan', 'ultrasonography', 'sonography', 'sonogram', 'ultrasonogram', 'endoscopic ultrasound'],
    category: 'test',
    summary:
      'An ultrasound uses sound waves, not x-rays, to make pictures of the inside of your body. Doctors often use it to guide a needle to the right spot.',
    details:
      'A small handheld device sends sound waves into the body that are too high for you to hear. The waves bounce off organs and tissues, and a computer turns the echoes into moving pictures on a screen. A cool gel is spread on the skin so the device slides easily. The test is painless and uses no radiation. Ultrasound does not show the inside of the lungs well, because air blocks the sound waves. In lung cancer care it is mostly used to find fluid around the lungs, to check lymph nodes or the liver, and to guide needles during a biopsy or thoracentesis.',
    related: ['endobronchial-ultrasound', 'imaging-test', 'thoracentesis', 'fine-needle-aspiration', 'pleural-effusion'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'pet-ct',
    name: 'PET-CT scan',
    forms: ['PET-CT', 'PET-CT scan', 'PET/CT', 'PET/CT scan', 'positron emission tomography-computed tomography'],
    category: 'test',
    summary:
      'A PET-CT scan does a PET scan and a CT scan at the same time. Together they show both where active cells are and what the area looks like.',
    details:
      'A PET scan shows which cells are using a lot of sugar, which is common in cancer. A CT scan shows detailed shapes of organs and tissues. A PET-CT machine does both in one visit, and a computer lays one set of pictures over the other. This helps doctors see exactly where a bright spot is. For lung cancer, PET-CT is often used to check lymph nodes and other organs for spread, which helps set the stage of the cancer and plan treatment. You get a small dose of a weakly radioactive sugar in a vein first, then lie still on a table for the scan.',
    related: ['pet-scan', 'ct-scan', 'cancer-stage', 'lymph-nodes', 'metastasis'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
      {
        title: 'PET scan or positron emission tomography (Cancer Glossary)',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/positron_emissiontomography.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'mri',
    name: 'MRI scan',
    forms: ['MRI', 'MRI scan', 'magnetic resonance imaging', 'MR imaging'],
    category: 'test',
    summary:
      'An MRI uses a strong magnet and radio waves, not x-rays, to make detailed pictures inside the body. In lung cancer it is often used to check the brain and spine.',
    details:
      'During an MRI you lie still on a table that slides into a long tube-shaped machine. The machine makes loud knocking and humming sounds, so you may be given earplugs. A scan can take 30 minutes or more. Sometimes a dye is put into a vein to make some areas clearer. MRI gives very clear pictures of soft tissue, so doctors use it to look for cancer that may have spread to the brain or to check the spine and nerves. Because of the strong magnet, tell the team if you have a pacemaker, metal implants or other metal in your body.',
    related: ['brain-metastasis', 'spinal-cord-compression', 'imaging-test', 'contrast-dye', 'ct-scan'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'bone-scan',
    name: 'Bone scan',
    forms: ['bone scan', 'bone scintigraphy', 'nuclear bone scan', 'radionuclide bone scan'],
    category: 'test',
    summary:
      'A bone scan uses a tiny amount of a radioactive tracer to look for problem areas in your bones. It can show if cancer may have spread to the bones.',
    details:
      'For a bone scan, a small amount of a radioactive tracer is put into a vein. Over a few hours it travels through the blood and collects in parts of bone that are changing or repairing themselves. A special camera then takes pictures of your whole skeleton while you lie still. Areas that take up more tracer show up as "hot spots." These can be a sign that cancer has spread to the bone, but they can also come from arthritis, old injuries or infection, so other tests may be needed. Doctors may order a bone scan if you have new bone pain, such as in the back or hips.',
    related: ['bone-metastasis', 'bone-pain', 'back-pain', 'imaging-test', 'metastasis'],
    sources: [
      {
        title: 'bone scan (Cancer Glossary)',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/b/bone_scan.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'chest-x-ray',
    name: 'Chest x-ray',
    forms: ['chest x-ray', 'chest radiograph', 'chest radiography', 'chest film', 'CXR'],
    category: 'test',
    summary:
      'A chest x-ray is a quick picture of your lungs, heart and ribs. It is often the first test done when you have a cough or trouble breathing.',
    details:
      'For a chest x-ray you stand or sit in front of a plate while a small dose of x-rays passes through your chest. It takes only a few seconds and does not hurt. The picture can show spots or masses in the lungs, fluid around the lungs, or signs of infection such as pneumonia. A chest x-ray cannot always tell a tumor from other problems, and small tumors may not show up at all. If something looks unusual, your doctor will usually order a CT scan next. Chest x-rays are not used to screen for lung cancer; low-dose CT is used instead.',
    related: ['ct-scan', 'imaging-test', 'lung-nodule', 'pneumonia', 'pleural-effusion'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
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
      'EBUS is a kind of bronchoscopy. A tiny sound-wave probe on the tip of the tube lets the doctor see and take samples from lymph nodes in the middle of the chest.',
    details:
      'In EBUS, a bronchoscope with a small ultrasound device is passed through the mouth into the windpipe and airways. You are given medicine so you are relaxed or asleep. The ultrasound shows lymph nodes and other tissue just outside the airway walls. Guided by these pictures, the doctor pushes a thin needle through the airway wall to take cells from a lymph node or tumor. A pathologist checks the samples for cancer. EBUS helps find out whether lung cancer has spread to nearby lymph nodes, which is key for staging. It can sometimes avoid the need for surgery to get these samples.',
    related: ['bronchoscopy', 'ultrasound', 'lymph-nodes', 'fine-needle-aspiration', 'mediastinoscopy'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
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
      'A needle biopsy uses a needle passed through the skin to take cells or a small piece of tissue. No surgical cut is needed, and the sample is checked for cancer.',
    details:
      'In a needle biopsy, the doctor numbs the skin and guides a needle into the suspicious spot. For a lung spot, a CT scan is often used to steer the needle to the right place, so it may be called a CT-guided biopsy. There are two main kinds. Fine-needle aspiration uses a very thin needle to draw out cells or fluid. A core biopsy uses a slightly thicker needle to remove a thin strip of tissue. A pathologist then looks at the sample under a microscope. A possible side effect of a lung needle biopsy is an air leak that can partly collapse the lung, so a chest x-ray may be done afterward.',
    related: ['fine-needle-aspiration', 'core-biopsy', 'biopsy', 'ct-scan', 'lung-nodule'],
    sources: [
      {
        title: 'needle biopsy (Cancer Glossary)',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/glossary/glossary/n/needle_biopsy.html',
      },
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'core-biopsy',
    name: 'Core needle biopsy',
    forms: ['core biopsy', 'core biopsies', 'core needle biopsy', 'core needle biopsies'],
    category: 'test',
    summary:
      'A core biopsy uses a hollow needle a bit wider than in fine-needle aspiration. It removes a thin strip of tissue, which gives more to test than a few cells.',
    details:
      'A core needle biopsy is a type of needle biopsy. After numbing the skin, the doctor passes a hollow needle into the suspicious area, often using a CT scan or ultrasound to guide it. The needle cuts out a narrow cylinder, or core, of tissue. Several cores may be taken. Because the sample is a solid piece of tissue, the pathologist can see how the cells are arranged, and there is often enough material for extra tests, such as biomarker testing. It usually does not need a surgical cut.',
    related: ['needle-biopsy', 'fine-needle-aspiration', 'biopsy', 'biomarker-testing', 'pathology-report'],
    sources: [
      {
        title: 'needle biopsy (Cancer Glossary)',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/glossary/glossary/n/needle_biopsy.html',
      },
    ],
    reviewed: '2026-11-25',
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
      'When a needle or a scope cannot get enough tissue, a surgeon may remove it during an operation. In an incisional biopsy, only part of the suspicious area is taken. In an excisional biopsy, the whole lump or area is removed. For the lung, this may be done through small cuts with a camera (thoracoscopy) or through a larger opening in the chest. You are usually asleep for it. A pathologist then studies the tissue and writes a report. Since it is surgery, it takes longer to heal than a needle biopsy.',
    related: ['open-biopsy', 'thoracoscopy', 'biopsy', 'surgery', 'pathology-report'],
    sources: [
      {
        title: 'Biopsy and Cytology Tests',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html',
      },
      {
        title: 'Pathology Reports',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/diagnosis/pathology-reports-fact-sheet',
      },
    ],
    reviewed: '2026-11-25',
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
      'A liquid biopsy is a blood test that looks for tiny bits of DNA or cells that tumors shed into the blood. It can help find gene changes that guide treatment.',
    details:
      'Tumors release small pieces of their DNA, and sometimes whole cells, into the bloodstream. A liquid biopsy tests a regular blood sample for these. In lung cancer it is mostly used to look for gene changes, such as in the EGFR gene, that can be treated with targeted drugs. It can also help track how well treatment is working or whether the cancer is changing. Because it only needs a blood draw, it can be easier than a tissue biopsy. But it can miss cancer that sheds little DNA, so a tissue biopsy is usually still needed to make the diagnosis.',
    related: ['biomarker-testing', 'blood-test', 'gene-mutation', 'targeted-therapy', 'egfr'],
    sources: [
      {
        title: 'Liquid Biopsy: Using Tumor DNA in Blood to Aid Cancer Care',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/news-events/cancer-currents-blog/2017/liquid-biopsy-detects-treats-cancer',
      },
      {
        title: 'Definition of circulating tumor marker - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/circulating-tumor-marker',
      },
    ],
    reviewed: '2026-11-25',
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
      'Pulmonary function tests are breathing tests that show how well your lungs work. They measure how much air your lungs hold and how well they move air and oxygen.',
    details:
      'For these tests you breathe in and out through a mouthpiece connected to a machine, following a technician\'s instructions. Some parts ask you to breathe in as deeply as you can and blow out hard and fast. The tests do not hurt, though you may feel tired or lightheaded for a moment. Spirometry is the most common one. Other parts measure the total amount of air in your lungs and how well oxygen passes into your blood. Before lung cancer surgery or radiation, doctors use these tests to check whether your lungs can handle treatment. They are also used to find and track conditions such as COPD and asthma.',
    related: ['spirometry', 'copd', 'shortness-of-breath', 'surgery', 'lungs'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'spirometry',
    name: 'Spirometry',
    forms: ['spirometry', 'spirometer', 'FEV1', 'forced expiratory volume', 'forced vital capacity'],
    category: 'test',
    summary:
      'Spirometry is a simple breathing test. You take a deep breath and blow out hard into a tube, and a machine measures how much air you push out and how fast.',
    details:
      'Spirometry is the most common lung function test. You sit, take the deepest breath you can, then blow out as hard and as long as possible into a mouthpiece. A clip may be put on your nose. You usually repeat this a few times to get the best result. The machine, called a spirometer, records two key numbers: how much air you blow out in the first second (FEV1) and how much you blow out in total (forced vital capacity). Low numbers can point to narrowed airways, as in COPD or asthma. Doctors also use spirometry to check whether your lungs are strong enough for surgery.',
    related: ['pulmonary-function-test', 'copd', 'asthma', 'airways', 'shortness-of-breath'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
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
      'Biomarker testing checks a sample of your cancer for certain gene changes or proteins. The results can show which treatments are most likely to work for you.',
    details:
      'Two lung cancers of the same type can have very different gene changes or proteins. Biomarker testing looks for these. It uses tumor tissue from a biopsy or, at times, a blood sample (a liquid biopsy). In non-small cell lung cancer, tests often look for changes in genes such as EGFR, ALK, ROS1 and KRAS, and for the protein PD-L1. Some targeted drugs and immunotherapies work only when a certain marker is present. This testing looks at changes in the cancer itself; it is different from genetic tests for changes you were born with.',
    related: ['biomarker', 'gene-mutation', 'targeted-therapy', 'immunotherapy', 'liquid-biopsy'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
      {
        title: 'Pathology Reports',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/diagnosis/pathology-reports-fact-sheet',
      },
      {
        title: 'Liquid Biopsy: Using Tumor DNA in Blood to Aid Cancer Care',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/news-events/cancer-currents-blog/2017/liquid-biopsy-detects-treats-cancer',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'mediastinoscopy',
    name: 'Mediastinoscopy',
    forms: ['mediastinoscopy', 'mediastinoscopies', 'mediastinoscope', 'mediastinotomy', 'Chamberlain procedure'],
    category: 'test',
    summary:
      'Mediastinoscopy is a small operation to look at and take samples from the lymph nodes between your lungs. It helps show if lung cancer has spread there.',
    details:
      'The area in the middle of the chest, between the lungs, is called the mediastinum. It holds many lymph nodes where lung cancer often spreads first. In a mediastinoscopy, you are asleep under general anesthesia. The surgeon makes a small cut just above the breastbone and passes a thin, lighted tube called a mediastinoscope into the chest. Tissue is taken from lymph nodes and checked for cancer. A related procedure, anterior mediastinotomy, uses a cut beside the breastbone. The results help set the stage of the cancer and plan treatment. Less invasive tests, such as EBUS, can sometimes be used instead.',
    related: ['lymph-nodes', 'endobronchial-ultrasound', 'cancer-stage', 'biopsy', 'tnm-staging'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
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
      'In a thoracoscopy, a surgeon puts a thin tube with a camera through small cuts between the ribs. It lets them look at the lungs and chest lining and take samples.',
    details:
      'Thoracoscopy is done in a hospital, usually while you are asleep under general anesthesia. The surgeon makes one or more small cuts between the ribs and passes in a thoracoscope, a thin tube with a light and camera. They can look at the outside of the lungs and the lining of the chest, take tissue or fluid samples, and sometimes remove a small tumor. When done with video tools it is often called VATS. It is used when other tests cannot give an answer, such as to find the cause of fluid around the lungs. Recovery is usually quicker than after open chest surgery.',
    related: ['surgical-biopsy', 'pleura', 'pleural-effusion', 'surgery', 'wedge-resection'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'blood-test',
    name: 'Blood test',
    forms: ['blood test', 'blood work', 'bloodwork', 'complete blood count', 'blood chemistry test', 'blood panel'],
    category: 'test',
    summary:
      'A blood test checks a small sample of your blood, usually taken from a vein in your arm. It shows how your organs are working and can point to other problems.',
    details:
      'A health worker puts a thin needle into a vein, usually in your arm, and fills one or more small tubes. It takes a few minutes and may sting briefly. Some tests ask you not to eat beforehand. Common tests include a complete blood count, which counts red cells, white cells and platelets, and chemistry tests, which check things such as calcium and how well the liver and kidneys work. Blood tests alone cannot show whether you have lung cancer. But they help doctors check your overall health, look for problems such as anemia or high calcium, and make sure you are ready for treatment.',
    related: ['anemia', 'hypercalcemia', 'liquid-biopsy', 'liver', 'physical-exam'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'lung-rads',
    name: 'Lung-RADS',
    forms: ['Lung-RADS', 'LungRADS', 'Lung-RADS category', 'Lung-RADS score'],
    category: 'test',
    summary:
      'Lung-RADS is a scoring system doctors use to report the results of a lung cancer screening scan. The score, from 0 to 4, guides what should happen next.',
    details:
      'After a low-dose CT screening scan, the radiologist gives the result a Lung-RADS category based on the most worrying spot seen. Category 1 or 2 means no sign of concern, and you usually go back to yearly screening. Category 3 means a spot that is probably not cancer, so a repeat scan in about six months is often advised. Category 4 (4A, 4B or 4X) means a spot that needs a closer look, which may mean another scan, a PET-CT or a biopsy. Category 0 means the scan was incomplete. Most spots found on screening are not cancer.',
    related: ['low-dose-ct', 'lung-cancer-screening', 'lung-nodule', 'false-positive', 'incidental-finding'],
    sources: [
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
    ],
    reviewed: '2026-11-25',
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
      'Contrast dye is a liquid given before some scans to make parts of the body show up more clearly. It is usually put into a vein or swallowed.',
    details:
      'For many CT scans, a dye that contains iodine is given through a small tube in a vein, or sometimes as a drink. MRI scans use a different kind of dye. The dye makes blood vessels, organs and some tumors stand out on the pictures. You may feel a warm flush or get a metal taste for a moment. Allergic reactions are uncommon, but tell the team if you have reacted to dye before, have kidney problems or could be pregnant.',
    related: ['ct-scan', 'mri', 'imaging-test', 'pet-ct', 'side-effects'],
    sources: [
      {
        title: 'Computed Tomography (CT) Scans and Cancer Fact Sheet',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/ct-scans-fact-sheet',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'pathology-report',
    name: 'Pathology report',
    forms: ['pathology report', 'surgical pathology report', 'biopsy report', 'path report'],
    category: 'test',
    summary:
      'A pathology report gives the lab results on tissue taken in a biopsy or surgery. A doctor who looks at cells under a microscope writes it. It tells if cancer is there.',
    details:
      'After tissue is removed, it goes to a pathologist, a doctor trained to find disease by studying cells and tissue. The pathologist describes what the sample looks like to the naked eye and under the microscope, then gives a diagnosis. For cancer, the report usually says the type of cancer, its grade, its size and whether the edges of removed tissue are free of cancer. It may also list lymph node results and biomarker tests. The report helps set the stage and plan treatment. The language is technical, so it is fine to ask your doctor to go through it with you and to keep a copy.',
    related: ['biopsy', 'diagnosis', 'grade', 'cancer-stage', 'biomarker-testing'],
    sources: [
      {
        title: 'Pathology Reports',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/diagnosis/pathology-reports-fact-sheet',
      },
    ],
    reviewed: '2026-11-25',
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
      'Imaging tests use some form of energy to make pictures of organs and tissues. This may be x-rays, sound waves, magnets or a small dose of a radioactive tracer. In lung cancer care they help find a tumor, show its size and place, see whether it has spread, guide a biopsy needle and check how treatment is working. Some imaging tests use radiation and some do not. An imaging test alone usually cannot prove that a spot is cancer; a biopsy is most often needed for that. Ask your care team why a scan is needed and how to prepare for it.',
    related: ['ct-scan', 'chest-x-ray', 'mri', 'pet-scan', 'ultrasound'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
      {
        title: 'Computed Tomography (CT) Scans and Cancer Fact Sheet',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/ct-scans-fact-sheet',
      },
    ],
    reviewed: '2026-11-25',
  },
];
