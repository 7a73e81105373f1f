/**
 * Renderer tests run in one explicit locale, en-GB ("30 Sept 2026"), as the browser tests do:
 * jsdom would otherwise say en-US, and every date on screen goes through the user's locale
 * (renderer/src/components/locale-date.ts). A test of another locale passes its own formatter.
 */
Object.defineProperty(window.navigator, 'language', { value: 'en-GB', configurable: true })
