/**
 * The first screen in two parts: everything above and at the first step's form is drawn in the
 * first frame; the parts that cannot push the form (the step list, the footer, "About this
 * assessment" below the form) right after that frame is painted, in one low-priority render, so
 * the first step is usable sooner (npm run bench, "Renderer start").
 *
 * Only the app's entry waits (it wraps the app in {@link FirstPaintProvider}); without the
 * provider, as in the renderer tests, nothing is held back.
 */
import { createContext, startTransition, Suspense, useContext, useEffect, useState, type ReactNode } from 'react'

const FirstPaintContext = createContext(true)

/**
 * Calls `update` in a low-priority render once the next frame has been painted; returns what
 * cancels it (an effect's clean-up). An animation frame runs before that frame's paint; a task
 * queued from it runs after it.
 */
export function afterNextPaint(update: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => startTransition(update), 0)
  })
  return () => {
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

/** Holds back every {@link AfterFirstPaint} below it until the first frame has been painted. */
export function FirstPaintProvider({ children }: { readonly children: ReactNode }) {
  const [isPainted, setPainted] = useState(false)
  useEffect(() => afterNextPaint(() => setPainted(true)), [])
  return <FirstPaintContext.Provider value={isPainted}>{children}</FirstPaintContext.Provider>
}

/**
 * Its children, from the first frame painted on (at once without a {@link FirstPaintProvider}),
 * with nothing in their place while a lazy child loads.
 */
export function AfterFirstPaint({ children }: { readonly children: ReactNode }) {
  return useContext(FirstPaintContext) ? <Suspense fallback={null}>{children}</Suspense> : null
}
