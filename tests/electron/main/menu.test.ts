import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { buildMenuTemplate, HELP_LINKS } from '~electron/main/menu'
import { isAllowedExternalUrl } from '~electron/main/url-policy'

function roles(items: readonly MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role === undefined ? [] : [item.role]),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

const build = (isMac: boolean, isPackaged: boolean, openLink = vi.fn()) => buildMenuTemplate({ isMac, isPackaged, openLink })

describe('buildMenuTemplate', () => {
  it('has the standard menus, with the app menu first on macOS only', () => {
    expect(build(true, true).map((item) => item.role ?? item.label)).toEqual(['appMenu', 'fileMenu', 'editMenu', 'View', 'windowMenu', 'help'])
    expect(build(false, true).map((item) => item.role ?? item.label)).toEqual(['fileMenu', 'editMenu', 'View', 'windowMenu', 'help'])
  })

  it('offers reload and DevTools only when not packaged', () => {
    expect(roles(build(false, false))).toEqual(expect.arrayContaining(['reload', 'forceReload', 'toggleDevTools']))
    expect(roles(build(false, true))).not.toEqual(expect.arrayContaining(['reload']))
    expect(roles(build(false, true))).not.toContain('toggleDevTools')
  })

  it('opens each help link through openLink', () => {
    const openLink = vi.fn()
    const help = build(false, true, openLink).at(-1)
    const items = help?.submenu as MenuItemConstructorOptions[]
    for (const item of items) {
      item.click?.({} as never, undefined, {} as never)
    }
    expect(openLink.mock.calls.map(([url]) => url)).toEqual(HELP_LINKS.map((link) => link.url))
  })

  it('links only to allowlisted documentation', () => {
    expect(HELP_LINKS.every((link) => isAllowedExternalUrl(link.url))).toBe(true)
  })
})
