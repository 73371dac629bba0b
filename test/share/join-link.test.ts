import { describe, it } from 'node:test';
import { expect } from 'chai';
import fc from 'fast-check';
import {
  formatJoinFragment,
  formatJoinLink,
  mailtoLink,
  MAX_JOIN_SESSION,
  parseJoinFragment,
} from '../../src/share/join-link.js';
import { joinedVersion } from '../../src/share/join-version.js';
import { numRuns } from '../fast-check-runs.js';

describe('join link', () => {
  it('carries the session, version and contact in the fragment and reads them back', () => {
    const link = {
      session: 'GPDS — mars 2027 & co',
      version: 'court' as const,
      contact: 'cpe@ac-test.fr',
    };
    const url = formatJoinLink('https://lycee.example/gpds.html?x=1#old', link);
    expect(url.startsWith('https://lycee.example/gpds.html?x=1#gpds=1&')).to.equal(true);
    expect(parseJoinFragment(new URL(url).hash)).to.deep.equal(link);
  });

  it('round-trips any session name (cut, trimmed, control characters out)', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 200 }),
        fc.constantFrom('court', 'complet' as const),
        (name, version) => {
          const back = parseJoinFragment(formatJoinFragment({ session: name, version }))!;
          expect(back.version).to.equal(version);
          expect(back.session.length).to.be.at.most(MAX_JOIN_SESSION);
          if (!/\p{Cc}/u.test(name) && name.trim().length <= MAX_JOIN_SESSION)
            expect(back.session).to.equal(name.trim());
        },
      ),
      { numRuns },
    );
  });

  it('is no link without its mark or with an unknown version', () => {
    expect(parseJoinFragment('')).to.equal(null);
    expect(parseJoinFragment('#section-2')).to.equal(null);
    expect(parseJoinFragment('#gpds=1&seance=x&version=longue')).to.equal(null);
    expect(parseJoinFragment('#gpds=1&seance=x&version=complet')).to.deep.equal({
      session: 'x',
      version: 'complet',
    });
  });

  it('drops a contact that is not a plain e-mail address', () => {
    for (const contact of ['pas une adresse', 'a@b.fr?cc=autre@x.fr', 'javascript:alert(1)', 'a@b'])
      expect(
        parseJoinFragment(`#gpds=1&version=court&contact=${encodeURIComponent(contact)}`),
      ).to.deep.equal({
        session: '',
        version: 'court',
      });
    expect(formatJoinFragment({ session: 's', version: 'court', contact: 'x@y' })).not.to.include(
      'contact',
    );
  });

  it('writes a mailto with the subject and message encoded', () => {
    expect(mailtoLink('cpe@ac-test.fr', 'Mon code', 'Code : ABC&D\nMerci')).to.equal(
      'mailto:cpe@ac-test.fr?subject=Mon%20code&body=Code%20%3A%20ABC%26D%0AMerci',
    );
    expect(mailtoLink('a@b.fr?bcc=x@y.fr', 's', 'b')).to.equal(null);
  });
});

describe('joinedVersion (the first view’s reader)', () => {
  it('agrees with parseJoinFragment on links and on other fragments', () => {
    const fragments = fc.oneof(
      fc
        .record({
          session: fc.string({ maxLength: 30 }),
          version: fc.constantFrom('court' as const, 'complet' as const),
          contact: fc.constantFrom(undefined, 'cpe@ac-test.fr'),
        })
        .map((link) => formatJoinFragment(link)),
      fc.string({ maxLength: 40 }).map((text) => `#${text}`),
      fc.constantFrom('#gpds=1&version=court', '#version=court', '#gpds=2&version=court', ''),
    );
    fc.assert(
      fc.property(fragments, (fragment) => {
        expect(joinedVersion(fragment)).to.equal(parseJoinFragment(fragment)?.version ?? null);
      }),
      { numRuns },
    );
  });
});
