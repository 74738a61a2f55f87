import type { TermEntry } from '../types';
import {
  ACS_APPETITE,
  ACS_BONE_METS_SIGNS,
  ACS_FATIGUE,
  ACS_FEVER,
  ACS_LIVER_METS,
  ACS_NAUSEA,
  ACS_NEUROPATHY,
  ACS_NSCLC_STAGING,
  NCI_CHRONIC_BRONCHITIS,
  NCI_WHEEZING,
  NHLBI_ANEMIA,
  NHLBI_COUGH,
  NHS_SYMPTOMS,
} from '../sources';

export const symptomTerms: TermEntry[] = [
  {
    id: 'back-pain',
    name: 'Back pain',
    forms: ['back pain', 'backache', 'back ache', 'lumbago'],
    category: 'symptom',
    summary:
      'Back pain is an ache or sharp pain anywhere along your back. It has many causes, and most are not cancer. Rarely, it is a sign that cancer has spread to the spine.',
    details:
      'Back pain can be a dull ache that stays or a sudden sharp pain. Most of the time it is not caused by cancer. But when cancer spreads to the bones, it often affects the spine. Pain in the bone is often the first sign, and it may be worse at night. Cancer can also weaken the bones of the spine so they break more easily. A tumor in the spine can press on the spinal cord. This can cause back or neck pain along with numbness or weakness in the legs. It can also make it hard to control your bladder or bowels. This needs care right away.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if back pain comes with new weakness or numbness in your legs, loss of bladder or bowel control, or follows a fall or injury. See a doctor soon if the pain is new and does not ease, gets worse over time, wakes you at night, or comes with weight loss, fever or a lasting cough.',
    related: ['bone-pain', 'spine', 'spinal-cord-compression', 'bone-metastasis', 'musculoskeletal-pain'],
    sources: [ACS_BONE_METS_SIGNS],
    reviewed: '2026-11-26',
  },
  {
    id: 'bone-pain',
    name: 'Bone pain',
    forms: ['bone pain', 'pain in the bones', 'aching bones', 'bone ache', 'bone tenderness'],
    category: 'symptom',
    summary:
      'Bone pain is a deep ache or soreness inside a bone. In people with lung cancer, new bone pain can mean the cancer has spread to the bones.',
    details:
      'Bone pain has many causes. When cancer spreads to the bones, pain is often the first sign. The pain may be worse at night. Over time, the cancer can make a bone weaker, so it breaks more easily, often in the spine or the long bones of the arms and legs. If cancer in the spine presses on the spinal cord, it can also cause numbness or weakness. Tell your care team about any new bone pain. Doctors may use a bone scan or other imaging tests to look for the cause.',
    whenToGetHelp:
      'Go to the emergency room if bone pain comes with sudden weakness or numbness in your legs, or if a bone may be broken. See a doctor soon if you have new bone pain that does not go away, keeps getting worse, or comes with weight loss or tiredness.',
    related: ['bone-metastasis', 'back-pain', 'bone-scan', 'hypercalcemia', 'pain-medicine'],
    sources: [ACS_BONE_METS_SIGNS],
    reviewed: '2026-11-26',
  },
  {
    id: 'chest-pain',
    name: 'Chest pain',
    forms: ['chest pain', 'chest discomfort', 'pain in the chest', 'chest tightness'],
    category: 'symptom',
    summary:
      'Chest pain is pain or pressure anywhere in your chest. It has many causes. Some, like a heart attack, are an emergency.',
    details:
      'Pain in the chest can come from the heart, lungs, muscles, ribs or other parts of the body. It may feel sharp, dull, burning or tight. Because some causes are serious, chest pain should never be ignored. With lung cancer, there may be an ache or pain when you breathe or cough. Some people have chest or shoulder pain that does not go away. A doctor will ask about the pain and may order tests to find the cause.',
    whenToGetHelp:
      'Call 911 right away if you have sudden pressure, squeezing or crushing pain in your chest, pain that spreads to your jaw, arm or back, or chest pain with shortness of breath, sweating, nausea or dizziness. See a doctor soon if you have chest pain that keeps coming back or gets worse when you breathe or cough.',
    related: ['shortness-of-breath', 'pulmonary-embolism', 'pleural-effusion', 'lung-cancer', 'chest-x-ray'],
    sources: [NHS_SYMPTOMS],
    reviewed: '2026-11-26',
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
      'A chronic cough is a cough that lasts for weeks and does not go away. It can be a sign of lung cancer, but most long coughs have other causes.',
    details:
      'Coughing is a reflex that helps clear your airways. A cough from a cold or other infection usually clears up within 3 weeks. In adults, a cough that lasts more than 8 weeks is called chronic. Common causes include acid reflux, mucus dripping down the back of the throat, asthma and COPD. A cough that has not gone away after 3 weeks, or a long-standing cough that gets worse, can also be a sign of lung cancer. If you smoke, quitting and staying away from smoke and fumes can help your cough. A doctor may order a chest X-ray or other tests to find the cause.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you cough up more than a small amount of blood or have severe trouble breathing. See a doctor if a cough lasts more than 3 weeks, gets worse, changes, or comes with blood, chest pain, weight loss, fever or shortness of breath.',
    related: ['hemoptysis', 'phlegm', 'smoking', 'copd', 'chest-x-ray'],
    sources: [NHLBI_COUGH, NHS_SYMPTOMS],
    reviewed: '2026-11-26',
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
      'The blood may be bright red or rusty, or it may only be streaks in your phlegm. There are many possible causes, and most are not cancer. But coughing up blood is one of the main symptoms of lung cancer, so it always needs a check. To find the cause, a doctor may order a chest X-ray, a CT scan or other tests. Treatment depends on the cause.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you cough up more than a few teaspoons of blood, or if you also have trouble breathing, chest pain, dizziness or feel faint. See a doctor soon any time you cough up blood, even a small amount.',
    related: ['chronic-cough', 'phlegm', 'lung-cancer', 'bronchoscopy', 'ct-scan'],
    sources: [NHS_SYMPTOMS],
    reviewed: '2026-11-26',
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
      'Shortness of breath is the feeling that you cannot get enough air. Doctors call it dyspnea. It can come from lung, heart or other health problems.',
    details:
      'You may feel out of breath, tight in the chest or like you are working hard to breathe. Being out of breath after hard exercise is normal. Breathlessness that is new, comes on with light activity, or keeps getting worse is not. It can come from lung or heart problems. It can also come from anemia, when your blood has too few red blood cells to carry oxygen. Feeling out of breath all the time is one of the main symptoms of lung cancer. Doctors may listen to your lungs and order a chest X-ray or breathing tests.',
    whenToGetHelp:
      'Call 911 if shortness of breath comes on suddenly or is severe, or if you also have chest pain, blue lips or fingertips, confusion, or you cannot speak in full sentences. See a doctor soon if you are breathless doing things that used to be easy, or if it keeps getting worse.',
    related: ['wheezing', 'pleural-effusion', 'copd', 'pulmonary-embolism', 'oxygen-therapy'],
    sources: [NHS_SYMPTOMS, NHLBI_ANEMIA],
    reviewed: '2026-11-26',
  },
  {
    id: 'hoarseness',
    name: 'Hoarseness',
    forms: ['hoarseness', 'hoarse voice', 'hoarse', 'dysphonia', 'raspy voice', 'husky voice'],
    category: 'symptom',
    summary:
      'Hoarseness is when your voice sounds rough, raspy, weak or strained. It often comes from a cold, but hoarseness that lasts needs a check.',
    details:
      'Your voice comes from the vocal cords in your voice box. When they are irritated or swollen, your voice can change. Most of the time a hoarse voice gets better on its own, for example after a cold. A hoarse voice that does not go away is a less common symptom of lung cancer. If your voice stays hoarse, a doctor can look for the cause.',
    whenToGetHelp:
      'Call 911 if hoarseness comes with trouble breathing or swallowing, or with drooling in a child. See a doctor if your voice has been hoarse for more than 3 weeks, or if you also cough up blood or feel a lump in your neck.',
    related: ['chronic-cough', 'lung-cancer', 'smoking', 'swollen-lymph-nodes'],
    sources: [NHS_SYMPTOMS],
    reviewed: '2026-11-26',
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
      'Small ups and downs in weight are normal. Losing weight without changing how you eat or move is not. Losing weight for no clear reason, often along with a poor appetite, is one of the main symptoms of lung cancer. During cancer treatment, eating too little can also lead to weight loss, weakness and tiredness. A doctor will weigh you, ask about your eating and other symptoms, and may order blood tests or imaging tests.',
    whenToGetHelp:
      'See a doctor if you have lost weight without trying, especially if the loss is large or keeps going, or if it comes with other symptoms such as a lasting cough, pain, fever or night sweats.',
    related: ['loss-of-appetite', 'fatigue', 'lung-cancer', 'healthy-diet'],
    sources: [NHS_SYMPTOMS, ACS_APPETITE],
    reviewed: '2026-11-26',
  },
  {
    id: 'fatigue',
    name: 'Fatigue',
    forms: ['fatigue', 'fatigued', 'tiredness', 'exhaustion', 'lack of energy', 'cancer-related fatigue'],
    category: 'symptom',
    summary:
      'Fatigue is feeling very tired, weak or low on energy, even after rest. It is common with lung cancer and its treatment, but it has many other causes too.',
    details:
      'Everyone feels tired at times after poor sleep, hard work or stress. Fatigue from cancer is different. It does not go away with rest and can get in the way of daily life. Feeling tired all the time is one of the main symptoms of lung cancer. Cancer treatments often cause fatigue too. One cause that can be treated is anemia, when your blood has too few red blood cells. Some treatments, such as chemotherapy, raise the risk of anemia. Tell your care team how tired you feel, so they can look for causes and help.',
    whenToGetHelp:
      'Call 911 if tiredness comes with chest pain, shortness of breath, fainting or sudden weakness on one side of the body. See a doctor if you have felt tired for weeks without a clear reason, or if it comes with weight loss, fever or a lasting cough.',
    related: ['anemia', 'side-effects', 'unexplained-weight-loss', 'chemotherapy', 'loss-of-appetite'],
    sources: [ACS_FATIGUE, NHS_SYMPTOMS, NHLBI_ANEMIA],
    reviewed: '2026-11-26',
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
      'Swollen lymph nodes are small glands that have grown larger, often felt as lumps in the neck, armpit or groin. Infection is a common cause, but cancer can cause them too.',
    details:
      'Lymph nodes are small glands that are part of your immune system. They often swell for a short time when you have a cold, sore throat or other infection, and they may feel tender. Cancer can also spread to lymph nodes. When doctors work out the stage of lung cancer, they check whether it has reached lymph nodes near the lung or farther away. A doctor will feel the nodes and may order imaging tests or a biopsy to find the cause.',
    whenToGetHelp:
      'Call 911 if a swelling in your neck makes it hard to breathe or swallow. See a doctor if a swollen node lasts more than a few weeks, keeps growing, feels hard or fixed in place, or comes with fever, night sweats or weight loss.',
    related: ['lymph-nodes', 'metastasis', 'biopsy', 'lymphoma'],
    sources: [ACS_NSCLC_STAGING],
    reviewed: '2026-11-26',
  },
  {
    id: 'wheezing',
    name: 'Wheezing',
    forms: ['wheezing', 'wheeze', 'wheezy', 'wheezed'],
    category: 'symptom',
    summary:
      'Wheezing is a high whistling sound when you breathe. It happens when air moves through narrowed airways. New wheezing in an adult should be checked by a doctor.',
    details:
      'Wheezing means something is making the breathing tubes narrower or partly blocking them. Causes include asthma, COPD, bronchitis, allergies, lung infections, smoking and heart failure. Something stuck in an airway can also cause it. A tumor can narrow an airway too, and wheezing is a less common symptom of lung cancer. A doctor will listen to your chest and may order breathing tests or a chest X-ray.',
    whenToGetHelp:
      'Call 911 if you are struggling to breathe, your lips or skin look blue or gray, you feel confused, or wheezing starts suddenly after a bee sting, a new medicine or a food you are allergic to. See a doctor soon if wheezing is new, keeps coming back or gets worse.',
    related: ['shortness-of-breath', 'airways', 'asthma', 'copd', 'spirometry'],
    sources: [NCI_WHEEZING, NHS_SYMPTOMS],
    reviewed: '2026-11-26',
  },
  {
    id: 'finger-clubbing',
    name: 'Finger clubbing',
    forms: ['finger clubbing', 'clubbed finger', 'clubbed fingertip', 'nail clubbing', 'digital clubbing', 'clubbing of the fingers'],
    category: 'symptom',
    summary:
      'Finger clubbing is when the tips of your fingers get wider and rounder and the nails curve more. It can be linked to lung problems, including lung cancer.',
    details:
      'With clubbing, the ends of the fingers get bigger and the nails curve down over them. It usually comes on slowly, so people often do not notice it. Clubbing is a less common symptom of lung cancer. It can also happen with some other long-term health problems. If you notice it, a doctor can look for the cause.',
    whenToGetHelp:
      'See a doctor if you notice your fingertips or nails changing shape, especially if you also have a lasting cough, shortness of breath or weight loss.',
    related: ['lung-cancer', 'paraneoplastic-syndrome', 'chronic-cough', 'shortness-of-breath'],
    sources: [NHS_SYMPTOMS],
    reviewed: '2026-11-26',
  },
  {
    id: 'numbness',
    name: 'Numbness',
    forms: ['numbness', 'numbness and tingling', 'pins and needles', 'loss of feeling', 'loss of sensation', 'paresthesia', 'paraesthesia'],
    category: 'symptom',
    summary:
      'Numbness is a loss of feeling in part of your body, often with tingling or pins and needles. It happens when nerves are pressed, hurt or not working well.',
    details:
      'Numbness often affects the hands, feet, arms or legs. Short spells, such as a foot that "falls asleep," are common and harmless. Numbness that lasts can come from damage to the nerves outside the brain and spinal cord. Some cancer treatments can cause this kind of nerve damage in the hands and feet. Cancer that has spread to the spine can also press on the spinal cord and cause numbness or weakness below that spot. A doctor will test your feeling and strength and may order scans.',
    whenToGetHelp:
      'Call 911 if numbness comes on suddenly, is on one side of the body, or comes with weakness, confusion, trouble speaking, vision changes, or loss of bladder or bowel control. See a doctor soon if numbness is new, spreads or does not go away.',
    related: ['neuropathy', 'leg-weakness', 'spinal-cord-compression', 'brain-metastasis', 'spinal-cord'],
    sources: [ACS_NEUROPATHY, ACS_BONE_METS_SIGNS],
    reviewed: '2026-11-26',
  },
  {
    id: 'leg-weakness',
    name: 'Leg weakness',
    forms: ['leg weakness', 'weak leg', 'weakness in the leg', 'weakness in your leg', 'weakness of the leg', 'weakness in one leg', 'weakness in both leg'],
    category: 'symptom',
    summary:
      'Leg weakness means your legs feel weak, heavy or hard to control. New or growing leg weakness can be a sign of a problem with the nerves, spinal cord or brain.',
    details:
      'You may find it hard to climb stairs, stand up from a chair or walk without tripping. Many things can cause weak legs, such as muscle or nerve problems. Some cancer treatments can damage nerves and cause weakness. In people with lung cancer, the cancer can spread to the bones of the spine. A tumor there can press on the spinal cord. This is called spinal cord compression. It can cause back or neck pain, numbness and weakness in the legs, and trouble with bladder or bowel control. It needs care right away.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if leg weakness comes on suddenly, is on one side of the body, or comes with numbness, back pain, trouble speaking, or loss of bladder or bowel control. See a doctor soon for any new or slowly worsening weakness.',
    related: ['spinal-cord-compression', 'numbness', 'back-pain', 'brain-metastasis', 'balance-problems'],
    sources: [ACS_BONE_METS_SIGNS, ACS_NEUROPATHY],
    reviewed: '2026-11-26',
  },
  {
    id: 'dizziness',
    name: 'Dizziness',
    forms: ['dizziness', 'dizzy', 'lightheadedness', 'lightheaded', 'light-headed', 'vertigo'],
    category: 'symptom',
    summary:
      'Dizziness is feeling faint, woozy or off balance, or as if the room is spinning. It is common and often not serious, but it can be a sign of a health problem.',
    details:
      'Lightheadedness is a feeling that you might faint. Vertigo is a feeling that you or the room is spinning. Dizziness has many causes. One is anemia, when your blood has too few red blood cells to carry enough oxygen. Anemia can also make you tired, weak or short of breath. Some cancer treatments, such as chemotherapy, raise the risk of anemia. Dizziness can make you more likely to fall. Tell your doctor if dizziness keeps coming back.',
    whenToGetHelp:
      'Call 911 if dizziness comes with chest pain, a racing heart, fainting, a sudden bad headache, trouble speaking or seeing, or weakness on one side. See a doctor if dizzy spells keep happening, last a long time, or cause falls.',
    related: ['balance-problems', 'headache', 'brain-metastasis', 'anemia'],
    sources: [NHLBI_ANEMIA],
    reviewed: '2026-11-26',
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
      'Good balance depends on your inner ear, eyes, muscles, nerves and brain all working together. A problem with any of them can make you sway, stumble or fall. Some cancer treatments can damage the nerves in the feet, causing numbness, tingling or weakness. This can make it harder to stay steady. Weak legs from a tumor pressing on the spinal cord can also make you unsteady. Tell your care team about any new problems with balance.',
    whenToGetHelp:
      'Call 911 if you suddenly cannot stand or walk, or if balance problems come with weakness on one side, a sudden bad headache, trouble speaking or changes in vision. See a doctor soon if you feel unsteady for no clear reason or have fallen.',
    related: ['dizziness', 'leg-weakness', 'numbness', 'brain-metastasis', 'physical-therapy'],
    sources: [ACS_NEUROPATHY, ACS_BONE_METS_SIGNS],
    reviewed: '2026-11-26',
  },
  {
    id: 'jaundice',
    name: 'Jaundice',
    forms: ['jaundice', 'jaundiced', 'yellowing of the skin', 'yellowing of the eyes', 'yellow skin', 'yellowness of the skin', 'icterus'],
    category: 'symptom',
    summary:
      'Jaundice is when your skin or the whites of your eyes turn yellow. It is usually a sign of a problem with the liver, gallbladder or blood.',
    details:
      'Jaundice has many causes, and it always needs a doctor\'s check in adults. One cause is cancer in the liver. Lung cancer is one of the cancers that can spread to the liver. When it does, it may cause yellow skin or eyes, itchy skin, tiredness, a poor appetite, fever, a swollen belly and swollen legs. Doctors use blood tests and scans to find the cause.',
    whenToGetHelp:
      'Go to the emergency room if yellow skin or eyes come with a high fever, shivering, strong belly pain, confusion or very dark urine with little urine at all. Otherwise, see a doctor the same day or as soon as you can if you notice any yellowing.',
    related: ['liver', 'metastasis', 'blood-test', 'ultrasound'],
    sources: [ACS_LIVER_METS],
    reviewed: '2026-11-26',
  },
  {
    id: 'phlegm',
    name: 'Phlegm (sputum)',
    forms: ['phlegm', 'sputum', 'coughing up mucus', 'chest mucus', 'productive cough'],
    category: 'symptom',
    summary:
      'Phlegm, also called sputum, is the thick mucus you cough up from your lungs and airways. Its amount and color can give clues about what is going on in your lungs.',
    details:
      'Your airways make mucus to trap dust and germs. When they are irritated or infected, they can make more, and you cough it up as phlegm. Smoking and long-term lung diseases such as chronic bronchitis can lead to a lot of mucus and a cough that lasts. Breathing in secondhand smoke, fumes or polluted air can do this too. Phlegm with blood in it should always be checked, since coughing up blood is one of the main symptoms of lung cancer.',
    whenToGetHelp:
      'Call 911 if you cough up more than a small amount of blood or have severe trouble breathing. See a doctor if you see any blood in your phlegm, if you cough up phlegm for more than 3 weeks, or if it comes with fever, chest pain or weight loss.',
    related: ['chronic-cough', 'hemoptysis', 'sputum-cytology', 'respiratory-infection', 'chronic-bronchitis'],
    sources: [NCI_CHRONIC_BRONCHITIS, NHS_SYMPTOMS, NHLBI_COUGH],
    reviewed: '2026-11-26',
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
      'Germs such as viruses and bacteria can infect the nose, throat, airways or lungs. A chest infection often causes a cough, fever and tiredness. Most coughs from an infection clear up within 3 weeks. Chest infections that keep coming back are one of the main symptoms of lung cancer. So are a cough that does not go away and feeling out of breath all the time. If this happens to you, see a doctor to find out why.',
    whenToGetHelp:
      'Call 911 if you have severe trouble breathing, blue lips, chest pain or confusion. See a doctor soon if a chest infection does not improve after 3 weeks, keeps coming back, or comes with blood in your phlegm or weight loss.',
    related: ['pneumonia', 'chronic-bronchitis', 'phlegm', 'fever', 'chronic-cough'],
    sources: [NHS_SYMPTOMS, NHLBI_COUGH],
    reviewed: '2026-11-26',
  },
  {
    id: 'fever',
    name: 'Fever',
    // Not "high temperature": it is mostly about weather and machines.
    forms: ['fever', 'feverish', 'febrile', 'pyrexia'],
    category: 'symptom',
    summary:
      'A fever is a body temperature higher than normal. It is most often a sign that your body is fighting an infection. For people getting cancer treatment, a fever can be serious.',
    details:
      'A fever is not an illness on its own. It is a sign of one, most often an infection. Other causes include inflammation, some medicines and the cancer itself. Chemotherapy can lower the number of white blood cells that fight germs. Because of this, a fever during cancer treatment can be a sign of a serious infection. Your care team will tell you what temperature means you should call them.',
    whenToGetHelp:
      'Call 911 if a fever comes with a stiff neck, confusion, trouble breathing, a seizure or a rash that does not fade when pressed. If you are getting chemotherapy, call your cancer care team right away for any fever. See a doctor if a fever lasts more than a few days or keeps coming back.',
    related: ['respiratory-infection', 'pneumonia', 'chemotherapy', 'side-effects'],
    sources: [ACS_FEVER],
    reviewed: '2026-11-26',
  },
  {
    id: 'loss-of-appetite',
    name: 'Loss of appetite',
    forms: ['loss of appetite', 'appetite loss', 'poor appetite', 'decreased appetite', 'reduced appetite', 'lack of appetite'],
    category: 'symptom',
    summary:
      'Loss of appetite means you feel less hungry than usual or do not want to eat. It is common with cancer and its treatment, and can lead to weight loss.',
    details:
      'Many things can take away your appetite. These include pain, nausea, feeling sad, feeling full quickly, and changes in how food tastes or smells. The cancer itself and the side effects of treatment can also play a part. Loss of appetite is one of the main symptoms of lung cancer. Eating too little can make you lose weight and feel weak and tired. Eating small snacks often, and choosing foods high in protein and calories, can help. Drinking between meals instead of with them may help too.',
    whenToGetHelp:
      'See a doctor if you have not felt like eating for more than a few days, or if you are losing weight without trying. During cancer treatment, tell your care team if you cannot eat or drink enough.',
    related: ['unexplained-weight-loss', 'fatigue', 'nausea', 'healthy-diet', 'side-effects'],
    sources: [ACS_APPETITE, NHS_SYMPTOMS],
    reviewed: '2026-11-26',
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
      'You may cough or choke when you eat or drink, feel food stuck in your throat or chest, or have pain when you swallow. It has many possible causes. Trouble swallowing, or pain when swallowing, is a less common symptom of lung cancer. If swallowing stays hard, you may eat less and lose weight, so let a doctor know.',
    whenToGetHelp:
      'Call 911 if food is stuck and you cannot breathe, or if you cannot swallow your own saliva. See a doctor soon if swallowing is hard or painful for more than a few days, or if you are losing weight.',
    related: ['unexplained-weight-loss', 'hoarseness', 'side-effects', 'radiation-therapy'],
    sources: [NHS_SYMPTOMS],
    reviewed: '2026-11-26',
  },
  {
    id: 'headache',
    name: 'Headache',
    forms: ['headache', 'head pain', 'head ache'],
    category: 'symptom',
    summary:
      'A headache is pain in any part of your head. Most headaches are not serious. A new, severe or changing headache should be checked by a doctor.',
    details:
      'Most headaches are not serious and get better with rest, fluids or pain relievers. Many things can cause them. One cause is anemia, when your blood has too few red blood cells. Anemia can also make you tired, weak, dizzy or short of breath. Some cancer treatments, such as chemotherapy, raise the risk of anemia. A headache that is new, keeps getting worse, or comes with other symptoms should be checked. A doctor may order blood tests or a scan to find the cause.',
    whenToGetHelp:
      'Call 911 if you have a sudden, very bad headache, or a headache with a stiff neck and fever, confusion, fainting, a seizure, weakness, trouble speaking or seeing, or after a head injury. See a doctor soon if headaches are new, happen more often or get worse.',
    related: ['brain-metastasis', 'dizziness', 'nausea', 'mri'],
    sources: [NHLBI_ANEMIA],
    reviewed: '2026-11-26',
  },
  {
    id: 'nausea',
    name: 'Nausea and vomiting',
    forms: ['nausea', 'nauseous', 'nauseated', 'queasy', 'queasiness', 'vomiting', 'throwing up', 'emesis'],
    category: 'symptom',
    summary:
      'Nausea is an uneasy feeling in your stomach, as if you may throw up. It often comes with vomiting. It is a common side effect of cancer treatment, and your care team can help.',
    details:
      'Nausea and vomiting have many causes. In people with cancer, they are common side effects of chemotherapy and radiation. How likely they are depends on the type and dose of treatment. Other causes include some medicines, constipation, a blocked bowel, infections, inner ear problems and worry. Changes in the salts and minerals in your blood can cause it too. So can cancer that affects the brain or belly. Tell your care team if you feel sick, so they can find the cause and help you feel better.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you vomit blood or something that looks like coffee grounds, have severe belly or chest pain, a stiff neck with a bad headache, or signs of dehydration such as confusion or very little urine. Call your doctor or care team if you cannot keep fluids down for a day.',
    related: ['side-effects', 'chemotherapy', 'hypercalcemia', 'loss-of-appetite', 'brain-metastasis'],
    sources: [ACS_NAUSEA],
    reviewed: '2026-11-26',
  },
  {
    id: 'musculoskeletal-pain',
    name: 'Musculoskeletal pain',
    forms: ['musculoskeletal pain', 'muscle pain', 'muscle ache', 'aching muscle', 'sore muscle', 'myalgia', 'joint pain'],
    category: 'symptom',
    summary:
      'Musculoskeletal pain is pain in your muscles, bones, joints or the tissues that join them. It is very common and is most often caused by strain, overuse or injury.',
    details:
      'This kind of pain can be a dull ache, stiffness or a sharp pain when you move. Common causes are strain from lifting or exercise, injuries and infections such as the flu. It usually gets better with rest, gentle movement and simple pain relievers. Pain from cancer in the bones can feel a lot like ordinary aches. It is often worse at night. With lung cancer, some people have chest or shoulder pain that will not go away. Pain that lasts, gets worse, or comes with other symptoms should be checked.',
    whenToGetHelp:
      'Call 911 if pain comes with trouble breathing, chest pain, or sudden weakness or numbness. See a doctor if pain lasts more than a few weeks, keeps getting worse, wakes you at night, or comes with fever, weight loss or a lasting cough.',
    related: ['back-pain', 'bone-pain', 'physical-therapy', 'nsaids'],
    sources: [ACS_BONE_METS_SIGNS, NHS_SYMPTOMS],
    reviewed: '2026-11-26',
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
      'Neuropathy is damage to the nerves outside the brain and spinal cord. It often causes tingling, numbness, pain or weakness, most often in the hands and feet.',
    details:
      'Your peripheral nerves carry signals between your brain and the rest of your body. When they are damaged, you may feel pins and needles, pain, or a loss of feeling. Your hands and feet may also become very sensitive, or your muscles may feel weak. In people with cancer, some treatments can cause neuropathy, and so can a tumor pressing on a nerve. Some people get better after treatment ends, but for others it can last. Tell your care team early about any new tingling or weakness.',
    whenToGetHelp:
      'Call 911 for sudden weakness, numbness on one side of the body, or loss of bladder or bowel control. Tell your doctor or care team soon if you notice new tingling, numbness, pain or weakness, or if you have trouble with buttons, walking or balance.',
    related: ['numbness', 'chemotherapy', 'side-effects', 'balance-problems', 'leg-weakness'],
    sources: [ACS_NEUROPATHY],
    reviewed: '2026-11-26',
  },
];
