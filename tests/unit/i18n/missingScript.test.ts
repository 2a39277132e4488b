import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../../../src/i18n/messages.en';

const ROOT = path.resolve(__dirname, '../../..');
const SCRIPT = path.join(ROOT, 'scripts/i18n-missing.mjs');

function run(dir?: string) {
  const out = spawnSync(process.execPath, [SCRIPT, ...(dir ? [dir] : [])], { encoding: 'utf8' });
  return { code: out.status, text: out.stdout + out.stderr };
}

describe('npm run i18n:missing', () => {
  it('reads every English key and finds nothing missing in the repo', () => {
    const { code, text } = run();
    expect(text).toContain(`en: ${Object.keys(en).length} interface keys`);
    expect(text).toContain('tg: all interface keys present');
    expect(code).toBe(0);
  });

  it('names a key that a language lacks or leaves empty, and fails', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'i18n-'));
    cpSync(path.join(ROOT, 'src/i18n'), path.join(dir, 'src/i18n'), { recursive: true });
    cpSync(path.join(ROOT, 'public/data'), path.join(dir, 'public/data'), { recursive: true });
    const tg = path.join(dir, 'src/i18n/messages.tg.ts');
    const text = readFileSync(tg, 'utf8')
      .replace(/^\s*'playback\.loop':.*\n/m, '')
      .replace(/('share\.copy':\s*)'[^']*'/, "$1''");
    writeFileSync(tg, text);
    const out = run(dir);
    expect(out.code).toBe(1);
    expect(out.text).toContain('tg: 2 missing or empty:');
    expect(out.text).toContain('  playback.loop  (en: Loop)');
    expect(out.text).toContain('  share.copy  (en: Copy link)');
    expect(out.text).toContain('ky: all interface keys present');
  });
});
