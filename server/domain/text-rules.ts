import { ruleMessages as m } from './session-validation-messages.ts'

// Text rules every resource shares. Well-formed Unicode: a lone surrogate would be stored as a
// different character than was sent. Control characters have no place in a key a person reads.
// CrossSiteScriptingValidation.IsDangerousString: "<" + letter, "!", "/" or "?", or "&#".
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/
const isControl = (text: string) => [...text].some((ch) => ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f)
const DANGEROUS = /<[A-Za-z!/?]|&#/

export function textProblems(name: string, value: string, identity: boolean): string[] {
  const problems: string[] = []
  if (LONE_SURROGATE.test(value)) problems.push(`${name} is not well-formed Unicode text.`)
  if (identity && isControl(value)) problems.push(`${name} cannot contain control characters.`)
  if (DANGEROUS.test(value)) problems.push(m.dangerous(name))
  return problems
}
