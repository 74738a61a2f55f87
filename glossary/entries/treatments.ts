import type { TermEntry } from '../types';

export const treatmentTerms: TermEntry[] = [
  {
    id: 'surgery',
    name: 'Surgery',
    forms: [
      'surgery',
      'surgeries',
      'cancer surgery',
      'lung surgery',
      'lung cancer surgery',
      'surgical treatment',
      'surgical resection',
      'lung resection',
    ],
    category: 'treatment',
    summary:
      'Surgery is an operation to take out cancer. For lung cancer, the surgeon may remove a small piece of lung, a lobe, or a whole lung.',
    details:
      'Surgery works best when the cancer is in one place and has not spread far. For early lung cancer it can offer the best chance of a cure. The surgeon also takes out nearby lymph nodes so they can be checked for cancer. Some operations use one larger cut in the chest; others use a few small cuts and a camera. Before surgery, doctors test how well your lungs work to make sure you can breathe well with less lung. Recovery can take weeks. Pain, infection, bleeding and feeling short of breath are possible side effects. Other treatments may be given before or after surgery.',
    related: ['lobectomy', 'pneumonectomy', 'wedge-resection', 'segmentectomy', 'adjuvant-therapy'],
    sources: [
      {
        title: 'Surgery to Treat Cancer',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/types/surgery',
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
    id: 'radiation-therapy',
    name: 'Radiation therapy',
    forms: [
      'radiation therapy',
      'radiation therapies',
      'radiotherapy',
      'radiotherapies',
      'radiation treatment',
      'external beam radiation',
      'external beam radiation therapy',
      'brachytherapy',
    ],
    category: 'treatment',
    summary:
      'Radiation therapy uses strong beams of energy, such as x-rays, to kill cancer cells and shrink tumors. It is aimed at one part of the body.',
    details:
      'Radiation harms the DNA inside cancer cells so they stop growing and die. The cells do not die right away; it can take days or weeks. Most people get the beams from a machine outside the body, often on weekdays for several weeks. Each visit is short and does not hurt. Sometimes a radioactive source is placed inside the body near the tumor instead. Radiation may be the main treatment, or it may be used with surgery or chemotherapy. It can also ease pain, such as pain from cancer in the bones. Side effects depend on the area treated and may include tiredness and skin changes.',
    related: ['sbrt', 'chemotherapy', 'bone-metastasis', 'side-effects', 'palliative-care'],
    sources: [
      {
        title: 'Radiation Therapy to Treat Cancer',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/types/radiation-therapy',
      },
      {
        title: 'Radiation Therapy',
        publisher: 'MedlinePlus',
        url: 'https://medlineplus.gov/radiationtherapy.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'chemotherapy',
    name: 'Chemotherapy',
    forms: ['chemotherapy', 'chemotherapies', 'chemo', 'chemotherapy drug', 'cytotoxic chemotherapy'],
    category: 'treatment',
    summary:
      'Chemotherapy, or "chemo," uses strong drugs to kill cancer cells or slow their growth. The drugs travel through the blood to reach most of the body.',
    details:
      'Chemo drugs attack cells that grow and divide fast, which is what cancer cells do. Some healthy cells also grow fast, such as those in the hair, mouth and gut, so chemo can cause hair loss, mouth sores, nausea and tiredness. Most side effects fade after treatment ends. For lung cancer, chemo is usually given through a vein, though some drugs are pills. It is given in cycles: treatment days followed by rest days so the body can recover. Chemo may be used before surgery to shrink a tumor, after surgery to kill cells left behind, or with radiation, immunotherapy or targeted drugs.',
    related: ['side-effects', 'adjuvant-therapy', 'neoadjuvant-therapy', 'immunotherapy', 'nausea'],
    sources: [
      {
        title: 'Chemotherapy to Treat Cancer',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/types/chemotherapy',
      },
      {
        title: 'Chemotherapy for Non-Small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/non-small-cell-lung-cancer/treating/chemotherapy.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'targeted-therapy',
    name: 'Targeted therapy',
    forms: [
      'targeted therapy',
      'targeted therapies',
      'targeted drug therapy',
      'targeted drug',
      'targeted treatment',
      'targeted cancer therapy',
      'targeted cancer therapies',
      'tyrosine kinase inhibitor',
      'TKI',
    ],
    category: 'treatment',
    summary:
      'Targeted therapy uses drugs that block certain genes or proteins that help cancer cells grow. It works only if the tumor has the target the drug is made for.',
    details:
      'Some lung cancers have changes in genes such as EGFR, ALK, ROS1 or KRAS. These changes make proteins that drive the cancer to grow. Targeted drugs are built to block these proteins. Before choosing one, doctors test a sample of the tumor, or sometimes the blood, to see which changes it has. Many targeted drugs are pills taken at home. They work in a different way than chemo, so they can help when chemo does not, and their side effects are often different. They are most often used for advanced lung cancer. Over time, cancer cells may stop responding, and the drug may need to change.',
    related: ['biomarker-testing', 'gene-mutation', 'egfr', 'alk', 'kras'],
    sources: [
      {
        title: 'Targeted Therapy to Treat Cancer',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/types/targeted-therapies',
      },
      {
        title: 'Targeted Drug Therapy for Non-Small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/treating-non-small-cell/targeted-therapies.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'immunotherapy',
    name: 'Immunotherapy',
    forms: ['immunotherapy', 'immunotherapies', 'immune therapy', 'cancer immunotherapy', 'immuno-oncology'],
    category: 'treatment',
    summary:
      "Immunotherapy is a drug treatment that helps your immune system find and kill cancer cells. Your immune system is how your body fights germs.",
    details:
      'Your immune system fights germs, but cancer cells can find ways to hide from it. Immunotherapy drugs help the immune system spot and kill cancer cells. For lung cancer, the most common type is a checkpoint inhibitor, which takes the "brakes" off immune cells. These drugs are usually given through a vein every few weeks. They may be used alone or with chemo. Because they boost the immune system, they can cause it to attack healthy parts of the body, such as the lungs, gut, skin or glands. Tell your care team about new cough, diarrhea, rash or other changes right away.',
    related: ['checkpoint-inhibitor', 'pd-l1', 'chemotherapy', 'side-effects', 'biomarker-testing'],
    sources: [
      {
        title: 'Immunotherapy to Treat Cancer',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy',
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
    id: 'pain-medicine',
    name: 'Pain medicine',
    forms: [
      'pain medicine',
      'pain medication',
      'pain reliever',
      'pain relief medicine',
      'painkiller',
      'pain killer',
      'pain pill',
      'analgesic',
      'acetaminophen',
      'paracetamol',
    ],
    category: 'treatment',
    summary:
      'Pain medicines ease pain. They range from mild ones you can buy at a store to strong ones a doctor must prescribe. They treat the pain, not the cause.',
    details:
      'Doctors pick a pain medicine based on how bad the pain is. Mild pain is often treated with acetaminophen or NSAIDs such as ibuprofen. Moderate to severe pain may need an opioid, sometimes along with a milder drug. Other medicines, such as some antidepressants, seizure drugs or steroids, can help with nerve pain or swelling. Cancer pain is often best controlled by taking medicine on a regular schedule rather than waiting for pain to get bad. Your doctor may also give extra doses for pain that breaks through. Tell your care team if your pain is not controlled or if side effects bother you.',
    related: ['opioids', 'nsaids', 'back-pain', 'bone-pain', 'palliative-care'],
    sources: [
      {
        title: 'Cancer Pain (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/pain/pain-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'complementary-therapy',
    name: 'Complementary therapy',
    forms: [
      'complementary therapy',
      'complementary therapies',
      'complementary medicine',
      'complementary treatment',
      'complementary and alternative medicine',
      'complementary and integrative medicine',
      'complementary health approach',
      'integrative medicine',
      'integrative oncology',
      'CAM',
    ],
    category: 'treatment',
    summary:
      'Complementary therapies, such as massage or meditation, are used along with standard cancer care. They may ease pain, stress or side effects. They do not cure cancer.',
    details:
      'Complementary therapies are not part of standard medical care, but many people use them to feel better during and after cancer treatment. Examples include acupuncture, massage therapy, meditation, yoga and music therapy. The idea is to add them to standard treatment, never to swap them in for it. Using an unproven method in place of medical care can let cancer grow. Some products, such as certain herbs and supplements, can change how cancer drugs work. Talk with your care team before you start any complementary therapy, and tell them about everything you use.',
    related: ['acupuncture', 'massage-therapy', 'meditation', 'pain-medicine', 'palliative-care'],
    sources: [
      {
        title: 'What Are Complementary and Integrative Methods?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/complementary-and-integrative-medicine/complementary-and-alternative-methods-and-cancer/what-are-complementary-and-integrative-methods.html',
      },
      {
        title: 'Complementary and Alternative Medicine',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/cam',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'acupuncture',
    name: 'Acupuncture',
    forms: ['acupuncture', 'acupuncturist', 'electroacupuncture'],
    category: 'treatment',
    summary:
      'Acupuncture is a practice from traditional Chinese medicine. Very thin needles are put into the skin at certain points. It may help ease pain or nausea.',
    details:
      'In acupuncture, a trained practitioner places fine, sterile, single-use needles at chosen points on the body. The needles may be gently turned, warmed, or given a mild electric current. Most people feel little pain; some feel tingling or heaviness. For people with cancer, acupuncture is used to help with symptoms and side effects such as pain, nausea from chemo, and tiredness. It does not treat the cancer itself. It is usually safe when done by a licensed practitioner. People with low blood counts or other health problems should ask their care team first.',
    related: ['complementary-therapy', 'pain-medicine', 'nausea', 'massage-therapy', 'meditation'],
    sources: [
      {
        title: 'Acupuncture',
        publisher: 'MedlinePlus',
        url: 'https://medlineplus.gov/acupuncture.html',
      },
      {
        title: 'Complementary and Alternative Medicine',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/cam',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'massage-therapy',
    name: 'Massage therapy',
    forms: ['massage therapy', 'massage therapies', 'massage therapist', 'therapeutic massage', 'oncology massage'],
    category: 'treatment',
    summary:
      'Massage therapy uses touch to press, rub and knead the muscles and soft tissues. It may help ease stress, worry and pain during cancer care.',
    details:
      'A massage therapist works on the muscles and soft tissues with strokes that range from light to firm. For people with cancer, massage is used as a complementary therapy to help with relaxation, anxiety, pain and mood. It does not treat the cancer. It is usually safe when given by a trained therapist, but people with cancer may need some changes, such as lighter pressure or avoiding areas affected by the cancer or its treatment. Ask your care team before you start, and look for a therapist who has worked with people who have cancer.',
    related: ['complementary-therapy', 'acupuncture', 'meditation', 'back-pain', 'pain-medicine'],
    sources: [
      {
        title: 'Complementary and Alternative Medicine',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/cam',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'meditation',
    name: 'Meditation',
    forms: ['meditation', 'mindfulness meditation', 'mindfulness-based stress reduction', 'MBSR'],
    category: 'treatment',
    summary:
      'Meditation is a way of training the mind to focus and stay calm, often by paying attention to your breath. It may help with stress, worry and pain.',
    details:
      'There are many kinds of meditation. Most involve a quiet place, a comfortable position, and focusing your attention, for example on your breathing, a word, or what you feel in the moment. Mindfulness meditation teaches you to notice thoughts and feelings without judging them. Studies suggest meditation can help people with cancer feel less anxious and stressed, sleep better, and cope with pain and tiredness. It is a complementary therapy, used along with medical care, not in place of it. Meditation is generally safe. Classes, apps and recordings can help you get started.',
    related: ['complementary-therapy', 'massage-therapy', 'acupuncture', 'fatigue', 'pain-medicine'],
    sources: [
      {
        title: 'Meditation',
        publisher: 'MedlinePlus',
        url: 'https://medlineplus.gov/meditation.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'lobectomy',
    name: 'Lobectomy',
    forms: ['lobectomy', 'lobectomies', 'bilobectomy', 'bilobectomies', 'sleeve lobectomy', 'sleeve lobectomies'],
    category: 'treatment',
    summary:
      'A lobectomy is surgery to take out one lobe, or section, of a lung. It is often used when lung cancer is found in one part of one lung.',
    details:
      'Each lung is split into sections called lobes. The right lung has three and the left lung has two. In a lobectomy, the surgeon removes the whole lobe that holds the tumor, along with nearby lymph nodes to check for spread. Removing a whole lobe takes out the tumor with a wide border of healthy tissue. Removing two lobes is called a bilobectomy. The surgery may be done through one larger cut or a few small ones with a camera. Most people can breathe well with the lung tissue that is left.',
    related: ['surgery', 'pneumonectomy', 'segmentectomy', 'wedge-resection', 'lungs'],
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
    id: 'pneumonectomy',
    name: 'Pneumonectomy',
    forms: ['pneumonectomy', 'pneumonectomies', 'extrapleural pneumonectomy', 'extrapleural pneumonectomies'],
    category: 'treatment',
    summary:
      'A pneumonectomy is surgery to take out a whole lung. It may be needed when a smaller operation could not remove all the cancer.',
    details:
      'A pneumonectomy removes the entire right or left lung. Doctors may suggest it when the size or place of the tumor means that removing only part of the lung would leave cancer behind. Before surgery, breathing tests help show whether you can manage with one lung. Many people live full lives with one lung, but it can be harder to do hard exercise, and some people feel more out of breath than before. Recovery takes time.',
    related: ['surgery', 'lobectomy', 'pulmonary-function-test', 'shortness-of-breath', 'mesothelioma'],
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
    id: 'wedge-resection',
    name: 'Wedge resection',
    forms: ['wedge resection', 'lung wedge resection', 'wedge excision'],
    category: 'treatment',
    summary:
      'A wedge resection is surgery to take out a small piece of lung that holds a tumor. The surgeon also takes a thin rim of healthy tissue around it.',
    details:
      'In a wedge resection, the surgeon removes only the tumor and a small border of normal lung around it. This saves more of the lung than removing a whole lobe. It may be used for a very small, early cancer near the outer edge of the lung, or for people whose breathing is too weak for a larger operation. When the lungs are healthy enough, doctors often prefer to remove more tissue, such as a whole lobe, because that may give a better chance of removing all the cancer. Your surgeon will explain which type fits you.',
    related: ['surgery', 'segmentectomy', 'lobectomy', 'lung-nodule', 'surgical-biopsy'],
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
    id: 'segmentectomy',
    name: 'Segmentectomy',
    forms: ['segmentectomy', 'segmentectomies', 'segmental resection', 'segmental lung resection'],
    category: 'treatment',
    summary:
      'A segmentectomy is surgery to take out one segment, or part of a lobe, of a lung. It removes more than a wedge but less than a whole lobe.',
    details:
      'Each lobe of the lung is made up of smaller parts called segments. In a segmentectomy, the surgeon removes the segment that holds the tumor. This takes a little more tissue than a wedge resection. This keeps more healthy lung than a lobectomy. It may be an option for a small, early cancer, or for people whose lungs could not handle losing a whole lobe. Doctors decide between a wedge, a segment, or a whole lobe based on the size and place of the tumor and how well the lungs work.',
    related: ['surgery', 'wedge-resection', 'lobectomy', 'lungs', 'pulmonary-function-test'],
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
    id: 'sbrt',
    name: 'Stereotactic body radiation therapy (SBRT)',
    forms: [
      'SBRT',
      'SABR',
      'stereotactic body radiation therapy',
      'stereotactic body radiotherapy',
      'stereotactic ablative radiotherapy',
      'stereotactic ablative radiation therapy',
      'stereotactic ablative body radiotherapy',
      'stereotactic radiation therapy',
      'stereotactic radiotherapy',
    ],
    category: 'treatment',
    summary:
      'SBRT is a type of radiation therapy that aims very strong, precise beams at a small tumor. It is given in only a few visits.',
    details:
      'SBRT points many thin beams of radiation at a tumor from different angles. The beams meet at the tumor, so it gets a high dose while nearby healthy tissue gets much less. Special equipment keeps your body in the same position each time. Treatment is usually given in a small number of sessions instead of over several weeks. For lung cancer, SBRT is most often used for small, early tumors in people who cannot have surgery or choose not to. Side effects depend on where the tumor is, and your care team will explain what to watch for.',
    related: ['radiation-therapy', 'surgery', 'lung-nodule', 'nsclc', 'side-effects'],
    sources: [
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
      {
        title: 'Non-small Cell Lung Cancer Treatment by Stage',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/treating-non-small-cell/by-stage.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'checkpoint-inhibitor',
    name: 'Checkpoint inhibitor',
    forms: [
      'checkpoint inhibitor',
      'immune checkpoint inhibitor',
      'checkpoint blockade',
      'immune checkpoint blockade',
      'PD-1 inhibitor',
      'PD-L1 inhibitor',
      'CTLA-4 inhibitor',
      'pembrolizumab',
      'nivolumab',
      'atezolizumab',
      'durvalumab',
      'cemiplimab',
      'ipilimumab',
      'Keytruda',
      'Opdivo',
      'Tecentriq',
      'Imfinzi',
    ],
    category: 'treatment',
    summary:
      'A checkpoint inhibitor is a kind of immunotherapy drug. It takes the "brakes" off your immune cells so they can find and attack cancer.',
    details:
      'Immune cells have "checkpoint" proteins that stop them from attacking healthy cells. Some cancer cells use these checkpoints, such as PD-1 and PD-L1, to hide from the immune system. Checkpoint inhibitors block these proteins so immune cells can find and kill the cancer. For lung cancer, they may be given alone or with chemo, and sometimes after surgery or radiation. They are usually given through a vein every few weeks. A test for PD-L1 on the tumor can help show who may benefit. Because the immune system is boosted, it can attack healthy organs, causing problems such as cough, diarrhea, rash or hormone changes. Report new symptoms quickly.',
    related: ['immunotherapy', 'pd-l1', 'biomarker-testing', 'side-effects', 'chemotherapy'],
    sources: [
      {
        title: 'Immune Checkpoint Inhibitors',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors',
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
    id: 'egfr',
    name: 'EGFR',
    forms: [
      'EGFR',
      'EGFR mutation',
      'EGFR gene',
      'EGFR-positive',
      'EGFR-mutant',
      'EGFR inhibitor',
      'epidermal growth factor receptor',
      'osimertinib',
      'erlotinib',
      'gefitinib',
      'afatinib',
      'dacomitinib',
      'Tagrisso',
    ],
    category: 'treatment',
    summary:
      'EGFR is a gene that helps cells grow. Some lung cancers have a change in this gene, and drugs that block EGFR can often treat them.',
    details:
      'EGFR stands for epidermal growth factor receptor. It is a protein on the surface of cells that tells them to grow and divide. In some non-small cell lung cancers, a change (mutation) in the EGFR gene keeps this signal switched on, so the cancer keeps growing. Biomarker testing of the tumor, or sometimes the blood, shows whether the change is there. If it is, targeted drugs called EGFR inhibitors, such as osimertinib, may be used. Most are pills. They can cause side effects such as rash and diarrhea.',
    related: ['targeted-therapy', 'biomarker-testing', 'gene-mutation', 'adenocarcinoma', 'nsclc'],
    sources: [
      {
        title: 'Targeted Drug Therapy for Non-Small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/treating-non-small-cell/targeted-therapies.html',
      },
      {
        title: 'NCI Dictionary of Cancer Terms: EGFR gene',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/egfr-gene',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'alk',
    name: 'ALK',
    forms: [
      'ALK',
      'ALK-positive',
      'ALK fusion',
      'ALK rearrangement',
      'ALK gene',
      'ALK inhibitor',
      'anaplastic lymphoma kinase',
      'alectinib',
      'crizotinib',
      'lorlatinib',
      'brigatinib',
      'ceritinib',
    ],
    category: 'treatment',
    summary:
      'ALK is a gene. In some lung cancers, part of it joins with another gene and drives the cancer to grow. Drugs that block ALK can treat these cancers.',
    details:
      'ALK stands for anaplastic lymphoma kinase. In a small share of non-small cell lung cancers, about 5 in 100, the ALK gene is rearranged, meaning it has fused with another gene. This makes an abnormal protein that pushes the cancer cells to grow. These cancers are more common in younger people, people who smoked little or never, and people with adenocarcinoma. Biomarker testing of the tumor finds the change. If it is found, targeted pills called ALK inhibitors, such as alectinib or lorlatinib, are often used and can shrink the cancer. Doctors may switch drugs if the cancer stops responding.',
    related: ['targeted-therapy', 'biomarker-testing', 'gene-mutation', 'adenocarcinoma', 'ros1'],
    sources: [
      {
        title: 'Targeted Drug Therapy for Non-Small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/treating-non-small-cell/targeted-therapies.html',
      },
      {
        title: 'NCI Dictionary of Cancer Terms: ALK gene',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/alk-gene',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'kras',
    name: 'KRAS',
    forms: ['KRAS', 'KRAS mutation', 'KRAS gene', 'KRAS G12C', 'K-RAS', 'sotorasib', 'adagrasib'],
    category: 'treatment',
    summary:
      'KRAS is a gene that helps control cell growth. A change in it is one of the most common gene changes in lung cancer. Some KRAS changes can be treated with targeted drugs.',
    details:
      'The KRAS gene makes a protein that passes along signals telling cells to grow. When the gene is changed (mutated), the signal can stay on, and cells may grow out of control. KRAS changes are found in many non-small cell lung cancers. For a long time there were no drugs aimed at KRAS. Now, for one specific change called KRAS G12C, targeted drugs such as sotorasib and adagrasib may be used, most often after other treatment. Biomarker testing of the tumor shows which change, if any, is present.',
    related: ['targeted-therapy', 'biomarker-testing', 'gene-mutation', 'nsclc', 'lung-cancer'],
    sources: [
      {
        title: 'Targeted Drug Therapy for Non-Small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/treating-non-small-cell/targeted-therapies.html',
      },
      {
        title: 'NCI Dictionary of Cancer Terms: KRAS gene',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/kras-gene',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'pd-l1',
    name: 'PD-L1',
    forms: ['PD-L1', 'PD-L1 test', 'PD-L1 expression', 'PD-L1 level', 'PDL1', 'programmed death-ligand 1'],
    category: 'treatment',
    summary:
      'PD-L1 is a protein that some cancer cells use to hide from the immune system. A test for it helps doctors decide whether immunotherapy may help.',
    details:
      'PD-L1 can attach to a protein called PD-1 on immune cells. When they connect, the immune cell is told not to attack. Some tumors make a lot of PD-L1, which helps them escape the body\'s defenses. Checkpoint inhibitor drugs block PD-1 or PD-L1 so immune cells can go after the cancer again. Doctors can test a tumor sample to see how much PD-L1 it has. A higher level may mean immunotherapy is more likely to work, but the test does not predict the result for certain.',
    related: ['checkpoint-inhibitor', 'immunotherapy', 'biomarker-testing', 'biomarker', 'nsclc'],
    sources: [
      {
        title: 'Immune Checkpoint Inhibitors',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors',
      },
      {
        title: 'Biomarker Testing for Cancer Treatment',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/types/biomarker-testing-cancer-treatment',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'ros1',
    name: 'ROS1',
    forms: ['ROS1', 'ROS1-positive', 'ROS1 fusion', 'ROS1 rearrangement', 'ROS1 gene', 'entrectinib', 'repotrectinib'],
    category: 'treatment',
    summary:
      'ROS1 is a gene. In a small number of lung cancers it joins with another gene and helps the cancer grow. Targeted drugs can block it.',
    details:
      'In about 1 or 2 out of 100 non-small cell lung cancers, the ROS1 gene is rearranged, meaning it has fused with part of another gene. The abnormal protein it makes drives the cancer cells to grow. Like ALK changes, ROS1 changes are found more often in younger people, people who never smoked, and people with adenocarcinoma. Biomarker testing of the tumor finds the change. If it is present, targeted pills such as crizotinib, entrectinib or repotrectinib may be used. These drugs can shrink the cancer, though it may stop responding over time.',
    related: ['targeted-therapy', 'biomarker-testing', 'alk', 'gene-mutation', 'adenocarcinoma'],
    sources: [
      {
        title: 'Targeted Drug Therapy for Non-Small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/treating-non-small-cell/targeted-therapies.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'palliative-care',
    name: 'Palliative care',
    forms: [
      'palliative care',
      'palliative treatment',
      'palliative therapy',
      'palliative medicine',
      'supportive care',
      'palliative care team',
    ],
    category: 'treatment',
    summary:
      'Palliative care is care that eases pain, other symptoms and stress from a serious illness. You can get it at any stage, along with treatment for the cancer.',
    details:
      'The goal of palliative care is to help you feel as well as you can and have the best quality of life. A team of doctors, nurses, social workers and others helps with pain, shortness of breath, tiredness, worry, and practical or spiritual concerns. It also supports your family. Palliative care is not the same as hospice: you do not have to stop cancer treatment to get it, and it can start as soon as cancer is found. It can be given in the hospital, in a clinic or at home. Ask your care team for a referral if symptoms are hard to manage.',
    related: ['hospice', 'pain-medicine', 'shortness-of-breath', 'fatigue', 'oncologist'],
    sources: [
      {
        title: 'Palliative Care in Cancer',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/advanced-cancer/care-choices/palliative-care-fact-sheet',
      },
      {
        title: 'Palliative Care',
        publisher: 'MedlinePlus',
        url: 'https://medlineplus.gov/palliativecare.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'hospice',
    name: 'Hospice',
    forms: ['hospice', 'hospice care', 'hospice program', 'end-of-life care'],
    category: 'treatment',
    summary:
      'Hospice is care for people near the end of life when cancer can no longer be cured or controlled. It focuses on comfort, not on treating the cancer.',
    details:
      'Hospice care is usually offered when a doctor expects a person to live about six months or less. A team of nurses, doctors, social workers, aides, chaplains and volunteers works to control pain and other symptoms and to support emotional and spiritual needs. The family is part of the plan, and help often continues for them after a death. Most hospice care is given at home, but it can also be given in a hospice center, hospital or nursing home. Choosing hospice does not mean giving up hope; it shifts the focus to quality of life. People can leave hospice if their situation changes.',
    related: ['palliative-care', 'pain-medicine', 'prognosis', 'medicare', 'opioids'],
    sources: [
      {
        title: 'What Is Hospice Care?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/treatment/end-of-life-care/hospice-care/what-is-hospice-care.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'opioids',
    name: 'Opioids',
    forms: [
      'opioid',
      'opiate',
      'opioid pain medicine',
      'opioid pain reliever',
      'narcotic pain medicine',
      'narcotic pain reliever',
      'morphine',
      'oxycodone',
      'hydrocodone',
      'hydromorphone',
      'fentanyl',
      'methadone',
      'codeine',
      'tramadol',
    ],
    category: 'treatment',
    summary:
      'Opioids are strong pain medicines, such as morphine. Doctors use them when pain is moderate or severe, such as some pain from cancer.',
    details:
      'Opioids act on the brain and nerves to dull the feeling of pain. They may be given as pills, liquids, skin patches or shots. Common side effects include constipation, sleepiness and nausea; your care team can help manage them. Opioids can be misused, so take them only as prescribed, store them in a safe place, and never share them. Do not mix them with alcohol or sleep aids unless your doctor says it is safe. Most people who take opioids for cancer pain as directed do not become addicted. Do not stop them suddenly without talking to your doctor.',
    related: ['pain-medicine', 'nsaids', 'palliative-care', 'bone-pain', 'side-effects'],
    sources: [
      {
        title: 'Opioids for Cancer Pain',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/pain/opioid-pain-medicines-for-cancer-pain.html',
      },
      {
        title: 'Cancer Pain (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/pain/pain-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'nsaids',
    name: 'NSAIDs',
    forms: [
      'NSAID',
      'nonsteroidal anti-inflammatory drug',
      'non-steroidal anti-inflammatory drug',
      'anti-inflammatory drug',
      'anti-inflammatory medicine',
      'ibuprofen',
      'naproxen',
      'aspirin',
      'celecoxib',
      'Advil',
      'Motrin',
      'Aleve',
    ],
    category: 'treatment',
    summary:
      'NSAIDs are pain medicines that also bring down swelling. Ibuprofen, naproxen and aspirin are NSAIDs. Many can be bought at a store.',
    details:
      'NSAID stands for nonsteroidal anti-inflammatory drug. These medicines ease mild to moderate pain, lower fever and reduce swelling. For cancer pain, they may be used alone or together with stronger medicines such as opioids, and they can help with bone pain. NSAIDs can upset or damage the stomach and cause bleeding, and they can affect the kidneys, heart and blood pressure. They can also make it harder for blood to clot, which matters if chemo has lowered your platelet count. Ask your care team before taking them, and do not take more than the label or your doctor says.',
    related: ['pain-medicine', 'opioids', 'bone-pain', 'inflammation', 'side-effects'],
    sources: [
      {
        title: 'Pain Relievers',
        publisher: 'MedlinePlus',
        url: 'https://medlineplus.gov/painrelievers.html',
      },
      {
        title: 'Cancer Pain (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/pain/pain-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'physical-therapy',
    name: 'Physical therapy',
    forms: ['physical therapy', 'physical therapist', 'physiotherapy', 'physiotherapist'],
    category: 'treatment',
    summary:
      'Physical therapy uses exercise and hands-on care to help you move better, build strength and ease pain. A trained physical therapist guides you.',
    details:
      'A physical therapist checks how you move and then makes a plan to help you regain strength, balance and movement, and to lower pain. The plan may include exercises, stretches, help with walking, and treatments such as heat, cold or gentle hands-on work. It can help people recover after surgery or an illness, and during and after cancer care it may help with pain, weakness and balance problems. You often do some exercises at home between visits.',
    related: ['back-pain', 'leg-weakness', 'balance-problems', 'fatigue', 'surgery'],
    sources: [
      {
        title: 'Physical Therapy',
        publisher: 'MedlinePlus',
        url: 'https://medlineplus.gov/physicaltherapy.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'oxygen-therapy',
    name: 'Oxygen therapy',
    forms: [
      'oxygen therapy',
      'supplemental oxygen',
      'home oxygen',
      'home oxygen therapy',
      'oxygen concentrator',
      'oxygen tank',
      'oxygen treatment',
    ],
    category: 'treatment',
    summary:
      'Oxygen therapy gives you extra oxygen to breathe when your blood has too little. It comes through small tubes in the nose or a mask.',
    details:
      'Some lung and heart problems, such as COPD, can keep enough oxygen from getting into the blood. A doctor checks your oxygen level and prescribes how much oxygen you need and when to use it. The oxygen may come from a tank, a machine called a concentrator, or a portable unit. It can help with shortness of breath and tiredness and is often used at home. Oxygen makes fire spread fast, so never smoke or use open flames near it. Use it only as prescribed, since too much can also cause harm.',
    related: ['shortness-of-breath', 'copd', 'lungs', 'palliative-care', 'pulmonologist'],
    sources: [
      {
        title: 'Oxygen Therapy',
        publisher: 'National Heart, Lung, and Blood Institute',
        url: 'https://www.nhlbi.nih.gov/health/oxygen-therapy',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'pleurodesis',
    name: 'Pleurodesis',
    forms: ['pleurodesis', 'pleurodeses', 'talc pleurodesis', 'chemical pleurodesis', 'surgical pleurodesis', 'talc poudrage'],
    category: 'treatment',
    summary:
      'Pleurodesis is a procedure to stop fluid from building up around a lung again. It makes the two layers of lining around the lung stick together.',
    details:
      'Cancer can cause fluid to collect in the space between the lung and the chest wall, called a pleural effusion. This can make it hard to breathe. In pleurodesis, the fluid is first drained, often through a chest tube. Then a substance such as talc is put into the space. It irritates the two thin linings so they stick together and close the space, leaving little room for fluid to return. The substance may go in through the chest tube or be sprayed in during a small operation. The goal is to ease breathing and comfort, not to treat the cancer itself.',
    related: ['pleural-effusion', 'pleura', 'thoracentesis', 'shortness-of-breath', 'palliative-care'],
    sources: [
      {
        title: 'Pleural effusion',
        publisher: 'MedlinePlus',
        url: 'https://medlineplus.gov/ency/article/000086.htm',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'adjuvant-therapy',
    name: 'Adjuvant therapy',
    forms: [
      'adjuvant therapy',
      'adjuvant therapies',
      'adjuvant treatment',
      'adjuvant chemotherapy',
      'adjuvant chemo',
      'adjuvant radiation',
      'adjuvant immunotherapy',
    ],
    category: 'treatment',
    summary:
      'Adjuvant therapy is treatment given after surgery to kill any cancer cells that may be left. It lowers the chance that the cancer comes back.',
    details:
      'Even when a surgeon removes all the cancer that can be seen, tiny groups of cancer cells may remain or may already have spread. They are too small to show up on scans. Adjuvant therapy tries to destroy these cells. For lung cancer it may be chemo, radiation, a targeted drug, or immunotherapy, alone or together. Whether you need it depends on the stage of the cancer, what the pathology report shows, and your health. Your doctor will explain how likely it is to help and what side effects to expect.',
    related: ['neoadjuvant-therapy', 'surgery', 'chemotherapy', 'recurrence', 'cancer-stage'],
    sources: [
      {
        title: 'Chemotherapy for Non-Small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/non-small-cell-lung-cancer/treating/chemotherapy.html',
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
    id: 'neoadjuvant-therapy',
    name: 'Neoadjuvant therapy',
    forms: [
      'neoadjuvant therapy',
      'neoadjuvant therapies',
      'neoadjuvant treatment',
      'neoadjuvant chemotherapy',
      'neoadjuvant chemo',
      'neoadjuvant immunotherapy',
      'preoperative chemotherapy',
    ],
    category: 'treatment',
    summary:
      'Neoadjuvant therapy is treatment given before surgery. The goal is to shrink the tumor so it is easier to take out.',
    details:
      'Before some lung cancer operations, doctors give treatment first to make the tumor smaller. This may be chemo, sometimes with immunotherapy or radiation. A smaller tumor may be easier to take out, and a smaller operation may be possible. The treatment may also attack cancer cells that have spread but are too small to see. After surgery, the removed tissue is checked to see how well the treatment worked, which can guide next steps. More treatment, called adjuvant therapy, may follow surgery.',
    related: ['adjuvant-therapy', 'surgery', 'chemotherapy', 'immunotherapy', 'pathology-report'],
    sources: [
      {
        title: 'Chemotherapy for Non-Small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/non-small-cell-lung-cancer/treating/chemotherapy.html',
      },
      {
        title: 'Non-Small Cell Lung Cancer Treatment (PDQ®)–Patient Version',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/types/lung/patient/non-small-cell-lung-treatment-pdq',
      },
    ],
    reviewed: '2026-11-25',
  },
];
