import type { TermEntry, TermSource } from '../types';
import {
  ACS_APPETITE,
  ACS_BONE_METS_SIGNS,
  ACS_CHEMO_WHEN_TO_CALL,
  ACS_FATIGUE,
  ACS_FEVER,
  ACS_FINDING_BONE_METS,
  ACS_LIVER_METS,
  ACS_NEUROPATHY,
  ACS_NSCLC_SIGNS,
  ACS_SHORTNESS_OF_BREATH,
  CDC_CHEMO_FEVER,
  NCI_CHRONIC_BRONCHITIS,
  NCI_WHEEZING,
  NHLBI_ASTHMA_ATTACKS,
  NHLBI_COUGH,
  NHLBI_PNEUMONIA_SYMPTOMS,
  NHLBI_VTE,
  NHS_COUGHING_BLOOD,
  NHS_SYMPTOMS,
  NINDS_KNOW_STROKE,
} from '../sources';

/*
 * Pages cited only by the symptom entries. Each was read from the search tool's stored copy
 * (review of 2026-12-03); where a stored copy shows no page title, the page is named by the
 * heading it holds.
 */

/** Stored at https://cancer.org/… (no "www."), and cited as it was read. */
const ACS_SYMPTOMS_NOT_TO_IGNORE: TermSource = {
  title: 'Cancer Symptoms You Shouldn’t Ignore',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/latest-news/cancer-symptoms-you-shouldnt-ignore.html',
};

/** The stored copy shows no title; named by its address. */
const ACS_COULD_THIS_BE_CANCER: TermSource = {
  title: 'Could This Be Cancer?',
  publisher: 'American Cancer Society',
  url: 'https://cancer.org/cancer/latest-news/could-this-be-cancer.html',
};

const ACS_PERIPHERAL_NEUROPATHY_NEWS: TermSource = {
  title: 'Do I Have Peripheral Neuropathy?',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/latest-news/what-is-peripheral-neuropathy.html',
};

/** The stored copy shows no title; named by the problem it covers. */
const ACS_SWALLOWING: TermSource = {
  title: 'Swallowing Problems',
  publisher: 'American Cancer Society',
  url: 'https://cancer.org/cancer/managing-cancer/side-effects/eating-problems/swallowing-problems.html',
};

const ACS_LARYNX_SIGNS: TermSource = {
  title: 'Signs and Symptoms of Laryngeal and Hypopharyngeal Cancers',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/laryngeal-and-hypopharyngeal-cancer/detection-diagnosis-staging/signs-symptoms.html',
};

/** Stored at http://; cited with https (same host and path), as ACS_NSCLC_SIGNS is. */
const ACS_NAUSEA_WHAT_IS_IT: TermSource = {
  title: 'Nausea and Vomiting',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/nauseaandvomiting/nauseaandvomiting/nausea-and-vomiting-what-is-it',
};

const ACS_NAUSEA_AT_HOME: TermSource = {
  title: 'Managing Nausea and Vomiting at Home',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/nausea-and-vomiting/nausea-and-vomiting.html',
};

const NHS_LYMPHOMA_SYMPTOMS: TermSource = {
  title: 'Symptoms - Non-Hodgkin lymphoma',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/non-hodgkin-lymphoma/symptoms/',
};

const MEDLINEPLUS_HEADACHE: TermSource = {
  title: 'Headache',
  publisher: 'MedlinePlus Medical Encyclopedia (National Library of Medicine)',
  url: 'https://medlineplus.gov/ency/imagepages/17204.htm',
};

/*
 * Added in the fix round of 2026-12-03 (text kept in .scratch/source-texts/fix-smr.jsonl). The
 * NHLBI pages were first read by another helper; they are named here exactly as in conditions.ts.
 */
const NCI_GUILLAIN_BARRE: TermSource = {
  title: 'Definition of Guillain-Barré syndrome - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/797067',
};

