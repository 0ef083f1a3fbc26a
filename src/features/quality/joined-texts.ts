// Many short texts as one long string with the end of each: a structured clone copies one string at
// once, where thousands of short ones are each written and read back on their own.

export interface JoinedTexts {
  text: string
  ends: Uint32Array
}

export function joinTexts(count: number) {
  const ends = new Uint32Array(count)
  let text = ''
  let at = 0
  return {
    add(part: string) {
      text += part
      ends[at++] = text.length
    },
    joined: (): JoinedTexts => ({ text, ends }),
  }
}

export const textAt = ({ text, ends }: JoinedTexts, k: number): string => text.slice(k === 0 ? 0 : ends[k - 1], ends[k])
