import type { ReviewRecord } from '../types';

/** Review records of the entries in entries/body.ts, by entry id. */
export const bodyReviews: Record<string, ReviewRecord> = {
  lungs: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html', supports: 'two sponge-like organs; three lobes on the right, two on the left, left smaller for the heart; windpipe, branching tubes, air sacs; a thin lining called the pleura; taking in oxygen and removing carbon dioxide' },
      { url: 'https://www.nhlbi.nih.gov/node/4461', supports: 'lungs bring in oxygen and remove carbon dioxide; gas exchange between the air sacs and the small blood vessels around them' },
      { url: 'https://www.cdc.gov/cancer/lung/basic_info/what-is-lung-cancer.htm', supports: 'cancer that starts in the lungs is lung cancer and may spread to lymph nodes or other organs' },
    ],
    changed: 'Fix round (fact-check report): details reworded where they followed CDC (spread to lymph nodes or organs) and ACS (the pleura sentence)',
  },
  airways: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/node/4461', supports: 'air enters the nose or mouth, goes down the windpipe, which divides into two bronchial tubes and smaller bronchioles ending in air sacs, where oxygen enters the blood' },
      { url: 'https://www.cancer.org/cancer/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html', supports: 'the trachea divides into the bronchi, which enter the lungs and divide into bronchioles ending in alveoli' },
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chronic-bronchitis', supports: 'in chronic bronchitis, a type of COPD, the bronchi become inflamed and scarred and make much mucus, causing a chronic cough and breathing problems' },
    ],
    changed: 'Fix round (fact-check report): summary now covers the whole path from nose and mouth to the small tubes, so it fits the form "respiratory tract"; details reordered (they followed the NHLBI windpipe-to-air-sacs chain)',
  },
  bronchi: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html', supports: 'the trachea divides into the bronchi, which enter the lungs and divide into smaller bronchioles ending in alveoli' },
      { url: 'https://www.nhlbi.nih.gov/node/4461', supports: 'the windpipe divides into two bronchial tubes and then smaller bronchioles ending in air sacs, where oxygen passes into the blood' },
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/chronic-bronchitis', supports: 'chronic bronchitis, a type of COPD: bronchi inflamed and scarred, much mucus, chronic cough and breathing problems; smoking most common cause; infection, secondhand smoke, fumes, air pollution' },
    ],
    changed: 'Fix round (fact-check report): first sentence now names the bronchi and their smaller branches, the bronchioles, so it holds for the form "bronchiole"; the chronic bronchitis sentences reworded (they followed the NCI definition)',
  },
  alveoli: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/node/4461', supports: 'gas exchange in the capillaries around the alveoli; oxygen passes through the thin walls into the blood and carbon dioxide passes out to be breathed out' },
      { url: 'https://www.cancer.org/cancer/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html', supports: 'alveoli are tiny air sacs at the end of the bronchioles; blood vessels absorb oxygen and pass carbon dioxide into them' },
    ],
    changed: 'Fix round (fact-check report): first sentence now begins "In the lungs" (alveolus also means a tooth socket on dental pages); dropped the sentence that followed NHLBI ("risk of serious health problems")',
  },
  trachea: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html', supports: 'air enters through the mouth and nose and goes into the lungs through the trachea (windpipe), which divides into the bronchi that enter the lungs and branch into smaller tubes ending in air sacs' },
      { url: 'https://www.nhlbi.nih.gov/node/4461', supports: 'air passes down the windpipe, which divides into two bronchial tubes at the bottom and branches into bronchioles and air sacs, where oxygen passes into the blood' },
    ],
    changed: 'Dropped the NCI PDQ citation (not returned by the search tool); NHLBI cited at the address returned; rewritten.',
  },
  pleura: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html', supports: 'a thin lining called the pleura protects the lungs and helps them slide as they expand and contract; the name pleural space (or pleural cavity)' },
      { url: 'https://cancer.org/cancer/lung-cancer/treating-non-small-cell/palliative.html', supports: 'the linings of the lung (visceral pleura) and chest wall (parietal pleura); fluid builds up outside the lung and presses on it (pleural effusion); pleurodesis makes the two linings stick together, sealing the space' },
    ],
    changed: 'Fix round (fact-check report): the wrong statement that the lungs sit in the pleural space is gone: the pleura has two layers (one on the lung, one lining the chest wall) and the pleural space is the narrow gap between them (ACS palliative page, now cited); summary reworded (it followed ACS)',
  },
  'spinal-cord': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/s/spinal_cord.html', supports: 'a long bundle of nerves, part of the central nervous system, inside the vertebrae, connecting to the brain; carries sensory signals up and motor signals down' },
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html', supports: 'cancer in the spinal bones can press on the cord (spinal cord compression), very serious; nerves for moving, feeling, bladder and bowel; back or neck pain among the earliest signs, then numbness and weakness; tell the doctor right away about new pain' },
    ],
    changed: 'Fix round (fact-check report): added when-to-get-help with the emergency the entry lacked: call 911 (or your local emergency number) or go to the ER for numb or weak legs or arms, trouble walking, or loss of bladder or bowel control (conservative emergency advice: ACS calls cord compression very serious but names no number), and tell the care team right away about new back or neck pain; compression sentence reworded',
  },
  spine: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/glossary/glossary/s/spinal_cord.html', supports: 'the spinal cord, a long bundle of nerves, runs inside the vertebrae, the bones of the spine' },
      { url: 'https://www.cancer.org/treatment/understanding-your-diagnosis/bone-metastasis/signs-symptoms.html', supports: 'cancer spread to bone can reach the spine; weakened bones break in everyday activities; sudden mid-back pain can mean a spine bone broke and collapsed; cancer in the spine can press on the cord; other things make bones hurt; tell the team right away about new pain' },
    ],
    changed: 'Fix round (fact-check report): added when-to-get-help with the emergency the entry lacked (911 (or your local emergency number) or ER for numb or weak legs or arms, trouble walking, loss of bladder or bowel control: conservative emergency advice, ACS names no number), and "tell your care team right away" about new back pain, as ACS says; fracture sentence reworded',
  },
  'lymph-nodes': {
    date: '2026-12-03',
    checks: [
      { url: 'https://cancer.org/cancer/non-hodgkin-lymphoma/about/types-of-non-hodgkin-lymphoma.html', supports: 'lymph nodes are bean-sized collections of lymphocytes and other immune cells throughout the body, including the chest, abdomen and pelvis, connected by lymphatic vessels; the lymph system is part of the immune system and moves fluids' },
      { url: 'https://www.cancer.org/cancer/types/non-hodgkin-lymphoma/about/what-is-non-hodgkin-lymphoma.html', supports: 'the lymph system is made up mainly of lymphocytes, a type of white blood cell, and helps fight infections' },
      { url: 'https://www.cdc.gov/cancer/lung/basic_info/what-is-lung-cancer.htm', supports: 'lung cancer may spread to lymph nodes' },
      { url: 'https://www.cancer.org/cancer/glossary/glossary/s/staging.html', supports: 'staging checks whether the cancer has spread to nearby lymph nodes, and how many' },
    ],
    changed: 'Fix round (fact-check report): summary and details reworded (they followed ACS)',
  },
  diaphragm: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.nhlbi.nih.gov/node/4461', supports: 'when you breathe in, the diaphragm contracts and moves down, enlarging the chest so the lungs expand; the muscles between the ribs contract to pull the rib cage up and out' },
      { url: 'https://www.cancer.org/cancer/lung-carcinoid-tumor/about/what-is-lung-carcinoid-tumor.html', supports: 'a thin, dome-shaped muscle below the lungs, the diaphragm, separates the chest from the abdomen' },
    ],
    changed: 'Fix round (fact-check report): first sentence now begins "In the body" (the same word names a birth-control device); summary and details reworded (they followed ACS and NHLBI)',
  },
  'bone-marrow': {
    date: '2026-12-03',
    checks: [
      { url: 'https://cancer.org/cancer/non-hodgkin-lymphoma/about/types-of-non-hodgkin-lymphoma.html', supports: 'bone marrow is the spongy tissue inside certain bones where new blood cells, including some lymphocytes, are made; a major site of lymph tissue; lymphomas can start anywhere there is lymph tissue' },
      { url: 'https://www.cancer.org/cancer/types/non-hodgkin-lymphoma/about/what-is-non-hodgkin-lymphoma.html', supports: 'the lymph system is part of the immune system, which fights infections and some other diseases; lymphoma is a cancer of lymphocytes, a type of white blood cell' },
    ],
    changed: 'Fix round (fact-check report): lymph-system sentence reworded (it followed ACS)',
  },
  'adrenal-glands': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/Common/PopUps/popDefinition.aspx?id=46678&language=English&version=Patient', supports: 'a pair of small, triangle-shaped glands on top of each kidney; steroid hormones and adrenaline; heart rate, blood pressure, blood sugar and the stress response; water and salt balance; also called suprarenal glands' },
    ],
    changed: 'Fix round (fact-check report): hormones sentence reworded (it followed NCI)',
  },
  liver: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/publications/dictionaries/cancer-terms/def/liver', supports: 'a large organ in the upper abdomen that cleanses the blood and makes bile for digestion; near the stomach, intestines, gallbladder and pancreas; right and left lobes' },
      { url: 'https://www.cancer.org/cancer/glossary/glossary/c/cancer.html', supports: 'a cancer that spreads keeps the name of where it started: colon cancer in the liver is still colon cancer' },
    ],
    changed: 'Fix round (fact-check report): summary reworded (it followed NCI); the organs it sits near reordered',
  },
};
