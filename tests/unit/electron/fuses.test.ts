import { describe, expect, it } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
// js-yaml comes with electron-builder, which reads this very file with it.
const yaml = createRequire(import.meta.url)('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  asar?: unknown;
  electronFuses?: Record<string, unknown>;
}

const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('packaged build (electron-builder.yml)', () => {
  it('ships the app as an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      // loadFile() of dist/renderer/index.html inside app.asar needs it (see the comment in the file).
      grantFileProtocolExtraPrivileges: true,
    });
  });

  it('uses only keys electron-builder knows (its own JSON schema)', () => {
    const scheme = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      properties: Record<string, unknown>;
      definitions: { FuseOptionsV1: { properties: Record<string, { type?: string }> } };
    };
    for (const key of Object.keys(config)) expect(scheme.properties, key).toHaveProperty(key);
    const fuses = scheme.definitions.FuseOptionsV1.properties;
    for (const key of Object.keys(config.electronFuses ?? {})) expect(fuses[key]?.type, key).toBe('boolean');
  });
});
