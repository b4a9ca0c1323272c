/**
 * What a load() call asks for, as a tree of property names: "a,b/c", ["a", "b/c"],
 * { select: "a,b", expand: "c" }, { a: true, b: { c: true } } or nothing (every scalar).
 */
export interface LoadTree {
  /** Load every scalar property (load() without arguments, or "$all"). */
  all: boolean;
  props: Map<string, LoadTree>;
}

export function emptyTree(all = false): LoadTree {
  return { all, props: new Map() };
}

function addPath(tree: LoadTree, path: string): void {
  const parts = path.split('/').map((p) => p.trim()).filter((p) => p !== '');
  let node = tree;
  for (const part of parts) {
    if (part === '$all') {
      node.all = true;
      continue;
    }
    let next = node.props.get(part);
    if (!next) {
      next = emptyTree();
      node.props.set(part, next);
    }
    node = next;
  }
}

function addObject(tree: LoadTree, spec: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(spec)) {
    if (key === '$all') {
      if (value) tree.all = true;
      continue;
    }
    if (key === 'select' || key === 'expand') {
      if (typeof value === 'string') for (const p of value.split(',')) addPath(tree, p);
      continue;
    }
    if (value === false || value === undefined) continue;
    let next = tree.props.get(key);
    if (!next) {
      next = emptyTree();
      tree.props.set(key, next);
    }
    if (typeof value === 'object' && value !== null) addObject(next, value as Record<string, unknown>);
  }
}

export function parseLoad(arg: unknown): LoadTree {
  if (arg === undefined || arg === null) return emptyTree(true);
  const tree = emptyTree();
  if (typeof arg === 'string') for (const p of arg.split(',')) addPath(tree, p);
  else if (Array.isArray(arg)) for (const p of arg) addPath(tree, String(p));
  else if (typeof arg === 'object') addObject(tree, arg as Record<string, unknown>);
  if (!tree.all && tree.props.size === 0) tree.all = true;
  return tree;
}

/** The tree as plain JSON, for the request size. */
export function treeToJson(tree: LoadTree): unknown {
  const out: Record<string, unknown> = {};
  if (tree.all) out.$all = true;
  for (const [k, v] of tree.props) out[k] = v.props.size === 0 && !v.all ? true : treeToJson(v);
  return out;
}
