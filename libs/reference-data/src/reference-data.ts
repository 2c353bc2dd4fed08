/**
 * The product's initial reference data (DOMAIN.md). It is seeded into the database by
 * `npm run migrate` and read from there: admins may edit it, the code never branches on it.
 */

export const REFERENCE_KINDS = ['country', 'goal', 'program_area', 'esca_component', 'dac_sector', 'currency'] as const;
export type ReferenceKind = (typeof REFERENCE_KINDS)[number];

/** The name of each code list in `GET /v1/reference-data`, which unknown-code errors point to. */
export const REFERENCE_LISTS = {
  country: 'countries',
  goal: 'goals',
  program_area: 'programAreas',
  esca_component: 'escaComponents',
  dac_sector: 'dacSectors',
  currency: 'currencies',
} as const satisfies Record<ReferenceKind, string>;
export type ReferenceListName = (typeof REFERENCE_LISTS)[ReferenceKind];

export interface ReferenceCodeSeed {
  kind: ReferenceKind;
  code: string;
  name: string;
  /** The CARSI goals a DAC sector or a program area supports. */
  goals?: string[];
}

export const PARTNER_KINDS = [
  'RECIPIENT_GOVERNMENT',
  'REGIONAL_BODY',
  'DONOR_GOVERNMENT',
  'MULTILATERAL',
  'FINANCIAL_INSTITUTION',
  'PRIVATE_SECTOR',
  'CIVIL_SOCIETY',
] as const;
export type PartnerKind = (typeof PARTNER_KINDS)[number];

export interface PartnerSeed {
  code: string;
  name: string;
  kind: PartnerKind;
  country?: string;
  /** The organisation's IATI identifier, where it is known for certain. */
  iatiOrgRef?: string;
}

const countries: [string, string][] = [
  ['BZ', 'Belize'],
  ['CR', 'Costa Rica'],
  ['SV', 'El Salvador'],
  ['GT', 'Guatemala'],
  ['HN', 'Honduras'],
  ['NI', 'Nicaragua'],
  ['PA', 'Panama'],
];

const goals: [string, string][] = [
  ['SAFE_STREETS', 'Create safe streets for the citizens of the region'],
  ['DISRUPT_TRAFFICKING', 'Disrupt the movement of criminals and contraband to, within, and between the nations of Central America'],
  ['ACCOUNTABLE_GOVERNMENT', 'Support the development of strong, capable, and accountable Central American governments'],
  ['STATE_PRESENCE', 'Re-establish effective state presence, services and security in communities at risk'],
  ['REGIONAL_COOPERATION', 'Foster enhanced levels of coordination and cooperation between the nations of the region, other international partners, and donors'],
];

const programAreas: [string, string, string[]][] = [
  ['LAW_ENFORCEMENT', 'Assist law enforcement and security forces against trafficking, gangs, organized crime and border security gaps', ['DISRUPT_TRAFFICKING', 'SAFE_STREETS']],
  ['JUSTICE_CAPACITY', 'Build the capacity of law enforcement, the justice sector and rule-of-law institutions', ['ACCOUNTABLE_GOVERNMENT']],
  ['PREVENTION', 'Community policing, gang prevention, economic and social programs for at-risk youth and communities', ['SAFE_STREETS', 'STATE_PRESENCE']],
];

const escaComponents: [string, string][] = [
  ['COMBAT_CRIME', 'Combating crime'],
  ['VIOLENCE_PREVENTION', 'Violence prevention'],
  ['REHABILITATION_AND_PRISONS', 'Rehabilitation, reinsertion and prison security'],
  ['INSTITUTIONAL_STRENGTHENING', 'Institutional strengthening'],
];

