/**
 * Module-resolution hooks (`module.register`) for the main-process start figure: `electron`
 * resolves to the bench's stub, since no Electron binary exists here.
 */

const STUB_URL = new URL('./electron-stub.mjs', import.meta.url).href

/** Sends `electron` to the stub; everything else resolves as usual. */
export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') {
    return { url: STUB_URL, shortCircuit: true }
  }
  return nextResolve(specifier, context)
}
