/**
 * A condition that is always true and lets the statement's own transaction commit without waiting
 * for its WAL to reach the disk (`synchronous_commit` off for that transaction alone, as `SET LOCAL`
 * would, which an autocommit statement has no transaction to hold). Put it in the WHERE of the
 * statement's write. The commit is as atomic and as visible as any other; what a crash of the
 * database server can lose is the last fraction of a second of such commits, never a later
 * synchronous commit's (WAL is flushed in order), and the database comes back consistent as of an
 * instant before it. So only for writes that the service redoes when they are missing; inside an
 * explicit transaction it applies to the whole transaction.
 */
export const COMMIT_WITHOUT_WAL_FLUSH = `set_config('synchronous_commit', 'off', true) is not null`;
