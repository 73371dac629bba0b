/**
 * « Imprimer » prints the widget alone: the host page's header, menus and footer are hidden for
 * that print only (a print from the browser's menu prints the page as its author made it).
 * Shared by the views' print buttons (profile, session, plan).
 *
 * How: every element beside the widget's ancestors gets `data-perseverance-print-hide` and one
 * document-level rule hides them in print; `afterprint` removes both. The rule is a constructed
 * stylesheet (CSSOM), which a strict CSP (`style-src 'self'`) allows, unlike a `<style>` element.
 * The page is A4 with small margins, so that a one-page report fits.
 */

const HIDE = 'data-perseverance-print-hide';

let sheet: CSSStyleSheet | null = null;

function printSheet(): CSSStyleSheet | null {
  if (sheet) return sheet;
  if (typeof CSSStyleSheet === 'undefined' || !('replaceSync' in CSSStyleSheet.prototype))
    return null;
  sheet = new CSSStyleSheet();
  sheet.replaceSync(
    `@media print { [${HIDE}] { display: none !important; } } @page { size: A4; margin: 12mm; }`,
  );
  return sheet;
}

/** The elements to hide so that only `widget` prints: its ancestors' other children. */
export function siblingsToHide(widget: Element): Element[] {
  const out: Element[] = [];
  let node: Element = widget;
  for (let parent = node.parentElement; parent; node = parent, parent = parent.parentElement) {
    for (const child of parent.children)
      if (child !== node && !['SCRIPT', 'STYLE', 'LINK', 'META', 'TITLE'].includes(child.tagName))
        out.push(child);
  }
  return out;
}

/**
 * Prints the page with only `from`'s widget (the `<perseverance-diagnostic>` it belongs to, or
 * `from` itself) showing. The marks are removed after printing, whether it succeeded or not.
 */
export function printWidget(from: Element, win: Window = window): void {
  const doc = win.document;
  let widget: Element = from;
  for (let node: Node | null = from; node;) {
    if (node instanceof Element && node.localName === 'perseverance-diagnostic') widget = node;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  const hidden = siblingsToHide(widget).filter((el) => !el.hasAttribute(HIDE));
  for (const el of hidden) el.setAttribute(HIDE, '');
  const css = printSheet();
  const added = !!css && !doc.adoptedStyleSheets.includes(css);
  if (css && added) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, css];
  let done = false;
  const restore = () => {
    if (done) return;
    done = true;
    for (const el of hidden) el.removeAttribute(HIDE);
    if (css && added) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== css);
    win.removeEventListener('afterprint', restore);
  };
  // After printing (or cancelling): `afterprint` fires in every current browser, whether `print()`
  // blocks or not. Were it lost, the marks would only change a later print from the menu.
  win.addEventListener('afterprint', restore);
  win.print();
}
