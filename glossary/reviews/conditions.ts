import type { ReviewRecord } from '../types';

/** Review records of the entries in entries/conditions.ts, by entry id. */
export const conditionsReviews: Record<string, ReviewRecord> = {
  'lung-cancer': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/lung-cancer/about/', supports: 'cells in the lungs grow out of control; spread to lymph nodes and organs such as the brain; two main types; non-small cell most common and slower; small cell less common and fast; cancer from other organs can reach the lungs; what treatment depends on' },
      { url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer.html', supports: 'a cancer that spreads keeps the name of the place where it started' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'usually no symptoms in the early stages' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'report a lasting or worsening cough, chest pain, shortness of breath and weight loss to a doctor right away' },
      { url: 'https://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx', supports: '999 for more than a few streaks of blood, or blood with hard breathing, a very fast heartbeat or chest/upper-back pain; a few spots or streaks need an urgent (same-day) appointment' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better' },
    ],
    changed: 'Fix round (fact-check report): emergency line now covers coughing up blood with hard breathing, a racing heart or chest/upper-back pain (NHS: 999), with a few specks of blood to a doctor the same day; summary and details reworded (they followed CDC), the unsupported "grouped by how the cells look" dropped; added the NHS symptoms page for "no symptoms early on"',
  },
  nsclc: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/lung-cancer/about/', supports: 'most common lung cancer, slower growth, often no symptoms until advanced; three types: adenocarcinoma (mucus-making cells of the alveoli, most common), squamous cell (large airways), large cell (least common, fast); what treatment depends on' },
    ],
    changed: 'Fix round (fact-check report): squamous cell sentence no longer copies CDC (lining of the large airways) and the treatment sentence is reworded',
  },
  sclc: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/lung-cancer/about/', supports: 'cells smaller than healthy lung cells under a microscope; less common main type; small cell carcinoma most common, also called oat cell cancer (cells look flat, like oats), spreads quickly; combined small cell carcinoma is a mixture including small cell carcinoma; what treatment depends on' },
    ],
    changed: 'Fix round (fact-check report): "spreads quickly" now said of the lung cancer only; oat-cell and combined-type sentences reworded (the combined type is now only "a mix that includes small cell carcinoma cells", as far as the kept text goes)',
  },
  'squamous-cell-carcinoma': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/cervical-squamous-cell-carcinoma', supports: 'squamous cells are thin, flat cells like fish scales that line part of the body (the cervix); most cervical cancers are squamous cell carcinomas' },
      { url: 'https://www.cdc.gov/lung-cancer/about/', supports: 'in the lung it forms in the lining of the large airways (bronchi); one of the three types of NSCLC; what lung cancer treatment depends on' },
    ],
    changed: 'Fix round (fact-check report): lung sentence now says it starts in the lining of the large airways (no longer "thin, flat cells" there); treatment sentence reworded',
  },
  metastasis: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer.html', supports: 'cells break away, travel and keep growing; this spread is metastasis; a cancer keeps the name of where it started' },
      { url: 'https://www.cdc.gov/lung-cancer/about/', supports: 'lung cancer can spread to lymph nodes and organs such as the brain; cancers of other organs can spread to the lungs; cells in a new place are metastases' },
      { url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html', supports: 'almost all cancers can spread to bone' },
    ],
    changed: 'Fix round (fact-check report): removed the form "secondary cancer" (it often means a new, different cancer caused by earlier treatment); details reworded with a different example (lung cancer in the brain) instead of the ACS colon/liver one',
  },
  'bone-metastasis': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html', supports: 'almost any cancer, lung among those that often do; spine most common, then hip, femur, humerus, ribs, skull; pressure on the spinal cord; calcium released into the blood' },
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html', supports: 'bone pain often the first sign, comes and goes, worse at night, later constant; weak bones break in everyday activities, with sudden severe pain; spinal cord compression is very serious, with numbness and weakness below the tumor and bladder/bowel problems; tell the team right away about new bone pain' },
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/treating-problems-caused.html', supports: 'damaged bone releases calcium into the blood; late signs of high calcium include confusion and coma' },
    ],
    changed: 'Fix round (fact-check report): emergency line now covers numbness or weakness of the arms as well as the legs, very confused or hard to wake (high calcium), and sudden severe bone pain (fracture); 911 (or your local emergency number) or the ER for these is conservative emergency advice: the kept ACS text calls cord compression very serious and gives confusion and coma as late signs of high calcium but names no number; details reworded out of the ACS order. The form "spread to the bone" is kept: the reference article needs it ("spread to the bones")',
  },
  'spinal-cord-compression': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html', supports: 'cancer in the spinal bones can press on the cord; very serious; nerves for moving, feeling, bladder and bowel; back or neck pain an early sign; numbness and weakness below the tumor; tell the team right away' },
      { url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html', supports: 'nerve damage may lead to paralysis if not treated right away; lung cancer is among the cancers that often spread to bone' },
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/advanced-cancer/finding-bone-metastases.html', supports: 'spinal cord compression from cancer in the spine; paralysis if not treated right away; early back or neck pain' },
    ],
    changed: 'Fix round (fact-check report): removed the form "cord compression" (on pregnancy pages it means umbilical cord compression); emergency line now covers the arms too (compression in the neck); details reworded out of the ACS order. 911 (or your local emergency number) or the ER is conservative emergency advice: the kept ACS text says very serious and paralysis if not treated right away, but names no number',
  },
  tumor: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer.html', supports: 'most cancers form a lump or mass called a tumor; benign (not cancer) or malignant (cancer); malignant tumors invade healthy tissue and spread; benign ones do not and are usually not a threat to life; some cancers, such as blood cancers, form no tumor' },
      { url: 'https://www.ninds.nih.gov/health-information/disorders/paraneoplastic-syndromes', supports: 'a tumor is also known as a neoplasm; a tumor is a growth' },
    ],
    changed: 'Fix round (fact-check report): first sentence now "a growth of abnormal cells", many forming a lump, so it holds for "neoplasm" in names such as myeloproliferative neoplasm; benign sentence reworded',
  },
  copd: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/news/2022/making-healthier-lives-people-copd', supports: 'chronic lung disease that makes breathing hard and worsens; umbrella term for emphysema and chronic bronchitis; leading cause of death and disability in the US; early diagnosis helps' },
      { url: 'https://www.nhlbi.nih.gov/news/2021/empowering-communities-most-risk-copd', supports: 'cough, wheezing, chest tightness, shortness of breath with activity; mistaken for aging or allergies but should not be ignored, they get worse; quitting smoking and avoiding fumes lower risk; treatment plan with the provider (medicines, diet, exercise, pulmonary rehab)' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better; pale or bluish skin, nail beds and mouth are signs to look for' },
    ],
    changed: 'Fix round (fact-check report): summary and details reworded (they followed NHLBI); "see your provider" now says within a few days. The blue lips/nails 911 (or your local emergency number) line is kept as conservative emergency advice: the kept ACS text lists bluish skin, nails and mouth under what to look for but is cut off in its 911 (or your local emergency number) sentence',
  },
  adenocarcinoma: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/lung-cancer/about/', supports: 'in the lung it begins in mucus-making cells of the alveoli; most common of the three types of NSCLC; the other two types; what treatment depends on' },
    ],
    changed: 'Fix round (fact-check report): dropped "the types are named for the cells they start in or how they look" (not in the kept text); treatment sentence reworded',
  },
  'large-cell-carcinoma': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/lung-cancer/about/', supports: 'cells larger than healthy lung cells and abnormal; starts in cells of the lung surface, usually the outer areas; grows and spreads quickly; least common type of NSCLC; what treatment depends on' },
    ],
    changed: 'Fix round (fact-check report): "lining the surface of the lung, toward the outer edges" and the treatment sentence reworded (they followed CDC)',
  },
  'carcinoid-tumor': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/types/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html', supports: 'neuroendocrine cells, like nerve cells and hormone-making cells, not forming organs but scattered in the lungs, stomach and intestines; lung roles (air and blood flow, growth of lung cells); only those in the lung are lung carcinoids; uncommon, tend to grow slower than other lung cancers; cancer can spread' },
    ],
    changed: 'Fix round (fact-check report): lung carcinoids now "tend to grow more slowly than others" (as ACS says), not "slow-growing", which is wrong for atypical carcinoids; the organ sentence reworded',
  },
  mesothelioma: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/dictionary?CdrID=44992', supports: 'malignant mesothelioma is a rare cancer of the lining of the chest or abdomen; airborne asbestos raises the risk; may form at the pleura, lungs, heart, abdominal cavity and testicles' },
    ],
    changed: 'Fix round (fact-check report): summary now says "a rare tumor" with the malignant kind a cancer, so it holds for benign mesothelioma; the asbestos sentence is no longer repeated in details',
  },
  'brain-metastasis': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/lung-cancer/about/', supports: 'lung cancer may spread to organs such as the brain' },
      { url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer.html', supports: 'cells break away, travel and grow; the cancer keeps the name of where it started' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'when lung cancer spreads it may cause headache, dizziness, balance problems or seizures and weakness or numbness of the arms or legs; report problems to a doctor right away' },
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'call 911 (or your local emergency number) right away for sudden numbness or weakness (especially one side), confusion, trouble speaking, seeing, walking, dizziness or loss of balance, or a sudden severe headache' },
      { url: 'https://www.cdc.gov/mmwr/preview/mmwrhtml/mm6443a1.htm', supports: 'call 911 (or your local emergency number) if a seizure lasts more than 5 minutes, causes an injury, or leaves the person with trouble breathing or waking' },
    ],
    changed: 'Fix round (fact-check report): seizures are now an emergency: call 911 (or your local emergency number) for one lasting over 5 minutes, causing an injury, or leaving someone hard to wake or breathing badly (CDC), and, as conservative advice no kept page gives, for a first seizure or repeated seizures; sudden dizziness and trouble walking moved into the stroke signs (NINDS); removed the form "spread to the brain" (also used of infections)',
  },
  'pleural-effusion': {
    date: '2026-12-03',
    checks: [
      { url: 'https://cancer.org/cancer/lung-cancer/treating-non-small-cell/palliative.html', supports: 'fluid builds up in the chest outside the lung and presses on it, causing trouble breathing; fluid around the lung causes shortness of breath in advanced lung cancer; thoracentesis drains it with a hollow needle between the ribs; pleurodesis makes the lung lining (visceral pleura) and chest-wall lining (parietal pleura) stick together, sealing the space' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better; bluish skin, nails and mouth are signs to look for' },
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'report shortness of breath to a doctor right away' },
    ],
    changed: 'Fix round (fact-check report): the wrong statement that the lungs sit in the pleural space is gone: the fluid collects between the two layers of the pleura (lung lining and chest-wall lining, ACS palliative page); summary reworded (it followed ACS); removed the form "fluid in the chest" (also fluid around the heart, or blood in the chest); dropped the ACS carcinoid page, which carried the wrong wording. The blue lips 911 (or your local emergency number) line is conservative emergency advice (the kept ACS text is cut off there)',
  },
  emphysema: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/news/2021/empowering-communities-most-risk-copd', supports: 'COPD is the umbrella term for emphysema and chronic bronchitis; cough, wheezing, tight chest, breathlessness with activity; mistaken for aging, get worse; quitting smoking and avoiding fumes; treatment plan' },
      { url: 'https://www.nhlbi.nih.gov/news/2022/making-healthier-lives-people-copd', supports: 'chronic lung disease that makes breathing hard and worsens over time; part of COPD; early diagnosis helps' },
    ],
    changed: 'Fix round (fact-check report): first sentence now "usually means" the lung disease (the word also names air trapped under the skin, where "long-term lung disease" is false); details reworded (they followed NHLBI)',
  },
  'chronic-bronchitis': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chronic-bronchitis', supports: 'a lung condition in which the bronchi become inflamed and scarred; much mucus, chronic cough and breathing problems; smoking the most common cause; infection, secondhand smoke, fumes, air pollution; usually does not go away; a type of COPD' },
      { url: 'https://www.nhlbi.nih.gov/news/2021/empowering-communities-most-risk-copd', supports: 'one of the two conditions under COPD; quitting smoking and avoiding fumes lower risk; early diagnosis and a treatment plan with medicines, exercise and pulmonary rehab' },
      { url: 'https://www.nhlbi.nih.gov/news/2022/making-healthier-lives-people-copd', supports: 'chronic lung disease; part of COPD' },
    ],
    changed: 'Fix round (fact-check report): now cites the NCI definition (inflamed, scarred bronchi, mucus, cough, causes, usually does not go away, a type of COPD); details rewritten, no longer a paraphrase of the NHLBI paragraph',
  },
  pneumonia: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/pneumonia/', supports: 'mild to severe; cough, fever, trouble breathing; viruses, bacteria, fungi; flu, RSV, pneumococcus; ventilator-associated; vaccines; hand washing, quitting smoking, managing conditions' },
      { url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/pneumonia/learn-about-pneumonia', supports: 'infection makes the air sacs inflamed and fill with fluid or pus, so less oxygen reaches the blood; cough, fever, chills, trouble breathing; highest risk for infants and young children, adults 65+, people with other health problems; most recover, can take weeks' },
      { url: 'https://www.nhlbi.nih.gov/health/pneumonia/symptoms', supports: 'babies may show bluish skin and lips, grunting and rapid breathing as signs of breathing problems; older adults may feel weak or suddenly confused' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better; bluish skin, nails and mouth are signs to look for' },
    ],
    changed: 'Fix round (fact-check report): first sentence now describes inflamed air sacs, with infection as the usual cause, so it holds for organizing, interstitial, eosinophilic and lipoid pneumonia; a baby with bluish lips or skin, grunting or very fast breathing now means call 911 (or your local emergency number), and sudden confusion or weakness in an older adult means get help right away (conservative emergency advice: NHLBI gives these as signs but no action); a cough with fever now means a doctor within a day; CDC and ALA near-copies reworded',
  },
  'pulmonary-embolism': {
    date: '2026-12-03',
    checks: [
      { url: 'https://medlineplus.gov/bloodclots.html', supports: 'a clot in the deep veins of the limbs is DVT, usually the legs; a piece that travels to the lungs and blocks blood flow is a pulmonary embolism; blood thinners and other medicines' },
      { url: 'https://www.nhlbi.nih.gov/health/clotting-disorders', supports: 'some people have clotting disorders that make blood clot even without an injury' },
      { url: 'https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism', supports: 'PE is a clot from a deep vein that travels to the lungs and blocks an artery there; sudden chest pain and shortness of breath; large or many clots can cause death; swelling, redness and pain are DVT signs' },
      { url: 'https://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx', supports: '999 for coughing up blood with hard breathing, a very fast heartbeat or chest/upper-back pain, which can be a blood clot in the lungs' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better' },
    ],
    changed: 'Fix round (fact-check report): emergency line now: call 911 (or your local emergency number) right away for sudden chest pain or sudden shortness of breath, without waiting to see if it passes (NHLBI: PE causes sudden chest pain and shortness of breath and can cause death); coughing up blood with hard breathing, racing heart or chest/upper-back pain (NHS); leg swelling, redness or pain to a doctor right away (NHLBI DVT signs); first sentence now "a blockage in an artery of the lung, most often by a blood clot", so it holds for other pulmonary emboli; DVT sentence reworded',
  },
  'superior-vena-cava-syndrome': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'the superior vena cava is a large vein that carries blood from the head and arms back to the heart; SVC syndrome is one of the syndromes some lung cancers cause, as is Horner syndrome' },
      { url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/', supports: 'swelling of the face or neck is a less common symptom of lung cancer; see a doctor' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better' },
    ],
    changed: 'Fix round (fact-check report): summary now says the vein is pressed on or blocked, and face, neck or arm swelling with trouble or noisy breathing, confusion or fainting means call 911 (or your local emergency number); any new face or neck swelling, a doctor the same day. No kept page states the blockage or this emergency advice (the ACS text is cut off at "It passes next to the upper part of the"; four searches found no trusted page): both are kept as conservative safety advice and need a source',
  },
  hypercalcemia: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/treating-problems-caused.html', supports: 'damaged bone releases calcium into the blood (hypercalcemia); early signs constipation, frequent urination, sluggishness, thirst; late signs muscle weakness and aches, confusion, coma, kidney failure; dehydration; IV fluids and drugs that lower calcium quickly; treating the cancer keeps it from rising again' },
      { url: 'https://www.cancer.org/cancer/managing-cancer/advanced-cancer/bone-metastases.html', supports: 'as bone dissolves, calcium is released into the blood, causing hypercalcemia' },
    ],
    changed: 'Fix round (fact-check report): summary now gives bone damage as one cause in people with cancer, not the only one (tumor hormones can cause it too); details reworded out of the ACS list order; removed the form "high calcium level" (also used of food and urine calcium). 911 (or your local emergency number) for very confused or hard to wake is conservative emergency advice: ACS gives confusion and coma as late signs but names no number',
  },
  'lung-nodule': {
    date: '2026-12-03',
    checks: [
      { url: 'https://ncbi.nlm.nih.gov/books/NBK568579/table/appa.tab2/', supports: 'nodule size in mm; solid, part-solid and nonsolid (ground-glass) nodules; small or unchanged nodules have a very low likelihood of becoming cancer, with yearly screening next; 6-month scan for probably benign findings; 3-month scan and possibly PET/CT for suspicious ones' },
    ],
    changed: 'Fix round (fact-check report): "very unlikely to be cancer" now said only of Lung-RADS screening ratings; biopsy dropped (the kept table ends at "PET/CT may"); "shows up on a CT scan" now "on an imaging scan" (coin lesions and spots are often seen on chest x-rays); removed the form "ground-glass opacity" (often infection or inflammation, not a nodule)',
  },
  benign: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer.html', supports: 'a tumor that is not cancer is benign; benign tumors do not grow and spread the way cancer does and are usually not a threat to life; malignant means cancer' },
    ],
    changed: 'Fix round (fact-check report): first sentence no longer says "health problem that does not invade or spread" (wrong for benign vertigo, tremor or prostate enlargement): benign now means usually not a threat to life, and the tumor meaning follows; reworded out of the ACS wording',
  },
  malignant: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer.html', supports: 'a cancerous tumor is malignant; it can invade and destroy healthy tissue; cells break away, travel and grow elsewhere (metastasis); a tumor that is not cancer is benign' },
    ],
    changed: 'Fix round (fact-check report): details reworded out of the ACS sequence',
  },
  cancer: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer.html', supports: 'a group of diseases in which cells change and grow out of control; most form a tumor; cancerous tumors invade and destroy healthy tissue; cells break away and grow elsewhere (metastasis); named for where it started; some, such as blood cancers, form no tumor but can threaten life by crowding out normal cells' },
    ],
    changed: 'Fix round (fact-check report): summary and details reworded (they followed ACS)',
  },
  carcinoma: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/lung-cancer/about/', supports: 'the main lung cancer types are carcinomas: adenocarcinoma, squamous cell and large cell carcinoma (NSCLC) and small cell carcinoma (SCLC)' },
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/cervical-squamous-cell-carcinoma', supports: 'squamous cells are thin and flat; most cervical cancers are squamous cell carcinomas' },
    ],
    changed: 'Fix round (fact-check report): first sentence no longer "a type of cancer" (lobular carcinoma in situ is not cancer): it is now a word in the names of many cancers; dropped "many carcinomas start in cells that line parts of the body" (not in the kept text)',
  },
  lymphoma: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/types/non-hodgkin-lymphoma/about/what-is-non-hodgkin-lymphoma.html', supports: 'NHL is a cancer of lymphocytes, part of the immune system; the lymph system is part of the immune system and moves fluid; lymphoma can start anywhere there is lymph tissue; treatment depends on the exact type, set partly by B or T cells' },
      { url: 'https://cancer.org/cancer/non-hodgkin-lymphoma/about/types-of-non-hodgkin-lymphoma.html', supports: 'NHL covers many types; Hodgkin lymphoma is treated differently; NHL mostly affects adults but children get it too; lymph tissue in lymph nodes, spleen, bone marrow, thymus' },
    ],
    changed: 'Fix round (fact-check report): near-copies of ACS reworded (where lymphoma starts; adults and children)',
  },
  asthma: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/health/asthma', supports: 'long-term condition; airways inflamed and narrowed at times; harder to breathe out; 1 in 13 in the US; all ages, often starts in childhood; triggers such as pollen, exercise, viral infections, cold air; asthma attack; no cure, treatment and an action plan help manage it (monitoring, avoiding triggers, medicines)' },
      { url: 'https://www.nhlbi.nih.gov/subscribe/4896', supports: 'wheeze, cough, chest tightness; symptoms mild to severe, every day or only once in a while; action plan' },
      { url: 'https://www.nhlbi.nih.gov/health/asthma/attacks', supports: 'call 9-1-1 if medicines do not relieve symptoms during an attack or breathing is still very hard; attacks can be life-threatening; for young children, call if drowsy or confused; use the reliever inhaler as soon as symptoms start; follow the action plan' },
    ],
    changed: 'Fix round (fact-check report): details reordered and reworded (they followed NHLBI sentence by sentence); the action plan now "helps you manage it", as NHLBI says',
  },
  tuberculosis: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/tuberculosis/learn-about-tuberculosis', supports: 'airborne bacterial infection by Mycobacterium tuberculosis, mainly the lungs; not easily spread, takes prolonged exposure (family member or co-worker); latent TB may become active months or years later when the immune system weakens; weak immune systems can develop active TB quickly; active TB attacks the lungs or other parts (lymph nodes, bones, kidney, brain, spine); almost always cured with medicine taken as directed' },
      { url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/tuberculosis/learn-about-tuberculosis.html', supports: 'spread through the air by coughing, sneezing, singing or talking; latent TB is not sick and not contagious; TB disease needs a doctor as soon as possible; drug-resistant forms' },
    ],
    changed: 'Fix round (fact-check report): latent TB now says it can become active months or years later if the immune system weakens (ALA); spread sentence reworded; dropped the unsupported "ask a doctor after close contact"; added taking TB medicine as directed (ALA: TB can almost always be cured with medicine taken as directed)',
  },
  'pulmonary-fibrosis': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/pulmonary-fibrosis/introduction', supports: 'scarring makes lung tissue thicker and stiffer, so the lungs expand less and less oxygen reaches the blood; shortness of breath and cough; part of ILD (inflammation or scarring around the air sacs); often idiopathic; chemicals, exposures, medicines, other conditions, autoimmune disease, genes; no cure but symptoms treatable; progression varies, report changes' },
    ],
    changed: 'Fix round (fact-check report): removed the forms "lung scarring" and "scarring of the lungs" (small scars from old infections are common harmless findings, where "a disease with no cure" is wrong and alarming); details reordered and reworded (they followed the ALA key points)',
  },
  anemia: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/health-topics/anemia', supports: 'fewer red blood cells or less hemoglobin; less oxygen, tired or weak; hemoglobin is an iron-rich protein that carries oxygen; shortness of breath, dizziness, headaches, irregular heartbeat; mild anemia common and treatable; causes (iron or vitamins, chronic stomach bleeding, chronic inflammation from infection, kidney disease, cancer, autoimmune disease; chemotherapy); blood test; iron, vitamins, IV iron, medicines, transfusion' },
    ],
    changed: 'Fix round (fact-check report): summary reworded (it followed NHLBI); causes list reordered',
  },
  'blood-clot': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/health/clotting-disorders', supports: 'clots normally form to stop bleeding; clotting disorders, inherited or acquired, make clots form too easily; clots in the legs cause DVT and in the lungs PE; clots in arteries can cause a heart attack or stroke' },
      { url: 'https://medlineplus.gov/bloodclots.html', supports: 'clots can form in, or travel to, vessels of the brain, heart, kidneys, lungs and limbs; DVT in the deep veins, usually the legs; a piece that travels to the lungs is a pulmonary embolism; stroke, heart attack, kidney and pregnancy problems; blood thinners and other medicines' },
      { url: 'https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism', supports: 'a pulmonary embolism can cause sudden chest pain and shortness of breath; swelling, redness and pain are DVT signs' },
      { url: 'https://nhs.uk/conditions/coughing-up-blood/pages/introduction.aspx', supports: '999 for coughing up blood with hard breathing, which can be a blood clot in the lungs' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better' },
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'call 911 (or your local emergency number) right away for sudden numbness or weakness on one side, confusion, trouble speaking, seeing or walking, dizziness, or a sudden severe headache' },
    ],
    changed: 'Fix round (fact-check report): dropped "most unwanted clots form in veins / clots in arteries are less common" (artery clots cause most heart attacks and strokes): clots form in veins or arteries and what they do depends on where they lodge; emergency line now covers sudden chest pain or shortness of breath, chest pain spreading to an arm or the jaw, coughing up blood with hard breathing, and stroke signs including trouble walking and dizziness; the heart-attack line is conservative emergency advice (no kept page names heart attack signs; two searches found no trusted page); DVT sentence reworded',
  },
  'paraneoplastic-syndrome': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.ninds.nih.gov/health-information/disorders/paraneoplastic-syndromes', supports: 'rare disorders from the immune system reacting to a cancer; antibodies or T cells attack normal nervous-system cells; most common in middle-aged and older adults and with lung, ovarian, lymphatic or breast cancer; start before the cancer is found, over days or weeks; the listed symptoms; treat the cancer, then calm the immune response; speech and physical therapy' },
    ],
    changed: 'Fix round (fact-check report): the immune-attack explanation is now given only for the kinds that affect the nerves (NINDS covers only those; hormone-driven kinds are not immune attacks); dropped "not by the tumor itself" (not in the kept text); details reordered',
  },
  'pancoast-tumor': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms', supports: 'cancers of the top of the lung (Pancoast tumors) can damage a nerve from the upper chest into the neck and cause severe shoulder pain; Horner syndrome (drooping or weak eyelid, smaller pupil, less or no sweating on that side); other conditions can cause it; report problems to a doctor right away' },
    ],
    changed: 'Fix round (fact-check report): dropped "also called superior sulcus tumors" (not in the kept text; the forms stay); summary reworded (it followed ACS)',
  },
};
