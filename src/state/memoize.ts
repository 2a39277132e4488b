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
