export { seedReferenceData, SCHOOLS, GRAND_BEND_LEA, CURRENT_SCHOOL_YEAR } from './reference.ts'
export { seedDemoData } from './demo.ts'
export { generateSessions } from './generate.ts'
