import { readFileSync } from 'node:fs';
import path from 'node:path';

const manifest = JSON.parse(
  readFileSync(path.resolve(__dirname, '../../manifests/appsscript.json'), 'utf8'),
) as {
  runtimeVersion: string;
  timeZone: string;
  oauthScopes: string[];
  dependencies: { enabledAdvancedServices?: { userSymbol: string; version: string; serviceId: string }[] };
};

describe('manifests/appsscript.json', () => {
  it('declares exactly the three minimal scopes (SPEC §8.2)', () => {
    expect([...manifest.oauthScopes].sort()).toEqual(
      [
        'https://www.googleapis.com/auth/drive.file',
        'https://www.googleapis.com/auth/script.container.ui',
        'https://www.googleapis.com/auth/spreadsheets.currentonly',
      ].sort(),
    );
    expect(manifest.oauthScopes).toHaveLength(3);
    for (const broad of [
      'auth/drive',
      'auth/drive.readonly',
      'auth/spreadsheets',
      'auth/script.external_request',
    ])
      expect(manifest.oauthScopes).not.toContain(`https://www.googleapis.com/${broad}`);
  });

  it('enables the Advanced Drive service v3 that reads picked files under drive.file', () => {
    expect(manifest.dependencies.enabledAdvancedServices).toEqual([
      { userSymbol: 'Drive', version: 'v3', serviceId: 'drive' },
    ]);
  });

  it('runs on V8 in Vietnam time', () => {
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
  });
});
