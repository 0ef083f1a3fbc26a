import { problems } from './problem.ts'
import { ruleMessages, typeMessages as m } from './session-validation-messages.ts'
import { calendarDate } from './session-validation-shape.ts'
import { textProblems } from './text-rules.ts'
import { ErrorBag } from './validation-errors.ts'

// Validator for lookup and course-offering bodies with the sessions' binding rules and wording:
// type errors alone when there are any, else every rule failure at once.

type Json = Record<string, unknown>

export interface TextRules {
  required?: boolean
  min?: number
  max?: number
  /** Identity members refuse leading or trailing spaces (NoWhitespaceAttribute). */
  identity?: boolean
}

export interface IntRules {
  required?: boolean
  int64?: boolean
  /** Identifying values of references: 0 is the "not supplied" default. */
  nonZero?: boolean
  min?: number
}

const INTEGER_TEXT = /^\s*([+-]?\d+)\s*$/

export class BodyReader {
  private readonly types = new ErrorBag()
  private readonly rules = new ErrorBag()
  private readonly root: Json

  constructor(root: Json) {
    this.root = root
  }

  private value(path: string): unknown {
    let current: unknown = this.root
    for (const name of path.split('.')) {
      if (typeof current !== 'object' || current === null || Array.isArray(current)) return undefined
      let found: unknown
      for (const key of Object.keys(current)) if (key.toLowerCase() === name.toLowerCase()) found = (current as Json)[key]
      current = found
    }
    return current
  }

  addRule(path: string, message: string): void {
    this.rules.add(`$.${path}`, message)
  }

  text(path: string, name: string, rules: TextRules = {}): string | undefined {
    const value = this.value(path)
    if (value === undefined || value === null) {
      if (rules.required) this.addRule(path, `${name} is required.`)
      return undefined
    }
    if (typeof value === 'object') {
      this.types.add(`$.${path}`, m.unexpectedCharacter(value, path))
      return undefined
    }
    const text = String(value)
    if (rules.required && text.trim() === '') this.addRule(path, `${name} is required and should not be left empty.`)
    else if (rules.max !== undefined && (text.length > rules.max || text.length < (rules.min ?? 0))) {
      this.addRule(path, rules.min ? ruleMessages.lengthBetween(name, rules.min, rules.max) : ruleMessages.maxLength(name, rules.max))
    } else if (rules.identity && text.trim() !== text) this.addRule(path, `${name} cannot contain leading or trailing spaces.`)
    for (const problem of textProblems(name, text, rules.identity === true)) this.addRule(path, problem)
    return text
  }

  int(path: string, name: string, rules: IntRules = {}): number | undefined {
    const value = this.value(path)
    if (value === undefined || value === null) {
      if (rules.required) this.addRule(path, `${name} is required.`)
      return undefined
    }
    const digits = typeof value === 'string' ? INTEGER_TEXT.exec(value)?.[1] : undefined
    const parsed = typeof value === 'number' ? value : digits === undefined ? Number.NaN : Number(digits)
    const limit = rules.int64 ? Number.MAX_SAFE_INTEGER : 2147483647
    if (!Number.isInteger(parsed) || Math.abs(parsed) > limit) {
      const at = `$.${path}`
      if (typeof value === 'number' && Number.isFinite(value) && !Number.isInteger(value)) this.types.add(at, m.notAnInteger(value, path))
      else if (typeof value === 'number' && !rules.int64 && Number.isInteger(value)) this.types.add(at, m.int32Overflow(value, path))
      else if (typeof value === 'string' && !rules.int64) this.types.add(at, m.stringNotInteger(value, path))
      else this.types.add(at, m.conversion(value, rules.int64 ? 'System.Int64' : 'System.Int32', path))
      return undefined
    }
    if (rules.nonZero && parsed === 0) this.addRule(path, `${name} value must be different than 0.`)
    else if (rules.min !== undefined && parsed < rules.min) this.addRule(path, `${name} must be greater than or equal to ${rules.min}.`)
    return parsed === 0 ? 0 : parsed
  }

  bool(path: string, name: string, required = false): boolean | undefined {
    const value = this.value(path)
    if (value === undefined || value === null) {
      if (required) this.addRule(path, `${name} is required.`)
      return undefined
    }
    if (typeof value === 'boolean') return value
    if (typeof value === 'string' && /^(true|false)$/i.test(value.trim())) return value.trim().toLowerCase() === 'true'
    this.types.add(`$.${path}`, m.conversion(value, 'System.Boolean', path))
    return undefined
  }

  /** A calendar date as the sessions read it; the .NET default date (1/1/0001) means "required". */
  date(path: string, name: string, required = false): string | undefined {
    const value = this.value(path)
    const date = typeof value === 'string' ? calendarDate(value.trim()) : undefined
    if (value === undefined || value === null || date === '0001-01-01') {
      if (required) this.addRule(path, `${name} is required.`)
      return undefined
    }
    if (date) return date
    this.types.add(`$.${path}`, m.invalidValue())
    return undefined
  }

  reference(path: string, typeName: string, members: readonly (readonly [string, string])[], required = true): void {
    const value = this.value(path)
    if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) {
      this.types.add(`$.${path}`, Array.isArray(value) ? m.arrayForObject(typeName, path) : m.conversion(value, typeName, path))
      return
    }
    const missing = members.filter(([member]) => {
      const v = this.value(`${path}.${member}`)
      return v === undefined || v === null
    })
    if (missing.length === members.length) {
      if (required) this.addRule(path, `${typeName} is required.`)
    } else if (missing.length > 0) {
      this.addRule(path, `${typeName} is missing the following properties: ${missing.map(([, display]) => display).join(', ')}`)
    }
  }

  finish(): void {
    if (!this.types.isEmpty) throw problems.dataValidation(this.types.errors)
    if (!this.rules.isEmpty) throw problems.dataValidation(this.rules.errors)
  }
}

export function objectBody(value: unknown, typeName: string): Json {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Json
  const message = Array.isArray(value) ? m.arrayForObject(typeName, '') : m.conversion(value, typeName, '')
  throw problems.dataValidation({ $: [message] })
}
