/**
 * Realistic action plans for the bench, from a seeded generator so every run sends the same
 * portfolio: 1 to 5 activities, 1 to 3 countries (Guatemala, Honduras and El Salvador most often),
 * one or two themes of citizen-security work, each with its DAC sectors, program areas, goals and
 * wording, periods from 2025 to 2031, and budgets from a few hundred thousand to tens of millions.
 */

export interface PlanBody {
  title: string;
  summary: string;
  countries: string[];
  goals: string[];
  programAreas: string[];
  escaComponents: string[];
  period: { start: string; end: string };
  participants: { partnerCode: string; role: 'FUNDING' | 'ACCOUNTABLE' | 'EXTENDING' | 'IMPLEMENTING' }[];
  activities: {
    title: string;
    description: string;
    country: string;
    sector: string;
    period: { start: string; end: string };
    budget: { amount: string; currency: string };
  }[];
  budget: { amount: string; currency: string };
  indicators: { name: string; unit: string; baseline: string; target: string; targetDate: string }[];
}

/** A small, fast, seeded PRNG (mulberry32). */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, weight]) => sum + weight, 0);
    let roll = this.next() * total;
    for (const [item, weight] of items) {
      roll -= weight;
      if (roll < 0) return item;
    }
    return items[items.length - 1][0];
  }

  /** `count` distinct items, weighted. */
  distinct<T>(items: readonly (readonly [T, number])[], count: number): T[] {
    const left = [...items];
    const chosen: T[] = [];
    while (chosen.length < count && left.length > 0) {
      const item = this.weighted(left);
      chosen.push(item);
      left.splice(
        left.findIndex(([candidate]) => candidate === item),
        1,
      );
    }
    return chosen;
  }
}

/** Countries weighted by how much CARSI work goes to them. */
export const COUNTRIES: readonly (readonly [string, number])[] = [
  ['GT', 22],
  ['HN', 22],
  ['SV', 20],
  ['PA', 10],
  ['CR', 10],
  ['NI', 8],
  ['BZ', 8],
];

/** Lead partners weighted by how many plans they propose. */
export const LEAD_PARTNERS: readonly (readonly [string, number])[] = [
  ['US', 26],
  ['EU', 12],
  ['IDB', 10],
  ['CA', 8],
  ['ES', 8],
  ['WB', 7],
  ['UN', 7],
  ['MX', 6],
  ['CO', 5],
  ['OAS', 5],
  ['CL', 3],
  ['SICA', 3],
];

const PLACES: Record<string, string[]> = {
  GT: ['Guatemala City', 'Quetzaltenango', 'Escuintla', 'Chiquimula', 'Zacapa', 'Huehuetenango', 'Mixco', 'Villa Nueva'],
  HN: ['San Pedro Sula', 'Tegucigalpa', 'La Ceiba', 'Choloma', 'El Progreso', 'Comayagua', 'Puerto Cortes', 'Olancho'],
  SV: ['San Salvador', 'Soyapango', 'Santa Ana', 'San Miguel', 'Apopa', 'Mejicanos', 'Usulutan', 'La Libertad'],
  PA: ['Panama City', 'Colon', 'Darien', 'San Miguelito', 'Chiriqui', 'Bocas del Toro'],
  CR: ['San Jose', 'Limon', 'Puntarenas', 'Alajuela', 'Guanacaste', 'Desamparados'],
  NI: ['Managua', 'Leon', 'Bluefields', 'Chinandega', 'Matagalpa', 'Esteli'],
  BZ: ['Belize City', 'Orange Walk', 'Cayo', 'Corozal', 'Stann Creek', 'Toledo'],
};

interface Theme {
  name: string;
  goals: string[];
  programAreas: string[];
  esca: string[];
  sectors: string[];
  titles: string[];
  objects: string[];
  activities: string[];
  details: string[];
  indicators: [string, string][];
}

