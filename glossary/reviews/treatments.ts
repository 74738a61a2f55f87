import type { ReviewRecord } from '../types';

const D = '2026-12-03';
const ALA_SURGERY = 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/treatment/types-of-treatment/lung-cancer-surgery';
const ALA_SURGERY_PROCEDURES = 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/diagnosing-and-treating/lung-cancer-surgery.html';
const ACS_MARGIN = 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/s/surgical_margin.html';
const ACS_RADIATION = 'https://www.cancer.org/cancer/glossary/glossary/r/radiation_therapy.html';
const ACS_COMPLEMENTARY =
  'https://www.cancer.org/cancer/managing-cancer/treatment-types/complementary-and-integrative-medicine/complementary-and-alternative-methods-and-cancer/what-are-complementary-and-integrative-methods.html';
const ACS_CHEMO_AFTER_SURGERY = 'https://www.cancer.org/cancer/laryngealandhypopharyngealcancer/laryngeal-and-hypopharyngeal-cancer-overview-treating-chemotherapy';
const NCI_PNEUMONECTOMY = 'https://www.cancer.gov/dictionary?CdrID=46224';
const NCI_WEDGE = 'https://www.cancer.gov/dictionary?CdrID=322895';
const ACS_SEGMENTAL = 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/s/segmental_resection.html';
const NCI_STEREOTACTIC = 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/stereotactic-radiation-therapy';
const ACS_PALLIATIVE = 'https://www.cancer.org/cancer/managing-cancer/palliative-care/what-is-palliative-care.html';
const ACS_PALLIATIVE_GLOSSARY = 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/palliate.html';
const ALA_PALLIATIVE = 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/treatment/types-of-treatment/supportive-palliative-care';
const NIA_HOSPICE = 'https://www.nia.nih.gov/health/hospice-and-palliative-care';
const ACS_HOSPICE_CURRENT = 'https://www.cancer.org/cancer/end-of-life-care/hospice-care/what-is-hospice-care.html';
const ACS_HOSPICE = 'https://www.cancer.org/treatment/end-of-life-care/hospice-care/what-is-hospice-care.html';
const NHLBI_REHAB = 'https://www.nhlbi.nih.gov/health-topics/pulmonary-rehabilitation';
const ACS_REHAB = 'https://www.cancer.org/cancer/survivorship/be-healthy-after-treatment/what-is-cancer-rehabilitation.html';
const NHLBI_OXYGEN = 'https://www.nhlbi.nih.gov/health-topics/oxygen-therapy';
const ACS_NSCLC_PALLIATIVE = 'https://cancer.org/cancer/lung-cancer/treating-non-small-cell/palliative.html';
const CDC_POWER = 'https://www.cdc.gov/cpr/prepareyourhealth/PowerSources.htm';
const ACS_SHORTNESS_OF_BREATH = 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html';

