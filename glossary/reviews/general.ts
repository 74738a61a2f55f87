import type { ReviewRecord } from '../types';

/** Review records of the entries in entries/general.ts, by entry id. */
export const generalReviews: Record<string, ReviewRecord> = {
  diagnosis: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/node/4492', supports: 'the doctor finds the cause from the medical history, a physical exam and tests, such as a chest x-ray; listens to the lungs' },
      { url: 'https://www.cancer.gov/cancertopics/aya/diagnosis/print', supports: 'tests show the stage and grade; doctors use them to plan treatment' },
      { url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed', supports: 'the tests chosen depend on medical history, symptoms and exam findings; to know whether something is lung cancer, cells or tissue must be studied under a microscope' },
    ],
    changed: 'Fix round (fact-check report): summary no longer says "the problem causing your symptoms" (conditions are also found by screening, without symptoms): diagnosis is working out which health problem a person has',
  },
  prognosis: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis', supports: 'the estimate of how the disease will go; factors: type and place, stage, grade, cell traits such as genetic changes, age and health, response to treatment; survival statistics; some want to know, others find statistics confusing or frightening; a personal decision' },
      { url: 'https://www.cancer.org/cancer/glossary/glossary/f/five-year_relativesurvivalrate.html', supports: 'survival rates are not helpful in predicting any one person\'s outcome' },
    ],
    changed: 'Fix round (fact-check report): summary reworded (it followed NCI); small wording changes in details',
  },
  'physical-exam': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/node/4492', supports: 'diagnosis from history, exam and tests; the doctor listens to the lungs with a stethoscope for wheezing or other abnormal sounds; tests chosen from the history and exam' },
      { url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed', supports: 'exam findings help choose tests for lung cancer; to know whether something is lung cancer, tissue or fluid must be studied under a microscope' },
    ],
    changed: 'Fix round (fact-check report): "an exam alone cannot show cancer" now said of lung cancer only, as ALA says',
  },
  'medical-history': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/node/4492', supports: 'for a cough: how long, what is coughed up; allergies, asthma, other conditions; heartburn; a recent cold or flu; smoking or being around smokers; air pollution, dust or fumes; tests chosen from history and exam' },
      { url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed', supports: 'medical history is one of the factors used to choose tests for lung cancer' },
    ],
    changed: 'Fix round (fact-check report): the cough questions (recent cold or flu, heartburn, smoke, dust) are now given as an example for a cough, not as general questions',
  },
  'clinical-trial': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/about-cancer/treatment/clinical-trials', supports: 'clinical trials are research studies that involve people; federal rules protect the rights and safety of participants; trials are closely monitored; informed consent' },
      { url: 'https://www.cancer.org/cancer/managing-cancer/making-treatment-decisions/clinical-trials/being-part-of-a-clinical-trial.html', supports: 'written informed consent; the researchers explain the trial and answer questions; a consent form; ask questions before signing, do not feel rushed; the right to choose; care should not be affected by the decision' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/clinicaltrials/index', supports: 'volunteers take part in tests of new drugs or procedures; used to develop treatments for serious diseases such as cancer; trials of new ways to prevent or detect disease' },
    ],
    changed: 'Fix round (fact-check report): first sentence now "a kind of research study, or clinical study, done with people", so it holds for the forms "clinical study/studies" (observational studies test no drug); summary and the federal-rules sentence reworded (they followed ACS and NCI)',
  },
  'side-effects': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.fda.gov/Drugs/ResourcesForYou/Consumers/ucm196029.htm', supports: 'prescription and over-the-counter drugs have side effects, from minor (upset stomach, dry mouth) to serious; age, other drugs or supplements, other conditions; starting, stopping or changing the dose' },
      { url: 'https://www.cancer.gov/about-cancer/treatment/side-effects/', supports: 'cancer treatments cause side effects when they affect healthy tissues or organs; ask which to expect; speak up about side effects so the team can help; they vary from person to person' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/treatmenttypes/chemotherapy/understandingchemotherapyaguideforpatientsandfamilies/understanding-chemotherapy-when-to-call-the-doctor', supports: 'tell the doctor right away during chemo about an allergic reaction with mouth or throat swelling or trouble breathing or swallowing, fever, intense chills, bleeding or unexplained bruising, long-lasting diarrhea or vomiting' },
      { url: 'https://www.cdc.gov/cancer/preventinfections/fever.htm', supports: 'a fever of 100.4°F (38°C) or higher during chemotherapy is a medical emergency; call the doctor immediately; keep the doctor\'s numbers for when the office is open and closed; tell the emergency room you are getting chemotherapy' },
    ],
    changed: 'Fix round (fact-check report): the fever line now says chemotherapy, as CDC does, and that a fever of 100.4°F (38°C) is an emergency; call 911 (or your local emergency number) for trouble breathing or swallowing or a swelling face, mouth or throat is kept as conservative emergency advice (ACS says tell your doctor right away); details reworded (they followed FDA and NCI)',
  },
  oncologist: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer_care_team.html', supports: 'the cancer care team works together to find, treat and care for people with cancer; it may include medical and radiation oncologists, a surgeon, a pathologist, an oncology nurse and a social worker; linked formally or informally, usually one person coordinates' },
    ],
    changed: 'Fix round (fact-check report): summary no longer gives a definition no kept page gives: an oncologist is a cancer doctor on the cancer care team that finds, treats and cares for people with cancer (ACS care-team glossary)',
  },
  'cancer-stage': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/s/staging.html', supports: 'staging finds out whether and how far cancer has spread; TNM is used most (tumor size, nearby lymph nodes, other organs), grouped into stages I to IV; a higher number means a more serious cancer; clinical staging from exam, biopsy and imaging; pathologic staging from surgery samples' },
      { url: 'https://www.cancer.org/cancer/lung-cancer/detection-diagnosis-staging/staging-nsclc.html', supports: 'TNM is the system most used for NSCLC; stage grouping; the earliest stage is stage 0; stage helps choose treatment and is used in survival statistics' },
      { url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis', supports: 'stage is among the factors that affect prognosis' },
      { url: 'https://www.cancer.gov/cancertopics/aya/diagnosis/print', supports: 'doctors use the stage with other factors to plan treatment, make a prognosis and find clinical trials' },
    ],
    changed: 'Fix round (fact-check report): first sentence now holds outside cancer (stage 2 hypertension, CKD stage 3, heart failure stages): a stage shows how far a disease has advanced; for cancer, a higher number now means a more serious cancer, as ACS says, not necessarily more spread',
  },
  remission: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/understanding-cancer/can-cancer-be-cured.html', supports: 'remission is when cancer is responding to treatment or under control; complete (no signs, no cancer cells on tests) and partial (shrinks but not gone); lasts weeks to years; treatment may or may not continue; not necessarily cured; remaining cells can cause a return; another remission may be possible with more treatment' },
    ],
    changed: 'Fix round (fact-check report): details reworded out of the ACS bullet order',
  },
  recurrence: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/survivorshipduringandaftertreatment/understandingrecurrence/whenyourcancercomesback/when-your-cancer-comes-back-toc', supports: 'recurrence is the cancer returning after a time when it could not be detected; the odds depend on the type of cancer and its extent at treatment' },
      { url: 'https://www.cancer.org/cancer/understanding-cancer/can-cancer-be-cured.html', supports: 'a few cancer cells may remain and cause a return weeks, months or years later; most recurrences within 5 years but later ones are possible; the longer cancer-free, the better the chance it will not come back; another remission may be possible' },
    ],
    changed: 'Fix round (fact-check report): near-copies of ACS reworded ("the longer you are cancer-free", "most cancers come back within 5 years")',
  },
  'survival-rate': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/44296', supports: 'relative survival compares people with a disease to people of the same sex and age without it over a set time, usually 5 years; it shows whether the disease shortens life' },
      { url: 'https://www.cancer.org/cancer/glossary/glossary/f/five-year_relativesurvivalrate.html', supports: 'five-year relative survival; based on people treated years earlier, so it may not reflect newer treatments; cannot predict one person\'s outcome' },
      { url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis', supports: 'survival statistics and the factors, such as type and stage, that affect them' },
    ],
    changed: 'Fix round (fact-check report): removed the form "overall survival" (in trials it is a measure, usually a median time, not the share still alive)',
  },
  'second-opinion': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/latest-news/getting-a-second-opinion.html', supports: 'another cancer doctor can review test results, discuss the case and offer more information or a different plan; a second opinion can help you feel better about the plan; decide after learning about the cancer and options; usually time to think, though some cancers need quick decisions; talk to the doctor if worried about waiting' },
    ],
    changed: 'Fix round (fact-check report): details reworded (they followed ACS)',
  },
  grade: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/about-cancer/diagnosis-staging/prognosis', supports: 'grade is how abnormal the cancer cells look under a microscope and gives clues to how quickly the cancer may grow and spread; stage is size and spread; both affect prognosis' },
      { url: 'https://www.cancer.gov/cancertopics/aya/diagnosis/print', supports: 'tests show the grade and stage; doctors use both with other factors to plan treatment and make a prognosis' },
    ],
    changed: 'Fix round (fact-check report): summary reworded (it followed NCI)',
  },
  'tnm-staging': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/s/staging.html', supports: 'TNM is the system used most; T tumor size, N nearby lymph nodes and how many, M spread to other organs; letters or numbers add detail; grouped into stages I to IV; clinical and pathologic staging' },
      { url: 'https://www.cancer.org/cancer/lung-cancer/detection-diagnosis-staging/staging-nsclc.html', supports: 'TNM is the system used most for NSCLC; higher numbers mean more advanced; stage grouping; clinical stage from exam, biopsy and imaging; pathologic stage from tissue removed in surgery' },
    ],
    changed: 'Fix round (fact-check report): details reworded (they followed the ACS glossary bullets)',
  },
  lesion: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46324&version=healthprofessional&language=English&dictionary=Cancer.gov', supports: 'an area of abnormal or damaged tissue caused by injury, infection or disease; anywhere in or on the body (skin, blood vessels, brain, other organs); wounds, ulcers, abscesses, sores, cysts and tumors; benign (not cancer) or malignant (cancer)' },
    ],
    changed: 'Fix round (fact-check report): summary and details reordered and reworded (they followed the NCI definition\'s order and lists)',
  },
  biomarker: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.lung.org/about-us/media/top-stories/tell-a-friend-about-tumor-testing.html', supports: 'tumor testing looks for mutations or biomarkers in lung tumors that may drive growth; results show whether targeted therapy, immunotherapy or clinical trials may fit' },
      { url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed', supports: 'biomarker, molecular or genomic testing looks for changes in the tumor\'s DNA; ask your doctor whether your tumor should be tested' },
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/circulating-tumor-marker', supports: 'a substance such as a protein or DNA fragment released into blood or other body fluids by tumor cells or other cells; may signal cancer or benign conditions; helps diagnose some cancers, plan treatment and check how it works; examples such as EGFR mutations in lung cancer' },
    ],
    changed: 'Fix round (fact-check report): added the NCI circulating-tumor-marker definition, so the form "tumor marker" is covered (markers released into blood or other fluids, such as CA-125, which can also come from benign conditions); "looks for changes in the DNA of a tumor" now said of lung tumor testing only; details reworded (they followed ALA)',
  },
  'gene-mutation': {
    date: '2026-12-03',
    checks: [
      { url: 'https://medlineplus.gov/genetics/understanding/mutationsanddisorders/genemutation/', supports: 'a gene variant (formerly mutation) is a permanent change in a gene\'s DNA, not always causing disease; inherited in nearly every cell, or acquired in some cells from UV light or copying errors, not passed on' },
      { url: 'https://www.lung.org/about-us/media/top-stories/tell-a-friend-about-tumor-testing.html', supports: 'lung tumors are tested for mutations that may drive their growth; results show eligibility for targeted therapy, immunotherapy or clinical trials' },
    ],
    changed: 'Fix round (fact-check report): summary reworded (it followed MedlinePlus)',
  },
  'primary-care-provider': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/primary-care-provider', supports: 'a doctor or other licensed professional such as a nurse practitioner or physician assistant who manages health care over time; diagnoses and treats common conditions; screenings and immunizations; refers to and coordinates with specialists; also called PCP' },
    ],
    changed: 'Fix round (fact-check report): summary now names doctors, nurse practitioners and physician assistants, as NCI does, not "the doctor or nurse"; details reworded. The form "GP" is kept (context rules already handle the Grand Prix)',
  },
  inflammation: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/health-topics/venous-thromboembolism', supports: 'inflammation in response to an infection or injury' },
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chronic-bronchitis', supports: 'in chronic bronchitis, a type of COPD, the bronchi become inflamed and scarred and make much mucus; smoking is the most common cause' },
      { url: 'https://www.nhlbi.nih.gov/health/asthma', supports: 'in asthma the airways become inflamed and narrowed at times' },
      { url: 'https://www.lung.org/lung-health-diseases/lung-disease-lookup/pneumonia/learn-about-pneumonia', supports: 'in pneumonia the infection makes the air sacs inflamed and fill with fluid or pus' },
      { url: 'https://www.nhlbi.nih.gov/health-topics/anemia', supports: 'chronic inflammation from an infection, kidney disease, cancer or autoimmune disease can make the body produce fewer red blood cells' },
    ],
    changed: 'Fix round (fact-check report): summary now rests on pages that use the word: a response to infection or injury (NHLBI VTE), harmful when long-lasting; no longer reads as if smoking caused inflammation in general (that is now said of chronic bronchitis); added asthma, pneumonia and anemia examples with their pages',
  },
};
