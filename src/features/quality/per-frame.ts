// Progress arrives a hundred times a second on a fast server; the screen needs it once per frame.

export function perFrame<T>(apply: (value: T) => void): (value: T) => void {
  const nextFrame = typeof requestAnimationFrame === 'function' ? requestAnimationFrame : (run: () => void) => setTimeout(run, 16)
  let latest: T
  let scheduled = false
  return (value) => {
    latest = value
    if (scheduled) return
    scheduled = true
    nextFrame(() => {
      scheduled = false
      apply(latest)
    })
  }
}
