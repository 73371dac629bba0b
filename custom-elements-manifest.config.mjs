// Custom-elements manifest (`npm run build:manifest` → custom-elements.json), generated from the
// elements' JSDoc (@tagname, @attr, @fires, @csspart, @cssproperty) and Lit's decorators.

/**
 * Elements register through `defineElement('tag', Class)` (components/define.ts), which the
 * analyzer does not know: record each call as a `custom-element-definition` export, like a
 * `customElements.define` call would be.
 */
function defineElementCalls() {
  return {
    name: 'perseverance-define-element',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      if (!ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, constructor] = node.arguments;
      if (!tag || !ts.isStringLiteral(tag) || !constructor || !ts.isIdentifier(constructor)) return;
      moduleDoc.exports = [
        ...(moduleDoc.exports ?? []),
        {
          kind: 'custom-element-definition',
          name: tag.text,
          declaration: { name: constructor.text, module: moduleDoc.path },
        },
      ];
      const declaration = moduleDoc.declarations?.find((item) => item.name === constructor.text);
      if (declaration) {
        declaration.customElement = true;
        declaration.tagName ??= tag.text;
      }
    },
  };
}

/** The package's public modules: the entry, the element it defines, its events and version. */
const PUBLIC_MODULES = [
  'components/index.ts',
  'components/app/perseverance-diagnostic.ts',
  'components/app/events.ts',
  'components/app/define.ts',
];

/**
 * Elements and classes marked `@internal` in their JSDoc are the widget's own parts, not its API:
 * the manifest documents the public element only.
 */
function dropInternal() {
  const internal = new Set();
  return {
    name: 'perseverance-drop-internal',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const tags = ts.getJSDocTags(node).map((tag) => tag.tagName.text);
      if (tags.includes('internal')) internal.add(`${moduleDoc.path}#${node.name.text}`);
    },
    packageLinkPhase({ customElementsManifest }) {
      const isInternal = (path, name) => internal.has(`${path}#${name}`);
      for (const moduleDoc of customElementsManifest.modules) {
        moduleDoc.declarations = (moduleDoc.declarations ?? []).filter(
          (declaration) => !isInternal(moduleDoc.path, declaration.name),
        );
        moduleDoc.exports = (moduleDoc.exports ?? []).filter(
          (entry) =>
            !isInternal(entry.declaration?.module ?? moduleDoc.path, entry.declaration?.name),
        );
      }
      // The other modules are the widget's insides: a host imports the entry, nothing else.
      customElementsManifest.modules = customElementsManifest.modules.filter((moduleDoc) =>
        PUBLIC_MODULES.includes(moduleDoc.path),
      );
    },
  };
}

/**
 * What the manifest is for — the public API — without the noise: private members, and events the
 * analyzer found as `dispatchEvent(new SomeEvent())` without a name (the JSDoc @fires lines name
 * them). Module paths point at the package's compiled modules rather than the TypeScript sources.
 */
function publicApiOnly() {
  const toPackagePath = (path) =>
    typeof path === 'string' && /^(components|src)\/.*\.ts$/.test(path)
      ? `dist/npm/${path.replace(/\.ts$/, '.js')}`
      : path;
  const rewritePaths = (value) => {
    if (Array.isArray(value)) return value.forEach(rewritePaths);
    if (!value || typeof value !== 'object') return;
    for (const [key, child] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof child === 'string')
        value[key] = toPackagePath(child);
      else rewritePaths(child);
    }
  };
  return {
    name: 'perseverance-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const moduleDoc of customElementsManifest.modules) {
        for (const declaration of moduleDoc.declarations ?? []) {
          if (declaration.members)
            declaration.members = declaration.members.filter(
              (member) => member.privacy !== 'private' && member.privacy !== 'protected',
            );
          if (declaration.events)
            declaration.events = declaration.events.filter((event) => event.name);
        }
      }
      rewritePaths(customElementsManifest.modules);
    },
  };
}

export default {
  globs: ['components/**/*.ts'],
  exclude: ['components/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [defineElementCalls(), dropInternal(), publicApiOnly()],
};
