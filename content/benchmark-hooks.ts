/**
 * Engine hooks that record its work as User Timing entries, read by `npm run bench` from the page.
 * Used only when the benchmark switch is on (see settings/benchmark.ts).
 */
export function benchmarkHooks() {
  return {
    onSlice(ms: number): void {
      const end = performance.now();
      performance.measure('healthlens:slice', { start: end - ms, end });
    },
    onIdle(markCount: number): void {
      performance.mark('healthlens:idle', { detail: markCount });
    },
    measure<T>(name: string, work: () => T): T {
      const start = performance.now();
      const result = work();
      performance.measure(`healthlens:${name}`, { start, end: performance.now() });
      return result;
    },
  };
}
