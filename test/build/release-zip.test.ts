import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { expect } from 'chai';
// @ts-expect-error -- a plain .mjs build script, without declarations
import { unzip, zip } from '../../scripts/release-zip.mjs';

type Entry = { name: string; data: Buffer };
const entries: Entry[] = [
  {
    name: 'perseverance/LISEZMOI.txt',
    data: Buffer.from('Persévérance — « clés »\r\n'.repeat(50)),
  },
  { name: 'perseverance/vide.txt', data: Buffer.alloc(0) },
  { name: 'perseverance/widget/chunks-0.1.0/core.js', data: Buffer.from('export const a = 1;\n') },
];
const date = new Date(Date.UTC(2026, 11, 5, 19, 30, 12));

test('the release archive reads back file for file, names in UTF-8, CRCs checked', () => {
  const archive = zip(entries, date) as Buffer;
  const files = unzip(archive) as Entry[];
  expect(files.map((file) => file.name)).to.deep.equal(entries.map((entry) => entry.name));
  files.forEach((file, index) => expect(file.data.equals(entries[index]!.data)).to.equal(true));
  expect(archive.length).to.be.lessThan(entries.reduce((sum, entry) => sum + entry.data.length, 0));
});

test('one commit, one archive: the same entries and date give the same bytes', () => {
  expect((zip(entries, date) as Buffer).equals(zip(entries, date) as Buffer)).to.equal(true);
});

test('a damaged archive is refused, not read wrong', () => {
  const archive = Buffer.from(zip(entries, date) as Buffer);
  const at = 30 + Buffer.byteLength(entries[0]!.name) + 2; // inside the first file's deflated data
  archive[at] = archive[at]! ^ 0xff;
  expect(() => unzip(archive)).to.throw();
  expect(() => unzip(Buffer.from('pas une archive'))).to.throw('not a zip archive');
});

test('Python’s zipfile (another reader) lists and checks it, where Python is installed', (t) => {
  const folder = mkdtempSync(join(tmpdir(), 'perseverance-zip-'));
  try {
    const path = join(folder, 'a.zip');
    writeFileSync(path, zip(entries, date) as Buffer);
    let output: string;
    try {
      output = execFileSync('python3', ['-m', 'zipfile', '-t', path], { encoding: 'utf8' });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return t.diagnostic('no python3');
      throw error;
    }
    expect(output).to.match(/Done testing/);
    expect(readFileSync(path).subarray(0, 4).toString('hex')).to.equal('504b0304');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
