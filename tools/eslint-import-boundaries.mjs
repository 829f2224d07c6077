import { dirname, relative, resolve, sep } from 'node:path';

/**
 * ESLint rule `tenure/import-boundaries`: which folder may import which (architecture-anchors §3).
 * Package imports are policed by `no-restricted-imports`; this rule follows relative and `@shared/`
 * imports to the folder they land in, so `../../renderer/...` from shared/ is caught too.
 *
 * Options: { root, layers: [{ name, path, mayImport: [layer names] }], isolatedFolders: [path] }
 * Layers match by longest path prefix. Every direct sub-folder of an isolated folder (a feature)
 * may not import a sibling.
 */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the import boundaries between runtimes and features' },
    schema: [{ type: 'object', additionalProperties: true }],
    messages: {
      layer: '{{from}} must not import from {{to}} ("{{source}}"): {{from}} may import only {{allowed}}.',
      sibling: 'Feature "{{from}}" must not import feature "{{to}}" ("{{source}}"); compose features in app/.',
    },
  },
  create(context) {
    const { root, layers, isolatedFolders = [] } = context.options[0];
    const filename = context.filename;
    const toPosix = (p) => p.split(sep).join('/');
    const layerOf = (absolute) => {
      const rel = toPosix(relative(root, absolute));
      return layers
        .filter((l) => rel === l.path || rel.startsWith(`${l.path}/`))
        .sort((a, b) => b.path.length - a.path.length)[0];
    };
    const featureOf = (absolute) => {
      const rel = toPosix(relative(root, absolute));
      for (const folder of isolatedFolders) {
        if (rel.startsWith(`${folder}/`)) return rel.slice(folder.length + 1).split('/')[0];
      }
      return undefined;
    };
    const here = layerOf(filename);
    const hereFeature = featureOf(filename);

    function check(node, source) {
      if (typeof source !== 'string') return;
      let target;
      if (source.startsWith('.')) target = resolve(dirname(filename), source);
      else if (source.startsWith('@shared/')) target = resolve(root, 'shared', source.slice('@shared/'.length));
      else return;
      const there = layerOf(target);
      if (here && there && here !== there && !here.mayImport.includes(there.name)) {
        context.report({
          node,
          messageId: 'layer',
          data: { from: here.name, to: there.name, source, allowed: [here.name, ...here.mayImport].join(', ') },
        });
        return;
      }
      const thereFeature = featureOf(target);
      if (hereFeature && thereFeature && hereFeature !== thereFeature) {
        context.report({ node, messageId: 'sibling', data: { from: hereFeature, to: thereFeature, source } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

export default { rules: { 'import-boundaries': rule } };
