import { checkCatalogueText } from '../src/catalogue/check.js';

/*
 * The catalogue validator page's script (release/valider-catalogue.html): built as a classic script
 * by `vite build -c vite.single.config.ts --mode validator` and inlined into the page by
 * scripts/release.mjs, so the page works opened by double-click (`file://` refuses module scripts).
 * The checks and the report are the command line's (`src/catalogue/check.ts`).
 */
const input = document.querySelector<HTMLInputElement>('#fichier');
const zone = document.querySelector<HTMLElement>('#depot');
const output = document.querySelector<HTMLElement>('#rapport');
const verdict = document.querySelector<HTMLElement>('#verdict');

async function check(file: File): Promise<void> {
  if (!output || !verdict) return;
  let text: string;
  try {
    text = await file.text();
  } catch {
    verdict.textContent = `${file.name} : lecture du fichier impossible.`;
    output.textContent = '';
    return;
  }
  const { ok, report } = checkCatalogueText(file.name, text);
  const [first = '', ...rest] = report.split('\n');
  verdict.textContent = first;
  verdict.className = ok ? 'valide' : 'invalide';
  output.textContent = rest.join('\n');
  output.hidden = rest.length === 0;
}

input?.addEventListener('change', () => {
  const file = input.files?.[0];
  if (file) void check(file);
});
zone?.addEventListener('dragover', (event) => {
  event.preventDefault();
  zone.classList.add('survol');
});
zone?.addEventListener('dragleave', () => zone.classList.remove('survol'));
zone?.addEventListener('drop', (event) => {
  event.preventDefault();
  zone.classList.remove('survol');
  const file = event.dataTransfer?.files[0];
  if (file) void check(file);
});
document.documentElement.dataset['pret'] = 'oui';
