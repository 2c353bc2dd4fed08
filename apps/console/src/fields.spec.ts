import { fieldId, fieldLabel, fieldToPointer, pointerToField, shownAt } from './fields';

const content = { activities: [{ ref: 'A1' }, { ref: 'A/2' }], indicators: [{ ref: 'I1' }] };

describe('fields', () => {
  it('turn an anchor’s pointer into the field of the current version, items found by ref', () => {
    expect(pointerToField('/budget/amount', content)).toBe('budget.amount');
    expect(pointerToField('/activities/A1/budget/amount', content)).toBe('activities[0].budget.amount');
    expect(pointerToField('/activities/A~12/sector', content)).toBe('activities[1].sector');
    expect(pointerToField('/indicators/I1', content)).toBe('indicators[0]');
    expect(pointerToField('/countries', content)).toBe('countries');
  });

  it('find no field for an item a later version removed', () => {
    expect(pointerToField('/activities/A9/title', content)).toBeNull();
  });

  it('give a field the pointer a thread on it is anchored to, and back', () => {
    expect(fieldToPointer('activities[1].sector', content)).toBe('/activities/A~12/sector');
    expect(fieldToPointer('budget', content)).toBe('/budget');
    expect(pointerToField(fieldToPointer('activities[1].period', content) ?? '', content)).toBe('activities[1].period');
    expect(fieldToPointer('activities[5].sector', content)).toBeNull();
  });

  it('show a path at the nearest field the page has', () => {
    const shown = new Set(['countries', 'budget', 'activities[0]', 'activities[0].budget']);
    expect(shownAt('countries[1]', shown)).toBe('countries');
    expect(shownAt('budget.amount', shown)).toBe('budget');
    expect(shownAt('activities[0].budget.amount', shown)).toBe('activities[0].budget');
    expect(shownAt('activities[0].title', shown)).toBe('activities[0]');
    expect(shownAt('indicators[0].name', shown)).toBeNull();
  });

  it('name a field for people and for the DOM', () => {
    expect(fieldLabel('activities[0].budget.amount')).toBe('Activity 1 › Budget › amount');
    expect(fieldLabel('countries[0]')).toBe('Countries 1');
    expect(fieldId('activities[0].budget.amount')).toBe('field-activities-0-budget-amount');
  });
});
