import type { TermEntry } from '../types';

export const riskTerms: TermEntry[] = [
  {
    id: 'pack-year',
    name: 'Pack-year',
    forms: ['pack-year'],
    category: 'risk',
    summary:
      'A way to count how much someone has smoked. One pack-year means one pack of 20 cigarettes a day for one year.',
    details:
      'Doctors multiply the packs smoked each day by the number of years of smoking. Two packs a day for 10 years is 20 pack-years. So is one pack a day for 20 years. Half a pack a day for 40 years also adds up to 20. The total helps show how much tobacco smoke the lungs have taken in over a lifetime. It is one of the main things used to decide who should be offered lung cancer screening. Most US guidelines use 20 pack-years or more as the cut-off. If you are not sure of your number, a doctor or nurse can help you work it out.',
    related: ['smoking', 'lung-cancer-screening', 'risk-factor', 'tobacco'],
    sources: [
      {
        title: 'Lung Cancer Screening Guidelines',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/health-care-professionals/american-cancer-society-prevention-early-detection-guidelines/lung-cancer-screening-guidelines.html',
      },
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'lung-cancer-screening',
    name: 'Lung cancer screening',
    forms: ['lung cancer screening', 'screening for lung cancer', 'lung screening', 'screened for lung cancer'],
    category: 'risk',
    summary:
      'A yearly low-dose CT scan for people at high risk who have no symptoms. It aims to find lung cancer early, when it is easier to treat.',
    details:
      'Screening is for people who feel well but have a heavy smoking history. The US Preventive Services Task Force (2021) advises a yearly scan for adults aged 50 to 80 with at least 20 pack-years who still smoke or quit in the past 15 years. The American Cancer Society uses the same ages and pack-years but drops the limit on years since quitting. Medicare covers screening from age 50 to 77. Before the first scan you talk with a clinician about the benefits and the harms, such as false alarms, extra tests and radiation. Screening does not replace quitting smoking.',
    related: ['low-dose-ct', 'pack-year', 'shared-decision-making', 'false-positive', 'uspstf'],
    sources: [
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
      {
        title: 'Lung Cancer Screening Guidelines',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/health-care-professionals/american-cancer-society-prevention-early-detection-guidelines/lung-cancer-screening-guidelines.html',
      },
      {
        title: 'National Coverage Determination: Lung Cancer Screening with Low Dose Computed Tomography (LDCT) (210.14)',
        publisher: 'Centers for Medicare & Medicaid Services',
        url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2&doctype=NCD&timeframe=30&sortBy=updated&bc=AAAACAAAAAAA',
      },
    ],
    reviewed: '2026-11-26',
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
      'Stopping the use of cigarettes and other tobacco. It is never too late to quit, and your body starts to heal within days.',
    details:
      'Your body begins to recover soon after the last cigarette. Heart rate and blood pressure drop within minutes. Over the next weeks and months, blood flow and lung function improve, and coughing and shortness of breath ease. Your risk of heart attack, stroke and several cancers goes down year by year. After about 10 years, your risk of dying from lung cancer is about half that of someone who still smokes. Quitting can be hard because the body gets used to nicotine, and stopping brings cravings. Nicotine patches, gum and lozenges ease those cravings and can nearly double your chance of success. Your doctor can help you make a plan.',
    related: ['smoking', 'nicotine-replacement', 'tobacco', 'lung-cancer-screening'],
    sources: [
      {
        title: 'Benefits of Quitting Smoking Over Time',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/risk-prevention/tobacco/benefits-of-quitting-smoking-over-time.html',
      },
      {
        title: 'Nicotine Replacement Therapy to Help You Quit Tobacco',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/risk-prevention/tobacco/guide-quitting-smoking/nicotine-replacement-therapy.html',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'smoking',
    name: 'Smoking',
    forms: ['smoking', 'cigarette smoking', 'tobacco smoking', 'smoker'],
    category: 'risk',
    summary:
      'Breathing in smoke from burning tobacco, most often in cigarettes. It is the top cause of lung cancer and harms the heart, lungs and many other parts of the body.',
    details:
      'Tobacco smoke carries cancer-causing chemicals deep into the lungs, where over time they damage the cells that line the airways. In the US, smoking is behind about 9 in 10 lung cancers, and people who smoke are roughly 20 times more likely to get lung cancer than people who never did. The risk grows with the number of cigarettes a day and the number of years of smoking, which is why doctors count pack-years. Smoking also raises the risk of COPD, heart disease and stroke. The good news is that the risk starts to fall after you quit, and it keeps falling the longer you stay smoke-free.',
    related: ['quitting-smoking', 'pack-year', 'tobacco', 'lung-cancer', 'secondhand-smoke'],
    sources: [
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
      {
        title: 'Tobacco health risks',
        publisher: 'MedlinePlus (U.S. National Library of Medicine)',
        url: 'https://medlineplus.gov/ency/imagepages/9975.htm',
      },
      {
        title: 'Benefits of Quitting Smoking Over Time',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/risk-prevention/tobacco/benefits-of-quitting-smoking-over-time.html',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'radon',
    name: 'Radon',
    forms: ['radon'],
    category: 'risk',
    summary:
      'A natural gas that comes up from rocks and soil and can build up inside homes. You cannot see or smell it, but breathing it for years raises the risk of lung cancer.',
    details:
      'Radon is made when uranium in rock and soil slowly breaks down. The gas is radioactive. It rises out of the ground and into the air. It can get into homes through cracks and gaps, and it builds up most in closed spaces such as houses and mines. Since you cannot see, smell or taste it, a test is the only way to know how much is in your home. Test kits are sold at many hardware stores. Your risk of lung cancer goes up more if you have other risk factors too, such as smoking.',
    related: ['risk-factor', 'lung-cancer', 'smoking', 'air-pollution'],
    sources: [
      {
        title: 'Radon',
        publisher: 'World Health Organization',
        url: 'https://www.who.int/teams/environment-climate-change-and-health/radiation-and-health/environmental-exposure/radon/1000',
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
      "Smoke you breathe in from someone else's cigarette, cigar or pipe. Even if you have never smoked, it can raise your risk of lung cancer.",
    details:
      'When people smoke near you, you breathe in their smoke too. Smoking is the number one cause of lung cancer. Breathing in other people\'s smoke also raises your risk, even if you have never smoked yourself. Your risk goes up more if you also have other risk factors, such as radon in your home. Keeping your home and car smoke-free helps protect you and your family. If you smoke, quitting protects the people around you as well as you.',
    related: ['smoking', 'tobacco', 'risk-factor', 'lung-cancer'],
    sources: [
      {
        title: 'Are you at risk for lung cancer?',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'tobacco',
    name: 'Tobacco',
    forms: ['tobacco', 'tobacco product', 'tobacco use', 'smokeless tobacco', 'chewing tobacco', 'cigarette', 'cigar'],
    category: 'risk',
    summary:
      'A plant used in cigarettes, cigars and other products that people smoke or chew. It contains nicotine, which is very addictive, and using it harms your health.',
    details:
      'Nicotine is the main thing in tobacco that makes people hooked. Over time the body gets used to it, so stopping brings cravings and other withdrawal symptoms. Smoking for many years raises the risk of cancer, COPD, heart disease and stroke. It can also slow the healing of wounds, and smoking while pregnant can harm the baby. It is never too late to stop. Your body starts to heal soon after you quit, and your risk keeps dropping the longer you stay tobacco-free.',
    related: ['smoking', 'quitting-smoking', 'e-cigarettes', 'secondhand-smoke', 'nicotine-replacement'],
    sources: [
      {
        title: 'Tobacco health risks',
        publisher: 'MedlinePlus (U.S. National Library of Medicine)',
        url: 'https://medlineplus.gov/ency/imagepages/9975.htm',
      },
      {
        title: 'Benefits of Quitting Smoking Over Time',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/risk-prevention/tobacco/benefits-of-quitting-smoking-over-time.html',
      },
      {
        title: 'Nicotine Replacement Therapy to Help You Quit Tobacco',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/risk-prevention/tobacco/guide-quitting-smoking/nicotine-replacement-therapy.html',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'healthy-diet',
    name: 'Healthy diet',
    forms: ['healthy diet', 'healthy eating', 'balanced diet', 'eating healthy', 'nutritious diet'],
    category: 'risk',
    summary:
      'Eating mostly vegetables, fruit, beans, nuts and whole grains, with less salt, sugar and fat. It helps protect against heart disease, diabetes and some cancers.',
    details:
      'A healthy diet is built on plants: plenty of vegetables and fruit (at least five portions a day), beans and lentils, nuts, and whole grains such as oats and brown rice. It keeps salt, sugar and fat low, especially saturated and trans fats. Eating this way lowers the risk of heart disease, stroke, diabetes and cancer. What a healthy plate looks like differs from person to person. It depends on your age, sex, how active you are, your culture and the foods you can get.',
    related: ['risk-factor', 'unexplained-weight-loss', 'loss-of-appetite', 'quitting-smoking'],
    sources: [
      {
        title: 'Healthy diet',
        publisher: 'World Health Organization',
        url: 'https://www.who.int/westernpacific/health-topics/healthy-diet/1',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'family-history',
    name: 'Family history',
    forms: ['family history', 'family medical history', 'family health history'],
    category: 'risk',
    summary:
      'The health problems that your parents, brothers, sisters and other blood relatives have had. Some illnesses, including lung cancer, are more likely if they run in your family.',
    details:
      'Families share genes, and often their homes, habits and surroundings too. So if a close relative has had lung cancer, your own risk may be higher. The same is true for heart disease, stroke and other cancers. A family history does not mean you will get the disease. It only means your chance is higher. Ask your relatives about their health and tell your doctor what you learn. This helps your doctor judge your risk and choose the checkups that make sense for you.',
    related: ['risk-factor', 'medical-history', 'gene-mutation', 'lung-cancer'],
    sources: [
      {
        title: 'Are you at risk for lung cancer?',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html',
      },
      {
        title: 'Family History',
        publisher: 'MedlinePlus (U.S. National Library of Medicine)',
        url: 'https://medlineplus.gov/familyhistory.html',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'risk-factor',
    name: 'Risk factor',
    forms: ['risk factor'],
    category: 'risk',
    summary:
      'Anything that raises your chance of getting a disease. Having a risk factor does not mean you will get sick.',
    details:
      'Some risk factors you can change, such as smoking or not being active. Others you cannot, such as your age or genes you were born with. For lung cancer, smoking is the biggest risk factor by far. Others include secondhand smoke, radon gas in the home, and harmful substances such as asbestos. A family history of lung cancer counts too. Risk factors add up, so having more than one raises your chance further. Knowing yours helps you and your doctor find ways to lower your risk. It also helps you decide if screening is right for you.',
    related: ['smoking', 'family-history', 'radon', 'asbestos', 'lung-cancer-screening'],
    sources: [
      {
        title: 'risk factor (Glossary)',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/understanding-cancer/glossary/glossary/r/risk_factor.html',
      },
      {
        title: 'Are you at risk for lung cancer?',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html',
      },
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'nicotine-replacement',
    name: 'Nicotine replacement therapy',
    forms: [
      'nicotine replacement therapy',
      'nicotine replacement therapies',
      'nicotine replacement',
      'NRT',
      'nicotine patch',
      'nicotine patches',
      'nicotine gum',
      'nicotine lozenge',
      'nicotine inhaler',
      'nicotine nasal spray',
    ],
    category: 'risk',
    summary:
      'Patches, gum, lozenges, sprays or inhalers that give you nicotine without the smoke. They ease cravings so it is easier to quit tobacco.',
    details:
      'When you stop using tobacco, your body misses the nicotine it is used to, which brings cravings and other withdrawal symptoms. Nicotine replacement therapy (NRT) supplies nicotine in a measured dose. Because there is no smoke, you avoid the many other harmful chemicals in tobacco. Easing the craving frees you to work on the habits and feelings tied to smoking. NRT can nearly double your chance of quitting. Ask your doctor or pharmacist which type and dose are right for you.',
    related: ['quitting-smoking', 'tobacco', 'smoking', 'e-cigarettes'],
    sources: [
      {
        title: 'Nicotine Replacement Therapy to Help You Quit Tobacco',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/cancer/risk-prevention/tobacco/guide-quitting-smoking/nicotine-replacement-therapy.html',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'e-cigarettes',
    name: 'E-cigarettes (vaping)',
    forms: ['e-cigarette', 'electronic cigarette', 'e-cig', 'vape', 'vaping', 'vape pen', 'electronic nicotine delivery system'],
    category: 'risk',
    summary:
      'Battery-powered devices that heat a liquid, usually with nicotine, into a mist that you breathe in. Using one is called vaping. They are not harmless.',
    details:
      'E-cigarettes go by many names, such as vapes, vape pens, e-hookahs and e-cigars. They heat a liquid from a cartridge or tank to make an aerosol. The liquid usually holds nicotine taken from tobacco, mixed with a base, flavorings and other chemicals. Scientists are still learning about the long-term effects. But there is growing evidence that vaping can cause lung damage that does not go away. E-cigarettes are the tobacco product most used by young people. Switching from cigarettes to vaping is not the same as quitting. If you want to stop smoking, ask your doctor about proven quit aids.',
    related: ['tobacco', 'smoking', 'quitting-smoking', 'nicotine-replacement'],
    sources: [
      {
        title: 'E-Cigarettes and Lung Health',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/quit-smoking/e-cigarettes-vaping/lung-health',
      },
      {
        title: 'E-Cigarettes & Vaping',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/quit-smoking/e-cigarettes-vaping',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'asbestos',
    name: 'Asbestos',
    forms: ['asbestos'],
    category: 'risk',
    summary:
      'A material made of tiny fibers that was once used a lot in buildings. Breathing in asbestos raises the risk of lung cancer.',
    details:
      'Asbestos is one of several harmful substances that can raise the risk of lung cancer. Others include uranium, arsenic and some other metals and chemicals. Risk factors add up, so people who were exposed to asbestos and also smoke face a higher risk. If you have been around asbestos or other harmful substances, at work or at home, tell your doctor.',
    related: ['mesothelioma', 'lung-cancer', 'risk-factor', 'pleura', 'smoking'],
    sources: [
      {
        title: 'Are you at risk for lung cancer?',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/lung-health-and-diseases/lung-disease-lookup/lung-cancer/navigator/concernedpathway/concerned-risk-factors.html',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'air-pollution',
    name: 'Air pollution',
    forms: ['air pollution', 'air pollutant', 'polluted air', 'particle pollution', 'particulate matter', 'PM2.5', 'smog'],
    category: 'risk',
    summary:
      'Harmful gases and tiny particles in the air, mostly from burning fuel in cars, power plants and fires. Breathing dirty air over time harms the lungs.',
    details:
      'Outdoor air pollution is a mix of many things. Ozone, also called smog, is a gas you cannot see. Particle pollution is made of very tiny bits of solids and liquids that you breathe in. There are also gases such as nitrogen dioxide, sulfur dioxide and carbon monoxide. On top of these, there are about 200 other toxic substances, and some of them can cause lung cancer. Most of it comes from cars and trucks, power plants, homes, factories and wildfires. Dirty air can set off asthma attacks, send people to the hospital and even kill. The Air Quality Index tells you when the air is unhealthy, so you can plan to spend less time outside.',
    related: ['risk-factor', 'lung-cancer', 'asthma', 'copd', 'radon'],
    sources: [
      {
        title: 'What Makes Outdoor Air Unhealthy',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/clean-air/outdoors/what-makes-air-unhealthy',
      },
      {
        title: 'Outdoor Air Pollution',
        publisher: 'American Lung Association',
        url: 'https://www.lung.org/our-initiatives/healthy-air/outdoor/air-pollution/index.html',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'shared-decision-making',
    name: 'Shared decision-making',
    forms: ['shared decision-making'],
    category: 'risk',
    summary:
      'A talk where you and your doctor or nurse weigh the pros and cons of a test or treatment. Then you choose what fits your needs and wishes.',
    details:
      'For lung cancer screening, this talk happens before your first scan. Medicare requires it. You and your clinician check whether you qualify, often using a printed or online decision aid. You go over what screening can and cannot do: it can find cancer early, but it can also lead to false alarms, more tests, radiation and finding cancers that would never have caused harm. You also talk about the need to repeat the scan every year, how other health problems might change the benefit, and, if you smoke, help to quit. There is no wrong answer. The goal is a choice that makes sense to you.',
    related: ['lung-cancer-screening', 'false-positive', 'overdiagnosis', 'medicare', 'primary-care-provider'],
    sources: [
      {
        title: 'National Coverage Determination: Lung Cancer Screening with Low Dose Computed Tomography (LDCT) (210.14)',
        publisher: 'Centers for Medicare & Medicaid Services',
        url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2&doctype=NCD&timeframe=30&sortBy=updated&bc=AAAACAAAAAAA',
      },
      {
        title: 'Lung Cancer Screening Guidelines',
        publisher: 'American Cancer Society',
        url: 'https://www.cancer.org/health-care-professionals/american-cancer-society-prevention-early-detection-guidelines/lung-cancer-screening-guidelines.html',
      },
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'false-positive',
    name: 'False positive',
    forms: ['false-positive'],
    category: 'risk',
    summary:
      'A test result that points to a problem, such as cancer, when there is none. It often means more tests before you learn that you are fine.',
    details:
      'Lung cancer screening scans often show small spots in the lungs. Most of them are not cancer. In fact, the great majority of positive screening results do not turn out to be lung cancer. Most false positives are sorted out by repeat scans over the following months. Some people need a biopsy or other procedure, and these carry their own risks. Waiting for answers can also cause worry. Screening centers that use a standard system, such as Lung-RADS, to report and follow up lung spots help keep needless tests down. Ask what your result means and what the next step is.',
    related: ['lung-cancer-screening', 'lung-nodule', 'low-dose-ct', 'lung-rads', 'biopsy'],
    sources: [
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'overdiagnosis',
    name: 'Overdiagnosis',
    forms: ['overdiagnosis', 'overdiagnoses', 'overdiagnosed', 'over-diagnosis', 'over-diagnosed'],
    category: 'risk',
    summary:
      'When screening finds a cancer that would never have caused symptoms or harm in your lifetime. Treating it brings side effects but no benefit.',
    details:
      'Some cancers grow so slowly that they would never cause trouble before a person dies of something else. Screening can find these, but doctors cannot yet tell them apart from cancers that will grow and spread. So they are usually treated, with surgery or other care that carries risks. This is one of the harms of lung cancer screening. Experts are not sure how often it happens, and estimates vary a lot from study to study. It is worth talking about before you decide to be screened.',
    related: ['lung-cancer-screening', 'false-positive', 'shared-decision-making', 'incidental-finding'],
    sources: [
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'incidental-finding',
    name: 'Incidental finding',
    forms: ['incidental finding', 'incidentaloma'],
    category: 'risk',
    summary:
      'Something a scan or test happens to show that is not what the doctor was looking for. Many are harmless, but some need more tests.',
    details:
      'A chest CT scan shows more than the lungs. It also takes in parts of the heart, blood vessels, bones and upper belly. So a scan done to screen for lung cancer, or for another reason, may show something unexpected. Some of these findings matter and are worth treating early. Many are harmless. Either way, they can lead to more visits, tests, costs and worry. Experts list incidental findings as one of the possible downsides of lung cancer screening, though there is not much research on how often they cause harm. If your report mentions one, ask your doctor what it means and whether anything needs to be done.',
    related: ['lung-cancer-screening', 'low-dose-ct', 'ct-scan', 'false-positive', 'lung-nodule'],
    sources: [
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'uspstf',
    name: 'US Preventive Services Task Force (USPSTF)',
    forms: ['USPSTF', 'preventive services task force'],
    category: 'risk',
    summary:
      'A US panel of health experts. It looks at the research and says who should get screening tests and other care to prevent disease, such as lung scans.',
    details:
      'The Task Force rates each piece of advice with a letter grade. A grade of A or B means it recommends the service, and Medicare can cover preventive services with those grades. In 2021 it gave lung cancer screening a B grade. It advises a yearly low-dose CT scan for adults aged 50 to 80 who have smoked at least 20 pack-years and still smoke or quit within the past 15 years. It advises stopping once a person has been smoke-free for 15 years, or has a health problem that would rule out lung surgery. Its advice is independent of the US government.',
    related: ['lung-cancer-screening', 'medicare', 'pack-year', 'shared-decision-making'],
    sources: [
      {
        title: 'Lung Cancer: Screening (Final Recommendation Statement)',
        publisher: 'U.S. Preventive Services Task Force',
        url: 'https://www.uspreventiveservicestaskforce.org/uspstf/recommendation/lung-cancer-screening',
      },
      {
        title: 'National Coverage Determination: Lung Cancer Screening with Low Dose Computed Tomography (LDCT) (210.14)',
        publisher: 'Centers for Medicare & Medicaid Services',
        url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2&doctype=NCD&timeframe=30&sortBy=updated&bc=AAAACAAAAAAA',
      },
    ],
    reviewed: '2026-11-26',
  },
  {
    id: 'medicare',
    name: 'Medicare',
    forms: ['medicare'],
    category: 'risk',
    summary:
      'Health insurance run by the US government for people 65 and older and some younger people who have a disability. It pays for a yearly lung scan for those at high risk.',
    details:
      'Since February 2022, Medicare covers a yearly low-dose CT scan to screen for lung cancer. To qualify you must be 50 to 77 years old, have no signs of lung cancer, have smoked at least 20 pack-years, and still smoke or have quit within the last 15 years. You also need an order for the scan. Before the first scan, Medicare requires a visit to talk through the benefits and harms, which is called shared decision-making. Note that Medicare stops at age 77, while the Task Force advice goes to age 80. Ask your plan about any costs before your visit.',
    related: ['lung-cancer-screening', 'uspstf', 'shared-decision-making', 'pack-year'],
    sources: [
      {
        title: 'National Coverage Determination: Lung Cancer Screening with Low Dose Computed Tomography (LDCT) (210.14)',
        publisher: 'Centers for Medicare & Medicaid Services',
        url: 'https://www.cms.gov/Medicare-Coverage-Database/view/ncd.aspx?ncdid=364&ncdver=2&doctype=NCD&timeframe=30&sortBy=updated&bc=AAAACAAAAAAA',
      },
    ],
    reviewed: '2026-11-26',
  },
];
