import type { ReviewRecord } from '../types';

/*
 * Review records of the entries in entries/risk.ts, by entry id.
 *
 * Stored copies read in these reviews hold only the opening part of each page. Since the fix round,
 * the Medicare criteria and the pack-year definition rest on the CMS decision memo, whose saved text
 * holds them, not on later parts of pages that were not read.
 */
const ALA_RISK = 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html';
const MLP_FAMILY = 'https://medlineplus.gov/familyhistory.html';

const DATE = '2026-12-03';

export const riskReviews: Record<string, ReviewRecord> = {
  'pack-year': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening', supports: '20 pack-years is a rule for yearly lung screening by the US Task Force' },
      { url: 'https://www.cancer.org/research/acs-research-news/new-lung-cancer-screening-guidelines-urge-more-to-get-ldct.html', supports: 'the American Cancer Society uses a 20 or more pack-year history' },
      { url: 'https://www.cms.gov/medicare-coverage-database/view/ncacal-decision-memo.aspx?proposed=N&ncaid=304', supports: 'one pack-year is smoking one pack a day for one year and 1 pack is 20 cigarettes; Medicare requires at least 20 pack-years' },
    ],
    changed: 'Fix round: the definition and the 20-pack-year Medicare rule now rest on the CMS decision memo (the saved NCD text stops before them), which replaces the NCD citation; the counting method is given as what follows from that definition',
  },
  'lung-cancer-screening': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening', supports: 'yearly LDCT from 50 to 80 with 20 pack-years who smoke or quit within 15 years (2021); stop if a health problem limits life expectancy or the ability or willingness to have curative surgery' },
      { url: 'https://www.cancer.org/research/acs-research-news/new-lung-cancer-screening-guidelines-urge-more-to-get-ldct.html', supports: 'ACS: ages 50 to 80, 20 or more pack-years, people who smoke now or used to, with no symptoms; not if serious health problems limit life or would stop treatment; harms of screening are part of the talk' },
      { url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2', supports: 'low-dose CT uses less radiation than a standard chest CT' },
      { url: 'https://www.cms.gov/medicare-coverage-database/view/ncacal-decision-memo.aspx?proposed=N&ncaid=304', supports: 'Medicare: ages 50 to 77, no signs or symptoms, 20 pack-years, current smoker or quit within 15 years, an order, and a counseling and shared decision-making visit before the first scan' },
      { url: 'https://www.cancer.gov/news-events/cancer-currents-blog/2015/overdiagnosis-meeting', supports: 'overdiagnosis (finding disease that would never cause harm) and overtreatment are among the risks of screening' },
    ],
    changed: 'Fix round: removed the form "lung screening" (also lung function and TB checks); Medicare criteria now rest on the CMS decision memo; dropped the unsupported "(2023)" and "no limit on how long ago you quit"; added the harms of screening (NCI overdiagnosis page, ACS) and "if you have symptoms, see a doctor instead" (the guidelines cover people without symptoms)',
  },
  'quitting-smoking': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/tobacco/campaign/tips/quit-smoking/quit-smoking-medications/how-to-use-quit-smoking-medicines/index.html', supports: 'FDA-approved quit medicines for adults: NRT (patch, gum, lozenge, oral inhaler, nasal spray) and pills (varenicline, bupropion); read labels, follow the doctor or pharmacist; pregnant, breastfeeding or under 18: talk to a doctor; users of other tobacco or e-cigarettes can get help from a doctor or the quitline' },
      { url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html', supports: 'quitting smoking lowers your risk of lung cancer; smoking is the number one cause' },
      { url: 'https://www.lung.org/media/press-releases/first-long-term-ecig-study', supports: 'the American Lung Association says e-cigarettes are not a quit-smoking product and points people to proven ways to quit' },
      { url: 'https://www.cdc.gov/tobacco/quit_smoking/cessation/faq-about-1-800-quit-now/index.html', supports: '1-800-QUIT-NOW is a free number for US residents' },
    ],
    changed: 'Fix round: the e-cigarette statement is now attributed to the American Lung Association (it is contested); "prescription pills" became "quit-smoking pills"; reworded the CDC near-copy about other tobacco; the quitline is marked as US',
  },
  smoking: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html', supports: 'smoking is the number one cause of lung cancer; secondhand smoke raises others\' risk; quitting lowers risk' },
      { url: 'https://medlineplus.gov/ency/imagepages/9975.htm', supports: 'cigarette smoking raises the risk of cancer, COPD, heart disease, stroke, harm before birth and slow wound healing' },
      { url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/r/risk_factor.html', supports: 'smoking is a risk factor for lung, mouth, throat and other cancers and can be controlled' },
      { url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening', supports: '20 pack-years is one of the rules for yearly lung screening' },
    ],
    changed: 'Fix round: removed the form "smoker" (also a barbecue smoker); the first sentence now begins "In health, smoking usually means", so it holds for food smoking and other smoke; "smoking for many years" became "smoking", so short-term smoking is not implied to be safe',
  },
  radon: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.who.int/teams/environment-climate-change-and-health/radiation-and-health/environmental-exposure/radon/1000', supports: 'radon is a natural radioactive gas with no smell, colour or taste from uranium decay in rocks and soil; it concentrates in enclosed spaces such as mines and houses' },
      { url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html', supports: 'radon enters buildings through gaps and cracks; hardware-store test kits; having more than one risk factor raises the chance of lung cancer' },
      { url: 'https://www.lung.org/associations/states/indiana/indoor--outdoor-air/test-your-home-for-radon-1.html', supports: 'a home needs mitigation when two tests average 4 pCi/L or more; radon is the leading cause of lung cancer in people who do not smoke' },
    ],
    changed: 'Fix round: the 4 pCi/L rule is now marked as US and as a level for action, not a safe level; rewrote the WHO near-copy about enclosed spaces',
  },
  'secondhand-smoke': {
    date: DATE,
    checks: [{ url: ALA_RISK, supports: 'secondhand smoke raises lung cancer risk; avoid tobacco smoke; more than one risk factor raises risk; smoking is the top cause of lung cancer' }],
    changed: 'Rewritten in own words; dropped claims the page does not make (smoke-free car and home, protecting others by quitting).',
  },
  tobacco: {
    date: '2026-12-03',
    checks: [
      { url: 'https://medlineplus.gov/ency/imagepages/9975.htm', supports: 'cigarette smoking raises the risk of cancer, COPD, heart disease, stroke, harm before birth and slow wound healing' },
      { url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/r/risk_factor.html', supports: 'smoking is a risk factor for lung, mouth and throat cancers and can be changed' },
      { url: 'https://www.cdc.gov/tobacco/campaign/tips/quit-smoking/quit-smoking-medications/how-to-use-quit-smoking-medicines/index.html', supports: 'quit medicines help; users of cigars, chew, snuff, hookah or e-cigarettes can call 1-800-QUIT-NOW' },
      { url: 'https://www.cdc.gov/tobacco/quit_smoking/cessation/faq-about-1-800-quit-now/index.html', supports: '1-800-QUIT-NOW serves the US' },
      { url: 'https://www.cancer.gov/dictionary?CdrID=748220', supports: 'smokeless tobacco (chewing tobacco, snuff) contains nicotine and cancer-causing chemicals and can cause nicotine addiction, cancers of the mouth, esophagus and pancreas, heart and gum disease' },
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chewing-tobacco', supports: 'chewing tobacco is made from cured tobacco leaves and can cause cancers of the mouth, throat, esophagus and pancreas, gum disease, heart disease and stroke' },
    ],
    changed: 'Fix round: the first sentence now says what tobacco is made of and what it is used in, so it holds for "cigarette", "cigar" and "chewing tobacco"; smokeless tobacco now has its own harms (NCI definitions added) instead of smoking-only harms; dropped the e-cigarette study page (no longer used); quitline marked as US',
  },
  'healthy-diet': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.who.int/westernpacific/health-topics/healthy-diet/1', supports: 'a healthy diet includes fruit, vegetables, legumes (lentils, beans), nuts and whole grains, at least 400 g (5 portions) of fruit and vegetables; total fat at most 30% of energy, saturated under 10%, trans under 1%; free sugars under 10% and ideally 5%; salt under 5 g (about a teaspoon); protects against malnutrition, diabetes, heart disease, stroke and cancer; depends on age, sex, activity, culture and local foods; people eat more processed food and too little fruit, vegetables and fibre' },
    ],
    changed: 'Fix round: "keep fat low" replaced by the WHO limits (fat at most 30% of energy, saturated under 10%, trans under 1%) and the sugar and salt limits; dropped the unsupported "a healthy plate is built on plants"; summary food list reordered',
  },
  'family-history': {
    date: DATE,
    checks: [
      { url: MLP_FAMILY, supports: 'health information about you and close relatives; shared genes, environment, lifestyle; higher risk of heart disease, stroke, cancer; raised risk is not certainty; talk to relatives, draw a family tree' },
      { url: ALA_RISK, supports: 'a family history of lung cancer may mean higher risk; tell your doctor' },
    ],
    changed: 'First sentence scoped to health care (the words also mean genealogy); rewritten in own words.',
  },
  'risk-factor': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/r/risk_factor.html', supports: 'a risk factor increases the chance of a disease; different cancers have different risk factors (strong sun and skin cancer, smoking and lung, mouth and throat cancers); some can be changed (smoking), others not (age, inherited genes)' },
      { url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html', supports: 'lung cancer risk factors: tobacco smoke, secondhand smoke, radon, hazardous substances at work such as asbestos, family history; more than one raises the chance' },
      { url: 'https://medlineplus.gov/familyhistory.html', supports: 'a relative with a disease raises risk but does not mean you will get it; knowing helps you lower your risk and get tested' },
    ],
    changed: 'Fix round: summary reworded away from the ACS glossary and begins "In health", so it holds on other pages; the form "risk factor" also matches "Risk Factors" in company filings: a look-alike or context rule is needed (not in this file)',
  },
  'e-cigarettes': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.lung.org/media/press-releases/first-long-term-ecig-study', supports: 'a large US study: adults who used e-cigarettes were about a third more likely to get chronic lung disease (asthma, bronchitis, emphysema), harmful on their own whether or not they smoked, more so with dual use; the American Lung Association says e-cigarettes are not quit-smoking products; talk with providers or call 1-800-QUIT-NOW' },
      { url: 'https://www.cdc.gov/tobacco/campaign/tips/quit-smoking/quit-smoking-medications/how-to-use-quit-smoking-medicines/index.html', supports: 'e-cigarettes are counted with other tobacco products; users can call the quitline' },
    ],
    changed: 'Fix round: summary no longer says they are used "instead of, or along with, regular cigarettes" and its first sentence now holds for cannabis vapes; "not a product for quitting smoking" attributed to the American Lung Association; added that e-liquid can poison a child, with Poison Control and the emergency number (conservative safety advice: no allowed page found); the short description of the devices is not backed by a saved page (CDC e-cigarette pages were searched; only copies on other hosts came back)',
  },
  asbestos: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html', supports: 'asbestos and other hazardous substances at work (uranium, arsenic, nickel, chromium, cadmium) are dangerous to the lungs; more than one risk factor raises lung cancer risk; ask your employer and doctor about protection' },
      { url: 'https://cancer.gov/Common/PopUps/popDefinition.aspx?id=CDR0000046528&language=English&version=Patient', supports: 'asbestos is a group of minerals in tiny fibers, used as insulation against heat and fire in buildings; loose fibers breathed in cause lung cancer and mesothelioma (cancer of the lining of the lungs, chest or abdomen); swallowed fibers may cause gut cancer' },
    ],
    changed: 'Fix round: summary now says asbestos was used in buildings (so exposure is not only at work) and causes mesothelioma (NCI definition added); rewrote the ALA near-copy about asking your employer; added to leave material that may hold asbestos alone and get expert advice (a safety step drawn from the danger of loose fibers; no page was found that says it)',
  },
  'air-pollution': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.lung.org/our-initiatives/healthy-air/outdoor/air-pollution/index.html', supports: 'air pollution triggers asthma, sends people to hospitals, shapes how children\'s lungs develop and can be deadly; ozone is invisible and one of the most dangerous; particle pollution; nitrogen dioxide, sulfur dioxide and carbon monoxide from burning fuels near roads, power plants and ports; nearly 200 toxic pollutants can cause lung cancer; the AQI warns when pollution levels are dangerous' },
    ],
    changed: 'Fix round: dropped "ozone, also called smog" (smog is usually a visible haze; ozone itself is invisible); dropped the unsupported "so you can plan to spend less time outside"',
  },
  'shared-decision-making': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/research/acs-research-news/new-lung-cancer-screening-guidelines-urge-more-to-get-ldct.html', supports: 'the ACS guideline calls for a shared decision-making talk covering the benefits, limitations and harms of yearly LDCT and offering help to quit smoking' },
      { url: 'https://www.cms.gov/medicare-coverage-database/view/ncacal-decision-memo.aspx?proposed=N&ncaid=304', supports: 'Medicare requires a counseling and shared decision-making visit before the first scan: eligibility, one or more decision aids, the importance of yearly screening, other health problems and ability or willingness to have diagnosis and treatment, quitting or staying quit' },
    ],
    changed: 'Fix round: Medicare visit details now rest on the CMS decision memo (the saved NCD text stops before them); "must be repeated" became "why the scan should be done every year"; "then you choose" became "you decide together"',
  },
  'false-positive': {
    date: '2026-12-03',
    checks: [
      { url: 'https://ncbi.nlm.nih.gov/books/NBK568579/table/appa.tab2/', supports: 'Lung-RADS: many nodules have a very low likelihood of becoming an active cancer; depending on size and look, the next step is a repeat LDCT in 3 or 6 months or more tests such as PET/CT' },
      { url: 'https://www.cancer.org/research/acs-research-news/new-lung-cancer-screening-guidelines-urge-more-to-get-ldct.html', supports: 'the harms of screening are part of the shared decision-making talk' },
    ],
    changed: 'Fix round: the lung-screening details now rest on the Lung-RADS table (NCBI), which replaces the USPSTF page (its saved text does not cover them); dropped the unsupported biopsy line',
  },
  overdiagnosis: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/news-events/cancer-currents-blog/2015/overdiagnosis-meeting', supports: 'overdiagnosis is diagnosing a disease unlikely ever to cause harm, in many diseases; widespread screening can trigger it; it can only be seen across populations, not in one person; overdiagnosis and resulting overtreatment are risks of screening' },
      { url: 'https://www.cancer.org/research/acs-research-news/new-lung-cancer-screening-guidelines-urge-more-to-get-ldct.html', supports: 'the harms of screening are to be talked over before lung cancer screening' },
    ],
    changed: 'Fix round: dropped "lung cancer screening included" and "so they are usually treated" (NCI says overdiagnosis and resulting overtreatment); details reworded',
  },
  'incidental-finding': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2', supports: 'a chest CT makes detailed pictures of the inside of the body; LDCT is used to screen for lung cancer' },
    ],
    changed: 'Fix round: dropped the unsupported claims (many are harmless, experts count them as a downside, little research on harm) and the USPSTF page (its saved text does not cover them); the definition itself is the plain meaning of the term and is not backed by a saved page',
  },
  uspstf: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening', supports: 'recommendations independent of the US government; 2021 grade B for yearly LDCT at 50 to 80 with 20 pack-years who smoke or quit within 15 years (previously 55 and 30 pack-years); stop after 15 years without smoking or with a health problem limiting life expectancy or ability or willingness to have curative surgery' },
      { url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2', supports: 'Medicare can add coverage of preventive services the USPSTF grades A or B' },
    ],
    changed: 'Fix round: removed the form "preventive services task force" (also the CDC\'s Community Preventive Services Task Force); summary now says what the pages support (an independent group that grades preventive services; Medicare covers A or B); rewrote the stop-rule near-copy',
  },
  medicare: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2', supports: 'CMS runs Medicare; version 2 of the LDCT coverage took effect 02/10/2022; Medicare adds coverage for preventive services the USPSTF grades A or B' },
      { url: 'https://www.cms.gov/medicare-coverage-database/view/ncacal-decision-memo.aspx?proposed=N&ncaid=304', supports: 'in 2022 CMS expanded eligibility: ages 50 to 77, no signs or symptoms, 20 pack-years, current smoker or quit within 15 years, an order, and a counseling and shared decision-making visit before the first scan' },
      { url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening', supports: 'the US Task Force advises screening from 50 to 80' },
      { url: 'https://www.cancer.org/research/acs-research-news/new-lung-cancer-screening-guidelines-urge-more-to-get-ldct.html', supports: 'the American Cancer Society advises screening from 50 to 80' },
    ],
    changed: 'Fix round: corrected "Since February 2022, Medicare covers" (coverage is older; 2022 widened who qualifies); criteria now rest on the CMS decision memo; the first sentence begins "In the US", so it holds where the form names Australia\'s or Canada\'s Medicare; who Medicare covers in general is not added (no saved page says it)',
  },
};
