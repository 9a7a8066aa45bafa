/**
 * Test-only fault hooks, set through PUTUO_FAULT (e.g. "after-write:kill" or "write:enospc").
 * Nothing sets them outside tests; with the variable unset every hook is a no-op.
 */
export type FaultPoint =
  'after-write' | 'mid-render' | 'before-switch' | 'after-switch' | 'write' | 'render';

function actionAt(point: FaultPoint): string | undefined {
  for (const part of (process.env.PUTUO_FAULT ?? '').split(',')) {
    const [at, action] = part.split(':');
    if (at === point) return action;
  }
  return undefined;
}

/** Dies at a named point of a publish, as a power cut or an OOM kill would. */
export function crashPoint(point: Exclude<FaultPoint, 'write' | 'render'>): void {
  if (actionAt(point) === 'kill') process.kill(process.pid, 'SIGKILL');
}

/** Fails a write into the state folder as a full disk would. */
export function diskFault(path: string): void {
  if (actionAt('write') === 'enospc')
    throw Object.assign(new Error(`ENOSPC: no space left on device, write '${path}'`), {
      code: 'ENOSPC',
      path,
    });
}

/** Whether the render worker is to die on the `n`th render of this process ("render:crash-N"). */
export function renderFault(n: number): boolean {
  return actionAt('render') === `crash-${n}`;
}