const THEMES: Theme[] = [
  {
    name: 'community policing',
    goals: ['SAFE_STREETS', 'STATE_PRESENCE'],
    programAreas: ['PREVENTION', 'LAW_ENFORCEMENT'],
    esca: ['VIOLENCE_PREVENTION', 'COMBAT_CRIME'],
    sectors: ['15132', '15220', '15112'],
    titles: ['Community policing', 'Neighbourhood safety', 'Proximity policing', 'Safer municipalities'],
    objects: ['model precincts', 'community police units', 'municipal safety councils', 'citizen security observatories'],
    activities: ['Model precincts', 'Patrol officer training', 'Municipal crime mapping', 'Community safety councils', 'Police station refurbishment'],
    details: ['train and equip community police officers', 'map crime hot spots with municipal data', 'set up joint patrol schedules with neighbourhood leaders', 'refurbish and staff local police posts'],
    indicators: [['Homicides per 100,000 people', 'rate'], ['Reported robberies', 'count']],
  },
  {
    name: 'youth violence prevention',
    goals: ['SAFE_STREETS', 'STATE_PRESENCE'],
    programAreas: ['PREVENTION'],
    esca: ['VIOLENCE_PREVENTION'],
    sectors: ['11330', '16010', '15220', '15180'],
    titles: ['Youth violence prevention', 'Second chances for at-risk youth', 'Outreach centres for young people', 'Safe schools'],
    objects: ['youth outreach centres', 'vocational training for at-risk youth', 'school violence prevention', 'mentoring networks'],
    activities: ['Youth outreach centres', 'Vocational training', 'School-based prevention', 'Family counselling', 'Sports and culture leagues'],
    details: ['offer apprenticeships to young people leaving gangs', 'run after-school programmes in high-risk neighbourhoods', 'counsel families of youth at risk', 'train teachers to detect and defuse violence'],
    indicators: [['Young people completing training', 'count'], ['School dropout rate', 'percent']],
  },
  {
    name: 'counter-narcotics',
    goals: ['DISRUPT_TRAFFICKING'],
    programAreas: ['LAW_ENFORCEMENT'],
    esca: ['COMBAT_CRIME'],
    sectors: ['16063', '15240', '15136', '15210'],
    titles: ['Maritime interdiction', 'Counter-narcotics capacity', 'Border security', 'Port container control'],
    objects: ['coastal interdiction units', 'port container inspection', 'land border crossings', 'vetted investigative units'],
    activities: ['Interdiction boats and crews', 'Container scanning', 'Border post modernisation', 'Vetted unit mentoring', 'Canine detection teams'],
    details: ['equip and train coast guard crews for interdiction at sea', 'install scanners and risk profiling at container ports', 'modernise border posts with biometric controls', 'mentor vetted units investigating trafficking networks'],
    indicators: [['Seizures of illicit drugs', 'tonnes'], ['Containers inspected', 'count']],
  },
  {
    name: 'justice reform',
    goals: ['ACCOUNTABLE_GOVERNMENT'],
    programAreas: ['JUSTICE_CAPACITY'],
    esca: ['INSTITUTIONAL_STRENGTHENING'],
    sectors: ['15130', '15134', '15160', '15113'],
    titles: ['Justice sector reform', 'Faster criminal courts', 'Prosecutors for accountability', 'Access to justice'],
    objects: ['criminal case management', 'public prosecutor offices', 'legal aid clinics', 'judicial training schools'],
    activities: ['Case management system', 'Prosecutor training', 'Legal aid clinics', 'Forensic laboratories', 'Judicial ethics inspectorate'],
    details: ['deploy electronic case tracking across criminal courts', 'train prosecutors in oral trials and evidence handling', 'open legal aid clinics for victims', 'equip forensic laboratories to accredited standards'],
    indicators: [['Criminal cases resolved within a year', 'percent'], ['Conviction rate for homicide', 'percent']],
  },
  {
    name: 'anti-corruption',
    goals: ['ACCOUNTABLE_GOVERNMENT'],
    programAreas: ['JUSTICE_CAPACITY'],
    esca: ['INSTITUTIONAL_STRENGTHENING'],
    sectors: ['15113', '15130'],
    titles: ['Anti-corruption institutions', 'Integrity in public procurement', 'Financial investigations'],
    objects: ['anti-corruption prosecutors', 'financial intelligence units', 'asset recovery offices'],
    activities: ['Financial intelligence unit', 'Asset declaration audits', 'Procurement monitoring', 'Whistle-blower protection'],
    details: ['strengthen financial intelligence analysis of suspicious transactions', 'audit asset declarations of senior officials', 'monitor public procurement with open data', 'protect whistle-blowers reporting corruption'],
    indicators: [['Corruption cases prosecuted', 'count'], ['Assets recovered', 'USD']],
  },
  {
    name: 'prisons',
    goals: ['ACCOUNTABLE_GOVERNMENT', 'SAFE_STREETS'],
    programAreas: ['JUSTICE_CAPACITY'],
    esca: ['REHABILITATION_AND_PRISONS'],
    sectors: ['15137', '15240', '11330'],
    titles: ['Prison management', 'Rehabilitation and reinsertion', 'Penitentiary security'],
    objects: ['prison classification systems', 'rehabilitation workshops', 'penitentiary guard academies'],
    activities: ['Guard academy', 'Inmate classification', 'Rehabilitation workshops', 'Post-release support'],
    details: ['train penitentiary guards in humane and secure custody', 'classify inmates by risk to curb gang control', 'run workshops preparing inmates for release', 'support released inmates with jobs and housing'],
    indicators: [['Recidivism within two years', 'percent'], ['Prison overcrowding', 'percent']],
  },
  {
    name: 'gender-based violence',
    goals: ['SAFE_STREETS'],
    programAreas: ['PREVENTION'],
    esca: ['VIOLENCE_PREVENTION'],
    sectors: ['15180', '15160', '16010'],
    titles: ['Ending violence against women', 'Protection for survivors', 'Women safe cities'],
    objects: ['survivor protection centres', 'specialised prosecution units', 'women safe spaces'],
    activities: ['Survivor shelters', 'Specialised courts', 'Police response protocols', 'Awareness campaigns'],
    details: ['open shelters and hotlines for survivors of violence', 'train police in survivor-centred response', 'set up specialised courts for femicide cases', 'run awareness campaigns in schools and markets'],
    indicators: [['Femicides per 100,000 women', 'rate'], ['Survivors assisted', 'count']],
  },
  {
    name: 'regional cooperation',
    goals: ['REGIONAL_COOPERATION', 'DISRUPT_TRAFFICKING'],
    programAreas: ['LAW_ENFORCEMENT'],
    esca: ['COMBAT_CRIME', 'INSTITUTIONAL_STRENGTHENING'],
    sectors: ['15210', '15136'],
    titles: ['Regional information sharing', 'Cross-border investigations', 'Regional security coordination'],
    objects: ['regional criminal databases', 'joint investigation teams', 'regional training centres'],
    activities: ['Regional criminal records exchange', 'Joint investigation teams', 'Regional training centre', 'Extradition cooperation'],
    details: ['connect national criminal records for regional queries', 'form joint teams investigating cross-border gangs', 'train officers of several countries together', 'speed up extradition requests between countries'],
    indicators: [['Regional queries answered', 'count'], ['Joint operations', 'count']],
  },
];