/** OECD-DAC purpose codes met in citizen-security programs; the first fifteen carry DOMAIN.md's goal mapping. */
const dacSectors: [string, string, string[]][] = [
  ['15132', 'Police', ['SAFE_STREETS', 'STATE_PRESENCE']],
  ['15220', 'Civilian peace-building, conflict prevention and resolution', ['SAFE_STREETS']],
  ['15180', 'Ending violence against women and girls', ['SAFE_STREETS']],
  ['11330', 'Vocational training', ['STATE_PRESENCE', 'SAFE_STREETS']],
  ['16010', 'Social protection', ['STATE_PRESENCE']],
  ['16063', 'Narcotics control', ['DISRUPT_TRAFFICKING']],
  ['15240', 'Reintegration and SALW control', ['DISRUPT_TRAFFICKING', 'SAFE_STREETS']],
  ['15136', 'Immigration', ['DISRUPT_TRAFFICKING']],
  ['15210', 'Security system management and reform', ['DISRUPT_TRAFFICKING', 'REGIONAL_COOPERATION']],
  ['15113', 'Anti-corruption organisations and institutions', ['ACCOUNTABLE_GOVERNMENT']],
  ['15130', 'Legal and judicial development', ['ACCOUNTABLE_GOVERNMENT']],
  ['15134', 'Judicial affairs', ['ACCOUNTABLE_GOVERNMENT']],
  ['15137', 'Prisons', ['ACCOUNTABLE_GOVERNMENT']],
  ['15160', 'Human rights', ['ACCOUNTABLE_GOVERNMENT']],
  ['15112', 'Decentralisation and support to subnational government', ['STATE_PRESENCE']],
  ['15110', 'Public sector policy and administrative management', []],
  ['15111', 'Public finance management', []],
  ['15114', 'Domestic revenue mobilisation', []],
  ['15125', 'Public procurement', []],
  ['15131', 'Justice, law and order policy, planning and administration', []],
  ['15133', 'Fire and rescue services', []],
  ['15135', 'Ombudsman', []],
  ['15142', 'Macroeconomic policy', []],
  ['15150', 'Democratic participation and civil society', []],
  ['15151', 'Elections', []],
  ['15152', 'Legislatures and political parties', []],
  ['15153', 'Media and free flow of information', []],
  ['15170', "Women's rights organisations and movements, and government institutions", []],
  ['15185', 'Local government administration', []],
  ['15190', 'Facilitation of orderly, safe, regular and responsible migration and mobility', []],
  ['15230', 'Participation in international peacekeeping operations', []],
  ['15250', 'Removal of land mines and explosive remnants of war', []],
  ['15261', 'Child soldiers (prevention and demobilisation)', []],
  ['11110', 'Education policy and administrative management', []],
  ['11220', 'Primary education', []],
  ['11231', 'Basic life skills for youth', []],
  ['11320', 'Upper secondary education', []],
  ['12220', 'Basic health care', []],
  ['12263', 'Tuberculosis control', []],
  ['13010', 'Population policy and administrative management', []],
  ['14030', 'Basic drinking water supply and basic sanitation', []],
  ['16020', 'Employment creation', []],
  ['16050', 'Multisector aid for basic social services', []],
  ['16061', 'Culture and recreation', []],
  ['16062', 'Statistical capacity building', []],
  ['16064', 'Social mitigation of HIV/AIDS', []],
  ['16070', 'Labour rights', []],
  ['21020', 'Road transport', []],
  ['22040', 'Information and communication technology (ICT)', []],
  ['24010', 'Financial policy and administrative management', []],
  ['25010', 'Business policy and administration', []],
  ['31120', 'Agricultural development', []],
  ['33110', 'Trade policy and administrative management', []],
  ['33120', 'Trade facilitation', []],
  ['41010', 'Environmental policy and administrative management', []],
  ['43010', 'Multisector aid', []],
  ['43030', 'Urban development and management', []],
  ['43040', 'Rural development', []],
  ['72010', 'Material relief assistance and services', []],
  ['73010', 'Immediate post-emergency reconstruction and rehabilitation', []],
  ['74020', 'Multi-hazard response preparedness', []],
  ['91010', 'Administrative costs (non-sector allocable)', []],
  ['99810', 'Sectors not specified', []],
];

