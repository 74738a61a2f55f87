/**
 * When a term's form, though written right, means something else: rules the matcher applies to
 * each match after finding it (content/context-rules.ts), beside the look-alike phrases
 * (look-alikes.ts), which cover a fixed neighbouring word ("PET bottle", "smoking hot").
 *
 * Each rule is a kind of context, not a list of sentences:
 * - Place codes: a form that is also a US postal code ("CT", Connecticut) means the place after a
 *   capitalised name and a comma ("Hartford, CT") or before a ZIP code ("CT 06103").
 * - Time zones: a form that is also a time zone ("CT", Central Time) means the zone after a time
 *   ("7 p.m. CT", "19:30 CT").
 * - Named events: a form that is also an event's short name means the event after "the" and a
 *   capitalised name ("the Japanese GP").
 * - Star signs: a form that is also a sign of the zodiac ("Cancer"), written with its capital,
 *   means the sign in a horoscope ("Cancer: a good week for…") or beside other signs and the words
 *   of astrology.
 * - Other senses nearby: a form means something else when words of that other sense appear in the
 *   same text ("GP" near "pole" or "lap" is a Grand Prix; "benign" near "inflation" is economics).
 * - Proper names: a lower-case form written with a capital in the middle of a sentence of prose,
 *   or before another capitalised word, is part of a name or a title ("the Liver Building",
 *   "Dizzy Gillespie"); so is a capitalised one beside the words of films, books and music
 *   ("Vertigo is often voted the greatest film").
 */
export interface ContextRules {
  placeCodes: readonly string[];
  timeZones: readonly string[];
  eventNames: readonly string[];
  starSigns: readonly string[];
  /** Words that make a capitalised word the title of a work ("film", "album"). */
  titleWords: readonly string[];
  /**
   * Forms with another sense, and that sense's words (lower case). A lower-case form applies in
   * any case, one with capitals only as written; forms are compared with one space between words.
   */
  otherSenses: readonly { forms: readonly string[]; words: readonly string[] }[];
}

/** The two-letter postal codes of the US states, DC and territories. */
const US_POSTAL_CODES = new Set(
  ('AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA ' +
    'RI SC SD TN TX UT VT VA WA WV WI WY AS GU MP PR VI').split(' '),
);
const TIME_ZONES = new Set('ET CT MT PT EST CST MST PST EDT CDT MDT PDT GMT BST UTC'.split(' '));
const EVENT_NAMES = new Set(['GP']);
const STAR_SIGNS = new Set(['Aries', 'Taurus', 'Gemini', 'Cancer', 'Leo', 'Virgo', 'Libra', 'Scorpio', 'Sagittarius', 'Capricorn', 'Aquarius', 'Pisces']);

/** Money and markets: where "benign", "anaemic", "a headache" and "the prognosis" are the economy's. */
const ECONOMY = ['inflation', 'economy', 'economic', 'economists', 'market', 'markets', 'interest rate', 'interest rates', 'central bank', 'prices', 'earnings', 'profits', 'investors', 'shares', 'stocks'];
/** Reviews of shows, books and games, where "anaemic" means flat. */
const REVIEWS = ['episode', 'series', 'film', 'album', 'novel', 'plot', 'script', 'performance', 'box office', 'season'];
/** Software and the internet, where a "false positive", a "side effect" or a "diagnosis" is a program's. */
const SOFTWARE = ['software', 'antivirus', 'malware', 'virus scanner', 'scanners', 'installer', 'spam', 'firewall', 'developer', 'app', 'test suite', 'dashboard', 'error code', 'parser', 'function', 'refactor', 'bug fix'];
/** Films, books and music: beside these, a capitalised word is a title. */
const TITLE_WORDS = ['film', 'films', 'movie', 'album', 'albums', 'song', 'single', 'track', 'band', 'novel', 'book', 'episode', 'series', 'sitcom', 'director', 'hitchcock'];

