import type { TermEntry, TermSource } from '../types';
import {
  ACS_CHEMO_AFTER_SURGERY,
  ACS_CHEMO_WHEN_TO_CALL,
  ACS_FEVER,
  ACS_SHORTNESS_OF_BREATH,
  CDC_CHEMO_FEVER,
  CDC_QUITLINE_FAQ,
  CDC_QUIT_MEDICINES_HOW,
  NCI_CHECKPOINT_INHIBITORS,
  NINDS_KNOW_STROKE,
} from '../sources';

const ACS_CHECKPOINT_INHIBITORS: TermSource = {
  title: 'Immune Checkpoint Inhibitors and Their Side Effects',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/immunotherapy/immune-checkpoint-inhibitors.html',
};

/* Stored at http://; no page title shown, so named by its heading. */
const ACS_NON_OPIOIDS: TermSource = {
  title: 'Non-opioids and Other Drugs Used to Treat Cancer Pain',
  publisher: 'American Cancer Society',
  url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/pain/non-opioids-and-other-drugs-to-treat-cancer-pain.html',
};

/* Stored at http://. */
const ACS_NON_OPIOID_TABLE: TermSource = {
  title: 'Guide to Controlling Cancer Pain: Non-opioid pain medicines',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/pain/paindiary/pain-control-non-opioid-pain-medicines',
};

/* Stored at http://. */
const ACS_NSAID_PRECAUTIONS: TermSource = {
  title: 'Guide to Controlling Cancer Pain: Non-steroidal anti-inflammatory drugs',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/pain/paindiary/pain-control-non-steroid-anti-inflammatory-drugs',
};

const ACS_OPIOIDS: TermSource = {
  title: 'Opioids for Cancer Pain',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/pain/cancer-pain/opioid-pain-medicines-for-cancer-pain.html',
};

const ACS_OPIOIDS_SAFE_USE: TermSource = {
  title: 'Opioids for Cancer Pain (How to use opioids safely)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/pain/opioid-pain-medicines-for-cancer-pain.html',
};

const ACS_TARGETED_SIDE_EFFECTS: TermSource = {
  title: 'Targeted Therapy Side Effects',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/targeted-therapy/side-effects.html',
};

/* Stored at http://. */
const ACS_TARGETED_SIDE_EFFECTS_WHY: TermSource = {
  title: 'Targeted Therapy Side Effects (Why does targeted therapy cause side effects?)',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/targeted-therapy/side-effects.html',
};

const CDC_NALOXONE: TermSource = {
  title: 'Lifesaving Naloxone',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html',
};

const CDC_NEUTROPENIA: TermSource = {
  title: 'Neutropenia and Risk for Infection',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/cancer/preventinfections/neutropenia.htm',
};

/* Follow-up review: CDC's bystander page with the signs of an opioid overdose and what to do. */
const CDC_OVERDOSE_RESPONSE: TermSource = {
  title: 'What to Do if You Think Someone is Overdosing',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/stop-overdose/response/index.html',
};

const FDA_ACETAMINOPHEN: TermSource = {
  title: 'Acetaminophen',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/drugs/information-drug-class/acetaminophen',
};

const CDC_OVERDOSE_PREVENTION: TermSource = {
  title: 'Overdose Prevention',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/drugoverdose/opioids/odprevention.html',
};

const CDC_QUIT_MEDICINES_WHICH: TermSource = {
  title: 'Which Quit Smoking Medicine is Right for You?',
  publisher: 'Centers for Disease Control and Prevention',
  url: 'https://www.cdc.gov/tobacco/campaign/tips/quit-smoking/quit-smoking-medications/which-quit-smoking-medicine-is-right-for-you/index.html',
};

const FDA_ACETAMINOPHEN_SAFELY: TermSource = {
  title: 'FDA releases new video explaining how to take acetaminophen safely',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/drugs/special-features/fda-releases-new-video-explaining-how-take-acetaminophen-safely',
};

const NCI_IMMUNOTHERAPY_SIDE_EFFECTS: TermSource = {
  title: 'Immunotherapy Side Effects',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/side-effects',
};

const SMOKEFREE_NRT: TermSource = {
  title: 'Using Nicotine Replacement Therapy',
  publisher: 'Smokefree.gov (National Cancer Institute)',
  url: 'https://smokefree.gov/tools-tips/how-to-quit/using-nicotine-replacement-therapy',
};

