import type { ReviewRecord } from '../types';

/** Review records of the entries in entries/symptoms.ts, by entry id. */
export const symptomsReviews: Record<string, ReviewRecord> = {
  'back-pain': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html', supports: 'bone pain from spread is often worse at night and may come and go at first; a spine bone weakened by cancer can break with sudden severe mid-back pain; spinal cord compression: early back or neck pain, then numbness and weakness below, and the cord\'s nerves also control the bladder and bowels; arthritis, bone infection and activity also make bones hurt; tell the doctor right away about new pain that may come from a bone' },
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/finding-bone-metastases.html', supports: 'untreated spinal cord compression can cause paralysis, so leg numbness or weakness with back pain needs emergency care; tell the care team about new pain right away' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'lung cancer spread to bone causes pain in the back or hips; these problems are often caused by something other than cancer' },
    ],
    changed: 'Fix round: "most" causes not cancer became "often" (ACS); the arthritis/infection/activity line now says bones, as ACS does, in our words and after the cancer facts; "see a doctor within a week or two" replaced by "tell your doctor right away" for people with cancer (ACS); added emergency care after a bad fall or injury and same-day care for pain with fever, and kept loss of bladder or bowel control as an emergency-call sign: No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice; details reordered away from the ACS sentence order',
  },
  'bone-pain': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html', supports: 'arthritis, bone infection and activity also make bones hurt; pain is often the first sign of spread, worse at night, eased by moving, may come and go, later constant and worse with activity; weak bones break in daily tasks (spine, long bones) with sudden severe pain that can stop you moving; early finding can prevent breaks; tell the doctor right away about new bone pain' },
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/finding-bone-metastases.html', supports: 'tell the care team about new pain right away; spinal cord compression with leg numbness or weakness can lead to paralysis if not treated right away' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'in lung cancer, spread to bone can cause pain in the back or hips' },
    ],
    changed: 'Fix round: summary no longer gives an unsupported definition ("deep ache"); details rewritten in our own order (breaks and their pain, then the pattern of the pain) instead of following the ACS sentences; "within a few days" replaced by "right away" (ACS); loss of bladder or bowel control kept as an emergency-call sign: No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice',
  },
  'chest-pain': {
    date: '2026-12-03',
    checks: [
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'chest pain is a sign to watch for with shortness of breath, with fast breathing, fast heartbeat and pale or bluish skin or lips; call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'in lung cancer chest pain is common and often worse with deep breathing, coughing or laughing; these problems are often caused by something other than cancer' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'an ache or pain when breathing or coughing, and persistent chest or shoulder pain, are lung cancer symptoms' },
      { url: 'https://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx', supports: 'coughing up blood with chest or upper back pain or trouble breathing needs 999 (emergency) care' },
      { url: 'https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism', supports: 'a blood clot that travels to the lungs (pulmonary embolism) can cause sudden chest pain and shortness of breath, and can cause death' },
    ],
    changed: 'Fix round: added an emergency-call line first for chest pain that could be a heart attack (sudden, crushing or tight pain, pain spreading to an arm, jaw, neck or back, or with sweating, nausea or breathlessness): No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice; replaced the unsafe "within a few days" with same-day care for new chest pain; "Most often" became "Often" (ACS); added the NHLBI blood-clot page for sudden chest pain with breathlessness',
  },
  'chronic-cough': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/health-topics/cough', supports: 'a cough clears smoke, mucus and dust; infection coughs last under 3 weeks, some 3 to 8; chronic means more than 8 weeks and can be caused by GERD, postnasal drip from sinuses or allergies, asthma or COPD; quitting smoking and avoiding irritants may help' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'a cough that does not go away after 3 weeks, or a long-standing cough that gets worse, is a main lung cancer symptom' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'a cough that does not go away or gets worse is to be reported right away; often caused by something other than cancer' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if breathing suddenly becomes hard and does not get better' },
      { url: 'https://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx', supports: 'more than a few spots or streaks of blood: call 999 (emergency); a few spots or streaks: urgent GP appointment' },
    ],
    changed: 'Fix round: first sentence now holds for every form ("hangs on for weeks"; the 8-week cut-off is what doctors often mean); "often comes from" became "can cause" (NHLBI); details rewritten away from the NHLBI sentences; coughing up more than a few streaks of blood is now an emergency-call sign and a few streaks an urgent same-day visit (NHS page added); "within a week or two" replaced by "do not wait" (ACS: report right away)',
  },
  hemoptysis: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'coughing up blood or rust-colored sputum (spit or phlegm) is a main lung cancer symptom; often caused by something other than cancer' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'coughing up blood is a main lung cancer symptom' },
      { url: 'https://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx', supports: 'common causes (long or severe cough, chest infection, pneumonia); sometimes a blood clot in the lungs or lung cancer; get it checked as soon as possible; a few spots or streaks: urgent GP appointment; more than a few, or blood with trouble breathing, a very fast heartbeat or chest or upper back pain: call 999 (emergency)' },
    ],
    changed: 'Fix round: removed the form "spitting up blood" (the blood can come from the mouth, gums, nose or stomach, or be a baby\'s spit-up); rewrote the NHS near-copy about serious causes; made the advice consistent: always checked soon, few streaks = urgent same-day visit, more = emergency call (NHS)',
  },
  'shortness-of-breath': {
    date: '2026-12-03',
    checks: [
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'definition (cannot catch breath, dyspnea), quick or slow onset, not enough oxygen, list of causes, warning signs (fast breathing and heartbeat, wheezing, chest pain, pale or bluish skin/lips/nails), call 911 (or your local emergency number) if sudden and not improving' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'persistent breathlessness is a main lung cancer symptom' },
      { url: 'https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism', supports: 'a blood clot in the lungs can cause sudden chest pain and shortness of breath and can be deadly' },
    ],
    changed: 'Fix round: added an emergency call for breathlessness with chest pain (NHLBI blood-clot page; heart attack as conservative advice); breathing that keeps getting worse now needs same-day care instead of "within a few days"',
  },
  hoarseness: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/laryngeal-and-hypopharyngeal-cancer/detection-diagnosis-staging/signs-symptoms.html', supports: 'cancers on the vocal cords often cause hoarseness or a voice change early; see a provider right away if voice changes do not improve within 2 weeks; pain and trouble breathing or swallowing may mean more advanced cancer; a neck lump; more often caused by other conditions' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'a hoarse voice is listed among lung cancer symptoms (as less common)' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if breathing suddenly becomes hard and does not get better' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'hoarseness is listed among the most common lung cancer symptoms' },
    ],
    changed: 'Fix round: dropped the unsupported "vocal cords in your voice box" and "rough, raspy, weak or strained"; hoarseness is now "listed among the symptoms of lung cancer" because NHS (less common) and ACS (most common) disagree; added the ACS lung-cancer signs page',
  },
  'unexplained-weight-loss': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/latest-news/cancer-symptoms-you-shouldnt-ignore.html', supports: 'cancer may cause weight loss, possibly because cancer cells use much of the body\'s energy or release substances that change how the body makes energy from food; general symptoms are more likely caused by something other than cancer but should be checked' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'loss of appetite or unexplained weight loss is a main lung cancer symptom' },
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/eating-problems/poor-appetite.html', supports: 'not eating during cancer treatment can lead to weight loss, weakness and fatigue' },
    ],
    changed: 'Fix round: the energy explanation is now hedged as ACS hedges it ("may") and in our words; rewrote the near-copy about a doctor finding the cause; "within a few weeks" became "soon"',
  },
  fatigue: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/fatigue/what-is-cancer-related-fatigue.html', supports: 'fatigue is tiredness of body, mind and emotions with less energy; everyday tiredness passes; cancer-related fatigue is not eased by rest, limbs heavy, trouble focusing or remembering; tell the care team how it affects your life; stay in bed more than 24 hours' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'persistent tiredness or lack of energy is a main lung cancer symptom' },
      { url: 'https://www.cancer.org/latest-news/cancer-symptoms-you-shouldnt-ignore.html', supports: 'general symptoms such as extreme tiredness are more likely caused by something other than cancer' },
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'sudden confusion is a stroke sign: call 911 (or your local emergency number) right away' },
      { url: 'https://www.cdc.gov/cancer/preventinfections/fever.htm', supports: 'a temperature of 100.4°F (38°C) or higher during chemotherapy is a medical emergency; call the doctor immediately' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better' },
    ],
    changed: 'Fix round: removed the form "exhaustion" (also heat exhaustion); summary and "everyday tiredness" reworded away from the ACS sentences; sudden confusion is now an emergency-call sign (NINDS), as is sudden breathlessness (ACS), with chest pain and fainting as conservative advice (No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice); fever of 100.4°F (38°C) during chemo added (CDC)',
  },
  'swollen-lymph-nodes': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhs.uk/conditions/non-hodgkin-lymphoma/symptoms/', supports: 'lymph nodes (lymph glands) are pea-sized lumps throughout the body holding infection-fighting white blood cells; nodes often swell with infection; a painless swelling in the neck, armpit or groin can be lymphoma; see a GP if glands do not go down after 6 weeks' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'lung cancer can spread to lymph nodes in the neck or above the collarbone, felt as lumps' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if breathing suddenly becomes hard and does not get better' },
    ],
    changed: 'Fix round: removed the form "swollen gland" (also the salivary glands, as in mumps); "most often" became "often" (NHS); rewrote the NHS near-copy about what lymph nodes are; dropped the unsupported "within a week or two"',
  },
  wheezing: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/wheezing', supports: 'high whistling sound when airways narrow or are blocked; sign of trouble breathing; common causes asthma, COPD, bronchitis, fluid in the lungs; others include pneumonia, heart failure, reflux, allergies, severe allergic reactions, medicines, smoking, a breathed-in object, a tumor' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'new wheezing is a lung cancer symptom, often caused by something other than cancer' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if breathing suddenly gets hard and does not improve, or skin, mouth or nails look pale or blue' },
      { url: 'https://www.nhlbi.nih.gov/health/asthma/attacks', supports: 'call 9-1-1 if medicines are not relieving an asthma attack or breathing is still very hard' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/treatmenttypes/chemotherapy/understandingchemotherapyaguideforpatientsandfamilies/understanding-chemotherapy-when-to-call-the-doctor', supports: 'signs of an allergic reaction include swelling of the mouth or throat and trouble breathing or swallowing' },
    ],
    changed: 'Fix round: rewritten in our own words and order instead of following the NCI definition; added an emergency call for wheezing with swelling of the face, lips, mouth or throat (allergic-reaction signs from ACS; calling the emergency number for them is conservative advice) and for an asthma attack not eased by medicines (NHLBI)',
  },
  'finger-clubbing': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'clubbing defined (fingers more curved, ends larger) as a less common lung cancer symptom alongside hoarse voice, wheezing and trouble swallowing; see a GP' },
    ],
    changed: 'First sentence no longer names lung problems; dropped unsupported claims (slow onset, other long-term diseases); whenToGetHelp at grade 6 with how soon to see a doctor',
  },
  numbness: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/latest-news/what-is-peripheral-neuropathy.html', supports: 'peripheral neuropathy: tingling ("pins and needles"), loss of feeling; causes include diabetes, infections, injuries, alcohol, low vitamin B, autoimmune disorders, poor circulation and cancer treatment' },
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/nervous-system/peripheral-neuropathy/what-is-peripherial-neuropathy.html', supports: 'neuropathy affects nerves outside the brain and spinal cord, often the hands or feet; seek care right away for unusual tingling, weakness or pain in the hands or feet' },
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html', supports: 'cancer in the spine can press on the spinal cord, causing numbness and weakness below the tumor; the cord\'s nerves control the bladder and bowels' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'lung cancer that spreads can cause weakness or numbness of the arms or legs' },
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'sudden numbness or weakness, especially on one side, with confusion or trouble speaking or seeing, is a stroke sign: call 911 (or your local emergency number)' },
    ],
    changed: 'Fix round: removed the form "pins and needles" (the idiom "on pins and needles"); first sentence now covers tingling, so it holds for "paresthesia"; causes list reordered; the overbroad "call if you also have back pain" now applies only to numb or weak legs with new back pain; loss of bladder or bowel control kept as an emergency-call sign: No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice',
  },
  'leg-weakness': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'sudden weakness of the leg, especially on one side, or trouble speaking or walking, is a stroke sign: call 911 (or your local emergency number)' },
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/finding-bone-metastases.html', supports: 'cancer in the spine can press on the spinal cord; early back or neck pain, then numbness and weakness; the cord\'s nerves control the bladder and bowels; untreated it can cause paralysis' },
      { url: 'https://www.cancer.org/cancer/latest-news/what-is-peripheral-neuropathy.html', supports: 'neuropathy causes muscle weakness, tripping and trouble walking; causes include diabetes, injuries and cancer treatment' },
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/nervous-system/peripheral-neuropathy/what-is-peripherial-neuropathy.html', supports: 'neuropathy affects the nerves outside the brain and spinal cord' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'lung cancer that spreads can cause weakness or numbness of the arms or legs' },
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/797067', supports: 'Guillain-Barré syndrome: a rare immune attack on the nerves; weakness, numbness and tingling often start in the legs and spread; it can get worse quickly and cause paralysis and breathing problems' },
    ],
    changed: 'Fix round: the emergency call now covers sudden or fast-spreading weakness in one or both legs and weakness with trouble breathing (NCI Guillain-Barré page added), not only one-sided weakness; the self-contradicting "right away, within a day or two" became "the same day"; the bladder/bowel facts now say what ACS says (the cord\'s nerves control them) and loss of control stays an emergency-call sign as conservative advice; near-copy of the ACS compression sentence rewritten',
  },
  dizziness: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'sudden dizziness, trouble walking, loss of balance, one-sided numbness or weakness, confusion, trouble speaking or seeing, or a sudden severe headache are stroke signs: call 911 (or your local emergency number)' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/nauseaandvomiting/nauseaandvomiting/nausea-and-vomiting-what-is-it', supports: 'dizziness and light-headedness can come with nausea' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'when lung cancer spreads it may cause dizziness and balance problems' },
      { url: 'https://cancer.org/cancer/latest-news/could-this-be-cancer.html', supports: 'most possible signs of cancer turn out to be something else; symptoms that last or get worse should be checked' },
    ],
    changed: 'Fix round: dropped the unsupported definitions of light-headedness and vertigo and "woozy"; added an emergency call for dizziness with fainting, chest pain, a racing heart or trouble breathing (No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice); "call for a sudden, very bad headache" now says to call the emergency number; "within a few days" became "soon"',
  },
  'balance-problems': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'sudden loss of balance or trouble walking, with one-sided weakness or numbness, confusion, trouble speaking or seeing, or a sudden severe headache, is a stroke sign: call 911 (or your local emergency number)' },
      { url: 'https://www.cancer.org/cancer/latest-news/what-is-peripheral-neuropathy.html', supports: 'peripheral neuropathy causes balance problems, tripping and stumbling and, rarely, dangerous falls; causes include diabetes, injuries, alcohol and cancer treatment' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'when lung cancer spreads it may cause headache, dizziness, balance problems or seizures' },
    ],
    changed: 'Fix round: removed the form "balance issue" (mostly work-life, game or account balance); summary no longer claims a definition the pages do not give; a fall with a head injury or on a blood thinner now needs same-day care (conservative advice: no allowed page found); inner-ear causes are not added because no allowed page read supports them',
  },
  jaundice: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/liver-metastases.html', supports: 'liver metastases cause yellowing of the skin or eyes (jaundice), itchy skin, poor appetite, tiredness, fever, bloated belly, leg swelling, less often upper-right belly pain; many cancers, lung among them, spread to the liver; a failing liver can cause confusion, sleepiness and coma' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'jaundice is a sign that lung cancer may have spread; report it to a doctor right away' },
    ],
    changed: 'Fix round: removed the forms "jaundiced" (the idiom "a jaundiced view") and "yellow skin" (make-up, paint); "always needs a doctor" replaced by "tell a doctor right away" (ACS); added same-day care for yellowing with fever or belly pain and for a yellow newborn (conservative advice: no allowed page was found for them)',
  },
  phlegm: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chronic-bronchitis', supports: 'chronic bronchitis: the large air passages become inflamed and scarred and make a lot of mucus, leading to a chronic cough; most often caused by smoking, also secondhand smoke, fumes, air pollution and infection' },
      { url: 'https://www.nhlbi.nih.gov/health-topics/cough', supports: 'a cough helps clear mucus from the airways' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'coughing up blood or rust-colored sputum (phlegm) is a lung cancer symptom to report right away' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'a cough lasting more than 3 weeks is a main lung cancer symptom' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if breathing suddenly becomes hard and does not get better' },
      { url: 'https://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx', supports: 'more than a few spots or streaks of blood: call 999 (emergency); a few streaks or blood in phlegm: urgent GP appointment' },
    ],
    changed: 'Fix round: rewrote the NCI chronic-bronchitis near-copy; coughing up more than a few streaks of blood is now an emergency-call sign and a few streaks an urgent same-day visit (NHS coughing-up-blood page added); "within a week or two" became "soon"',
  },
  'respiratory-infection': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/health-topics/cough', supports: 'infection coughs (the common cold, sinusitis, pneumonia) usually last under 3 weeks, some 3 to 8 weeks after the infection' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'chest infections that keep coming back are a main lung cancer symptom' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'infections such as bronchitis and pneumonia that do not go away or keep coming back are lung cancer symptoms, often caused by something other than cancer' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if breathing suddenly gets hard and does not improve, or lips or nails look blue' },
      { url: 'https://www.nhlbi.nih.gov/health/pneumonia/symptoms', supports: 'pneumonia symptoms: chest pain when breathing or coughing, chills, fever, shortness of breath; older adults may feel weak or suddenly confused; babies may breathe fast' },
      { url: 'https://www.cdc.gov/cancer/preventinfections/fever.htm', supports: 'a fever of 100.4°F (38°C) or higher during chemotherapy is a medical emergency' },
    ],
    changed: 'Fix round: the definition now rests on the examples NHLBI gives (cold, sinusitis, pneumonia); added an emergency call for sudden confusion and same-day care for a chest infection with chest pain or fast breathing (NHLBI pneumonia page), and the chemo fever emergency (CDC); "Most often" became "Often" (ACS)',
  },
  fever: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/low-blood-counts/fever.html', supports: 'fever is higher than normal temperature, usually from infection, also inflammation, medicine reactions or tumors; a defence against germs; take your temperature if warm, cold, chills, aches, headache, tired; cancer treatment lowers white blood cells; ask the team what counts as a fever' },
      { url: 'https://www.cdc.gov/cancer/preventinfections/fever.htm', supports: 'a temperature of 100.4°F (38°C) or higher during chemotherapy is a medical emergency and may be the only sign of a life-threatening infection; call the doctor immediately, day or night' },
      { url: 'https://www.cancer.org/latest-news/cancer-symptoms-you-shouldnt-ignore.html', supports: 'fever is one of the general symptoms cancer can cause' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) for sudden trouble breathing that does not get better' },
    ],
    changed: 'Fix round: the CDC near-copy and the ACS list of causes are reworded and reordered; the chemo line now says plainly that it is an emergency and to call the care team at once, with the 100.4°F (38°C) threshold; added an emergency call for fever with a stiff neck, bad headache, confusion, seizure, trouble breathing or a rash that does not fade, and urgent care for a baby under 3 months (No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice). The form "fever" also matches "hay fever": a look-alike is needed (not in this file)',
  },
  'loss-of-appetite': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/eating-problems/poor-appetite.html', supports: 'causes (changed taste or smell, feeling full, tumor growth, dehydration, treatment side effects, made worse by trouble swallowing, depression, pain, nausea, vomiting); usually short-term; can lead to weight loss, weakness and fatigue; tips during treatment: small frequent meals or snacks, high-calorie high-protein foods, drinks between meals, a walk before meals; talk with the care team about the cause' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'loss of appetite is a main lung cancer symptom' },
    ],
    changed: 'Fix round: the eating tips are now presented as ACS advice during cancer treatment and reworded (no "several small snacks instead of 3 big meals" or "most fluids between meals"); added same-day care for someone who cannot drink or keep fluids down (conservative advice: no allowed page found); "within a week or two" became "soon"',
  },
  'difficulty-swallowing': {
    date: '2026-12-03',
    checks: [
      { url: 'https://cancer.org/cancer/managing-cancer/side-effects/eating-problems/swallowing-problems.html', supports: 'swallowing moves food from the mouth to the stomach through the esophagus; trouble swallowing is dysphagia; damage to the mouth, tongue or esophagus or painful swallowing can cause it; weight loss and weakness; food going into the lungs can cause infection and breathing problems' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'difficulty swallowing (dysphagia) or pain when swallowing is a less common lung cancer symptom' },
      { url: 'https://www.cancer.org/cancer/laryngeal-and-hypopharyngeal-cancer/detection-diagnosis-staging/signs-symptoms.html', supports: 'pain when swallowing and trouble swallowing can be symptoms of laryngeal and hypopharyngeal cancers, more often caused by other conditions' },
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'sudden weakness, numbness or trouble speaking are stroke signs: call 911 (or your local emergency number)' },
    ],
    changed: 'Fix round: the first sentence now covers painful swallowing, so it holds for "painful swallowing" and "pain when swallowing", and dysphagia is named only for trouble swallowing; rewrote the ACS near-copy; added the emergency room for food stuck so you cannot swallow spit and an emergency call for sudden trouble swallowing with stroke signs (NINDS); the choking line is kept as conservative advice (No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice)',
  },
  headache: {
    date: '2026-12-03',
    checks: [
      { url: 'https://medlineplus.gov/ency/imagepages/17204.htm', supports: 'most headaches can be relieved by over-the-counter pain medicine' },
      { url: 'https://cancer.org/cancer/latest-news/could-this-be-cancer.html', supports: 'a headache that will not go away is not likely to be cancer but should be checked by a doctor' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'when lung cancer spreads it may cause headache, dizziness, balance problems or seizures' },
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'a sudden severe headache with no known cause, and sudden confusion, numbness, weakness, or trouble speaking, seeing or walking, are stroke signs: call 911 (or your local emergency number)' },
    ],
    changed: 'Fix round: dropped the outdated "tense muscles or blood vessels" and migraine lines; "rarely caused by cancer" became "unlikely to be cancer" (ACS); added emergency care for a headache after a head injury, or with fever and a stiff neck, a seizure or fainting (No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice)',
  },
  nausea: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/nausea-and-vomiting/nausea-and-vomiting.html', supports: 'nausea is a sick feeling in the stomach and vomiting is throwing up; either can happen without the other; causes (food, bacteria, infections, chemo and radiation, cancer); saliva, clamminess and sweating before vomiting; frequent vomiting can lead to dehydration and inhaling food; medicines can help' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/nauseaandvomiting/nauseaandvomiting/nausea-and-vomiting-what-is-it', supports: 'nausea may lead to vomiting; vomiting is throwing up; they are 2 different problems' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if breathing suddenly becomes hard and does not get better' },
    ],
    changed: 'Fix round: removed the forms "throwing up" ("throwing up his hands") and "queasy"/"queasiness" (often figurative); "vomiting often is dangerous" corrected to "vomiting a lot can be dangerous" (ACS: frequent vomiting); reworded the medicines near-copy; added an emergency call for vomiting blood or coffee-ground material and for vomiting with severe belly pain, severe headache or stiff neck, or after a head injury, and same-day care for signs of dehydration (No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice)',
  },
  'musculoskeletal-pain': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html', supports: 'arthritis, infection and activity make bones hurt; bone pain from spread may come and go at first and is often worse at night' },
      { url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/low-blood-counts/fever.html', supports: 'body aches can come with a fever' },
      { url: 'https://www.cancer.org/cancer/latest-news/what-is-peripheral-neuropathy.html', supports: 'peripheral neuropathy can cause muscle cramps and aches' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'persistent chest or shoulder pain is a lung cancer symptom' },
      { url: 'https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism', supports: 'a deep vein blood clot, usually in the lower leg, causes swelling, redness and pain' },
    ],
    changed: 'Fix round: added an emergency call for arm, shoulder or jaw pain with chest pain, sweating or breathlessness (possible heart attack) and same-day care for a hot swollen joint with fever or severe muscle pain with dark urine (No page from an allowed host was found for it (heart-attack, vomiting-blood, fever, back-pain and dizziness warning pages were searched; only copies on other hosts came back), so it is kept as conservative safety advice), and for a swollen painful calf (NHLBI blood-clot page added); dropped the one-sided numbness and bladder lines and the NINDS page (not about this symptom); "most of the time it is not cancer" became "often" (ACS)',
  },
  neuropathy: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/nervous-system/peripheral-neuropathy/what-is-peripherial-neuropathy.html', supports: 'peripheral neuropathy is damage to the nerves outside the brain and spinal cord, causing pain, weakness, tingling, numbness or sensitivity, often in the hands or feet; symptoms usually come on gradually and may come and go; seek care right away for unusual tingling, weakness or pain in the hands or feet' },
      { url: 'https://www.cancer.org/cancer/latest-news/what-is-peripheral-neuropathy.html', supports: 'symptoms (burning, shooting pain, pins and needles, loss of feeling, sensitivity to heat, cold or touch, trouble holding things, walking or balancing); causes (chemo, other treatment, the cancer, diabetes, infections, injuries, alcohol, low vitamin B, autoimmune disorders, poor circulation); rarely trouble breathing or paralysis' },
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'sudden numbness or weakness, especially on one side, is a stroke sign: call 911 (or your local emergency number)' },
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/797067', supports: 'Guillain-Barré syndrome, an immune attack on the peripheral nerves, can get worse quickly and cause paralysis and breathing problems' },
    ],
    changed: 'Fix round: removed the forms "nerve damage" (also the optic nerve, brain or spinal cord) and "neuropathic pain" (can start in the brain or spinal cord); rewrote the ACS near-copies (summary list, what the nerves do, causes list, "care that starts early"); added an emergency call for fast-spreading weakness or trouble breathing (ACS: rarely trouble breathing or paralysis; NCI Guillain-Barré page); "right away, within a day or two" became "right away"',
  },
};
