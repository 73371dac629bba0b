/**
 * Strings of the « Mon code à transmettre » block of the profile view, in both languages: too few
 * to deserve a chunk each, and kept out of `fr.ts`, which ships with the first view.
 */
export const shareCodeFr = {
  title: 'Mon code à transmettre',
  intro:
    'Vous participez à une séance GPDS ? Envoyez ce code à la personne qui l’anime : il contient vos réponses (et votre fonction, si vous l’avez indiquée), rien d’autre.',
  codeLabel: 'Votre code',
  copyCode: 'Copier le code',
  messageLabel: 'Message à envoyer au coordinateur',
  message: (code: string, answered: number, total: number) =>
    `Bonjour, voici mon code pour la séance GPDS : ${code}\n(${answered} réponses sur ${total} à l’autodiagnostic de la persévérance scolaire.)`,
  copyMessage: 'Copier le message',
  copied: 'Copié dans le presse-papiers.',
  copyFailed:
    'La copie automatique n’a pas fonctionné : le texte est sélectionné, copiez-le avec Ctrl+C (ou Cmd+C).',
};

export type ShareCodeMessages = typeof shareCodeFr;

export const shareCodeEn: ShareCodeMessages = {
  title: 'My code to send',
  intro:
    'Taking part in a team session? Send this code to the person running it: it holds your answers (and your role, if you gave it), nothing else.',
  codeLabel: 'Your code',
  copyCode: 'Copy the code',
  messageLabel: 'Message to send to the coordinator',
  message: (code: string, answered: number, total: number) =>
    `Hello, here is my code for the team session: ${code}\n(${answered} of ${total} answers to the school perseverance self-diagnosis.)`,
  copyMessage: 'Copy the message',
  copied: 'Copied to the clipboard.',
  copyFailed: 'Automatic copy did not work: the text is selected, copy it with Ctrl+C (or Cmd+C).',
};