/** The other senses: the forms that have one, and the words that give it away nearby. */
export const OTHER_SENSES: ContextRules['otherSenses'] = [
  // A motor race.
  { forms: ['GP'], words: ['grand prix', 'formula', 'f1', 'motogp', 'grid', 'pole', 'lap', 'laps', 'podium', 'qualifying', 'circuit', 'race', 'racing', 'driver', 'drivers'] },
  // Money and markets: mild, weak, tired, a worry, an outlook.
  { forms: ['benign', 'anemic', 'anaemic', 'headache', 'prognosis', 'fatigue', 'risk factor'], words: ECONOMY },
  // Company filings list their risk factors too.
  { forms: ['risk factor'], words: ['shareholders', 'securities', 'annual report', 'forward-looking', 'fiscal', 'quarterly', 'revenue'] },
  // Balance in work and life, in accounts and in games.
  { forms: ['balance problem', 'balance problems'], words: ['work-life', 'work life', 'account', 'bank', 'payment', 'budget', 'game', 'gameplay'] },
  { forms: ['benign'], words: ['outlook', 'neglect'] },
  { forms: ['anemic', 'anaemic'], words: [...REVIEWS, 'growth', 'sales', 'demand', 'recovery', 'turnout', 'evidence'] },
  // Programs and machines.
  { forms: ['false positive', 'side effect', 'diagnosis'], words: SOFTWARE },
  { forms: ['diagnosis'], words: ['mechanic', 'engine', 'fault', 'faults', 'vehicle'] },
  // Metal, and voters, tire too.
  { forms: ['fatigue'], words: ['metal', 'wing', 'airframe', 'voter', 'voters', 'donor', 'compassion'] },
  // Speakers, cameras and pumps have diaphragms.
  { forms: ['diaphragm'], words: ['speaker', 'speakers', 'microphone', 'bass', 'tweeter', 'camera', 'lens', 'aperture', 'pump', 'valve'] },
  // Birth control, teeth and infections use some of the same words.
  { forms: ['diaphragm'], words: ['contraceptive', 'contraception', 'birth control', 'spermicide', 'cervical cap'] },
  { forms: ['alveolus', 'alveoli'], words: ['tooth', 'teeth', 'dental', 'dentist', 'socket', 'jaw'] },
  { forms: ['spread to the bone'], words: ['infection', 'osteomyelitis', 'bacteria', 'antibiotics'] },
  // The church and the courts remit fees, sins and sentences.
  { forms: ['remission'], words: ['sins', 'fees', 'fee', 'debt', 'debts', 'tax', 'taxes', 'papal', 'pilgrims', 'sentence', 'prison'] },
  // eGFR, the kidneys' filtration rate, is often written EGFR on lab reports.
  { forms: ['EGFR'], words: ['kidney', 'kidneys', 'renal', 'creatinine', 'filtration', 'ml/min', 'egfr is'] },
  // The kitchen.
  { forms: ['liver', 'bone marrow'], words: ['onions', 'bacon', 'pâté', 'pate', 'recipe', 'dinner', 'fried', 'roasted', 'toast', 'chef', 'menu', 'starter', 'restaurant', 'sourdough'] },
  // The stage, and a politician's meeting with constituents.
  { forms: ['staging'], words: ['theatre', 'theater', 'play', 'production', 'musical', 'opera', 'festival', 'protest', 'comeback', 'concert'] },
  { forms: ['surgery'], words: ['constituents', 'constituency', 'mp', 'councillor', 'gearbox'] },
  // Books and sports teams.
  { forms: ['spine'], words: ['book', 'books', 'paperback', 'hardback', 'novel', 'bookshelf', 'midfielder', 'midfield', 'goalkeeper', 'squad', 'striker'] },
  // A craze.
  { forms: ['fever'], words: ['world cup', 'olympic', 'olympics', 'football', 'fans', 'election', 'sweeping', 'swept', 'gripped', 'grips', 'mania'] },
];

/** Words that, beside a capitalised star sign, make it the sign: the other signs and astrology's words. */
export const ASTROLOGY = [...STAR_SIGNS].map((sign) => sign.toLowerCase()).concat(['horoscope', 'zodiac', 'astrology', 'star sign', 'water sign', 'fire sign', 'earth sign', 'air sign', 'ruling planet', 'ruled by', 'constellation']);

/** A form as the other-senses rules compare it: lower case, one space between words. */
const senseKey = (form: string) => form.toLowerCase().replace(/[\s\u2010\u2011-]+/g, ' ');

/** The rules for a set of forms: only the codes, names and senses of words that are forms are carried. */
export function contextRulesFor(forms: readonly string[]): ContextRules {
  const lowerForms = new Set(forms.map(senseKey));
  return {
    placeCodes: forms.filter((form) => US_POSTAL_CODES.has(form)),
    timeZones: forms.filter((form) => TIME_ZONES.has(form)),
    eventNames: forms.filter((form) => EVENT_NAMES.has(form)),
    // A sign is carried in its written form (the glossary has "cancer", matching "Cancer").
    starSigns: [...STAR_SIGNS].filter((sign) => forms.includes(sign.toLowerCase()) || forms.includes(sign)),
    titleWords: TITLE_WORDS,
    otherSenses: [...OTHER_SENSES, { forms: [...STAR_SIGNS], words: ASTROLOGY }]
      .map((sense) => ({ ...sense, forms: sense.forms.filter((form) => lowerForms.has(senseKey(form))) }))
      .filter((sense) => sense.forms.length > 0),
  };
}
