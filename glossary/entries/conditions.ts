import type { TermEntry, TermSource } from '../types';
import {
  ACS_BONE_METS,
  ACS_BONE_METS_PROBLEMS,
  ACS_BONE_METS_SIGNS,
  ACS_FINDING_BONE_METS,
  ACS_GLOSSARY_CANCER,
  ACS_NHL,
  ACS_NHL_LYMPH_SYSTEM,
  ACS_NSCLC_PALLIATIVE,
  ACS_NSCLC_SIGNS,
  ACS_SHORTNESS_OF_BREATH,
  ALA_PNEUMONIA,
  CDC_LUNG,
  CDC_PNEUMONIA,
  NCBI_LUNG_RADS_TABLE,
  NCI_CHRONIC_BRONCHITIS,
  NHLBI_ANEMIA,
  NHLBI_ASTHMA_ATTACKS,
  NHLBI_ASTHMA_PAGE,
  NHLBI_ASTHMA_TOPIC,
  NHLBI_COPD_NEWS,
  NHLBI_PNEUMONIA_SYMPTOMS,
  NHLBI_VTE,
  NHS_COUGHING_BLOOD,
  NHS_SYMPTOMS,
  NINDS_KNOW_STROKE,
} from '../sources';

/*
 * Pages cited only here. Each was returned by the review's search with the text kept in
 * .scratch/source-texts/conditions.jsonl. Two were stored at http:// and are cited with https
 * (same host, path and query): the NCI dictionary entry for malignant mesothelioma, and the earlier
 * ALA tuberculosis page.
 */
const NCI_MESOTHELIOMA_DICT: TermSource = {
  title: 'NCI Dictionary of Cancer Terms: malignant mesothelioma',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/dictionary?CdrID=44992',
};

const NCI_CERVICAL_SCC: TermSource = {
  title: 'Definition of cervical squamous cell carcinoma - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/cervical-squamous-cell-carcinoma',
};

const ACS_LUNG_CARCINOID: TermSource = {
  title: 'What Are Lung Carcinoid Tumors?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/types/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html',
};

const NHLBI_COPD_2022: TermSource = {
  title: 'Making Healthier Lives for People with COPD',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/news/2022/making-healthier-lives-people-copd',
};

/* NHLBI's asthma page, cited without the tracking query (?ref=…) it was once cited with. */
const ALA_PULMONARY_FIBROSIS: TermSource = {
  title: 'What Is Pulmonary Fibrosis?',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/pulmonary-fibrosis/introduction',
};

const NHLBI_CLOTTING_DISORDERS: TermSource = {
  title: 'Blood Clotting Disorders',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health/clotting-disorders',
};

const MEDLINEPLUS_BLOOD_CLOTS: TermSource = {
  title: 'Blood Clots',
  publisher: 'MedlinePlus (National Library of Medicine)',
  url: 'https://medlineplus.gov/bloodclots.html',
};

const NINDS_PARANEOPLASTIC: TermSource = {
  title: 'Paraneoplastic Syndromes',
  publisher: 'National Institute of Neurological Disorders and Stroke',
  url: 'https://www.ninds.nih.gov/health-information/disorders/paraneoplastic-syndromes',
};

const ALA_TB: TermSource = {
  title: 'Learn About Tuberculosis',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/tuberculosis/learn-about-tuberculosis',
};

/* An earlier version of the same ALA page, stored at http:// under the site's former path; cited with https. */
const ALA_TB_EARLIER: TermSource = {
  title: 'Learn About Tuberculosis',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/tuberculosis/learn-about-tuberculosis.html',
};

/*
 * Added in the fix round of 2026-12-03 (text kept in .scratch/source-texts/fix-cbg.jsonl). CDC's
 * MMWR note for National Epilepsy Awareness Month gives the public's seizure first aid and when to
 * call for emergency help; the search tool returned it with a tracking query (?s_cid=…), which is
 * left off here.
 */
const CDC_MMWR_SEIZURE_FIRST_AID: TermSource = {
  title: 'National Epilepsy Awareness Month — November 2015',
  publisher: 'Centers for Disease Control and Prevention (MMWR)',
  url: 'https://www.cdc.gov/mmwr/preview/mmwrhtml/mm6443a1.htm',
};

