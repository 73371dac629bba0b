/**
 * French strings of the export's fallback (a download the host page may block), loaded with it
 * (`components/app/export-fallback.ts`), never in the first view. `download-en.ts` satisfies
 * their type.
 */
export const downloadFr = {
  blocked: (file: string) =>
    `La page qui accueille ce widget peut bloquer les téléchargements. Si le fichier « ${file} » n’est pas arrivé, copiez le texte ci-dessous (un clic le sélectionne en entier) dans un fichier texte de ce nom : il s’importe comme le fichier exporté.`,
  label: (file: string) => `Contenu du fichier ${file}, à copier`,
};

export type DownloadMessages = typeof downloadFr;
