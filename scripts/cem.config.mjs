// Configuration of the Custom Elements Manifest analyzer for `npm run manifest`
// (`cem analyze --litelement --globs 'src/**/*.ts' --exclude 'src/generated/**' --config scripts/cem.config.mjs`).
//
// The analyzer reads the classes' JSDoc as it is; this plugin only corrects what it gets wrong
// about this package's layout, so that custom-elements.json describes the published files:
// - registration goes through `defineElement(tag, Class)` (src/elements/shared/define-element.ts), which
//   the analyzer does not know: it records no tag definition for the define modules, and a bogus
//   one named `tag` for `customElements.define(tag, constructor)` inside the helper. The plugin
//   records `defineElement('x-y', Class)` calls as the define modules' tag definitions and drops
//   definitions whose name is not a custom element name; a Lit base class without a tag (the
//   lazy-body base) is recorded as a class, not as a custom element;
// - it takes variables declared inside functions for module variables when an object literal
//   uses them as shorthand properties (`{ lang, checked }`): unexported module variables and
//   private class members are not API, so they are left out; so are initialisers longer than
//   a line (style sheets, message tables), which the analyzer copies whole as `default`;
// - a module of types only gets an empty entry, though rollup emits no .js for it: left out;
// - module paths point at src/*.ts, which is not published: they become the dist/*.js files the
//   package ships (rollup keeps the module layout, `preserveModulesRoot: 'src'`).

const MAX_DEFAULT = 200;

/** `src/a/b.ts` or `/src/a/b.js` → `dist/a/b.js`. */
function publishedPath(path) {
  const match = /^\/?src\/(.+)\.(?:ts|js)$/.exec(path);
  return match ? `dist/${match[1]}.js` : path;
}

function rewritePaths(value) {
  if (Array.isArray(value)) {
    for (const item of value) rewritePaths(item);
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof item === 'string') value[key] = publishedPath(item);
      else rewritePaths(item);
    }
  }
}

/** A module path relative to the package root, resolved from an import in `fromPath`. */
function resolveImport(fromPath, specifier) {
  const resolved = new URL(specifier, `file:///${fromPath}`).pathname.slice(1);
  return resolved.replace(/\.js$/, '.ts');
}

function loginHelpElementsPlugin() {
  /** module path → [{ tag, className, classModule }] */
  const definitions = new Map();
  return {
    name: 'login-help-elements: defineElement, private members, published paths',
    analyzePhase({ ts, node, moduleDoc }) {
      if (
        node.kind !== ts.SyntaxKind.CallExpression ||
        !ts.isIdentifier(node.expression) ||
        node.expression.text !== 'defineElement' ||
        !node.arguments[0] ||
        !ts.isStringLiteral(node.arguments[0]) ||
        !node.arguments[1] ||
        !ts.isIdentifier(node.arguments[1])
      ) {
        return;
      }
      const tag = node.arguments[0].text;
      const className = node.arguments[1].text;
      let classModule = moduleDoc.path;
      for (const statement of node.getSourceFile().statements) {
        if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
        const named = statement.importClause?.namedBindings;
        if (named && ts.isNamedImports(named) && named.elements.some((element) => element.name.text === className)) {
          classModule = resolveImport(moduleDoc.path, statement.moduleSpecifier.text);
        }
      }
      const list = definitions.get(moduleDoc.path) ?? [];
      list.push({ tag, className, classModule });
      definitions.set(moduleDoc.path, list);
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules ?? []) {
        const exported = new Set((mod.exports ?? []).filter((entry) => entry.kind === 'js').map((entry) => entry.declaration?.name));
        mod.exports = (mod.exports ?? []).filter(
          (entry) => entry.kind !== 'custom-element-definition' || /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(entry.name),
        );
        for (const { tag, className, classModule } of definitions.get(mod.path) ?? []) {
          mod.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: className, module: classModule } });
        }
        // A Lit base class with no tag (src/elements/shared/lazy-body.ts) is a class, not an element.
        for (const declaration of mod.declarations ?? [])
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        mod.declarations = (mod.declarations ?? []).filter((declaration) => declaration.customElement || exported.has(declaration.name));
        for (const declaration of mod.declarations) {
          if (typeof declaration.default === 'string' && declaration.default.length > MAX_DEFAULT) delete declaration.default;
          for (const member of declaration.members ?? []) {
            if (typeof member.default === 'string' && member.default.length > MAX_DEFAULT) delete member.default;
          }
          if (declaration.members)
            declaration.members = declaration.members.filter((member) => member.privacy !== 'private' && !member.name.startsWith('#'));
        }
      }
      // A module of types only (interfaces, event maps) has no JavaScript to describe, and rollup
      // emits no .js for it: it is left out, so that every module path is a file of the package.
      customElementsManifest.modules = (customElementsManifest.modules ?? []).filter(
        (mod) => (mod.declarations?.length ?? 0) + (mod.exports?.length ?? 0) > 0,
      );
      rewritePaths(customElementsManifest);
    },
  };
}

export default {
  packagejson: false,
  plugins: [loginHelpElementsPlugin()],
};
