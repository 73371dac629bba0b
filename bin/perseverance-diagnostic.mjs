#!/usr/bin/env node
// `npx perseverance-diagnostic valider catalogue.json`: the widget's checks on a catalogue file,
// with the report of the validator page (valider-catalogue.html) and of scripts/validate-catalogue.ts.
import { readFileSync } from 'node:fs';
import process from 'node:process';
import { checkCatalogueText } from '../dist/npm/src/catalogue/check.js';

const USAGE = `Usage : npx perseverance-diagnostic valider <catalogue.json>

  valider <fichier>   vérifie un catalogue comme le fait le widget (forme, renvois, adresses) ;
                      code de sortie 0 s'il est valide, 1 sinon, 2 si le fichier est illisible.`;

const [command, file, ...rest] = process.argv.slice(2);
if (command === '--help' || command === '-h' || command === 'aide') {
  console.log(USAGE);
} else if (command !== 'valider' || !file || rest.length > 0) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = error?.code === 'ENOENT' ? 'fichier introuvable' : 'lecture impossible';
    console.error(`${file} : ${reason}.`);
    process.exitCode = 2;
  }
  if (text !== undefined) {
    const { ok, report } = checkCatalogueText(file, text);
    if (ok) console.log(report);
    else {
      console.error(report);
      process.exitCode = 1;
    }
  }
}
