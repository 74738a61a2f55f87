import type { TermEntry, TermSource } from '../types';
import {
  CDC_QUITLINE_FAQ,
  CDC_QUIT_MEDICINES_HOW,
  CMS_LDCT_NCD,
  NCBI_LUNG_RADS_TABLE,
  USPSTF_LUNG_SCREENING,
} from '../sources';

/*
 * Pages cited by the risk entries, each checked against the text of its stored copy in the review
 * of 2026-12-03 (see glossary/reviews/risk.ts for what each page was read for).
 */
const ACS_LUNG_GUIDELINE_2023: TermSource = {
  title: 'New Lung Cancer Screening Guideline Increases Eligibility',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/research/acs-research-news/new-lung-cancer-screening-guidelines-urge-more-to-get-ldct.html',
};

const ALA_LUNG_RISK: TermSource = {
  title: 'Are you at risk for lung cancer?',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html',
};

const ALA_ECIG_STUDY: TermSource = {
  title: 'American Lung Association Responds to First Long-Term Study Finding E-Cigarettes Increase Likelihood of Chronic Lung Disease',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/media/press-releases/first-long-term-ecig-study',
};

const ALA_OUTDOOR_AIR: TermSource = {
  title: 'Outdoor Air Pollution',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/our-initiatives/healthy-air/outdoor/air-pollution/index.html',
};

const MEDLINEPLUS_TOBACCO: TermSource = {
  title: 'Tobacco health risks',
  publisher: 'MedlinePlus (National Library of Medicine)',
  url: 'https://medlineplus.gov/ency/imagepages/9975.htm',
};

const MEDLINEPLUS_FAMILY_HISTORY: TermSource = {
  title: 'Family History',
  publisher: 'MedlinePlus (National Library of Medicine)',
  url: 'https://medlineplus.gov/familyhistory.html',
};

const WHO_HEALTHY_DIET: TermSource = {
  title: 'Healthy diet',
  publisher: 'World Health Organization',
  url: 'https://www.who.int/westernpacific/health-topics/healthy-diet/1',
};

const WHO_RADON: TermSource = {
  title: 'Radon',
  publisher: 'World Health Organization',
  url: 'https://www.who.int/teams/environment-climate-change-and-health/radiation-and-health/environmental-exposure/radon/1000',
};

/* Follow-up review. Stored at http:// (an American Lung Association state page); no page title shown, so named by its heading. */
const ALA_RADON_TEST: TermSource = {
  title: 'Test Your Home For Radon',
  publisher: 'American Lung Association',
  url: 'https://www.lung.org/associations/states/indiana/indoor--outdoor-air/test-your-home-for-radon-1.html',
};

const ACS_GLOSSARY_RISK_FACTOR: TermSource = {
  title: 'risk factor',
  publisher: 'American Cancer Society',
  url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/r/risk_factor.html',
};

/* Stored at http://; cited with https (same host and path). */
const NCI_OVERDIAGNOSIS: TermSource = {
  title: 'Overdiagnosis of Cancer: Bringing an Important Problem into Focus',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/news-events/cancer-currents-blog/2015/overdiagnosis-meeting',
};

/*
 * Added in the fix round of 2026-12-03 (text kept in .scratch/source-texts/fix-smr.jsonl). The CMS
 * decision memo was read by the lead and is cited as the lead gave it.
 */
const CMS_LDCT_DECISION_MEMO: TermSource = {
  title: 'Screening for Lung Cancer with Low Dose Computed Tomography (LDCT): Decision Memo (CAG-00439R)',
  publisher: 'Centers for Medicare & Medicaid Services',
  url: 'https://www.cms.gov/medicare-coverage-database/view/ncacal-decision-memo.aspx?proposed=N&ncaid=304',
};

/* The pop-up definition page; the stored copy shows no title, so it is named as NCI names its definitions. */
const NCI_ASBESTOS: TermSource = {
  title: 'Definition of asbestos - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://cancer.gov/Common/PopUps/popDefinition.aspx?id=CDR0000046528&language=English&version=Patient',
};

/* Stored at http://; cited with https (same host and path). */
const NCI_SMOKELESS_TOBACCO: TermSource = {
  title: 'Definition of smokeless tobacco - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/dictionary?CdrID=748220',
};

