import type { Actor } from '@accord/shared';
import { ActionPlan } from './action-plan.entity';
import { canonicalPlanContent, type PlanContent } from './plan-content';
import { mayReadThread } from './visibility';

const lead: Actor = { kind: 'api_key', id: 'k1', role: 'partner', partnerCode: 'US' };
const participant: Actor = { kind: 'api_key', id: 'k2', role: 'partner', partnerCode: 'GOV-HN' };
const outsider: Actor = { kind: 'api_key', id: 'k3', role: 'partner', partnerCode: 'CA' };
const reviewer: Actor = { kind: 'api_key', id: 'r1', role: 'reviewer', partnerCode: 'OAS' };
const conflicted: Actor = { kind: 'api_key', id: 'r2', role: 'reviewer', partnerCode: 'GOV-HN' };
const admin: Actor = { kind: 'admin_token', id: 'admin-token', role: 'admin', partnerCode: null };

const content: PlanContent = canonicalPlanContent({
  title: 'Community policing',
  countries: ['HN'],
  goals: ['SAFE_STREETS'],
  period: { start: '2027-01-01', end: '2028-12-31' },
  participants: [{ partnerCode: 'GOV-HN', role: 'IMPLEMENTING' }],
  activities: [{ title: 'Model precincts', sector: '15132', budget: { amount: '1500000', currency: 'USD' } }],
  budget: { amount: '1500000', currency: 'USD' },
});

/** A plan with its creation already handed over, so each test sees only the events it causes. */
function plan(): ActionPlan {
  const created = ActionPlan.create('US', content, lead);
  created.pullChanges();
  return created;
}

const onBudget = { version: 1, path: '/budget/amount' };

