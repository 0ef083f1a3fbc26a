// The form's rules are shared with bulk changes (CSV import, edit selected), so they live with the
// sessions API; the editor keeps importing them from here.
export * from '../api/session-form-rules.ts'
