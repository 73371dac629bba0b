import type { CatalogueMessages } from './catalogue-fr.js';

/** English strings of a host's catalogue that cannot be used: see `catalogue-fr.ts`. */
export const catalogueEn: CatalogueMessages = {
  load: (url: string, reason: string) => `The catalogue “${url}” could not be loaded: ${reason}.`,
  http: (status: number) => `the server answered ${status}`,
  network: 'the network or the server is unreachable',
  timeout: 'the server did not answer within 20 seconds',
  json: 'the file is not valid JSON',
  scheme: (scheme: string) =>
    `the address must start with http:// or https://, not with “${scheme}”`,
  badUrl: 'it is not a valid address',
  invalid: (url: string) => `The catalogue “${url}” has errors:`,
};
