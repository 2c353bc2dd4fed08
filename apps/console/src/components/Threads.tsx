import { useState, type FormEvent } from 'react';
import { ok, type Plan, type Schemas } from '../api/client';
import { fieldLabel, pointerToField } from '../fields';
import { authorWords, dateTime, valueWords } from '../format';
import { isCoordinator, useApi, type Session } from '../session';
import { RefusalNotice } from './Refusal';

export type Thread = Schemas['ThreadResponse'];
type Visibility = Thread['visibility'];
type CitedThread = Schemas['CitedThreadResponse'];

const FINAL = ['approved', 'rejected', 'withdrawn', 'superseded'];

/** Whether the key may speak in the plan's `participants` threads, as the service rules it: reviewers, admins, the lead and the participants. */
export function mayDiscuss(session: Session, plan: Plan): boolean {
  if (FINAL.includes(plan.status)) return false;
  if (isCoordinator(session)) return true;
  const code = session.partnerCode;
  return code === plan.leadPartner || (plan.participants ?? []).some((participant) => participant.partnerCode === code);
}

/** What a thread is about, in words: the field it is anchored to (and in which version), or the plan. */
export function threadTopic(thread: Pick<Thread, 'anchor'>, plan: Plan): string {
  if (!thread.anchor) return 'the plan as a whole';
  const field = pointerToField(thread.anchor.path, plan);
  return `${field ? fieldLabel(field) : thread.anchor.path} (version ${thread.anchor.version})`;
}

interface ThreadProps {
  thread: Thread;
  plan: Plan;
  cited?: CitedThread;
  onChanged(): void;
}

/** One thread: its comments as written (plain text), whether a later version changed its field, and a reply. */
export function ThreadCard({ thread, plan, cited, onChanged }: ThreadProps) {
  const { api, session } = useApi();
  const [reply, setReply] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const speaks = mayDiscuss(session, plan);
  const path = { params: { path: { id: plan.id, threadId: thread.id } } };
  const label = `Thread on ${threadTopic(thread, plan)}`;

  const act = async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      onChanged();
      return true;
    } catch (refused) {
      setError(refused);
      return false;
    } finally {
      setBusy(false);
    }
  };
  const send = async (event: FormEvent) => {
    event.preventDefault();
    if (await act(async () => ok(await api.POST('/v1/plans/{id}/threads/{threadId}/comments', { ...path, body: { body: reply } })))) setReply('');
  };

  return (
    <article className={`thread thread-${thread.status}`} aria-label={label}>
      <p className="thread-head">
        <span className="badge">{thread.visibility === 'reviewers' ? 'Reviewers only' : 'Participants'}</span> <span className={`badge thread-status-${thread.status}`}>{thread.status === 'open' ? 'Open' : 'Resolved'}</span>
        {thread.outdated && <span className="badge outdated">Outdated</span>}
        {cited && <span className="badge cited">{cited.changed ? 'Cited: field changed' : 'Cited: field not changed yet'}</span>}
      </p>
      {thread.outdated && (
        <p className="thread-outdated">
          A later version changed this field{thread.currentValue !== undefined ? `: it now reads ${valueWords(thread.currentValue)}` : ''}.
        </p>
      )}
      <ol className="comments">
        {thread.comments.map((comment) => (
          <li key={comment.id}>
            <p className="comment-meta">
              {authorWords(comment.author)}, <time dateTime={comment.createdAt}>{dateTime(comment.createdAt)}</time>
            </p>
            <p className="comment-body">{comment.body}</p>
          </li>
        ))}
      </ol>
      {speaks && thread.status === 'open' && (
        <form onSubmit={send} className="reply">
          <label htmlFor={`reply-${thread.id}`}>Reply</label>
          <textarea id={`reply-${thread.id}`} rows={2} value={reply} onChange={(event) => setReply(event.target.value)} />
          <div className="actions">
            <button type="submit" disabled={busy || !reply.trim()}>
              Send the reply
            </button>
            <button type="button" className="secondary" disabled={busy} onClick={() => void act(async () => ok(await api.POST('/v1/plans/{id}/threads/{threadId}/resolve', path)))}>
              Resolve
            </button>
          </div>
        </form>
      )}
      {speaks && thread.status === 'resolved' && (
        <button type="button" className="secondary" disabled={busy} onClick={() => void act(async () => ok(await api.POST('/v1/plans/{id}/threads/{threadId}/reopen', path)))}>
          Reopen
        </button>
      )}
      {error !== null && <RefusalNotice error={error} onReload={onChanged} />}
    </article>
  );
}

interface OpenProps {
  plan: Plan;
  /** The field's pointer in the current version; none for a thread on the plan as a whole. */
  pointer?: string;
  topic: string;
  onChanged(): void;
}

/**
 * Opens a thread on a field (or the plan): behind a button, so a page of thirty fields is not thirty
 * forms. Reviewers choose who reads it; a partner's thread is always one the participants read.
 */
export function OpenThread({ plan, pointer, topic, onChanged }: OpenProps) {
  const { api, session } = useApi();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>('participants');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const id = `open-thread-${(pointer ?? 'plan').replace(/[^A-Za-z0-9]+/g, '-')}`;

  if (!mayDiscuss(session, plan)) return null;
  if (!open) {
    return (
      <button type="button" className="link-button open-thread" onClick={() => setOpen(true)} aria-label={`Open a thread on ${topic}`}>
        Open a thread
      </button>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      ok(await api.POST('/v1/plans/{id}/threads', { params: { path: { id: plan.id } }, body: { body, visibility, ...(pointer ? { path: pointer, version: plan.version } : {}) } }));
      setOpen(false);
      setBody('');
      onChanged();
    } catch (refused) {
      setError(refused);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="open-thread-form" onSubmit={submit}>
      <label htmlFor={id}>New thread on {topic}</label>
      <textarea id={id} rows={3} value={body} onChange={(event) => setBody(event.target.value)} />
      {isCoordinator(session) && (
        <fieldset>
          <legend>Who reads it</legend>
          {(['participants', 'reviewers'] as const).map((choice) => (
            <div className="choice" key={choice}>
              <input type="radio" id={`${id}-${choice}`} name={`${id}-visibility`} checked={visibility === choice} onChange={() => setVisibility(choice)} />
              <label htmlFor={`${id}-${choice}`}>{choice === 'participants' ? 'The lead, the participants, reviewers and admins' : 'Reviewers and admins only'}</label>
            </div>
          ))}
        </fieldset>
      )}
      {error !== null && <RefusalNotice error={error} onReload={onChanged} />}
      <div className="actions">
        <button type="submit" disabled={busy || !body.trim()}>
          Open the thread
        </button>
        <button type="button" className="secondary" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      <p className="help">{visibility === 'reviewers' ? 'Only reviewers and admins will read it.' : 'The lead, the participants, reviewers and admins will read it.'}</p>
    </form>
  );
}
