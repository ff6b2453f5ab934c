// The committed store-listing icons are exactly what `npm run icons` draws, at the sizes the store asks for.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../..');
const committedDir = path.join(root, 'docs/store-listing');

let freshDir: string;

beforeAll(() => {
  freshDir = mkdtempSync(path.join(os.tmpdir(), 'icons-'));
  execFileSync(process.execPath, [path.join(root, 'scripts/icons.mjs'), '--out', freshDir]);
});

afterAll(() => rmSync(freshDir, { recursive: true, force: true }));

const pngs = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.png'))
    .sort();

/** Width and height from a PNG's IHDR chunk. */
function dimensions(png: Buffer): [number, number] {
  return [png.readUInt32BE(16), png.readUInt32BE(20)];
}

describe('store-listing icons', () => {
  it('are the 32×32 and 128×128 app icons the Marketplace asks for', () => {
    expect(pngs(committedDir)).toEqual(['icon-128.png', 'icon-32.png']);
    expect(dimensions(readFileSync(path.join(committedDir, 'icon-32.png')))).toEqual([32, 32]);
    expect(dimensions(readFileSync(path.join(committedDir, 'icon-128.png')))).toEqual([128, 128]);
  });

  it('are reproduced byte for byte by npm run icons (run it after changing the drawing)', () => {
    expect(pngs(freshDir)).toEqual(pngs(committedDir));
    for (const name of pngs(freshDir)) {
      const fresh = readFileSync(path.join(freshDir, name));
      expect({ name, same: fresh.equals(readFileSync(path.join(committedDir, name))) }).toEqual({
        name,
        same: true,
      });
    }
  });
});
