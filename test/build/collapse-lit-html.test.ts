import { describe, it } from 'node:test';
import { expect } from 'chai';
import {
  collapseLitHtml,
  collapseLitHtmlWhitespace,
} from '../../scripts/build/collapse-lit-html.js';

describe('collapseLitHtml', () => {
  it('turns each run of whitespace with a line break into one space', () => {
    const code = 'html`\n  <p>\n    ${a}\n  </p>\n`';
    expect(collapseLitHtml(code)).to.equal('html` <p> ${a} </p> `');
  });

  it('keeps whitespace without a line break as written', () => {
    const code = 'html`<b>a  b</b>\t<i>c</i>`';
    expect(collapseLitHtml(code)).to.equal(code);
  });

  it('collapses nested templates and leaves strings in expressions alone', () => {
    const code = [
      'html`<ul>',
      '  ${items.map((i) => html`<li>',
      "    ${i.label ?? 'a\\n  b'}",
      '  </li>`)}',
      '  ${`plain',
      '    text`}',
      '</ul>`',
    ].join('\n');
    expect(collapseLitHtml(code)).to.equal(
      "html`<ul> ${items.map((i) => html`<li> ${i.label ?? 'a\\n  b'} </li>`)} ${`plain\n    text`} </ul>`",
    );
  });

  it('leaves plain template literals and the code around templates alone', () => {
    const code = 'const a = `x\n  y`;\nconst b = html`\n<p></p>`;\nconst c = {\n  d: 1 };';
    expect(collapseLitHtml(code)).to.equal(
      'const a = `x\n  y`;\nconst b = html` <p></p>`;\nconst c = {\n  d: 1 };',
    );
  });

  it('keeps escapes (an escaped backtick does not end the template)', () => {
    const code = 'html`<code>\\`</code>\n  <p></p>`';
    expect(collapseLitHtml(code)).to.equal('html`<code>\\`</code> <p></p>`');
  });

  it('handles braces inside expressions', () => {
    const code = 'html`\n  ${fn({ a: { b: 1 } })}\n`';
    expect(collapseLitHtml(code)).to.equal('html` ${fn({ a: { b: 1 } })} `');
  });

  it('throws on an unterminated template or expression', () => {
    expect(() => collapseLitHtml('html`<p>')).to.throw(/unterminated html template/);
    expect(() => collapseLitHtml('html`${a')).to.throw(/unterminated template expression/);
  });
});

describe('the collapseLitHtmlWhitespace plugin', () => {
  const transform = (code: string, id: string) => {
    const hook = collapseLitHtmlWhitespace().transform;
    if (typeof hook !== 'function') throw new Error('transform hook expected');
    return hook.call({} as never, code, id);
  };

  it('transforms the components’ modules only', () => {
    const code = 'html`\n  <p></p>\n`';
    expect(transform(code, '/repo/components/app/x.ts')).to.deep.equal({
      code: 'html` <p></p> `',
      map: null,
    });
    expect(transform(code, '/repo/src/x.ts')).to.equal(null);
    expect(transform('const a = 1;', '/repo/components/app/x.ts')).to.equal(null);
  });
});
