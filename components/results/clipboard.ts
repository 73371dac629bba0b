/**
 * Copies text to the clipboard. When the browser refuses (no permission, insecure page, old
 * browser), selects `fallback`'s text so the user can copy it by hand, and resolves false.
 */
export async function copyText(
  text: string,
  fallback?: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    fallback?.focus();
    fallback?.select();
    return false;
  }
}