describe('ActionPlan threads', () => {
  describe('openThread', () => {
    it('by a reviewer, anchored to a field, records the thread, its first comment and who wrote it', () => {
      const subject = plan();
      const { thread, comment } = subject.openThread({ visibility: 'reviewers', anchor: onBudget, body: 'Is the total right?' }, content, reviewer);
      expect(thread).toMatchObject({ planId: subject.id, visibility: 'reviewers', anchorVersion: 1, anchorPath: '/budget/amount', status: 'open' });
      expect(comment).toMatchObject({ threadId: thread.id, body: 'Is the total right?' });
      const [event] = subject.pullChanges().events;
      expect([event.type, event.seq, event.data]).toEqual([
        'ActionPlanThreadOpened',
        2,
        { threadId: thread.id, visibility: 'reviewers', anchor: onBudget, commentId: comment.id, author: { kind: 'reviewer', partnerCode: 'OAS' }, body: 'Is the total right?' },
      ]);
    });

    it('by the lead or a participant, on the plan as a whole, is a participants thread', () => {
      const subject = plan();
      expect(subject.openThread({ visibility: 'participants', anchor: null, body: 'We revised the budget.' }, null, lead).thread.anchor).toBeNull();
      expect(subject.openThread({ visibility: 'participants', anchor: onBudget, body: 'Agreed.' }, content, participant).thread.visibility).toBe('participants');
    });

    it.each([
      ['the lead opening a reviewers thread', lead, 'reviewers', 'THREAD.FORBIDDEN', 'only reviewers and admins may open a reviewers thread'],
      ['a partner that takes no part in the plan', outsider, 'participants', 'THREAD.FORBIDDEN', "only the plan's lead and participants, reviewers and admins may open its threads"],
      ['a reviewer affiliated with a participant, in a reviewers thread', conflicted, 'reviewers', 'THREAD.CONFLICT_OF_INTEREST', /affiliated with GOV-HN/],
    ] as const)('is refused to %s', (_case, actor, visibility, code, message) => {
      const subject = plan();
      expect(() => subject.openThread({ visibility, anchor: null, body: 'A word' }, null, actor)).toThrow(expect.objectContaining({ code, kind: 'forbidden', message: expect.stringMatching(message) }));
      expect(subject.pullChanges().events).toEqual([]);
    });

    it('lets a reviewer with a conflict of interest speak as a party, in a participants thread', () => {
      expect(plan().openThread({ visibility: 'participants', anchor: null, body: 'Our ministry agrees.' }, null, conflicted).thread.visibility).toBe('participants');
    });

    it('refuses an anchor that names no field of the version, or a version the plan does not have', () => {
      const subject = plan();
      expect(() => subject.openThread({ visibility: 'reviewers', anchor: { version: 1, path: '/activities/A9/sector' }, body: 'x' }, content, reviewer)).toThrow(
        expect.objectContaining({ code: 'REQUEST.INVALID', details: [expect.objectContaining({ field: 'path' })] }),
      );
      expect(() => subject.openThread({ visibility: 'reviewers', anchor: { version: 2, path: '/title' }, body: 'x' }, null, reviewer)).toThrow(
        expect.objectContaining({ details: [{ field: 'version', message: 'the plan has no version 2' }] }),
      );
    });

    it('takes a body of 1 to 10,000 characters counted as characters, not UTF-16 units, and refuses a blank one', () => {
      const subject = plan();
      expect(() => subject.openThread({ visibility: 'reviewers', anchor: null, body: '🇭'.repeat(10_000) }, null, reviewer)).not.toThrow();
      expect(() => subject.openThread({ visibility: 'reviewers', anchor: null, body: 'x'.repeat(10_001) }, null, reviewer)).toThrow(
        expect.objectContaining({ details: [{ field: 'body', message: 'body must be at most 10,000 characters; it has 10,001' }] }),
      );
      expect(() => subject.openThread({ visibility: 'reviewers', anchor: null, body: ' \n ' }, null, reviewer)).toThrow(
        expect.objectContaining({ details: [{ field: 'body', message: 'body must be 1 to 10,000 characters of text, not only blanks' }] }),
      );
    });

    it('on a closed plan is refused', () => {
      const subject = plan();
      subject.withdraw(lead, null);
      expect(() => subject.openThread({ visibility: 'reviewers', anchor: null, body: 'x' }, null, admin)).toThrow(expect.objectContaining({ code: 'ACTION_PLAN.CLOSED' }));
    });
  });

  describe('commentOnThread, resolveThread, reopenThread', () => {
    it('a participant replies, resolves and reopens a participants thread, each recorded', () => {
      const subject = plan();
      const { thread } = subject.openThread({ visibility: 'participants', anchor: onBudget, body: 'Please lower it.' }, content, reviewer);
      subject.pullChanges();
      const reply = subject.commentOnThread(thread, 'Lowered in version 2.', participant);
      subject.resolveThread(thread, lead);
      expect(thread.status).toBe('resolved');
      subject.reopenThread(thread, admin);
      expect(thread.status).toBe('open');
      expect(subject.pullChanges().events.map((event) => [event.type, event.data])).toEqual([
        ['ActionPlanThreadCommented', { threadId: thread.id, visibility: 'participants', commentId: reply.id, author: { kind: 'partner', partnerCode: 'GOV-HN' }, body: 'Lowered in version 2.' }],
        ['ActionPlanThreadResolved', { threadId: thread.id, visibility: 'participants' }],
        ['ActionPlanThreadReopened', { threadId: thread.id, visibility: 'participants' }],
      ]);
    });

    it('refuses a reply to a resolved thread, and resolving or reopening twice', () => {
      const subject = plan();
      const { thread } = subject.openThread({ visibility: 'reviewers', anchor: null, body: 'Check the indicators.' }, null, reviewer);
      subject.resolveThread(thread, reviewer);
      expect(() => subject.commentOnThread(thread, 'One more thing', reviewer)).toThrow(expect.objectContaining({ code: 'THREAD.INVALID_STATUS', message: 'cannot reply to a thread that is resolved' }));
      expect(() => subject.resolveThread(thread, reviewer)).toThrow(expect.objectContaining({ code: 'THREAD.INVALID_STATUS' }));
      subject.reopenThread(thread, reviewer);
      expect(() => subject.reopenThread(thread, reviewer)).toThrow(expect.objectContaining({ message: 'cannot reopen a thread that is open' }));
    });

    it('refuses a conflicted reviewer in a reviewers thread', () => {
      const subject = plan();
      const { thread } = subject.openThread({ visibility: 'reviewers', anchor: null, body: 'Check the indicators.' }, null, reviewer);
      expect(() => subject.commentOnThread(thread, 'x', conflicted)).toThrow(expect.objectContaining({ code: 'THREAD.CONFLICT_OF_INTEREST' }));
      expect(() => subject.resolveThread(thread, conflicted)).toThrow(expect.objectContaining({ code: 'THREAD.CONFLICT_OF_INTEREST' }));
    });
  });
});

describe('mayReadThread', () => {
  const subject = plan();
  it.each([
    ['a reviewer', true, true, reviewer],
    ['an admin', true, true, admin],
    ['a reviewer with a conflict of interest', false, true, conflicted],
    ['the lead', false, true, lead],
    ['a participant', false, true, participant],
    ['another partner', false, false, outsider],
  ] as const)('%s reads reviewers threads: %s, participants threads: %s', (_who, reviewers, participants, actor) => {
    expect([mayReadThread(subject, 'reviewers', actor), mayReadThread(subject, 'participants', actor)]).toEqual([reviewers, participants]);
  });
});
