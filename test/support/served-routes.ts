/** A route Fastify serves: its method (lower case) and path (`:param` style). */
export interface ServedRoute {
  method: string;
  path: string;
}

/**
 * Every route Fastify serves, read from `printRoutes({ commonPrefix: false })` (what is served,
 * whether documented or not): each line of the tree adds to its parent's path.
 */
export function servedRoutes(tree: string): ServedRoute[] {
  const prefixes: string[] = [];
  const routes: ServedRoute[] = [];
  for (const line of tree.split('\n')) {
    const match = /^([│ ]*)[├└]── (\S+)(?: \(([^)]*)\))?/.exec(line);
    if (!match) continue;
    const depth = [...match[1]].length / 4;
    prefixes.length = depth;
    const path = (prefixes[depth - 1] ?? '') + match[2];
    prefixes[depth] = path;
    for (const method of (match[3] ?? '').split(',').map((m) => m.trim().toLowerCase())) {
      if (method) routes.push({ method, path });
    }
  }
  return routes;
}
