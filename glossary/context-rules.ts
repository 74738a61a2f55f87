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
 * - Proper names need no data: a lower-case form written with a capital in the middle of a
 *   sentence of prose is part of a name or a title ("the Liver Building", "Hitchcock's Vertigo").
 */
export interface ContextRules {
  placeCodes: readonly string[];
  timeZones: readonly string[];
  eventNames: readonly string[];
  starSigns: readonly string[];
  /**
   * Form → words of its other sense, lower case. A lower-case form applies in any case, one with
   * capitals only as written; words are compared with one space between them ("false positive").
   */
  otherSenses: Readonly<Record<string, readonly string[]>>;
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
/** Software and the internet, where a "false positive" or a "diagnosis" is a program's. */
const SOFTWARE = ['software', 'antivirus', 'malware', 'virus scanner', 'scanners', 'installer', 'spam', 'firewall', 'developer', 'app', 'test suite', 'dashboard', 'error code'];

/** Words of another sense, by form. */
export const OTHER_SENSES: ContextRules['otherSenses'] = {
  // A motor race.
  GP: ['grand prix', 'formula', 'f1', 'motogp', 'grid', 'pole', 'lap', 'laps', 'podium', 'qualifying', 'circuit', 'race', 'racing', 'driver', 'drivers'],
  benign: [...ECONOMY, 'outlook', 'neglect'],
  anemic: [...ECONOMY, ...REVIEWS, 'growth', 'sales', 'demand', 'recovery', 'turnout', 'evidence'],
  anaemic: [...ECONOMY, ...REVIEWS, 'growth', 'sales', 'demand', 'recovery', 'turnout', 'evidence'],
  headache: ECONOMY,
  prognosis: ECONOMY,
  'false positive': SOFTWARE,
  // Machines and software.
  diagnosis: [...SOFTWARE, 'mechanic', 'engine', 'fault', 'faults', 'vehicle'],
  // The stage, and a politician's meeting with constituents.
  staging: ['theatre', 'theater', 'play', 'production', 'musical', 'opera', 'festival', 'protest', 'comeback', 'concert'],
  surgery: ['constituents', 'constituency', 'mp', 'councillor', 'gearbox'],
  // Books and sports teams.
  spine: ['book', 'books', 'paperback', 'hardback', 'novel', 'bookshelf', 'midfielder', 'midfield', 'goalkeeper', 'squad', 'striker'],
  // A craze.
  fever: ['world cup', 'olympic', 'olympics', 'football', 'fans', 'election', 'sweeping', 'swept', 'gripped', 'grips', 'mania'],
  // The kitchen.
  'bone marrow': ['roasted', 'toast', 'chef', 'menu', 'starter', 'recipe', 'restaurant', 'sourdough'],
};

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
    otherSenses: Object.fromEntries(
      Object.entries({ ...OTHER_SENSES, ...Object.fromEntries([...STAR_SIGNS].map((sign) => [sign, ASTROLOGY])) }).filter(([form]) =>
        lowerForms.has(senseKey(form)),
      ),
    ),
  };
}
