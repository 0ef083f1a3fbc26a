import { readdirSync, readFileSync } from 'node:fs'

// CPU seconds used by the processes a bench started (its server, its browser), from /proc (Linux). On a shared machine
// wall-clock times move with the load; the CPU a side spends does not, so it says how much work
// the side added even when the clock cannot.

const TICKS_PER_SECOND = 100

interface ProcStat {
  pid: number
  ppid: number
  ticks: number
}

function readStat(pid: string): ProcStat | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // The command name is in parentheses and may hold spaces: fields are counted after its end.
    const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
    return { pid: Number(pid), ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
  } catch {
    return undefined // the process ended meanwhile
  }
}

/** CPU seconds (user + system) of every process below `pid` (by default, everything this bench started). */
export function cpuSecondsBelow(pid: number = process.pid): number {
  let entries: string[]
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name))
  } catch {
    return 0
  }
  const children = new Map<number, ProcStat[]>()
  for (const stat of entries.map(readStat)) {
    if (stat) children.set(stat.ppid, [...(children.get(stat.ppid) ?? []), stat])
  }
  let ticks = 0
  const visit = (parent: number) => {
    for (const child of children.get(parent) ?? []) {
      ticks += child.ticks
      visit(child.pid)
    }
  }
  visit(pid)
  return ticks / TICKS_PER_SECOND
}
