import type { TermEntry } from '../types';
import {
  ACS_BONE_METS,
  ACS_BONE_METS_PROBLEMS,
  ACS_BONE_METS_SIGNS,
  ACS_GLOSSARY_CANCER,
  ACS_NHL,
  ACS_NSCLC_SIGNS,
  CDC_LUNG,
  CDC_PNEUMONIA,
  MEDLINEPLUS_COPD_MAG,
  NCI_CHRONIC_BRONCHITIS,
  NCI_METASTASIS,
  NCI_NEOPLASM,
  NCI_NSCLC_PDQ,
  NCI_PE,
  NHLBI_ANEMIA,
  NHLBI_ASTHMA,
  NHLBI_COPD_ARTICLE,
  NHLBI_COPD_NEWS,
} from '../sources';

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
      'Lung cancer is cancer that starts in the lungs. Cells there grow out of control. The cancer can spread to other parts of the body.',
    details:
      'Doctors sort lung cancer into two main types by how the cells look under a microscope. Non-small cell lung cancer is the most common type. Small cell lung cancer is less common, and it spreads quickly. Smoking is the main risk factor. Early lung cancer often causes no symptoms. A cough that does not go away and shortness of breath are common signs. Lung cancer may spread to lymph nodes or to organs such as the brain. Treatment depends on the type, how far the cancer has spread, and your age and overall health.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you cough up more than a small amount of blood or have sudden, severe trouble breathing. See a doctor soon if you have a cough that lasts or gets worse, chest pain, a hoarse voice, or weight loss you cannot explain.',
    related: ['nsclc', 'sclc', 'metastasis', 'smoking', 'lung-cancer-screening'],
    sources: [CDC_LUNG, NCI_NSCLC_PDQ],
    reviewed: '2026-11-26',
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
      'Non-small cell lung cancer (NSCLC) is the most common kind of lung cancer. It usually grows more slowly than small cell lung cancer.',
    details:
      'NSCLC is a group of lung cancers named for how their cells look under a microscope. The three main kinds are adenocarcinoma, squamous cell carcinoma, and large cell carcinoma. Each kind grows and spreads in its own way. Smoking is the main risk factor. NSCLC often causes no symptoms until it is advanced. A cough that will not go away and shortness of breath are common signs. Doctors use tests that look at the lungs to find it and learn its stage. If lung cancer is suspected, a small piece of tissue is taken for a biopsy.',
    related: ['lung-cancer', 'adenocarcinoma', 'squamous-cell-carcinoma', 'large-cell-carcinoma', 'sclc'],
    sources: [NCI_NSCLC_PDQ, CDC_LUNG],
    reviewed: '2026-11-26',
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
      'Small cell lung cancer (SCLC) is a less common kind of lung cancer. It spreads to other parts of the body quickly.',
    details:
      'SCLC gets its name from its cancer cells. Under a microscope they look smaller than healthy lung cells. The most common type is small cell carcinoma. It is also called oat cell cancer, because the cells look flat, like oats. A rarer type, combined small cell carcinoma, is a mix of small cell and non-small cell cancer cells. SCLC is much less common than non-small cell lung cancer. Because it spreads fast, it has often spread by the time it is found. Treatment depends on how far it has spread and on your age and overall health.',
    related: ['lung-cancer', 'nsclc', 'metastasis', 'chemotherapy', 'smoking'],
    sources: [CDC_LUNG],
    reviewed: '2026-11-26',
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
      'Squamous cell carcinoma of the lung is a type of non-small cell lung cancer. It starts in the thin, flat cells that line the large airways.',
    details:
      'Squamous cell carcinoma is one of the three main kinds of non-small cell lung cancer. It forms in the thin, flat cells that line the bronchi. These are the large airways that carry air into the lungs. Another name for it is epidermoid carcinoma. Like the other kinds, it is named for how its cells look under a microscope. Each kind grows and spreads in its own way. Treatment depends on the stage of the cancer.',
    related: ['nsclc', 'lung-cancer', 'bronchi', 'adenocarcinoma', 'carcinoma'],
    sources: [CDC_LUNG, NCI_NSCLC_PDQ],
    reviewed: '2026-11-26',
  },
  {
    id: 'metastasis',
    name: 'Metastasis',
    forms: [
      'metastasis',
      'metastases',
      'metastatic',
      'metastasize',
      'metastasise',
      'metastasized',
      'metastasised',
      'metastasizing',
      'metastasising',
      'metastatic cancer',
      'metastatic disease',
      'secondary cancer',
      'secondary tumor',
      'secondary tumour',
    ],
    category: 'condition',
    summary:
      'Metastasis means cancer cells have moved from where they started and grown in another part of the body. The new tumors are still the same kind of cancer.',
    details:
      'Cancer cells can break away from the first (primary) tumor and travel to other parts of the body. There they can keep growing and form new tumors, called metastases. Lung cancer may spread to lymph nodes or to other organs, such as the brain. Cancer from other organs can also spread to the lungs. The cancer keeps the name of the place where it started. For example, colon cancer that spreads to the liver is still colon cancer, not liver cancer. In the same way, lung cancer that spreads to a bone is still lung cancer.',
    related: ['bone-metastasis', 'brain-metastasis', 'lymph-nodes', 'tumor', 'cancer-stage'],
    sources: [NCI_METASTASIS, ACS_GLOSSARY_CANCER, CDC_LUNG],
    reviewed: '2026-11-26',
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
      'Bone metastasis means cancer from another place, such as the lungs, has spread to a bone. It often causes bone pain and can make bones weak.',
    details:
      'Almost any cancer can spread to the bones. Lung cancer is one of the types that often does. The spine is the most common place. Other common places are the hip bone, the upper leg and upper arm bones, the ribs, and the skull. Bone pain is often the first sign. At first it may come and go. It tends to be worse at night and may ease when you move. Later it can become constant. Weak bones can break more easily. Cancer in the spine can press on the spinal cord, which needs care right away. Bone damage can also raise the calcium in your blood. Pain medicine and other treatments can help.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you have new weakness or numbness in your legs, trouble walking, or cannot control your bladder or bowels. Tell your care team soon about any new, worsening, or constant bone or back pain.',
    related: ['metastasis', 'bone-pain', 'back-pain', 'spinal-cord-compression', 'hypercalcemia'],
    sources: [ACS_BONE_METS, ACS_BONE_METS_SIGNS, ACS_BONE_METS_PROBLEMS],
    reviewed: '2026-11-26',
  },
  {
    id: 'spinal-cord-compression',
    name: 'Spinal cord compression',
    forms: [
      'spinal cord compression',
      'metastatic spinal cord compression',
      'malignant spinal cord compression',
      'cord compression',
      'compression of the spinal cord',
      'pressure on the spinal cord',
      'MSCC',
    ],
    category: 'condition',
    summary:
      'Spinal cord compression is when cancer in the spine presses on the spinal cord. It is an emergency. Fast care can help save the nerves.',
    details:
      'The spinal cord holds nerves that let you move and feel. Some of these nerves also control the bladder and bowels. Cancer that grows in the bones of the spine can press on the cord. Lung cancer is one of the cancers that often spreads to bone. Pain in the back or neck is one of the first signs. Pressure on the cord can then cause numbness and weakness in the parts of the body below the tumor. Without fast treatment, the nerve damage can lead to paralysis.',
    whenToGetHelp:
      'Call 911 or go to the emergency room right away if you have back pain with new weakness or numbness in your legs, trouble walking, or loss of bladder or bowel control. If you have cancer, tell your care team the same day about new or worsening back pain.',
    related: ['spinal-cord', 'bone-metastasis', 'back-pain', 'leg-weakness', 'numbness'],
    sources: [ACS_BONE_METS_SIGNS, ACS_BONE_METS],
    reviewed: '2026-11-26',
  },
  {
    id: 'tumor',
    name: 'Tumor',
    forms: ['tumor', 'tumour', 'neoplasm', 'neoplastic'],
    category: 'condition',
    summary:
      'A tumor is a lump or mass made of extra cells that grow when they should not. Some tumors are cancer (malignant). Many are not (benign).',
    details:
      'A tumor, also called a neoplasm, forms when cells grow and divide more than they should, or do not die when they should. A tumor is malignant (cancer) if its cells can grow into nearby tissue and spread to other parts of the body. Cancer cells can spread through the blood and the lymph system. A tumor is benign if its cells do not spread this way. A benign tumor can still grow large. Benign tumors are usually not a threat to life. Some cancers, such as blood cancers, do not form tumors at all.',
    related: ['benign', 'malignant', 'cancer', 'lung-nodule', 'biopsy'],
    sources: [NCI_NEOPLASM, ACS_GLOSSARY_CANCER],
    reviewed: '2026-11-26',
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
      'COPD is a long-term lung disease that makes it hard to breathe. It includes emphysema and chronic bronchitis. Smoking is the main cause.',
    details:
      'In COPD, the airways of the lungs are narrowed, so it is hard to get air out. You may feel out of breath, especially when you are active. Other signs are a cough that keeps coming back, extra mucus, wheezing, and a tight chest. COPD tends to get worse over time. Most people with COPD are over 40 and have smoked or breathed in fumes or dust for a long time. About 1 in 6 people with COPD never smoked. A simple breathing test called spirometry can show if you have it. The damage cannot be fully undone. Quitting smoking, medicines, exercise, and lung rehab can help you breathe better.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you are so short of breath you cannot speak, your lips or fingertips turn blue or gray, or you are confused or very drowsy. See a doctor soon if your breathing is worse than usual, or your cough or mucus changes or will not go away.',
    related: ['emphysema', 'chronic-bronchitis', 'smoking', 'spirometry', 'shortness-of-breath'],
    sources: [NHLBI_COPD_ARTICLE, NHLBI_COPD_NEWS, MEDLINEPLUS_COPD_MAG],
    reviewed: '2026-11-26',
  },
  {
    id: 'adenocarcinoma',
    name: 'Adenocarcinoma',
    forms: ['adenocarcinoma', 'lung adenocarcinoma', 'adenocarcinoma of the lung'],
    category: 'condition',
    summary:
      'Adenocarcinoma is the most common type of non-small cell lung cancer. It starts in lung cells that make mucus.',
    details:
      'Adenocarcinoma is one of the three main kinds of non-small cell lung cancer, and it is the most common one. In the lungs it starts in cells in the tiny air sacs (alveoli). These cells make mucus. Like other lung cancers, it is named for how its cells look under a microscope. Each kind of lung cancer grows and spreads in its own way. Treatment depends on the type, how far it has spread, and your overall health.',
    related: ['nsclc', 'lung-cancer', 'alveoli', 'biomarker-testing', 'carcinoma'],
    sources: [CDC_LUNG, NCI_NSCLC_PDQ],
    reviewed: '2026-11-26',
  },
  {
    id: 'large-cell-carcinoma',
    name: 'Large cell carcinoma',
    forms: [
      'large cell carcinoma',
      'large cell lung cancer',
      'large cell lung carcinoma',
      'large cell neuroendocrine carcinoma',
      'LCNEC',
    ],
    category: 'condition',
    summary:
      'Large cell carcinoma is the least common of the three main types of non-small cell lung cancer. Its cells look big and abnormal, and it can spread fast.',
    details:
      'Large cell carcinoma is named for its cells. Under a microscope they look larger than healthy lung cells and clearly abnormal. It starts in cells that line the lung surface, usually in the outer parts of the lung. It grows and spreads to other parts of the body quickly. It is the least common of the three main kinds of non-small cell lung cancer. Treatment depends on the stage and on your overall health.',
    related: ['nsclc', 'lung-cancer', 'adenocarcinoma', 'squamous-cell-carcinoma', 'sclc'],
    sources: [CDC_LUNG, NCI_NSCLC_PDQ],
    reviewed: '2026-11-26',
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
      'A lung carcinoid tumor is an uncommon kind of lung cancer. It starts in special cells called neuroendocrine cells. It tends to grow more slowly than other lung cancers.',
    details:
      'Lung carcinoid tumors, also called lung carcinoids, are a type of lung cancer. They are uncommon, and they tend to grow more slowly than other lung cancers. They start in neuroendocrine cells. These cells are like nerve cells in some ways and like hormone-making cells in others. They are found in many organs, such as the lungs, stomach, and gut. In the lungs, they help control the flow of air and blood. Like other cancers, a carcinoid starts when cells grow out of control, and it can spread to other parts of the body.',
    related: ['lung-cancer', 'tumor', 'sclc', 'wheezing', 'surgery'],
    sources: [
      {
        title: 'What Are Lung Carcinoid Tumors?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html',
      },
    ],
    reviewed: '2026-11-26',
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
      'Mesothelioma is a cancer of the thin lining that covers the lungs or the organs in the belly. Most people who get it once breathed in or swallowed asbestos.',
    details:
      'Mesothelioma forms in the thin layer of tissue that covers organs in the chest or belly. Most often this is the pleura, which lines the chest and covers the lungs. It can also start in the lining of the belly (peritoneum) or in the sac around the heart. Most people with mesothelioma worked or lived in places where they breathed in or swallowed asbestos. After that contact, it usually takes a long time for the cancer to form. Signs include shortness of breath and pain under the ribs. Doctors use tests that look inside the chest and belly to find it.',
    related: ['asbestos', 'pleura', 'pleural-effusion', 'lung-cancer', 'shortness-of-breath'],
    sources: [
      {
        title: 'Malignant Mesothelioma Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://cancer.gov/cancertopics/pdq/treatment/malignantmesothelioma/Patient/page2',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'brain-metastasis',
    name: 'Brain metastasis',
    forms: [
      'brain metastasis',
      'brain metastases',
      'brain mets',
      'metastatic brain tumor',
      'metastatic brain tumour',
      'metastatic brain cancer',
      'secondary brain tumor',
      'secondary brain tumour',
      'spread to the brain',
    ],
    category: 'condition',
    summary:
      'Brain metastasis means cancer from another part of the body, such as the lungs, has spread to the brain.',
    details:
      'Lung cancer may spread to lymph nodes or to other organs, such as the brain. Cancer cells break away from the first tumor, travel through the body, and grow into one or more new tumors. These tumors in the brain are still lung cancer, not brain cancer. The cancer keeps the name of the place where it started. Signs depend on where the tumors are and how big they are. Tell your care team about any new symptoms.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you have a seizure, sudden weakness or numbness on one side of the body, trouble speaking, sudden confusion, or a sudden, very bad headache. Tell your care team soon about new or worsening headaches, vomiting, or changes in balance, memory, or mood.',
    related: ['metastasis', 'headache', 'lung-cancer', 'mri', 'radiation-therapy'],
    sources: [CDC_LUNG, NCI_METASTASIS, ACS_GLOSSARY_CANCER],
    reviewed: '2026-11-26',
  },
  {
    id: 'pleural-effusion',
    name: 'Pleural effusion',
    forms: [
      'pleural effusion',
      'malignant pleural effusion',
      'fluid on the lung',
      'fluid around the lung',
      'fluid in the chest',
    ],
    category: 'condition',
    summary:
      'A pleural effusion is extra fluid that builds up between the lung and the chest wall. The fluid can press on the lung and make it hard to breathe.',
    details:
      'A thin layer called the pleura covers each lung and lines the inside of the chest wall. This makes a space called the pleural cavity. A small amount of fluid in this space is normal. It helps the lungs move smoothly when you breathe. A pleural effusion is when too much fluid builds up there. Cancer is one of the causes.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you have sudden or severe shortness of breath or chest pain. See a doctor soon if you are getting more short of breath, cannot lie flat, or have a new cough or chest heaviness.',
    related: ['pleura', 'thoracentesis', 'shortness-of-breath', 'pleurodesis', 'mesothelioma'],
    sources: [NCI_NSCLC_PDQ],
    reviewed: '2026-11-25',
  },
  {
    id: 'emphysema',
    name: 'Emphysema',
    forms: ['emphysema', 'pulmonary emphysema'],
    category: 'condition',
    summary:
      'Emphysema is a long-term lung disease that makes it hard to breathe. It is one of the main forms of COPD. Smoking is the main cause.',
    details:
      'COPD is the name for a group of lung diseases that includes emphysema and chronic bronchitis. In emphysema, the tiny air sacs in the lungs are damaged. Signs include shortness of breath, especially when you are active, along with coughing, wheezing, and a tight chest. These problems get worse over time. Smoking is the main cause, and fumes and dust can also harm the lungs. The damage cannot be fully undone. Quitting smoking, medicines, exercise, and lung rehab can help you breathe better and stay active.',
    related: ['copd', 'chronic-bronchitis', 'alveoli', 'smoking', 'shortness-of-breath'],
    sources: [NHLBI_COPD_NEWS, NHLBI_COPD_ARTICLE],
    reviewed: '2026-11-25',
  },
  {
    id: 'chronic-bronchitis',
    name: 'Chronic bronchitis',
    forms: ['chronic bronchitis', 'chronic obstructive bronchitis'],
    category: 'condition',
    summary:
      'Chronic bronchitis is long-lasting swelling of the large airways. It causes a lot of mucus and a cough that keeps coming back. It is a type of COPD.',
    details:
      'In chronic bronchitis, the bronchi, the large airways that lead into the lungs, become swollen and scarred over time. They make a lot of mucus. This can lead to a long-lasting cough and trouble breathing. Cigarette smoking is the most common cause. Infections, secondhand smoke, chemical fumes, and air pollution can also cause it. It usually does not go away completely. Quitting smoking and avoiding fumes help. Medicines, exercise, and lung rehab can ease symptoms.',
    related: ['copd', 'emphysema', 'bronchi', 'chronic-cough', 'phlegm'],
    sources: [NCI_CHRONIC_BRONCHITIS, NHLBI_COPD_NEWS],
    reviewed: '2026-11-26',
  },
  {
    id: 'pneumonia',
    name: 'Pneumonia',
    forms: ['pneumonia', 'bronchopneumonia'],
    category: 'condition',
    summary:
      'Pneumonia is an infection of the lungs. It can be mild or very serious. Common signs are cough, fever, and trouble breathing.',
    details:
      'Pneumonia happens when germs such as viruses, bacteria, or fungi infect the lungs. In the United States, flu and RSV are common viral causes. A germ called pneumococcus is a common bacterial cause. Being on a breathing machine (ventilator) can also lead to pneumonia. You are more likely to get it if you smoke or have other health problems, such as diabetes or heart disease. Doctors often treat it with medicine, depending on the cause. Some vaccines help prevent it. Washing your hands and quitting smoking can also lower your risk.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you have severe trouble breathing. See a doctor soon if you have a cough with fever or trouble breathing, especially if you smoke or have a health problem such as diabetes or heart disease.',
    related: ['respiratory-infection', 'fever', 'shortness-of-breath', 'chest-x-ray', 'copd'],
    sources: [CDC_PNEUMONIA],
    reviewed: '2026-11-26',
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
      'A pulmonary embolism is when a blood clot suddenly blocks an artery in the lung. It can be life-threatening.',
    details:
      'Most often, a blood clot forms in a deep vein in the leg or pelvis. Part of it breaks loose, travels through the blood, and gets stuck in the lung. Some people have no signs. Others have shortness of breath, chest pain, a cough with blood, or a fast or uneven heartbeat. It is most dangerous when the clot is large or there are many clots. Cancer raises the risk, and so do surgery, heart or lung disease, hormone medicines, pregnancy, not moving for a long time, older age, smoking, obesity, and a family history of clots.',
    whenToGetHelp:
      'Call 911 right away if you have sudden shortness of breath, sudden chest pain, a racing heartbeat, coughing up blood, or fainting. Call your doctor as soon as you can if one leg becomes swollen, red, warm, or painful.',
    related: ['blood-clot', 'shortness-of-breath', 'chest-pain', 'hemoptysis', 'ct-scan'],
    sources: [
      NCI_PE,
      {
        title: 'Know the Risks, Signs & Symptoms of Blood Clots',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/ncbddd/dvt/infographic-risk.html',
      },
      {
        title: 'Prevent Blood Clots',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/ncbddd/dvt/features/prevent-blood-clots.html',
      },
    ],
    reviewed: '2026-11-26',
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
      'Superior vena cava syndrome happens when something, often a tumor, blocks the big vein that brings blood from the head and arms back to the heart. It needs care fast.',
    details:
      'The superior vena cava is a large vein in the middle of the chest, close to the lungs and lymph nodes. A lung tumor, swollen lymph nodes, or a blood clot can press on it or block it. Lung cancer, especially small cell lung cancer, is one of the most common causes, and lymphoma is another. Blood then backs up, causing swelling of the face, neck, arms, or upper chest, and swollen veins on the neck and chest. Shortness of breath, cough, headache, hoarseness, and trouble swallowing can also happen, often worse when lying down or bending over. Treatment focuses on the cause and may include chemotherapy, radiation, a stent to hold the vein open, or clot medicine.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if swelling of your face or neck comes with trouble breathing, noisy breathing, confusion, or fainting. Contact your care team the same day about any new swelling of your face, neck, or arms.',
    related: ['sclc', 'lung-cancer', 'lymphoma', 'shortness-of-breath', 'blood-clot'],
    sources: [
      ACS_NSCLC_SIGNS,
      {
        title: 'Small Cell Lung Cancer Treatment (PDQ®)–Health Professional Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/cancertopics/pdq/treatment/small-cell-lung/healthprofessional/Page3',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'hypercalcemia',
    name: 'Hypercalcemia (high blood calcium)',
    forms: [
      'hypercalcemia',
      'hypercalcaemia',
      'hypercalcemia of malignancy',
      'high blood calcium',
      'high calcium level',
    ],
    category: 'condition',
    summary:
      'Hypercalcemia means there is too much calcium in your blood. Cancer in the bones can cause it. It can make you thirsty, sleepy, or confused.',
    details:
      'When cancer damages the bones, calcium from the bones goes into the blood. Too much calcium in the blood is called hypercalcemia. Early signs include constipation, passing urine often, feeling sluggish or sleepy, and being thirsty all the time. Later signs can include muscle weakness, muscle and joint aches, confusion, coma, and kidney failure. High calcium makes you pass a lot of urine, so you can get dehydrated. Treatment often includes fluids through a vein and medicines that bring calcium down. Treating the cancer can help keep the level from getting too high again.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you become very confused, drowsy, or hard to wake. Contact your care team soon if you have new thirst, constipation, passing urine often, or weakness during cancer treatment.',
    related: ['bone-metastasis', 'paraneoplastic-syndrome', 'blood-test', 'nausea', 'fatigue'],
    sources: [ACS_BONE_METS_PROBLEMS, ACS_BONE_METS],
    reviewed: '2026-11-26',
  },
  {
    id: 'lung-nodule',
    name: 'Lung nodule',
    forms: [
      'lung nodule',
      'pulmonary nodule',
      'nodule in the lung',
      'solitary pulmonary nodule',
      'ground-glass nodule',
      'ground-glass opacity',
      'spot on the lung',
      'spot on your lung',
      'spot on my lung',
      'coin lesion',
    ],
    category: 'condition',
    summary:
      'A lung nodule is a small, round spot in the lung seen on a CT scan or x-ray. Most are not cancer, but some need more scans or tests.',
    details:
      'Lung nodules are common. They are often found by chance on a scan done for another reason, or on a low-dose CT scan for lung cancer screening. Most come from old infections, scars, or swelling, but a few are early lung cancer. Size, shape, and change over time all matter: larger nodules, nodules with uneven edges, and nodules that grow are more concerning. Doctors often compare a new scan with older ones. Small nodules are usually watched with repeat CT scans over months or years. A nodule that looks more worrying may lead to a PET scan or a biopsy. Nodules almost never cause symptoms on their own.',
    related: ['lung-cancer-screening', 'low-dose-ct', 'incidental-finding', 'lung-rads', 'biopsy'],
    sources: [NCI_NEOPLASM, NCI_NSCLC_PDQ],
    reviewed: '2026-11-25',
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
      'Benign means not cancer. A benign tumor or growth does not spread into nearby tissue or to other parts of the body.',
    details:
      'Doctors use the word benign for growths that are not cancer. A benign tumor may grow large, but it does not spread into nearby tissue or to other parts of the body. Benign tumors do not grow and spread the way cancer does. They are usually not a threat to life. The opposite of benign is malignant, which means cancer.',
    related: ['malignant', 'tumor', 'lung-nodule', 'biopsy', 'cancer'],
    sources: [ACS_GLOSSARY_CANCER, NCI_NEOPLASM],
    reviewed: '2026-11-26',
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
      'Malignant means cancer. Malignant cells can grow into nearby tissue and spread to other parts of the body.',
    details:
      'A tumor is called malignant when it is cancer. A malignant tumor can grow into and harm the healthy tissue around it. Its cells can also break away and travel through the blood and lymph system to other parts of the body. There they can keep growing. This spread is called metastasis. This is the key difference from a benign growth, which does not spread. Seeing this word on a report can be frightening. Your care team can explain what it means for you.',
    related: ['benign', 'cancer', 'tumor', 'metastasis', 'biopsy'],
    sources: [ACS_GLOSSARY_CANCER, NCI_NEOPLASM],
    reviewed: '2026-11-26',
  },
  {
    id: 'cancer',
    name: 'Cancer',
    forms: ['cancer'],
    category: 'condition',
    summary:
      'Cancer is a group of diseases in which cells change and grow out of control. Cancer cells can harm healthy tissue and spread to other parts of the body.',
    details:
      'In cancer, cells in the body change and grow out of control. Most types of cancer form a lump called a tumor. A cancerous tumor can grow into and harm healthy tissue. Cells can also break away and grow in other parts of the body. This is called metastasis. A cancer keeps the name of the place where it started. So lung cancer that spreads to a bone is still lung cancer. Some cancers, such as blood cancers, do not form tumors. They can still be a threat to life by crowding out normal cells.',
    related: ['malignant', 'tumor', 'metastasis', 'carcinoma', 'lung-cancer'],
    sources: [ACS_GLOSSARY_CANCER, NCI_NEOPLASM],
    reviewed: '2026-11-26',
  },
  {
    id: 'carcinoma',
    name: 'Carcinoma',
    forms: ['carcinoma', 'carcinomata'],
    category: 'condition',
    summary:
      'Carcinoma is the most common kind of cancer. It starts in cells that line the skin or the inside and outside of organs, such as the airways.',
    details:
      'Carcinomas start in the layers of cells that cover the body and line organs and tubes, such as the airways, breast ducts, and gut. Almost all lung cancers are carcinomas. The main kinds in the lung are adenocarcinoma, squamous cell carcinoma, large cell carcinoma, and small cell carcinoma. The first word in the name usually tells you which cells the cancer looks like. Other groups of cancer start in other tissues. Sarcomas start in bone or muscle. Lymphomas and leukemias start in blood-forming and immune cells. "Carcinoma in situ" means abnormal cells that have not grown beyond the layer where they started.',
    related: ['cancer', 'adenocarcinoma', 'squamous-cell-carcinoma', 'large-cell-carcinoma', 'sclc'],
    sources: [CDC_LUNG, ACS_GLOSSARY_CANCER],
    reviewed: '2026-11-25',
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
      'Lymphoma is a cancer that starts in white blood cells called lymphocytes. These cells are part of the immune system, which helps fight infection.',
    details:
      'Lymphocytes are white blood cells that help the body fight infection. They are the main cells of the lymph system, which is part of the immune system. The lymph system also helps move fluid through the body. In lymphoma, these cells grow out of control. Lymphoma can start anywhere in the body where there is lymph tissue. Non-Hodgkin lymphoma (NHL) is one kind. It has many types, based partly on whether B cells or T cells are affected. Treatment depends on the exact type, so doctors need to find out which type you have.',
    related: ['swollen-lymph-nodes', 'lymph-nodes', 'biopsy', 'cancer', 'superior-vena-cava-syndrome'],
    sources: [ACS_NHL],
    reviewed: '2026-11-26',
  },
  {
    id: 'asthma',
    name: 'Asthma',
    forms: ['asthma', 'asthmatic', 'bronchial asthma'],
    category: 'condition',
    summary:
      'Asthma is a long-term condition in which the airways in the lungs can swell and narrow at times. It can cause wheezing, coughing, and a tight chest.',
    details:
      'With asthma, the airways can become swollen and narrow at times. This makes it harder for air to flow out when you breathe out. About 1 in 13 people in the United States has asthma. It affects all ages and often starts in childhood. Things such as pollen, exercise, viral infections, or cold air can set off symptoms. These are called triggers. When symptoms get worse, it is called an asthma attack. There is no cure. But treatment and an asthma action plan can help you manage it. The plan may include checking your symptoms, avoiding triggers, and using medicines.',
    whenToGetHelp:
      'Call 911 if your medicines are not easing your symptoms during an asthma attack, or if breathing is still very hard. Use your reliever inhaler as soon as symptoms start, and follow your asthma action plan to know when to get care.',
    related: ['wheezing', 'airways', 'shortness-of-breath', 'copd', 'spirometry'],
    sources: [
      NHLBI_ASTHMA,
      {
        title: 'Asthma Attack',
        publisher: 'National Heart, Lung, and Blood Institute',
        url: 'https://www.nhlbi.nih.gov/health/asthma/attacks',
      },
    ],
    reviewed: '2026-11-26',
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
      'Tuberculosis (TB) is an infection caused by germs that spread through the air. It most often harms the lungs. It can be prevented and treated.',
    details:
      'TB is caused by a germ called Mycobacterium tuberculosis. It spreads when a person with TB disease of the lungs or throat coughs, speaks, or sings, and people nearby breathe in the germs. The germs can settle and grow in the lungs. From there they can travel through the blood to other parts of the body, such as the kidneys, spine, or brain. People who spend time with someone who has TB disease are more likely to get infected. TB can be prevented and treated, and people with TB can get better with medical help. Even so, around the world it still kills more people than any other infection.',
    whenToGetHelp:
      'Call 911 if you cough up a lot of blood or have severe trouble breathing. See a doctor if you have spent time with someone who has TB disease, or if you think you might have TB.',
    related: ['chronic-cough', 'hemoptysis', 'respiratory-infection', 'chest-x-ray', 'sputum-cytology'],
    sources: [
      {
        title: 'Questions and Answers About Tuberculosis',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/tb/publications/faqs/tb-qa.htm',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'pulmonary-fibrosis',
    name: 'Pulmonary fibrosis',
    forms: [
      'pulmonary fibrosis',
      'idiopathic pulmonary fibrosis',
      'lung fibrosis',
      'scarring of the lungs',
      'lung scarring',
      'interstitial lung disease',
    ],
    category: 'condition',
    summary:
      'Pulmonary fibrosis is scarring of the lungs. The scars make lung tissue thick and stiff, so it gets harder to breathe and to get oxygen into the blood.',
    details:
      'Pulmonary fibrosis belongs to a large group of lung diseases called interstitial lung disease. These diseases cause swelling or scarring around the tiny air sacs in the lungs. Scarred lungs cannot stretch well, and less oxygen passes into the blood. This can make you short of breath and cause a cough. Most often no cause is found. This is called idiopathic pulmonary fibrosis. Known causes include breathing in harmful chemicals or dusts at work or at home, some medicines, autoimmune diseases, and other health problems. Genes also play a part. There is no cure, but the symptoms can be treated. How fast it gets worse differs from person to person, so tell your care team about new or worse symptoms.',
    related: ['shortness-of-breath', 'finger-clubbing', 'asbestos', 'pulmonary-function-test', 'oxygen-therapy'],
    sources: [
      {
        title: 'What Is Pulmonary Fibrosis?',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/pulmonary-fibrosis/introduction',
      },
    ],
    reviewed: '2026-11-26',
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
      'Anemia means your blood has fewer red blood cells or less hemoglobin than normal. Your body gets less oxygen, so you may feel tired or weak.',
    details:
      'Hemoglobin is an iron-rich protein that helps red blood cells carry oxygen from the lungs to the rest of the body. With anemia, your body does not get enough oxygen-rich blood. You may feel tired or weak. You may also be short of breath or dizzy, or have headaches or an uneven heartbeat. There are many causes. They include too little iron or certain vitamins, long-term bleeding, and inflammation from cancer or kidney disease. Treatments such as chemotherapy can also cause it. A simple blood test can confirm it. Treatment may include iron or vitamins, iron through a vein, medicines that help the body make red blood cells, or a blood transfusion.',
    related: ['fatigue', 'blood-test', 'chemotherapy', 'shortness-of-breath', 'bone-marrow'],
    sources: [NHLBI_ANEMIA],
    reviewed: '2026-11-26',
  },
  {
    id: 'blood-clot',
    name: 'Blood clot (deep vein thrombosis)',
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
      'A blood clot can form in a deep vein, most often in the leg, thigh, pelvis, or arm. Part of it can break off and travel to the lungs, which can be deadly.',
    details:
      'A clot in a deep vein is called a deep vein thrombosis (DVT). It can cause swelling, pain or tenderness, and skin that is warm, red, or a different color. Some clots cause no signs at all. If part of the clot breaks off, it can travel to the lungs and block an artery there. This is called a pulmonary embolism (PE). It can cause trouble breathing, chest pain, coughing up blood, or a fast or uneven heartbeat, and it can be life-threatening. Cancer and some cancer treatments raise the risk of clots. So do a hospital stay, surgery, pregnancy, hormone medicines, not moving for a long time, older age, obesity, and a family history of clots.',
    whenToGetHelp:
      'Call 911 if you have sudden trouble breathing, chest pain, a racing or uneven heartbeat, or you cough up blood. Call your doctor as soon as you can if one leg or arm becomes swollen, painful, red, or warm.',
    related: ['pulmonary-embolism', 'ultrasound', 'chest-pain', 'shortness-of-breath', 'superior-vena-cava-syndrome'],
    sources: [
      {
        title: 'Prevent Blood Clots',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/ncbddd/dvt/features/prevent-blood-clots.html',
      },
      {
        title: 'Know the Risks, Signs & Symptoms of Blood Clots',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/ncbddd/dvt/infographic-risk.html',
      },
      NCI_PE,
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'paraneoplastic-syndrome',
    name: 'Paraneoplastic syndrome',
    forms: ['paraneoplastic syndrome', 'paraneoplastic', 'paraneoplastic disorder'],
    category: 'condition',
    summary:
      'A paraneoplastic syndrome is a set of symptoms linked to a cancer. They come from what the tumor gives off, or from the body fighting it, not from the tumor pressing on things.',
    details:
      'Some tumors release hormone-like substances into the blood. In other cases, the immune system attacks healthy cells while it tries to fight the cancer. Either way, symptoms can show up far from the tumor. Lung cancer, especially small cell lung cancer, is one of the cancers most often linked to these syndromes. Examples include low blood sodium, which can cause confusion and weakness; high blood calcium; hormone problems; and nerve or muscle problems such as weakness, numbness, or trouble walking. These symptoms sometimes appear before the cancer is found. Treating the cancer often helps, and other treatments can ease the symptoms.',
    related: ['sclc', 'hypercalcemia', 'neuropathy', 'lung-cancer', 'finger-clubbing'],
    sources: [
      {
        title: 'Small Cell Lung Cancer Treatment (PDQ®)–Health Professional Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/cancertopics/pdq/treatment/small-cell-lung/healthprofessional/Page3',
      },
    ],
    reviewed: '2026-11-25',
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
      'A Pancoast tumor is a lung cancer in the top part of a lung. It can harm a nerve that runs from the upper chest into the neck and cause bad shoulder pain.',
    details:
      'Pancoast tumors are also called superior sulcus tumors. Because they grow at the very top of a lung, they can damage a nerve that passes from the upper chest into the neck. This can cause severe pain in the shoulder. Some of these tumors also cause a set of signs called Horner syndrome. One eyelid droops or is weak, the dark center of that eye (the pupil) is smaller, and that side of the face sweats less or not at all. Other health problems can also cause Horner syndrome. Tell a doctor right away about these signs.',
    related: ['nsclc', 'lung-cancer', 'numbness', 'musculoskeletal-pain', 'radiation-therapy'],
    sources: [ACS_NSCLC_SIGNS],
    reviewed: '2026-11-26',
  },
];
