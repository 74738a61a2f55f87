import type { TermEntry } from '../types';

const ACS_SYMPTOMS = {
  title: 'Signs and Symptoms of Lung Cancer',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/types/lung-cancer/detection-diagnosis-staging/signs-symptoms.html',
};

const NHS_SYMPTOMS = {
  title: 'Symptoms - Lung cancer',
  publisher: 'NHS',
  url: 'https://www.nhs.uk/conditions/lung-cancer/symptoms/',
};

export const symptomTerms: TermEntry[] = [
  {
    id: 'back-pain',
    name: 'Back pain',
    forms: ['back pain', 'backache', 'back ache', 'lumbago'],
    category: 'symptom',
    summary:
      'Back pain is an ache or sharp pain anywhere along your back. It is very common and is most often caused by strained muscles or joints, not by cancer.',
    details:
      'Back pain can be a dull ache that stays, or a sudden sharp pain. Most back pain comes from muscles, joints or disks and gets better within a few weeks. Pain that lasts more than three months is called chronic. In rare cases, back pain is linked to lung cancer. This can happen when cancer spreads to the bones of the spine, or when a large tumor presses on nerves or the spinal cord. Back pain is seldom the only sign of lung cancer; it usually comes with other symptoms, such as a cough that will not go away.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if back pain comes with new weakness or numbness in your legs, loss of bladder or bowel control, or follows a fall or injury. See a doctor soon if the pain is new and does not ease, gets worse over time, wakes you at night, or comes with weight loss, fever or a lasting cough.',
    related: ['bone-pain', 'spine', 'spinal-cord-compression', 'bone-metastasis', 'musculoskeletal-pain'],
    sources: [
      { title: 'Back Pain', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/backpain.html' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'bone-pain',
    name: 'Bone pain',
    forms: ['bone pain', 'pain in the bones', 'aching bones', 'bone ache', 'bone tenderness'],
    category: 'symptom',
    summary:
      'Bone pain is a deep ache or soreness inside a bone. In people with lung cancer, new bone pain, often in the back or hips, can mean the cancer has spread to the bones.',
    details:
      'Bone pain often feels deep, dull and steady, and it may be worse at night or when you move. Many things can cause it, such as injuries, arthritis or thin bones. Lung cancer sometimes spreads to the bones, most often the spine, hips and ribs. When it does, it can cause pain in those places and can weaken the bone so it breaks more easily. Doctors may use a bone scan or other imaging tests to look for the cause. Treatment for bone pain from cancer can include pain medicine, radiation therapy and medicines that help protect the bones.',
    whenToGetHelp:
      'Go to the emergency room if bone pain comes with sudden weakness or numbness in your legs, or if a bone may be broken. See a doctor soon if you have new bone pain that does not go away, keeps getting worse, or comes with weight loss or tiredness.',
    related: ['bone-metastasis', 'back-pain', 'bone-scan', 'hypercalcemia', 'pain-medicine'],
    sources: [ACS_SYMPTOMS],
    reviewed: '2026-11-25',
  },
  {
    id: 'chest-pain',
    name: 'Chest pain',
    forms: ['chest pain', 'chest discomfort', 'pain in the chest', 'chest tightness'],
    category: 'symptom',
    summary:
      'Chest pain is pain or pressure anywhere between your neck and your upper belly. It has many causes. Some, like a heart attack, are an emergency.',
    details:
      'Pain in the chest can come from the heart, lungs, food pipe, muscles, ribs or nerves. It may feel sharp, dull, burning, crushing or tight. Heart problems are the most urgent cause, so chest pain should never be ignored. Lung problems, such as pneumonia, a blood clot in the lung or fluid around the lung, can also cause it. With lung cancer, chest pain is often worse when you breathe deeply, cough or laugh. A doctor will ask about the pain and may order tests such as an ECG, blood tests or a chest X-ray to find the cause.',
    whenToGetHelp:
      'Call 911 right away if you have sudden pressure, squeezing or crushing pain in your chest, pain that spreads to your jaw, arm or back, or chest pain with shortness of breath, sweating, nausea or dizziness. See a doctor soon if you have chest pain that keeps coming back or gets worse when you breathe or cough.',
    related: ['shortness-of-breath', 'pulmonary-embolism', 'pleural-effusion', 'lung-cancer', 'chest-x-ray'],
    sources: [
      { title: 'Chest pain', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/ency/article/003079.htm' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
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
      'A chronic cough is a cough that lasts for weeks and does not go away. It is the most common sign of lung cancer, but most long coughs have other causes.',
    details:
      'Most coughs from a cold or flu clear up within two or three weeks. A cough that lasts longer is called chronic. Common causes include smoking, asthma, allergies, COPD, acid reflux and some blood pressure medicines. Lung cancer can also cause a cough that does not go away or slowly gets worse. If you already have a cough from smoking, a change in it, such as coughing more, a deeper sound or blood in your phlegm, is worth reporting. Quitting smoking often helps a smoker\'s cough get better. A doctor may order a chest X-ray or other tests to find the cause.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you cough up more than a small amount of blood or have severe trouble breathing. See a doctor if a cough lasts more than 3 weeks, gets worse, changes, or comes with blood, chest pain, weight loss, fever or shortness of breath.',
    related: ['hemoptysis', 'phlegm', 'smoking', 'copd', 'chest-x-ray'],
    sources: [
      { title: 'Cough', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/cough.html' },
      NHS_SYMPTOMS,
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'hemoptysis',
    name: 'Coughing up blood (hemoptysis)',
    forms: [
      'hemoptysis',
      'haemoptysis',
      'coughing up blood',
      'cough up blood',
      'coughs up blood',
      'coughed up blood',
      'coughing blood',
      'spitting up blood',
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
      'Hemoptysis means coughing up blood or phlegm with blood in it. Even a small amount should be checked by a doctor, as it can be a sign of a lung problem.',
    details:
      'The blood comes from the airways or lungs, not from the stomach. It may be bright red, pink and frothy, or rust colored, and it may only be streaks in your phlegm. Common causes include infections such as bronchitis, pneumonia or tuberculosis. Other causes include a blood clot in the lung, blood-thinning medicines and lung cancer. Coughing up blood is one of the more common signs of lung cancer. To find the cause, a doctor may order a chest X-ray, a CT scan or a bronchoscopy. Treatment depends on the cause.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you cough up more than a few teaspoons of blood, or if you also have trouble breathing, chest pain, dizziness or feel faint. See a doctor soon any time you cough up blood, even a small amount.',
    related: ['chronic-cough', 'phlegm', 'lung-cancer', 'bronchoscopy', 'ct-scan'],
    sources: [
      ACS_SYMPTOMS,
      { title: 'Coughing up blood', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/coughing-up-blood/' },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'shortness-of-breath',
    name: 'Shortness of breath',
    forms: [
      'shortness of breath',
      'short of breath',
      'breathlessness',
      'breathless',
      'dyspnea',
      'dyspnoea',
      'difficulty breathing',
      'trouble breathing',
      'breathing difficulty',
      'hard to breathe',
    ],
    category: 'symptom',
    summary:
      'Shortness of breath is the feeling that you cannot get enough air. Doctors call it dyspnea. It can come from lung, heart or other health problems.',
    details:
      'You may feel out of breath, tight in the chest or like you are working hard to breathe. Being breathless after hard exercise is normal. Breathlessness that is new, comes on with light activity, or keeps getting worse is not. Causes include asthma, COPD, pneumonia, heart problems, anemia and a blood clot in the lung. Lung cancer can cause it when a tumor blocks an airway or when fluid builds up around the lung. Doctors may check your oxygen level, listen to your lungs and order a chest X-ray or breathing tests.',
    whenToGetHelp:
      'Call 911 if shortness of breath comes on suddenly or is severe, or if you also have chest pain, blue lips or fingertips, confusion, or you cannot speak in full sentences. See a doctor soon if you are breathless doing things that used to be easy, or if it keeps getting worse.',
    related: ['wheezing', 'pleural-effusion', 'copd', 'pulmonary-embolism', 'oxygen-therapy'],
    sources: [
      { title: 'Breathing difficulty', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/ency/article/003075.htm' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'hoarseness',
    name: 'Hoarseness',
    forms: ['hoarseness', 'hoarse voice', 'hoarse', 'dysphonia', 'raspy voice', 'husky voice'],
    category: 'symptom',
    summary:
      'Hoarseness is when your voice sounds rough, raspy, weak or strained. It is most often caused by a cold or overuse, but hoarseness that lasts needs a check.',
    details:
      'Your voice comes from the vocal cords in your voice box. When they are irritated or swollen, or the nerve that moves them is affected, your voice can change. Common causes are colds, shouting or singing too much, acid reflux, allergies and smoking. Resting your voice, drinking fluids and not smoking often help. A hoarse voice that does not go away can sometimes be a sign of cancer of the voice box or lung. A lung tumor can press on the nerve that controls a vocal cord. A doctor may look at your vocal cords with a small camera.',
    whenToGetHelp:
      'Call 911 if hoarseness comes with trouble breathing or swallowing, or with drooling in a child. See a doctor if your voice has been hoarse for more than 3 weeks, or if you also cough up blood or feel a lump in your neck.',
    related: ['chronic-cough', 'lung-cancer', 'smoking', 'swollen-lymph-nodes'],
    sources: [
      { title: 'Hoarseness', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/ency/article/003054.htm' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
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
      'Unexplained weight loss means losing weight when you are not trying to. It can be a sign of an illness, including cancer, and should be checked by a doctor.',
    details:
      'Small ups and downs in weight are normal. Losing a noticeable amount over a few months, without changing how you eat or move, is not. Causes include stress, depression, thyroid problems, diabetes, digestive problems, long-term infections and some medicines. Cancer can cause weight loss even before other symptoms appear. In lung cancer, weight loss often comes with loss of appetite and tiredness. A doctor will weigh you, ask about your eating and other symptoms, and may order blood tests or imaging tests.',
    whenToGetHelp:
      'See a doctor if you have lost weight without trying, especially if the loss is large or keeps going, or if it comes with other symptoms such as a lasting cough, pain, fever or night sweats.',
    related: ['loss-of-appetite', 'fatigue', 'lung-cancer', 'healthy-diet'],
    sources: [ACS_SYMPTOMS, NHS_SYMPTOMS],
    reviewed: '2026-11-25',
  },
  {
    id: 'fatigue',
    name: 'Fatigue',
    forms: ['fatigue', 'fatigued', 'tiredness', 'exhaustion', 'lack of energy', 'cancer-related fatigue'],
    category: 'symptom',
    summary:
      'Fatigue is feeling very tired, weak or low on energy, even after rest. It is common with lung cancer and its treatment, but it has many other causes too.',
    details:
      'Everyone feels tired at times after poor sleep, hard work or stress. Fatigue is different when it lasts for weeks and gets in the way of daily life. Causes include anemia, infections, sleep problems, depression, heart or lung disease and some medicines. Feeling tired or weak is one of the common signs of lung cancer. Cancer treatments such as chemotherapy and radiation therapy also often cause fatigue. Tell your care team how tired you feel. They can look for causes that can be treated, such as anemia, and suggest ways to save your energy.',
    whenToGetHelp:
      'Call 911 if tiredness comes with chest pain, shortness of breath, fainting or sudden weakness on one side of the body. See a doctor if you have felt tired for weeks without a clear reason, or if it comes with weight loss, fever or a lasting cough.',
    related: ['anemia', 'side-effects', 'unexplained-weight-loss', 'chemotherapy', 'loss-of-appetite'],
    sources: [
      { title: 'Fatigue', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/fatigue.html' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'swollen-lymph-nodes',
    name: 'Swollen lymph nodes',
    forms: [
      'swollen lymph node',
      'enlarged lymph node',
      'swollen gland',
      'swollen node',
      'lymph node swelling',
      'swelling of the lymph nodes',
      'lymphadenopathy',
    ],
    category: 'symptom',
    summary:
      'Swollen lymph nodes are small glands that have grown larger, often felt as lumps in the neck, armpit or groin. Most are caused by infection, but some are caused by cancer.',
    details:
      'Lymph nodes are part of your immune system. They often swell for a short time when you have a cold, sore throat or other infection, and may feel tender. Nodes that swell slowly, feel hard, do not hurt and do not go away can be a sign of cancer. Lung cancer can spread to lymph nodes in the chest and also to those in the neck or just above the collarbone. A doctor will feel the nodes and may order imaging tests or a biopsy to find the cause.',
    whenToGetHelp:
      'Call 911 if a swelling in your neck makes it hard to breathe or swallow. See a doctor if a swollen node lasts more than a few weeks, keeps growing, feels hard or fixed in place, or comes with fever, night sweats or weight loss.',
    related: ['lymph-nodes', 'metastasis', 'biopsy', 'lymphoma'],
    sources: [
      ACS_SYMPTOMS,
      {
        title: 'Definition of lymph node - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/lymph-node',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'wheezing',
    name: 'Wheezing',
    forms: ['wheezing', 'wheeze', 'wheezy', 'wheezed'],
    category: 'symptom',
    summary:
      'Wheezing is a high whistling sound when you breathe. It happens when air moves through narrowed airways. New wheezing in an adult should be checked by a doctor.',
    details:
      'The sound is often loudest when you breathe out. It means something is making the breathing tubes narrower, such as swelling, extra mucus, a muscle spasm or something blocking the way. Asthma and COPD are the most common causes. Allergies, bronchitis, pneumonia and smoking can also cause it. Lung cancer can cause wheezing when a tumor narrows an airway, and wheezing that starts for the first time can be one of its signs. A doctor will listen to your chest and may order breathing tests or a chest X-ray.',
    whenToGetHelp:
      'Call 911 if you are struggling to breathe, your lips or skin look blue or gray, you feel confused, or wheezing starts suddenly after a bee sting, a new medicine or a food you are allergic to. See a doctor soon if wheezing is new, keeps coming back or gets worse.',
    related: ['shortness-of-breath', 'airways', 'asthma', 'copd', 'spirometry'],
    sources: [
      { title: 'Wheezing', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/ency/article/003070.htm' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'finger-clubbing',
    name: 'Finger clubbing',
    forms: ['finger clubbing', 'clubbed finger', 'clubbed fingertip', 'nail clubbing', 'digital clubbing', 'clubbing of the fingers'],
    category: 'symptom',
    summary:
      'Finger clubbing is when the tips of your fingers get wider and rounder and the nails curve down. It can be linked to lung problems, including lung cancer.',
    details:
      'With clubbing, the fingertips look swollen, the nails bend down over them like the back of a spoon, and the skin where the nail starts may feel soft. It usually develops slowly, so people often do not notice it. Clubbing is a less common sign of lung cancer. It can also happen with other long-term lung, heart, liver and gut diseases, and in some families it is harmless. Clubbing does not hurt in most cases. When the cause is found and treated, the fingers may slowly go back to normal.',
    whenToGetHelp:
      'See a doctor if you notice your fingertips or nails changing shape, especially if you also have a lasting cough, shortness of breath or weight loss.',
    related: ['lung-cancer', 'paraneoplastic-syndrome', 'chronic-cough', 'shortness-of-breath'],
    sources: [NHS_SYMPTOMS],
    reviewed: '2026-11-25',
  },
  {
    id: 'numbness',
    name: 'Numbness',
    forms: ['numbness', 'numbness and tingling', 'pins and needles', 'loss of feeling', 'loss of sensation', 'paresthesia', 'paraesthesia'],
    category: 'symptom',
    summary:
      'Numbness is a loss of feeling in part of your body, often with tingling or pins and needles. It happens when nerves are pressed, hurt or not working well.',
    details:
      'Numbness often affects the hands, feet, arms or legs. Short spells, such as a foot that "falls asleep," are common and harmless. Numbness that lasts can come from diabetes, low vitamin B12, a slipped disk pressing on a nerve, some medicines, or injury. In lung cancer, numbness can happen when cancer spreads to the brain, or when a tumor presses on the spinal cord or nerves. Some cancer medicines can also cause numbness in the hands and feet. A doctor will test your feeling and strength and may order scans.',
    whenToGetHelp:
      'Call 911 if numbness comes on suddenly, is on one side of the body, or comes with weakness, confusion, trouble speaking, vision changes, or loss of bladder or bowel control. See a doctor soon if numbness is new, spreads or does not go away.',
    related: ['neuropathy', 'leg-weakness', 'spinal-cord-compression', 'brain-metastasis', 'spinal-cord'],
    sources: [
      { title: 'Numbness and tingling', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/ency/article/003206.htm' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'leg-weakness',
    name: 'Leg weakness',
    forms: ['leg weakness', 'weak leg', 'weakness in the leg', 'weakness in your leg', 'weakness of the leg', 'weakness in one leg', 'weakness in both leg'],
    category: 'symptom',
    summary:
      'Leg weakness means your legs feel weak, heavy or hard to control. New or growing leg weakness can be a sign of a problem with the nerves, spinal cord or brain.',
    details:
      'You may find it hard to climb stairs, stand up from a chair or walk without tripping. Many things can cause weak legs, such as muscle problems, nerve damage or a stroke. In people with lung cancer, weakness in the legs can happen when cancer spreads to the brain or to the bones of the spine. A tumor in the spine can press on the spinal cord. This is called spinal cord compression, and it needs treatment right away to help prevent lasting harm, such as trouble walking.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if leg weakness comes on suddenly, is on one side of the body, or comes with numbness, back pain, trouble speaking, or loss of bladder or bowel control. See a doctor soon for any new or slowly worsening weakness.',
    related: ['spinal-cord-compression', 'numbness', 'back-pain', 'brain-metastasis', 'balance-problems'],
    sources: [ACS_SYMPTOMS],
    reviewed: '2026-11-25',
  },
  {
    id: 'dizziness',
    name: 'Dizziness',
    forms: ['dizziness', 'dizzy', 'lightheadedness', 'lightheaded', 'light-headed', 'vertigo'],
    category: 'symptom',
    summary:
      'Dizziness is feeling faint, woozy or off balance, or as if the room is spinning. It is common and often not serious, but it can be a sign of a health problem.',
    details:
      'Lightheadedness is a feeling that you might faint. Vertigo is a feeling that you or the room is spinning. Common causes include standing up too fast, not drinking enough, low blood sugar, inner ear problems, some medicines and anemia. Dizziness can raise your risk of falling. In lung cancer, dizziness is a less common sign that can happen when the cancer spreads to the brain. Cancer treatments and anemia can also make you feel dizzy. Tell your doctor if dizziness keeps coming back.',
    whenToGetHelp:
      'Call 911 if dizziness comes with chest pain, a racing heart, fainting, a sudden bad headache, trouble speaking or seeing, or weakness on one side. See a doctor if dizzy spells keep happening, last a long time, or cause falls.',
    related: ['balance-problems', 'headache', 'brain-metastasis', 'anemia'],
    sources: [
      { title: 'Dizziness and Vertigo', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/dizzinessandvertigo.html' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'balance-problems',
    name: 'Balance problems',
    forms: [
      'balance problem',
      'balance issue',
      'balance disorder',
      'problems with balance',
      'trouble with balance',
      'loss of balance',
      'poor balance',
      'unsteadiness',
    ],
    category: 'symptom',
    summary:
      'Balance problems make you feel unsteady, as if you might fall, when standing or walking. They can come from the inner ear, nerves, brain, muscles or medicines.',
    details:
      'Good balance depends on your inner ear, eyes, muscles, nerves and brain all working together. A problem with any of them can make you sway, stumble or fall. Common causes include ear infections, some medicines, low blood pressure and nerve damage in the feet. In lung cancer, balance problems can happen if the cancer spreads to the brain, or if a tumor presses on the spinal cord. Some cancer medicines can also harm the nerves in the feet and make balance worse. Physical therapy can help you stay steady and avoid falls.',
    whenToGetHelp:
      'Call 911 if you suddenly cannot stand or walk, or if balance problems come with weakness on one side, a sudden bad headache, trouble speaking or changes in vision. See a doctor soon if you feel unsteady for no clear reason or have fallen.',
    related: ['dizziness', 'leg-weakness', 'numbness', 'brain-metastasis', 'physical-therapy'],
    sources: [
      { title: 'Balance Problems', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/balanceproblems.html' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'jaundice',
    name: 'Jaundice',
    forms: ['jaundice', 'jaundiced', 'yellowing of the skin', 'yellowing of the eyes', 'yellow skin', 'yellowness of the skin', 'icterus'],
    category: 'symptom',
    summary:
      'Jaundice is when your skin or the whites of your eyes turn yellow. It is usually a sign of a problem with the liver, gallbladder or blood.',
    details:
      'The yellow color comes from bilirubin, a waste product the liver normally clears from the blood. When the liver is not working well, or the tubes that drain bile are blocked, bilirubin builds up. Jaundice may come with itchy skin, dark urine and pale stools. Causes include hepatitis, gallstones, heavy drinking and cancer. In lung cancer, jaundice can be a sign that the cancer has spread to the liver. Doctors use blood tests and scans to find the cause. In adults, jaundice always needs a doctor\'s check.',
    whenToGetHelp:
      'Go to the emergency room if yellow skin or eyes come with a high fever, shivering, strong belly pain, confusion or very dark urine with little urine at all. Otherwise, see a doctor the same day or as soon as you can if you notice any yellowing.',
    related: ['liver', 'metastasis', 'blood-test', 'ultrasound'],
    sources: [
      { title: 'Jaundice', publisher: 'NHS', url: 'https://www.nhs.uk/conditions/jaundice/' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'phlegm',
    name: 'Phlegm (sputum)',
    forms: ['phlegm', 'sputum', 'coughing up mucus', 'chest mucus', 'productive cough'],
    category: 'symptom',
    summary:
      'Phlegm, also called sputum, is the thick mucus you cough up from your lungs and airways. Its amount and color can give clues about what is going on in your lungs.',
    details:
      'Your airways make mucus to trap dust and germs. When they are irritated or infected, they make more, and you cough it up as phlegm. It may be clear, white, yellow or green. Colds, bronchitis, pneumonia, smoking and COPD are common causes of extra phlegm. Phlegm with blood in it, or phlegm that looks rusty, should always be checked, as it can be a sign of lung cancer or another serious problem. Doctors can test a phlegm sample under a microscope to look for infection or cancer cells.',
    whenToGetHelp:
      'Call 911 if you cough up more than a small amount of blood or have severe trouble breathing. See a doctor if you see any blood in your phlegm, if you cough up phlegm for more than 3 weeks, or if it comes with fever, chest pain or weight loss.',
    related: ['chronic-cough', 'hemoptysis', 'sputum-cytology', 'respiratory-infection', 'chronic-bronchitis'],
    sources: [
      ACS_SYMPTOMS,
      { title: 'Cough', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/cough.html' },
    ],
    reviewed: '2026-11-25',
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
      'A respiratory infection is when germs infect your airways or lungs, as in a chest cold or pneumonia. If it keeps coming back or will not clear up, get it checked.',
    details:
      'Germs such as viruses and bacteria can infect the nose, throat, airways or lungs. A chest infection often causes a cough with phlegm, fever, tiredness and sometimes shortness of breath. Most get better within a few weeks. Infections that do not go away, or that keep coming back in the same part of the lung, can be a sign of something else. A lung tumor can block an airway, so mucus and germs get trapped behind it. This is why repeated bronchitis or pneumonia is one of the possible signs of lung cancer.',
    whenToGetHelp:
      'Call 911 if you have severe trouble breathing, blue lips, chest pain or confusion. See a doctor soon if a chest infection does not improve after 3 weeks, keeps coming back, or comes with blood in your phlegm or weight loss.',
    related: ['pneumonia', 'chronic-bronchitis', 'phlegm', 'fever', 'chronic-cough'],
    sources: [ACS_SYMPTOMS, NHS_SYMPTOMS],
    reviewed: '2026-11-25',
  },
  {
    id: 'fever',
    name: 'Fever',
    forms: ['fever', 'feverish', 'febrile', 'high temperature', 'pyrexia'],
    category: 'symptom',
    summary:
      'A fever is a body temperature higher than normal. It is most often a sign that your body is fighting an infection. For people getting cancer treatment, a fever can be serious.',
    details:
      'Normal body temperature is about 98.6°F (37°C) but it changes a little during the day. A fever is not an illness on its own; it is a sign of one, most often an infection. A fever that keeps coming back without a clear cause can be a less common sign of lung cancer. Chemotherapy can lower the number of white blood cells that fight germs. Because of this, a fever during cancer treatment can be a sign of a serious infection, and your care team will tell you what temperature means you should call them.',
    whenToGetHelp:
      'Call 911 if a fever comes with a stiff neck, confusion, trouble breathing, a seizure or a rash that does not fade when pressed. If you are getting chemotherapy, call your cancer care team right away for any fever. See a doctor if a fever lasts more than a few days or keeps coming back.',
    related: ['respiratory-infection', 'pneumonia', 'chemotherapy', 'side-effects'],
    sources: [
      { title: 'Fever', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/fever.html' },
      NHS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'loss-of-appetite',
    name: 'Loss of appetite',
    forms: ['loss of appetite', 'appetite loss', 'poor appetite', 'decreased appetite', 'reduced appetite', 'lack of appetite'],
    category: 'symptom',
    summary:
      'Loss of appetite means you feel less hungry than usual or do not want to eat. It is common with cancer and its treatment, and can lead to weight loss.',
    details:
      'Many things can take away your appetite, such as illness, pain, stress, depression, some medicines, and changes in taste or smell. Loss of appetite is one of the common signs of lung cancer. It is also a frequent side effect of cancer treatments such as chemotherapy and radiation. Eating too little can make you weaker and more tired. Eating small meals often, choosing foods high in protein and calories, and eating when you feel hungriest can help. A dietitian can give advice that fits your needs.',
    whenToGetHelp:
      'See a doctor if you have not felt like eating for more than a few days, or if you are losing weight without trying. During cancer treatment, tell your care team if you cannot eat or drink enough.',
    related: ['unexplained-weight-loss', 'fatigue', 'nausea', 'healthy-diet', 'side-effects'],
    sources: [
      { title: 'Appetite Loss and Cancer Treatment', publisher: 'National Cancer Institute', url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/appetite-loss' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
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
      'Difficulty swallowing means food or drink does not pass easily from your mouth to your stomach. Doctors call it dysphagia. It can feel like food is stuck.',
    details:
      'You may cough or choke when you eat or drink, feel food stuck in your throat or chest, or have pain when you swallow. Causes include acid reflux, a stroke, nerve or muscle problems, and cancers of the head, neck or food pipe. Trouble swallowing, or pain when swallowing, is a less common sign of lung cancer. Some cancer treatments can also make swallowing sore for a time. Swallowing problems can lead to weight loss, dehydration and chest infections if food goes down the wrong way.',
    whenToGetHelp:
      'Call 911 if food is stuck and you cannot breathe, or if you cannot swallow your own saliva. See a doctor soon if swallowing is hard or painful for more than a few days, or if you are losing weight.',
    related: ['unexplained-weight-loss', 'hoarseness', 'side-effects', 'radiation-therapy'],
    sources: [
      { title: 'Swallowing Disorders', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/swallowingdisorders.html' },
      NHS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'headache',
    name: 'Headache',
    forms: ['headache', 'head pain', 'head ache'],
    category: 'symptom',
    summary:
      'A headache is pain in any part of your head. Most headaches are not serious. A new, severe or changing headache should be checked by a doctor.',
    details:
      'The most common kinds are tension headaches, migraines and cluster headaches. Stress, poor sleep, skipped meals and too much caffeine can trigger them. Rest, fluids and pain relievers often help. Rarely, a headache is a sign of a serious problem, such as bleeding in the brain or an infection. In lung cancer, headaches that are new, keep getting worse or come with sickness or weakness can be a sign that the cancer has spread to the brain. A doctor may order a brain scan to find the cause.',
    whenToGetHelp:
      'Call 911 if you have a sudden, very bad headache, or a headache with a stiff neck and fever, confusion, fainting, a seizure, weakness, trouble speaking or seeing, or after a head injury. See a doctor soon if headaches are new, happen more often or get worse.',
    related: ['brain-metastasis', 'dizziness', 'nausea', 'mri'],
    sources: [
      { title: 'Headache', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/headache.html' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'nausea',
    name: 'Nausea and vomiting',
    forms: ['nausea', 'nauseous', 'nauseated', 'queasy', 'queasiness', 'vomiting', 'throwing up', 'emesis'],
    category: 'symptom',
    summary:
      'Nausea is an uneasy feeling in your stomach, as if you may throw up. It often comes with vomiting. It is a common side effect of cancer treatment that can often be prevented.',
    details:
      'Nausea and vomiting have many causes, such as stomach bugs, food poisoning, motion sickness, pregnancy and some medicines. In people with cancer, they are common side effects of chemotherapy and radiation therapy. High calcium in the blood, which some lung cancers cause, and cancer that has spread to the brain can also cause nausea. Medicines to prevent nausea work well for many people, and are often given before treatment. Eating small, bland meals and sipping fluids can also help.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you vomit blood or something that looks like coffee grounds, have severe belly or chest pain, a stiff neck with a bad headache, or signs of dehydration such as confusion or very little urine. Call your doctor or care team if you cannot keep fluids down for a day.',
    related: ['side-effects', 'chemotherapy', 'hypercalcemia', 'loss-of-appetite', 'brain-metastasis'],
    sources: [
      { title: 'Nausea and Vomiting', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/nauseaandvomiting.html' },
      { title: 'Nausea and Vomiting and Cancer Treatment', publisher: 'National Cancer Institute', url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/nausea' },
      ACS_SYMPTOMS,
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'musculoskeletal-pain',
    name: 'Musculoskeletal pain',
    forms: ['musculoskeletal pain', 'muscle pain', 'muscle ache', 'aching muscle', 'sore muscle', 'myalgia', 'joint pain'],
    category: 'symptom',
    summary:
      'Musculoskeletal pain is pain in your muscles, bones, joints or the tissues that join them. It is very common and is most often caused by strain, overuse or injury.',
    details:
      'This kind of pain can be a dull ache, stiffness or a sharp pain when you move. Common causes are strain from lifting or exercise, poor posture, injuries, infections such as the flu, arthritis and some medicines. It usually gets better with rest, gentle movement and simple pain relievers. Back pain from lung cancer can feel a lot like ordinary muscle pain, which is why pain that does not go away, gets worse, or comes with other symptoms should be checked.',
    whenToGetHelp:
      'Call 911 if pain comes with trouble breathing, chest pain, or sudden weakness or numbness. See a doctor if pain lasts more than a few weeks, keeps getting worse, wakes you at night, or comes with fever, weight loss or a lasting cough.',
    related: ['back-pain', 'bone-pain', 'physical-therapy', 'nsaids'],
    sources: [
      { title: 'Muscle aches', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/ency/article/003178.htm' },
      { title: 'Back Pain', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/backpain.html' },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'neuropathy',
    name: 'Neuropathy',
    forms: [
      'neuropathy',
      'neuropathies',
      'peripheral neuropathy',
      'nerve damage',
      'nerve pain',
      'neuropathic pain',
      'chemotherapy-induced peripheral neuropathy',
      'CIPN',
    ],
    category: 'symptom',
    summary:
      'Neuropathy is damage to the nerves outside the brain and spinal cord. It often causes tingling, numbness, burning or weakness, most often in the hands and feet.',
    details:
      'Your peripheral nerves carry signals between your brain and the rest of your body. When they are damaged, you may feel pins and needles, burning pain, or lose feeling. You may also have weak muscles or trouble with balance. Diabetes is the most common cause overall. In people with cancer, some chemotherapy drugs can cause neuropathy, and so can a tumor pressing on a nerve. Symptoms often get better slowly after treatment ends, but some can last. Tell your care team early, since changing the treatment may help.',
    whenToGetHelp:
      'Call 911 for sudden weakness, numbness on one side of the body, or loss of bladder or bowel control. Tell your doctor or care team soon if you notice new tingling, numbness, pain or weakness, or if you have trouble with buttons, walking or balance.',
    related: ['numbness', 'chemotherapy', 'side-effects', 'balance-problems', 'leg-weakness'],
    sources: [
      { title: 'Nerve Problems (Peripheral Neuropathy) and Cancer Treatment', publisher: 'National Cancer Institute', url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/nerve-problems' },
      { title: 'Peripheral Nerve Disorders', publisher: 'MedlinePlus (National Library of Medicine)', url: 'https://medlineplus.gov/peripheralnervedisorders.html' },
    ],
    reviewed: '2026-11-25',
  },
];
