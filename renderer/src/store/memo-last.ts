/**
 * Remembering a derived value for its last inputs, so selectors return the same object (and
 * components do not re-render) until an input really changes.
 */

/** Wraps `derive`: while every argument is identical (`Object.is`) to the last call's, the last result is returned. */
export function memoLast<A extends readonly unknown[], R>(derive: (...args: A) => R): (...args: A) => R {
  let last: { readonly args: A; readonly result: R } | undefined
  return (...args: A): R => {
    if (last !== undefined && last.args.length === args.length && last.args.every((arg, index) => Object.is(arg, args[index]))) {
      return last.result
    }
    const result = derive(...args)
    last = { args, result }
    return result
  }
}