export const conditionTerms: TermEntry[] = [
  {
    id: 'lung-cancer',
    name: 'Lung cancer',
    forms: [
      'lung cancer',
      'lung carcinoma',
      'cancer of the lung',
      'bronchogenic carcinoma',
      'lung malignancy',
      'lung malignancies',
    ],
    category: 'condition',
    summary:
      'Lung cancer is cancer that starts in the lungs, when cells there grow out of control. From there, it can reach nearby lymph nodes or organs like the brain.',
    details:
      'There are two main types: small cell and non-small cell. The non-small cell type is the most common, and it usually grows more slowly. Early on, lung cancer often causes no symptoms. Small cell is less common, and it spreads fast. A cancer that begins in another organ can also reach the lungs, but it is not lung cancer: it keeps the name of the place where it started. Treatment is planned around the type, the spread, and the person\'s age and health.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you cough up more than a few streaks of blood, or blood with hard breathing, a racing heart, or chest or upper back pain. Call if breathing suddenly gets hard and does not ease. For a few specks of blood, see a doctor that day. See a doctor right away for a lasting cough, chest pain, breathlessness, or unexplained weight loss.',
    related: ['nsclc', 'sclc', 'metastasis', 'smoking', 'lung-cancer-screening'],
    sources: [CDC_LUNG, ACS_GLOSSARY_CANCER, NHS_SYMPTOMS, ACS_NSCLC_SIGNS, NHS_COUGHING_BLOOD, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'nsclc',
    name: 'Non-small cell lung cancer (NSCLC)',
    forms: [
      'non-small cell lung cancer',
      'nonsmall cell lung cancer',
      'non-small cell lung carcinoma',
      'non-small cell carcinoma',
      'NSCLC',
    ],
    category: 'condition',
    summary:
      'Most lung cancers are non-small cell lung cancer (NSCLC). It tends to grow more slowly than the small cell type.',
    details:
      'People with NSCLC may feel well until it is advanced. It has three main types. Adenocarcinoma is the most common; it begins in mucus-making cells of the tiny air sacs. Squamous cell carcinoma starts in the lining of the large airways (bronchi). Large cell carcinoma is the least common, and it can grow and spread fast. Its type, its spread, and the person\'s age and health shape the treatment plan.',
    related: ['lung-cancer', 'adenocarcinoma', 'squamous-cell-carcinoma', 'large-cell-carcinoma', 'sclc'],
    sources: [CDC_LUNG],
    reviewed: '2026-12-03',
  },
  {
    id: 'sclc',
    name: 'Small cell lung cancer (SCLC)',
    forms: [
      'small cell lung cancer',
      'small cell lung carcinoma',
      'small cell carcinoma',
      'oat cell cancer',
      'oat cell carcinoma',
      'oat cell lung cancer',
      'SCLC',
    ],
    category: 'condition',
    summary:
      'Small cell carcinoma is a cancer made of cells that look small under a microscope. In the lungs, it is the less common of the two main groups of lung cancer, and it spreads quickly.',
    details:
      'In the lungs, the cells of this cancer look smaller than normal lung cells. Most small cell lung cancer is small cell carcinoma. Under a microscope its cells can look flat, like grains of oats, which gave it a second name: oat cell cancer. It spreads through the body fast. A rarer kind is combined small cell carcinoma, a mix that includes small cell carcinoma cells. The treatment plan depends on how far the cancer has spread and on the person\'s age and health.',
    related: ['lung-cancer', 'nsclc', 'metastasis', 'chemotherapy', 'smoking'],
    sources: [CDC_LUNG],
    reviewed: '2026-12-03',
  },
  {
    id: 'squamous-cell-carcinoma',
    name: 'Squamous cell carcinoma',
    forms: [
      'squamous cell carcinoma',
      'squamous cell lung cancer',
      'squamous cell lung carcinoma',
      'squamous cell cancer',
      'squamous carcinoma',
      'squamous non-small cell lung cancer',
      'epidermoid carcinoma',
      'squamous NSCLC',
    ],
    category: 'condition',
    summary:
      'Squamous cell carcinoma is a cancer of squamous cells, the thin, flat cells that line some parts of the body. In the lungs, it is a main kind of non-small cell lung cancer.',
    details:
      'Under a microscope, squamous cells are thin and flat, a bit like the scales of a fish. This kind of cancer can start in more than one part of the body. In the cervix, for example, most cancers are of this type. In the lungs, it usually starts in the lining of the large airways (bronchi), and it is one of the three main kinds of non-small cell lung cancer. In lung cancer, treatment is chosen by type and spread, and by the person\'s age and health.',
    related: ['nsclc', 'lung-cancer', 'bronchi', 'adenocarcinoma', 'carcinoma'],
    sources: [NCI_CERVICAL_SCC, CDC_LUNG],
    reviewed: '2026-12-03',
  },
  {
    id: 'metastasis',
    name: 'Metastasis',
    forms: ['metastasis', 'metastases', 'metastatic', 'metastasize', 'metastasise', 'metastasized', 'metastasised', 'metastasizing', 'metastasising', 'metastatic cancer', 'metastatic disease', 'secondary tumor', 'secondary tumour'],
    category: 'condition',
    summary:
      'Metastasis is the spread of cancer cells from where they started to another part of the body, where they form new tumors. The new tumors are the same kind of cancer.',
    details:
      'Cells can break off from the first tumor, move through the body, and go on growing somewhere new. The new tumors keep the name of the place the cancer started, so lung cancer that has reached the brain is still lung cancer. Lung cancer can spread to lymph nodes and to organs such as the brain, and cancers from other organs can spread into the lungs. Nearly any cancer can spread to bone.',
    related: ['bone-metastasis', 'brain-metastasis', 'lymph-nodes', 'tumor', 'cancer-stage'],
    sources: [ACS_GLOSSARY_CANCER, CDC_LUNG, ACS_BONE_METS],
    reviewed: '2026-12-03',
  },
  {
    id: 'bone-metastasis',
    name: 'Bone metastasis',
    forms: [
      'bone metastasis',
      'bone metastases',
      'bone mets',
      'metastatic bone disease',
      'metastatic bone cancer',
      'secondary bone cancer',
      'bone secondaries',
      'spread to the bone',
    ],
    category: 'condition',
    summary:
      'Bone metastasis means cancer that started somewhere else, such as the lungs, has spread to a bone. It often causes bone pain and can make bones weak.',
    details:
      'Nearly any cancer can spread to bone, and lung cancer is one that often does. Most often it affects the spine. The hip bone, the upper leg and upper arm bones, the ribs, and the skull are also common. The first sign is often pain in a bone. At first it can be on and off and worse at night; later it may not stop. Bones weakened by cancer can break, even during everyday tasks, and the break often hurts suddenly and badly. A tumor in the spine may press on the spinal cord. Damaged bone can also raise the calcium level in the blood.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) or go to the ER if your legs or arms go numb or weak. Do the same if you have trouble walking or cannot control your bladder or bowels. Call if someone becomes very confused or hard to wake. Get care right away for sudden, severe bone pain. Tell your cancer care team right away about any new bone pain.',
    related: ['metastasis', 'bone-pain', 'back-pain', 'spinal-cord-compression', 'hypercalcemia'],
    sources: [ACS_BONE_METS, ACS_BONE_METS_SIGNS, ACS_BONE_METS_PROBLEMS],
    reviewed: '2026-12-03',
  },
  {
    id: 'spinal-cord-compression',
    name: 'Spinal cord compression',
    forms: ['spinal cord compression', 'metastatic spinal cord compression', 'malignant spinal cord compression', 'compression of the spinal cord', 'pressure on the spinal cord', 'MSCC'],
    category: 'condition',
    summary:
      'Spinal cord compression means something is pressing on the spinal cord. That pressure can harm the nerves that let you move and feel. In people with cancer, a tumor in the spine can cause it.',
    details:
      'The spinal cord carries the nerves you need to move and to feel, and some of them also run the bladder and bowels. A tumor in a bone of the spine can push on the cord, and this is very serious. Back or neck pain is often one of the first signs. As the nerves are hurt, parts below the tumor can go numb and weak: the legs, or the arms too if it is in the neck. If it is not treated quickly, it can cause paralysis. Lung cancer is one of the cancers that often spread to bone.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) or go to the ER right away if your legs or arms go numb or weak. Do the same if you have trouble walking or cannot control your bladder or bowels. If you have cancer, tell your care team right away about new or worse back or neck pain.',
    related: ['spinal-cord', 'bone-metastasis', 'back-pain', 'leg-weakness', 'numbness'],
    sources: [ACS_BONE_METS_SIGNS, ACS_BONE_METS, ACS_FINDING_BONE_METS],
    reviewed: '2026-12-03',
  },
  {
    id: 'tumor',
    name: 'Tumor',
    forms: ['tumor', 'tumour', 'neoplasm', 'neoplastic'],
    category: 'condition',
    summary:
      'A tumor is a growth of abnormal cells. Many tumors form a lump or mass. Some are cancer (malignant), and some are not (benign).',
    details:
      'Another word for a tumor is neoplasm. A malignant tumor can grow into the healthy tissue around it and harm it, and its cells can break away and start new tumors elsewhere. A benign tumor is not cancer: it does not invade nearby tissue or spread, and most are not life-threatening. Not every cancer makes a lump. Some cancers, such as blood cancers, form no tumor at all.',
    related: ['benign', 'malignant', 'cancer', 'lung-nodule', 'biopsy'],
    sources: [ACS_GLOSSARY_CANCER, NINDS_PARANEOPLASTIC],
    reviewed: '2026-12-03',
  },
  {
    id: 'copd',
    name: 'COPD (chronic obstructive pulmonary disease)',
    forms: [
      'COPD',
      'chronic obstructive pulmonary disease',
      'chronic obstructive lung disease',
      'chronic obstructive airways disease',
      'chronic obstructive airway disease',
    ],
    category: 'condition',
    summary:
      'COPD is a lasting lung disease that makes breathing harder and harder over the years. Emphysema and chronic bronchitis both come under this name.',
    details:
      'Signs include a cough that does not stop, wheezing, a tight chest, and getting out of breath, mostly when active. Because people often blame these on age or allergies, they may not get checked, yet the signs keep getting worse. Not smoking and keeping away from fumes lower the risk. An early diagnosis helps. Your health care provider can make a plan with you that may include medicines, healthy food, exercise, and lung rehab (pulmonary rehabilitation). In the United States, COPD is among the leading causes of death and disability.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you suddenly get very short of breath and it does not get better, or your lips, skin or nails look blue. See your health care provider within a few days if a cough, wheezing, a tight chest or shortness of breath keeps going or gets worse. Do not write these off as part of getting older.',
    related: ['emphysema', 'chronic-bronchitis', 'smoking', 'spirometry', 'shortness-of-breath'],
    sources: [NHLBI_COPD_2022, NHLBI_COPD_NEWS, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'adenocarcinoma',
    name: 'Adenocarcinoma',
    forms: ['adenocarcinoma', 'lung adenocarcinoma', 'adenocarcinoma of the lung'],
    category: 'condition',
    summary:
      'Adenocarcinoma is a type of cancer. In the lungs, it is the most common kind of non-small cell lung cancer (NSCLC).',
    details:
      'In the lungs, it begins in cells of the tiny air sacs (alveoli) that make mucus. Of the three main kinds of NSCLC, it is the most common. The other two are squamous cell carcinoma and large cell carcinoma. How lung cancer is treated depends on its type and spread, and on the person\'s age and health.',
    related: ['nsclc', 'lung-cancer', 'alveoli', 'biomarker-testing', 'carcinoma'],
    sources: [CDC_LUNG],
    reviewed: '2026-12-03',
  },
  {
    id: 'large-cell-carcinoma',
    name: 'Large cell carcinoma',
    forms: [
      'large cell carcinoma',
      'large cell lung cancer',
      'large cell lung carcinoma',
    ],
    category: 'condition',
    summary:
      'Large cell carcinoma is a cancer whose cells look large and abnormal under a microscope. In the lungs, it is the least common of the three main kinds of non-small cell lung cancer.',
    details:
      'In the lung, its cells look bigger than healthy lung cells and clearly abnormal. It most often starts near the outer parts of the lung, in cells on its surface. It tends to grow fast and spread early through the body. Of the three main kinds of non-small cell lung cancer, it is the least common. Its treatment, like that of other lung cancers, depends on type, spread, age and health.',
    related: ['nsclc', 'lung-cancer', 'adenocarcinoma', 'squamous-cell-carcinoma', 'sclc'],
    sources: [CDC_LUNG],
    reviewed: '2026-12-03',
  },
  {
    id: 'carcinoid-tumor',
    name: 'Carcinoid tumor (lung carcinoid)',
    forms: [
      'carcinoid tumor',
      'carcinoid tumour',
      'carcinoid',
      'lung carcinoid',
      'pulmonary carcinoid',
      'bronchial carcinoid',
      'typical carcinoid',
      'atypical carcinoid',
    ],
    category: 'condition',
    summary:
      'A carcinoid tumor starts in neuroendocrine cells. These cells are in many organs, such as the stomach, gut, and lungs. Lung carcinoids are an uncommon lung cancer that tends to grow more slowly than others.',
    details:
      'In some ways these cells act like nerve cells, and in other ways like cells that make hormones. They do not make up an organ. Instead you find them here and there in many organs, including the gut, the stomach and the lungs. In the lungs, they help control the flow of air and blood and the growth of other lung cells. Only a cancer that starts in these cells in the lungs is called a lung carcinoid tumor. Like other cancers, they can spread to other parts of the body.',
    related: ['lung-cancer', 'tumor', 'sclc', 'wheezing', 'surgery'],
    sources: [ACS_LUNG_CARCINOID],
    reviewed: '2026-12-03',
  },
  {
    id: 'mesothelioma',
    name: 'Mesothelioma',
    forms: [
      'mesothelioma',
      'malignant mesothelioma',
      'pleural mesothelioma',
      'malignant pleural mesothelioma',
      'peritoneal mesothelioma',
    ],
    category: 'condition',
    summary:
      'Mesothelioma is a rare tumor. It grows in the thin lining of the chest or belly. The malignant kind is a cancer, and breathing in asbestos raises the risk of it.',
    details:
      'It can start in the pleura, the chest lining that covers the lungs, or in the lining of the belly. It may also form near the heart or the testicles.',
    related: ['asbestos', 'pleura', 'pleural-effusion', 'lung-cancer', 'shortness-of-breath'],
    sources: [NCI_MESOTHELIOMA_DICT],
    reviewed: '2026-12-03',
  },
  {
    id: 'brain-metastasis',
    name: 'Brain metastasis',
    forms: ['brain metastasis', 'brain metastases', 'brain mets', 'metastatic brain tumor', 'metastatic brain tumour', 'metastatic brain cancer', 'secondary brain tumor', 'secondary brain tumour'],
    category: 'condition',
    summary:
      'Brain metastasis means cancer has spread to the brain from another part of the body, such as the lungs.',
    details:
      'Cancer cells can break away from the first tumor, travel through the body, and grow into new tumors in the brain. These tumors are still named for the place where the cancer began. So lung cancer that has spread to the brain is still lung cancer, not brain cancer. Lung cancer is one of the cancers that can spread there. When lung cancer spreads, it can cause headaches, dizziness, balance problems or seizures, and weak or numb arms or legs.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) for a first seizure, or seizures one after another. Call for a seizure that lasts over 5 minutes, hurts someone, or leaves them hard to wake or breathing badly. Call for sudden numbness or weakness on one side, confusion, or trouble speaking, seeing or walking. Call for sudden dizziness or a very bad headache. Tell your doctor right away about new headaches.',
    related: ['metastasis', 'headache', 'lung-cancer', 'mri', 'radiation-therapy'],
    sources: [CDC_LUNG, ACS_GLOSSARY_CANCER, ACS_NSCLC_SIGNS, NINDS_KNOW_STROKE, CDC_MMWR_SEIZURE_FIRST_AID],
    reviewed: '2026-12-03',
  },
  {
    id: 'pleural-effusion',
    name: 'Pleural effusion',
    forms: ['pleural effusion', 'malignant pleural effusion', 'fluid on the lung', 'fluid around the lung'],
    category: 'condition',
    summary:
      'A pleural effusion is fluid that collects in the chest around a lung, between the layers of its lining. The fluid can squeeze the lung and make it hard to breathe.',
    details:
      'The pleura is a thin lining with two layers. One covers the lung, and the other lines the inside of the chest wall. Fluid can collect in the space between them. In advanced lung cancer, fluid around a lung is one cause of shortness of breath. A doctor can drain it with a hollow needle placed between the ribs; this is called thoracentesis. To keep the fluid from coming back, the two layers can be made to stick together, closing the space. This is called pleurodesis.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you get short of breath all of a sudden and it does not get better. Call too if your lips, skin or nails look blue. If you have lung cancer, tell your doctor right away if you are more short of breath than before.',
    related: ['pleura', 'thoracentesis', 'shortness-of-breath', 'pleurodesis', 'mesothelioma'],
    sources: [ACS_NSCLC_PALLIATIVE, ACS_SHORTNESS_OF_BREATH, ACS_NSCLC_SIGNS],
    reviewed: '2026-12-03',
  },
  {
    id: 'emphysema',
    name: 'Emphysema',
    forms: ['emphysema', 'pulmonary emphysema'],
    category: 'condition',
    summary:
      'Emphysema usually means a long-term lung disease that makes breathing hard and slowly gets worse. It is one of the two conditions grouped under the name COPD.',
    details:
      'COPD is the name for emphysema and chronic bronchitis together. A cough that will not go away, wheezing, a tight chest, and running out of breath when active are common signs. People may put them down to getting older, but they grow worse with time, so get them checked. Not smoking and staying away from fumes can lower your risk. An early diagnosis helps; a care plan may include medicines, healthy eating, exercise, and lung rehab (pulmonary rehabilitation).',
    related: ['copd', 'chronic-bronchitis', 'alveoli', 'smoking', 'shortness-of-breath'],
    sources: [NHLBI_COPD_NEWS, NHLBI_COPD_2022],
    reviewed: '2026-12-03',
  },
  {
    id: 'chronic-bronchitis',
    name: 'Chronic bronchitis',
    forms: ['chronic bronchitis', 'chronic obstructive bronchitis'],
    category: 'condition',
    summary:
      'Chronic bronchitis is a long-term lung condition in which the large airways, the bronchi, are inflamed and scarred. It is a type of COPD.',
    details:
      'The swollen, scarred airways make a lot of mucus, which leads to a cough that keeps coming back and trouble breathing. Smoking cigarettes is the main cause. Infection, secondhand smoke, chemical fumes, and other air pollution can also cause it. For most people it never fully clears up. Along with emphysema, it is one of the two conditions grouped as COPD. Quitting smoking and avoiding fumes lower the risk, and an early diagnosis lets you start a treatment plan, which may include medicines, exercise, and lung rehab.',
    related: ['copd', 'emphysema', 'bronchi', 'chronic-cough', 'phlegm'],
    sources: [NCI_CHRONIC_BRONCHITIS, NHLBI_COPD_NEWS, NHLBI_COPD_2022],
    reviewed: '2026-12-03',
  },
  {
    id: 'pneumonia',
    name: 'Pneumonia',
    forms: ['pneumonia', 'bronchopneumonia'],
    category: 'condition',
    summary:
      'Pneumonia is a lung illness in which the tiny air sacs become inflamed and can fill with fluid or pus. Most often an infection causes it. It can be mild or severe.',
    details:
      'Germs such as viruses, bacteria and fungi can cause it. In the United States, flu and RSV are common viral causes, and a germ called pneumococcus is a common bacterial cause. Being on a breathing machine (ventilator) can also lead to it. Fluid in the air sacs makes it harder for oxygen to reach the blood. It often brings a cough, fever and chills, and it can make breathing hard. The risk is highest for people 65 and older, for babies and young children, and for anyone with other health problems. Vaccines can prevent some types. Washing your hands, not smoking, and managing ongoing health problems also help. Most people recover with treatment, though it can take weeks.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if breathing suddenly gets hard and does not ease, or lips or nails look blue. For a baby, call if the lips or skin look bluish, or the baby grunts or breathes very fast. If an older adult is suddenly confused or weak, get help right away. See a doctor within a day for a cough with fever, chills or shortness of breath.',
    related: ['respiratory-infection', 'fever', 'shortness-of-breath', 'chest-x-ray', 'copd'],
    sources: [CDC_PNEUMONIA, ALA_PNEUMONIA, NHLBI_PNEUMONIA_SYMPTOMS, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'pulmonary-embolism',
    name: 'Pulmonary embolism',
    forms: [
      'pulmonary embolism',
      'pulmonary emboli',
      'pulmonary embolus',
      'pulmonary thromboembolism',
      'blood clot in the lung',
    ],
    category: 'condition',
    summary:
      'A pulmonary embolism is a blockage in an artery of the lung, most often by a blood clot. Usually the clot formed in a deep vein, often in a leg, and broke loose.',
    details:
      'A clot in a deep vein is known as deep vein thrombosis, or DVT. The legs are where it happens most, but an arm can be affected too. When a piece breaks free, the bloodstream can carry it into the lungs, where it lodges and stops blood from getting through. This can make the chest hurt and breathing hard, all of a sudden. A big clot, or many clots, can be fatal. Some people have a clotting disorder that makes their blood clot even with no injury. Blood thinners and other medicines are used to treat clots.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) right away if you have sudden chest pain or sudden shortness of breath. Do not wait to see if it passes. Call too if you cough up blood and it is hard to breathe, your heart races, or your chest or upper back hurts. See a doctor right away if one leg swells, turns red or hurts.',
    related: ['blood-clot', 'shortness-of-breath', 'chest-pain', 'hemoptysis', 'ct-scan'],
    sources: [MEDLINEPLUS_BLOOD_CLOTS, NHLBI_CLOTTING_DISORDERS, NHLBI_VTE, NHS_COUGHING_BLOOD, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'superior-vena-cava-syndrome',
    name: 'Superior vena cava syndrome',
    forms: [
      'superior vena cava syndrome',
      'superior vena cava obstruction',
      'SVC syndrome',
      'SVC obstruction',
      'SVCS',
    ],
    category: 'condition',
    summary:
      'Superior vena cava syndrome is a set of symptoms. It happens when something presses on or blocks the superior vena cava. This large vein drains blood from the arms and head to the heart.',
    details:
      'Lung cancer is one of the causes. It is one of several syndromes, or sets of symptoms that go together, that some lung cancers cause; Horner syndrome is another. A swollen face or neck is a less usual sign of lung cancer. It can be serious, so do not wait to have it checked.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if your face, neck or arms swell and you also have trouble breathing or noisy breathing, or you feel confused or faint. Call too if you suddenly get short of breath and it does not get better. See a doctor the same day for any new swelling of the face or neck.',
    related: ['sclc', 'lung-cancer', 'lymphoma', 'shortness-of-breath', 'blood-clot'],
    sources: [ACS_NSCLC_SIGNS, NHS_SYMPTOMS, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'hypercalcemia',
    name: 'Hypercalcemia (high blood calcium)',
    forms: ['hypercalcemia', 'hypercalcaemia', 'hypercalcemia of malignancy', 'high blood calcium'],
    category: 'condition',
    summary:
      'Hypercalcemia means the level of calcium in your blood is too high. In people with cancer, one cause is damaged bone letting calcium into the blood. It can make you thirsty, sleepy, or constipated.',
    details:
      'At first, you may be constipated, pass urine very often, feel slow or drowsy, and be thirsty all the time. Later it can cause weak, aching muscles and joints, confusion, coma, and kidney failure. The kidneys make too much urine when calcium is high, so the body can dry out (dehydration). Treatment often includes a lot of fluid through a vein, plus medicines that lower calcium fast. Cancer treatment can then help stop the level from climbing back up.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if someone is very confused or hard to wake up. If you have cancer, tell your care team soon if you feel very thirsty or sleepy. Also tell them if you are constipated or pass urine a lot.',
    related: ['bone-metastasis', 'paraneoplastic-syndrome', 'blood-test', 'nausea', 'fatigue'],
    sources: [ACS_BONE_METS_PROBLEMS, ACS_BONE_METS],
    reviewed: '2026-12-03',
  },
  {
    id: 'lung-nodule',
    name: 'Lung nodule',
    forms: ['lung nodule', 'pulmonary nodule', 'nodule in the lung', 'solitary pulmonary nodule', 'ground-glass nodule', 'spot on the lung', 'spot on your lung', 'spot on my lung', 'coin lesion'],
    category: 'condition',
    summary:
      'A lung nodule is a small spot in a lung that shows up on an imaging scan. Its size, its look and whether it grows help show how likely it is to be cancer.',
    details:
      'Nodules are measured in millimeters. Some are solid, some look hazy like frosted glass (doctors say ground glass), and some are a mix. On a lung cancer screening scan, small nodules and ones that have not grown are rated very unlikely to become cancer, and the usual yearly scan comes next. A larger or new nodule may need another scan in 6 months. One that looks more worrying may need a scan in 3 months, and sometimes a PET-CT scan. Ask your care team what your nodule means and when it will be checked again.',
    related: ['lung-cancer-screening', 'low-dose-ct', 'incidental-finding', 'lung-rads', 'biopsy'],
    sources: [NCBI_LUNG_RADS_TABLE],
    reviewed: '2026-12-03',
  },
  {
    id: 'benign',
    name: 'Benign',
    forms: [
      'benign',
      'benign tumor',
      'benign tumour',
      'noncancerous',
      'non-cancerous',
      'nonmalignant',
      'non-malignant',
      'not cancerous',
    ],
    category: 'condition',
    summary:
      'Benign describes something that is most often not dangerous to life, such as a growth that is not cancer. For a tumor, it means the tumor does not invade nearby tissue or spread.',
    details:
      'A benign tumor is not cancer. It does not grow into the tissue around it, and it does not spread to far parts of the body. Most are not dangerous to life. The opposite of benign is malignant, which means cancer.',
    related: ['malignant', 'tumor', 'lung-nodule', 'biopsy', 'cancer'],
    sources: [ACS_GLOSSARY_CANCER],
    reviewed: '2026-12-03',
  },
  {
    id: 'malignant',
    name: 'Malignant',
    forms: [
      'malignant',
      'malignancy',
      'malignancies',
      'malignant tumor',
      'malignant tumour',
      'cancerous',
    ],
    category: 'condition',
    summary:
      'Malignant usually means cancer. Malignant cells can grow into nearby tissue, harm it, and spread through the body.',
    details:
      'A malignant tumor is a cancer. Its cells can spread in two ways: into the healthy tissue right around it, which they can damage, and, by breaking loose, to far-off parts of the body, where they keep growing. That second kind of spread is called metastasis. The opposite word is benign, which means a growth is not cancer. Seeing the word malignant on a report can be frightening. Your care team can explain what it means for you.',
    related: ['benign', 'cancer', 'tumor', 'metastasis', 'biopsy'],
    sources: [ACS_GLOSSARY_CANCER],
    reviewed: '2026-12-03',
  },
  {
    id: 'cancer',
    name: 'Cancer',
    forms: ['cancer'],
    category: 'condition',
    summary:
      'Cancer is a name for many diseases in which some of the body\'s cells change and multiply without control. Cancer cells can damage healthy tissue and spread through the body.',
    details:
      'Most cancers form a lump, called a tumor. A malignant (cancerous) tumor can invade the tissue around it and destroy it, and cells can break off and set up new tumors elsewhere, which is called metastasis. However far it spreads, a cancer is named for where it began: lung cancer in a bone is still lung cancer. Some cancers, blood cancers among them, form no tumor. They can still be life-threatening, because they push out normal cells.',
    related: ['malignant', 'tumor', 'metastasis', 'carcinoma', 'lung-cancer'],
    sources: [ACS_GLOSSARY_CANCER],
    reviewed: '2026-12-03',
  },
  {
    id: 'carcinoma',
    name: 'Carcinoma',
    forms: ['carcinoma', 'carcinomata'],
    category: 'condition',
    summary:
      'Carcinoma is a word in the names of many cancers, such as squamous cell carcinoma. In the lungs, most of the main types of cancer are carcinomas.',
    details:
      'The name of a carcinoma often tells what its cells look like, as in squamous cell, large cell or small cell carcinoma. Squamous cells, for example, are thin and flat. Most cancers of the cervix are squamous cell carcinomas. In the lungs, there are three main kinds of non-small cell lung cancer: adenocarcinoma, squamous cell carcinoma and large cell carcinoma. Small cell carcinoma is the usual kind of small cell lung cancer. Ask your doctor what the name on your report means.',
    related: ['cancer', 'adenocarcinoma', 'squamous-cell-carcinoma', 'large-cell-carcinoma', 'sclc'],
    sources: [CDC_LUNG, NCI_CERVICAL_SCC],
    reviewed: '2026-12-03',
  },
  {
    id: 'lymphoma',
    name: 'Lymphoma',
    forms: [
      'lymphoma',
      'Hodgkin lymphoma',
      "Hodgkin's lymphoma",
      'Hodgkin disease',
      "Hodgkin's disease",
      'non-Hodgkin lymphoma',
      "non-Hodgkin's lymphoma",
    ],
    category: 'condition',
    summary:
      'Lymphoma is cancer of lymphocytes. These white blood cells help the immune system fight infection.',
    details:
      'Lymphocytes are the main cells of the lymph system. That system belongs to the immune system, and it also helps fluid move around the body. Lymph tissue is found in the lymph nodes, spleen, bone marrow and thymus, and lymphoma can begin in any of these places. The two main kinds are Hodgkin lymphoma and non-Hodgkin lymphoma (NHL), which are treated differently; NHL covers many types. Children can get NHL, though most people with it are adults. Because treatment depends on the exact type, doctors work that out first, partly by checking whether B cells or T cells are involved.',
    related: ['swollen-lymph-nodes', 'lymph-nodes', 'biopsy', 'cancer', 'superior-vena-cava-syndrome'],
    sources: [ACS_NHL, ACS_NHL_LYMPH_SYSTEM],
    reviewed: '2026-12-03',
  },
  {
    id: 'asthma',
    name: 'Asthma',
    forms: ['asthma', 'asthmatic', 'bronchial asthma'],
    category: 'condition',
    summary:
      'Asthma is a long-term condition in which the airways in the lungs can swell and narrow at times. It can cause wheezing, coughing, and a tight chest.',
    details:
      'There is no cure, but asthma can be managed. A written guide called an asthma action plan helps you do that; it may cover tracking symptoms, avoiding triggers and using medicines. Triggers are things like pollen, exercise, viral infections and cold air, which can set off symptoms or make them worse. A flare-up of symptoms is called an asthma attack. Symptoms may be mild or severe and may come daily or only now and then. When the airways narrow, it is harder to breathe air out. About 1 American in 13 has asthma. People of all ages get it, and it often begins in childhood.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if your medicine does not help during an attack, or breathing is still very hard. For a young child, call if they seem drowsy or confused. An attack can be life-threatening. Use your quick-relief inhaler as soon as symptoms start, and follow the asthma action plan you made with your doctor.',
    related: ['wheezing', 'airways', 'shortness-of-breath', 'copd', 'spirometry'],
    sources: [NHLBI_ASTHMA_PAGE, NHLBI_ASTHMA_TOPIC, NHLBI_ASTHMA_ATTACKS],
    reviewed: '2026-12-03',
  },
  {
    id: 'tuberculosis',
    name: 'Tuberculosis (TB)',
    forms: [
      'tuberculosis',
      'latent tuberculosis',
      'TB disease',
      'TB infection',
      'latent TB',
      'active TB',
      'inactive TB',
    ],
    category: 'condition',
    summary:
      'Tuberculosis (TB) is an infection caused by bacteria that spread through the air. It most often affects the lungs. With the right medicine, it can nearly always be cured.',
    details:
      'TB is caused by a germ called Mycobacterium tuberculosis. A person with TB in the lungs or throat can put germs into the air by coughing, sneezing, singing or even talking, and others may breathe them in. Catching it usually takes long, close contact, such as with someone you live or work with. Most infected people have latent (inactive) TB: the immune system holds the germs in check, so they feel well and cannot pass it on. But it can turn into active TB months or years later, if the immune system gets weak. In active TB (TB disease), the germs multiply and attack the lungs or other organs, like the bones, kidneys, brain or spine. Some forms resist the usual drugs.',
    whenToGetHelp:
      'If you think you might have TB disease, see a doctor right away. If you are being treated for TB, take your medicine just as your doctor tells you.',
    related: ['chronic-cough', 'hemoptysis', 'respiratory-infection', 'chest-x-ray', 'sputum-cytology'],
    sources: [ALA_TB, ALA_TB_EARLIER],
    reviewed: '2026-12-03',
  },
  {
    id: 'pulmonary-fibrosis',
    name: 'Pulmonary fibrosis',
    forms: ['pulmonary fibrosis', 'idiopathic pulmonary fibrosis', 'lung fibrosis'],
    category: 'condition',
    summary:
      'Pulmonary fibrosis is a lung disease in which lung tissue becomes scarred, thick and stiff. The lungs cannot expand well, and less oxygen gets into the blood.',
    details:
      'It is one of a larger group called interstitial lung diseases (ILD), which scar or inflame the tissue around the tiny air sacs. It can make you short of breath and cause a cough. There is no cure, but the symptoms can be treated. Often no cause is found, and then it is called idiopathic pulmonary fibrosis. Other cases come from breathing in harmful chemicals, exposures at work or in the environment, some medicines or other illnesses, or autoimmune disease; genes play a part too. It worsens at different speeds in different people, so tell your care team about new or worse symptoms.',
    related: ['shortness-of-breath', 'finger-clubbing', 'asbestos', 'pulmonary-function-test', 'oxygen-therapy'],
    sources: [ALA_PULMONARY_FIBROSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'anemia',
    name: 'Anemia',
    forms: [
      'anemia',
      'anaemia',
      'anemic',
      'anaemic',
      'low red blood cell count',
      'low hemoglobin',
      'low haemoglobin',
    ],
    category: 'condition',
    summary:
      'Anemia means you have fewer red blood cells, or less hemoglobin, than normal. Your body then gets less oxygen, which can leave you tired or weak.',
    details:
      'Hemoglobin, a protein rich in iron, is what red blood cells use to carry oxygen around the body. Besides feeling tired or weak, you may be short of breath or dizzy, or have headaches or an uneven heartbeat. Mild anemia is common and can be treated. Causes include too little iron or some vitamins, long-term bleeding in the stomach, and long-lasting inflammation from cancer, kidney disease, autoimmune disease or an infection. Some treatments, such as chemotherapy, can also cause it. A simple blood test can confirm it. Depending on the type, treatment may include iron or vitamins, iron through a vein, medicines that help the body make more red blood cells, or a transfusion of red blood cells.',
    related: ['fatigue', 'blood-test', 'chemotherapy', 'shortness-of-breath', 'bone-marrow'],
    sources: [NHLBI_ANEMIA],
    reviewed: '2026-12-03',
  },
  {
    id: 'blood-clot',
    name: 'Blood clot (thrombosis)',
    forms: [
      'blood clot',
      'deep vein thrombosis',
      'deep venous thrombosis',
      'venous thromboembolism',
      'thrombosis',
      'thrombus',
      'thrombi',
      'DVT',
      'VTE',
    ],
    category: 'condition',
    summary:
      'Blood clots normally form to stop bleeding after an injury. A clot that forms inside a blood vessel when it is not needed can block blood flow in a vein or an artery.',
    details:
      'A clot can form in a vein or in an artery, or travel from one place to another, and what it does depends on where it lodges. A clot in a deep vein, most often in a leg, is known as deep vein thrombosis, or DVT. A piece of it can break off and block blood flow in the lungs, which is called a pulmonary embolism. A clot in an artery can cut off blood to the heart or brain and cause a heart attack or a stroke. Clots can also harm the kidneys and cause problems in pregnancy. Some people have a clotting disorder, inherited or caused by another illness, that makes clots form too easily. Blood thinners and other medicines are used to treat clots.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) for sudden chest pain or shortness of breath. Call for chest pain spreading to an arm or the jaw. Call if you cough up blood and find it hard to breathe. Call for sudden numbness or weakness on one side, confusion, trouble speaking, seeing or walking, dizziness, or a very bad headache. See a doctor right away if a leg swells or hurts.',
    related: ['pulmonary-embolism', 'ultrasound', 'chest-pain', 'shortness-of-breath', 'superior-vena-cava-syndrome'],
    sources: [NHLBI_CLOTTING_DISORDERS, MEDLINEPLUS_BLOOD_CLOTS, NHLBI_VTE, NHS_COUGHING_BLOOD, ACS_SHORTNESS_OF_BREATH, NINDS_KNOW_STROKE],
    reviewed: '2026-12-03',
  },
  {
    id: 'paraneoplastic-syndrome',
    name: 'Paraneoplastic syndrome',
    forms: ['paraneoplastic syndrome', 'paraneoplastic', 'paraneoplastic disorder'],
    category: 'condition',
    summary:
      'A paraneoplastic syndrome is a rare set of symptoms linked to a cancer. In kinds that harm the nerves, the body fights the cancer but also attacks healthy nerve cells by mistake.',
    details:
      'The kinds described here affect the brain, spinal cord or nerves. Symptoms can include trouble walking or swallowing, weak muscles, memory loss, slurred speech, vision problems, poor coordination, seizures, and loss of feeling in the arms or legs. They often start before the cancer is found and build up over days or weeks. Lung, ovarian, lymph system and breast cancers are the ones most often involved, mostly in middle-aged and older adults. Scientists think antibodies and immune cells made to fight the cancer also strike normal nerve cells. Doctors treat the cancer first, then try to calm the immune reaction. Speech and physical therapy can help some people regain skills.',
    related: ['sclc', 'hypercalcemia', 'neuropathy', 'lung-cancer', 'finger-clubbing'],
    sources: [NINDS_PARANEOPLASTIC],
    reviewed: '2026-12-03',
  },
  {
    id: 'pancoast-tumor',
    name: 'Pancoast tumor',
    forms: [
      'pancoast tumor',
      'pancoast tumour',
      'pancoast syndrome',
      'superior sulcus tumor',
      'superior sulcus tumour',
    ],
    category: 'condition',
    summary:
      'A Pancoast tumor is a lung cancer at the very top of a lung. There it can injure a nerve running from the chest into the neck, which can cause bad shoulder pain.',
    details:
      'These tumors grow in the highest part of a lung, near a nerve that leaves the upper chest and goes into the neck. Some also cause a set of signs called Horner syndrome on one side of the face: a drooping or weak eyelid, a smaller pupil (the dark center of the eye), and less or no sweating. Other health problems can cause Horner syndrome too. Tell a doctor right away about these signs.',
    related: ['nsclc', 'lung-cancer', 'numbness', 'musculoskeletal-pain', 'radiation-therapy'],
    sources: [ACS_NSCLC_SIGNS],
    reviewed: '2026-12-03',
  },
];
