import { describe, expect, it } from 'vitest'
import { createAppInfoHandler } from '~electron/main/ipc/handlers/app-info'
import { createFakeDeps } from '~tests/mocks/main-deps'
import { BUILT_IN_PACK } from '~shared/rules/pack/built-in'

describe('createAppInfoHandler', () => {
  it('answers the app version, the rule pack, the platform and today', async () => {
    expect(await createAppInfoHandler(createFakeDeps())({})).toEqual({
      ok: true,
      value: { appVersion: '0.1.0', rulePack: { version: BUILT_IN_PACK.version, asOf: BUILT_IN_PACK.asOf }, platform: 'win32', today: '2026-11-26' },
    })
  })
})
