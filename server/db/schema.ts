// Identity strings use COLLATE NOCASE because SQL Server's default collation makes Ed-Fi natural
// keys case-insensitive: "Fall Semester" and "fall semester" are the same session.
import { sessionBodiesSql } from './session-bodies-schema.ts'

export const SCHEMA_VERSION = 1

const RESOURCE_COLUMNS = /* sql */ `id TEXT NOT NULL UNIQUE, last_modified_date TEXT NOT NULL, change_version INTEGER NOT NULL`

export const schemaSql = /* sql */ `
CREATE TABLE IF NOT EXISTS meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One row: the last change version handed out (Ed-Fi: changes.ChangeVersionSequence).
CREATE TABLE IF NOT EXISTS change_version_sequence (
  singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
  value     INTEGER NOT NULL
);
INSERT OR IGNORE INTO change_version_sequence (singleton, value) VALUES (1, 0);

CREATE TABLE IF NOT EXISTS descriptors (
  descriptor_id      INTEGER PRIMARY KEY,
  kind               TEXT NOT NULL,           -- 'TermDescriptor' | 'GradingPeriodDescriptor'
  namespace          TEXT NOT NULL COLLATE NOCASE,
  code_value         TEXT NOT NULL COLLATE NOCASE,
  short_description  TEXT NOT NULL,
  description        TEXT,
  ${RESOURCE_COLUMNS},
  UNIQUE (kind, namespace, code_value)
);

CREATE TABLE IF NOT EXISTS school_year_types (
  school_year             INTEGER PRIMARY KEY,
  school_year_description TEXT NOT NULL,
  current_school_year     INTEGER NOT NULL DEFAULT 0,
  ${RESOURCE_COLUMNS}
);

CREATE TABLE IF NOT EXISTS local_education_agencies (
  local_education_agency_id INTEGER PRIMARY KEY,
  name_of_institution       TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS schools (
  school_id                 INTEGER PRIMARY KEY,
  name_of_institution       TEXT NOT NULL,
  short_name_of_institution TEXT,
  local_education_agency_id INTEGER REFERENCES local_education_agencies (local_education_agency_id),
  ${RESOURCE_COLUMNS}
);

CREATE TABLE IF NOT EXISTS grading_periods (
  grading_period_id         INTEGER PRIMARY KEY,
  grading_period_descriptor_id INTEGER NOT NULL REFERENCES descriptors (descriptor_id),
  grading_period_name       TEXT NOT NULL COLLATE NOCASE,
  school_id                 INTEGER NOT NULL REFERENCES schools (school_id),
  school_year               INTEGER NOT NULL REFERENCES school_year_types (school_year),
  begin_date                TEXT NOT NULL,
  end_date                  TEXT NOT NULL,
  period_sequence           INTEGER,
  total_instructional_days  INTEGER NOT NULL,
  ${RESOURCE_COLUMNS},
  UNIQUE (grading_period_descriptor_id, grading_period_name, school_id, school_year)
);

CREATE TABLE IF NOT EXISTS academic_weeks (
  academic_week_id          INTEGER PRIMARY KEY,
  school_id                 INTEGER NOT NULL REFERENCES schools (school_id),
  week_identifier           TEXT NOT NULL COLLATE NOCASE,
  begin_date                TEXT NOT NULL,
  end_date                  TEXT NOT NULL,
  total_instructional_days  INTEGER NOT NULL,
  ${RESOURCE_COLUMNS},
  UNIQUE (school_id, week_identifier)
);

-- session_id is the aggregate id: cursor paging and partitions walk it in order. AUTOINCREMENT:
-- an id is never reused after a delete, so a re-created session never lands inside a range a
-- client already walked.
CREATE TABLE IF NOT EXISTS sessions (
  session_id               INTEGER PRIMARY KEY AUTOINCREMENT,
  school_id                INTEGER NOT NULL REFERENCES schools (school_id),
  school_year              INTEGER NOT NULL REFERENCES school_year_types (school_year),
  session_name             TEXT NOT NULL COLLATE NOCASE,
  term_descriptor_id       INTEGER NOT NULL REFERENCES descriptors (descriptor_id),
  begin_date               TEXT NOT NULL,
  end_date                 TEXT NOT NULL,
  total_instructional_days INTEGER NOT NULL,
  ${RESOURCE_COLUMNS},
  UNIQUE (school_id, school_year, session_name)
);
CREATE INDEX IF NOT EXISTS sessions_change_version ON sessions (change_version);
CREATE INDEX IF NOT EXISTS sessions_school_year ON sessions (school_year);

-- Child collections cascade with the parent on delete and on natural-key change.
CREATE TABLE IF NOT EXISTS session_grading_periods (
  session_id        INTEGER NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
  grading_period_id INTEGER NOT NULL REFERENCES grading_periods (grading_period_id),
  PRIMARY KEY (session_id, grading_period_id)
);

CREATE TABLE IF NOT EXISTS session_academic_weeks (
  session_id       INTEGER NOT NULL REFERENCES sessions (session_id) ON DELETE CASCADE,
  academic_week_id INTEGER NOT NULL REFERENCES academic_weeks (academic_week_id),
  PRIMARY KEY (session_id, academic_week_id)
);

-- CourseOffering refers to Session by its natural key, as in the ODS: a key change cascades
-- (ON UPDATE CASCADE) and a delete of a referenced session is refused (409 dependent item).
CREATE TABLE IF NOT EXISTS course_offerings (
  course_offering_id    INTEGER PRIMARY KEY,
  local_course_code     TEXT NOT NULL COLLATE NOCASE,
  school_id             INTEGER NOT NULL,
  school_year           INTEGER NOT NULL,
  session_name          TEXT NOT NULL COLLATE NOCASE,
  local_course_title    TEXT,
  course_code           TEXT NOT NULL,
  education_organization_id INTEGER NOT NULL,
  ${RESOURCE_COLUMNS},
  UNIQUE (local_course_code, school_id, school_year, session_name),
  FOREIGN KEY (school_id, school_year, session_name)
    REFERENCES sessions (school_id, school_year, session_name) ON UPDATE CASCADE ON DELETE RESTRICT
);
CREATE INDEX IF NOT EXISTS course_offerings_session ON course_offerings (school_id, school_year, session_name);

-- Ed-Fi tracked_changes_edfi.session: one row per delete and per key change, each with its own
-- change version. old_* is the key before the change; new_* is null for a delete.
CREATE TABLE IF NOT EXISTS tracked_session_changes (
  tracked_change_id INTEGER PRIMARY KEY,
  kind              TEXT NOT NULL CHECK (kind IN ('delete', 'keyChange')),
  id                TEXT NOT NULL,
  old_school_id     INTEGER NOT NULL,
  old_school_year   INTEGER NOT NULL,
  old_session_name  TEXT NOT NULL,
  new_school_id     INTEGER,
  new_school_year   INTEGER,
  new_session_name  TEXT,
  change_version    INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS tracked_session_changes_kind ON tracked_session_changes (kind, change_version);
${sessionBodiesSql}`
