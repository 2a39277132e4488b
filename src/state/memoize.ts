/**
 * Remembers the last result of `fn` and returns it while every argument is the same (Object.is).
 * The store replaces a value when it changes it, so identity is the right test, and one remembered
 * call is enough: selectors are asked about the current state.
 */
export function memoizeLast<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null;
  let last: R;
  return (...args: A): R => {
    if (lastArgs !== null && lastArgs.length === args.length && lastArgs.every((a, i) => Object.is(a, args[i]))) return last;
    last = fn(...args);
    lastArgs = args;
    return last;
  };
}

/**
 * Like memoizeLast, but remembers the last `size` calls. For a selector asked about two states at
 * once: the date a slider step has just set, and the deferred date a view still renders with. With
 * one slot the two evicted each other, and a walk over every shown event ran twice per step, once
 * of them inside the step's own event handler (measured at 100,000 events: ~15 ms a step).
 */
export function memoizeRecent<A extends readonly unknown[], R>(fn: (...args: A) => R, size = 2): (...args: A) => R {
  const calls: Array<{ args: A; result: R }> = [];
  return (...args: A): R => {
    const hit = calls.find((c) => c.args.length === args.length && c.args.every((a, i) => Object.is(a, args[i])));
    if (hit) return hit.result;
    const result = fn(...args);
    calls.unshift({ args, result });
    if (calls.length > size) calls.pop();
    return result;
  };
}
