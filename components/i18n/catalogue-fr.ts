/**
 * French strings of a host's catalogue that cannot be used (`catalogue-src`): loaded with the
 * catalogue loader (`components/app/catalogue-loader.ts`), only when a host names a catalogue,
 * never in the first view. `catalogue-en.ts` satisfies their type.
 */
export const catalogueFr = {
  load: (url: string, reason: string) =>
    `Le catalogue « ${url} » n’a pas pu être chargé : ${reason}.`,
  http: (status: number) => `le serveur a répondu ${status}`,
  network: 'le réseau ou le serveur est inaccessible',
  timeout: 'le serveur n’a pas répondu en 20 secondes',
  json: 'le fichier n’est pas un JSON valide',
  scheme: (scheme: string) =>
    `l’adresse doit commencer par http:// ou https://, pas par « ${scheme} »`,
  badUrl: 'ce n’est pas une adresse valide',
  invalid: (url: string) => `Le catalogue « ${url} » contient des erreurs :`,
};

export type CatalogueMessages = typeof catalogueFr;