/** ISO 4217 currencies with a reference rate in US dollars per unit (admins keep these current). */
const currencies: [string, string, string][] = [
  ['USD', 'US dollar', '1'],
  ['EUR', 'Euro', '1.17'],
  ['CAD', 'Canadian dollar', '0.72'],
  ['MXN', 'Mexican peso', '0.054'],
  ['COP', 'Colombian peso', '0.00026'],
  ['CLP', 'Chilean peso', '0.00106'],
  ['GBP', 'Pound sterling', '1.33'],
  ['JPY', 'Yen', '0.0066'],
  ['CHF', 'Swiss franc', '1.25'],
  ['SEK', 'Swedish krona', '0.105'],
  ['NOK', 'Norwegian krone', '0.098'],
  ['DKK', 'Danish krone', '0.157'],
  ['BZD', 'Belize dollar', '0.5'],
  ['CRC', 'Costa Rican colon', '0.00199'],
  ['GTQ', 'Quetzal', '0.13'],
  ['HNL', 'Lempira', '0.038'],
  ['NIO', 'Cordoba oro', '0.0272'],
  ['PAB', 'Balboa', '1'],
];

export const REFERENCE_RATES_VALID_FROM = '2026-01-01';

export const REFERENCE_CODES: ReferenceCodeSeed[] = [
  ...countries.map(([code, name]) => ({ kind: 'country' as const, code, name })),
  ...goals.map(([code, name]) => ({ kind: 'goal' as const, code, name })),
  ...programAreas.map(([code, name, supports]) => ({ kind: 'program_area' as const, code, name, goals: supports })),
  ...escaComponents.map(([code, name]) => ({ kind: 'esca_component' as const, code, name })),
  ...dacSectors.map(([code, name, supports]) => ({ kind: 'dac_sector' as const, code, name, goals: supports })),
  ...currencies.map(([code, name]) => ({ kind: 'currency' as const, code, name })),
];

export const REFERENCE_RATES: { currency: string; validFrom: string; usdPerUnit: string }[] = currencies.map(
  ([currency, , usdPerUnit]) => ({ currency, validFrom: REFERENCE_RATES_VALID_FROM, usdPerUnit }),
);

export const REFERENCE_PARTNERS: PartnerSeed[] = [
  ...countries.map(([country, name]) => ({ code: `GOV-${country}`, name: `Government of ${name}`, kind: 'RECIPIENT_GOVERNMENT' as const, country })),
  { code: 'SICA', name: 'Central American Integration System (SICA)', kind: 'REGIONAL_BODY' },
  { code: 'US', name: 'United States', kind: 'DONOR_GOVERNMENT', iatiOrgRef: 'US-GOV-1' },
  { code: 'CA', name: 'Canada', kind: 'DONOR_GOVERNMENT' },
  { code: 'MX', name: 'Mexico', kind: 'DONOR_GOVERNMENT' },
  { code: 'CO', name: 'Colombia', kind: 'DONOR_GOVERNMENT' },
  { code: 'CL', name: 'Chile', kind: 'DONOR_GOVERNMENT' },
  { code: 'ES', name: 'Spain', kind: 'DONOR_GOVERNMENT' },
  { code: 'EU', name: 'European Union', kind: 'MULTILATERAL' },
  { code: 'OAS', name: 'Organization of American States', kind: 'MULTILATERAL' },
  { code: 'UN', name: 'United Nations', kind: 'MULTILATERAL' },
  { code: 'IDB', name: 'Inter-American Development Bank', kind: 'FINANCIAL_INSTITUTION' },
  { code: 'WB', name: 'World Bank', kind: 'FINANCIAL_INSTITUTION', iatiOrgRef: '44000' },
];
