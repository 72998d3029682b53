import type { SessionRow, UserRow } from './auth/auth.table.js';

/** What middleware puts on the context for the routes after it. */
export type AppEnv = {
  Variables: {
    /** The signed-in user and their session, or null for an anonymous request. */
    auth: { user: UserRow; session: SessionRow } | null;
  };
};
