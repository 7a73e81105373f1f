/**
 * The application menu: the platform's standard roles plus links to Microsoft's documentation.
 */
import type { MenuItemConstructorOptions } from 'electron'
import { SOURCE_PREREQUISITES, SOURCE_UPGRADE_PATHS, SOURCE_VERSION_HISTORY } from '~shared/rules/sources'

/** What the menu depends on. */
export interface MenuInput {
  /** macOS gets the app menu first. */
  readonly isMac: boolean
  /** Reload and DevTools exist only when not packaged. */
  readonly isPackaged: boolean
  /** Opens a documentation link through the allowlisted `openExternal`. */
  readonly openLink: (url: string) => void
}

/** The documentation the Help menu links to (all on the external-link allowlist). */
export const HELP_LINKS: readonly { readonly label: string; readonly url: string }[] = [
  { label: 'Upgrading Microsoft Entra Connect', url: SOURCE_UPGRADE_PATHS.url },
  { label: 'Entra Connect prerequisites', url: SOURCE_PREREQUISITES.url },
  { label: 'Entra Connect version history', url: SOURCE_VERSION_HISTORY.url },
]

function viewMenu(isPackaged: boolean): MenuItemConstructorOptions {
  const developerItems: MenuItemConstructorOptions[] = isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
  return {
    label: 'View',
    submenu: [
      ...developerItems,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
}

/** Builds the menu template (pure; `Menu.buildFromTemplate` turns it into the menu). */
export function buildMenuTemplate(input: MenuInput): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = input.isMac ? [{ role: 'appMenu' }] : []
  return [
    ...appMenu,
    { role: 'fileMenu' },
    { role: 'editMenu' },
    viewMenu(input.isPackaged),
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: HELP_LINKS.map((link) => ({ label: link.label, click: () => input.openLink(link.url) })),
    },
  ]
}