const NCI_CHEWING_TOBACCO: TermSource = {
  title: 'Definition of chewing tobacco - NCI Dictionary of Cancer Terms',
  publisher: 'National Cancer Institute',
  url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chewing-tobacco',
};

export const riskTerms: TermEntry[] = [
  {
    id: 'pack-year',
    name: 'Pack-year',
    forms: ['pack-year'],
    category: 'risk',
    summary:
      'A way to count how much a person has smoked. One pack-year is smoking one pack (20 cigarettes) a day for a year.',
    details:
      'Each year of smoking a pack a day adds 1 pack-year. Two packs a day for a year adds 2, and half a pack a day adds a half. So a pack a day for 20 years and two packs a day for 10 years both come to 20 pack-years. If you smoked more in some years and less in others, count each stretch and add them up. The US Task Force, the American Cancer Society and Medicare all use at least 20 pack-years as one of the rules for a yearly lung scan. A doctor or nurse can help you count yours.',
    related: ['smoking', 'lung-cancer-screening', 'risk-factor', 'tobacco'],
    sources: [USPSTF_LUNG_SCREENING, ACS_LUNG_GUIDELINE_2023, CMS_LDCT_DECISION_MEMO],
    reviewed: '2026-12-03',
  },
  {
    id: 'lung-cancer-screening',
    name: 'Lung cancer screening',
    // Not "lung screening": it is also said of lung function and TB checks.
    forms: ['lung cancer screening', 'screening for lung cancer', 'screened for lung cancer'],
    category: 'risk',
    summary:
      'A yearly low-dose CT scan of the chest for people at high risk who have no symptoms. It aims to find lung cancer early, while it is easier to treat.',
    details:
      'A low-dose CT uses less radiation than a standard chest CT. The US Task Force (2021) advises a scan every year from age 50 to 80 for people with at least 20 pack-years who still smoke or quit in the past 15 years. The American Cancer Society uses the same ages and pack-years for people who smoke now or used to. Medicare pays from 50 to 77 on much the same terms, with an order and a talk-it-over visit before the first scan. Screening has harms as well as benefits, such as finding cancers that would never have caused trouble. It is not advised if poor health would greatly shorten your life or rule out treatment. If you have symptoms, see a doctor instead.',
    related: ['low-dose-ct', 'pack-year', 'shared-decision-making', 'false-positive', 'uspstf'],
    sources: [USPSTF_LUNG_SCREENING, ACS_LUNG_GUIDELINE_2023, CMS_LDCT_NCD, CMS_LDCT_DECISION_MEMO, NCI_OVERDIAGNOSIS],
    reviewed: '2026-12-03',
  },
  {
    id: 'quitting-smoking',
    name: 'Quitting smoking',
    forms: [
      'quit smoking',
      'quitting smoking',
      'quits smoking',
      'stop smoking',
      'stopping smoking',
      'stopped smoking',
      'smoking cessation',
      'tobacco cessation',
      'give up smoking',
      'giving up smoking',
      'gave up smoking',
    ],
    category: 'risk',
    summary:
      'Stopping the use of cigarettes and other tobacco. It lowers your risk of lung cancer and other diseases. In the US, the free quitline is 1-800-QUIT-NOW.',
    details:
      'You do not have to quit on your own. The FDA has approved several medicines for adults who want to stop smoking. Nicotine replacement comes as a patch, gum, lozenge, mouth inhaler or nasal spray, and there are two quit-smoking pills, varenicline and bupropion. Read the label and follow what your doctor or pharmacist says. If you are under 18, pregnant or breastfeeding, talk with a doctor before you use any of them. People who use other kinds of tobacco, or who vape, can get help from a doctor or a quitline too. The American Lung Association advises against using e-cigarettes to quit and points people to proven methods instead.',
    related: ['smoking', 'nicotine-replacement', 'tobacco', 'lung-cancer-screening'],
    sources: [CDC_QUIT_MEDICINES_HOW, ALA_LUNG_RISK, ALA_ECIG_STUDY, CDC_QUITLINE_FAQ],
    reviewed: '2026-12-03',
  },
  {
    id: 'smoking',
    name: 'Smoking',
    // Not "smoker": it is also a barbecue smoker.
    forms: ['smoking', 'cigarette smoking', 'tobacco smoking'],
    category: 'risk',
    summary:
      'In health, smoking usually means breathing in smoke from burning tobacco, most often from cigarettes. It is the top cause of lung cancer and also harms the heart, blood vessels and lungs.',
    details:
      'Smoking raises the risk of cancer of the lung, mouth, throat and other parts of the body. It also raises the risk of COPD, heart disease and stroke. It can slow the healing of wounds, and it can harm a baby before birth. Other people breathing your smoke are put at risk too. Doctors measure how much you have smoked in pack-years, and 20 or more is one of the rules for a yearly lung scan. Smoking is a risk factor you can change: quitting lowers your risk of lung cancer.',
    related: ['quitting-smoking', 'pack-year', 'tobacco', 'lung-cancer', 'secondhand-smoke'],
    sources: [ALA_LUNG_RISK, MEDLINEPLUS_TOBACCO, ACS_GLOSSARY_RISK_FACTOR, USPSTF_LUNG_SCREENING],
    reviewed: '2026-12-03',
  },
  {
    id: 'radon',
    name: 'Radon',
    forms: ['radon'],
    category: 'risk',
    summary:
      'A natural radioactive gas that comes out of rocks and soil and can build up indoors. You cannot see, smell or taste it. Breathing it in raises the risk of lung cancer.',
    details:
      'Radon forms as uranium in rocks and soil slowly breaks down. The gas seeps out of the ground and gets into buildings through gaps and cracks. It builds up where air is trapped, as in homes and underground mines. Because you cannot sense it, the only way to know your level is to test for it. Hardware stores sell radon test kits, so you can check your own home. In the US, a home needs fixing when two tests average 4 picocuries per liter (pCi/L) or more. That is a level for action, not a promise that lower levels are safe. In people who do not smoke, radon causes more lung cancer than anything else. Radon plus smoking raises the chance of lung cancer further.',
    related: ['risk-factor', 'lung-cancer', 'smoking', 'air-pollution'],
    sources: [WHO_RADON, ALA_LUNG_RISK, ALA_RADON_TEST],
    reviewed: '2026-12-03',
  },
  {
    id: 'secondhand-smoke',
    name: 'Secondhand smoke',
    forms: [
      'secondhand smoke',
      'second-hand smoke',
      'secondhand tobacco smoke',
      'secondhand smoking',
      'passive smoking',
      'environmental tobacco smoke',
    ],
    category: 'risk',
    summary:
      'Tobacco smoke from other people that you breathe in. Breathing it can raise your own risk of lung cancer.',
    details:
      'When someone smokes near you, you take in their smoke as well. Smoking is the top cause of lung cancer, and smoke from others adds to your risk too. Each extra risk factor, such as radon in your home, raises the chance further. To protect yourself, stay away from tobacco smoke as much as you can. If you smoke, quitting is the best way to cut down the smoke you breathe.',
    related: ['smoking', 'tobacco', 'risk-factor', 'lung-cancer'],
    sources: [ALA_LUNG_RISK],
    reviewed: '2026-12-03',
  },
  {
    id: 'tobacco',
    name: 'Tobacco',
    forms: ['tobacco', 'tobacco product', 'tobacco use', 'smokeless tobacco', 'chewing tobacco', 'cigarette', 'cigar'],
    category: 'risk',
    summary:
      'Tobacco is made from the cured leaves of the tobacco plant. It is smoked in cigarettes and cigars, or chewed or sniffed as chewing tobacco or snuff. Every form can harm your health.',
    details:
      'Smoking tobacco raises the risk of cancer of the lung, mouth, throat and other parts of the body, and of COPD, heart disease and stroke. It can also slow wound healing and harm a baby before birth. Tobacco that is chewed or sniffed is not safe either. It holds nicotine and many chemicals that cause cancer, and it can lead to cancers of the pancreas, esophagus, throat and mouth, as well as gum disease, heart disease and stroke. The nicotine in tobacco is addictive. Quit medicines and quitlines can help; in the US, 1-800-QUIT-NOW helps with every kind of tobacco. Tobacco use is a risk factor you can change.',
    related: ['smoking', 'quitting-smoking', 'e-cigarettes', 'secondhand-smoke', 'nicotine-replacement'],
    sources: [MEDLINEPLUS_TOBACCO, ACS_GLOSSARY_RISK_FACTOR, CDC_QUIT_MEDICINES_HOW, CDC_QUITLINE_FAQ, NCI_SMOKELESS_TOBACCO, NCI_CHEWING_TOBACCO],
    reviewed: '2026-12-03',
  },
  {
    id: 'healthy-diet',
    name: 'Healthy diet',
    forms: ['healthy diet', 'healthy eating', 'balanced diet', 'eating healthy', 'nutritious diet'],
    category: 'risk',
    summary:
      'Eating plenty of whole grains, beans and lentils, nuts, fruit and vegetables, while limiting fat, sugar and salt. It helps protect against heart disease, stroke, diabetes and cancer.',
    details:
      'Try to eat at least five portions of fruit and vegetables a day, which is about 400 grams. Get no more than 30% of your energy from fat, with saturated fat under 10% and trans fat under 1%. Keep free sugars under 10% of your energy, and less is better still. Keep salt under 5 grams, about one teaspoon, a day. Eating well also guards against poor nutrition. The best mix for you depends on your age, sex, how active you are, your culture and the foods you can get. Many people today eat too much processed food and too little fruit, vegetables and fiber.',
    related: ['risk-factor', 'unexplained-weight-loss', 'loss-of-appetite', 'quitting-smoking'],
    sources: [WHO_HEALTHY_DIET],
    reviewed: '2026-12-03',
  },
  {
    id: 'family-history',
    name: 'Family history',
    forms: ['family history', 'family medical history', 'family health history'],
    category: 'risk',
    summary:
      'In health care, the illnesses that you and your close relatives, such as parents, brothers and sisters, have had. Some diseases, lung cancer among them, are more likely if they run in the family.',
    details:
      'Families share genes, and often their homes and habits too. So your family history can point to a higher risk of heart disease, stroke or cancer. If others in your family have had lung cancer, your own risk may be higher. A higher risk does not mean you will get the disease. It gives you a chance to lower your risk with healthy habits and the right tests. Talk with your relatives about the illnesses they have had, sketch a family tree, and share what you learn with your doctor.',
    related: ['risk-factor', 'medical-history', 'gene-mutation', 'lung-cancer'],
    sources: [MEDLINEPLUS_FAMILY_HISTORY, ALA_LUNG_RISK],
    reviewed: '2026-12-03',
  },
  {
    id: 'risk-factor',
    name: 'Risk factor',
    forms: ['risk factor'],
    category: 'risk',
    summary:
      'In health, a risk factor is something that makes a disease more likely. You can change some, such as smoking. Others, such as getting older, you cannot.',
    details:
      'Each disease has its own risk factors. Strong sun, for example, is a risk factor for skin cancer, and smoking is one for cancers of the lung, mouth and throat. For lung cancer, known risk factors include tobacco smoke (your own or from others), radon gas, harmful substances at work such as asbestos, and lung cancer in the family. Having more than one raises your chance further. A risk factor, such as a relative with the disease, does not mean you will surely get it. Knowing yours helps you and your doctor plan healthy steps and the right tests.',
    related: ['smoking', 'family-history', 'radon', 'asbestos', 'lung-cancer-screening'],
    sources: [ACS_GLOSSARY_RISK_FACTOR, ALA_LUNG_RISK, MEDLINEPLUS_FAMILY_HISTORY],
    reviewed: '2026-12-03',
  },
  {
    id: 'e-cigarettes',
    name: 'E-cigarettes (vaping)',
    forms: ['e-cigarette', 'electronic cigarette', 'e-cig', 'vape', 'vaping', 'vape pen', 'electronic nicotine delivery system'],
    category: 'risk',
    summary:
      'E-cigarettes are electronic devices that people breathe in from, often with nicotine in them. Using one is often called vaping. They are not harmless.',
    details:
      'E-cigarettes are counted among tobacco products. A large US study followed adults for several years. Those who used e-cigarettes were about a third more likely to get a long-term lung disease, such as asthma, bronchitis or emphysema, whether or not they also smoked. The risk was higher still for people who used both e-cigarettes and regular cigarettes. The American Lung Association says e-cigarettes are not a way to quit smoking. The liquid can poison a child who swallows it, so keep it out of reach; if that happens, call Poison Control (1-800-222-1222 in the US) or 911 (or your local emergency number). To stop smoking or vaping, talk with your doctor or, in the US, call 1-800-QUIT-NOW.',
    related: ['tobacco', 'smoking', 'quitting-smoking', 'nicotine-replacement'],
    sources: [ALA_ECIG_STUDY, CDC_QUIT_MEDICINES_HOW],
    reviewed: '2026-12-03',
  },
  {
    id: 'asbestos',
    name: 'Asbestos',
    forms: ['asbestos'],
    category: 'risk',
    summary:
      'A group of natural minerals that form tiny fibers. It was used in buildings to block heat and fire. Breathing in loose fibers can cause lung cancer and mesothelioma.',
    details:
      'Because asbestos went into buildings, people can meet it at home as well as at work. The danger comes from loose fibers. Breathed in, they can cause several serious diseases, among them lung cancer and mesothelioma, a cancer of the thin lining around the lungs or in the belly. Swallowed fibers may cause cancer of the gut. Other harmful materials at work linked to lung cancer include uranium, arsenic, nickel, chromium and cadmium. Each extra risk factor, such as smoking on top of asbestos, raises the chance of lung cancer. Leave material that may hold asbestos alone, and get expert advice before any work on it. If you work around it, find out from your employer how you are protected, and tell your doctor if you have worked with it.',
    related: ['mesothelioma', 'lung-cancer', 'risk-factor', 'pleura', 'smoking'],
    sources: [ALA_LUNG_RISK, NCI_ASBESTOS],
    reviewed: '2026-12-03',
  },
  {
    id: 'air-pollution',
    name: 'Air pollution',
    forms: ['air pollution', 'air pollutant', 'polluted air', 'particle pollution', 'particulate matter', 'PM2.5', 'smog'],
    category: 'risk',
    summary:
      'Harmful gases and tiny particles in the air, many of them from burning fuel. Dirty air can set off asthma attacks, harm the lungs and even shorten lives.',
    details:
      'Ozone is one of the most dangerous common pollutants, and you cannot see it. Particle pollution is a mix of very small bits of solids and liquids. There are also gases such as nitrogen dioxide, sulfur dioxide and carbon monoxide, which come from burning fuels and are often worse near busy roads, power plants and ports. Nearly 200 other toxic pollutants can cause disease, including lung cancer. Dirty air sends people to the hospital and affects how children’s lungs grow. The Air Quality Index (AQI) tells you when pollution reaches dangerous levels.',
    related: ['risk-factor', 'lung-cancer', 'asthma', 'copd', 'radon'],
    sources: [ALA_OUTDOOR_AIR],
    reviewed: '2026-12-03',
  },
  {
    id: 'shared-decision-making',
    name: 'Shared decision-making',
    forms: ['shared decision-making'],
    category: 'risk',
    summary:
      'A talk in which you and your care team go over the good and bad sides of a test or treatment. Then you decide together what is right for you.',
    details:
      'This talk is part of lung cancer screening. The American Cancer Society asks providers to explain what a yearly low-dose CT scan can and cannot do, including its harms. They should also offer help to quit if you smoke. Medicare requires a visit for counseling and shared decision-making before your first lung scan. At that visit your provider checks that you qualify and uses one or more decision aids. You talk about why the scan should be done every year. You talk about how other health problems, and your ability or wish to have tests and treatment, may change the choice. You also talk about how to quit smoking or stay quit.',
    related: ['lung-cancer-screening', 'false-positive', 'overdiagnosis', 'medicare', 'primary-care-provider'],
    sources: [ACS_LUNG_GUIDELINE_2023, CMS_LDCT_DECISION_MEMO],
    reviewed: '2026-12-03',
  },
  {
    id: 'false-positive',
    name: 'False positive',
    forms: ['false-positive'],
    category: 'risk',
    summary:
      'A test result that says something is there when it is not. In medicine, it can mean more tests and worry before you learn that you are fine.',
    details:
      'In lung cancer screening, a scan may show small spots called nodules. Many are very unlikely ever to become an active cancer. Depending on a spot’s size and look, the next step may be a repeat scan in 3 or 6 months, or more tests such as a PET/CT scan. Extra tests and worry are among the harms to weigh with your doctor before you decide to be screened. If your result is positive, ask what it means and what comes next.',
    related: ['lung-cancer-screening', 'lung-nodule', 'low-dose-ct', 'lung-rads', 'biopsy'],
    sources: [NCBI_LUNG_RADS_TABLE, ACS_LUNG_GUIDELINE_2023],
    reviewed: '2026-12-03',
  },
  {
    id: 'overdiagnosis',
    name: 'Overdiagnosis',
    forms: ['overdiagnosis', 'overdiagnoses', 'overdiagnosed', 'over-diagnosis', 'over-diagnosed'],
    category: 'risk',
    summary:
      'Finding a disease or condition that would never have caused harm. It can lead to treatment that was not needed, with its risks but no benefit.',
    details:
      'Overdiagnosis can happen in many kinds of disease, and screening large numbers of people is one cause. Some things that screening finds would never grow into a dangerous cancer. But for now, doctors can only see overdiagnosis across large groups. They cannot tell which finding in one person is harmless. That can lead to overtreatment: treatment that was never needed. Overdiagnosis is one of the possible harms of cancer screening. It is worth weighing with your doctor before you decide to be screened.',
    related: ['lung-cancer-screening', 'false-positive', 'shared-decision-making', 'incidental-finding'],
    sources: [NCI_OVERDIAGNOSIS, ACS_LUNG_GUIDELINE_2023],
    reviewed: '2026-12-03',
  },
  {
    id: 'incidental-finding',
    name: 'Incidental finding',
    forms: ['incidental finding', 'incidentaloma'],
    category: 'risk',
    summary:
      'Something a test or scan happens to show that is not what the doctor was looking for. Some need more tests.',
    details:
      'A chest CT scan makes detailed pictures of the inside of the chest. So a scan done to look for lung cancer can also show something else that nobody expected. Some of these findings need to be checked further, and that can mean more visits and tests. If your report mentions one, ask your doctor what it means and whether anything needs to be done.',
    related: ['lung-cancer-screening', 'low-dose-ct', 'ct-scan', 'false-positive', 'lung-nodule'],
    sources: [CMS_LDCT_NCD],
    reviewed: '2026-12-03',
  },
  {
    id: 'uspstf',
    name: 'US Preventive Services Task Force (USPSTF)',
    // Not "preventive services task force": it is also the CDC's Community Preventive Services Task Force.
    forms: ['USPSTF'],
    category: 'risk',
    summary:
      'The US Preventive Services Task Force (USPSTF) is an independent group. It grades preventive care, such as screening tests. Medicare can cover care it grades A or B.',
    details:
      'Its recommendations are independent of the US government. In 2021 it gave lung cancer screening a B. It advises a yearly low-dose CT scan for adults aged 50 to 80 with at least 20 pack-years who still smoke or quit in the past 15 years. Before 2021 the ages began at 55 and the cut-off was 30 pack-years. It says to stop once someone has gone 15 years without smoking. It also says to stop when a health problem greatly shortens how long the person is likely to live, or means they could not or would not have surgery to cure a lung cancer.',
    related: ['lung-cancer-screening', 'medicare', 'pack-year', 'shared-decision-making'],
    sources: [USPSTF_LUNG_SCREENING, CMS_LDCT_NCD],
    reviewed: '2026-12-03',
  },
  {
    id: 'medicare',
    name: 'Medicare',
    forms: ['medicare'],
    category: 'risk',
    summary:
      "In the US, Medicare is the government's health insurance program. It is run by the Centers for Medicare & Medicaid Services (CMS). It pays for a yearly lung scan for some people at high risk.",
    details:
      'In February 2022, Medicare widened who can get a yearly low-dose CT scan to screen for lung cancer. To qualify you must be 50 to 77 years old with no lung cancer signs or symptoms. You must have smoked at least 20 pack-years and still smoke or have stopped in the last 15 years. You also need an order for the scan and, before the first one, a visit to talk over its pros and cons. Medicare stops at 77, while the US Task Force and the American Cancer Society go up to 80. Medicare can add coverage for preventive services that the Task Force grades A or B.',
    related: ['lung-cancer-screening', 'uspstf', 'shared-decision-making', 'pack-year'],
    sources: [CMS_LDCT_NCD, CMS_LDCT_DECISION_MEMO, USPSTF_LUNG_SCREENING, ACS_LUNG_GUIDELINE_2023],
    reviewed: '2026-12-03',
  },
];
