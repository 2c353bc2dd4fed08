import { getSchemaPath } from '@nestjs/swagger';

/**
 * What a field of a plan's content may hold, so a change's `before` and `after` and a thread's
 * `currentValue` are typed: text (or null), a list of codes, money, a period, the participants, an
 * activity or an indicator. `anyOf`, not `oneOf`: an empty list is a list of codes and of participants.
 * The schemas are named, not imported: the plan's responses, which define them, import the threads'.
 */
export const CONTENT_VALUE_SCHEMA = {
  anyOf: [
    { type: 'string', nullable: true },
    { type: 'array', items: { type: 'string' } },
    { $ref: getSchemaPath('MoneyRequest') },
    { $ref: getSchemaPath('PeriodRequest') },
    { type: 'array', items: { $ref: getSchemaPath('ParticipantRequest') } },
    { $ref: getSchemaPath('ActivityResponse') },
    { $ref: getSchemaPath('IndicatorResponse') },
  ],
};
