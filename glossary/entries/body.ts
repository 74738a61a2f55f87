import type { TermEntry } from '../types';

const NHLBI_LUNGS = {
  title: 'How the Lungs Work',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health/lungs',
};

const NHLBI_RESPIRATORY = {
  title: 'The Respiratory System',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health/lungs/respiratory-system',
};

const NCI_NSCLC_PDQ = {
  title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
};

const MEDLINEPLUS_SPINAL_CORD = {
  title: 'Spinal Cord Diseases',
  publisher: 'MedlinePlus (National Library of Medicine)',
  url: 'https://medlineplus.gov/spinalcorddiseases.html',
};

export const bodyTerms: TermEntry[] = [
  {
    id: 'lungs',
    name: 'Lungs',
    forms: ['lung', 'lung lobe'],
    category: 'body',
    summary:
      'Your lungs are two soft, spongy organs in your chest. They take in oxygen from the air you breathe and get rid of carbon dioxide, a waste gas.',
    details:
      'The lungs sit on each side of your heart, protected by your ribs. The right lung has three sections, called lobes, and the left lung has two, leaving room for the heart. Air reaches the lungs through a branching set of tubes that end in tiny air sacs. There, oxygen passes into your blood and carbon dioxide passes out so you can breathe it away. Lung cancer starts when cells in the lungs grow out of control. Doctors may remove a lobe or part of a lobe to treat it.',
    related: ['airways', 'alveoli', 'pleura', 'lung-cancer', 'pulmonary-function-test'],
    sources: [NHLBI_LUNGS, NHLBI_RESPIRATORY],
    reviewed: '2026-11-25',
  },
  {
    id: 'airways',
    name: 'Airways',
    forms: ['airway', 'air passage', 'respiratory tract'],
    category: 'body',
    summary:
      'Your airways are the tubes that carry air from your nose and mouth down into your lungs. They include the windpipe and its many smaller branches.',
    details:
      'When you breathe in, air passes through your nose or mouth, your voice box and your windpipe. The windpipe splits into two large tubes, one for each lung, which branch again and again into smaller tubes. The smallest ones end in tiny air sacs. The airways are lined with mucus and tiny hairs that trap dust and germs and sweep them out. When airways become swollen, filled with mucus or blocked by a tumor, breathing gets harder and you may cough or wheeze. Doctors can look inside the airways with a thin tube called a bronchoscope.',
    related: ['trachea', 'bronchi', 'alveoli', 'wheezing', 'bronchoscopy'],
    sources: [NHLBI_RESPIRATORY],
    reviewed: '2026-11-25',
  },
  {
    id: 'bronchi',
    name: 'Bronchi',
    forms: ['bronchi', 'bronchus', 'bronchial tube', 'bronchial tree', 'bronchiole'],
    category: 'body',
    summary:
      'The bronchi are the main air tubes that branch off the windpipe, one into each lung. Inside the lungs they split into smaller and smaller tubes.',
    details:
      'At the bottom of your windpipe, the airway divides into the left and right bronchi. Each one enters a lung and keeps branching, like the limbs of an upside-down tree. The smallest branches are called bronchioles, and they lead to tiny air sacs. Swelling of the bronchi causes bronchitis. Many lung cancers start in the cells that line these tubes, and a tumor in a bronchus can cause a cough, coughing up blood, or infections. Doctors can see inside the bronchi and take samples with a bronchoscope.',
    related: ['trachea', 'airways', 'bronchoscopy', 'chronic-bronchitis', 'squamous-cell-carcinoma'],
    sources: [NHLBI_RESPIRATORY],
    reviewed: '2026-11-25',
  },
  {
    id: 'alveoli',
    name: 'Alveoli (air sacs)',
    forms: ['alveoli', 'alveolus', 'air sac', 'alveolar sac'],
    category: 'body',
    summary:
      'Alveoli are tiny air sacs at the ends of the smallest airways in your lungs. This is where oxygen moves into your blood and carbon dioxide moves out.',
    details:
      'Your lungs hold a huge number of these tiny, balloon-like sacs. Each one has a very thin wall wrapped in small blood vessels. When you breathe in, the sacs fill with air and oxygen passes through the thin walls into your blood. At the same time, carbon dioxide passes from the blood into the sacs so you can breathe it out. Diseases such as emphysema damage the walls of the air sacs, and pneumonia can fill them with fluid, which makes it harder to get enough oxygen.',
    related: ['lungs', 'bronchi', 'emphysema', 'pneumonia', 'shortness-of-breath'],
    sources: [NHLBI_RESPIRATORY],
    reviewed: '2026-11-25',
  },
  {
    id: 'trachea',
    name: 'Trachea (windpipe)',
    forms: ['trachea', 'windpipe', 'wind pipe'],
    category: 'body',
    summary:
      'The trachea, or windpipe, is the tube that carries air from your throat down into your chest. There it splits into two tubes, one for each lung.',
    details:
      'The windpipe starts just below your voice box and runs down the front of your neck behind the breastbone. Rings of firm tissue called cartilage keep it open so air can pass freely. At its lower end it divides into the two main bronchi. Like the rest of the airways, it is lined with mucus and tiny hairs that help keep dust and germs out of the lungs. A tumor in or near the windpipe can narrow it and make breathing hard. Doctors can look inside it during a bronchoscopy.',
    related: ['airways', 'bronchi', 'bronchoscopy', 'shortness-of-breath'],
    sources: [NHLBI_RESPIRATORY],
    reviewed: '2026-11-25',
  },
  {
    id: 'pleura',
    name: 'Pleura',
    forms: ['pleura', 'pleurae', 'pleural lining', 'lining of the lung', 'pleural space', 'pleural cavity'],
    category: 'body',
    summary:
      'The pleura is a thin layer of tissue that covers your lungs and lines the inside of your chest. It helps your lungs move smoothly when you breathe.',
    details:
      'The pleura has two layers. One wraps around the outside of each lung, and the other lines the inside of the chest wall. Between them is a very thin space with a small amount of fluid, which lets the layers slide over each other as you breathe. Cancer and other illnesses can cause extra fluid to build up in this space, called a pleural effusion, which can make you short of breath. Mesothelioma is a cancer that can start in the pleura. Doctors can drain fluid from this space with a needle.',
    related: ['pleural-effusion', 'mesothelioma', 'thoracentesis', 'pleurodesis', 'lungs'],
    sources: [
      { title: 'Pleural Disorders', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/pleuraldisorders.html' },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'spinal-cord',
    name: 'Spinal cord',
    forms: ['spinal cord'],
    category: 'body',
    summary:
      'The spinal cord is a long bundle of nerves that runs down the middle of your back. It carries messages between your brain and the rest of your body.',
    details:
      'The spinal cord runs from the base of your brain down through a tunnel in the bones of your spine, which protect it. Nerves branch off it to reach your arms, legs, chest and belly. Through these nerves it carries signals for movement and feeling, and helps control the bladder and bowels. If something presses on the spinal cord, such as a tumor that has spread to the spine, it can cause back pain, weakness, numbness or loss of bladder control. This is called spinal cord compression and needs treatment right away.',
    related: ['spine', 'spinal-cord-compression', 'leg-weakness', 'numbness', 'mri'],
    sources: [MEDLINEPLUS_SPINAL_CORD],
    reviewed: '2026-11-25',
  },
  {
    id: 'spine',
    name: 'Spine',
    forms: ['spine', 'spinal column', 'backbone', 'vertebra', 'vertebrae', 'vertebral column'],
    category: 'body',
    summary:
      'Your spine, or backbone, is the column of small bones that runs from your skull down to your pelvis. It holds you up and protects your spinal cord.',
    details:
      'The spine is made of stacked bones called vertebrae, with soft disks between them that act as cushions. Together they let you bend and twist while supporting your head and body. A tunnel through the middle of the bones protects the spinal cord. Lung cancer that spreads to the bones often reaches the spine. This can cause back pain, weaken the bones so they break more easily, or press on the spinal cord. Doctors use imaging tests such as MRI, CT or bone scans to look at the spine.',
    related: ['spinal-cord', 'back-pain', 'bone-metastasis', 'spinal-cord-compression', 'bone-scan'],
    sources: [
      MEDLINEPLUS_SPINAL_CORD,
      {
        title: 'Signs and Symptoms of Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/detection-diagnosis-staging/signs-symptoms.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'lymph-nodes',
    name: 'Lymph nodes',
    forms: ['lymph node', 'lymph gland', 'lymphatic node'],
    category: 'body',
    summary:
      'Lymph nodes are small, bean-shaped glands that are part of your immune system. They filter fluid from your tissues and hold white blood cells that fight germs.',
    details:
      'You have hundreds of lymph nodes, linked by thin tubes that carry a clear fluid called lymph. Groups of them sit in your neck, armpits, chest, belly and groin. They trap germs and other harmful things so white blood cells can destroy them. Cancer cells can also travel through the lymph tubes and settle in the nodes. For lung cancer, doctors check whether nearby lymph nodes in the chest contain cancer. This helps decide the stage of the cancer and the best treatment.',
    related: ['swollen-lymph-nodes', 'metastasis', 'tnm-staging', 'mediastinoscopy', 'endobronchial-ultrasound'],
    sources: [
      {
        title: 'Definition of lymph node - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/lymph-node',
      },
      NCI_NSCLC_PDQ,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'diaphragm',
    name: 'Diaphragm',
    forms: ['diaphragm', 'diaphragm muscle'],
    category: 'body',
    summary:
      'The diaphragm is a large, dome-shaped muscle under your lungs. It is the main muscle you use to breathe.',
    details:
      'The diaphragm sits between your chest and your belly. When you breathe in, it tightens and moves down. This makes more room in your chest, so your lungs can fill with air. When you breathe out, it relaxes and moves back up, pushing air out. Muscles between your ribs help it. Problems that stop the diaphragm from moving well, such as fluid around the lungs or nerve damage, can make you short of breath.',
    related: ['lungs', 'shortness-of-breath', 'pleura', 'spirometry'],
    sources: [NHLBI_RESPIRATORY],
    reviewed: '2026-11-25',
  },
  {
    id: 'bone-marrow',
    name: 'Bone marrow',
    forms: ['bone marrow'],
    category: 'body',
    summary:
      'Bone marrow is the soft, spongy tissue inside most of your bones. It makes your blood cells: red cells, white cells and platelets.',
    details:
      'Red blood cells carry oxygen, white blood cells fight infection, and platelets help your blood clot. The bone marrow makes all of these all the time. Some cancer treatments, especially chemotherapy, can slow the bone marrow down for a while. This can lead to anemia, a higher chance of infection, or bleeding and bruising. Your care team checks your blood counts with blood tests during treatment. In some cases, cancer can spread into the bone marrow.',
    related: ['anemia', 'chemotherapy', 'blood-test', 'side-effects'],
    sources: [
      {
        title: 'Definition of bone marrow - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/bone-marrow',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'adrenal-glands',
    name: 'Adrenal glands',
    forms: ['adrenal gland', 'suprarenal gland'],
    category: 'body',
    summary:
      'The adrenal glands are two small glands, one on top of each kidney. They make hormones that help control your heart rate, blood pressure and response to stress.',
    details:
      'These glands make several important hormones, including cortisol and adrenaline. Lung cancer that has spread can sometimes reach the adrenal glands. This often causes no symptoms and is usually found on a CT or PET scan done to check for spread. Cancer in an adrenal gland is a sign of advanced disease, and it changes the stage of the cancer. Not every lump on an adrenal gland is cancer, so doctors may need more tests, such as a biopsy, to know what it is.',
    related: ['metastasis', 'ct-scan', 'pet-scan', 'incidental-finding', 'cancer-stage'],
    sources: [
      {
        title: 'Definition of adrenal gland - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/adrenal-gland',
      },
      NCI_NSCLC_PDQ,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'liver',
    name: 'Liver',
    forms: ['liver'],
    category: 'body',
    summary:
      'The liver is a large organ in the upper right part of your belly. It cleans your blood, makes bile to help digest food, and does many other jobs.',
    details:
      'The liver filters harmful things out of your blood and makes bile, a fluid that helps your body break down fats. It has many other jobs too. Lung cancer can spread to the liver. This may cause no symptoms at first. Later it can cause pain on the right side of the belly, loss of appetite, or jaundice, which is yellowing of the skin and eyes. Doctors check the liver with blood tests and imaging tests such as CT, ultrasound or PET scans.',
    related: ['jaundice', 'metastasis', 'blood-test', 'ultrasound'],
    sources: [
      {
        title: 'Definition of liver - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/liver',
      },
      {
        title: 'Signs and Symptoms of Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/detection-diagnosis-staging/signs-symptoms.html',
      },
    ],
    reviewed: '2026-11-25',
  },
];
