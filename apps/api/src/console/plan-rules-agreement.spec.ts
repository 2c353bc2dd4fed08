import { AMOUNT_PATTERN as DOMAIN_AMOUNT, PARTICIPANT_ROLES as DOMAIN_ROLES } from '@accord/action-plans';
import { NOT_XML_TEXT as DOMAIN_NOT_XML_TEXT, UUID_PATTERN as DOMAIN_UUID } from '@accord/shared';
import { AMOUNT_PATTERN, DECIMAL_PATTERN, LIMITS, NOT_XML_TEXT, PARTICIPANT_ROLES, UUID_PATTERN } from '../../../console/src/plan-rules';
import { previewApiDocument } from '../api-document';

type Schema = { properties: Record<string, { maxLength?: number; maxItems?: number; pattern?: string }> };

/**
 * The console's plan form checks a plan before it sends it, with limits and patterns of its own (it
 * is bundled for the browser, apart from the domain): they must be the API's, or the form would
 * refuse what the API takes, or let through what it refuses.
 */
describe('the console’s plan rules', () => {
  let schemas: Record<string, Schema>;

  beforeAll(async () => {
    schemas = (await previewApiDocument()).components?.schemas as Record<string, Schema>;
  });

  const limit = (schema: string, property: string) => {
    const { maxLength, maxItems } = schemas[schema].properties[property];
    return maxItems ?? maxLength;
  };

  it('have the document’s lengths and list sizes', () => {
    expect(LIMITS).toEqual({
      title: limit('PlanContentRequest', 'title'),
      summary: limit('PlanContentRequest', 'summary'),
      countries: limit('PlanContentRequest', 'countries'),
      goals: limit('PlanContentRequest', 'goals'),
      programAreas: limit('PlanContentRequest', 'programAreas'),
      escaComponents: limit('PlanContentRequest', 'escaComponents'),
      participants: limit('PlanContentRequest', 'participants'),
      activities: limit('PlanContentRequest', 'activities'),
      activityTitle: limit('ActivityRequest', 'title'),
      activityDescription: limit('ActivityRequest', 'description'),
      indicators: limit('PlanContentRequest', 'indicators'),
      indicatorName: limit('IndicatorRequest', 'name'),
      indicatorUnit: limit('IndicatorRequest', 'unit'),
      links: limit('PlanContentRequest', 'coFunds'),
    });
    expect(limit('PlanContentRequest', 'supersedes')).toBe(LIMITS.links);
  });

  it('have the document’s and the domain’s patterns', () => {
    expect(AMOUNT_PATTERN.source).toBe(schemas.MoneyRequest.properties.amount.pattern);
    expect(AMOUNT_PATTERN.source).toBe(DOMAIN_AMOUNT.source);
    expect(DECIMAL_PATTERN.source).toBe(schemas.IndicatorRequest.properties.baseline.pattern);
    expect(DECIMAL_PATTERN.source).toBe(schemas.IndicatorRequest.properties.target.pattern);
    expect(NOT_XML_TEXT.source).toBe(DOMAIN_NOT_XML_TEXT.source);
    expect(UUID_PATTERN.source).toBe(DOMAIN_UUID.source);
    expect(PARTICIPANT_ROLES).toEqual(DOMAIN_ROLES);
  });
});
