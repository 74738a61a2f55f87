/*
 * What the glossary's review tests look for, kept apart so each rule can be read and extended on
 * its own: medicine names, the emergency-number wording, and which entries are about the lungs or
 * about cancer by definition.
 */

/** "911" not followed by the words that make it right outside the US and Canada. */
export const EMERGENCY_NUMBER_PATTERN = /\b911\b(?! \(or your local emergency number\))/g;

/** A word about the lungs. */
export const LUNG_WORD = /\b(lungs?|pulmonary|bronch\w*|pleura\w*|NSCLC|SCLC|airways?)\b/i;
/** A word about cancer. */
export const CANCER_WORD = /\b(cancer\w*|\w*carcinom\w*|malignan\w*|onco\w*|metasta\w*|leuk\w*mia|\w*lymphom\w*|\w*sarcom\w*|NSCLC|SCLC|mesotheliom\w*|carcinoid\w*|chemo\w*)\b/i;
// "Tumor" is not among them: a tumor can be benign.

/** A first sentence without its examples ("such as the lungs"), which need not hold everywhere. */
export function withoutExamples(sentence: string): string {
  return sentence.replace(/,? such as [^,.;]*/gi, '').replace(/\([^)]*\)/g, '');
}

/**
 * Entries whose every form names something that is only ever about the lungs, or only ever about
 * cancer, whatever words it is written with: their first sentence may say so.
 */
export const SCOPED_BY_DEFINITION: Readonly<Record<string, readonly ('lung' | 'cancer')[]>> = {
  // Parts of the breathing system, and what is made or found there.
  airways: ['lung'],
  alveoli: ['lung'],
  diaphragm: ['lung'],
  phlegm: ['lung'],
  'respiratory-infection': ['lung'],
  'pleural-effusion': ['lung'],
  // Lung diseases, whatever they are called.
  asthma: ['lung'],
  copd: ['lung'],
  emphysema: ['lung'],
  pneumonia: ['lung'],
  'lung-nodule': ['lung'],
  mesothelioma: ['lung'],
  // Lung doctors, tests and procedures.
  bronchoscopy: ['lung'],
  'endobronchial-ultrasound': ['lung'],
  mediastinoscopy: ['lung'],
  'pulmonary-function-test': ['lung'],
  'sputum-cytology': ['lung'],
  thoracentesis: ['lung'],
  pneumonectomy: ['lung'],
  pleurodesis: ['lung'],
  // Lung cancers and the lung-screening report, whatever they are called.
  nsclc: ['lung', 'cancer'],
  'pancoast-tumor': ['lung', 'cancer'],
  'lung-rads': ['lung', 'cancer'],
  // Only ever about cancer.
  metastasis: ['cancer'],
  'tnm-staging': ['cancer'],
  'checkpoint-inhibitor': ['cancer'],
  'bone-metastasis': ['cancer'],
  'brain-metastasis': ['cancer'],
  lymphoma: ['cancer'],
  'paraneoplastic-syndrome': ['cancer'],
  grade: ['cancer'],
  'targeted-therapy': ['cancer'],
};

/** Name stems of medicines (WHO and USAN stems) and names of medicines people meet in health news. */
const DRUG_STEM = /(mab|tinib|rasib|ciclib|parib|statin|pril|sartan|olol|dipine|cillin|mycin|floxacin|cycline|profen|coxib|codone|morphone|platin|taxel|trexed|azepam|azolam|prazole|gliptin|gliflozin|glutide|tide)$/i;
const DRUG_NAMES = new Set(
  [
    'morphine', 'codeine', 'fentanyl', 'methadone', 'tramadol', 'heroin', 'buprenorphine', 'naloxone', 'aspirin',
    'acetaminophen', 'paracetamol', 'ibuprofen', 'naproxen', 'diclofenac', 'varenicline', 'bupropion', 'metformin',
    'insulin', 'warfarin', 'heparin', 'prednisone', 'dexamethasone', 'cytisine', 'tylenol', 'advil', 'motrin', 'aleve',
    'narcan', 'chantix', 'zyban', 'keytruda', 'opdivo', 'tagrisso', 'alecensa',
  ].map((name) => name.toLowerCase()),
);

/**
 * Whether a surface form names a medicine: a drug's name (by stem or by name), a class of drug
 * ("EGFR inhibitor"), or a nicotine replacement product.
 */
export function isDrugName(form: string): boolean {
  const words = form.toLowerCase().split(/[\s-]+/);
  if (words.some((word) => DRUG_NAMES.has(word) || (word.length > 6 && DRUG_STEM.test(word)))) return true;
  if (words.includes('inhibitor') || words.includes('inhibitors') || words.includes('blocker') || words.includes('blockers')) return true;
  return /^nicotine (patch|gum|lozenge|inhaler|nasal spray|replacement)/.test(form.toLowerCase());
}
