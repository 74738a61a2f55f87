/** Runs a long job in small slices of idle time, so the page's own work always comes first. */

/** How long one slice may run. Well under the 50 ms that counts as a long task. */
export const SLICE_MS = 8;

export interface IdleScheduler {
  /** Calls `callback` when the browser is idle (requestIdleCallback, or a timer fallback). */
  requestIdle(callback: (deadline: IdleDeadline) => void): void;
}

/** A unit of work: does some of the job before `shouldYield()` says stop; returns true if more remains. */
export type SlicedJob = (shouldYield: () => boolean) => boolean;

export interface WorkerHooks {
  /** After a slice that finished the job (outside the slice's timing). */
  onDone?: () => void;
}

/**
 * Keeps calling `job` in idle slices until it reports it is done. `wake()` restarts a finished job.
 *
 * @example const worker = createIdleWorker(scheduler, (shouldYield) => { while (queue.length && !shouldYield()) step(); return queue.length > 0; }); worker.wake();
 */
export function createIdleWorker(scheduler: IdleScheduler, job: SlicedJob, hooks: WorkerHooks = {}) {
  let scheduled = false;
  let stopped = false;

  function runSlice(deadline: IdleDeadline): void {
    scheduled = false;
    if (stopped) return;
    const start = performance.now();
    // timeRemaining() can promise up to 50 ms; a slice never takes more than SLICE_MS.
    const budget = Math.min(SLICE_MS, Math.max(deadline.timeRemaining(), 2));
    const shouldYield = () => performance.now() - start >= budget;
    const more = job(shouldYield);
    if (more) wake();
    else hooks.onDone?.();
  }

  function wake(): void {
    if (scheduled || stopped) return;
    scheduled = true;
    scheduler.requestIdle(runSlice);
  }

  return {
    wake,
    stop(): void {
      stopped = true;
    },
  };
}
