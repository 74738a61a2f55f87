import type { ReviewRecord } from '../types';

/** Review records of the entries in entries/tests.ts, by entry id. */
export const testsReviews: Record<string, ReviewRecord> = {
  "ct-scan": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/glossary/glossary/c/computed_tomographyscan.html", supports: "CT is an imaging test of many x-rays of one body part from different angles, joined by a computer into cross-section pictures; dye needed in some but not all cases; painless apart from the injection; can be done in an outpatient clinic" },
      { url: "https://cancer.gov/node/14686/syndication", supports: "pictures are thin slices; lying very still on a table that passes slowly through a large donut-shaped machine; holding the breath at times; CT is used for many non-cancer problems such as blood clots, kidney stones and injuries" },
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/how-is-lung-cancer-diagnosed", supports: "in lung cancer care imaging helps find cancer, see spread, check treatment and find cancer that has come back" },
      { url: "https://www.cancer.gov/dictionary?CdrID=749909", supports: "a CT scan can guide a biopsy needle to an area deep inside the body" },
    ],
    changed: "Fix round (fact-check report): \"most people go home the same day\" became \"needs no hospital stay; it often takes place at an outpatient clinic\" (ACS says outpatient only); \"many do not need dye\" became \"some need a dye, others do not\"; the scanner and lung-cancer-use sentences rewritten in our own words and order. The form \"CT\" is kept: the lead's matcher already skips \"CT/\" and \"CT value\".",
  },
  "low-dose-ct": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2", supports: "LDCT is a chest CT at settings that keep radiation exposure lower than a standard chest CT" },
      { url: "https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening", supports: "yearly LDCT screening for adults 50 to 80 with 20 pack-years who smoke or quit within 15 years; stop after 15 years without smoking or with a health problem limiting life expectancy or ability to have lung surgery" },
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed", supports: "screening looks for cancer before symptoms, when it may be easier to treat" },
    ],
    changed: "First sentence made true for any low-dose CT (less radiation), screening use after it; dropped the false-positive sentences, which no read page supported; low-dose meaning now cited to CMS.",
  },
  "pet-scan": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.nhs.uk/Conditions/PET-scan/Pages/Introduction.aspx", supports: "PET shows how body functions work; radiotracer by injection, inhaler or swallowed tablet or capsule; it gives off radiation the scanner detects; lying on a flat bed moved through a large round scanner, not painful, can feel claustrophobic; mostly used for cancer (spread, response to treatment), also to plan complex heart surgery and diagnose brain conditions such as dementia" },
      { url: "https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/positron_emissiontomography.html", supports: "radioactive sugar; cancer cells take up more sugar than normal cells; used to find tumors and see how a tumor responds to treatment" },
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/how-is-lung-cancer-diagnosed", supports: "radioactive sugar injected into the blood; shows whether cancer has spread to lymph nodes or other parts of the body" },
    ],
    changed: "Fix round (fact-check report): dropped \"tiny amount\", \"most often given as a shot\" and \"weak signal\", which no read page says (NHS lists shot, inhaler or tablet without ranking them); the scanner sentences rewritten so they no longer follow NHS.",
  },
  "bronchoscopy": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/how-is-lung-cancer-diagnosed", supports: "lighted tube (bronchoscope) through the mouth or nose into the large airways; lets the doctor see tumors and take tissue samples to check for cancer cells" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html", supports: "samples can be taken through an endoscope; sedation or anesthesia may be used; a pathologist studies the samples under a microscope; biopsy and cytology tests find other diseases too" },
    ],
    changed: "Fix round (fact-check report): dropped \"it bends easily\" (not true of a rigid bronchoscope); summary and details rewritten so they no longer follow the ALA sentences.",
  },
  "biopsy": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html", supports: "biopsy removes tissue to examine under a microscope or test; often needed to confirm cancer; sample by needle, endoscopy or surgery; sedation or anesthesia; pathologist diagnoses and classifies disease; other tests show where a cancer came from, how it may behave and respond to treatment; many lumps are not cancer; tests find other diseases too" },
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed", supports: "for lung cancer the doctor must study tissue or fluid from or around the lung to know whether a suspicious spot is cancer" },
    ],
    changed: "Fix round (fact-check report): the scan-cannot-tell sentence is now stated for the lung only, as ALA says it; summary, ways of sampling and the not-cancer reassurance rewritten in our own words (they followed ACS).",
  },
  "fine-needle-aspiration": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/glossary/glossary/n/needle_biopsy.html", supports: "FNA and core biopsy are the two main kinds of needle biopsy; FNA uses a thin needle to draw up fluid or small tissue pieces; core uses a thicker needle" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/biopsy-types.html", supports: "FNA uses a very thin, hollow needle on a syringe; aimed by feel near the surface, guided by imaging when deeper" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/cytology-types.html", supports: "FNA is sometimes counted as a cytology test and sometimes as a biopsy" },
      { url: "https://www.cancer.org/cancer/glossary/glossary/c/ct-guided_needlebiopsy.html", supports: "CT pictures guide the needle and are repeated until the doctor is sure it is in place" },
    ],
    changed: "Fix round (fact-check report): the cytology-or-biopsy and repeated-pictures sentences and the summary rewritten so they share no 6-word run with ACS.",
  },
  "open-biopsy": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html", supports: "samples are taken by needle, through an endoscope, or during surgery; sedation or anesthesia may be used" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/biopsy-types.html", supports: "some biopsies remove a whole organ and are done only by surgeons; others use a thin needle or an endoscope" },
      { url: "https://www.cancer.gov/about-cancer/diagnosis-staging/diagnosis/pathology-reports-fact-sheet", supports: "surgery may remove part or all of a tumor for the pathologist; the pathologist writes the report used for diagnosis and treatment planning" },
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/treatment/types-of-treatment/lung-cancer-surgery", supports: "in the lung, the open approach (thoracotomy) is a cut on the side of the chest along the ribs, spreading two ribs to reach the lung; thoracoscopy instead uses 1 to 4 small cuts and a camera" },
    ],
    changed: "Fix round (fact-check report): no longer makes \"open\" the same as any surgical biopsy: it now says a cut is made to reach the tissue, and for the lung it is the open-chest approach, unlike thoracoscopy (ALA surgery page added); the whole-organ sentence reworded. The NCI dictionary definition of open biopsy was found only on copies on other sites, so it is not cited.",
  },
  "thoracentesis": {
    date: '2026-12-03',
    checks: [
      { url: "https://cancer.org/cancer/lung-cancer/treating-non-small-cell/palliative.html", supports: "fluid outside the lungs is a pleural effusion and can press on the lung; thoracentesis numbs the back and drains it with a hollow needle between the ribs; ultrasound may guide the needle" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/cytology-types.html", supports: "fluid from body spaces can be tested for cancer cells" },
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed", supports: "for lung cancer, tissue or fluid from or around the lung is studied to know for sure" },
    ],
    changed: "Fix round (fact-check report): details rewritten in our own order (why it is done first, then how), no longer following the ACS sentences; the numbed skin is now \"often on the back\", not always.",
  },
  "sputum-cytology": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/lungcancer-non-smallcell/lung-cancer-non-small-cell-overview-signs-and-symptoms", supports: "sputum is spit or phlegm coughed up; coughing up blood or rust-colored sputum is a symptom to report to a doctor right away" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html", supports: "cytology studies single cells under a microscope and shows what cells look like, not how they are organized in tissue" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/cytology-types.html", supports: "cytology is diagnosis from single cells and small clusters; in some cases a tissue biopsy is more accurate; when cytology shows cancer, a biopsy is often done as well before treatment" },
    ],
    changed: "Fix round (fact-check report): \"looks at the cells one at a time\" corrected to single cells or small clusters; added that a biopsy can be more exact, so a normal result may not settle the question, and the ACS advice to report blood or rust-colored phlegm right away; near-copied sentences rewritten. No trusted page describing sputum cytology itself as a test was found (ACS and NCI searched; only copies on other sites), so the summary rests on the sputum and cytology pages together.",
  },
  "ultrasound": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/how-is-lung-cancer-diagnosed", supports: "an ultrasound device uses sound waves to make pictures of the inside of the body; in EBUS it sits on the tip of a bronchoscope passed down the windpipe to look at nearby lymph nodes and other structures" },
      { url: "https://cancer.org/cancer/lung-cancer/treating-non-small-cell/palliative.html", supports: "an ultrasound may guide the needle that drains fluid from around the lung" },
    ],
    changed: "Fix round (fact-check report): first sentence now \"Ultrasound uses sound waves\", with picture-making stated \"as a test\", so it holds for ultrasound used as treatment; dropped \"the echoes are turned into pictures\" (not in a read page); EBUS sentences rewritten so they no longer follow ALA.",
  },
  "pet-ct": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.nhs.uk/Conditions/PET-scan/Pages/Introduction.aspx", supports: "the PET part shows how body functions work; a radiotracer is put into the body and its radiation is picked up by the scanner" },
      { url: "https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/p/positron_emissiontomography.html", supports: "the tracer is a radioactive sugar; cancer cells take up more of it" },
      { url: "https://www.cancer.org/cancer/glossary/glossary/c/computed_tomographyscan.html", supports: "the CT part takes many x-rays from different angles and a computer joins them into cross-section pictures of organs" },
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/how-is-lung-cancer-diagnosed", supports: "PET shows spread to lymph nodes or other parts; for lung cancer tissue or fluid must be studied to know for sure" },
    ],
    changed: "Fix round (fact-check report): dropped \"tiny amount\" and \"weakly radioactive\"; the CT sentence rewritten (it followed ACS). The first sentence (a PET scan and a CT scan done together) is what the name says; no trusted page defining the combined scan was found in the store (NHS and NCI searched: only copies on other sites), so it rests on the two scans' pages.",
  },
  "mri": {
    date: '2026-12-03',
    checks: [
      { url: "https://cancer.org/treatment/understanding-your-diagnosis/tests/mri-for-cancer.html", supports: "MRI uses strong magnets, not radiation; cross-section slices from many angles; shows soft tissue other tests may miss; finds tumors that may or may not be cancer; shows spread; helps plan surgery or radiation; a biopsy may be needed; the scanner is a long tube" },
      { url: "https://www.nhs.uk/conditions/mri-scan/who-can-have-it/", supports: "tell your doctor before an MRI if you have any metal in or on your body (pacemaker, defibrillator, plates, pins and others), are pregnant or breastfeeding, have had an allergic reaction to a contrast agent, or have kidney problems; the magnets can affect metal; metal does not always rule out MRI but staff must know" },
    ],
    changed: "Fix round (fact-check report): added the safety step the report asked for: tell the care team about metal implants such as a pacemaker, pregnancy, kidney problems and past contrast reactions (NHS \"Who can have one\" page, newly read and cited); dropped the ALA page, whose read text does not mention MRI; ACS facts reworded.",
  },
  "bone-scan": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/b/bone_scan.html", supports: "imaging test that gives information about bones, including where cancer may have spread; small amount of radioactive material by vein settles in problem areas; shows as hot spots in the pictures" },
    ],
    changed: "Fix round (fact-check report): first sentence now true of any \"bone scan\" (the words are also used for a bone density scan), with the nuclear scan named after it; hot spots now said to show where a problem may be, with other tests needed to say what it is, rather than implying cancer; reworded from the ACS glossary.",
  },
  "chest-x-ray": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.nhlbi.nih.gov/node/4492", supports: "a chest x ray takes a picture of the heart and lungs; helps diagnose conditions such as pneumonia and lung cancer; one of the tests for the cause of a cough" },
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed", supports: "to know whether a spot is lung cancer, the doctor must study tissue or fluid from or around the lung" },
      { url: "https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening", supports: "yearly low-dose CT is the advised screening test for adults at high risk" },
    ],
    changed: "Fix round (fact-check report): \"long-lasting cough\" became \"cough\" (NHLBI); summary reworded so it no longer follows NHLBI.",
  },
  "endobronchial-ultrasound": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/how-is-lung-cancer-diagnosed", supports: "bronchoscope fitted with an ultrasound device (sound waves make pictures) at its tip, passed down the windpipe to look at nearby lymph nodes and other chest structures; bronchoscopes can take tissue samples" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html", supports: "sedation may be used; a pathologist checks samples under a microscope" },
    ],
    changed: "Fix round (fact-check report): summary and details rewritten so they no longer follow the ALA sentence.",
  },
  "needle-biopsy": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/glossary/glossary/n/needle_biopsy.html", supports: "needle biopsy removes fluid, cells or tissue for the microscope; FNA thin needle, core biopsy thicker needle" },
      { url: "https://www.cancer.gov/dictionary?CdrID=749909", supports: "CT-guided biopsy is used when the area is deep or cannot be felt; the sample is checked under a microscope" },
      { url: "https://www.cancer.org/cancer/glossary/glossary/c/ct-guided_needlebiopsy.html", supports: "CT images are repeated to check where the needle is" },
    ],
    changed: "Fix round (fact-check report): the deep-or-cannot-be-felt sentence and the repeated-pictures sentence rewritten (they followed NCI and ACS).",
  },
  "core-biopsy": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/glossary/glossary/n/needle_biopsy.html", supports: "core biopsy uses a thicker needle than FNA to remove a core of tissue; one of the two main kinds" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html", supports: "tissue shows how cells are arranged; other tests on the sample give clues on behavior and treatment" },
      { url: "https://www.cancer.gov/dictionary?CdrID=749909", supports: "CT can guide the needle to a deep area" },
    ],
    changed: "Dropped \"hollow\" (not in the read text); CT guidance now cited to NCI; reworded.",
  },
  "surgical-biopsy": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html", supports: "samples can be taken by needle, through an endoscope, or during surgery; sedation and anesthesia may be used; many findings are not cancer and the tests find other diseases too" },
      { url: "https://www.cancer.gov/about-cancer/diagnosis-staging/diagnosis/pathology-reports-fact-sheet", supports: "a biopsy can take tissue from the skin, and surgery can remove part or all of a tumor; the pathologist writes the report with the diagnosis" },
    ],
    changed: "Fix round (fact-check report): first sentence now \"a doctor cuts through the skin\" (skin biopsies are often office procedures, not operations); removed the \"incisional\"/\"excisional\" naming sentences, which no read page states (the NCI definitions were found only on copies on other sites; the forms stay, as the summary's part-or-all covers them); the reused ACS sentence rewritten.",
  },
  "liquid-biopsy": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.gov/publications/dictionaries/cancer-terms/def/circulating-tumor-marker", supports: "substances such as DNA pieces are released into blood, urine, other body fluid or stool by tumor cells or other cells; markers such as EGFR mutations in lung cancer; help plan treatment, check treatment and recurrence; can come from benign conditions; used with biopsies and imaging" },
      { url: "https://lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/biomarker-testing/alk-lung-cancer", supports: "ALK status can be tested in tumor tissue or in blood, called a liquid biopsy" },
    ],
    changed: "Fix round (fact-check report): removed the forms \"circulating tumor DNA\", \"circulating tumour DNA\", \"ctDNA\", \"cell-free tumor DNA\" and \"cell-free tumour DNA\" (they name the substance, not the test); \"most often blood\" became \"such as blood or urine\" (NCI lists fluids without ranking); added that a tissue test may still be needed.",
  },
  "pulmonary-function-test": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.nhlbi.nih.gov/subscribe/4509", supports: "tests measure air in and out, how fast air is blown out and oxygen delivery to the blood; spirometry is the main COPD test; diffusion capacity test" },
      { url: "https://www.lung.org/lung-health-and-diseases/lung-procedures-and-tests/lung-function-tests.html", supports: "spirometry is the most basic; diffusing capacity shows how easily oxygen enters the blood; exercise testing for shortness of breath; not painful, maximal effort, repeated for accuracy; screens for COPD and asthma" },
    ],
    changed: "Fix round (fact-check report): details rewritten so they no longer follow the NHLBI and ALA sentences.",
  },
  "spirometry": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.nhlbi.nih.gov/subscribe/4509", supports: "deep breath, blow hard into a tube on a spirometer; measures how much and how fast air is blown out; painless; medicine to open airways then repeat; main COPD test" },
      { url: "https://www.lung.org/lung-health-and-diseases/lung-procedures-and-tests/lung-function-tests.html", supports: "spirometry screens for airway diseases such as COPD or asthma" },
    ],
    changed: "Fix round (fact-check report): removed the forms \"FEV1\", \"forced expiratory volume\" and \"forced vital capacity\" (measurements, not the test); dropped \"Spirometry can find COPD even before symptoms start\", which read as a reason to screen people without symptoms (USPSTF advises against that).",
  },
  "biomarker-testing": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed", supports: "molecular, biomarker or genomic testing looks for changes (mutations) in the tumor DNA and evaluates levels; ask your doctor whether the tumor should be tested" },
      { url: "https://lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/biomarker-testing/alk-lung-cancer", supports: "tumor tissue from a biopsy or blood (liquid biopsy); immunohistochemistry looks for proteins in cells; NGS looks for many biomarkers at once; results guide treatment" },
      { url: "https://www.cancer.gov/publications/dictionaries/cancer-terms/def/circulating-tumor-marker", supports: "markers are substances such as proteins or DNA found in blood or other body fluids; EGFR mutations in lung cancer" },
    ],
    changed: "Fix round (fact-check report): removed the forms \"molecular testing\", \"molecular test\", \"genomic testing\", \"next-generation sequencing\" and \"NGS\" (on ordinary pages they mostly mean infection PCR tests, inherited-gene tests or the lab method); tissue and blood no longer ranked; added that some tests measure proteins (ALA); DNA sentence reworded.",
  },
  "mediastinoscopy": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.gov/about-cancer/diagnosis-staging/diagnosis/pathology-reports-fact-sheet", supports: "a thin, lighted tube (endoscope) through a small cut in the skin to look at areas inside the body, with tools passed through it to remove samples" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html", supports: "anesthesia may be used; a pathologist checks the samples" },
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/learn-about-lung-cancer/how-is-lung-cancer-diagnosed", supports: "staging finds out if and how far lung cancer has spread and shapes the treatment plan" },
    ],
    changed: "Fix round (fact-check report): removed the forms \"mediastinotomy\" and \"Chamberlain procedure\" (a different operation); dropped \"lymph nodes between your lungs\", \"middle of the chest\" and \"shows whether lung cancer has spread there\", which no read page supports; anesthesia now said to be given (feel no pain, often asleep). Where mediastinoscopy is done and what it samples could not be found on a trusted page (ACS, NCI and ALA wording searched; only copies on other sites).",
  },
  "thoracoscopy": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/treatment/types-of-treatment/lung-cancer-surgery", supports: "1 to 4 small cuts; a camera to see the lung; special instruments; called thoracoscopy or video-assisted thoracoscopic surgery; used to remove part of a lung" },
      { url: "https://cancer.org/cancer/lung-cancer/treating-non-small-cell/palliative.html", supports: "thoracoscopy through a small cut is used to treat fluid around the lung (surgical pleurodesis)" },
      { url: "https://www.cancer.gov/about-cancer/diagnosis-staging/diagnosis/pathology-reports-fact-sheet", supports: "tools passed through an endoscope in a small cut remove samples" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/how-is-cancer-diagnosed.html", supports: "anesthesia; a pathologist checks samples" },
    ],
    changed: "Fix round (fact-check report): \"a surgeon puts\" became \"a doctor puts\" (pleuroscopy is often done by a lung doctor); VATS named for when a surgeon operates this way; dropped \"on a screen\" (not in a read page).",
  },
  "blood-test": {
    date: '2026-12-03',
    checks: [
      { url: "https://medlineplus.gov/lab-tests/what-you-need-to-know-about-blood-testing/", supports: "blood tests measure cells, chemicals, proteins and other substances; among the most common lab tests, part of checkups; diagnose diseases, monitor conditions like diabetes, check treatment and organs such as liver and kidneys; CBC and metabolic panel contents" },
      { url: "https://www.cancer.gov/publications/dictionaries/cancer-terms/def/circulating-tumor-marker", supports: "tumor markers in blood may be a sign of cancer or of benign conditions" },
    ],
    changed: "Fix round (fact-check report): first sentence no longer says \"in a lab\" (finger-prick and home tests); details reordered so they no longer follow MedlinePlus's opening and list.",
  },
  "lung-rads": {
    date: '2026-12-03',
    checks: [
      { url: "https://ncbi.nlm.nih.gov/books/NBK568579/table/appa.tab2/", supports: "what Lung-RADS version 1.1 is: categories 0 to 4 for a screening CT, each with its meaning and next step (12 months for 1 and 2, 6 months for 3, a 3-month LDCT or PET/CT for 4A; more images or older scans for 0)" },
      { url: "https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening", supports: "the screening the score belongs to: a yearly low-dose CT for adults at high risk" },
    ],
    changed: "Fix round (fact-check report): now says it describes version 1.1; category 4 now only as far as the read table goes (4A: a low-dose CT in 3 months, and PET-CT may be used); dropped 4B and biopsy, which the read text never reaches.",
  },
  "contrast-dye": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.org/cancer/glossary/glossary/c/computed_tomographyscan.html", supports: "some but not all CT scans need a shot of dye; the scan is painless apart from it" },
      { url: "https://www.fda.gov/Drugs/DrugSafety/ucm472782.htm", supports: "contrast media containing iodine (contrast dye) are used for x-rays and other medical imaging" },
      { url: "https://www.fda.gov/Drugs/DrugSafety/PostmarketDrugSafetyInformationforPatientsandProviders/ucm142882.htm", supports: "gadolinium-based contrast agents are used in some MRI exams, are rare earth metals and are usually given through an IV in the arm" },
      { url: "https://www.fda.gov/Drugs/DrugSafety/ucm223966.htm", supports: "gadolinium dye is linked to NSF, a rare but serious condition, in people with kidney dysfunction, most at risk with acute kidney injury; NSF hardens and tightens the skin and can cause fibrosis of internal organs; not reported with normal kidney function" },
      { url: "https://www.nhs.uk/conditions/mri-scan/who-can-have-it/", supports: "before an MRI, tell your doctor if you have ever had an allergic reaction to a contrast agent, or have kidney problems" },
    ],
    changed: "Fix round (fact-check report): added emergency advice first in whenToGetHelp: trouble breathing or swelling of the face, lips or throat during or after a scan with dye means call 911 (or your local emergency number), and tell staff at once about itching or feeling unwell; added telling the team about past dye reactions and kidney problems (NHS MRI page, newly read). The emergency lines themselves rest on no trusted page in the store (MedlinePlus, NCI, NHS, FDA and ACS searched; only hospital and other copies found) and are kept as conservative safety advice. NSF risk now includes sudden kidney injury; dropped the ACS bone-scan glossary, which describes a radioactive tracer, not contrast dye.",
  },
  "pathology-report": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.cancer.gov/about-cancer/diagnosis-staging/diagnosis/pathology-reports-fact-sheet", supports: "written by a pathologist who identifies disease from cells and tissue; where and how the sample was taken; gross and microscopic description; final diagnosis; definitive cancer diagnosis; staging and treatment planning" },
      { url: "https://www.cancer.org/cancer/diagnosis-staging/tests/testing-biopsy-and-cytology-specimens-for-cancer/whats-in-pathology-report.html", supports: "reports on surgical specimens are often long and complex; gross means seen without a microscope" },
    ],
    changed: "Fix round (fact-check report): details rewritten in our own order; they followed the NCI fact sheet sentence by sentence.",
  },
  "imaging-test": {
    date: '2026-12-03',
    checks: [
      { url: "https://www.lung.org/lung-health-diseases/lung-disease-lookup/lung-cancer/symptoms-diagnosis/how-is-lung-cancer-diagnosed", supports: "imaging tests make pictures of the inside of the body; help find lung cancer, see spread, check treatment, find recurrence; ultrasound uses sound waves; tissue or fluid needed to know for sure" },
      { url: "https://www.cancer.org/cancer/glossary/glossary/c/computed_tomographyscan.html", supports: "CT uses many x-rays" },
      { url: "https://cancer.gov/node/14686/syndication", supports: "CT is used for many health problems beyond cancer" },
      { url: "https://cancer.org/treatment/understanding-your-diagnosis/tests/mri-for-cancer.html", supports: "MRI uses strong magnets instead of radiation" },
      { url: "https://www.nhs.uk/Conditions/PET-scan/Pages/Introduction.aspx", supports: "PET uses a radioactive tracer" },
    ],
    changed: "Fix round (fact-check report): dropped \"tiny amount\" for PET; summary and lung-cancer uses rewritten so they no longer follow ALA.",
  },
};
