/**
 * The IPC channel names alone, without their schemas: what main needs to register its handlers
 * before the window opens (the contract, zod and the handlers load on the first request).
 */

/** Every channel name, for registration and tests; `contract.ts` gives each one its schemas. */
export const CHANNELS = [
  'app:get-info',
  'details:open-file',
  'details:open-folder',
  'clipboard:write-text',
  'link:open-external',
  'collector:get-script',
  'collector:save-script',
  'collector:run',
  'collector:cancel',
  'assessments:list',
  'assessments:load',
  'assessments:load-many',
  'assessments:save',
  'assessments:rename',
  'assessments:duplicate',
  'assessments:delete',
  'assessments:export',
  'assessments:import',
  'file:save-text',
  'report:export',
  'rule-pack:get-active',
  'rule-pack:import',
  'rule-pack:list-keys',
  'rule-pack:inspect-key',
  'rule-pack:trust-key',
] as const

/** A channel name. */
export type Channel = (typeof CHANNELS)[number]

/** True for a string that names a channel. */
export function isChannel(channel: unknown): channel is Channel {
  return typeof channel === 'string' && (CHANNELS as readonly string[]).includes(channel)
}

/** Hosts the app may open links to, in the OS browser (Microsoft documentation and its security update guide only). */
export const EXTERNAL_LINK_HOSTS: readonly string[] = ['learn.microsoft.com', 'aka.ms', 'entra.microsoft.com', 'msrc.microsoft.com']
