import type { TermEntry } from '../types';

export const generalTerms: TermEntry[] = [
  {
    id: 'diagnosis',
    name: 'Diagnosis',
    forms: ['diagnosis', 'diagnoses', 'diagnosed', 'diagnose', 'diagnosing'],
    category: 'general',
    summary:
      'A diagnosis is the name for the health problem behind your symptoms. Doctors find it by talking with you, checking your body and doing tests.',
    details:
      'Reaching a diagnosis often takes several steps. A doctor asks about your symptoms and past health and examines you. Then they may order blood tests, imaging tests such as a chest x-ray or CT scan, or a biopsy, where a small piece of tissue is looked at under a microscope. Many symptoms that could point to cancer turn out to have other, less serious causes. If cancer is found, more tests show what type it is and how far it has spread. A clear diagnosis lets you and your care team choose the treatment that fits you best.',
    related: ['physical-exam', 'medical-history', 'biopsy', 'imaging-test', 'cancer-stage'],
    sources: [
      {
        title: 'Diagnosing and Staging Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'prognosis',
    name: 'Prognosis',
    forms: ['prognosis', 'prognoses'],
    category: 'general',
    summary:
      "A prognosis is your doctor's best guess about how an illness will go and how likely you are to get better. It is an estimate, not a promise.",
    details:
      'For cancer, the prognosis depends on many things: the type of cancer and where it is, its stage and grade, certain features of the cancer cells, your age and general health, and how the cancer responds to treatment. Doctors often use survival numbers from large groups of people with a similar cancer. These numbers cannot say exactly what will happen to one person, and a prognosis can change over time. Some people want to know every detail, while others would rather know less. Both are fine. You can tell your care team how much you want to hear.',
    related: ['survival-rate', 'cancer-stage', 'grade', 'diagnosis', 'remission'],
    sources: [
      {
        title: 'Understanding Cancer Prognosis',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'physical-exam',
    name: 'Physical exam',
    forms: ['physical exam', 'physical examination'],
    category: 'general',
    summary:
      'In a physical exam, a doctor or nurse checks your body for signs of illness. They may look, listen to your chest, gently press on areas and check your pulse.',
    details:
      'A physical exam is often one of the first steps when you see a doctor about a new symptom. The doctor may check your temperature, pulse, breathing rate, blood pressure and weight. They may listen to your heart and lungs with a stethoscope, feel your neck and armpits for swollen lymph nodes, and press on your belly. With a cough or chest symptoms, the doctor listens closely to how air moves in and out of the lungs. An exam alone cannot show whether someone has cancer. What the doctor finds helps decide which tests, if any, come next.',
    related: ['medical-history', 'diagnosis', 'primary-care-provider', 'swollen-lymph-nodes'],
    sources: [
      {
        title: 'Diagnosing and Staging Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'medical-history',
    name: 'Medical history',
    forms: ['medical history', 'medical histories', 'health history', 'health histories'],
    category: 'general',
    summary:
      'Your medical history is the story of your health so far. It covers past illness and surgery, the drugs you take, allergies, habits like smoking, and what runs in your family.',
    details:
      'Doctors usually ask about your medical history before they examine you or order tests. They want to know about your symptoms and when they started, illnesses and operations you have had, medicines and supplements you take, and any allergies. For lung problems, they will ask whether you smoke or used to, and about contact with radon, asbestos or other harmful substances at work or home. Your family health history matters too, because some diseases run in families. Bringing a list of your medicines to the visit can help. A full, honest history helps the doctor judge your risk and pick the right tests.',
    related: ['physical-exam', 'diagnosis', 'family-history', 'smoking', 'risk-factor'],
    sources: [
      {
        title: 'Diagnosing and Staging Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'clinical-trial',
    name: 'Clinical trial',
    forms: ['clinical trial', 'clinical study', 'clinical studies'],
    category: 'general',
    summary:
      'A clinical trial is a research study where people volunteer to test a new way to prevent, find or treat a disease. Taking part is always your choice.',
    details:
      'Clinical trials are how new treatments become standard care. A trial might compare a new medicine with the usual treatment, test a new mix of treatments, or look for better ways to ease symptoms. Each trial has rules about who can join, such as the type and stage of cancer. Before you agree, the research team must explain the study, its possible benefits and risks, and answer your questions. This is called informed consent. Trials are closely watched to protect the people in them. Saying no should not change the care you get. Ask your doctor whether a trial could be an option for you.',
    related: ['oncologist', 'second-opinion', 'side-effects', 'targeted-therapy', 'immunotherapy'],
    sources: [
      {
        title: 'Clinical Trials Information for Patients and Caregivers',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/clinical-trials',
      },
      {
        title: 'Being Part of a Clinical Trial',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/clinical-trials/being-part-of-a-clinical-trial.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'side-effects',
    name: 'Side effects',
    forms: ['side effect', 'adverse effect'],
    category: 'general',
    summary:
      'Side effects are unwanted problems caused by a treatment, such as tiredness, nausea or hair loss. They happen when a treatment also affects healthy parts of the body.',
    details:
      'Cancer treatments such as chemotherapy, radiation therapy, immunotherapy and surgery can all cause side effects. Common ones include fatigue, nausea, pain, loss of appetite and a higher chance of infection. Side effects differ from person to person, even with the same treatment, and many fade after treatment ends. Your care team can often prevent or ease them, so tell them about any new or worsening problem. Before treatment starts, ask which side effects to watch for, who to call when the office is closed, and when you should go to the emergency room.',
    whenToGetHelp:
      'Call 911 or go to the emergency room if you have trouble breathing, chest pain, or swelling of the face or throat. Call your care team right away if you get a fever or chills during treatment, cannot keep fluids down, or have a side effect that is severe or getting worse.',
    related: ['chemotherapy', 'radiation-therapy', 'immunotherapy', 'fatigue', 'nausea'],
    sources: [
      {
        title: 'Side Effects of Cancer Treatment',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/',
      },
      {
        title: 'Managing Cancer-related Side Effects',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/managing-cancer/side-effects.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'oncologist',
    name: 'Oncologist',
    forms: ['oncologist', 'cancer doctor', 'cancer specialist'],
    category: 'general',
    summary:
      'An oncologist is a doctor who finds and treats cancer. Some use medicines, some use radiation, and some do surgery.',
    details:
      'People with cancer often see more than one kind of oncologist. A medical oncologist treats cancer with medicines such as chemotherapy, immunotherapy and targeted therapy, and often leads the care. A radiation oncologist plans and oversees radiation therapy. A surgical oncologist removes tumors with surgery. These doctors work as a team with others, such as pathologists, radiologists, nurses and social workers, and usually one person coordinates the team. For lung cancer, a lung doctor (pulmonologist) is often part of the team too. It is fine to ask each person what their role is and who to call with questions.',
    related: ['pulmonologist', 'primary-care-provider', 'chemotherapy', 'radiation-therapy', 'second-opinion'],
    sources: [
      {
        title: 'Glossary: cancer care team',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer_care_team.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'cancer-stage',
    name: 'Cancer stage',
    forms: [
      'cancer stage',
      'stage of cancer',
      'stage of the cancer',
      'cancer staging',
      'staging',
      'early-stage cancer',
      'late-stage cancer',
      'advanced-stage cancer',
      'early-stage lung cancer',
      'late-stage lung cancer',
      'stage 0 cancer',
      'stage 1 cancer',
      'stage 2 cancer',
      'stage 3 cancer',
      'stage 4 cancer',
      'stage 0 lung cancer',
      'stage 1 lung cancer',
      'stage 2 lung cancer',
      'stage 3 lung cancer',
      'stage 4 lung cancer',
      'stage II',
      'stage III',
      'stage IV',
      'Stage II',
      'Stage III',
      'Stage IV',
      'stage IA',
      'stage IB',
      'stage IIA',
      'stage IIB',
      'stage IIIA',
      'stage IIIB',
      'stage IIIC',
      'stage IVA',
      'stage IVB',
      'Stage IA',
      'Stage IB',
      'Stage IIA',
      'Stage IIB',
      'Stage IIIA',
      'Stage IIIB',
      'Stage IIIC',
      'Stage IVA',
      'Stage IVB',
    ],
    category: 'general',
    summary:
      'The stage tells how much cancer is in the body and how far it has spread. Most cancers are staged from 0 to 4. A higher number means more advanced cancer.',
    details:
      'Doctors work out the stage using the physical exam, imaging tests such as CT and PET scans, and biopsies. For most cancers, the stage depends on how big the main tumor is, whether cancer is in nearby lymph nodes, and whether it has spread to distant parts of the body. Stages are often written in Roman numerals, from I to IV, sometimes with letters such as IIIA. Stage 4 (IV) means the cancer has spread to other organs. Doctors use the stage to plan treatment, to estimate the prognosis, and to find clinical trials that may fit.',
    related: ['tnm-staging', 'grade', 'prognosis', 'metastasis', 'lymph-nodes'],
    sources: [
      {
        title: 'Diagnosing and Staging Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging.html',
      },
      {
        title: 'Understanding Cancer Prognosis',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis',
      },
      {
        title: 'Non-small Cell Lung Cancer Stages',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/lung-cancer/detection-diagnosis-staging/staging-nsclc.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'remission',
    name: 'Remission',
    forms: ['remission'],
    category: 'general',
    summary:
      'Remission means the cancer has shrunk or can no longer be found on tests after treatment. It is good news, but it does not always mean the cancer is cured.',
    details:
      'Doctors talk about two kinds of remission. In a complete remission, tests and scans find no sign of cancer. In a partial remission, the cancer has shrunk but has not gone away. A remission can last weeks, months or many years, and treatment may stop or go on during it, depending on the type of cancer. Because a few cancer cells can stay hidden in the body, doctors are careful with the word "cured." They keep checking with regular visits and tests. If the cancer comes back, more treatment can sometimes bring another remission.',
    related: ['recurrence', 'prognosis', 'survival-rate', 'oncologist'],
    sources: [
      {
        title: 'Can Cancer Be Cured?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/can-cancer-be-cured.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'recurrence',
    name: 'Recurrence',
    forms: ['recurrence', 'recurrent cancer', 'recurrent lung cancer', 'cancer recurrence'],
    category: 'general',
    summary:
      'A recurrence is cancer that comes back after treatment, after a time when it could not be found. It may return in the same place or in another part of the body.',
    details:
      'Cancer can come back when a small number of cancer cells survive treatment. These cells were too few to show up on tests, but over time they grow. The cancer may return where it first started, in nearby lymph nodes, or in a distant part of the body. Most cancers that come back do so within the first 5 years, but later recurrences can happen. That is why follow-up visits and tests matter after treatment ends. Healthy habits are good for you, but they cannot fully stop a recurrence. If cancer does come back, your care team will explain the treatment choices.',
    related: ['remission', 'metastasis', 'prognosis', 'survival-rate', 'oncologist'],
    sources: [
      {
        title: 'Understanding Recurrence',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/survivorship/long-term-health-concerns/recurrence.html',
      },
      {
        title: 'Can Cancer Be Cured?',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/can-cancer-be-cured.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'survival-rate',
    name: 'Survival rate',
    forms: [
      'survival rate',
      '5-year survival',
      'five-year survival',
      'relative survival',
      'survival statistic',
      'overall survival',
    ],
    category: 'general',
    summary:
      'A survival rate is the share of people with a certain cancer who are still alive a set time after diagnosis, often 5 years. It describes large groups, not one person.',
    details:
      'For example, a 5-year survival rate of 60% means that about 60 out of 100 people with that cancer were alive 5 years after diagnosis. A relative survival rate compares people who have the cancer with people of the same age and sex who do not, which shows how much the disease itself shortens life. For lung cancer, survival rates depend a lot on the type and stage of the cancer. The numbers come from people diagnosed years ago, so they may not show the effect of newer treatments. They cannot tell you what will happen to you. Ask your care team how they apply to your situation.',
    related: ['prognosis', 'cancer-stage', 'remission', 'lung-cancer'],
    sources: [
      {
        title: 'Definition of relative survival rate - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/44296',
      },
      {
        title: 'Understanding Cancer Prognosis',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'second-opinion',
    name: 'Second opinion',
    forms: ['second opinion'],
    category: 'general',
    summary:
      'A second opinion means asking another doctor to look at your diagnosis and treatment plan. It can help you feel more sure about your choices.',
    details:
      'Many people with cancer get a second opinion before they start treatment. The second doctor, ideally a specialist in your type of cancer, reviews your test results, scans and biopsy findings and gives their own view. People often ask for one when a cancer is rare, when the type or stage is uncertain, when several treatments are offered, or simply for peace of mind. Some insurance plans ask for one. In most cases there is time to get a second opinion, but ask your doctor whether waiting is safe for you. Check what your insurance covers before you book.',
    related: ['oncologist', 'diagnosis', 'cancer-stage', 'clinical-trial'],
    sources: [
      {
        title: 'Seeking a Second Opinion',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/managing-cancer/finding-care/seeking-a-second-opinion.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'grade',
    name: 'Tumor grade',
    forms: [
      'tumor grade',
      'tumour grade',
      'cancer grade',
      'tumor grading',
      'tumour grading',
      'histologic grade',
      'low-grade tumor',
      'low-grade tumour',
      'high-grade tumor',
      'high-grade tumour',
      'low-grade cancer',
      'high-grade cancer',
      'well differentiated',
      'moderately differentiated',
      'poorly differentiated',
    ],
    category: 'general',
    summary:
      'Tumor grade tells how strange the cancer cells look under a microscope. Low-grade cells look more like normal cells and tend to grow slowly. High-grade cells tend to grow faster.',
    details:
      'A pathologist finds the grade by looking at cells from a biopsy or surgery under a microscope. Cells that look close to normal are called well differentiated, or low grade. Cells that look very abnormal are called poorly differentiated, or high grade. Grade is not the same as stage. The stage tells how big the cancer is and how far it has spread, while the grade gives a clue about how fast it may grow and spread. Doctors use both, along with other test results, to plan treatment and estimate the prognosis. The grade is often listed in the pathology report.',
    related: ['cancer-stage', 'pathology-report', 'biopsy', 'prognosis'],
    sources: [
      {
        title: 'Understanding Cancer Prognosis',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'tnm-staging',
    name: 'TNM staging',
    forms: ['TNM staging', 'TNM system', 'TNM classification', 'TNM stage', 'TNM'],
    category: 'general',
    summary:
      'TNM is the system doctors use most to stage lung cancer. T is the main tumor, N is cancer in nearby lymph nodes, and M is spread to distant parts of the body.',
    details:
      'Numbers or letters after each letter give more detail. T describes how big the main tumor is and whether it has grown into nearby tissue. N tells whether cancer has reached nearby lymph nodes, and which ones. M tells whether the cancer has spread (metastasized) to distant organs, such as the brain, bones or liver. Higher numbers mean more advanced cancer. Doctors then combine the T, N and M results into one overall stage, from 0 to IV. A clinical stage is based on exams, imaging and biopsy; a pathologic stage uses tissue removed in surgery.',
    related: ['cancer-stage', 'lymph-nodes', 'metastasis', 'pathology-report', 'nsclc'],
    sources: [
      {
        title: 'Non-small Cell Lung Cancer Stages',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/lung-cancer/detection-diagnosis-staging/staging-nsclc.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'lesion',
    name: 'Lesion',
    forms: ['lesion'],
    category: 'general',
    summary:
      'A lesion is any area of tissue that is damaged or does not look normal. It can be harmless, like a scar or cyst, or it can be cancer.',
    details:
      'Doctors use the word lesion for many kinds of changes, such as wounds, sores, cysts, areas of infection and tumors. It can appear anywhere, including the skin, lungs, bones and brain. On a scan report, "lesion" simply means the radiologist saw something that looks different from the tissue around it. The word alone does not tell you whether it is cancer. Your doctor may compare it with older scans, watch it over time, or order more tests such as a biopsy to find out what it is.',
    related: ['lung-nodule', 'tumor', 'benign', 'malignant', 'biopsy'],
    sources: [
      {
        title: 'Definition of lesion - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46324&version=healthprofessional&language=English&dictionary=Cancer.gov',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'biomarker',
    name: 'Biomarker',
    forms: ['biomarker', 'tumor marker', 'tumour marker', 'molecular marker'],
    category: 'general',
    summary:
      'A biomarker is a sign of disease that can be measured in blood, tissue or other body fluids. In lung cancer, biomarkers help doctors pick the best treatment.',
    details:
      'Biomarkers can be genes, proteins or other substances. In lung cancer, doctors often test a sample of the tumor for biomarkers such as changes in the EGFR, ALK, ROS1 or KRAS genes. The results can show whether a targeted drug or immunotherapy is likely to work, and they can point to clinical trials that fit. Two people with the same type of lung cancer can have very different biomarkers, so testing helps make treatment more personal. If you have non-small cell lung cancer, ask your care team whether your tumor has been tested before treatment starts.',
    related: ['biomarker-testing', 'gene-mutation', 'targeted-therapy', 'egfr', 'immunotherapy'],
    sources: [
      {
        title: 'Tell a Friend About Tumor Testing',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/about-us/media/top-stories/tell-a-friend-about-tumor-testing.html',
      },
      {
        title: 'Targeted Drug Therapy for Non-small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/treating-non-small-cell/targeted-therapies.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'gene-mutation',
    name: 'Gene mutation',
    forms: [
      'gene mutation',
      'genetic mutation',
      'mutation',
      'gene change',
      'genetic change',
      'gene variant',
      'driver mutation',
      'gene alteration',
      'genetic alteration',
    ],
    category: 'general',
    summary:
      "A gene mutation is a change in a cell's DNA, the set of instructions that tells the cell how to grow and work. Some mutations let cells grow out of control.",
    details:
      'Most gene mutations found in lung cancer are not passed down in families. They build up in lung cells during a person\'s life, often from damage caused by tobacco smoke, radon or other harmful substances. A smaller number of mutations are inherited. In lung cancer, certain "driver" mutations, in genes such as EGFR, ALK, ROS1 and KRAS, help the tumor grow. Finding them matters, because targeted drugs can block some of these changes and may work when chemotherapy does not. Doctors find them by testing a tumor sample. A mutation found only in the tumor is not one your family members would inherit.',
    related: ['biomarker', 'biomarker-testing', 'targeted-therapy', 'egfr', 'alk'],
    sources: [
      {
        title: 'Targeted Drug Therapy for Non-small Cell Lung Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/types/lung-cancer/treating-non-small-cell/targeted-therapies.html',
      },
      {
        title: 'Tell a Friend About Tumor Testing',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/about-us/media/top-stories/tell-a-friend-about-tumor-testing.html',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'pulmonologist',
    name: 'Pulmonologist',
    forms: [
      'pulmonologist',
      'lung doctor',
      'lung specialist',
      'pulmonary specialist',
      'chest physician',
      'respiratory physician',
      'respiratory specialist',
    ],
    category: 'general',
    summary:
      'A pulmonologist is a doctor who specializes in the lungs and breathing. They find and treat problems such as COPD, asthma, lung scarring and lung cancer.',
    details:
      'Your primary care provider can handle many short-term breathing problems, such as a chest cold. You may be sent to a pulmonologist for breathing problems that are serious, long-lasting or hard to explain, like a cough that will not go away or an abnormal chest scan. Pulmonologists train first in internal medicine and then focus on the lungs and airways. They may order breathing tests and do procedures such as bronchoscopy to look inside the airways. In lung cancer care, they often help with diagnosis and work with oncologists and surgeons. In the UK, this doctor is often called a respiratory or chest physician.',
    related: ['primary-care-provider', 'oncologist', 'bronchoscopy', 'copd', 'lungs'],
    sources: [
      {
        title: 'Know Your Providers: Pulmonologist',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/blog/know-your-providers-pulmonologist',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'primary-care-provider',
    name: 'Primary care provider',
    forms: [
      'primary care provider',
      'primary care physician',
      'primary care doctor',
      'primary care practitioner',
      'family doctor',
      'family physician',
      'general practitioner',
      'GP',
    ],
    category: 'general',
    summary:
      'A primary care provider is your main doctor or nurse for everyday health care. They treat common problems, give checkups and screenings, and send you to specialists when needed.',
    details:
      'A primary care provider may be a doctor, a nurse practitioner or a physician assistant. They look after your health over time, which helps them notice when something changes. They give routine care such as checkups, vaccines and screening tests. If you have a new symptom, like a cough that will not go away, they are usually the first person to see. They can order early tests, send you to specialists such as a pulmonologist or oncologist, and help coordinate the care those specialists give. In the UK, this role is usually filled by a GP (general practitioner).',
    related: ['physical-exam', 'medical-history', 'pulmonologist', 'oncologist', 'lung-cancer-screening'],
    sources: [
      {
        title: 'Definition of primary care provider - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/primary-care-provider',
      },
    ],
    reviewed: '2026-11-25',
  },
  {
    id: 'inflammation',
    name: 'Inflammation',
    forms: ['inflammation'],
    category: 'general',
    summary:
      "Inflammation is the body's natural response to injury, infection or irritation. It can cause redness, swelling, heat and pain. When it lasts a long time, it can harm tissue.",
    details:
      'When tissue is hurt or infected, the immune system sends extra blood and white blood cells to the area to fight germs and start healing. This short-term (acute) inflammation usually settles once the problem is gone. Sometimes inflammation goes on for months or years, even without an injury or infection. This long-term (chronic) inflammation can slowly damage healthy cells, tissues and organs, and it is linked to diseases such as asthma, heart disease and some cancers. In the lungs, breathing in tobacco smoke and other irritants over many years keeps the airways irritated and plays a part in COPD.',
    related: ['copd', 'chronic-bronchitis', 'asthma', 'pneumonia', 'pulmonary-fibrosis'],
    sources: [
      {
        title: 'About Cancer',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer',
      },
    ],
    reviewed: '2026-11-25',
  },
];