const CURRENCIES: readonly (readonly [string, number])[] = [
  ['USD', 80],
  ['EUR', 12],
  ['CAD', 5],
  ['GBP', 3],
];

const GOV_OF: Record<string, string> = Object.fromEntries(COUNTRIES.map(([country]) => [country, `GOV-${country}`]));

function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A period of `months` months starting on the first of (year, month). */
function periodOf(year: number, month: number, months: number): { start: string; end: string } {
  const endIndex = year * 12 + (month - 1) + months - 1;
  const endYear = Math.floor(endIndex / 12);
  const endMonth = (endIndex % 12) + 1;
  return { start: isoDate(year, month, 1), end: isoDate(endYear, endMonth, lastDay(endYear, endMonth)) };
}

/** Splits `total` cents into `parts` positive shares. */
function split(random: Random, totalCents: number, parts: number): number[] {
  const weights = Array.from({ length: parts }, () => 0.5 + random.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((weight) => Math.max(100, Math.floor((totalCents * weight) / sum)));
  shares[shares.length - 1] = totalCents - shares.slice(0, -1).reduce((a, b) => a + b, 0);
  return shares;
}

function money(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

/** Words that make each plan's text its own: who it serves, how, with whom, under what name. */
const GROUPS = [
  'adolescent girls', 'returning migrants', 'street vendors', 'bus drivers', 'fishing cooperatives', 'indigenous communities', 'school counsellors',
  'market traders', 'coffee workers', 'deportees', 'single mothers', 'ex-offenders', 'university students', 'community radio stations', 'parish networks',
  'transport unions', 'neighbourhood boards', 'garment workers', 'rural teachers', 'health promoters', 'victims of extortion', 'small shopkeepers',
  'juvenile detainees', 'local journalists', 'park rangers', 'border communities', 'displaced families', 'youth football clubs', 'taxi cooperatives',
  'port workers', 'women entrepreneurs', 'public defenders', 'forensic technicians', 'customs officers', 'municipal inspectors', 'court clerks',
];
const METHODS = [
  'mobile units', 'geo-referenced dashboards', 'cash-for-work schemes', 'restorative circles', 'mentoring pairs', 'radio campaigns', 'text-message alerts',
  'open-data portals', 'peer educators', 'night schools', 'microgrants', 'legal hotlines', 'forensic kits', 'body-worn cameras', 'case audits',
  'twinning with foreign agencies', 'exchange visits', 'train-the-trainer courses', 'e-learning modules', 'street lighting', 'closed-circuit cameras',
  'early-warning systems', 'scholarships', 'apprenticeship contracts', 'mediation centres', 'psychosocial counselling', 'risk-profiling software',
  'secure evidence rooms', 'polygraph vetting', 'tip lines', 'community theatre', 'sniffer dogs', 'drones', 'biometric registers', 'participatory budgets',
];
const INSTITUTIONS = [
  'the national police academy', 'the attorney general office', 'municipal councils', 'the supreme court', 'the customs authority', 'the migration directorate',
  'the penitentiary system', 'the ministry of education', 'the ministry of labour', 'the women institute', 'the youth institute', 'the financial intelligence unit',
  'port authorities', 'the coast guard', 'the human rights ombudsman', 'chambers of commerce', 'public universities', 'the statistics institute',
  'the ministry of health', 'the judicial council', 'the public defender service', 'the institute of forensic sciences', 'the anti-gang unit', 'civil society coalitions',
];
const PROGRAM_NAMES = [
  'Horizonte', 'Puentes', 'Raices', 'Sendero', 'Amanecer', 'Esperanza', 'Confianza', 'Futuro', 'Convivencia', 'Alianza', 'Brujula', 'Faro', 'Semilla',
  'Camino', 'Escudo', 'Vigia', 'Enlace', 'Nexo', 'Timon', 'Cimientos', 'Quetzal', 'Ceiba', 'Jaguar', 'Colibri', 'Volcan', 'Laguna', 'Maiz', 'Cacao',
];
const PROGRAM_SUFFIXES = ['Seguro', 'Joven', 'Comunitario', 'Regional', 'Norte', 'Sur', 'Caribe', 'Pacifico', 'Urbano', 'Rural', 'Integral', 'Abierto', 'Unido', 'Vivo'];

/** A share of plans repeat a recent plan of another partner, as real duplicates do: what the overlap check is for. */
const DUPLICATE_SHARE = 0.08;

/** A total between about USD 200,000 and 15 million, most near 1 to 3 million (log-uniform), in cents. */
function totalCents(random: Random): number {
  const usd = Math.exp(Math.log(200_000) + random.next() * (Math.log(15_000_000) - Math.log(200_000)));
  return Math.round(usd / 1000) * 100_000;
}

const VERBS = ['strengthen', 'expand', 'pilot', 'scale up', 'modernise', 'fund', 'equip', 'support', 'evaluate', 'institutionalise', 'design', 'coordinate', 'monitor', 'launch'];

function detail(random: Random, theme: Theme): string {
  return `${random.pick(theme.details)} for ${random.pick(GROUPS)}, with ${random.pick(METHODS)} and ${random.pick(INSTITUTIONS)}`;
}

/** What one activity does, in words mostly its own. */
function activityDetail(random: Random): string {
  return `${random.pick(VERBS)} ${random.pick(METHODS)} for ${random.pick(GROUPS)} together with ${random.pick(INSTITUTIONS)}`;
}

/** One realistic plan led by `leadPartner`. */
export function generatePlan(random: Random, leadPartner: string): PlanBody {
  const countryCount = random.weighted([
    [1, 55],
    [2, 30],
    [3, 15],
  ] as const);
  const countries = random.distinct(COUNTRIES, countryCount);
  const themes = random.next() < 0.7 ? [random.pick(THEMES)] : random.distinct(THEMES.map((theme) => [theme, 1] as const), 2);
  const main = themes[0];
  const activityCount = random.weighted([
    [1, 20],
    [2, 25],
    [3, 25],
    [4, 18],
    [5, 12],
  ] as const);
  const startYear = random.int(2025, 2029);
  const startMonth = random.int(1, 12);
  const months = random.pick([12, 18, 24, 24, 36, 36, 48, 60]);
  const period = periodOf(startYear, startMonth, months);
  const currency = random.weighted(CURRENCIES);
  const total = totalCents(random);
  const shares = split(random, total, activityCount);
  const place = random.pick(PLACES[countries[0]]);
  const programme = `${random.pick(PROGRAM_NAMES)} ${random.pick(PROGRAM_SUFFIXES)}`;

  const activities = shares.map((cents, index) => {
    const theme = themes[index % themes.length];
    const country = countries[index % countries.length];
    const offset = random.int(0, Math.max(0, months - 12));
    const length = random.int(Math.min(12, months - offset), months - offset);
    const startIndex = startYear * 12 + (startMonth - 1) + offset;
    return {
      title: `${random.pick(theme.activities)} for ${random.pick(GROUPS)} in ${random.pick(PLACES[country])}`,
      description: `${capitalise(activityDetail(random))}.`,
      country,
      sector: random.next() < 0.9 ? random.pick(theme.sectors) : random.pick(['15110', '15150', '16020', '43030', '22040']),
      period: periodOf(Math.floor(startIndex / 12), (startIndex % 12) + 1, length),
      budget: { amount: money(cents), currency },
    };
  });

  const goals = [...new Set(themes.flatMap((theme) => theme.goals))].slice(0, random.int(1, 3));
  const participants: PlanBody['participants'] = [
    { partnerCode: leadPartner, role: 'FUNDING' as const },
    ...countries.map((country) => ({ partnerCode: GOV_OF[country], role: 'IMPLEMENTING' as const })),
  ].filter((participant, index, all) => all.findIndex((other) => other.partnerCode === participant.partnerCode) === index);
  const [indicatorName, unit] = random.pick(main.indicators);
  const baseline = random.int(20, 80);

  return {
    title: `${programme}: ${random.pick(main.titles).toLowerCase()} in ${place}${countries.length > 1 ? ' and beyond' : ''}`,
    summary: `${capitalise(random.pick(main.objects))} in ${countries.map((country) => random.pick(PLACES[country])).join(', ')}: ${detail(random, main)}.`,
    countries,
    goals,
    programAreas: [...new Set(themes.flatMap((theme) => theme.programAreas))].slice(0, random.int(1, 2)),
    escaComponents: [...new Set(themes.flatMap((theme) => theme.esca))].slice(0, 2),
    period,
    participants,
    activities,
    budget: { amount: money(total), currency },
    indicators: [{ name: indicatorName, unit, baseline: `${baseline}.0`, target: `${Math.round(baseline * 0.8)}.0`, targetDate: period.end }],
  };
}

/** A near copy of `original` proposed by `leadPartner`: same work and places, the period moved a little, the money a little different. */
function duplicateOf(random: Random, original: PlanBody, leadPartner: string): PlanBody {
  const shift = random.int(-6, 6);
  const move = (p: { start: string; end: string }) => {
    const [sy, sm] = p.start.split('-').map(Number);
    const [ey, em] = p.end.split('-').map(Number);
    const startIndex = sy * 12 + sm - 1 + shift;
    const months = ey * 12 + em - (sy * 12 + sm) + 1;
    return periodOf(Math.floor(startIndex / 12), (startIndex % 12) + 1, months);
  };
  const factor = 0.7 + random.next() * 0.6;
  const shares = original.activities.map((activity) => Math.max(100, Math.round(Number(activity.budget.amount) * 100 * factor)));
  const total = shares.reduce((a, b) => a + b, 0);
  return {
    ...original,
    title: random.next() < 0.5 ? original.title : `${original.title} (phase ${random.int(2, 3)})`,
    period: move(original.period),
    participants: [
      { partnerCode: leadPartner, role: 'FUNDING' as const },
      ...original.participants.filter((participant) => participant.role !== 'FUNDING' && participant.partnerCode !== leadPartner),
    ],
    activities: original.activities.map((activity, index) => ({ ...activity, period: move(activity.period), budget: { amount: money(shares[index]), currency: activity.budget.currency } })),
    budget: { amount: money(total), currency: original.budget.currency },
    indicators: original.indicators.map((indicator) => ({ ...indicator, targetDate: move(original.period).end })),
  };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An endless stream of plans from `seed`, each with its lead partner; about 8% near copies of a recent plan of another partner. */
export function* planStream(seed: number, leads: readonly (readonly [string, number])[] = LEAD_PARTNERS): Generator<{ lead: string; body: PlanBody }> {
  const random = new Random(seed);
  const recent: { lead: string; body: PlanBody }[] = [];
  for (;;) {
    const lead = random.weighted(leads);
    const original = recent.length >= 20 && random.next() < DUPLICATE_SHARE ? random.pick(recent) : undefined;
    const body = original && original.lead !== lead ? duplicateOf(random, original.body, lead) : generatePlan(random, lead);
    if (!original) {
      recent.push({ lead, body });
      if (recent.length > 300) recent.shift();
    }
    yield { lead, body };
  }
}
