import { statusOf, type CheckedPlan, type CheckOutcome, type CheckReferenceData, type Finding } from './check';

const RECIPIENT_GOVERNMENT = 'RECIPIENT_GOVERNMENT';
const REGIONAL_BODY = 'REGIONAL_BODY';

/**
 * Who must endorse the plan: it is endorsed once every partner of one alternative has endorsed it.
 *
 * A country's government is the `RECIPIENT_GOVERNMENT` partner of that country in the reference
 * data (one a country: the database refuses a second). A plan in one country needs its
 * government: `[[government]]`. A regional plan (two or more countries) is endorsed by a regional
 * body (SICA) or by the governments of all its countries: `[[SICA], [government, ...]]`. The
 * governments' alternative is left out when a country has no government partner, since it could
 * never be completed; a plan with no possible endorser gets no alternative at all.
 */
export function requiredEndorsers(plan: CheckedPlan, reference: CheckReferenceData): { alternatives: string[][] } {
  const countries = distinctCountries(plan);
  const governments = countries.map((country) => governmentOf(country, reference));
  const alternatives = countries.length >= 2 ? regionalBodies(reference).map((code) => [code]) : [];
  if (countries.length > 0 && governments.every((code): code is string => code !== null)) alternatives.push(governments);
  return { alternatives };
}

/**
 * Whether a partner may endorse the plan: the government of one of the plan's countries (the same
 * one {@link requiredEndorsers} asks), or a regional body (SICA) when the plan is regional.
 */
export function mayEndorse(plan: CheckedPlan, reference: CheckReferenceData, partnerCode: string): boolean {
  const countries = distinctCountries(plan);
  if (countries.some((country) => governmentOf(country, reference) === partnerCode)) return true;
  return countries.length >= 2 && reference.partners.get(partnerCode)?.kind === REGIONAL_BODY;
}

/**
 * Whether the partners who must endorse the plan (see {@link requiredEndorsers}) have.
 *
 * `passed`, with an `ENDORSED` info finding naming who endorsed, once one alternative is complete.
 * Until then an `ENDORSEMENT_MISSING` warning per partner of any alternative who has not endorsed,
 * and an `NO_GOVERNMENT_PARTNER` error per country without a government in the reference data
 * (an admin has to add it before that country can endorse anything). A plan that names no country
 * has nobody to endorse it: a `NO_COUNTRIES` error.
 */
export function checkEndorsement(plan: CheckedPlan, reference: CheckReferenceData, endorsedBy: readonly string[]): CheckOutcome {
  const { countries } = plan.content;
  if (countries.length === 0) {
    return { status: 'failed', findings: [{ code: 'NO_COUNTRIES', severity: 'error', message: 'the plan names no country, so nobody may endorse it', path: 'countries' }] };
  }

  const endorsed = new Set(endorsedBy);
  const { alternatives } = requiredEndorsers(plan, reference);
  if (alternatives.some((alternative) => alternative.every((code) => endorsed.has(code)))) {
    const endorsers = [...endorsed].filter((code) => mayEndorse(plan, reference, code));
    return { status: 'passed', findings: [{ code: 'ENDORSED', severity: 'info', message: `endorsed by ${endorsers.join(', ')}` }] };
  }

  const regional = distinctCountries(plan).length >= 2;
  const rule = regional ? '; a regional plan is endorsed by SICA or by the governments of all its countries' : '';
  const findings: Finding[] = [];
  countries.forEach((country, index) => {
    if (countries.indexOf(country) !== index || governmentOf(country, reference) !== null) return;
    findings.push({
      code: 'NO_GOVERNMENT_PARTNER',
      severity: 'error',
      message: `there is no government partner for ${country} in the reference data, so ${country} cannot endorse the plan`,
      path: `countries[${index}]`,
    });
  });
  for (const code of new Set(alternatives.flat())) {
    if (endorsed.has(code)) continue;
    const country = reference.partners.get(code)?.country ?? null;
    const who = country ? `${code} (the government of ${country})` : code;
    const path = country ? { path: `countries[${countries.indexOf(country)}]` } : {};
    findings.push({ code: 'ENDORSEMENT_MISSING', severity: 'warning', message: `${who} has not endorsed the plan${rule}`, ...path });
  }
  return { status: statusOf(findings), findings };
}

function distinctCountries(plan: CheckedPlan): string[] {
  return [...new Set(plan.content.countries)];
}

function governmentOf(country: string, reference: CheckReferenceData): string | null {
  return partnersWhere(reference, (partner) => partner.kind === RECIPIENT_GOVERNMENT && partner.country === country)[0] ?? null;
}

function regionalBodies(reference: CheckReferenceData): string[] {
  return partnersWhere(reference, (partner) => partner.kind === REGIONAL_BODY);
}

/** Sorted, so the answer does not depend on the order the reference data was loaded in. */
function partnersWhere(reference: CheckReferenceData, test: (partner: { kind: string; country: string | null }) => boolean): string[] {
  return [...reference.partners]
    .filter(([, partner]) => test(partner))
    .map(([code]) => code)
    .sort();
}
