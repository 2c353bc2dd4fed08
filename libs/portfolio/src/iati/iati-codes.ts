import type { ParticipantRole } from '@accord/action-plans';
import type { PartnerKind } from '@accord/reference-data';

/**
 * The IATI 2.03 code lists the exporter and the importer use, and the vocabularies under which
 * Accord publishes its own classifications. Codes are IATI's (OrganisationType, OrganisationRole,
 * ActivityStatus, ActivityDateType, SectorVocabulary, RelatedActivityType, IndicatorMeasure).
 */

/**
 * Prefix of the identifiers of a lead partner without an IATI organisation reference. `XI-ACCORD`
 * is not a registered organisation identifier: it keeps the activity identifiers unique and
 * recognisable until the partner's real reference is recorded.
 */
export const FALLBACK_ORG_PREFIX = 'XI-ACCORD-';

/** CARSI goals, as vocabulary 99 ("reporting organisation") sectors. */
export const GOALS_VOCABULARY = { vocabulary: '99', uri: 'urn:accord:vocabulary:carsi-goal' } as const;
/** SICA security strategy (ESCA) components, as vocabulary 98 ("reporting organisation 2") sectors. */
export const ESCA_VOCABULARY = { vocabulary: '98', uri: 'urn:accord:vocabulary:esca-component' } as const;

export const DAC_PURPOSE_VOCABULARY = '1';

/** IATI OrganisationType of each partner kind. Development banks and SICA are intergovernmental: multilateral. */
export const ORGANISATION_TYPE: Record<PartnerKind, string> = {
  RECIPIENT_GOVERNMENT: '10',
  DONOR_GOVERNMENT: '10',
  REGIONAL_BODY: '40',
  MULTILATERAL: '40',
  FINANCIAL_INSTITUTION: '40',
  PRIVATE_SECTOR: '70',
  CIVIL_SOCIETY: '21',
};

/** Partner kinds that lead a plan as its funder; any other lead is the accountable organisation. */
export const FUNDING_KINDS: readonly PartnerKind[] = ['DONOR_GOVERNMENT', 'MULTILATERAL', 'FINANCIAL_INSTITUTION', 'PRIVATE_SECTOR'];

export const ROLE_CODE: Record<ParticipantRole, string> = { FUNDING: '1', ACCOUNTABLE: '2', EXTENDING: '3', IMPLEMENTING: '4' };
export const ROLE_OF_CODE: Record<string, ParticipantRole> = { '1': 'FUNDING', '2': 'ACCOUNTABLE', '3': 'EXTENDING', '4': 'IMPLEMENTING' };

export const ACTIVITY_STATUS = { pipeline: '1', implementation: '2', finalisation: '3', closed: '4', cancelled: '5', suspended: '6' } as const;
export const ACTIVITY_DATE = { plannedStart: '1', actualStart: '2', plannedEnd: '3', actualEnd: '4' } as const;
export const RELATED_ACTIVITY_CO_FUNDED = '4';
export const RESULT_TYPE_OUTCOME = '2';
export const MEASURE = { unit: '1', percentage: '2' } as const;
export const BUDGET_TYPE = { original: '1', revised: '2' } as const;
export const TRANSACTION_TYPE = { outgoingCommitment: '2', disbursement: '3', expenditure: '4' } as const;

/** Units an indicator may carry that IATI calls a percentage measure. */
export const PERCENT_UNITS = ['percent', 'percentage', '%'];

/**
 * Region codes that stand for Central America as a whole: the DAC region (vocabulary 1) "Central
 * America, regional" that published files use, and the UN M49 (vocabulary 2) sub-region.
 */
export const CENTRAL_AMERICA_REGIONS: Record<string, readonly string[]> = { '1': ['1032'], '2': ['013', '13'] };

/** ISO 3166-1 alpha-2, plus XK (Kosovo) which IATI uses: to tell a country outside the region from a code that is none. */
export const ISO_COUNTRIES: ReadonlySet<string> = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG ' +
    'CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL ' +
    'GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA ' +
    'LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP ' +
    'NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV ' +
    'SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW XK'
  ).split(' '),
);
