import { readdirSync, readFileSync } from 'node:fs'

// CPU time (user + system) used by a process and all its descendants, read from /proc (Linux). On a
// shared machine wall-clock figures move with everyone else's load; CPU per row does not.

const TICK_MS = 10

function readStat(pid: string): { ppid: number; ticks: number } | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ')
    return { ppid: Number(fields[1]), ticks: Number(fields[11]) + Number(fields[12]) }
  } catch {
    return undefined // the process ended meanwhile
  }
}

export function processTreeCpuMs(rootPid: number | undefined): number {
  if (rootPid === undefined) return 0
  const stats = new Map<number, { ppid: number; ticks: number }>()
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    const stat = readStat(pid)
    if (stat) stats.set(Number(pid), stat)
  }
  const inTree = (pid: number): boolean => {
    for (let p: number | undefined = pid; p !== undefined && p > 1; p = stats.get(p)?.ppid) if (p === rootPid) return true
    return false
  }
  let ticks = 0
  for (const [pid, stat] of stats) if (inTree(pid)) ticks += stat.ticks
  return ticks * TICK_MS
}