/* Stored at http://; cited with https (same host and path). Named by its heading, as in general.ts. */
const FDA_OPIOIDS_WITH_BENZODIAZEPINES: TermSource = {
  title:
    'FDA Drug Safety Communication: FDA warns about serious risks and death when combining opioid pain or cough medicines with benzodiazepines; requires its strongest warning',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm',
};

const FDA_ACETAMINOPHEN_CAUTION: TermSource = {
  title: 'Health Bulletin: Use Caution with Pain Relievers (acetaminophen)',
  publisher: 'U.S. Food and Drug Administration',
  url: 'https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/health-bulletin-use-caution-pain-relievers-acetaminophen',
};

export const medicineTerms: TermEntry[] = [
  {
    id: 'chemotherapy',
    name: 'Chemotherapy',
    forms: ['chemotherapy', 'chemotherapies', 'chemo', 'chemotherapy drug', 'cytotoxic chemotherapy'],
    category: 'medicine',
    summary:
      'Chemotherapy, or chemo, is treatment with drugs that kill fast-growing cells, such as cancer cells. It is most often a pill or a drip into a vein, and the drugs then reach the whole body.',
    details:
      'Chemo comes in cycles, each usually a few weeks long, with a break built in so the body can recover. It is sometimes given along with radiation, for example after surgery to lower the chance that the cancer comes back. Because the drugs kill fast-growing cells, they harm some healthy ones too, such as the white blood cells that fight germs. Side effects depend on which drugs, how much and for how long. Common ones are nausea, vomiting, hair loss, mouth sores, diarrhea, poor appetite and tiredness. Fewer white cells make infections more likely, and fewer platelets can cause bruising or bleeding after small cuts. White cells often drop 7 to 12 days after a dose. Most side effects fade once treatment is over.',
    safety:
      'Chemo lowers the white blood cells that fight germs, so infections are more likely, and an infection during chemo can be life-threatening. A fever may be its only sign. Keep a thermometer at home and take your temperature when you feel warm, chilled or unwell. Ask your team when your counts will be lowest.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) for trouble breathing, a swollen mouth or throat, bleeding that will not stop, or sudden confusion. During chemo, a fever of 100.4°F (38°C) or more is an emergency too. Call your cancer team right away, day or night. At an emergency room, say you get chemo. Tell your team right away about new bruises, a rash, or vomiting or diarrhea that lasts.',
    related: ['fever', 'side-effects', 'adjuvant-therapy', 'neoadjuvant-therapy', 'immunotherapy', 'nausea'],
    sources: [CDC_CHEMO_FEVER, CDC_NEUTROPENIA, ACS_FEVER, ACS_CHEMO_AFTER_SURGERY, ACS_CHEMO_WHEN_TO_CALL, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'targeted-therapy',
    name: 'Targeted therapy',
    // Not "targeted drug" (also "targeted drug delivery") nor "targeted treatment" (any aimed treatment).
    forms: [
      'targeted therapy',
      'targeted therapies',
      'targeted drug therapy',
      'targeted cancer therapy',
      'targeted cancer therapies',
      'tyrosine kinase inhibitor',
      'TKI',
      // Named targeted drugs (the biomarker each acts on is a related entry).
      'EGFR inhibitor',
      'osimertinib',
      'erlotinib',
      'gefitinib',
      'afatinib',
      'dacomitinib',
      'Tagrisso',
      'ALK inhibitor',
      'alectinib',
      'crizotinib',
      'lorlatinib',
      'brigatinib',
      'ceritinib',
      'sotorasib',
      'adagrasib',
      'entrectinib',
      'repotrectinib',
    ],
    category: 'medicine',
    summary:
      'Targeted therapy uses drugs aimed at particular genes or proteins in cells. In cancer care, the targets are found mostly in cancer cells, so less harm comes to healthy cells.',
    details:
      'Targeted drugs work differently from standard chemo, so their side effects are different too. Some cause very few problems; others cause more, or more serious, ones. Healthy cells can carry some of the same genes or proteins, so the drugs can affect them as well. The cells most often hit are skin and nail cells, hair roots, cells in the mouth, gut and reproductive organs, and the bone marrow cells that make blood. Some of these drugs can also harm the heart, lungs, kidneys or thyroid. Most side effects fade once treatment ends and healthy cells recover. Many targeted drugs are new, so their long-term effects are not always known.',
    safety:
      'Side effects depend on the drug and what it targets. Rashes and other skin changes are common, and they build up over days to weeks. Some can harm the heart, lungs, kidneys or thyroid. Rare side effects can be serious. Ask your team which ones are common with your drug and how long they may last.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you suddenly become short of breath and it does not get better, or you have chest pain. Tell your cancer care team right away about a new cough, bad diarrhea, or any other new side effect. Ask them which problems mean you should call at once.',
    related: ['biomarker-testing', 'gene-mutation', 'egfr', 'alk', 'kras', 'side-effects'],
    sources: [ACS_TARGETED_SIDE_EFFECTS, ACS_TARGETED_SIDE_EFFECTS_WHY, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
  },
  {
    id: 'immunotherapy',
    name: 'Immunotherapy',
    forms: ['immunotherapy', 'immunotherapies', 'immune therapy', 'cancer immunotherapy', 'immuno-oncology'],
    category: 'medicine',
    summary:
      'Immunotherapy is treatment that works through the immune system, which guards the body against germs. In cancer care, it helps the immune system fight the cancer.',
    details:
      'In cancer care, immunotherapy helps the immune system find and attack cancer cells. Cancer cells can use the immune system’s own “off switches” to hide. Checkpoint inhibitors, one kind of cancer immunotherapy, block those switches. They do not kill cancer cells themselves. Which side effects you get, and how bad they are, varies. Your health before treatment, your cancer and its stage, and the type and dose of the drug all play a part. A common one is a sore, red, itchy or swollen spot where the needle went in. Some people stay on treatment for a long time, and problems can show up at any stage, even after it ends.',
    safety:
      'With cancer immunotherapy, the boosted immune system can also attack healthy cells and tissues. This causes many of its side effects. They can start at any time, even after treatment ends. Serious reactions, from allergy or from inflammation, are rare but can be deadly. Ask your care team which warning signs to watch for.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) for signs of a severe reaction, such as trouble breathing, a swollen face, lips or throat, chest pain, or fainting. Tell your care team about any new problem as soon as it starts, even long after treatment. Before you start, ask what to do and whom to call if problems begin.',
    related: ['checkpoint-inhibitor', 'pd-l1', 'chemotherapy', 'side-effects', 'biomarker-testing'],
    sources: [NCI_IMMUNOTHERAPY_SIDE_EFFECTS, ACS_CHECKPOINT_INHIBITORS, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
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
    ],
    category: 'medicine',
    summary:
      'Pain medicines, also called pain relievers or analgesics, are drugs that ease pain. Milder ones, such as acetaminophen and NSAIDs, treat mild to moderate pain. Stronger ones, called opioids, treat worse pain.',
    details:
      'Some pain relievers are sold without a prescription, and they are stronger than many people think. Each kind has its own risks. Large amounts of acetaminophen can damage the liver. NSAIDs can irritate the stomach and cause bleeding or kidney problems. Opioids can be misused. People react to pain medicines in different ways, so certain ones are off-limits for some older adults, young children or people treated for other illnesses. They can also interact with other drugs. Tell each doctor about every medicine you take, and take pain medicine only as the label or your doctor says.',
    safety:
      'Read the label of every medicine and check its active ingredients, so you do not take the same drug twice by accident. Do not take more than the label or your doctor says. Aspirin is not for children or teens. Ask a doctor or pharmacist before you combine pain medicines, or take one with other medicines or alcohol. Store them safely and never share them.',
    whenToGetHelp:
      'If someone’s breathing slows or stops after an opioid, call 911 (or your local emergency number). Give naloxone if you have it. If someone took too much acetaminophen, call Poison Control (1-800-222-1222 in the US) right away, even if they seem fine. Get emergency care for vomiting blood, or for black stools with dizziness or fainting, while taking an NSAID.',
    related: ['acetaminophen', 'nsaids', 'opioids', 'back-pain', 'bone-pain', 'palliative-care'],
    sources: [ACS_NON_OPIOIDS, ACS_NON_OPIOID_TABLE, ACS_OPIOIDS_SAFE_USE, FDA_ACETAMINOPHEN_SAFELY, CDC_NALOXONE, ACS_NSAID_PRECAUTIONS],
    reviewed: '2026-12-03',
  },
  {
    id: 'acetaminophen',
    name: 'Acetaminophen (paracetamol)',
    forms: ['acetaminophen', 'paracetamol', 'Tylenol'],
    category: 'medicine',
    summary:
      'Acetaminophen (Tylenol) is a common medicine for pain and fever. Too much of it can badly harm the liver.',
    details:
      'Acetaminophen eases pain much as NSAIDs do, but it does less for swelling. Side effects from the usual amount are rare. You can buy it without a prescription, and it is also found in hundreds of other prescription and store-bought medicines, including some medicines for allergies, coughs, colds, flu and sleep. Because it lowers fever, it can hide one. During chemo a fever may be the first sign of an infection that needs quick care, so your doctor may advise against using it on a regular basis while you are getting chemo.',
    safety:
      'Too much can badly damage the liver, and taking more than the label says gives no extra relief. Many cold, flu, allergy and sleep medicines also contain it, so read every label to avoid a double dose. Do not take it for more days than the label says. If you drink 3 or more alcoholic drinks a day, or have liver disease, ask a doctor before using it.',
    whenToGetHelp:
      'If someone may have taken too much, get help right away, even if they seem fine. Liver damage may not show at first. Call Poison Control (1-800-222-1222 in the US). Call 911 (or your local emergency number) if the person is very drowsy, hard to wake or has trouble breathing. If you get chemo, ask your care team before you use it. It can hide a fever.',
    related: ['pain-medicine', 'nsaids', 'liver', 'fever'],
    sources: [ACS_NON_OPIOIDS, ACS_NON_OPIOID_TABLE, FDA_ACETAMINOPHEN_SAFELY, FDA_ACETAMINOPHEN, FDA_ACETAMINOPHEN_CAUTION],
    reviewed: '2026-12-03',
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
    category: 'medicine',
    summary:
      'A checkpoint inhibitor is a drug that blocks “checkpoint” proteins. Most often it means an immunotherapy drug. It stops cancer cells from turning off immune cells, so the immune system can attack the cancer.',
    details:
      'Checkpoints are a normal brake on the immune system: they keep it from attacking healthy tissue. A checkpoint protein on an immune cell called a T cell links up with a partner protein on another cell, and that sends the T cell an “off” signal. Some cancer cells make lots of the partner protein to hide. Checkpoint inhibitors keep the two from linking, so T cells can go after the cancer. The drugs help the immune system rather than killing cancer cells directly. Pembrolizumab, nivolumab and cemiplimab block PD-1 on T cells. Atezolizumab blocks its partner, PD-L1, found on some cancer and normal cells. Another drug blocks a checkpoint called CTLA-4. Most are given into a vein.',
    safety:
      'Because these drugs free up the immune system, it can also attack healthy cells and tissues. Side effects can start at any time, even after treatment ends, and they can be serious or, rarely, deadly. Before you start, ask your team which warning signs to watch for.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) for signs of a severe reaction, such as trouble breathing, a swollen face, lips or throat, chest pain, or fainting. Tell your cancer care team right away about any new symptom, even after treatment ends. Ask them ahead of time what to do if problems start.',
    related: ['immunotherapy', 'pd-l1', 'biomarker-testing', 'side-effects', 'chemotherapy'],
    sources: [ACS_CHECKPOINT_INHIBITORS, NCI_IMMUNOTHERAPY_SIDE_EFFECTS, NCI_CHECKPOINT_INHIBITORS, ACS_SHORTNESS_OF_BREATH],
    reviewed: '2026-12-03',
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
    category: 'medicine',
    summary:
      'Opioids are a group of drugs that includes prescription pain medicines, such as morphine, as well as heroin and fentanyl. Too much can slow or stop breathing.',
    details:
      'Opioids, also called opiates or narcotics, latch on to pain receptors in the brain and body, which dulls pain. Doctors prescribe some, such as oxycodone, hydrocodone, tramadol or fentanyl, for moderate to severe pain, such as some cancer pain. Some last for many hours; others work fast but wear off soon. Methadone and buprenorphine, given with counseling, also treat opioid addiction. Opioids can be misused. But not everyone who takes them as prescribed becomes addicted. Naloxone is a medicine that can reverse an overdose. It is easy to use, and anyone can give it.',
    safety:
      'An overdose can slow or stop breathing and can kill. Taken with alcohol, sleeping pills, anxiety medicines (benzodiazepines) or other drugs that make you sleepy, even small doses can slow or stop breathing. Do not mix them unless your doctor knows and says it is safe. Opioids can lead to addiction. Take them only as prescribed, never share them, and keep them locked up.',
    whenToGetHelp:
      'Signs of an overdose: the person cannot be woken, breathing is slow or shallow or has stopped, you hear choking or gurgling, the pupils are tiny, or lips or nails change color. Call 911 (or your local emergency number). Give naloxone if you have it; anyone can use it. Try to keep the person awake, lay them on their side, and stay until help comes.',
    related: ['pain-medicine', 'nsaids', 'acetaminophen', 'palliative-care', 'bone-pain', 'side-effects'],
    sources: [CDC_OVERDOSE_RESPONSE, CDC_NALOXONE, CDC_OVERDOSE_PREVENTION, ACS_OPIOIDS_SAFE_USE, ACS_OPIOIDS, FDA_OPIOIDS_WITH_BENZODIAZEPINES],
    reviewed: '2026-12-03',
  },
  {
    id: 'nsaids',
    name: 'NSAIDs',
    // Not "anti-inflammatory drug" or "anti-inflammatory medicine": steroids are anti-inflammatory drugs too.
    forms: [
      'NSAID',
      'nonsteroidal anti-inflammatory drug',
      'non-steroidal anti-inflammatory drug',
      'ibuprofen',
      'naproxen',
      'aspirin',
      'celecoxib',
      'Advil',
      'Motrin',
      'Aleve',
    ],
    category: 'medicine',
    summary:
      'NSAIDs are medicines that ease pain and bring down swelling and fever. Ibuprofen, naproxen and aspirin are common ones.',
    details:
      'NSAID stands for nonsteroidal anti-inflammatory drug. Some, such as ibuprofen (Motrin) and naproxen (Aleve), are sold without a prescription; others need one. The most common side effect is an upset stomach, most of all in older people, and taking one with a snack or after a meal may help. NSAIDs also make platelets, the blood cells that plug a cut, work less well, so bleeding can go on longer. Aspirin, and any product that contains it, is not for children or teens.',
    safety:
      'NSAIDs can make the stomach bleed, more so if you drink or smoke. They can harm the kidneys and may raise heart attack and stroke risk. Ask a doctor first if you are allergic to aspirin or any NSAID, have ulcers, kidney or bleeding problems, get chemo, or have surgery within a week. Ask too if you take blood thinners, steroids, lithium, or pills for blood pressure, diabetes or gout.',
    whenToGetHelp:
      'Call 911 (or your local emergency number) if you vomit blood, or have black stools with dizziness or fainting. Call too for signs of a stroke or heart attack, such as sudden weakness on one side, trouble speaking or chest pain. Do the same if your face or throat swells. Tell your doctor soon if your stools get darker than normal or you bruise for no clear reason.',
    related: ['pain-medicine', 'acetaminophen', 'opioids', 'bone-pain', 'inflammation', 'side-effects'],
    sources: [ACS_NSAID_PRECAUTIONS, ACS_NON_OPIOID_TABLE, ACS_NON_OPIOIDS, NINDS_KNOW_STROKE],
    reviewed: '2026-12-03',
  },
  {
    id: 'nicotine-replacement',
    name: 'Nicotine replacement therapy',
    forms: [
      'nicotine replacement therapy',
      'nicotine replacement therapies',
      'nicotine replacement',
      'NRT',
      'nicotine patch',
      'nicotine patches',
      'nicotine gum',
      'nicotine lozenge',
      'nicotine inhaler',
      'nicotine nasal spray',
    ],
    category: 'medicine',
    summary:
      'Nicotine replacement therapy (NRT) gives you a bit of nicotine, but not the other harmful chemicals in cigarettes. It eases cravings. This helps people quit smoking.',
    details:
      'NRT comes as a patch, gum, lozenge, inhaler or nasal spray. In the US, the patch, gum and lozenge are sold over the counter, while the inhaler and spray need a prescription. Quit-smoking medicines can double your chance of quitting for good. NRT eases withdrawal and cravings, yet some urge to smoke remains, so it works best as part of a wider quit plan with support. Two quit-smoking pills with no nicotine, varenicline and bupropion, also help people quit.',
    safety:
      'Research shows NRT is safe and works for adults, though some people get mild to moderate side effects. Read the label and follow the directions. If you are under 18, pregnant or breastfeeding, talk to a doctor before using it. People with serious health problems, such as heart disease, should check with a doctor or pharmacist first. Keep all NRT away from children.',
    whenToGetHelp:
      'If a child swallows nicotine gum or a lozenge, or chews a patch, call Poison Control (1-800-222-1222 in the US), or 911 (or your local emergency number) if the child seems very ill. If you feel sick or dizzy, or your heart races or skips, stop NRT and call a doctor. If you feel down while quitting, talk to a doctor right away. In the US, 1-800-QUIT-NOW offers free help.',
    related: ['quitting-smoking', 'tobacco', 'smoking', 'e-cigarettes'],
    sources: [SMOKEFREE_NRT, CDC_QUIT_MEDICINES_HOW, CDC_QUIT_MEDICINES_WHICH, CDC_QUITLINE_FAQ],
    reviewed: '2026-12-03',
  },
];
