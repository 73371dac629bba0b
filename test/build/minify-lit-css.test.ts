import { describe, it } from 'node:test';
import { expect } from 'chai';
import { minifyCss, minifyCssTemplates, minifyLitCss } from '../../scripts/build/minify-lit-css.js';

describe('minifyCss', () => {
  it('drops comments and the whitespace around braces, semicolons and commas', () => {
    const css = `
      /* the host */
      :host {
        display: block;
        margin: 0 auto;
      }
      h1,
      h2 { color: red; }
    `;
    expect(minifyCss(css)).to.equal(':host{display:block;margin:0 auto}h1,h2{color:red}');
  });

  it('keeps the spaces that separate values and selectors', () => {
    expect(minifyCss('.a .b > .c { border: 1px solid var(--x, #000); }')).to.equal(
      '.a .b > .c{border:1px solid var(--x,#000)}',
    );
  });

  it('keeps a selector’s pseudo-class colon and the space before it', () => {
    expect(minifyCss('a :hover { color: red }')).to.equal('a :hover{color:red}');
  });

  it('squeezes !important and leading zeros inside declaration blocks only', () => {
    expect(minifyCss('p { opacity: 0.5 !important; margin: -0.25rem 0.5em; }')).to.equal(
      'p{opacity:.5!important;margin:-.25rem .5em}',
    );
    expect(minifyCss('p { width: 10.5px; }')).to.equal('p{width:10.5px}');
  });

  it('minifies nested rules (at-rules) block by block', () => {
    expect(minifyCss('@media (min-width: 40em) {\n  p { margin: 0; }\n}')).to.equal(
      '@media (min-width: 40em){p{margin:0}}',
    );
  });
});

describe('minifyCssTemplates', () => {
  it('minifies static css templates and leaves the rest of the module alone', () => {
    const code = 'const s = css`\n  p { color: red; }\n`;\nconst t = `  keep  `;';
    expect(minifyCssTemplates(code)).to.equal(
      'const s = css`p{color:red}`;\nconst t = `  keep  `;',
    );
  });

  it('leaves templates with interpolations as written', () => {
    const code = 'css`\n  p { color: ${unsafeCSS(c)}; }\n`';
    expect(minifyCssTemplates(code)).to.equal(code);
  });
});

describe('the minifyLitCss plugin', () => {
  const transform = (code: string, id: string) => {
    const hook = minifyLitCss().transform;
    if (typeof hook !== 'function') throw new Error('transform hook expected');
    return hook.call({} as never, code, id);
  };

  it('transforms the components’ modules only', () => {
    const code = 'css`\n p { color: red; }\n`';
    expect(transform(code, '/repo/components/app/x.ts')).to.deep.equal({
      code: 'css`p{color:red}`',
      map: null,
    });
    expect(transform(code, '/repo/src/catalogue/x.ts')).to.equal(null);
    expect(transform('const a = 1;', '/repo/components/app/x.ts')).to.equal(null);
  });
});
