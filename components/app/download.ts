/** Offers `text` to the user as a file download, without leaving the page. */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // After the click has started the download: revoking at once would cancel it in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * Whether the page runs where a host may have sandboxed it, so that a download can be blocked
 * without a word: inside a frame, or with an opaque origin (a sandbox). The closer look (the frame's
 * `sandbox` attribute) is `export-fallback.ts`'s, loaded only then.
 */
export function mayBeSandboxed(win: Window = window): boolean {
  return win.top !== win || win.origin === 'null';
}
