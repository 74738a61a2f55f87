import type { TermEntry, TermSource } from '../types';

// Pages checked on 2026-11-26; each was found at exactly this address.
const ACS_NSCLC_CHEMO: TermSource = {
  title: 'Chemotherapy for Non-Small Cell Lung Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/non-small-cell-lung-cancer/treating/chemotherapy.html',
};
const ACS_RADIATION_GLOSSARY: TermSource = {
  title: 'radiation therapy (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/r/radiation_therapy.html',
};
const ACS_NSCLC_TARGETED: TermSource = {
  title: 'Targeted Drug Therapy for Non-Small Cell Lung Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/types/lung-cancer/treating-non-small-cell/targeted-therapies.html',
};
const ALA_LUNG_CANCER_DIAGNOSIS: TermSource = {
  title: 'How Is Lung Cancer Diagnosed?',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed',
};
const ACS_COMPLEMENTARY: TermSource = {
  title: 'What Are Complementary and Integrative Methods?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/complementary-and-integrative-medicine/complementary-and-alternative-methods-and-cancer/what-are-complementary-and-integrative-methods.html',
};
const ACS_OPIOIDS: TermSource = {
  title: 'Opioids for Cancer Pain',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/pain/opioid-pain-medicines-for-cancer-pain.html',
};
const ACS_OPIOIDS_SAFE_USE: TermSource = {
  title: 'Opioids for Cancer Pain (How to use opioids safely)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/pain/opioid-pain-medicines-for-cancer-pain.html',
};
const ACS_SEGMENTAL_RESECTION_GLOSSARY: TermSource = {
  title: 'segmental resection (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/s/segmental_resection.html',
};
const NCI_STEREOTACTIC_RT: TermSource = {
  title: 'Definition of stereotactic radiation therapy - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/stereotactic-radiation-therapy',
};
const NCI_EGFR: TermSource = {
  title: 'Definition of EGFR - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/egfr',
};
const NCI_ALK_PROTEIN: TermSource = {
  title: 'Definition of anaplastic lymphoma receptor tyrosine kinase - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/anaplastic-lymphoma-receptor-tyrosine-kinase',
};
const NCI_ALK_POSITIVE: TermSource = {
  title: 'Definition of ALK-positive cancer - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/796880',
};
const MEDLINEPLUS_KRAS: TermSource = {
  title: 'KRAS gene',
  publisher: 'MedlinePlus Genetics',
  url: 'https://medlineplus.gov/genetics/gene/kras/',
};
const NCI_ROS1_POSITIVE: TermSource = {
  title: 'Definition of ROS1 positive - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/ros1-positive',
};
const ACS_PALLIATIVE_GLOSSARY: TermSource = {
  title: 'palliative care or treatment (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/palliate.html',
};
const ACS_HOSPICE: TermSource = {
  title: 'What Is Hospice Care?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/end-of-life-care/hospice-care/what-is-hospice-care.html',
};
const ALA_LUNG_CANCER_SURGERY: TermSource = {
  title: 'Lung Cancer Surgery',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/treatment/types-of-treatment/lung-cancer-surgery',
};
// Stored at the bare host cancer.org; cited as checked.
const ACS_NSCLC_PALLIATIVE: TermSource = {
  title: 'Palliative Procedures for Non-Small Cell Lung Cancer',
  publisher: 'American Cancer Society',
  url: 'https://cancer.org/cancer/lung-cancer/treating-non-small-cell/palliative.html',
};
// Stored at http://www.cancer.gov/...; cited with https (same host and path).
const NCI_PNEUMONECTOMY: TermSource = {
  title: 'pneumonectomy (NCI Dictionary of Cancer Terms)',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/dictionary?CdrID=46224',
};
const NCI_WEDGE_RESECTION: TermSource = {
  title: 'wedge resection (NCI Dictionary of Cancer Terms)',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/dictionary?CdrID=322895',
};
const ACS_SURGICAL_MARGIN_GLOSSARY: TermSource = {
  title: 'surgical margin (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/s/surgical_margin.html',
};
const NCI_IMMUNOTHERAPY: TermSource = {
  title: 'Immunotherapy to Treat Cancer',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy',
};
const ACS_CHECKPOINT_INHIBITORS: TermSource = {
  title: 'Immune Checkpoint Inhibitors and Their Side Effects',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/immunotherapy/immune-checkpoint-inhibitors.html',
};
const ACS_WHAT_IS_PALLIATIVE_CARE: TermSource = {
  title: 'What Is Palliative Care?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/palliative-care/what-is-palliative-care.html',
};
const ALA_PALLIATIVE_CARE: TermSource = {
  title: 'Supportive (Palliative) Care for Lung Cancer',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/treatment/types-of-treatment/supportive-palliative-care',
};
const NHLBI_OXYGEN_THERAPY: TermSource = {
  title: 'Oxygen Therapy',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health-topics/oxygen-therapy',
};
const NHLBI_PULMONARY_REHAB: TermSource = {
  title: 'Pulmonary Rehabilitation',
  publisher: 'National Heart, Lung, and Blood Institute',
  url: 'https://www.nhlbi.nih.gov/health-topics/pulmonary-rehabilitation',
};
const ACS_CANCER_REHAB: TermSource = {
  title: 'What Is Cancer Rehabilitation?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/survivorship/be-healthy-after-treatment/what-is-cancer-rehabilitation.html',
};

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
      'Surgery is an operation to take out cancer. For lung cancer, the surgeon takes out the tumor and some of the healthy lung around it.',
    details:
      'Lung cancer surgery may take out part of a lung or a whole lung. Lymph nodes near the tumor are often removed too. Surgery is often the best choice when the cancer is in one place and is not likely to have spread. It is not an option for everyone. That depends on the type, place and stage of the cancer and on other health problems. The edge of the removed tissue is called the margin. If no cancer cells are found at the margin, it is a sign that none of the cancer was left behind. If cancer cells are found there, more surgery may be needed. Chemo may be given before surgery to shrink a tumor, or after it to kill cancer cells that may be left.',
    related: ['lobectomy', 'pneumonectomy', 'wedge-resection', 'segmentectomy', 'adjuvant-therapy'],
    sources: [ALA_LUNG_CANCER_SURGERY, ACS_SURGICAL_MARGIN_GLOSSARY, ACS_NSCLC_CHEMO],
    reviewed: '2026-11-26',
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
      'Radiation therapy uses strong rays, such as x-rays, to kill cancer cells and shrink tumors. The rays may come from a machine or from a source put in the tumor.',
    details:
      'The rays may come from a machine outside the body. Or a radioactive source may be placed in the tumor, which is called brachytherapy or internal radiation. Radiation may be used before surgery to shrink a cancer, after surgery to kill cancer cells that are left, or as the main treatment. For lung cancer that has grown into nearby tissue, it is sometimes given along with chemo when surgery is not an option. It can also be used to ease the symptoms of advanced cancer when a cure is not the goal. Ask your care team what side effects to expect.',
    related: ['sbrt', 'chemotherapy', 'bone-metastasis', 'side-effects', 'palliative-care'],
    sources: [ACS_RADIATION_GLOSSARY, ACS_NSCLC_CHEMO],
    reviewed: '2026-11-26',
  },
  {
    id: 'chemotherapy',
    name: 'Chemotherapy',
    forms: ['chemotherapy', 'chemotherapies', 'chemo', 'chemotherapy drug', 'cytotoxic chemotherapy'],
    category: 'treatment',
    summary:
      'Chemotherapy, or chemo, uses strong anti-cancer drugs. They are put into a vein or taken by mouth, and they travel through the blood to reach most of the body.',
    details:
      'Not everyone with lung cancer needs chemo. It depends on the stage of the cancer and other things. Chemo may be given before surgery to shrink a tumor so it is easier to remove. It may be given after surgery to kill cancer cells that were left behind or have spread but are too small to see on scans. Sometimes it is given with radiation as the main treatment, or used when cancer has spread to other parts of the body. Two chemo drugs are often given together. Some people also get a targeted drug or immunotherapy, alone or with chemo. Chemo can cause side effects, so ask your care team what to expect.',
    related: ['side-effects', 'adjuvant-therapy', 'neoadjuvant-therapy', 'immunotherapy', 'nausea'],
    sources: [ACS_NSCLC_CHEMO],
    reviewed: '2026-11-26',
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
      'Targeted therapy uses drugs that act on certain changes in cancer cells that help them grow. Which drug is used depends on the changes found in the cancer.',
    details:
      'Doctors have learned about changes inside lung cancer cells that help them grow. Targeted drugs are made to act on these changes. They work in a different way than chemo, so they sometimes help when chemo does not, and their side effects are often different. For lung cancer, they are most often used when the cancer is advanced, either alone or with chemo. Some are used when the cancer has a change in a gene such as EGFR. Testing a sample of the cancer shows which changes it has, which helps doctors choose a drug.',
    related: ['biomarker-testing', 'gene-mutation', 'egfr', 'alk', 'kras'],
    sources: [ACS_NSCLC_TARGETED, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
  },
  {
    id: 'immunotherapy',
    name: 'Immunotherapy',
    forms: ['immunotherapy', 'immunotherapies', 'immune therapy', 'cancer immunotherapy', 'immuno-oncology'],
    category: 'treatment',
    summary:
      'Immunotherapy is a treatment that helps your immune system fight cancer. Your immune system helps your body fight germs and disease.',
    details:
      'Cancer cells have ways to hide from the immune system or to turn immune cells off. Immunotherapy helps the immune system act more strongly against the cancer. There are several kinds. One kind is the group of drugs called immune checkpoint inhibitors. They block checkpoints, which normally keep immune responses from getting too strong, so immune cells can respond more strongly to the cancer. For some people with lung cancer, an immunotherapy drug is given by itself or along with chemo. Your care team will explain whether it fits your cancer and which side effects to watch for.',
    related: ['checkpoint-inhibitor', 'pd-l1', 'chemotherapy', 'side-effects', 'biomarker-testing'],
    sources: [NCI_IMMUNOTHERAPY, ACS_NSCLC_CHEMO],
    reviewed: '2026-11-26',
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
      'Pain medicines ease pain. Some are mild. Stronger ones, called opioids, are used for moderate to severe pain, such as some pain from cancer.',
    details:
      'Pain from cancer can come from the cancer itself or from its treatment. Medicines that ease pain are a standard part of cancer care. Your care team may prescribe an opioid if your pain gets worse or is severe. Pain medicines can affect people in different ways, and some can interact with other drugs. Tell each doctor about all the medicines you take. Take pain medicine only as your care team tells you. Let them know if your pain is not under control or if side effects bother you.',
    related: ['opioids', 'nsaids', 'back-pain', 'bone-pain', 'palliative-care'],
    sources: [ACS_OPIOIDS, ACS_OPIOIDS_SAFE_USE, ACS_COMPLEMENTARY],
    reviewed: '2026-11-26',
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
      // Not "CAM": as an abbreviation it names many other things.
    ],
    category: 'treatment',
    summary:
      'Complementary therapies, such as massage or meditation, are used along with usual cancer care. They may ease symptoms and side effects. They do not treat the cancer.',
    details:
      'These are methods that are not part of standard medical care. People with cancer may use them to feel better and to manage symptoms and side effects. Examples include acupuncture, massage, meditation, yoga, guided imagery and physical activity. They are meant to be used along with standard treatment. A method used instead of standard treatment is called an alternative treatment, and that is not the same thing. Using both together is sometimes called integrative medicine. Talk with your care team before you start anything new, and tell them about everything you use.',
    related: ['acupuncture', 'massage-therapy', 'meditation', 'pain-medicine', 'palliative-care'],
    sources: [ACS_COMPLEMENTARY],
    reviewed: '2026-11-26',
  },
  {
    id: 'acupuncture',
    name: 'Acupuncture',
    forms: ['acupuncture', 'acupuncturist', 'electroacupuncture'],
    category: 'treatment',
    summary:
      'In acupuncture, very thin needles are put into the skin at certain points on the body. People with cancer may use it to help ease symptoms and side effects.',
    details:
      'Acupuncture is one of the complementary methods that people with cancer may use. These methods are used along with standard medical care to help ease symptoms of cancer and side effects of treatment. They are not a treatment for the cancer itself. Ask your care team before you try it, and look for a trained, licensed practitioner.',
    related: ['complementary-therapy', 'pain-medicine', 'nausea', 'massage-therapy', 'meditation'],
    sources: [ACS_COMPLEMENTARY],
    reviewed: '2026-11-26',
  },
  {
    id: 'massage-therapy',
    name: 'Massage therapy',
    forms: ['massage therapy', 'massage therapies', 'massage therapist', 'therapeutic massage', 'oncology massage'],
    category: 'treatment',
    summary:
      'Massage therapy uses touch to press, rub and knead the muscles and soft tissues. People with cancer may use it to help ease stress and other symptoms.',
    details:
      'Massage is one of the complementary methods that people with cancer may use. These methods are used along with standard medical care to help ease symptoms of cancer and side effects of treatment. They are not a treatment for the cancer itself. Ask your care team before you start, and look for a therapist who has worked with people who have cancer.',
    related: ['complementary-therapy', 'acupuncture', 'meditation', 'back-pain', 'pain-medicine'],
    sources: [ACS_COMPLEMENTARY],
    reviewed: '2026-11-26',
  },
  {
    id: 'meditation',
    name: 'Meditation',
    forms: ['meditation', 'mindfulness meditation', 'mindfulness-based stress reduction', 'MBSR'],
    category: 'treatment',
    summary:
      'Meditation is a way of training the mind to focus and stay calm, often by paying attention to your breath. People with cancer may use it to help with stress and other symptoms.',
    details:
      'There are many kinds of meditation. Most involve a quiet place and focusing your attention, for example on your breathing or a word. Meditation is one of the complementary methods that people with cancer may use. These methods are used along with standard medical care to help ease symptoms and side effects. They are not a treatment for the cancer itself. Classes, apps and recordings can help you get started.',
    related: ['complementary-therapy', 'massage-therapy', 'acupuncture', 'fatigue', 'pain-medicine'],
    sources: [ACS_COMPLEMENTARY],
    reviewed: '2026-11-26',
  },
  {
    id: 'lobectomy',
    name: 'Lobectomy',
    forms: ['lobectomy', 'lobectomies', 'bilobectomy', 'bilobectomies', 'sleeve lobectomy', 'sleeve lobectomies'],
    category: 'treatment',
    summary:
      'A lobectomy is surgery to take out one lobe, or section, of a lung.',
    details:
      'The lungs are divided into sections called lobes. The right lung has three lobes and the left lung has two. In a lobectomy, the surgeon removes the whole lobe that has the cancer. It is the most common surgery for lung cancer. Taking out two lobes of the same lung is called a bilobectomy. A smaller operation, called a segmentectomy, takes out only one section of a lobe. Your surgeon will explain which operation fits you.',
    related: ['surgery', 'pneumonectomy', 'segmentectomy', 'wedge-resection', 'lungs'],
    sources: [ALA_LUNG_CANCER_SURGERY, ACS_SEGMENTAL_RESECTION_GLOSSARY],
    reviewed: '2026-11-26',
  },
  {
    id: 'pneumonectomy',
    name: 'Pneumonectomy',
    forms: ['pneumonectomy', 'pneumonectomies', 'extrapleural pneumonectomy', 'extrapleural pneumonectomies'],
    category: 'treatment',
    summary:
      'A pneumonectomy is surgery to take out a whole lung.',
    details:
      'A pneumonectomy takes out the whole right or left lung that has the cancer. It is usually done when a lobectomy cannot remove all of the cancer, when the cancer may have spread through that lung, or when the tumor is in the center of the lung. Smaller operations take out only one lobe or part of a lobe. Sometimes chemo is given before surgery to shrink a tumor so that a smaller operation can be done. Your surgeon will explain why this operation is being suggested and what recovery may be like.',
    related: ['surgery', 'lobectomy', 'pulmonary-function-test', 'shortness-of-breath', 'mesothelioma'],
    sources: [ALA_LUNG_CANCER_SURGERY, ACS_NSCLC_CHEMO, NCI_PNEUMONECTOMY],
    reviewed: '2026-11-26',
  },
  {
    id: 'wedge-resection',
    name: 'Wedge resection',
    forms: ['wedge resection', 'lung wedge resection', 'wedge excision'],
    category: 'treatment',
    summary:
      'A wedge resection is surgery to take out a small, wedge-shaped piece of lung that holds a tumor. Some healthy lung tissue around the tumor is taken out too.',
    details:
      'In a wedge resection, the surgeon removes the tumor and a small border of lung tissue around it. Other operations take out more lung, such as a lobectomy, which removes a whole lobe. The edge of the removed tissue is called the margin. If no cancer cells are found at the margin, it is a sign that none of the cancer was left behind. If cancer cells are found there, more surgery may be needed. Your surgeon will explain which type of operation fits you.',
    related: ['surgery', 'segmentectomy', 'lobectomy', 'lung-nodule', 'surgical-biopsy'],
    sources: [ALA_LUNG_CANCER_SURGERY, ACS_SURGICAL_MARGIN_GLOSSARY, NCI_WEDGE_RESECTION],
    reviewed: '2026-11-26',
  },
  {
    id: 'segmentectomy',
    name: 'Segmentectomy',
    forms: ['segmentectomy', 'segmentectomies', 'segmental resection', 'segmental lung resection'],
    category: 'treatment',
    summary:
      'A segmentectomy is surgery to take out one section of a lobe of a lung. It removes less lung than taking out a whole lobe.',
    details:
      'Each lung is divided into lobes. In a segmentectomy, also called a segmental resection, the surgeon removes only the section of the lobe that holds the tumor, along with some normal tissue around it. The rest of the lobe stays in place. A lobectomy, by contrast, takes out the whole lobe. Your surgeon will explain which type of operation fits you.',
    related: ['surgery', 'wedge-resection', 'lobectomy', 'lungs', 'pulmonary-function-test'],
    sources: [ACS_SEGMENTAL_RESECTION_GLOSSARY, ALA_LUNG_CANCER_SURGERY],
    reviewed: '2026-11-26',
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
      'SBRT is a type of radiation that is aimed very exactly at a tumor. The full dose is split into smaller doses, given over several days.',
    details:
      'SBRT is a kind of stereotactic radiation therapy. The radiation comes from a machine outside the body. Special equipment helps put your body in exactly the right position so the radiation can be aimed very precisely at the tumor. The total dose is split into several smaller doses given over several days. This kind of radiation has been studied for cancers such as lung cancer. Your care team will explain whether it fits your cancer and what side effects to watch for.',
    related: ['radiation-therapy', 'surgery', 'lung-nodule', 'nsclc', 'side-effects'],
    sources: [NCI_STEREOTACTIC_RT, ACS_RADIATION_GLOSSARY],
    reviewed: '2026-11-26',
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
      'A checkpoint inhibitor is a kind of immunotherapy drug. It blocks signals that some cancer cells use to hide from the immune system. This helps the immune system find and attack them.',
    details:
      'Immune cells have checkpoint proteins that work like switches to turn an immune response on or off. This helps keep the immune system from attacking normal cells. Some cancer cells use these checkpoints to avoid being attacked. A checkpoint inhibitor is a lab-made protein that blocks a checkpoint. It does not kill cancer cells directly. For example, some of these drugs block PD-1, a checkpoint on immune cells called T cells. Others block PD-L1, a protein found on some normal cells and cancer cells. Most are given into a vein, and a few can be given as a shot under the skin. Ask your care team which side effects to watch for, and report new symptoms quickly.',
    related: ['immunotherapy', 'pd-l1', 'biomarker-testing', 'side-effects', 'chemotherapy'],
    sources: [ACS_CHECKPOINT_INHIBITORS, NCI_IMMUNOTHERAPY],
    reviewed: '2026-11-26',
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
      'EGFR is a protein on some cells that helps control how they grow and divide. Some lung cancers have a change in the EGFR gene. Drugs that block EGFR may treat them.',
    details:
      'EGFR stands for epidermal growth factor receptor. It is a protein found on certain cells. It is part of the signals that tell cells when to divide and survive. Sometimes a change (mutation) in the EGFR gene makes cancer cells carry more of this protein than normal, and the cells divide faster. Drugs that block EGFR are used to treat some cancers. Testing a sample of a lung cancer shows whether it has an EGFR change. When certain EGFR changes are found, a targeted drug may be part of the first treatment.',
    related: ['targeted-therapy', 'biomarker-testing', 'gene-mutation', 'adenocarcinoma', 'nsclc'],
    sources: [NCI_EGFR, ACS_NSCLC_TARGETED],
    reviewed: '2026-11-26',
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
      'ALK is a gene that makes a protein that helps control cell growth. In some lung cancers the ALK gene is changed, which can make the cancer grow. Knowing this helps doctors plan treatment.',
    details:
      'ALK stands for anaplastic lymphoma kinase. The ALK gene makes a protein on the outside of cells that sends signals telling the cells to grow and divide. In some cancers, including some non-small cell lung cancers, the ALK gene is changed. Cancer cells with this change, or with too much ALK protein, may grow more quickly. These cancers are called ALK-positive. Testing a sample of the tumor shows whether the change is there. Knowing this helps doctors plan treatment, which may include targeted drugs.',
    related: ['targeted-therapy', 'biomarker-testing', 'gene-mutation', 'adenocarcinoma', 'ros1'],
    sources: [NCI_ALK_PROTEIN, NCI_ALK_POSITIVE, ACS_NSCLC_TARGETED],
    reviewed: '2026-11-26',
  },
  {
    id: 'kras',
    name: 'KRAS',
    forms: ['KRAS', 'KRAS mutation', 'KRAS gene', 'KRAS G12C', 'K-RAS', 'sotorasib', 'adagrasib'],
    category: 'treatment',
    summary:
      'KRAS is a gene that helps control when cells grow and divide. A change in this gene can help turn normal cells into cancer cells.',
    details:
      'The KRAS gene makes a protein called K-Ras. It works like an on-off switch that passes along signals telling a cell to grow and divide. KRAS belongs to a group of genes called oncogenes. When an oncogene is changed, it can lead normal cells to become cancer. Testing a sample of a tumor can show whether it has a KRAS change. Ask your care team what the result means for your treatment.',
    related: ['targeted-therapy', 'biomarker-testing', 'gene-mutation', 'nsclc', 'lung-cancer'],
    sources: [MEDLINEPLUS_KRAS, ALA_LUNG_CANCER_DIAGNOSIS],
    reviewed: '2026-11-26',
  },
  {
    id: 'pd-l1',
    name: 'PD-L1',
    forms: ['PD-L1', 'PD-L1 test', 'PD-L1 expression', 'PD-L1 level', 'PDL1', 'programmed death-ligand 1'],
    category: 'treatment',
    summary:
      'PD-L1 is a protein that some cancer cells make. Testing a tumor for it is one of the things that can help doctors decide whether immunotherapy may help.',
    details:
      'Biomarker tests look at a sample of a tumor for gene changes and for the levels of certain proteins. PD-L1 is one such protein. The result is one of the things doctors weigh when they choose treatment. For some people with lung cancer, this may include an immunotherapy drug given by itself or with chemo. Ask your doctor whether your tumor has been tested and what the result means for you.',
    related: ['checkpoint-inhibitor', 'immunotherapy', 'biomarker-testing', 'biomarker', 'nsclc'],
    sources: [ALA_LUNG_CANCER_DIAGNOSIS, ACS_NSCLC_CHEMO],
    reviewed: '2026-11-26',
  },
  {
    id: 'ros1',
    name: 'ROS1',
    forms: ['ROS1', 'ROS1-positive', 'ROS1 fusion', 'ROS1 rearrangement', 'ROS1 gene', 'entrectinib', 'repotrectinib'],
    category: 'treatment',
    summary:
      'ROS1 is a gene that plays a part in cell signals and growth. Some lung cancers have a change in ROS1 that can make them grow faster. Knowing this helps doctors plan treatment.',
    details:
      'In normal cells, the ROS1 protein helps with cell signaling and growth. In some cancers, the ROS1 gene is changed, or part of it is joined to another gene to make a fusion protein. Cancer cells with this change may grow more quickly. These cancers are called ROS1-positive. They include some non-small cell lung cancers and some other cancers. Testing a sample of the tumor shows whether the change is there. Knowing this helps doctors choose treatment, which may include a targeted drug.',
    related: ['targeted-therapy', 'biomarker-testing', 'alk', 'gene-mutation', 'adenocarcinoma'],
    sources: [NCI_ROS1_POSITIVE, ACS_NSCLC_TARGETED],
    reviewed: '2026-11-26',
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
      'Palliative care eases pain, other symptoms and side effects of a serious illness. You can get it at any time while you are ill, along with treatment for the cancer.',
    details:
      'The goal of palliative care is to improve your quality of life by helping you manage symptoms and side effects. It is also called supportive care, symptom management or comfort care. It does not treat the cancer itself. It can start as soon as cancer is diagnosed, and it tries to prevent or ease symptoms and side effects as early as possible. A team that can include doctors, nurses and social workers gives this care. Palliative care is not the same as hospice. You do not have to be in hospice to get it, though it is also an important part of hospice care. Ask your care team for help if symptoms are hard to manage.',
    related: ['hospice', 'pain-medicine', 'shortness-of-breath', 'fatigue', 'oncologist'],
    sources: [ACS_WHAT_IS_PALLIATIVE_CARE, ACS_HOSPICE, ALA_PALLIATIVE_CARE],
    reviewed: '2026-11-26',
  },
  {
    id: 'hospice',
    name: 'Hospice',
    forms: ['hospice', 'hospice care', 'hospice program', 'end-of-life care'],
    category: 'treatment',
    summary:
      'Hospice is care for people near the end of life when cancer can no longer be controlled. It focuses on comfort and quality of life, not on treating the cancer.',
    details:
      'Hospice care can start when a person\'s cancer can no longer be controlled and they are expected to live about six months or less. A team of health care workers works together to manage symptoms, distress and spiritual concerns. Hospice treats the person and their symptoms rather than the cancer itself. The family is part of the care and helps make decisions. Palliative care to ease symptoms is an important part of hospice. Suggesting hospice does not mean the care team is giving up. It means the focus has moved to comfort and quality of life.',
    related: ['palliative-care', 'pain-medicine', 'prognosis', 'medicare', 'opioids'],
    sources: [ACS_HOSPICE],
    reviewed: '2026-11-26',
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
      'Opioids are strong pain medicines, such as morphine. Doctors use them for moderate to severe pain, such as some pain from cancer.',
    details:
      'Opioids are also called opiates or narcotics. They work in the brain and other parts of the body by attaching to pain receptors, which blocks the feeling of pain. Your care team may prescribe them when cancer pain is getting worse or is severe. Opioids can be misused, but not everyone who takes them becomes addicted. Take them only as prescribed. Store them in a safe, locked place and never share them. Opioids can interact with other medicines, so each doctor should know everything you take. Talk to your doctor before using them with alcohol, sleeping pills or other drugs that make you sleepy.',
    related: ['pain-medicine', 'nsaids', 'palliative-care', 'bone-pain', 'side-effects'],
    sources: [ACS_OPIOIDS, ACS_OPIOIDS_SAFE_USE],
    reviewed: '2026-11-26',
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
      'NSAIDs are pain medicines that also bring down swelling. Ibuprofen, naproxen and aspirin are NSAIDs.',
    details:
      'NSAID stands for nonsteroidal anti-inflammatory drug. These medicines ease pain and reduce swelling. Medicines that ease pain are a standard part of cancer care. Some pain medicines can affect other drugs you take, and they can affect people in different ways. Ask your care team before taking an NSAID during cancer treatment, and do not take more than the label or your doctor says.',
    related: ['pain-medicine', 'opioids', 'bone-pain', 'inflammation', 'side-effects'],
    sources: [ACS_OPIOIDS_SAFE_USE, ACS_COMPLEMENTARY],
    reviewed: '2026-11-26',
  },
  {
    id: 'physical-therapy',
    name: 'Physical therapy',
    forms: ['physical therapy', 'physical therapist', 'physiotherapy', 'physiotherapist'],
    category: 'treatment',
    summary:
      'Physical therapy uses exercise to help you get stronger and move with more ease. A trained expert guides you.',
    details:
      'Cancer and its treatment can cause physical problems and make it harder to move around and do daily tasks. Cancer rehab is a program that helps with these problems. Its goals include helping you stay as active and independent as possible. For some lung problems, and before or after surgery for lung cancer, a doctor may suggest pulmonary rehab. It includes exercise training and ways to breathe more easily, and you may learn physical therapy exercises to do at home. A team plans it around your needs. Ask your care team whether physical therapy could help you.',
    related: ['back-pain', 'leg-weakness', 'balance-problems', 'fatigue', 'surgery'],
    sources: [NHLBI_PULMONARY_REHAB, ACS_CANCER_REHAB],
    reviewed: '2026-11-26',
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
      'Oxygen therapy gives you extra oxygen to breathe when the oxygen level in your blood is too low. It often comes through small tubes in your nose or a face mask.',
    details:
      'Some health problems make the oxygen level in your blood too low. This can make you feel short of breath, tired or confused, and it can harm your body. Your doctor may prescribe oxygen for a short or long time, in the hospital or at home. Oxygen can be kept as a gas or a liquid in special tanks that need to be refilled. A machine called a concentrator pulls oxygen out of the air, so it does not run out. Oxygen is a fire risk, so never smoke or use things that burn easily near it. Side effects can include a dry or bloody nose, tiredness and headaches in the morning.',
    related: ['shortness-of-breath', 'copd', 'lungs', 'palliative-care', 'pulmonologist'],
    sources: [NHLBI_OXYGEN_THERAPY],
    reviewed: '2026-11-26',
  },
  {
    id: 'pleurodesis',
    name: 'Pleurodesis',
    forms: [
      'pleurodesis',
      'pleurodeses',
      'talc pleurodesis',
      'chemical pleurodesis',
      'surgical pleurodesis',
      'talc poudrage',
    ],
    category: 'treatment',
    summary:
      'Pleurodesis is a procedure that drains fluid from around a lung and keeps it from coming back. It makes the lining of the lung stick to the lining of the chest wall.',
    details:
      'Sometimes fluid builds up in the chest, outside the lungs. This is called a pleural effusion. It can press on the lungs and make it hard to breathe. In one kind of pleurodesis, a tube is placed through a small cut in the chest to drain the fluid. Then a substance such as talc is put in through the tube. It makes the two linings stick together and seals the space, so less fluid can build up. Talc can also be blown in during a small operation called thoracoscopy. The goal is to ease symptoms and help you feel better, not to treat the cancer itself.',
    related: ['pleural-effusion', 'pleura', 'thoracentesis', 'shortness-of-breath', 'palliative-care'],
    sources: [ACS_NSCLC_PALLIATIVE, ACS_PALLIATIVE_GLOSSARY],
    reviewed: '2026-11-26',
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
      'Adjuvant therapy is treatment given after surgery. It aims to kill any cancer cells that may be left behind or may have spread.',
    details:
      'Even when a surgeon removes all the cancer that can be seen, some cancer cells may be left behind or may have spread. They can be too small to see on imaging tests. Adjuvant therapy tries to kill these cells. For lung cancer, it may be chemo, sometimes along with radiation. Radiation can also be given after surgery to kill cancer cells that are left. Whether you need it depends on the stage of the cancer and other things. Your doctor will explain how likely it is to help and what side effects to expect.',
    related: ['neoadjuvant-therapy', 'surgery', 'chemotherapy', 'recurrence', 'cancer-stage'],
    sources: [ACS_NSCLC_CHEMO, ACS_RADIATION_GLOSSARY],
    reviewed: '2026-11-26',
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
      'Before some lung cancer operations, doctors give treatment first to make the tumor smaller. This may be chemo, sometimes along with radiation. Radiation can also be used to shrink a cancer before surgery. A smaller tumor may be easier to take out, and a smaller operation may be possible. Treatment given after surgery is called adjuvant therapy.',
    related: ['adjuvant-therapy', 'surgery', 'chemotherapy', 'immunotherapy', 'pathology-report'],
    sources: [ACS_NSCLC_CHEMO, ACS_RADIATION_GLOSSARY],
    reviewed: '2026-11-26',
  },
];
