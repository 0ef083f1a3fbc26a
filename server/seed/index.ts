import type { Db } from '../db/database.ts'

// TODO(skeleton): filled in by the seed work of the embedded-API issue.

/** Descriptors, school years 1991-2050, Grand Bend ISD and its three schools, grading periods and academic weeks. */
export function seedReferenceData(db: Db): void {
  void db
}

/** Reference data plus realistic Grand Bend sessions (>= 100), their grading periods/weeks and some course offerings. */
export function seedDemoData(db: Db): void {
  seedReferenceData(db)
}
