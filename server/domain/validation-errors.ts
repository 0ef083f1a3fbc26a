import type { ValidationErrors } from './problem.ts'

/** ASP.NET's MaxModelValidationErrors: past it, one note instead of more (answers stay small). */
export const MAX_VALIDATION_ERRORS = 200
export const TOO_MANY_ERRORS = 'The maximum number of allowed model errors has been reached.'

export class ErrorBag {
  readonly errors: ValidationErrors = {}
  private count = 0

  add(path: string, message: string): void {
    if (this.count >= MAX_VALIDATION_ERRORS) {
      if (this.count++ === MAX_VALIDATION_ERRORS) (this.errors.$ ??= []).push(TOO_MANY_ERRORS)
      return
    }
    this.count += 1
    const list = Object.hasOwn(this.errors, path) ? this.errors[path] : undefined
    if (list) {
      if (!list.includes(message)) list.push(message)
    } else {
      this.errors[path] = [message]
    }
  }

  get isEmpty(): boolean {
    return Object.keys(this.errors).length === 0
  }
}

export function jsonPath(newtonsoftPath: string): string {
  return newtonsoftPath === '' ? '$' : `$.${newtonsoftPath}`
}

export function childPath(parent: string, member: string): string {
  return parent === '' ? member : `${parent}.${member}`
}
