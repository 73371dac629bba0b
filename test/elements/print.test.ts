import { expect, fixture, html } from '@open-wc/testing';
import { printWidget, siblingsToHide } from '../../components/app/print.js';

describe('printWidget', () => {
  it('hides the host page around the widget for its print only, then restores the page', async () => {
    const page = await fixture(
      html`<div>
        <header id="header">Site header</header>
        <main>
          <h1 id="title">Page title</h1>
          <perseverance-diagnostic id="widget"><p id="inside">inside</p></perseverance-diagnostic>
        </main>
        <footer id="footer">Site footer</footer>
      </div>`,
    );
    const widget = page.querySelector('#widget')!;
    expect(siblingsToHide(widget).map((el) => el.id)).to.include.members([
      'title',
      'header',
      'footer',
    ]);
    let during: { header: string; title: string; widget: string; sheets: number } | null = null;
    const fake = {
      document,
      print: () => {
        const hidden = (id: string) =>
          document.getElementById(id)!.hasAttribute('data-perseverance-print-hide')
            ? 'hidden'
            : 'shown';
        during = {
          header: hidden('header'),
          title: hidden('title'),
          widget: hidden('widget'),
          sheets: document.adoptedStyleSheets.length,
        };
        window.dispatchEvent(new Event('afterprint'));
      },
      addEventListener: window.addEventListener.bind(window),
      removeEventListener: window.removeEventListener.bind(window),
    } as unknown as Window;
    const before = document.adoptedStyleSheets.length;
    printWidget(page.querySelector('#inside')!, fake);
    expect(during).to.deep.equal({
      header: 'hidden',
      title: 'hidden',
      widget: 'shown',
      sheets: before + 1,
    });
    expect(document.querySelectorAll('[data-perseverance-print-hide]')).to.have.length(0);
    expect(document.adoptedStyleSheets.length).to.equal(before);
  });
});