/* Stored at http://; cited with https (same host and path). Named by its heading, as in general.ts. */
export const symptomTerms: TermEntry[] = [
  {
    id: 'back-pain',
    name: 'Back pain',
    forms: ['back pain', 'backache', 'back ache', 'lumbago'],
    category: 'symptom',
    summary:
      'Back pain is pain or aching anywhere in your back. It has many causes, and often it is not cancer. Sometimes it is a sign that cancer has spread to the spine.',
    details:
      'Lung cancer that spreads to the bones can make the back or hips hurt. Bone pain from cancer is often worse at night. Early on it may not be there all the time. If cancer weakens a bone of the spine, the bone can break and collapse. That brings on sudden, severe pain, often mid-back. A tumor in the spine can also squeeze the spinal cord, whose nerves let you move and feel and also control the bladder and bowels. An early sign is new pain in the neck or back. Numbness or weakness lower in the body can follow. Without quick treatment, this can cause paralysis. Bones can also ache from arthritis, a bone infection or hard exercise.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if back pain comes with new weakness or numbness in your legs, or you lose control of your bladder or bowels. Do the same after a bad fall or injury. Get care the same day for sudden, severe pain or for pain with a fever. If you have or had cancer, let your doctor know right away about new back pain.',
    related: ['bone-pain', 'spine', 'spinal-cord-compression', 'bone-metastasis', 'musculoskeletal-pain'],
    sources: [ACS_BONE_METS_SIGNS, ACS_FINDING_BONE_METS, ACS_NSCLC_SIGNS],
    reviewed: '2026-12-03',
  },
  {
    id: 'bone-pain',
    name: 'Bone pain',
    forms: ['bone pain', 'pain in the bones', 'aching bones', 'bone ache', 'bone tenderness'],
    category: 'symptom',
    summary:
      'Bone pain is pain that comes from a bone. Arthritis, a bone infection or a lot of activity can cause it. Sometimes it means cancer has spread to the bones.',
    details:
      'When cancer spreads to a bone, the first thing people notice is often pain. It is typically worse at night, and getting up and moving around may help. It can come and go for a while before it settles into a steady ache that activity makes worse. A bone weakened by cancer can break, and not only in a fall: everyday tasks can be enough. The spine and the big arm and leg bones break most often, with sudden, severe pain that can stop you from moving. In lung cancer, spread to the bones can show up as pain in the back or hips. Breaks can often be prevented when bone spread is found early.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if bone pain comes with new weakness or numbness in your legs, or you lose control of your bladder or bowels. Get care right away for sudden, severe pain that stops you from moving. Let a doctor know right away about new bone pain, above all if you have or had cancer.',
    related: ['bone-metastasis', 'back-pain', 'bone-scan', 'hypercalcemia', 'pain-medicine'],
    sources: [ACS_BONE_METS_SIGNS, ACS_FINDING_BONE_METS, ACS_NSCLC_SIGNS],
    reviewed: '2026-12-03',
  },
  {
    id: 'chest-pain',
    name: 'Chest pain',
    forms: ['chest pain', 'chest discomfort', 'pain in the chest', 'chest tightness'],
    category: 'symptom',
    summary:
      'Chest pain is pain, pressure or tightness anywhere in your chest. It has many causes. Some need care right away, so do not ignore it.',
    details:
      'Chest pain can come with trouble breathing. It is one of the signs to look out for when someone is short of breath, along with fast breathing, a fast heartbeat and pale or bluish skin or lips. A blood clot that travels to a lung can make you suddenly short of breath, with pain in the chest. In lung cancer, chest pain is common and is often worse when you breathe deeply, cough or laugh. An ache when you breathe or cough, or chest or shoulder pain that lasts, can also be a sign. Often, though, the cause is not cancer. A doctor can find out what it is.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) for chest pain that could be a heart attack. Signs are sudden, crushing or tight pain, pain that spreads to an arm, the jaw, neck or back, or pain with sweating, nausea or shortness of breath. Call too for chest pain with sudden trouble breathing or coughing up blood. See a doctor the same day for new chest pain.',
    related: ['shortness-of-breath', 'pulmonary-embolism', 'pleural-effusion', 'lung-cancer', 'chest-x-ray'],
    sources: [ACS_SHORTNESS_OF_BREATH, ACS_NSCLC_SIGNS, NHS_SYMPTOMS, NHS_COUGHING_BLOOD, NHLBI_VTE],
    reviewed: '2026-12-03',
  },
  {
    id: 'chronic-cough',
    name: 'Chronic cough',
    forms: [
      'chronic cough',
      'persistent cough',
      'lingering cough',
      'long-standing cough',
      "cough that won't go away",
      'cough that does not go away',
      "smoker's cough",
    ],
    category: 'symptom',
    summary:
      'A chronic cough is a cough that hangs on for weeks instead of clearing up. Doctors often mean one that lasts over 8 weeks. Reflux, asthma and mucus from the nose can cause one.',
    details:
      'Coughing is how the body clears its airways of things like smoke, dust and mucus. After a cold or other infection, a cough usually settles within 3 weeks, though some linger for up to 8. When one goes on longer, common culprits include acid reflux (GERD), mucus that drips down the back of the throat from the sinuses or allergies, and long-term lung diseases like asthma or COPD. A cough still there after 3 weeks, or an old cough that changes or gets worse, is also a main symptom of lung cancer, though it often has another cause. Giving up smoking and keeping away from smoke and fumes may help a cough settle.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you cough up more blood than a few small streaks, or if breathing suddenly gets very hard and does not ease. If you see only a few streaks of blood, see a doctor urgently, the same day if you can. Do not wait to see a doctor if a cough lasts over 3 weeks or an old cough gets worse.',
    related: ['hemoptysis', 'phlegm', 'smoking', 'copd', 'chest-x-ray'],
    sources: [NHLBI_COUGH, NHS_SYMPTOMS, ACS_NSCLC_SIGNS, ACS_SHORTNESS_OF_BREATH, NHS_COUGHING_BLOOD],
    reviewed: '2026-12-03',
  },
  {
    id: 'hemoptysis',
    name: 'Coughing up blood (hemoptysis)',
    // Not "spitting up blood": the blood can come from the mouth, gums, nose or stomach, or be a baby's.
    forms: [
      'hemoptysis',
      'haemoptysis',
      'coughing up blood',
      'cough up blood',
      'coughs up blood',
      'coughed up blood',
      'coughing blood',
      'bloody sputum',
      'blood in sputum',
      'blood in the sputum',
      'bloody phlegm',
      'blood in phlegm',
      'rust-colored sputum',
      'rust-coloured sputum',
    ],
    category: 'symptom',
    summary:
      'Hemoptysis means coughing up blood, or phlegm with blood in it. It has many causes, but a doctor should always check it soon.',
    details:
      'The phlegm (spit) may have blood in it or look rust-colored. Often the cause is a long or hard cough, or an infection such as a chest infection or pneumonia. Less often it is something serious, like a clot in a lung artery or lung cancer. Coughing up blood is one of the main symptoms of lung cancer. Whatever the cause, it needs a doctor soon, so it can be found and treated.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you cough up more blood than a few small streaks. Call too if you cough up blood and it is hard to breathe, your heart is racing, or your chest or upper back hurts. If you see only a few spots or streaks, see a doctor urgently, the same day if you can.',
    related: ['chronic-cough', 'phlegm', 'lung-cancer', 'bronchoscopy', 'ct-scan'],
    sources: [ACS_NSCLC_SIGNS, NHS_SYMPTOMS, NHS_COUGHING_BLOOD],
    reviewed: '2026-12-03',
  },
  {
    id: 'shortness-of-breath',
    name: 'Shortness of breath',
    forms: [
      'shortness of breath',
      'short of breath',
      'breathlessness',
      'dyspnea',
      'dyspnoea',
      'difficulty breathing',
      'trouble breathing',
      'breathing difficulty',
      'hard to breathe',
    ],
    category: 'symptom',
    summary:
      'Shortness of breath is the feeling that you cannot catch your breath or get enough air. Doctors call it dyspnea. It can come on fast or build slowly.',
    details:
      'When breathing is hard, your body may not get all the oxygen it needs. There are many causes. They include lung problems, pneumonia, a blocked airway, fluid that builds up near the heart or lungs, anemia, pain, stress, being out of shape and being very overweight. A blood clot that travels to a lung can cause sudden breathlessness and chest pain. Signs to watch for are fast breathing, a fast heartbeat, wheezing, chest pain, and skin, lips or nail beds that look pale or bluish. Being out of breath all the time is one of the main symptoms of lung cancer. In people with cancer, tumors and some treatments can also cause it.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you suddenly become short of breath and it does not get better, or it comes with chest pain. Call too if your lips, skin or nails look pale or blue. See a doctor the same day if your breathing keeps getting worse. See a doctor soon if you get out of breath more easily than before.',
    related: ['wheezing', 'pleural-effusion', 'copd', 'pulmonary-embolism', 'oxygen-therapy'],
    sources: [ACS_SHORTNESS_OF_BREATH, NHS_SYMPTOMS, NHLBI_VTE],
    reviewed: '2026-12-03',
  },
  {
    id: 'hoarseness',
    name: 'Hoarseness',
    forms: ['hoarseness', 'hoarse voice', 'hoarse', 'dysphonia', 'raspy voice', 'husky voice'],
    category: 'symptom',
    summary:
      'Hoarseness is a change in the sound of your voice. Most often the cause is not cancer, but hoarseness that lasts should be checked.',
    details:
      'Cancer that starts on the vocal cords often makes the voice hoarse early on, which can help find it at an early stage. A hoarse voice is also listed among the symptoms of lung cancer. Pain, or trouble breathing or swallowing, along with a hoarse voice, can be a sign of a more serious problem. Most of the time the cause is not cancer, but only a doctor can find out.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you suddenly find it very hard to breathe and it does not ease. See a doctor right away if your voice is still hoarse after 2 weeks. Go sooner if you also have pain, trouble swallowing or a lump in your neck.',
    related: ['chronic-cough', 'lung-cancer', 'smoking', 'swollen-lymph-nodes'],
    sources: [ACS_LARYNX_SIGNS, NHS_SYMPTOMS, ACS_SHORTNESS_OF_BREATH, ACS_NSCLC_SIGNS],
    reviewed: '2026-12-03',
  },
  {
    id: 'unexplained-weight-loss',
    name: 'Unexplained weight loss',
    forms: [
      'unexplained weight loss',
      'unintentional weight loss',
      'unintended weight loss',
      'involuntary weight loss',
      'losing weight without trying',
      'weight loss without trying',
    ],
    category: 'symptom',
    summary:
      'Unexplained weight loss means losing weight when you are not trying to. It is more often caused by something other than cancer, but it should be checked by a doctor.',
    details:
      'Losing weight for no clear reason, or losing your appetite, is one of the main symptoms of lung cancer. Why cancer does this is not fully known. Cancer cells may use up a lot of the body’s fuel, or send out substances that change how the body turns food into energy. During cancer treatment, eating too little can lead to weight loss, weakness and tiredness. General symptoms like this are more often due to something other than cancer. Either way, seeing a doctor is how you find out what is behind it.',
    whenToGetHelp:
      'See a doctor soon if you lose weight without trying. Go sooner if you also have other symptoms, such as a cough that will not go away. During cancer treatment, tell your care team when you start to lose weight.',
    related: ['loss-of-appetite', 'fatigue', 'lung-cancer', 'healthy-diet'],
    sources: [ACS_SYMPTOMS_NOT_TO_IGNORE, NHS_SYMPTOMS, ACS_APPETITE],
    reviewed: '2026-12-03',
  },
  {
    id: 'fatigue',
    name: 'Fatigue',
    // Not "exhaustion": it is also heat exhaustion, a different problem.
    forms: ['fatigue', 'fatigued', 'tiredness', 'lack of energy', 'cancer-related fatigue'],
    category: 'symptom',
    summary:
      'Fatigue is tiredness that can affect your body, your thinking and your feelings. It leaves you short of energy for daily life. It has many causes.',
    details:
      'Normal tiredness tends to pass. Fatigue from cancer or its treatment is different. Rest and sleep may not help, your arms and legs may feel heavy, and it can be hard to focus or remember. Feeling tired all the time, or lacking energy, is also one of the main symptoms of lung cancer. But tiredness is more often caused by something other than cancer. Tell your doctor or care team how it affects your life, so they can look for causes and help.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if tiredness comes with sudden confusion, chest pain, fainting, or breathing that suddenly gets hard. During chemo, a fever of 100.4°F (38°C) or more is an emergency: call your care team right away. Tell your care team if you stay in bed for over a day. See a doctor soon if you have felt tired for weeks and rest does not help.',
    related: ['anemia', 'side-effects', 'unexplained-weight-loss', 'chemotherapy', 'loss-of-appetite'],
    sources: [ACS_FATIGUE, NHS_SYMPTOMS, ACS_SYMPTOMS_NOT_TO_IGNORE, NINDS_KNOW_STROKE, CDC_CHEMO_FEVER, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'swollen-lymph-nodes',
    name: 'Swollen lymph nodes',
    // Not "swollen gland": it is also said of the salivary glands (as in mumps).
    forms: [
      'swollen lymph node',
      'enlarged lymph node',
      'swollen node',
      'lymph node swelling',
      'swelling of the lymph nodes',
      'lymphadenopathy',
    ],
    category: 'symptom',
    summary:
      'Swollen lymph nodes are small glands that have grown bigger, often felt as lumps in the neck, groin or armpit. They often swell because of an infection.',
    details:
      'The body has lymph nodes, also called lymph glands, in many places. Each is about the size of a pea and is packed with the white blood cells that fight germs. Less often, a swollen node is a sign of cancer, such as lymphoma, or of cancer that has spread. Lung cancer can spread to nodes in the neck or just above the collarbone, where they may be felt as lumps. A doctor can check a node that stays swollen.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if a swelling in your neck makes it suddenly very hard to breathe. See a doctor if a swollen node has not gone down after 6 weeks. Go sooner if it keeps growing or you have other symptoms that worry you.',
    related: ['lymph-nodes', 'metastasis', 'biopsy', 'lymphoma'],
    sources: [NHS_LYMPHOMA_SYMPTOMS, ACS_NSCLC_SIGNS, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'wheezing',
    name: 'Wheezing',
    forms: ['wheezing', 'wheeze', 'wheezy', 'wheezed'],
    category: 'symptom',
    summary:
      'Wheezing is a whistling noise made as you breathe. Air makes this sound when it squeezes through breathing tubes that have become narrow or partly blocked.',
    details:
      'A wheeze warns that breathing may be getting hard. Asthma and COPD are among the most common causes, along with bronchitis and fluid in the lungs. Allergies can bring it on, and so can a severe allergic reaction. Smoking, some medicines, reflux, heart failure, chest infections such as pneumonia, and an object breathed in by mistake are other causes. Now and then the cause is a tumor in a lung or airway. A new wheeze is one of the symptoms of lung cancer, though something else is the cause far more often.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you struggle to breathe and it does not get better, or your lips or nails look blue. Call too if wheezing comes with swelling of the face, lips, mouth or throat. In an asthma attack, call if your medicines are not helping or breathing is still very hard. See a doctor soon if wheezing is new or keeps coming back.',
    related: ['shortness-of-breath', 'airways', 'asthma', 'copd', 'spirometry'],
    sources: [NCI_WHEEZING, ACS_NSCLC_SIGNS, ACS_SHORTNESS_OF_BREATH, NHLBI_ASTHMA_ATTACKS, ACS_CHEMO_WHEN_TO_CALL],
    reviewed: '2026-12-03',
  },
  {
    id: 'finger-clubbing',
    name: 'Finger clubbing',
    forms: ['finger clubbing', 'clubbed finger', 'clubbed fingertip', 'nail clubbing', 'digital clubbing', 'clubbing of the fingers'],
    category: 'symptom',
    summary:
      'Finger clubbing is when the ends of your fingers get larger and your nails curve more. It is a less common sign of lung cancer and should be checked by a doctor.',
    details:
      'Clubbing changes the way your fingers look: the tips get bigger and the nails become more curved. In lung cancer, it is one of the less common symptoms, along with a hoarse voice, wheezing and trouble swallowing. If you notice it, a doctor can look for the cause.',
    whenToGetHelp:
      'See a doctor within a few weeks if your fingertips or nails change shape. Go sooner if you also have a cough that will not go away, trouble breathing or weight loss.',
    related: ['lung-cancer', 'paraneoplastic-syndrome', 'chronic-cough', 'shortness-of-breath'],
    sources: [NHS_SYMPTOMS],
    reviewed: '2026-12-03',
  },
  {
    id: 'numbness',
    name: 'Numbness',
    // Not "pins and needles": "on pins and needles" means nervous.
    forms: ['numbness', 'numbness and tingling', 'loss of feeling', 'loss of sensation', 'paresthesia', 'paraesthesia'],
    category: 'symptom',
    summary:
      'Numbness and tingling are changes in feeling in part of the body: less feeling, or a prickly, pins-and-needles feeling. They can happen when nerves are hurt or pressed on.',
    details:
      'Numb or tingling hands and feet often come from damage to the nerves outside the brain and spinal cord (peripheral neuropathy). Poor blood flow, diabetes and heavy drinking can cause it. So can low vitamin B, injuries, infections, some autoimmune diseases and some cancer treatments. Cancer that has spread to the spine can push on the spinal cord, and then the body below that spot can turn numb and weak. Lung cancer that spreads can also make an arm or leg numb or weak. Sudden numbness, mostly on one side of the body, can be a sign of stroke.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if numbness comes on all at once, mostly on one side. Call too if it comes with confusion or trouble speaking or seeing, or if numb or weak legs come with new back pain. Call if you lose control of your bladder or bowels. Get care right away if your hands or feet start to tingle, hurt or feel weak.',
    related: ['neuropathy', 'leg-weakness', 'spinal-cord-compression', 'brain-metastasis', 'spinal-cord'],
    sources: [ACS_PERIPHERAL_NEUROPATHY_NEWS, ACS_NEUROPATHY, ACS_BONE_METS_SIGNS, ACS_NSCLC_SIGNS, NINDS_KNOW_STROKE],
    reviewed: '2026-12-03',
  },
  {
    id: 'leg-weakness',
    name: 'Leg weakness',
    forms: ['leg weakness', 'weak leg', 'weakness in the leg', 'weakness in your leg', 'weakness of the leg', 'weakness in one leg', 'weakness in both leg'],
    category: 'symptom',
    summary:
      'Leg weakness means your legs feel weak or hard to move or control. It can come from a problem with the nerves, the spinal cord or the brain. Sudden weakness can be an emergency.',
    details:
      'Damaged nerves outside the brain and spinal cord can cause weak muscles, tripping and trouble walking. Diabetes, injuries and some cancer treatments are among the causes. A tumor in the spine can squeeze the spinal cord, whose nerves also control the bladder and bowels. New back or neck pain often comes first, then numbness and weakness lower down. It needs treatment right away, or it can lead to paralysis. Rarely, the immune system attacks the nerves (Guillain-Barré syndrome): weakness often starts in the legs and can worsen fast, even affecting breathing. Lung cancer that spreads can weaken an arm or leg. Sudden weakness, mostly on one side, can be a sign of stroke.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if weakness in one or both legs comes on suddenly or spreads fast, or comes with trouble breathing. Call too if it comes with new back pain or numbness, trouble speaking, or loss of bladder or bowel control. See a doctor the same day for any new weakness in your legs.',
    related: ['spinal-cord-compression', 'numbness', 'back-pain', 'brain-metastasis', 'balance-problems'],
    sources: [NINDS_KNOW_STROKE, ACS_FINDING_BONE_METS, ACS_PERIPHERAL_NEUROPATHY_NEWS, ACS_NEUROPATHY, ACS_NSCLC_SIGNS, NCI_GUILLAIN_BARRE],
    reviewed: '2026-12-03',
  },
  {
    id: 'dizziness',
    name: 'Dizziness',
    forms: ['dizziness', 'dizzy', 'lightheadedness', 'lightheaded', 'light-headed', 'vertigo'],
    category: 'symptom',
    summary:
      'Dizziness is a general word for feeling light-headed, off balance, or as if things are spinning. It has many causes. Sudden dizziness with trouble walking can be a sign of stroke.',
    details:
      'Dizziness and light-headedness can come along with nausea. In people with lung cancer, dizziness or balance problems can be a sign that the cancer has spread. A sudden loss of balance, with dizziness or trouble walking, is one of the signs of stroke. Most of the time dizziness is not caused by cancer, but dizzy spells that keep coming back should be checked.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you feel dizzy all at once and cannot walk. Call too if one side of your body goes numb or weak, or you have confusion, trouble speaking or seeing, or a sudden bad headache. Do the same for dizziness with chest pain, a racing heart, fainting or trouble breathing. See a doctor soon if dizzy spells keep coming back.',
    related: ['balance-problems', 'headache', 'brain-metastasis', 'anemia'],
    sources: [NINDS_KNOW_STROKE, ACS_NAUSEA_WHAT_IS_IT, ACS_NSCLC_SIGNS, ACS_COULD_THIS_BE_CANCER],
    reviewed: '2026-12-03',
  },
  {
    id: 'balance-problems',
    name: 'Balance problems',
    // Not "balance issue": mostly work-life balance, game balance or an account balance.
    forms: [
      'balance problem',
      'balance disorder',
      'problems with balance',
      'trouble with balance',
      'loss of balance',
      'poor balance',
      'unsteadiness',
    ],
    category: 'symptom',
    summary:
      'Balance problems make it hard to stay steady when you stand or walk, so you may trip, stumble or fall. Damaged nerves and problems in the brain are among the causes.',
    details:
      'Damage to the nerves in the feet (peripheral neuropathy) can cause numbness, tripping and stumbling, and make it hard to stay steady. Its causes include diabetes, injuries, heavy drinking and some cancer treatments. In rare cases it leads to dangerous falls. Lung cancer that has spread can also cause balance problems, along with headache, dizziness or seizures. A sudden loss of balance can be a sign of stroke.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you suddenly lose your balance or cannot walk. Call too if it comes with weakness or numbness on one side, confusion, trouble speaking or seeing, or a sudden, very bad headache. After a fall, get care the same day if you hit your head or take a blood thinner. See a doctor soon if you often feel unsteady or trip.',
    related: ['dizziness', 'leg-weakness', 'numbness', 'brain-metastasis', 'physical-therapy'],
    sources: [NINDS_KNOW_STROKE, ACS_PERIPHERAL_NEUROPATHY_NEWS, ACS_NSCLC_SIGNS],
    reviewed: '2026-12-03',
  },
  {
    id: 'jaundice',
    name: 'Jaundice',
    // Not "jaundiced" (also "a jaundiced view") nor "yellow skin" (also make-up and paint).
    forms: ['jaundice', 'yellowing of the skin', 'yellowing of the eyes', 'yellowness of the skin', 'icterus'],
    category: 'symptom',
    summary:
      'Jaundice is when your skin or the whites of your eyes turn yellow. It can be a sign of a problem with the liver, so tell a doctor right away.',
    details:
      'One cause of jaundice is cancer in the liver. It can come with itchy skin, a poor appetite, tiredness or weakness, fever, a bloated belly, swollen legs and, less often, pain high on the right side of the belly. Many kinds of cancer can spread to the liver, lung cancer among them, and jaundice is one of the signs that lung cancer may have spread. When the liver cannot work well, a person can become confused or very sleepy.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if yellow skin or eyes come with confusion, or the person is very sleepy and hard to wake. Get care the same day if the yellow color comes with a fever or belly pain, or if a newborn baby looks yellow. If not, tell a doctor right away.',
    related: ['liver', 'metastasis', 'blood-test', 'ultrasound'],
    sources: [ACS_LIVER_METS, ACS_NSCLC_SIGNS],
    reviewed: '2026-12-03',
  },
  {
    id: 'phlegm',
    name: 'Phlegm (sputum)',
    forms: ['phlegm', 'sputum', 'coughing up mucus', 'chest mucus', 'productive cough'],
    category: 'symptom',
    summary:
      'Phlegm, also called sputum, is the thick mucus you cough up from your lungs and airways. Smoke, infection and long-term lung disease can make you cough up more of it.',
    details:
      'Mucus is one of the things a cough helps clear from your airways. When the big air passages stay swollen and scarred for a long time (chronic bronchitis), they pour out mucus, and a cough that lasts follows. Cigarettes are the usual cause. Breathing other people’s smoke, fumes or polluted air, and infections, can also lead to it. Phlegm with blood in it, or phlegm that looks rust-colored, should be checked right away, since coughing up blood is one of the main symptoms of lung cancer.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you cough up more blood than a few small streaks, or if it suddenly gets very hard to breathe and does not ease. If you see only a few streaks of blood in your phlegm, see a doctor urgently, the same day if you can. See a doctor soon if a cough with phlegm lasts more than 3 weeks.',
    related: ['chronic-cough', 'hemoptysis', 'sputum-cytology', 'respiratory-infection', 'chronic-bronchitis'],
    sources: [NCI_CHRONIC_BRONCHITIS, NHLBI_COUGH, ACS_NSCLC_SIGNS, NHS_SYMPTOMS, ACS_SHORTNESS_OF_BREATH, NHS_COUGHING_BLOOD],
    reviewed: '2026-12-03',
  },
  {
    id: 'respiratory-infection',
    name: 'Respiratory infection',
    forms: [
      'respiratory infection',
      'respiratory tract infection',
      'chest infection',
      'recurrent chest infection',
      'repeated chest infection',
      'lower respiratory tract infection',
    ],
    category: 'symptom',
    summary:
      'A respiratory infection is an infection in the parts of the body you breathe with. A cold, a sinus infection and pneumonia are three kinds. If chest infections keep coming back, see a doctor.',
    details:
      'Infections often cause a cough. A cough from a cold or other infection usually lasts less than 3 weeks, though some hang on for 3 to 8 weeks after the infection is over. Pneumonia can bring fever, chills, shortness of breath and pain in the chest on breathing or coughing. Older adults may instead feel weak or suddenly confused. Chest infections that return again and again are a main symptom of lung cancer. So are infections such as bronchitis or pneumonia that do not go away. Often, though, something other than cancer is the cause.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if breathing suddenly gets very hard, lips or nails look blue, or someone becomes suddenly confused. During chemo, a fever of 100.4°F (38°C) or more is an emergency: call your care team at once. See a doctor the same day for a chest infection with chest pain or fast breathing. See a doctor soon if chest infections keep coming back.',
    related: ['pneumonia', 'chronic-bronchitis', 'phlegm', 'fever', 'chronic-cough'],
    sources: [NHLBI_COUGH, NHS_SYMPTOMS, ACS_NSCLC_SIGNS, ACS_SHORTNESS_OF_BREATH, NHLBI_PNEUMONIA_SYMPTOMS, CDC_CHEMO_FEVER],
    reviewed: '2026-12-03',
  },
  {
    id: 'fever',
    name: 'Fever',
    // Not "high temperature": it is mostly about weather and machines.
    forms: ['fever', 'feverish', 'febrile', 'pyrexia'],
    category: 'symptom',
    summary:
      'A fever is when your body temperature is higher than normal. It is most often a sign that your body is fighting an infection. During cancer treatment, a fever can be an emergency.',
    details:
      'Fever is one of the ways the body fights germs. A tumor, a reaction to a medicine or inflammation can also cause one. Take your temperature if you feel warm, cold or shaky, or have body aches, a headache or tiredness. Cancer treatment can lower the number of white blood cells that fight germs. An infection during chemo can be deadly, and a fever may be the only warning you get. Ask your care team what temperature counts as a fever for you.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if a fever comes with a stiff neck, a bad headache, confusion, a seizure, trouble breathing, or a rash that does not fade when you press it. A baby under 3 months with a fever needs care right away. During chemo, a fever of 100.4°F (38°C) or more is an emergency. Call your care team at once, day or night.',
    related: ['respiratory-infection', 'pneumonia', 'chemotherapy', 'side-effects'],
    sources: [ACS_FEVER, CDC_CHEMO_FEVER, ACS_SYMPTOMS_NOT_TO_IGNORE, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'loss-of-appetite',
    name: 'Loss of appetite',
    forms: ['loss of appetite', 'appetite loss', 'poor appetite', 'decreased appetite', 'reduced appetite', 'lack of appetite'],
    category: 'symptom',
    summary:
      'Loss of appetite means you want to eat less than usual, or not at all. It is often short-term, but if it lasts it can lead to weight loss.',
    details:
      'Lots of things can dull your appetite: food that tastes or smells different, feeling full, pain, nausea, vomiting, low mood, trouble swallowing and not drinking enough. In cancer, a growing tumor or the side effects of treatment can add to it. Loss of appetite is also one of the main symptoms of lung cancer. Eating too little can leave you weak and tired. During cancer treatment, the American Cancer Society suggests eating little and often, picking foods rich in calories and protein, saving drinks for between meals, and taking a short walk before you eat.',
    whenToGetHelp:
      'Get care the same day if you cannot drink, or cannot keep fluids down. See a doctor soon if you still do not feel like eating, or you lose weight without trying. During cancer treatment, tell your care team about any change in your appetite, so they can look for the cause.',
    related: ['unexplained-weight-loss', 'fatigue', 'nausea', 'healthy-diet', 'side-effects'],
    sources: [ACS_APPETITE, NHS_SYMPTOMS],
    reviewed: '2026-12-03',
  },
  {
    id: 'difficulty-swallowing',
    name: 'Difficulty swallowing',
    forms: [
      'difficulty swallowing',
      'trouble swallowing',
      'problems swallowing',
      'swallowing problem',
      'swallowing difficulty',
      'swallowing difficulties',
      'painful swallowing',
      'pain when swallowing',
      'dysphagia',
    ],
    category: 'symptom',
    summary:
      'Difficulty swallowing means it is hard, or it hurts, to get food or drink down from your mouth to your stomach. Doctors call trouble swallowing dysphagia.',
    details:
      'When you swallow, food and drink pass down the esophagus, the swallowing tube, to the stomach. A sore or injured mouth, tongue or food pipe can get in the way, and so can pain. If you cannot eat or drink enough, you may lose weight and feel weak. Food or drink can also go the wrong way into the lungs, which can cause an infection or trouble breathing. Trouble or pain when swallowing is a less common symptom of lung cancer. It can also come from cancer of the voice box or throat, though it is more often caused by something else.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if someone chokes and cannot breathe. Call too if trouble swallowing starts suddenly with weakness, numbness or trouble speaking. Go to an emergency room if food is stuck and you cannot swallow your own spit. See a doctor soon if it is hard or it hurts to swallow, and sooner if you are losing weight.',
    related: ['unexplained-weight-loss', 'hoarseness', 'side-effects', 'radiation-therapy'],
    sources: [ACS_SWALLOWING, NHS_SYMPTOMS, ACS_LARYNX_SIGNS, NINDS_KNOW_STROKE],
    reviewed: '2026-12-03',
  },
  {
    id: 'headache',
    name: 'Headache',
    forms: ['headache', 'head pain', 'head ache'],
    category: 'symptom',
    summary:
      'A headache is pain in any part of your head. Most headaches are not serious. A sudden, severe or lasting headache should be checked.',
    details:
      'Most headaches get better with pain relievers you can buy without a prescription. A headache that keeps hanging on is unlikely to be cancer, but a doctor should still look at it. When lung cancer spreads, it can cause headaches, dizziness, balance problems or seizures. A sudden, severe headache that has no clear cause can be a sign of stroke.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) for a sudden, very bad headache with no clear cause. Call too if it comes with sudden confusion, numbness or weakness, or trouble speaking, seeing or walking. Get emergency care for a headache after a head injury. Do the same for one with a fever and stiff neck, a seizure or fainting. See a doctor soon if a headache will not go away.',
    related: ['brain-metastasis', 'dizziness', 'nausea', 'mri'],
    sources: [MEDLINEPLUS_HEADACHE, ACS_COULD_THIS_BE_CANCER, ACS_NSCLC_SIGNS, NINDS_KNOW_STROKE],
    reviewed: '2026-12-03',
  },
  {
    id: 'nausea',
    name: 'Nausea and vomiting',
    // Not "throwing up" ("throwing up his hands") nor "queasy"/"queasiness" (often figurative).
    forms: ['nausea', 'nauseous', 'nauseated', 'vomiting', 'emesis'],
    category: 'symptom',
    summary:
      'Nausea is a sick feeling in your stomach, as if you may throw up. Vomiting is throwing up. Either can happen without the other.',
    details:
      'Food that disagrees with you, germs in food and infections can all cause nausea and vomiting. So can cancer itself, and cancer treatments such as chemotherapy and radiation. Before vomiting, you may make more saliva, feel clammy or sweat. Vomiting a lot can be dangerous: you can lose too much fluid (dehydration), or breathe in food or liquid and choke. Medicines can prevent or ease nausea from treatment, so let your care team know about it.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you vomit blood or something like coffee grounds. Call too if vomiting comes with bad belly pain, a bad headache or a stiff neck, or follows a head injury, or if breathing suddenly gets hard. Get care the same day if you keep vomiting, cannot keep fluids down, or pee very little. During cancer treatment, tell your care team about nausea.',
    related: ['side-effects', 'chemotherapy', 'hypercalcemia', 'loss-of-appetite', 'brain-metastasis'],
    sources: [ACS_NAUSEA_AT_HOME, ACS_NAUSEA_WHAT_IS_IT, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'musculoskeletal-pain',
    name: 'Musculoskeletal pain',
    forms: ['musculoskeletal pain', 'muscle pain', 'muscle ache', 'aching muscle', 'sore muscle', 'myalgia', 'joint pain'],
    category: 'symptom',
    summary:
      'Musculoskeletal pain is pain in your muscles, bones or joints. It often has a cause other than cancer, such as arthritis or a lot of activity.',
    details:
      'Body aches can come with a fever. Arthritis, infection or a lot of activity can make bones hurt. Muscle cramps and aches can also come from nerve damage (peripheral neuropathy). A blood clot deep in a leg can cause pain, swelling and redness. Pain from cancer that has spread to a bone is often worse at night, and at first it may not be there all the time. In lung cancer, chest or shoulder pain that lasts can be a sign. Pain that lasts, gets worse, or comes with other symptoms should be checked.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if pain in your arm, shoulder or jaw comes with chest pain, sweating or shortness of breath. Get care the same day for a hot, swollen joint with a fever, a calf that is swollen and painful, or severe muscle pain with dark urine. See a doctor soon if pain lasts, gets worse, or is worse at night.',
    related: ['back-pain', 'bone-pain', 'physical-therapy', 'nsaids'],
    sources: [ACS_BONE_METS_SIGNS, ACS_FEVER, ACS_PERIPHERAL_NEUROPATHY_NEWS, NHS_SYMPTOMS, NHLBI_VTE],
    reviewed: '2026-12-03',
  },
  {
    id: 'neuropathy',
    name: 'Neuropathy',
    // Not "nerve damage" (also the optic nerve, brain or spinal cord) nor "neuropathic pain" (can start in the brain or spinal cord).
    forms: [
      'neuropathy',
      'neuropathies',
      'peripheral neuropathy',
      'nerve pain',
      'chemotherapy-induced peripheral neuropathy',
      'CIPN',
    ],
    category: 'symptom',
    summary:
      'Neuropathy is damage to the nerves outside the brain and spinal cord. It can bring tingling, numbness, pain or weakness, often in the feet or hands.',
    details:
      'The nerves in your arms, legs and trunk carry messages to and from the brain. When they are damaged, you may feel burning, shooting pain or pins and needles, lose feeling, or become more sensitive to heat, cold or touch. It can be hard to pick things up, walk or keep your balance. Poor blood flow, injuries, diabetes and too much alcohol can cause it, as can infections, low vitamin B and some autoimmune diseases. Chemotherapy, other cancer treatments or the cancer itself can also cause it. Symptoms most often build up slowly, and they may come and go. Rarely, it affects breathing or causes paralysis.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if weakness spreads fast or you have trouble breathing. Call too if numbness or weakness comes on suddenly, mostly on one side. Get care right away if your hands or feet start to tingle, hurt or feel weak in a new way.',
    related: ['numbness', 'chemotherapy', 'side-effects', 'balance-problems', 'leg-weakness'],
    sources: [ACS_NEUROPATHY, ACS_PERIPHERAL_NEUROPATHY_NEWS, NINDS_KNOW_STROKE, NCI_GUILLAIN_BARRE],
    reviewed: '2026-12-03',
  },
];
