import type { TermEntry, TermSource } from '../types';
import {
  ACS_BONE_METS_SIGNS,
  ACS_CARCINOID,
  ACS_GLOSSARY_CANCER,
  ACS_GLOSSARY_SPINAL_CORD,
  ACS_GLOSSARY_STAGING,
  ACS_NHL,
  ACS_NHL_LYMPH_SYSTEM,
  ACS_NSCLC_PALLIATIVE,
  NCI_ADRENAL,
  NCI_CHRONIC_BRONCHITIS,
  NCI_LIVER,
} from '../sources';

/* NHLBI's page on breathing and gas exchange, at the address the search tool returned for it
 * (the shared NHLBI_BREATHING address was not returned, so it is not cited here). */
const NHLBI_GAS_EXCHANGE: TermSource = {
  title: 'How the Lungs Work - What Breathing Does for the Body',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/node/4461',
};

/* Stored at http://; cited with https (same host and path). */
const CDC_WHAT_IS_LUNG_CANCER: TermSource = {
  title: 'What Is Lung Cancer?',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/cancer/lung/basic_info/what-is-lung-cancer.htm',
};

export const bodyTerms: TermEntry[] = [
  {
    id: 'lungs',
    name: 'Lungs',
    forms: ['lung', 'lung lobe'],
    category: 'body',
    summary:
      'Your lungs are two spongy organs in your chest. They bring oxygen from the air into your blood and get rid of carbon dioxide, a waste gas.',
    details:
      'The right lung has three parts, called lobes. The left lung, with two lobes, is a bit smaller to leave space for the heart. Air comes in through the windpipe and then moves through tubes that branch again and again, ending in tiny air sacs. Small blood vessels around the sacs take in oxygen and give off carbon dioxide, which you then breathe out. Each lung is covered by a thin lining, the pleura. When cancer starts in a lung, it is called lung cancer, and it can travel on to lymph nodes or organs elsewhere.',
    related: ['airways', 'alveoli', 'pleura', 'lung-cancer', 'pulmonary-function-test'],
    sources: [ACS_CARCINOID, NHLBI_GAS_EXCHANGE, CDC_WHAT_IS_LUNG_CANCER],
    reviewed: '2026-12-03',
  },
  {
    id: 'airways',
    name: 'Airways',
    forms: ['airway', 'air passage', 'respiratory tract'],
    category: 'body',
    summary:
      'Your airways are the passages that air moves through when you breathe. They run from your nose and mouth down the windpipe and into the many smaller tubes that branch inside your lungs.',
    details:
      'Deep in the lungs, the smallest airways, called bronchioles, end in tiny air sacs where oxygen enters the blood. They are the last branches of a tree of tubes that starts at the windpipe. At its lower end, the windpipe splits in two, one tube (bronchus) for each lung. Disease can damage the airways. In chronic bronchitis, a type of COPD, the large airways are inflamed and scarred and make a lot of mucus. This brings a cough that lasts and trouble breathing.',
    related: ['trachea', 'bronchi', 'alveoli', 'chronic-bronchitis', 'bronchoscopy'],
    sources: [NHLBI_GAS_EXCHANGE, ACS_CARCINOID, NCI_CHRONIC_BRONCHITIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'bronchi',
    name: 'Bronchi',
    forms: ['bronchi', 'bronchus', 'bronchial tube', 'bronchial tree', 'bronchiole'],
    category: 'body',
    summary:
      'The bronchi and their smaller branches, the bronchioles, are the tubes that carry air from the windpipe into the lungs. The windpipe splits into two bronchi, one for each lung.',
    details:
      'Inside each lung, the bronchi keep branching into smaller tubes. The smallest, the bronchioles, lead into tiny air sacs (alveoli), where oxygen enters the blood. Smoking is the usual cause of chronic bronchitis, a kind of COPD. In it, the bronchi swell and scar, and the extra mucus they make brings a cough that lasts and trouble breathing. Infection, secondhand smoke, chemical fumes and other air pollution can also cause it.',
    related: ['trachea', 'airways', 'bronchoscopy', 'chronic-bronchitis', 'copd'],
    sources: [ACS_CARCINOID, NHLBI_GAS_EXCHANGE, NCI_CHRONIC_BRONCHITIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'alveoli',
    name: 'Alveoli (air sacs)',
    forms: ['alveoli', 'alveolus', 'air sac', 'alveolar sac'],
    category: 'body',
    summary:
      'In the lungs, alveoli are tiny air sacs at the ends of the smallest airways. Here, oxygen moves into your blood and carbon dioxide moves out.',
    details:
      'Your lungs hold a great many of these small sacs. Their walls are very thin, and tiny blood vessels called capillaries surround them. When you breathe in, oxygen goes through the thin walls into your blood. Carbon dioxide, a waste gas, goes the other way, from the blood into the sacs, so you can breathe it out. This swap is called gas exchange.',
    related: ['lungs', 'bronchi', 'emphysema', 'pneumonia', 'shortness-of-breath'],
    sources: [NHLBI_GAS_EXCHANGE, ACS_CARCINOID],
    reviewed: '2026-12-03',
  },
  {
    id: 'trachea',
    name: 'Trachea (windpipe)',
    forms: ['trachea', 'windpipe', 'wind pipe'],
    category: 'body',
    summary:
      'The trachea, or windpipe, is the tube that carries air from your nose and mouth down into your chest. At its lower end it splits into two tubes, one for each lung.',
    details:
      'Air you breathe in goes through your nose or mouth and then down the windpipe. Where it ends, the windpipe splits into two tubes called bronchi, one leading into each lung. These tubes branch into smaller and smaller ones. They end in tiny air sacs, where oxygen passes into the blood.',
    related: ['airways', 'bronchi', 'bronchoscopy', 'shortness-of-breath'],
    sources: [ACS_CARCINOID, NHLBI_GAS_EXCHANGE],
    reviewed: '2026-12-03',
  },
  {
    id: 'pleura',
    name: 'Pleura',
    forms: ['pleura', 'pleurae', 'pleural lining', 'lining of the lung', 'pleural space', 'pleural cavity'],
    category: 'body',
    summary:
      'The pleura is a thin lining with two layers. One layer covers each lung, and the other lines the inside of the chest wall. It protects the lungs and lets them glide as you breathe.',
    details:
      'As you breathe, your lungs stretch and shrink, and the pleura lets them move inside the chest without rubbing. Doctors call the narrow space between its two layers, around the lung, the pleural space (also called the pleural cavity). Fluid can build up there, and it can press on the lung; a buildup like this is a pleural effusion. Doctors can close the space by making the two layers stick together. This is called pleurodesis.',
    related: ['pleural-effusion', 'mesothelioma', 'thoracentesis', 'pleurodesis', 'lungs'],
    sources: [ACS_CARCINOID, ACS_NSCLC_PALLIATIVE],
    reviewed: '2026-12-03',
  },
  {
    id: 'spinal-cord',
    name: 'Spinal cord',
    forms: ['spinal cord'],
    category: 'body',
    summary:
      'The spinal cord is a long bundle of nerves running down your back. It carries messages between your brain and the rest of your body.',
    details:
      'It runs inside the bones of the spine, called vertebrae, and joins the brain at the top. It belongs to the central nervous system. Signals about what you feel travel up it to the brain, and signals that move your muscles travel down. Some of its nerves also control the bladder and bowels. Cancer that grows in spine bones can press on the cord. Doctors call this spinal cord compression. It is very serious. Back or neck pain is often one of the first signs. Numbness and weakness can follow.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) or go to the ER if your legs or arms go numb or weak. Do the same if you have trouble walking or cannot control your bladder or bowels. If you have cancer, tell your care team right away about new back or neck pain.',
    related: ['spine', 'spinal-cord-compression', 'leg-weakness', 'numbness', 'mri'],
    sources: [ACS_GLOSSARY_SPINAL_CORD, ACS_BONE_METS_SIGNS],
    reviewed: '2026-12-03',
  },
  {
    id: 'spine',
    name: 'Spine',
    forms: ['spine', 'spinal column', 'backbone', 'vertebra', 'vertebrae', 'vertebral column'],
    category: 'body',
    summary:
      'Your spine, or backbone, is the column of bones that runs down your back. These bones are called vertebrae, and the spinal cord runs inside them.',
    details:
      'Inside the vertebrae runs the spinal cord, the body\'s main bundle of nerves. Cancer that spreads to bone can reach the spine. It can weaken the bones so much that they break, even during everyday tasks. If the middle of the back suddenly hurts, a bone of the spine may have broken and collapsed. Cancer in the spine can also press on the spinal cord and harm its nerves. Many things besides cancer make bones hurt. Still, if you have cancer, tell your care team right away about any new back pain.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) or go to the ER if your legs or arms go numb or weak. Do the same if you have trouble walking or cannot control your bladder or bowels. If you have cancer, tell your care team right away about new back pain, or sudden pain in your mid-back.',
    related: ['spinal-cord', 'back-pain', 'bone-metastasis', 'spinal-cord-compression', 'bone-scan'],
    sources: [ACS_GLOSSARY_SPINAL_CORD, ACS_BONE_METS_SIGNS],
    reviewed: '2026-12-03',
  },
  {
    id: 'lymph-nodes',
    name: 'Lymph nodes',
    forms: ['lymph node', 'lymph gland', 'lymphatic node'],
    category: 'body',
    summary:
      'Lymph nodes are small lumps of tissue, about the size of a bean, packed with immune cells. They sit all over the body and belong to the lymph system, which helps fight infection.',
    details:
      'Most of the cells in the lymph system are lymphocytes, one kind of white blood cell. The system belongs to the immune system, and it also helps fluid move around the body. There are lymph nodes in many places, such as inside the chest, belly and pelvis, and thin lymph vessels connect them. Cancer can spread to lymph nodes; lung cancer, for example, may reach them. When doctors stage a cancer, they check whether it has reached nearby lymph nodes, and how many.',
    related: ['swollen-lymph-nodes', 'metastasis', 'tnm-staging', 'mediastinoscopy', 'endobronchial-ultrasound'],
    sources: [ACS_NHL_LYMPH_SYSTEM, ACS_NHL, CDC_WHAT_IS_LUNG_CANCER, ACS_GLOSSARY_STAGING],
    reviewed: '2026-12-03',
  },
  {
    id: 'diaphragm',
    name: 'Diaphragm',
    forms: ['diaphragm', 'diaphragm muscle'],
    category: 'body',
    summary:
      'In the body, the diaphragm is a thin muscle shaped like a dome. It lies under your lungs, between your chest and your belly, and it helps you breathe.',
    details:
      'The muscles between your ribs help with breathing, too: as they tighten, the rib cage rises and widens. Meanwhile the diaphragm tightens and drops, which makes more space in the chest for the lungs to fill with air.',
    related: ['lungs', 'shortness-of-breath', 'pleura', 'spirometry'],
    sources: [NHLBI_GAS_EXCHANGE, ACS_CARCINOID],
    reviewed: '2026-12-03',
  },
  {
    id: 'bone-marrow',
    name: 'Bone marrow',
    forms: ['bone marrow'],
    category: 'body',
    summary:
      'Bone marrow is spongy tissue found inside some of your bones. It is where your body makes new blood cells, including some of the white blood cells that help fight infection.',
    details:
      'Bone marrow is one of the main places in the body with lymph tissue. That tissue is part of the lymph system, which helps the body\'s defenses (the immune system) fight germs and some other diseases. Lymphocytes, a kind of white blood cell, are made in the bone marrow. Lymphoma, a cancer of lymphocytes, can start anywhere there is lymph tissue, the bone marrow included.',
    related: ['lymph-nodes', 'lymphoma', 'anemia', 'blood-test'],
    sources: [ACS_NHL_LYMPH_SYSTEM, ACS_NHL],
    reviewed: '2026-12-03',
  },
  {
    id: 'adrenal-glands',
    name: 'Adrenal glands',
    forms: ['adrenal gland', 'suprarenal gland'],
    category: 'body',
    summary:
      'The adrenal glands are two small glands, one on top of each kidney. They make hormones that help control your heart rate, blood pressure and response to stress.',
    details:
      'Each adrenal gland is small and shaped like a triangle. Their hormones include adrenaline and steroid hormones. These help the body keep blood pressure, heart rate and blood sugar in check, and react to stress. Other adrenal hormones keep the body\'s salt and water in balance. Another name for them is suprarenal glands.',
    related: ['metastasis', 'ct-scan', 'pet-scan', 'incidental-finding', 'cancer-stage'],
    sources: [NCI_ADRENAL],
    reviewed: '2026-12-03',
  },
  {
    id: 'liver',
    name: 'Liver',
    forms: ['liver'],
    category: 'body',
    summary:
      'The liver is a big organ high in your belly. It filters your blood to clean it, and it makes bile, a fluid that helps you digest food.',
    details:
      'It sits close to the pancreas, gallbladder, stomach and intestines, and it is made of two main parts, the right and left lobes. Cancer that starts in another part of the body can spread to the liver. When it does, it keeps the name of the place where it began. For example, colon cancer that reaches the liver is still called colon cancer.',
    related: ['jaundice', 'metastasis', 'blood-test', 'ultrasound'],
    sources: [NCI_LIVER, ACS_GLOSSARY_CANCER],
    reviewed: '2026-12-03',
  },
];
