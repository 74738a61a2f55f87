import type { TermEntry, TermSource } from '../types';
import {
  ACS_CHEMO_AFTER_SURGERY,
  ACS_COMPLEMENTARY,
  ACS_NSCLC_PALLIATIVE,
  ACS_SHORTNESS_OF_BREATH,
  ALA_LUNG_CANCER_SURGERY,
} from '../sources';

// Pages checked on 2026-12-03, each read in the stored copy the search tool returned. Where the
// stored copy was at http://, the page is cited with https (same host and path), as the tests require.
const ACS_RADIATION_GLOSSARY: TermSource = {
  title: 'radiation therapy (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/glossary/glossary/r/radiation_therapy.html',
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
// The same ACS page at its newer address, in its newer wording (hospice for any advanced, life-limiting illness).
const ACS_HOSPICE_CURRENT: TermSource = {
  title: 'What Is Hospice Care?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/end-of-life-care/hospice-care/what-is-hospice-care.html',
};
const NIA_HOSPICE_PALLIATIVE: TermSource = {
  title: 'Hospice and palliative care',
  publisher: 'National Institute on Aging',
  url: 'https://www.nia.nih.gov/health/hospice-and-palliative-care',
};
// An earlier address of the same ALA page, whose stored copy keeps the list of operations.
// Stored at http://; cited with https (same host and path).
const ALA_LUNG_CANCER_SURGERY_PROCEDURES: TermSource = {
  title: 'Lung Cancer Surgery',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/diagnosing-and-treating/lung-cancer-surgery.html',
};
// Stored at http://www.cancer.gov/...; cited with https (same host and path).
const NCI_PNEUMONECTOMY: TermSource = {
  title: 'pneumonectomy (NCI Dictionary of Cancer Terms)',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/dictionary?CdrID=46224',
};
// Stored at http://www.cancer.gov/...; cited with https (same host and path).
const NCI_WEDGE_RESECTION: TermSource = {
  title: 'wedge resection (NCI Dictionary of Cancer Terms)',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/dictionary?CdrID=322895',
};
/* Follow-up review: the ACS chemotherapy page another helper kept (stored at http://; named by its heading). */
const ACS_SURGICAL_MARGIN_GLOSSARY: TermSource = {
  title: 'surgical margin (Cancer Glossary)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/s/surgical_margin.html',
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
/* Fix round: CDC on planning backup power for medical equipment, oxygen among it. */
const CDC_POWER_SOURCES: TermSource = {
  title: 'Power Sources',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/cpr/prepareyourhealth/PowerSources.htm',
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
      'Surgery is an operation. In lung cancer care, it removes the tumor with some of the lung around it, and often lymph nodes near the tumor.',
    details:
      'Not everyone with lung cancer can have surgery. It depends on the type of cancer, where it is and its stage, and on your other health problems. Surgery is thought to work best when the cancer is in one place and unlikely to have spread, as with some early non-small cell cancers. The operation may remove part of a lung or all of it. The surgeon may reach the lung through one cut along the ribs, or through a few small cuts using a camera. Afterward, the edge of the removed tissue, called the margin, is checked. A clear margin, with no cancer cells, suggests that none was left behind; cancer cells at the edge may mean more surgery.',
    related: ['lobectomy', 'pneumonectomy', 'wedge-resection', 'segmentectomy', 'adjuvant-therapy'],
    sources: [ALA_LUNG_CANCER_SURGERY, ALA_LUNG_CANCER_SURGERY_PROCEDURES, ACS_SURGICAL_MARGIN_GLOSSARY],
    reviewed: '2026-12-03',
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
      'Radiation therapy treats disease with strong rays, such as x-rays. In cancer care, it kills cancer cells and shrinks tumors. The rays come from a machine or from a source put in the body.',
    details:
      'Radiation aimed at the body from a machine outside it is called external radiation. In brachytherapy, or internal radiation, a radioactive source is placed in the tumor itself. In advanced cancer, when a cure is not the goal, radiation can ease symptoms. It can also be the main treatment, or be paired with surgery: before it, to shrink a cancer, or after it, to kill any cancer cells left. Ask your care team what side effects to expect.',
    related: ['sbrt', 'chemotherapy', 'bone-metastasis', 'side-effects', 'palliative-care'],
    sources: [ACS_RADIATION_GLOSSARY],
    reviewed: '2026-12-03',
  },
  {
    id: 'complementary-therapy',
    name: 'Complementary therapy',
    forms: [
      'complementary therapy',
      'complementary therapies',
      'complementary medicine',
      'complementary treatment',
      'complementary and integrative medicine',
      'complementary health approach',
      'integrative medicine',
      'integrative oncology',
      // Not "CAM": as an abbreviation it names many other things.
    ],
    category: 'treatment',
    summary:
      'Complementary therapies are used with usual medical care, not in place of it. Massage and yoga are two of them. When both are used together, it is called integrative medicine.',
    details:
      'Examples include acupuncture, massage, meditation, yoga, guided imagery, physical activity and changes in diet. People with cancer may use them to ease symptoms and the side effects of treatment, and they may help with well-being. They do not treat the cancer itself. A method used instead of standard care is called an alternative treatment, which is not the same thing. Talk with your care team before you start anything new.',
    related: ['acupuncture', 'massage-therapy', 'meditation', 'pain-medicine', 'palliative-care'],
    sources: [ACS_COMPLEMENTARY],
    reviewed: '2026-12-03',
  },
  {
    id: 'acupuncture',
    name: 'Acupuncture',
    forms: ['acupuncture', 'acupuncturist', 'electroacupuncture'],
    category: 'treatment',
    summary:
      'Some people use acupuncture along with their usual medical care, not instead of it. Used this way, it is called a complementary therapy. People with cancer may use it to ease symptoms.',
    details:
      'These methods are not standard medical care, and they do not treat the cancer. But they may ease symptoms and the side effects of treatment, and may help you feel better. Ask your care team before you try it.',
    related: ['complementary-therapy', 'pain-medicine', 'nausea', 'massage-therapy', 'meditation'],
    sources: [ACS_COMPLEMENTARY],
    reviewed: '2026-12-03',
  },
  {
    id: 'massage-therapy',
    name: 'Massage therapy',
    forms: ['massage therapy', 'massage therapies', 'massage therapist', 'therapeutic massage', 'oncology massage'],
    category: 'treatment',
    summary:
      'Some people use massage along with their usual medical care, not instead of it. Used this way, it is called a complementary therapy. People with cancer may use it to ease symptoms.',
    details:
      'These methods are not standard medical care, and they do not treat the cancer. But they may ease symptoms and the side effects of treatment, and may help you feel better. Ask your care team before you start.',
    related: ['complementary-therapy', 'acupuncture', 'meditation', 'back-pain', 'pain-medicine'],
    sources: [ACS_COMPLEMENTARY],
    reviewed: '2026-12-03',
  },
  {
    id: 'meditation',
    name: 'Meditation',
    forms: ['meditation', 'mindfulness meditation', 'mindfulness-based stress reduction', 'MBSR'],
    category: 'treatment',
    summary:
      'Some people use meditation along with their usual medical care, not instead of it. Used this way, it is called a complementary therapy. People with cancer may use it to ease symptoms.',
    details:
      'These methods are not standard medical care, and they do not treat the cancer. But they may ease symptoms and the side effects of treatment, and may help you feel better. Ask your care team before you start.',
    related: ['complementary-therapy', 'massage-therapy', 'acupuncture', 'fatigue', 'pain-medicine'],
    sources: [ACS_COMPLEMENTARY],
    reviewed: '2026-12-03',
  },
  {
    id: 'lobectomy',
    name: 'Lobectomy',
    forms: ['lobectomy', 'lobectomies', 'sleeve lobectomy', 'sleeve lobectomies'],
    category: 'treatment',
    summary:
      'A lobectomy is surgery to take out one lobe, a large section, of an organ. In the lungs, it is the most common surgery for lung cancer.',
    details:
      'The right lung has three lobes and the left lung two. In a lung lobectomy, the surgeon takes out the lobe where the cancer is. Removing two lobes of the same lung is called a bilobectomy. Smaller operations remove only part of a lobe, and a bigger one, a pneumonectomy, removes the whole lung. Your surgeon will explain which operation fits you.',
    related: ['surgery', 'pneumonectomy', 'segmentectomy', 'wedge-resection', 'lungs'],
    sources: [ALA_LUNG_CANCER_SURGERY_PROCEDURES, NCI_PNEUMONECTOMY],
    reviewed: '2026-12-03',
  },
  {
    id: 'pneumonectomy',
    name: 'Pneumonectomy',
    forms: ['pneumonectomy', 'pneumonectomies', 'extrapleural pneumonectomy', 'extrapleural pneumonectomies'],
    category: 'treatment',
    summary:
      'A pneumonectomy is surgery to take out a whole lung.',
    details:
      'In lung cancer, a pneumonectomy takes out the whole right or left lung that has the cancer. Surgeons choose it for three main reasons: the tumor is in a central spot in the lung, the cancer may have spread through that lung, or a lobectomy could not take out all of it. Removing one or more lobes instead is sometimes called a partial pneumonectomy. Your surgeon will explain why this operation is suggested and what recovery may be like.',
    related: ['surgery', 'lobectomy', 'pulmonary-function-test', 'shortness-of-breath', 'mesothelioma'],
    sources: [ALA_LUNG_CANCER_SURGERY_PROCEDURES, NCI_PNEUMONECTOMY],
    reviewed: '2026-12-03',
  },
  {
    id: 'wedge-resection',
    name: 'Wedge resection',
    forms: ['wedge resection', 'lung wedge resection', 'wedge excision'],
    category: 'treatment',
    summary:
      'A wedge resection is surgery to take out a small, wedge-shaped piece of tissue. Surgeons use it to take out a tumor with a thin border of normal tissue around it.',
    details:
      'In the lung, the surgeon takes out the tumor in a small wedge of the lung tissue around it. Bigger operations remove more lung; a lobectomy, for example, removes a whole lobe. After surgery, the edge of the removed tissue, called the margin, is checked for cancer cells. If none are found there, that is a good sign the whole cancer came out. If some are found, more surgery may be needed. Your surgeon will explain which operation fits you.',
    related: ['surgery', 'segmentectomy', 'lobectomy', 'lung-nodule', 'surgical-biopsy'],
    sources: [NCI_WEDGE_RESECTION, ALA_LUNG_CANCER_SURGERY_PROCEDURES, ACS_SURGICAL_MARGIN_GLOSSARY],
    reviewed: '2026-12-03',
  },
  {
    id: 'segmentectomy',
    name: 'Segmentectomy',
    forms: ['segmentectomy', 'segmentectomies', 'segmental resection', 'segmental lung resection'],
    category: 'treatment',
    summary:
      'A segmentectomy removes a section of an organ, or a tumor along with a margin of healthy tissue. In the lung, the section taken is part of one lobe.',
    details:
      'It is also called a segmental resection. In the lung, only the part of the lobe that holds the tumor comes out, and the rest of that lobe stays; a lobectomy would take the whole lobe. Other organs have segmental operations too. In colon cancer, for example, a length of colon on each side of the cancer and nearby lymph nodes are taken out with it, and the cut ends are joined back together. Your surgeon will explain which operation fits you.',
    related: ['surgery', 'wedge-resection', 'lobectomy', 'lungs', 'pulmonary-function-test'],
    sources: [ACS_SEGMENTAL_RESECTION_GLOSSARY],
    reviewed: '2026-12-03',
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
      'Stereotactic radiation aims beams at a tumor or other target with great care. Special equipment holds the body still. The full dose is split into a few smaller ones over several days.',
    details:
      'The radiation comes from a machine outside the body. One of its uses is for tumors and other problems in the brain. Ask your care team whether it is an option for you and what side effects to watch for.',
    related: ['radiation-therapy', 'surgery', 'lung-nodule', 'nsclc', 'side-effects'],
    sources: [NCI_STEREOTACTIC_RT],
    reviewed: '2026-12-03',
  },
  {
    id: 'palliative-care',
    name: 'Palliative care',
    forms: [
      'palliative care',
      'palliative treatment',
      'palliative therapy',
      'palliative medicine',
      'palliative care team',
    ],
    category: 'treatment',
    summary:
      'Palliative care eases pain, other symptoms and side effects of a serious illness. You can get it at any age, at any point, along with other care.',
    details:
      'It does not cure the illness. Its goal is the best possible quality of life for the person and their caregivers. It is for people with any serious illness, such as cancer, heart failure or kidney disease. With cancer, it can start at diagnosis and go on through treatment and beyond. A team of specialists, such as doctors, nurses and social workers, gives this care and can help with pain, stress and planning. Other names for it are supportive care and symptom management. It is not the same as hospice, though hospice care often includes it. Ask your care team how to get it.',
    related: ['hospice', 'pain-medicine', 'shortness-of-breath', 'fatigue', 'oncologist'],
    sources: [ACS_WHAT_IS_PALLIATIVE_CARE, ACS_PALLIATIVE_GLOSSARY, ALA_PALLIATIVE_CARE],
    reviewed: '2026-12-03',
  },
  {
    id: 'hospice',
    name: 'Hospice',
    forms: ['hospice', 'hospice care', 'hospice program'],
    category: 'treatment',
    summary:
      'Hospice is care for people with a serious illness who are near the end of life. It treats symptoms and aims for comfort and quality of life, not a cure.',
    details:
      'If your care team brings up hospice, it does not mean they are giving up. It means the focus has turned to comfort and quality of life. Hospice is for a time when an illness, such as advanced cancer, can no longer be cured or controlled; with cancer, it can begin when a person is expected to live six months or less. The person and their family help make the decisions. A team cares for the whole person, easing symptoms and helping with distress and spiritual needs, and palliative care is part of hospice.',
    related: ['palliative-care', 'pain-medicine', 'prognosis', 'medicare', 'opioids'],
    sources: [NIA_HOSPICE_PALLIATIVE, ACS_HOSPICE_CURRENT, ACS_HOSPICE],
    reviewed: '2026-12-03',
  },
  {
    id: 'physical-therapy',
    name: 'Physical therapy',
    forms: ['physical therapy', 'physical therapist', 'physiotherapy', 'physiotherapist'],
    category: 'treatment',
    summary:
      'Physical therapy uses exercise to help you get stronger and move with more ease. A therapist may also show you exercises to do at home.',
    details:
      'Physical therapists are part of the team in programs such as pulmonary rehab. This helps people with some lung problems, and people before or after lung cancer surgery, breathe more easily and gain strength. Cancer and its treatment can cause weakness, pain and trouble getting around, which make daily tasks harder. Cancer rehab, given by trained experts, aims to keep you as active and independent as you can be. If moving around has become harder, ask your care team whether rehab could help.',
    related: ['back-pain', 'leg-weakness', 'balance-problems', 'fatigue', 'surgery'],
    sources: [NHLBI_PULMONARY_REHAB, ACS_CANCER_REHAB],
    reviewed: '2026-12-03',
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
    ],
    category: 'treatment',
    summary:
      'Oxygen therapy gives you extra oxygen to breathe. A doctor may prescribe it when the oxygen level in your blood is too low. It often comes through small tubes in the nose or a mask.',
    details:
      'Too little oxygen in the blood can leave you breathless, tired or confused, and can harm the body. Some need it for a short time, others for a long time, in a hospital or at home. Use it just as your doctor prescribed. Home oxygen may come from tanks of gas or liquid, which must be refilled, or from a machine called a concentrator, which pulls oxygen from the room air. A concentrator needs electricity, so it stops in a power cut: plan a backup with your care team and supplier, such as a tank or a battery. Oxygen is a fire risk, so do not smoke, and keep flames and things that burn easily away. Side effects can include morning headaches, tiredness, and a dry or bleeding nose.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if your breathing suddenly gets worse and does not ease, or your lips, skin or nails look pale or blue, or you become confused. If your oxygen stops and you have no backup, get help right away. Call your doctor if you are more short of breath than usual.',
    related: ['shortness-of-breath', 'copd', 'lungs', 'palliative-care'],
    sources: [NHLBI_OXYGEN_THERAPY, CDC_POWER_SOURCES, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
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
      'Pleurodesis is a procedure that makes the lining of a lung stick to the lining of the chest wall. This closes the space between them, to limit fluid building up there again.',
    details:
      'It is used when fluid keeps collecting in the chest outside the lungs, called a pleural effusion, which can press on a lung and make breathing hard. There are two main ways. In one, a chest tube is put in through a small cut to drain the fluid, and then a substance such as talc goes in through the tube to make the linings stick. In the other, talc is sprayed into the space around the lung during a small operation called thoracoscopy. With cancer, the goal is to ease symptoms and help you feel better, not to cure the cancer.',
    related: ['pleural-effusion', 'pleura', 'thoracentesis', 'shortness-of-breath', 'palliative-care'],
    sources: [ACS_NSCLC_PALLIATIVE, ACS_PALLIATIVE_GLOSSARY],
    reviewed: '2026-12-03',
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
      'Adjuvant therapy is more treatment given after the main one, often surgery. In cancer care, it tries to kill any cancer cells left, so the cancer is less likely to come back.',
    details:
      'Cancer cells can be left behind after surgery. One sign of this is cancer cells at the edge of the removed tissue. Which treatment comes next, if any, depends on the kind of cancer and its stage. It may be drugs such as chemo, radiation, or both together. Your doctor will explain how likely it is to help and what side effects to expect.',
    related: ['neoadjuvant-therapy', 'surgery', 'chemotherapy', 'immunotherapy', 'recurrence'],
    sources: [ACS_RADIATION_GLOSSARY, ACS_SURGICAL_MARGIN_GLOSSARY, ACS_CHEMO_AFTER_SURGERY],
    reviewed: '2026-12-03',
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
      'Neoadjuvant therapy is treatment given first, before the main treatment. The main one is often surgery. In cancer care, the aim is often to shrink a tumor so it is easier to take out.',
    details:
      'Radiation is one treatment that can be given before surgery to shrink a cancer, and other kinds of treatment can be given first too. A smaller tumor may be easier to remove. Which treatment is used, if any, depends on the type and stage of the cancer. Treatment given after surgery is called adjuvant therapy.',
    related: ['adjuvant-therapy', 'surgery', 'chemotherapy', 'immunotherapy', 'pathology-report'],
    sources: [ACS_RADIATION_GLOSSARY],
    reviewed: '2026-12-03',
  },
];
