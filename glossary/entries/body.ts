import type { TermEntry } from '../types';
import {
  ACS_BONE_METS,
  ACS_BONE_METS_SIGNS,
  ACS_CARCINOID,
  ACS_GLOSSARY_CANCER,
  ACS_GLOSSARY_SPINAL_CORD,
  ACS_NHL,
  CDC_LUNG,
  NCI_ADRENAL,
  NCI_BONE_MARROW,
  NCI_LIVER,
  NCI_NSCLC_PDQ,
  NHLBI_ANEMIA,
  NHLBI_BREATHING,
} from '../sources';

export const bodyTerms: TermEntry[] = [
  {
    id: 'lungs',
    name: 'Lungs',
    forms: ['lung', 'lung lobe'],
    category: 'body',
    summary:
      'Your lungs are two soft, spongy organs in your chest. They take in oxygen from the air you breathe and get rid of carbon dioxide, a waste gas.',
    details:
      'The right lung has three sections, called lobes. The left lung has two lobes. It is smaller because the heart takes up room on that side. Air reaches the lungs through the windpipe, which splits into tubes that branch into smaller and smaller airways. These end in tiny air sacs. There, oxygen passes into your blood and carbon dioxide passes out, so you can breathe it away. A thin lining called the pleura covers the lungs. Lung cancer starts when cells in the lungs grow out of control.',
    related: ['airways', 'alveoli', 'pleura', 'lung-cancer', 'pulmonary-function-test'],
    sources: [ACS_CARCINOID, NHLBI_BREATHING, NCI_NSCLC_PDQ],
    reviewed: '2026-11-26',
  },
  {
    id: 'airways',
    name: 'Airways',
    forms: ['airway', 'air passage', 'respiratory tract'],
    category: 'body',
    summary:
      'Your airways are the tubes that carry air from your nose and mouth down into your lungs. They include the windpipe and its many smaller branches.',
    details:
      'When you breathe in, air passes through your nose or mouth and down your windpipe. The windpipe splits into two tubes called bronchi, one for each lung. Inside the lungs these branch again and again into smaller tubes called bronchioles. The smallest ones end in tiny air sacs, where oxygen passes into the blood. When airways become swollen or narrowed, as in asthma or COPD, it is harder to get air out. This can make you cough, wheeze, or feel short of breath.',
    related: ['trachea', 'bronchi', 'alveoli', 'wheezing', 'bronchoscopy'],
    sources: [NHLBI_BREATHING, ACS_CARCINOID],
    reviewed: '2026-11-26',
  },
  {
    id: 'bronchi',
    name: 'Bronchi',
    forms: ['bronchi', 'bronchus', 'bronchial tube', 'bronchial tree', 'bronchiole'],
    category: 'body',
    summary:
      'The bronchi are the main air tubes that branch off the windpipe, one into each lung. Inside the lungs they split into smaller and smaller tubes.',
    details:
      'At the bottom of your windpipe, the airway divides into the left and right bronchi. Each one enters a lung and keeps branching into smaller tubes called bronchioles. These lead to tiny air sacs. In chronic bronchitis, the bronchi become swollen and scarred and make a lot of mucus. Lung cancer can also start in the bronchi. Squamous cell lung cancer forms in the thin, flat cells that line them.',
    related: ['trachea', 'airways', 'bronchoscopy', 'chronic-bronchitis', 'squamous-cell-carcinoma'],
    sources: [ACS_CARCINOID, NCI_NSCLC_PDQ, CDC_LUNG],
    reviewed: '2026-11-26',
  },
  {
    id: 'alveoli',
    name: 'Alveoli (air sacs)',
    forms: ['alveoli', 'alveolus', 'air sac', 'alveolar sac'],
    category: 'body',
    summary:
      'Alveoli are tiny air sacs at the ends of the smallest airways in your lungs. This is where oxygen moves into your blood and carbon dioxide moves out.',
    details:
      'Your lungs hold a great many of these tiny sacs. Each one has very thin walls, with small blood vessels around it. When you breathe in, oxygen passes through the thin walls into your blood. At the same time, carbon dioxide, a waste gas, moves from the blood into the sacs so you can breathe it out. Some cells in the air sacs make mucus. Adenocarcinoma, the most common kind of lung cancer, begins in these cells.',
    related: ['lungs', 'bronchi', 'emphysema', 'pneumonia', 'shortness-of-breath'],
    sources: [NHLBI_BREATHING, ACS_CARCINOID, CDC_LUNG],
    reviewed: '2026-11-26',
  },
  {
    id: 'trachea',
    name: 'Trachea (windpipe)',
    forms: ['trachea', 'windpipe', 'wind pipe'],
    category: 'body',
    summary:
      'The trachea, or windpipe, is the tube that carries air from your throat down into your chest. There it splits into two tubes, one for each lung.',
    details:
      'When you breathe in, air goes through your nose or mouth and down your windpipe. At its lower end, the windpipe divides into two tubes called bronchi, one for each lung. The bronchi lead into the lungs and branch into smaller and smaller tubes. These end in tiny air sacs, where oxygen passes into the blood.',
    related: ['airways', 'bronchi', 'bronchoscopy', 'shortness-of-breath'],
    sources: [ACS_CARCINOID, NHLBI_BREATHING, NCI_NSCLC_PDQ],
    reviewed: '2026-11-26',
  },
  {
    id: 'pleura',
    name: 'Pleura',
    forms: [
      'pleura',
      'pleurae',
      'pleural lining',
      'lining of the lung',
      'pleural space',
      'pleural cavity',
    ],
    category: 'body',
    summary:
      'The pleura is a thin layer of tissue that covers your lungs and lines the inside of your chest. It helps your lungs move smoothly when you breathe.',
    details:
      'The pleura covers the outside of each lung and lines the inside wall of the chest. Between these layers is a space called the pleural cavity. It normally holds a small amount of fluid. The fluid helps the lungs move smoothly in the chest as you breathe. The pleura also protects the lungs and lets them slide back and forth as they expand and shrink.',
    related: ['pleural-effusion', 'mesothelioma', 'thoracentesis', 'pleurodesis', 'lungs'],
    sources: [NCI_NSCLC_PDQ, ACS_CARCINOID],
    reviewed: '2026-11-26',
  },
  {
    id: 'spinal-cord',
    name: 'Spinal cord',
    forms: ['spinal cord'],
    category: 'body',
    summary:
      'The spinal cord is a long bundle of nerves that runs down your back. It carries messages between your brain and the rest of your body.',
    details:
      'The spinal cord connects to the brain and runs down the back inside the bones of the spine, called vertebrae. It carries messages about what you feel from the body to the brain. It also carries signals from the brain that tell your body to move. Some of its nerves help control the bladder and bowels. If cancer in the spine presses on the spinal cord, it can cause back or neck pain, and then numbness or weakness. This is called spinal cord compression and needs treatment right away.',
    related: ['spine', 'spinal-cord-compression', 'leg-weakness', 'numbness', 'mri'],
    sources: [ACS_GLOSSARY_SPINAL_CORD, ACS_BONE_METS_SIGNS],
    reviewed: '2026-11-26',
  },
  {
    id: 'spine',
    name: 'Spine',
    forms: ['spine', 'spinal column', 'backbone', 'vertebra', 'vertebrae', 'vertebral column'],
    category: 'body',
    summary:
      'Your spine, or backbone, is the column of small bones that runs down your back. These bones are called vertebrae, and they protect your spinal cord.',
    details:
      'The spine is made of bones called vertebrae. The spinal cord runs down the back inside these bones. The spine is the most common place for cancer to spread to bone. Lung cancer is one of the cancers that often spreads there. Cancer in the spine can cause pain and can weaken the bones so they break more easily. It can also press on the spinal cord and harm the nerves. Tell your care team about any new back pain.',
    related: ['spinal-cord', 'back-pain', 'bone-metastasis', 'spinal-cord-compression', 'bone-scan'],
    sources: [ACS_GLOSSARY_SPINAL_CORD, ACS_BONE_METS],
    reviewed: '2026-11-26',
  },
  {
    id: 'lymph-nodes',
    name: 'Lymph nodes',
    forms: ['lymph node', 'lymph gland', 'lymphatic node'],
    category: 'body',
    summary:
      'Lymph nodes are small glands that are part of your immune system, which fights infection. They hold white blood cells called lymphocytes.',
    details:
      'Lymph nodes are part of the lymph system. This system helps the body fight infections and other diseases, and it helps fluids move through the body. It is made up mainly of lymphocytes, a type of white blood cell. Lymph nodes are one of the main places where this lymph tissue is found. Lung cancer may spread to lymph nodes. Doctors check how far a cancer has spread to learn its stage. This helps them plan treatment.',
    related: ['swollen-lymph-nodes', 'metastasis', 'tnm-staging', 'mediastinoscopy', 'endobronchial-ultrasound'],
    sources: [ACS_NHL, CDC_LUNG, NCI_NSCLC_PDQ],
    reviewed: '2026-11-26',
  },
  {
    id: 'diaphragm',
    name: 'Diaphragm',
    forms: ['diaphragm', 'diaphragm muscle'],
    category: 'body',
    summary:
      'The diaphragm is a thin, dome-shaped muscle under your lungs. It separates your chest from your belly and helps you breathe.',
    details:
      'The diaphragm sits below your lungs, between your chest and your belly. When you breathe in, it tightens and moves down. This makes more room in your chest, so your lungs can expand and fill with air. The muscles between your ribs help by pulling your rib cage up and out.',
    related: ['lungs', 'shortness-of-breath', 'pleura', 'spirometry'],
    sources: [NHLBI_BREATHING, ACS_CARCINOID],
    reviewed: '2026-11-26',
  },
  {
    id: 'bone-marrow',
    name: 'Bone marrow',
    forms: ['bone marrow'],
    category: 'body',
    summary:
      'Bone marrow is the soft, spongy tissue in the center of most of your bones. It makes your blood cells: red cells, white cells and platelets.',
    details:
      'There are two types of bone marrow. Red bone marrow holds stem cells that can become red blood cells, white blood cells, or platelets. Yellow bone marrow is made mostly of fat. Red blood cells carry oxygen to the body. Some cancer treatments, such as chemotherapy, can lead to anemia, which means too few red blood cells. A simple blood test can check for anemia.',
    related: ['anemia', 'chemotherapy', 'blood-test', 'side-effects'],
    sources: [NCI_BONE_MARROW, NHLBI_ANEMIA],
    reviewed: '2026-11-26',
  },
  {
    id: 'adrenal-glands',
    name: 'Adrenal glands',
    forms: ['adrenal gland', 'suprarenal gland'],
    category: 'body',
    summary:
      'The adrenal glands are two small glands, one on top of each kidney. They make hormones that help control your heart rate, blood pressure and response to stress.',
    details:
      'Each adrenal gland is small and shaped like a triangle. The glands make several hormones, including steroid hormones and adrenaline. These hormones help control heart rate, blood pressure, blood sugar, and how the body reacts to stress. They also help balance water and salt in the body. Another name for them is suprarenal glands.',
    related: ['metastasis', 'ct-scan', 'pet-scan', 'incidental-finding', 'cancer-stage'],
    sources: [NCI_ADRENAL],
    reviewed: '2026-11-26',
  },
  {
    id: 'liver',
    name: 'Liver',
    forms: ['liver'],
    category: 'body',
    summary:
      'The liver is a large organ in the upper part of your belly. It cleans your blood and makes bile to help digest food.',
    details:
      'The liver sits in the upper belly, near the stomach and intestines. It cleans the blood and helps with digestion by making a fluid called bile. Cancer that starts in another organ can spread to the liver. When it does, it keeps the name of the place where it started. For example, colon cancer that spreads to the liver is still colon cancer, not liver cancer.',
    related: ['jaundice', 'metastasis', 'blood-test', 'ultrasound'],
    sources: [NCI_LIVER, ACS_GLOSSARY_CANCER],
    reviewed: '2026-11-26',
  },
];