/** Review records of the entries in entries/treatments.ts, by entry id. */
export const treatmentsReviews: Record<string, ReviewRecord> = {
  surgery: {
    date: D,
    checks: [
      { url: ALA_SURGERY, supports: "lung cancer surgery removes the tumor with surrounding lung and often nearby lymph nodes; best when localized and unlikely to have spread; not for everyone (type, place, stage, other conditions); open chest along the ribs (thoracotomy) or a few small cuts with a camera" },
      { url: ALA_SURGERY_PROCEDURES, supports: "surgery removes part of a lung or the entire lung; best option when localized and unlikely to have spread, including early non-small cell cancers" },
      { url: ACS_MARGIN, supports: "the margin is the edge of removed tissue; a negative margin is a sign none was left, a positive one may mean more surgery" },
    ],
    changed: "fix round (fact-check report): dropped \"a surgeon works inside the body, through one large cut or a few small ones\", which is false for skin, laser eye and natural-opening surgery; lung and margin sentences rewritten so they no longer follow ALA and ACS. The British \"GP surgery\" (doctor's office) sense is handled by the lead's look-alike phrases; no trusted page read in this round states that sense, so the entry does not.",
  },
  'radiation-therapy': {
    date: D,
    checks: [
      { url: ACS_RADIATION, supports: "high-energy rays such as x-rays kill cancer cells and shrink tumors; from outside the body or from radioactive material placed in the tumor (brachytherapy); before surgery, after surgery, main treatment, or palliative for advanced cancer" },
    ],
    changed: "fix round (fact-check report): first sentence now \"treats disease with strong rays\", with the cancer use after it, so it holds for radiotherapy of non-cancer conditions; the source may be put \"in the body\" (not only a tumor); dropped \"most often from a machine outside the body\" (not in the read text); the list of uses reordered in our own words.",
  },
  'complementary-therapy': {
    date: D,
    checks: [
      { url: ACS_COMPLEMENTARY, supports: "complementary methods are not part of standard care but used along with it; examples; ease symptoms and side effects; may improve well-being; not cancer treatments; alternative means instead of standard care; integrative means the combined use" },
    ],
    changed: "fix round (fact-check report): removed the form \"complementary and alternative medicine\" (it takes in alternative methods used instead of standard care, so \"not in place of it\" is false for it); the summary now names integrative medicine as the combined use; dropped \"tell them about everything you use\", which the read text does not say.",
  },
  acupuncture: {
    date: D,
    checks: [
      { url: ACS_COMPLEMENTARY, supports: "acupuncture is one of the complementary methods used along with standard care to relieve symptoms and side effects, not a cancer treatment; may improve well-being" },
    ],
    changed: "fix round (fact-check report): dropped the description of what acupuncture is, which no read page supports (NCCIH, NCI, NHS and docs pages searched: only copies on other sites); the first sentence now says only that some people use it along with usual care, which holds on any page.",
  },
  'massage-therapy': {
    date: D,
    checks: [
      { url: ACS_COMPLEMENTARY, supports: "massage is one of the complementary methods used along with standard care to relieve symptoms and side effects, not a cancer treatment; may improve well-being" },
    ],
    changed: "fix round (fact-check report): dropped the description of what massage is, which no read page supports (NCCIH, NCI, NHS and docs pages searched: only copies on other sites); the first sentence now says only that some people use it along with usual care, which holds on any page.",
  },
  meditation: {
    date: D,
    checks: [
      { url: ACS_COMPLEMENTARY, supports: "meditation is one of the complementary methods used along with standard care to relieve symptoms and side effects, not a cancer treatment; may improve well-being" },
    ],
    changed: "fix round (fact-check report): dropped the description of what meditation is, which no read page supports (NCCIH, NCI, NHS and docs pages searched: only copies on other sites); the first sentence now says only that some people use it along with usual care, which holds on any page.",
  },
  lobectomy: {
    date: D,
    checks: [
      { url: ALA_SURGERY_PROCEDURES, supports: "lobectomy removes the affected lobe (section) of the lung; the most common lung cancer surgery; bilobectomy is two lobes of the same lung; right lung three lobes, left two" },
      { url: NCI_PNEUMONECTOMY, supports: "a pneumonectomy removes all of one lung; removing one or more lobes is a partial pneumonectomy" },
    ],
    changed: "fix round (fact-check report): removed the forms \"bilobectomy\" and \"bilobectomies\" (two lobes, while the card says one); bilobectomy still explained in details. The general sense (a lobe of any organ) is the word's meaning; no trusted page giving it was found, so only \"lobe (section)\" rests on ALA.",
  },
  pneumonectomy: {
    date: D,
    checks: [
      { url: ALA_SURGERY_PROCEDURES, supports: "removal of the entire lung; done when a lobectomy cannot remove the cancer, cancer may have spread through the lung, or the lesion is centrally located" },
      { url: NCI_PNEUMONECTOMY, supports: "surgery to remove all of one lung; partial pneumonectomy removes one or more lobes" },
    ],
    changed: "fix round (fact-check report): \"the tumor sits in the middle of the chest\" corrected to \"the tumor is in a central spot in the lung\" (ALA: centrally located); the three reasons given in our own order.",
  },
  'wedge-resection': {
    date: D,
    checks: [
      { url: NCI_WEDGE, supports: "surgery to remove a triangle-shaped slice of tissue; may be used to remove a tumor with a small amount of normal tissue" },
      { url: ALA_SURGERY_PROCEDURES, supports: "in the lung, a small wedge-shaped part of lung tissue around the tumor is removed; lobectomy removes a whole lobe" },
      { url: ACS_MARGIN, supports: "margin facts: no cancer at the edge is a sign none was left, cancer at the edge may mean more surgery" },
    ],
    changed: "fix round (fact-check report): margin sentences rewritten so they no longer restate the ACS glossary.",
  },
  segmentectomy: {
    date: D,
    checks: [
      { url: ACS_SEGMENTAL, supports: "surgery to remove part of an organ or a tumor with normal tissue around it; in lung cancer a section of a lobe; colon example; also called segmentectomy" },
    ],
    changed: "fix round (fact-check report): summary and details rewritten so they no longer follow the ACS glossary.",
  },
  sbrt: {
    date: D,
    checks: [
      { url: NCI_STEREOTACTIC, supports: "external radiation with special positioning equipment, aimed precisely at a tumor; total dose split into smaller doses over several days; used for brain tumors and other brain disorders" },
    ],
    changed: "fix round (fact-check report): dropped \"SBRT is the name used in the body rather than the head\" and \"one small target\", which the NCI text does not say; its main use outside the brain (early lung cancer) could not be tied to a stored trusted page.",
  },
  'palliative-care': {
    date: D,
    checks: [
      { url: ACS_PALLIATIVE, supports: "for anyone with a serious illness such as cancer, heart failure or kidney disease, any age and stage, alongside treatment; better quality of life for patients and caregivers; also called supportive care or symptom management; from diagnosis through and after treatment; not the same as hospice, which often includes it" },
      { url: ACS_PALLIATIVE_GLOSSARY, supports: "manages symptoms of a serious illness and treatment side effects; any time during illness; does not cure the disease" },
      { url: ALA_PALLIATIVE, supports: "given by a team of specialists including doctors, nurses and social workers; helps with pain, stress and treatment decisions; ask for a referral" },
    ],
    changed: "fix round (fact-check report): removed the form \"supportive care\" (on ordinary pages it also means general care); the name is still given in details; the live-as-well-as-they-can and from-diagnosis sentences rewritten so they no longer follow ACS.",
  },
  hospice: {
    date: D,
    checks: [
      { url: NIA_HOSPICE, supports: "hospice focuses on comfort and quality of life of a person with a serious illness approaching the end of life" },
      { url: ACS_HOSPICE_CURRENT, supports: "for advanced, life-limiting illness when treatment can no longer cure or control it; treats the person and symptoms rather than the disease; team manages symptoms; family-centered decisions" },
      { url: ACS_HOSPICE, supports: "with cancer, can start when expected to live no more than 6 months; team manages symptoms, distress and spiritual issues; suggesting hospice is not giving up; palliative care is part of hospice" },
    ],
    changed: "fix round (fact-check report): removed the form \"end-of-life care\" (wider than hospice); details rewritten in our own order, no longer following the older ACS page.",
  },
  'physical-therapy': {
    date: D,
    checks: [
      { url: NHLBI_REHAB, supports: "pulmonary rehab includes exercise training and breathing techniques; before and after lung cancer surgery; helps gain strength; you may learn physical therapy exercises to do at home; the team includes physical therapists" },
      { url: ACS_REHAB, supports: "cancer and treatment cause physical and mobility problems; cancer rehab given by trained professionals; goals include staying active and independent; ask when you notice a change" },
    ],
    changed: "fix round (fact-check report): summary now rests on the pages read (exercise to gain strength, exercises to do at home); details centred on physical therapists' part in pulmonary and cancer rehab. A general definition of physical therapy was not found on a trusted page in the store.",
  },
  'oxygen-therapy': {
    date: D,
    checks: [
      { url: NHLBI_OXYGEN, supports: "oxygen to breathe, prescribed when blood oxygen is too low; tubes in the nose or a mask; low oxygen makes you short of breath, tired or confused and can damage the body; short or long term, hospital or home; gas or liquid tanks need refills; a concentrator pulls oxygen from the air; fire risk; side effects" },
      { url: CDC_POWER, supports: "a power outage is dangerous for people who rely on electric-powered medical equipment, oxygen among it; make an emergency power plan with backup power; check whether a device can run on batteries or a generator" },
      { url: ACS_SHORTNESS_OF_BREATH, supports: "call for emergency help if new shortness of breath starts suddenly and does not get better, or the skin, mouth or nail beds look pale or bluish" },
    ],
    changed: "fix round (fact-check report): replaced the unsafe \"a concentrator takes oxygen from the air, so it never runs out\" with: a concentrator needs electricity and stops in a power cut, so plan a backup (CDC page, newly read); added whenToGetHelp, emergencies first: call 911 (or your local emergency number) for sudden worse breathing, pale or blue lips, skin or nails, or confusion (ACS shortness-of-breath page, copied from another helper's texts; confusion from NHLBI); added \"use it just as your doctor prescribed\" (NHLBI: it is prescribed) and \"get help if your oxygen stops with no backup\" as conservative advice without a page of its own; removed the forms \"oxygen tank\" (scuba, welding) and \"oxygen treatment\" (hyperbaric, cosmetic); first sentence no longer limits it to low blood oxygen; details no longer follow NHLBI sentence by sentence.",
  },
  pleurodesis: {
    date: D,
    checks: [
      { url: ACS_NSCLC_PALLIATIVE, supports: "pleural effusion presses on the lung; chemical pleurodesis drains fluid by chest tube then a substance such as talc makes the linings stick, sealing the space and limiting further fluid buildup; surgical pleurodesis blows talc in by thoracoscopy" },
      { url: ACS_PALLIATIVE_GLOSSARY, supports: "palliative care eases symptoms and helps comfort but does not cure the disease" },
    ],
    changed: "fix round (fact-check report): \"so fluid cannot build up there again\" became \"to limit fluid building up there again\" (ACS: limiting further buildup); details rewritten so they no longer follow ACS.",
  },
  'adjuvant-therapy': {
    date: D,
    checks: [
      { url: ACS_RADIATION, supports: "radiation may be given after surgery to kill any remaining cancer cells" },
      { url: ACS_MARGIN, supports: "cancer cells at the edge of the removed tissue are a sign some cancer may be left after surgery" },
      { url: ACS_CHEMO_AFTER_SURGERY, supports: "chemo drugs, with radiation (chemoradiation), can be used after surgery to lower the chance a cancer comes back (laryngeal cancer page)" },
    ],
    changed: "fix round (fact-check report): no longer leads with radiation: drugs such as chemo, radiation or both are named together, with the choice depending on the cancer and its stage; the left-behind sentence now rests on what the margin page says. The general meaning (more treatment after the main one) could not be tied to a trusted page (NCI dictionary wording searched: only copies on other sites), and no stored page names the adjuvant treatments used after lung cancer surgery, so none are claimed for it.",
  },
  'neoadjuvant-therapy': {
    date: D,
    checks: [
      { url: ACS_RADIATION, supports: "radiation may be used to shrink a cancer before surgery" },
    ],
    changed: "fix round (fact-check report): details now say radiation is one example and other kinds of treatment can be given first too, since the forms include chemotherapy and immunotherapy; no stored trusted page names the drug treatments given before surgery or uses the word \"neoadjuvant\" (NCI dictionary wording searched: only copies on other sites).",
  },
};
