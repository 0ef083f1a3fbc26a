import { beforeEach, describe, expect, it } from 'vitest'
import { rememberedSchool, rememberSchool } from './remembered-school.ts'

describe('remembered school', () => {
  beforeEach(() => localStorage.clear())

  it('keeps the last school per browser and ignores junk', () => {
    expect(rememberedSchool()).toBeUndefined()
    rememberSchool(255901044)
    expect(rememberedSchool()).toBe(255901044)
    localStorage.setItem('edfi-steward.remembered-school', 'abc')
    expect(rememberedSchool()).toBeUndefined()
  })
})
