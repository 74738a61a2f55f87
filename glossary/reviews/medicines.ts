import type { ReviewRecord } from '../types';

/** Review records of the entries in entries/medicines.ts, by entry id. */
export const medicinesReviews: Record<string, ReviewRecord> = {
  chemotherapy: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/cancer/preventinfections/fever.htm', supports: 'a fever of 100.4°F (38°C) or higher during chemotherapy is a medical emergency and may be the only sign of a life-threatening infection; call the doctor immediately; keep a thermometer; know day and night numbers; tell the emergency room you get chemo' },
      { url: 'https://www.cdc.gov/cancer/preventinfections/neutropenia.htm', supports: 'chemo kills fast-growing cells, cancer cells and healthy white blood cells; white cells often drop 7 to 12 days after treatment; ask when counts will be lowest' },
      { url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/low-blood-counts/fever.html', supports: 'take your temperature when you feel warm, cold, chilled or unwell; ask the team what counts as a fever' },
      { url: 'https://www.cancer.org/cancer/laryngealandhypopharyngealcancer/laryngeal-and-hypopharyngeal-cancer-overview-treating-chemotherapy', supports: 'chemo usually goes into a vein or by mouth and spreads through the body; given in cycles of a few weeks with rest to recover; given with radiation, also after surgery; side effects depend on the drugs, dose and length; common side effects incl. infections, bruising and bleeding from low counts; most go away after treatment' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/treatmenttypes/chemotherapy/understandingchemotherapyaguideforpatientsandfamilies/understanding-chemotherapy-when-to-call-the-doctor', supports: 'tell the doctor right away about bleeding or unexplained bruising, a rash or allergic reaction such as swelling of the mouth or throat or trouble breathing, shortness of breath, and long-lasting vomiting or diarrhea' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'call 911 (or your local emergency number) if new shortness of breath starts suddenly and does not get better' },
    ],
    changed: 'Fix round: whenToGetHelp now puts the emergency-number line first (trouble breathing, a swollen mouth or throat, bleeding that will not stop, sudden confusion: the first from ACS, the rest no page from an allowed host was found for it (searched: MedlinePlus drug pages, FDA, NHS, CDC), so it is kept as conservative safety advice) and gives the CDC threshold of 100.4°F (38°C); first sentence now holds outside cancer ("kill fast-growing cells", CDC) and says "most often" a pill or a drip (ACS: usually); dropped the unsupported "low blood counts matter most"; reworded the cycles near-copy; added the ACS when-to-call and shortness-of-breath pages',
  },
  'targeted-therapy': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/targeted-therapy/side-effects.html', supports: 'side effects differ from chemo and depend on the drug and target; some few, some serious; rash and skin changes over days to weeks; most fade after treatment; long-term effects of new drugs not known; ask which side effects are common; report changes as soon as possible' },
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/targeted-therapy/side-effects.html', supports: 'targeted therapy acts on genes or proteins mainly found in cancer cells, limiting harm to healthy cells, which can carry the same proteins; cells most affected; some drugs damage the heart, lungs, kidneys or thyroid' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'targeted therapy can cause shortness of breath; call 911 (or your local emergency number) if it starts suddenly and does not get better' },
    ],
    changed: 'Fix round: removed the forms "targeted drug" ("targeted drug delivery") and "targeted treatment" (any aimed treatment); the first sentence no longer says "cancer treatment", so it holds for tyrosine kinase inhibitors used outside cancer; rewrote the ACS near-copy; the emergency line now names its signs (sudden breathlessness, from ACS; chest pain, no page from an allowed host was found for it (searched: MedlinePlus drug pages, FDA, NHS, CDC), so it is kept as conservative safety advice)',
  },
  immunotherapy: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/side-effects', supports: 'side effects come from the revved-up immune system acting on healthy cells and tissues; they depend on health before treatment, cancer type and stage, type and dose; can start at any point during or after long treatment; skin reactions at the needle site; rare severe or fatal allergic and inflammation-related reactions; ask what signs to look for' },
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/immunotherapy/immune-checkpoint-inhibitors.html', supports: 'cancer cells use immune checkpoints (off switches) to hide; checkpoint inhibitors block them so the immune system can find and attack cancer cells anywhere; they do not kill cancer cells directly' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'immunotherapy and allergic or infusion reactions can cause shortness of breath; call 911 (or your local emergency number) if it starts suddenly and does not get better' },
    ],
    changed: 'Fix round: details now start "In cancer care" (the summary also covers other immunotherapy) and are reworded away from the NCI sentences; safety reworded (rare severe reactions); the emergency line now names signs (trouble breathing, from ACS; a swollen face, lips or throat, chest pain, fainting, no page from an allowed host was found for it (searched: MedlinePlus drug pages, FDA, NHS, CDC), so it is kept as conservative safety advice)',
  },
  'pain-medicine': {
    date: '2026-12-03',
    checks: [
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/pain/non-opioids-and-other-drugs-to-treat-cancer-pain.html', supports: 'non-opioids (acetaminophen, NSAIDs) control mild to moderate pain; some sold without a prescription and stronger than people think; acetaminophen can damage the liver' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/pain/paindiary/pain-control-non-opioid-pain-medicines', supports: 'NSAIDs can irritate the stomach, cause bleeding and kidney problems; children and teens should not take aspirin; large acetaminophen doses can damage the liver' },
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/pain/opioid-pain-medicines-for-cancer-pain.html', supports: 'opioids treat moderate to severe pain and can be misused; pain medicines affect people differently, some cannot be given to older adults, young children or people with other conditions; they interact with other medicines; tell each doctor; take as prescribed; store securely; do not share' },
      { url: 'https://www.fda.gov/drugs/special-features/fda-releases-new-video-explaining-how-take-acetaminophen-safely', supports: 'check the drug facts label of every medicine for its active ingredient so as not to take too much acetaminophen' },
      { url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html', supports: 'naloxone reverses an opioid overdose and restores breathing; stay until emergency help arrives' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/pain/paindiary/pain-control-non-steroid-anti-inflammatory-drugs', supports: 'darker stools or unusual bruising are signs of bleeding with NSAIDs' },
    ],
    changed: 'Fix round: the emergency lines now cover acetaminophen overdose (Poison Control, even if the person seems fine: no page from an allowed host was found for it (searched: MedlinePlus drug pages, FDA, NHS, CDC), so it is kept as conservative safety advice) and NSAID stomach bleeding (vomiting blood, black stools with dizziness or fainting: the bleeding sign from ACS, the emergency level conservative), not only opioids; safety adds that children and teens should not take aspirin (ACS table); reworded the "not safe for older adults" near-copy; added the ACS NSAID page',
  },
  acetaminophen: {
    date: '2026-12-03',
    checks: [
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/pain/non-opioids-and-other-drugs-to-treat-cancer-pain.html', supports: 'relieves pain like NSAIDs but less swelling; rare side effects at usual doses; liver and kidney damage with large doses or alcohol; may hide a fever during chemo, so the doctor may advise against regular use' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/pain/paindiary/pain-control-non-opioid-pain-medicines', supports: 'reduces pain and fever; large doses can damage the liver and kidneys; 3 or more alcoholic drinks a day may cause liver damage' },
      { url: 'https://www.fda.gov/drugs/special-features/fda-releases-new-video-explaining-how-take-acetaminophen-safely', supports: 'found in hundreds of prescription and over-the-counter medicines, including allergy medicines; check drug facts labels to avoid taking too much' },
      { url: 'https://www.fda.gov/drugs/information-drug-class/acetaminophen', supports: 'an ingredient in cough, cold, flu, allergy and sleep medicines; can cause serious liver damage if more than directed is used' },
      { url: 'https://www.fda.gov/drugs/safe-use-over-counter-pain-relievers-and-fever-reducers/health-bulletin-use-caution-pain-relievers-acetaminophen', supports: 'taking too much can cause serious liver damage; about 600 products contain it; do not take more than the label dose, for more days than recommended, or two products with it at once; more than the dose gives no more relief' },
    ],
    changed: 'Fix round: whenToGetHelp now gives the Poison Control number (1-800-222-1222 in the US) and says to get help even if the person seems fine because liver damage may not show at first, with the emergency number for a drowsy or hard-to-wake person (no page from an allowed host was found for it (searched: MedlinePlus drug pages, FDA, NHS, CDC), so it is kept as conservative safety advice); safety adds who should ask first (3 or more drinks a day: ACS; liver disease: conservative) and the FDA bulletin facts (no extra relief, not for more days than the label says)',
  },
  'checkpoint-inhibitor': {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/treatment-types/immunotherapy/immune-checkpoint-inhibitors.html', supports: 'checkpoints act as switches that stop the immune system attacking its own tissues; cancer cells use them to hide; inhibitors are lab-made antibodies that block the signal; they do not kill cancer cells directly; PD-1 on T cells (pembrolizumab, nivolumab, cemiplimab), PD-L1 on some normal and cancer cells (atezolizumab); mostly given into a vein' },
      { url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/side-effects', supports: 'the revved-up immune system can act against healthy cells and tissues; side effects can start during or after treatment; rare severe or fatal reactions; ask which signs to look for' },
      { url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors', supports: 'checkpoint proteins on T cells bind partner proteins on other cells and send an off signal; some tumors make lots of PD-L1; inhibitors block the binding; one drug acts against CTLA-4' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/shortness-of-breath.html', supports: 'immunotherapy can cause shortness of breath; call 911 (or your local emergency number) if it starts suddenly and does not get better' },
    ],
    changed: 'Fix round: the summary no longer says the drugs block switches on immune cells (wrong for PD-L1 drugs) and its first sentence now holds for any checkpoint inhibitor; details reworded away from the ACS sentences, with CTLA-4 now backed by the NCI checkpoint page; "even months after your last dose" became "even after treatment ends" (NCI); the emergency line names signs (trouble breathing from ACS; the rest no page from an allowed host was found for it (searched: MedlinePlus drug pages, FDA, NHS, CDC), so it is kept as conservative safety advice). The forms durvalumab, Imfinzi and ipilimumab are kept (they are checkpoint inhibitors) but no saved text names them',
  },
  opioids: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cdc.gov/stop-overdose/response/index.html', supports: 'signs of an overdose (cannot be woken, slow or stopped breathing, choking or gurgling, tiny pupils, color change of lips or nails) and what to do: call 911 (or your local emergency number), give naloxone, keep the person awake, on their side, stay' },
      { url: 'https://www.cdc.gov/stop-overdose/caring/naloxone.html', supports: 'naloxone reverses an opioid overdose, including heroin and fentanyl, and anyone can use it' },
      { url: 'https://www.cdc.gov/drugoverdose/opioids/odprevention.html', supports: 'opioids can be abused and lead to addiction; methadone and buprenorphine with counseling treat addiction' },
      { url: 'https://www.cancer.org/treatment/treatments-and-side-effects/physical-side-effects/pain/opioid-pain-medicines-for-cancer-pain.html', supports: 'opioids can be misused, but not everyone who uses them becomes addicted; take only as prescribed, store securely, never share; even small doses with alcohol or tranquilizers are dangerous' },
      { url: 'https://www.cancer.org/cancer/managing-cancer/side-effects/pain/cancer-pain/opioid-pain-medicines-for-cancer-pain.html', supports: 'opioids (opiates, narcotics) attach to pain receptors in the brain and body to block pain; treat moderate to severe pain; list incl. fentanyl, hydrocodone, oxycodone, tramadol; long- and short-acting forms' },
      { url: 'https://www.fda.gov/Drugs/DrugSafety/ucm518473.htm', supports: 'opioids combined with benzodiazepines or other drugs that slow the brain have caused slowed or difficult breathing and deaths' },
    ],
    changed: 'Fix round: safety now says not to mix opioids with alcohol, sleeping pills, benzodiazepines or other sedating drugs, since even small doses together can stop breathing (ACS and the FDA boxed-warning page, added), instead of "talk to your doctor"; rewrote the ACS "pain receptors" near-copy; dropped the unsupported "patch" and "sold over the counter"',
  },
  nsaids: {
    date: '2026-12-03',
    checks: [
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/pain/paindiary/pain-control-non-steroid-anti-inflammatory-drugs', supports: 'avoid NSAIDs if allergic to aspirin or any NSAID, on chemo, taking steroids, blood pressure medicine, blood thinners, lithium or diabetes or gout pills, with ulcers, gout, bleeding disorders or kidney problems, or surgery within a week; alcohol and smoking raise stomach bleeding risk; heart attack or stroke risk, especially with long use; upset stomach, especially in older people, less with food; platelets work less well so bleeding lasts longer; darker stools or unusual bruising are signs of bleeding; children and teens should not take aspirin' },
      { url: 'https://www.cancer.org/treatment/treatmentsandsideeffects/physicalsideeffects/pain/paindiary/pain-control-non-opioid-pain-medicines', supports: 'NSAIDs (ibuprofen, naproxen) reduce pain, inflammation and fever; can irritate the stomach, cause stomach bleeding and kidney problems; may raise the risk of stroke or heart attack' },
      { url: 'https://cancer.org/treatment/treatments-and-side-effects/physical-side-effects/pain/non-opioids-and-other-drugs-to-treat-cancer-pain.html', supports: 'some NSAIDs are sold without a prescription; ask before taking them with other medicines' },
      { url: 'https://www.ninds.nih.gov/health-information/public-education/know-stroke', supports: 'sudden one-sided weakness or trouble speaking are stroke signs: call 911 (or your local emergency number)' },
    ],
    changed: 'Fix round: removed the forms "anti-inflammatory drug" and "anti-inflammatory medicine" (steroids are anti-inflammatory drugs too); added an emergency-number line first for vomiting blood or black stools with dizziness or fainting, signs of stroke (NINDS) or heart attack, and face or throat swelling (the bleeding and heart signs as conservative advice: no page from an allowed host was found for it (searched: MedlinePlus drug pages, FDA, NHS, CDC), so it is kept as conservative safety advice); safety adds aspirin/NSAID allergy, surgery within a week and diabetes or gout pills (ACS); "mostly" became "more so the longer" and "most of all" (ACS: especially); reworded the platelets near-copy',
  },
  'nicotine-replacement': {
    date: '2026-12-03',
    checks: [
      { url: 'https://smokefree.gov/tools-tips/how-to-quit/using-nicotine-replacement-therapy', supports: 'NRT gives a small controlled amount of nicotine without the other chemicals and eases withdrawal and cravings; quit medicines can double your chances; safe and effective, some mild to moderate side effects; patch, gum and lozenge over the counter, inhaler and spray by prescription; it cannot take away all urges, so combine with other strategies' },
      { url: 'https://www.cdc.gov/tobacco/campaign/tips/quit-smoking/quit-smoking-medications/how-to-use-quit-smoking-medicines/index.html', supports: 'quit medicines are NRT (patch, lozenge, gum, oral inhaler, nasal spray) and pills (varenicline, bupropion); read the labels; pregnant, breastfeeding or under 18: talk to a doctor first' },
      { url: 'https://www.cdc.gov/tobacco/campaign/tips/quit-smoking/quit-smoking-medications/which-quit-smoking-medicine-is-right-for-you/index.html', supports: 'FDA-approved and safe and effective for adults; some medicines are not right for people with serious medical conditions; talk to the doctor right away if you feel down or depressed' },
      { url: 'https://www.cdc.gov/tobacco/quit_smoking/cessation/faq-about-1-800-quit-now/index.html', supports: '1-800-QUIT-NOW is a free US number that links callers to their state quitline' },
    ],
    changed: 'Fix round: the prescription rule and the quitline are now marked as US only; reworded the smokefree.gov near-copy; "prescription pills" became "quit-smoking pills with no nicotine"; added what to do if a child swallows gum or a lozenge or chews a patch (Poison Control or the emergency number) and signs of too much nicotine (sickness, dizziness, racing or uneven heartbeat), and heart disease as an example of a serious health problem, all as conservative advice: no page from an allowed host was found for it (searched: MedlinePlus drug pages, FDA, NHS, CDC), so it is kept as conservative safety advice',
  },
};
