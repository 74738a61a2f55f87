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
      {
        title: 'Diagnosis and Staging',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging',
      },
    ],
    reviewed: '2026-11-26',
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
    reviewed: '2026-11-26',
  },
  {
    id: 'physical-exam',
    name: 'Physical exam',
    forms: ['physical exam', 'physical examination'],
    category: 'general',
    summary:
      'In a physical exam, a doctor or nurse checks your body for signs of illness. They may look at you, listen to your chest and gently press on parts of your body.',
    details:
      'If a symptom lasts more than a couple of weeks, a doctor will often start with a physical exam. They may check your pulse, breathing and blood pressure. They may listen to your heart and lungs and feel for lumps or swollen lymph nodes. Most symptoms turn out to have causes other than cancer. An exam alone cannot show whether someone has cancer. What the doctor finds helps decide which tests, if any, come next.',
    related: ['medical-history', 'diagnosis', 'primary-care-provider', 'swollen-lymph-nodes'],
    sources: [
      {
        title: 'Diagnosis and Staging',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging',
      },
      {
        title: 'Diagnosing and Staging Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging.html',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'medical-history',
    name: 'Medical history',
    forms: ['medical history', 'medical histories', 'health history', 'health histories'],
    category: 'general',
    summary:
      'Your medical history is the story of your health so far. It covers past illness and surgery, the drugs you take, allergies, habits like smoking, and what runs in your family.',
    details:
      'Your doctor will ask about your symptoms and when they started. They will also ask about past illnesses and operations, the medicines you take, and any allergies. For lung problems, they will ask if you smoke or used to smoke. They may ask if you have been around radon, asbestos or other harmful substances. Your family\'s health matters too, because some diseases run in families. It helps to bring a list of your medicines. The more your doctor knows, the better they can judge your risk and choose the right tests.',
    related: ['physical-exam', 'diagnosis', 'family-history', 'smoking', 'risk-factor'],
    sources: [
      {
        title: 'Diagnosing and Staging Cancer',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/diagnosis-staging.html',
      },
      {
        title: 'Family History',
        publisher: 'MedlinePlus (U.S. National Library of Medicine)',
        url: 'https://medlineplus.gov/familyhistory.html',
      },
      {
        title: 'Are you at risk for lung cancer?',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html',
      },
    ],
    reviewed: '2026-11-26',
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
    reviewed: '2026-11-26',
  },
  {
    id: 'side-effects',
    name: 'Side effects',
    forms: ['side effect', 'adverse effect'],
    category: 'general',
    summary:
      'Side effects are unwanted problems caused by a treatment, such as tiredness, nausea or hair loss. They happen when a treatment also affects healthy parts of the body.',
    details:
      'Cancer treatments such as chemo, radiation, immunotherapy and surgery can all cause side effects. Common ones are feeling very tired, nausea, pain, not wanting to eat, and a higher chance of infection. Side effects differ from person to person, even with the same treatment. Your care team can often prevent them or make them easier, so tell them about any new problem or one that gets worse. Before treatment starts, ask which side effects to watch for. Ask who to call when the office is closed, and when to go to the emergency room.',
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
    reviewed: '2026-11-26',
  },
  {
    id: 'oncologist',
    name: 'Oncologist',
    forms: ['oncologist', 'cancer doctor', 'cancer specialist'],
    category: 'general',
    summary:
      'An oncologist is a doctor who finds and treats cancer. Some use medicines, some use radiation, and some do surgery.',
    details:
      'People with cancer often see more than one kind of cancer doctor. A medical oncologist uses medicines to treat cancer. A radiation oncologist uses radiation. A surgeon may remove the tumor. These doctors work as a team with other experts, such as pathologists, who study cells and tissue. One person on the team usually leads and plans your care. It is fine to ask each person what their role is and who to call with questions.',
    related: ['pulmonologist', 'primary-care-provider', 'chemotherapy', 'radiation-therapy', 'second-opinion'],
    sources: [
      {
        title: 'Glossary: cancer care team',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer_care_team.html',
      },
    ],
    reviewed: '2026-11-26',
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
        title: 'Diagnosis and Staging',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging',
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
    reviewed: '2026-11-26',
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
    reviewed: '2026-11-26',
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
    reviewed: '2026-11-26',
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
    reviewed: '2026-11-26',
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
    reviewed: '2026-11-26',
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
      'Tumor grade tells how abnormal the cancer cells look under a microscope. It gives a clue about how fast the cancer may grow and spread.',
    details:
      'The grade is found by looking at cancer cells under a microscope and seeing how different they are from normal cells. Grade is not the same as stage. The stage tells how big the cancer is and how far it has spread. The grade gives a clue about how quickly it may grow and spread. Doctors use both, along with other facts about the cancer and your health, to plan treatment and judge the prognosis. Ask your doctor what your grade means for you.',
    related: ['cancer-stage', 'pathology-report', 'biopsy', 'prognosis'],
    sources: [
      {
        title: 'Understanding Cancer Prognosis',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis',
      },
    ],
    reviewed: '2026-11-26',
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
    reviewed: '2026-11-26',
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
    reviewed: '2026-11-26',
  },
  {
    id: 'biomarker',
    name: 'Biomarker',
    forms: ['biomarker', 'tumor marker', 'tumour marker', 'molecular marker'],
    category: 'general',
    summary:
      'A biomarker is a sign of disease that can be measured in blood, tissue or other body fluids. In lung cancer, biomarkers help doctors pick the best treatment.',
    details:
      'In lung cancer, doctors often test a sample of the tumor for biomarkers. These include changes in genes such as EGFR, ALK, ROS1 or KRAS. The results can show whether a targeted drug or immunotherapy is likely to help. They can also point to clinical trials that fit. Two people with the same type of lung cancer can have different biomarkers. So testing helps match the treatment to the person. If you have non-small cell lung cancer, ask your care team if your tumor has been tested.',
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
    reviewed: '2026-11-26',
  },
  {
    id: 'gene-mutation',
    name: 'Gene mutation',
    forms: [
      'gene mutation',
      'genetic mutation',
      // Not plain "mutation": programming and biology pages use it for other things.
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
      'In lung cancer, some gene changes help the tumor grow. They include changes in genes such as EGFR, ALK, ROS1 and KRAS. Doctors look for them by testing a sample of the tumor. Finding them matters. Targeted drugs can block some of these changes, and they may work when chemotherapy does not. The test results can also show whether immunotherapy or a clinical trial may be a good fit.',
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
    reviewed: '2026-11-26',
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
      'A pulmonologist is a lung doctor. They find and treat problems with the lungs and breathing, such as asthma, COPD and scarring of the lungs.',
    details:
      'Pulmonologists care for the whole breathing system, from the windpipe down to the lungs. They first train in internal medicine and then spend extra years on the lungs. Many also care for people who are very ill in the hospital, including those on breathing machines. Your regular doctor can treat mild or short-term problems, such as a cold. You may be sent to a pulmonologist for lung problems that are serious, long-lasting or hard to sort out. Some focus on one area, such as asthma or COPD. They often work with other doctors, such as heart doctors.',
    related: ['primary-care-provider', 'oncologist', 'bronchoscopy', 'copd', 'lungs'],
    sources: [
      {
        title: 'Know Your Providers: Pulmonologist',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/blog/know-your-providers-pulmonologist',
      },
    ],
    reviewed: '2026-11-26',
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
      'A primary care provider may be a doctor, a nurse practitioner or a physician assistant. They look after your health over time, which helps them notice when something changes. They give routine care such as checkups, vaccines and screening tests. If you have a new symptom, like a cough that will not go away, they are usually the first person to see. They can order early tests, send you to specialists such as a pulmonologist or oncologist, and help coordinate the care those specialists give.',
    related: ['physical-exam', 'medical-history', 'pulmonologist', 'oncologist', 'lung-cancer-screening'],
    sources: [
      {
        title: 'Definition of primary care provider - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/primary-care-provider',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'inflammation',
    name: 'Inflammation',
    forms: ['inflammation'],
    category: 'general',
    summary:
      "Inflammation is the body's response to injury, infection or irritation. It is part of how the body fights germs and heals. When it lasts a long time, it can cause harm.",
    details:
      'Short-term inflammation usually settles once the problem is gone. But sometimes it goes on for a long time. Long-lasting inflammation can come from an infection, kidney disease, cancer, or a disease where the immune system attacks the body. It can even lead the body to make fewer red blood cells. In the lungs, smoke, fumes and dirty air can keep the airways inflamed. In chronic bronchitis, a type of COPD, the airways become inflamed and scarred. They make extra mucus, which causes a cough that lasts.',
    related: ['copd', 'chronic-bronchitis', 'asthma', 'pneumonia', 'pulmonary-fibrosis'],
    sources: [
      {
        title: 'Definition of chronic bronchitis - NCI Dictionary of Cancer Terms',
        publisher: 'National Cancer Institute',
        url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chronic-bronchitis',
      },
      {
        title: 'Anemia',
        publisher: 'National Heart, Lung, and Blood Institute',
        url: 'https://www.nhlbi.nih.gov/health-topics/anemia',
      },
    ],
    reviewed: '2026-11-26',
  },
];
