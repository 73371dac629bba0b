import { downloadEn } from '../i18n/download-en.js';
import { downloadFr } from '../i18n/download-fr.js';
import type { Notice } from './context.js';

/**
 * When the export's download may have been blocked: a frame the host sandboxed without
 * `allow-downloads` drops it without a word (the browser only tells its console). Loaded only in
 * a frame or a sandbox (`mayBeSandboxed`), after « Exporter ».
 */

/**
 * Whether downloads may be blocked here: an opaque origin (a sandbox without `allow-same-origin`,
 * whose flags cannot be read), a frame whose parent is another site (cannot be known), or a frame
 * whose `sandbox` attribute, or an ancestor frame's, lacks `allow-downloads`.
 */
export function downloadsMayBeBlocked(win: Window = window): boolean {
  if (win.origin === 'null') return true;
  if (win.parent === win) return false;
  let frame: Element | null;
  try {
    frame = win.frameElement;
  } catch {
    return true;
  }
  // Null in a frame: the parent is another site, whose attributes this page cannot read.
  if (!frame) return true;
  const sandbox = frame.getAttribute('sandbox');
  if (sandbox !== null && !sandbox.toLowerCase().split(/\s+/).includes('allow-downloads'))
    return true;
  // Sandbox flags are inherited: a frame inside a sandboxed frame is sandboxed too.
  return downloadsMayBeBlocked(win.parent);
}

/**
 * The notice offering the exported file's content to copy by hand, in `lang`; null where
 * downloads are not blocked.
 */
export function exportFallbackNotice(
  lang: 'fr' | 'en',
  file: { readonly text: string; readonly fileName: string },
  win: Window = window,
): Notice | null {
  if (!downloadsMayBeBlocked(win)) return null;
  const t = lang === 'en' ? downloadEn : downloadFr;
  return {
    id: 'export-copy',
    tone: 'warning',
    message: t.blocked(file.fileName),
    copy: { label: t.label(file.fileName), text: file.text },
  };
}
