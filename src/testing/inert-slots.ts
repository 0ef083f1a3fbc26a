import type { SessionDetailSlots } from '../features/session-detail/session-detail-page.tsx'
import type { SessionsPageSlots } from '../features/sessions-list/sessions-page.tsx'

// Screen tests render one feature alone: the slots other features fill in the app stay empty.
export const inertSessionsPageSlots: SessionsPageSlots = { sinceLastVisit: null, exportButton: () => null, SessionEditor: () => null }
export const inertDetailSlots: SessionDetailSlots = { SessionEditor: () => null, DeleteSessionDialog: () => null }
