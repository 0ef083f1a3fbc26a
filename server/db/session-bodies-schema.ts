// Each session's serialized JSON body, stored as ODS/API 7.3 stores a resource's body so reads
// need not rebuild it. The session writes store it in their own transaction; these triggers drop a
// body whenever anything it shows changes by any other path (seeding, cascades, lookup edits), so a
// stored body is never stale: a missing one is built on read and stored again at the next start.

const staleWhen = (name: string, event: string, sessionIds: string) => `
CREATE TRIGGER IF NOT EXISTS ${name} AFTER ${event} BEGIN
  DELETE FROM session_bodies WHERE session_id IN (${sessionIds});
END;`

const sessionsOfGradingPeriod = (row: string) =>
  `SELECT session_id FROM session_grading_periods WHERE grading_period_id = ${row}.grading_period_id`
const sessionsOfWeek = (row: string) => `SELECT session_id FROM session_academic_weeks WHERE academic_week_id = ${row}.academic_week_id`

export const sessionBodiesSql = /* sql */ `
CREATE TABLE IF NOT EXISTS session_bodies (
  session_id INTEGER PRIMARY KEY REFERENCES sessions (session_id) ON DELETE CASCADE,
  body       TEXT NOT NULL
);
${staleWhen('session_body_stale_on_update', 'UPDATE ON sessions', 'OLD.session_id')}
${staleWhen('session_body_stale_on_period_added', 'INSERT ON session_grading_periods', 'NEW.session_id')}
${staleWhen('session_body_stale_on_period_removed', 'DELETE ON session_grading_periods', 'OLD.session_id')}
${staleWhen('session_body_stale_on_week_added', 'INSERT ON session_academic_weeks', 'NEW.session_id')}
${staleWhen('session_body_stale_on_week_removed', 'DELETE ON session_academic_weeks', 'OLD.session_id')}
${staleWhen(
  'session_body_stale_on_school',
  'UPDATE OF id, school_id ON schools',
  'SELECT session_id FROM sessions WHERE school_id IN (OLD.school_id, NEW.school_id)',
)}
${staleWhen(
  'session_body_stale_on_school_year',
  'UPDATE OF id, school_year ON school_year_types',
  'SELECT session_id FROM sessions WHERE school_year IN (OLD.school_year, NEW.school_year)',
)}
${staleWhen(
  'session_body_stale_on_descriptor',
  'UPDATE OF id, namespace, code_value ON descriptors',
  `SELECT session_id FROM sessions WHERE term_descriptor_id = OLD.descriptor_id
   UNION SELECT sgp.session_id FROM session_grading_periods sgp
     JOIN grading_periods gp ON gp.grading_period_id = sgp.grading_period_id
    WHERE gp.grading_period_descriptor_id = OLD.descriptor_id`,
)}
${staleWhen(
  'session_body_stale_on_grading_period',
  'UPDATE OF id, grading_period_descriptor_id, grading_period_name, school_id, school_year ON grading_periods',
  sessionsOfGradingPeriod('OLD'),
)}
${staleWhen('session_body_stale_on_week', 'UPDATE OF id, school_id, week_identifier ON academic_weeks', sessionsOfWeek('OLD'))}
`
