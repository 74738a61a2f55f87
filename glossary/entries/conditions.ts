import type { TermEntry } from '../types';

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
      'Lung cancer is cancer that starts in the lungs. Cells there grow out of control and can form tumors. It can spread to other parts of the body.',
    details:
      'Doctors sort lung cancer into two main types by how the cells look under a microscope: non-small cell lung cancer, which is far more common, and small cell lung cancer, which tends to grow faster. Smoking is the biggest risk factor. Early lung cancer often causes no symptoms. Later it may cause a cough that will not go away, coughing up blood, chest pain, a hoarse voice, shortness of breath, tiredness, or weight loss. If it spreads to the bones it can cause bone or back pain. Treatment depends on the type, how far it has spread, and your overall health. It may include surgery, radiation, chemotherapy, targeted therapy, or immunotherapy.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you cough up more than a small amount of blood or have sudden, severe trouble breathing. See a doctor soon if you have a cough that lasts or gets worse, chest pain, a hoarse voice, or weight loss you cannot explain.',
    related: ['nsclc', 'sclc', 'metastasis', 'smoking', 'lung-cancer-screening'],
    sources: [
      {
        title: 'About Lung Cancer',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/lung-cancer/about/',
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
      'Non-small cell lung cancer (NSCLC) is the most common kind of lung cancer. It often grows more slowly than small cell lung cancer.',
    details:
      'NSCLC is a group of lung cancers named for how their cells look under a microscope. The three main kinds are adenocarcinoma, squamous cell carcinoma, and large cell carcinoma. Smoking is the main risk factor. It often causes no symptoms until it is advanced; a cough that does not go away and shortness of breath are common signs. Doctors use scans and a biopsy to confirm it and find its stage. They may also test the tumor for gene changes, which can open the door to targeted drugs. Treatment depends on the stage and may include surgery, radiation, chemotherapy, targeted therapy, or immunotherapy.',
    related: ['lung-cancer', 'adenocarcinoma', 'squamous-cell-carcinoma', 'large-cell-carcinoma', 'sclc'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
      {
        title: 'About Lung Cancer',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/lung-cancer/about/',
      },
    ],
    reviewed: '2026-11-25',
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
      'Small cell lung cancer (SCLC) is a less common kind of lung cancer. It grows fast and often spreads to other parts of the body early.',
    details:
      'SCLC gets its name from its cancer cells, which look smaller than healthy lung cells under a microscope. It is also called oat cell cancer. It is much less common than non-small cell lung cancer, and it is closely tied to smoking. Because it grows and spreads quickly, it has often already spread by the time it is found. Doctors often describe it as limited (in one part of the chest) or extensive (spread more widely). Treatment depends on how far it has spread and your overall health. Chemotherapy, immunotherapy, and radiation are used more often than surgery.',
    related: ['lung-cancer', 'nsclc', 'metastasis', 'chemotherapy', 'smoking'],
    sources: [
      {
        title: 'About Lung Cancer',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/lung-cancer/about/',
      },
      {
        title: 'Small Cell Lung Cancer Treatment (PDQ®)–Health Professional Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/cancertopics/pdq/treatment/small-cell-lung/healthprofessional/Page3',
      },
    ],
    reviewed: '2026-11-25',
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
      'Squamous cell carcinoma is one of the three main kinds of non-small cell lung cancer. It starts in the flat cells lining the bronchi, the large airways that carry air into the lungs, so it is often found near the middle of the chest. Because it grows in the airways, it may cause a cough or coughing up blood. It is strongly linked to smoking. Squamous cells also line the skin and some other organs, so this kind of cancer can start in other places too; the name alone does not mean lung cancer. Treatment depends on the stage and on tests of the tumor.',
    related: ['nsclc', 'lung-cancer', 'bronchi', 'adenocarcinoma', 'carcinoma'],
    sources: [
      {
        title: 'About Lung Cancer',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/lung-cancer/about/',
      },
    ],
    reviewed: '2026-11-25',
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
      'Cancer cells can break away from the first (primary) tumor and travel through the blood or the lymph system. Some of them settle in a new place and grow into new tumors, called metastases. Lung cancer most often spreads to lymph nodes, the brain, the bones, the liver, and the adrenal glands. The cancer keeps its first name: lung cancer that has spread to a bone is still lung cancer, and it is treated as lung cancer. Cancer that has spread far from where it began is often called advanced or stage 4. Treatment usually aims to control the cancer and ease symptoms.',
    related: ['bone-metastasis', 'brain-metastasis', 'lymph-nodes', 'tumor', 'cancer-stage'],
    sources: [
      {
        title: 'Metastasis: How Cancer Spreads',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/metastatic-cancer/how-cancer-spreads-video',
      },
      {
        title: 'What is cancer?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/after-diagnosis/what-is-cancer.html',
      },
      {
        title: 'About Lung Cancer',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/lung-cancer/about/',
      },
    ],
    reviewed: '2026-11-25',
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
      'Almost any cancer can spread to the bones, and lung cancer is one of the types that often does. The spine is the most common place, followed by the hips, upper legs, upper arms, ribs, and skull. Bone pain is often the first sign. At first it may come and go and feel worse at night; later it can become constant. Weakened bones can break more easily. Cancer in the spine can press on the spinal cord, which needs emergency care. Bone damage can also release calcium into the blood. Treatments such as radiation, bone-strengthening medicines, and pain medicine can ease symptoms and prevent breaks.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you have new weakness or numbness in your legs, trouble walking, or cannot control your bladder or bowels. Tell your care team soon about any new, worsening, or constant bone or back pain.',
    related: ['metastasis', 'bone-pain', 'back-pain', 'spinal-cord-compression', 'hypercalcemia'],
    sources: [
      {
        title: 'Bone Metastases',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html',
      },
    ],
    reviewed: '2026-11-25',
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
      'Spinal cord compression is when a tumor or a damaged spine bone presses on the spinal cord. It is an emergency. Fast care can help save the nerves.',
    details:
      'The spinal cord carries signals between the brain and the body. In people with cancer, pressure on it most often comes from cancer that has spread to the bones of the spine; lung cancer is one of the cancers that can do this. A large tumor near the spine can also press on it. Back or neck pain is often the first sign, and it may be worse at night or when lying down. Leg weakness, numbness, trouble walking, or problems controlling the bladder or bowels can follow. Without fast treatment, the nerve damage can become permanent and cause paralysis. Doctors usually check with an MRI scan and may treat with steroids, radiation, or surgery.',
    whenToGetHelp:
      'Call 911 or go to the emergency room right away if you have back pain with new weakness or numbness in your legs, trouble walking, or loss of bladder or bowel control. If you have cancer, tell your care team the same day about new or worsening back pain.',
    related: ['spinal-cord', 'bone-metastasis', 'back-pain', 'leg-weakness', 'numbness'],
    sources: [
      {
        title: 'Bone Metastases',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'tumor',
    name: 'Tumor',
    forms: ['tumor', 'tumour', 'neoplasm', 'neoplastic'],
    category: 'condition',
    summary:
      'A tumor is a lump or mass made of extra cells that grow when they should not. Some tumors are cancer (malignant). Many are not (benign).',
    details:
      'Your body makes new cells to replace old or damaged ones. When that process goes wrong, extra cells can pile up and form a tumor, also called a neoplasm. A tumor is malignant (cancer) if its cells can grow into nearby tissue and spread to other parts of the body. It is benign if its cells stay in one place. Even a benign tumor can cause problems if it grows large or presses on an organ, nerve, or blood vessel. Many tumors are deep inside the body and show up only on scans. A biopsy, where a small piece of tissue is checked under a microscope, is usually needed to tell what kind of tumor it is.',
    related: ['benign', 'malignant', 'cancer', 'lung-nodule', 'biopsy'],
    sources: [
      {
        title: 'What Are Neoplasms and Tumors?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/what-is-cancer/neoplasms-and-tumors.html',
      },
    ],
    reviewed: '2026-11-25',
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
      'In COPD, the airways and air sacs in the lungs are damaged, so air does not flow in and out as well as it should. Common signs are a cough that will not go away, coughing up mucus, and shortness of breath, especially with activity. It tends to get worse slowly over many years. Smoking causes most cases, but secondhand smoke, dust and fumes at work, smoke from indoor cooking or heating fuels, and some inherited conditions also play a part. Some people with COPD have never smoked. A breathing test called spirometry is used to diagnose it. There is no cure, but quitting smoking, medicines, and lung rehab can help you feel better and stay active.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you are so short of breath you cannot speak, your lips or fingertips turn blue or gray, or you are confused or very drowsy. See a doctor soon if your breathing is worse than usual, or your cough or mucus changes or will not go away.',
    related: ['emphysema', 'chronic-bronchitis', 'smoking', 'spirometry', 'shortness-of-breath'],
    sources: [
      {
        title: 'Chronic obstructive pulmonary disease (COPD)',
        publisher: 'World Health Organization',
        url: 'https://www.who.int/news-room/fact-sheets/detail/chronic-obstructive-pulmonary-disease-(copd)',
      },
      {
        title: 'What You Say Makes a Difference (COPD Learn More Breathe Better)',
        publisher: 'National Heart, Lung, and Blood Institute',
        url: 'https://www.nhlbi.nih.gov/health/educational/copd/campaign-materials/html/providercard.htm',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'adenocarcinoma',
    name: 'Adenocarcinoma',
    forms: ['adenocarcinoma', 'lung adenocarcinoma', 'adenocarcinoma of the lung'],
    category: 'condition',
    summary:
      'Adenocarcinoma is the most common type of non-small cell lung cancer. It starts in lung cells that make mucus, often in the outer parts of the lungs.',
    details:
      'Adenocarcinoma is one of the three main kinds of non-small cell lung cancer, and it is the most common one. In the lungs it starts in mucus-making cells in the tiny air sacs (alveoli), so it is often found toward the outer edges of the lungs. Like other lung cancers it is linked to smoking, but it is also the type most often found in people who have never smoked. Tumor tests often look for gene changes such as EGFR or ALK, because some of these can be treated with targeted drugs. The word adenocarcinoma is also used for cancers that start in gland cells in other organs, such as the colon or breast.',
    related: ['nsclc', 'lung-cancer', 'alveoli', 'biomarker-testing', 'carcinoma'],
    sources: [
      {
        title: 'About Lung Cancer',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/lung-cancer/about/',
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
      'Large cell carcinoma is the least common of the three main types of non-small cell lung cancer. Its cells look big and abnormal, and it can grow fast.',
    details:
      'Large cell carcinoma is named for its cells, which look larger than healthy lung cells and clearly abnormal under a microscope. It can start in any part of the lung but is often found in the outer areas. It tends to grow and spread faster than the other main kinds of non-small cell lung cancer, which can make it harder to treat. One subtype, large cell neuroendocrine carcinoma, behaves much like small cell lung cancer. As with other lung cancers, treatment depends on the stage and on tests of the tumor, and may include surgery, radiation, chemotherapy, or immunotherapy.',
    related: ['nsclc', 'lung-cancer', 'adenocarcinoma', 'squamous-cell-carcinoma', 'sclc'],
    sources: [
      {
        title: 'About Lung Cancer',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/lung-cancer/about/',
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
      'A lung carcinoid tumor is a rare kind of lung cancer. It starts in cells that make hormones. Most of these tumors grow slowly.',
    details:
      'Carcinoid tumors start in neuroendocrine cells. These cells act partly like nerve cells and partly like cells that make hormones, and they are found in the lungs, stomach, intestines, and other organs. Only those that start in the lungs are called lung carcinoids. They are much less common than other lung cancers. Most are "typical" carcinoids, which grow slowly and rarely spread beyond the lungs. "Atypical" carcinoids grow a little faster and are more likely to spread. They may cause a cough, wheezing, coughing up blood, or repeated lung infections if they block an airway. Surgery to remove the tumor is the main treatment when it has not spread.',
    related: ['lung-cancer', 'tumor', 'sclc', 'wheezing', 'surgery'],
    sources: [
      {
        title: 'What Are Lung Carcinoid Tumors?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html',
      },
    ],
    reviewed: '2026-11-25',
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
      'Mesothelioma is a rare cancer. It grows in the thin lining around the lungs or belly. Most people who get it breathed in asbestos years before.',
    details:
      'Mesothelioma starts in the thin layer of tissue that covers many organs. It most often forms in the pleura, the lining around the lungs and inside the chest wall. It can also start in the lining of the belly (peritoneum) or, rarely, around the heart. It is not the same as lung cancer, even though it can cause similar symptoms. Breathing in or swallowing asbestos fibers is the main risk, and the cancer usually appears decades after contact. Living with someone who works near asbestos also raises risk. Signs include shortness of breath and pain under the ribs, often from fluid that builds up in the chest or belly. Imaging tests and a biopsy are used to diagnose it.',
    related: ['asbestos', 'pleura', 'pleural-effusion', 'lung-cancer', 'shortness-of-breath'],
    sources: [
      {
        title: 'Malignant Mesothelioma Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/cancertopics/pdq/treatment/malignantmesothelioma/Patient/page2',
      },
    ],
    reviewed: '2026-11-25',
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
      'Brain metastasis means cancer from another part of the body, such as the lungs, has spread to the brain. It can cause headaches, seizures, or changes in thinking.',
    details:
      'Lung cancer is one of the cancers that most often spreads to the brain. Cancer cells travel there through the blood and grow into one or more new tumors. These tumors are still lung cancer, not brain cancer, and they are treated that way. Signs depend on where the tumors are and how big they are. They can include headaches, nausea or vomiting, seizures, weakness or numbness on one side of the body, trouble with balance, speech, or vision, and changes in memory, mood, or behavior. An MRI is often used to find them. Treatment may include radiation, surgery, some targeted or immune drugs, and steroid medicine to reduce swelling.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you have a seizure, sudden weakness or numbness on one side of the body, trouble speaking, sudden confusion, or a sudden, very bad headache. Tell your care team soon about new or worsening headaches, vomiting, or changes in balance, memory, or mood.',
    related: ['metastasis', 'headache', 'lung-cancer', 'mri', 'radiation-therapy'],
    sources: [
      {
        title: 'About Lung Cancer',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/lung-cancer/about/',
      },
      {
        title: 'Metastasis: How Cancer Spreads',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/metastatic-cancer/how-cancer-spreads-video',
      },
      {
        title: 'What is cancer?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/after-diagnosis/what-is-cancer.html',
      },
    ],
    reviewed: '2026-11-25',
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
      'The pleura is a thin lining that covers each lung and the inside of the chest wall. A little fluid between its layers is normal and helps the lungs glide as you breathe. Too much fluid is a pleural effusion. Cancer is one cause: lung cancer or a cancer that has spread to the pleura can cause a malignant pleural effusion, which in lung cancer means the cancer has spread. Heart failure, pneumonia, and blood clots can also cause it. It may bring shortness of breath, a cough, or chest pain or pressure. A chest x-ray, CT scan, or ultrasound can show it. Draining the fluid with a needle (thoracentesis) can ease breathing and lets doctors test it.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you have sudden or severe shortness of breath or chest pain. See a doctor soon if you are getting more short of breath, cannot lie flat, or have a new cough or chest heaviness.',
    related: ['pleura', 'thoracentesis', 'shortness-of-breath', 'pleurodesis', 'mesothelioma'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
      {
        title: 'Malignant Mesothelioma Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/cancertopics/pdq/treatment/malignantmesothelioma/Patient/page2',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'emphysema',
    name: 'Emphysema',
    forms: ['emphysema', 'pulmonary emphysema'],
    category: 'condition',
    summary:
      'Emphysema is a lung disease in which the tiny air sacs in the lungs are damaged. It makes it hard to breathe out fully. It is one main form of COPD.',
    details:
      'Your lungs hold millions of tiny, stretchy air sacs (alveoli) where oxygen passes into the blood. In emphysema, the walls of these sacs weaken and break down, so the lungs lose their spring and stale air gets trapped. The main symptom is shortness of breath that slowly gets worse, first with activity and later at rest. Cough and wheezing are also common. Long-term smoking causes most cases; dust, fumes, air pollution, and a rare inherited condition can also play a part. The damage cannot be undone, but quitting smoking slows it down, and inhaled medicines, lung rehab, and oxygen can help you breathe and stay active.',
    related: ['copd', 'chronic-bronchitis', 'alveoli', 'smoking', 'shortness-of-breath'],
    sources: [
      {
        title: 'Emphysema',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/emphysema',
      },
      {
        title: 'Chronic obstructive pulmonary disease (COPD)',
        publisher: 'World Health Organization',
        url: 'https://www.who.int/news-room/fact-sheets/detail/chronic-obstructive-pulmonary-disease-(copd)',
      },
      {
        title: 'What You Say Makes a Difference (COPD Learn More Breathe Better)',
        publisher: 'National Heart, Lung, and Blood Institute',
        url: 'https://www.nhlbi.nih.gov/health/educational/copd/campaign-materials/html/providercard.htm',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'chronic-bronchitis',
    name: 'Chronic bronchitis',
    forms: ['chronic bronchitis', 'chronic obstructive bronchitis'],
    category: 'condition',
    summary:
      'Chronic bronchitis is long-lasting swelling of the airways. It causes a cough with mucus on most days. It is a type of COPD, and smoking is the main cause.',
    details:
      'In chronic bronchitis, the bronchi, the large airways that lead into the lungs, stay inflamed and become scarred over time. They make a lot of mucus, which leads to a cough that keeps coming back and can make breathing harder. Cigarette smoking is the most common cause. Secondhand smoke, chemical fumes, air pollution, and repeated infections can also play a part. Unlike a short bout of bronchitis after a cold, it usually does not go away completely. Quitting smoking and avoiding lung irritants are the most important steps, and medicines and lung rehab can ease symptoms. A cough that changes or will not go away should still be checked by a doctor.',
    related: ['copd', 'emphysema', 'bronchi', 'chronic-cough', 'phlegm'],
    sources: [
      {
        title: 'Definition of chronic bronchitis - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chronic-bronchitis',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'pneumonia',
    name: 'Pneumonia',
    forms: ['pneumonia', 'bronchopneumonia'],
    category: 'condition',
    summary:
      'Pneumonia is an infection of the lungs. It can be mild or very serious. Common signs are cough, fever, and trouble breathing.',
    details:
      'Pneumonia happens when germs such as viruses, bacteria, or fungi infect the lungs. Flu and RSV are common viral causes, and a germ called pneumococcus is a common bacterial cause. Signs include cough, fever or chills, shortness of breath, chest pain when you breathe or cough, and feeling very tired. People who smoke or who have other health problems, such as lung disease or a weak immune system from cancer treatment, are more likely to get sick. A lung tumor that blocks an airway can also lead to pneumonia that keeps coming back. Doctors treat it with antibiotics, antiviral drugs, or other medicines, depending on the cause, and some vaccines help prevent it.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you have severe trouble breathing, bluish lips, chest pain, or new confusion. See a doctor soon if you have a cough with fever, chills, or shortness of breath, especially if you are getting cancer treatment or have lung disease.',
    related: ['respiratory-infection', 'fever', 'shortness-of-breath', 'chest-x-ray', 'copd'],
    sources: [
      {
        title: 'Pneumonia',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/pneumonia/',
      },
    ],
    reviewed: '2026-11-25',
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
      'A pulmonary embolism is a blood clot that has traveled to the lungs and blocks blood flow there. It is an emergency that can be deadly.',
    details:
      'Most of these clots start in a deep vein, often in the leg, thigh, or pelvis (a deep vein thrombosis). Part of the clot breaks loose, travels through the bloodstream, and gets stuck in an artery in the lung. Cancer raises the risk of clots, and so do major surgery, injury, long periods of not moving, and heart problems. Warning signs include sudden shortness of breath, chest pain that may be worse with a deep breath, a fast heartbeat, coughing up blood, and feeling faint. Some people have no clear signs. Doctors usually find it with a CT scan. Treatment uses medicines that stop clots from growing or dissolve them.',
    whenToGetHelp:
      'Call 911 right away if you have sudden shortness of breath, sudden chest pain, a racing heartbeat, coughing up blood, or fainting. See a doctor the same day if one leg becomes swollen, red, warm, or painful.',
    related: ['blood-clot', 'shortness-of-breath', 'chest-pain', 'hemoptysis', 'ct-scan'],
    sources: [
      {
        title: 'Venous Thromboembolism',
        publisher: 'National Heart, Lung, and Blood Institute',
        url: 'https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism',
      },
    ],
    reviewed: '2026-11-25',
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
      'Hypercalcemia means there is too much calcium in your blood. Cancer can cause it. It can make you thirsty, sick to your stomach, tired, or confused.',
    details:
      'Your body keeps blood calcium in a narrow range. Cancer can push it too high in two main ways. Cancer that has spread to the bones can break bone down and release calcium into the blood. Some tumors, including some lung cancers, also make a hormone-like substance that pulls calcium out of the bones. Signs include thirst, passing a lot of urine, constipation, nausea, loss of appetite, tiredness, weakness, and confusion. Because these can look like other problems, a simple blood test is used to check the level. Treatment often includes fluids through a vein and medicines that slow bone breakdown, along with treating the cancer itself.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you become very confused, drowsy, or hard to wake, or have a very fast or uneven heartbeat. Contact your care team soon if you have new thirst, constipation, nausea, or weakness during cancer treatment.',
    related: ['bone-metastasis', 'paraneoplastic-syndrome', 'blood-test', 'nausea', 'fatigue'],
    sources: [
      {
        title: 'Bone Metastases',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html',
      },
    ],
    reviewed: '2026-11-25',
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
    sources: [
      {
        title: 'What Are Neoplasms and Tumors?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/what-is-cancer/neoplasms-and-tumors.html',
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
      'Benign means not cancer. A benign tumor or growth stays in one place and does not spread to other parts of the body.',
    details:
      'Doctors use "benign" for growths whose cells cannot invade nearby tissue or spread through the body. Benign tumors tend to grow slowly and are usually not serious. Many need no treatment, and some are simply watched over time. Even so, a benign growth can cause trouble if it gets large or presses on an organ, nerve, or blood vessel, and then it may be removed. Most small lung nodules found on scans turn out to be benign, often from old infections or scars. A biopsy or follow-up scans are usually how doctors decide whether a growth is benign or malignant.',
    related: ['malignant', 'tumor', 'lung-nodule', 'biopsy', 'cancer'],
    sources: [
      {
        title: 'What Are Neoplasms and Tumors?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/what-is-cancer/neoplasms-and-tumors.html',
      },
    ],
    reviewed: '2026-11-25',
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
      'A tumor is called malignant when its abnormal cells can invade the tissue around them and travel to distant parts of the body, where they may form new tumors. That spread is called metastasis. This is the key difference from a benign growth, which stays in one place. Malignant tumors usually need treatment, such as surgery, radiation, or medicines, and the plan depends on the kind of cancer and how far it has spread. Doctors usually confirm that a growth is malignant by looking at a tissue sample (biopsy) under a microscope. Seeing this word on a report can be frightening; your care team can explain what it means for you.',
    related: ['benign', 'cancer', 'tumor', 'metastasis', 'biopsy'],
    sources: [
      {
        title: 'What Are Neoplasms and Tumors?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/what-is-cancer/neoplasms-and-tumors.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'cancer',
    name: 'Cancer',
    forms: ['cancer'],
    category: 'condition',
    summary:
      'Cancer is a group of diseases in which some cells grow out of control. These cells crowd out healthy cells and can spread to other parts of the body.',
    details:
      'Your body is made of cells that normally grow, divide, and get replaced in an orderly way. In cancer, changes in cells make them keep growing when they should not, and they do not die off when they should. These cells crowd out normal cells and cause problems where they grow. Many cancers form a lump called a tumor. Cancer cells can also spread to other parts of the body, which is called metastasis. A cancer keeps the name of the place it started, so lung cancer that spreads to a bone is still lung cancer. Different cancers grow at different speeds and respond to different treatments, so knowing the exact type matters.',
    related: ['malignant', 'tumor', 'metastasis', 'carcinoma', 'lung-cancer'],
    sources: [
      {
        title: 'What is cancer?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/after-diagnosis/what-is-cancer.html',
      },
      {
        title: 'What Are Neoplasms and Tumors?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/what-is-cancer/neoplasms-and-tumors.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'carcinoma',
    name: 'Carcinoma',
    forms: ['carcinoma', 'carcinomata'],
    category: 'condition',
    summary:
      'Carcinoma is the most common kind of cancer. It starts in cells that line the skin or the inside and outside of organs, such as the airways.',
    details:
      'Carcinomas start in the layers of cells that cover the body and line organs and passages, such as the airways, breast ducts, and gut. Almost all lung cancers are carcinomas. The main kinds in the lung are adenocarcinoma, squamous cell carcinoma, large cell carcinoma, and small cell carcinoma. The first word in the name usually tells you which cells the cancer looks like. Other groups of cancer start in other tissues, such as sarcomas in bone or muscle, and lymphomas and leukemias in blood-forming and immune cells. "Carcinoma in situ" means abnormal cells that have not grown beyond the layer where they started.',
    related: ['cancer', 'adenocarcinoma', 'squamous-cell-carcinoma', 'large-cell-carcinoma', 'sclc'],
    sources: [
      {
        title: 'About Lung Cancer',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/lung-cancer/about/',
      },
      {
        title: 'What is cancer?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/after-diagnosis/what-is-cancer.html',
      },
    ],
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
      'Lymphoma is a cancer that starts in white blood cells called lymphocytes, which help fight infection. It often causes swollen lymph nodes.',
    details:
      'Lymphocytes are immune cells that live in the lymph nodes, spleen, bone marrow, and other parts of the body. In lymphoma, they grow out of control. The two main groups are Hodgkin lymphoma and non-Hodgkin lymphoma, and each has many subtypes. Common signs are painless swollen lymph nodes in the neck, armpit, or groin, fever, night sweats, weight loss, and tiredness. Lymphoma in the chest can cause enlarged lymph nodes that show up on a scan and can look like other chest problems, including lung cancer, so a biopsy is needed. Knowing the exact type matters, because it shapes treatment and outlook.',
    related: ['swollen-lymph-nodes', 'lymph-nodes', 'biopsy', 'cancer', 'superior-vena-cava-syndrome'],
    sources: [
      {
        title: 'Lymphoma',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lymphoma.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'asthma',
    name: 'Asthma',
    forms: ['asthma', 'asthmatic', 'bronchial asthma'],
    category: 'condition',
    summary:
      'Asthma is a long-term condition in which the airways in the lungs swell and narrow at times. It can cause wheezing, coughing, and a tight chest.',
    details:
      'With asthma, the airways can become inflamed and narrowed, which makes it harder for air to flow out when you breathe out. About 1 in 13 people in the United States has it. It affects all ages and often starts in childhood. Things called triggers, such as pollen, exercise, colds and other viral infections, smoke, or cold air, can set off symptoms. When symptoms suddenly get worse, it is called an asthma attack. There is no cure, but medicines and an asthma action plan, which covers checking symptoms, avoiding triggers, and using inhalers, help most people stay active. New wheezing or breathlessness in an adult should still be checked by a doctor.',
    whenToGetHelp:
      'Call 911 if you are struggling to breathe or speak, your lips or fingernails turn blue or gray, or your rescue inhaler is not helping. See a doctor soon if you need your rescue inhaler more often than usual or symptoms wake you at night.',
    related: ['wheezing', 'airways', 'shortness-of-breath', 'copd', 'spirometry'],
    sources: [
      {
        title: 'Asthma - What Is Asthma?',
        publisher: 'National Heart, Lung, and Blood Institute',
        url: 'https://www.nhlbi.nih.gov/health/asthma',
      },
    ],
    reviewed: '2026-11-25',
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
      'Tuberculosis (TB) is an infection caused by germs that spread through the air. It most often harms the lungs. Medicine can cure it.',
    details:
      'TB is caused by a germ called Mycobacterium tuberculosis. It spreads when a person with active TB in the lungs or throat coughs, speaks, or sings and others breathe in the germs. It usually attacks the lungs but can affect other parts of the body. Many infected people have inactive (latent) TB: they do not feel sick and cannot spread it, but it can turn active later. Active TB disease can cause a cough lasting 3 weeks or more, chest pain, coughing up blood or phlegm, weakness, weight loss, fever, chills, and night sweats. Some of these signs overlap with lung cancer. Both forms can be treated, but untreated active TB can be deadly.',
    whenToGetHelp:
      'Call 911 if you cough up a lot of blood or have severe trouble breathing. See a doctor soon if you have a cough that lasts 3 weeks or more, cough up blood, or have fever, night sweats, and weight loss.',
    related: ['chronic-cough', 'hemoptysis', 'respiratory-infection', 'chest-x-ray', 'sputum-cytology'],
    sources: [
      {
        title: 'About Tuberculosis',
        publisher: 'Centers for Disease Control and Prevention',
        url: 'https://www.cdc.gov/tb/about/index.html',
      },
    ],
    reviewed: '2026-11-25',
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
      'In pulmonary fibrosis, the tissue around the tiny air sacs becomes scarred. The scarred lungs cannot stretch well or pass oxygen into the blood easily. Shortness of breath that slowly gets worse, a dry cough, and tiredness are common; some people get clubbed fingertips. Causes include breathing in certain dusts such as asbestos or silica, some medicines, radiation to the chest, autoimmune diseases, and smoking. Often no cause is found, which is called idiopathic pulmonary fibrosis. Doctors use CT scans and breathing tests to diagnose it. The scarring cannot be undone, but some medicines can slow it, and oxygen and lung rehab can help you stay active.',
    related: ['shortness-of-breath', 'finger-clubbing', 'asbestos', 'pulmonary-function-test', 'oxygen-therapy'],
    sources: [
      {
        title: 'Pulmonary Fibrosis',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/pulmonary-fibrosis',
      },
    ],
    reviewed: '2026-11-25',
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
      'Anemia means your blood has fewer red blood cells or less hemoglobin than normal. Your body gets less oxygen, so you may feel tired, weak, or short of breath.',
    details:
      'Hemoglobin is an iron-rich protein in red blood cells that carries oxygen from the lungs to the rest of the body. With anemia, less oxygen reaches your tissues. You may feel tired or weak, short of breath, dizzy, or have headaches or an uneven heartbeat. There are many causes, including too little iron or certain vitamins, blood loss, long-term inflammation from cancer or kidney disease, and treatments such as chemotherapy. A simple blood test checks your red blood cell and hemoglobin levels. Treatment depends on the cause and may include iron or vitamin pills, iron through a vein, medicines that help the body make red blood cells, or a blood transfusion.',
    related: ['fatigue', 'blood-test', 'chemotherapy', 'shortness-of-breath', 'bone-marrow'],
    sources: [
      {
        title: 'Anemia',
        publisher: 'National Heart, Lung, and Blood Institute',
        url: 'https://www.nhlbi.nih.gov/health-topics/anemia',
      },
    ],
    reviewed: '2026-11-25',
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
      'A blood clot is a clump of blood that has thickened into a gel. A clot in a deep vein, often in the leg, can break loose and travel to the lungs.',
    details:
      'A deep vein thrombosis (DVT) is a clot in a deep vein, usually in the lower leg, thigh, or pelvis. It can cause swelling, redness, warmth, and pain in the leg or arm, but sometimes causes no signs at all. If part of the clot breaks off and travels to the lungs, it becomes a pulmonary embolism, which is an emergency. Cancer and some cancer treatments raise the risk of clots, as do major surgery or injury, staying still for a long time, and heart failure. Doctors usually check for a DVT with an ultrasound. Treatment uses medicines, often called blood thinners, that stop clots from growing or help break them down.',
    whenToGetHelp:
      'Call 911 if you have sudden shortness of breath, chest pain, a racing heartbeat, or cough up blood. See a doctor the same day if one leg or arm becomes swollen, painful, red, or warm.',
    related: ['pulmonary-embolism', 'ultrasound', 'chest-pain', 'shortness-of-breath', 'superior-vena-cava-syndrome'],
    sources: [
      {
        title: 'Venous Thromboembolism',
        publisher: 'National Heart, Lung, and Blood Institute',
        url: 'https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism',
      },
    ],
    reviewed: '2026-11-25',
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
      'A Pancoast tumor is a lung cancer that starts at the very top of a lung. It can grow into nearby nerves and bones and often causes shoulder and arm pain.',
    details:
      'Pancoast tumors are also called superior sulcus tumors. Most are a kind of non-small cell lung cancer. Because they sit at the top of the lung, near the ribs, spine, and the nerves that run to the arm, they often do not cause a cough at first. Instead, the first sign may be pain in the shoulder, shoulder blade, arm, or hand, sometimes with numbness or weakness in the hand. Pressure on certain nerves can cause a drooping eyelid, a small pupil, and less sweating on one side of the face (Horner syndrome). These signs can be mistaken for a shoulder problem. Treatment often combines chemotherapy and radiation, followed by surgery when possible.',
    related: ['nsclc', 'lung-cancer', 'numbness', 'musculoskeletal-pain', 'radiation-therapy'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
];
