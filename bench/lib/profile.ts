import { readFileSync } from 'node:fs';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  /** Sampled time, ms, idle excluded. */
  busyMs: number;
  idleShare: number;
  /** Self time by function, most first. */
  topSelf: { fn: string; ms: number; share: number }[];
  /** Self time by package (node_modules/<pkg>, apps/..., libs/..., node internals, GC). */
  selfByPackage: { pkg: string; share: number }[];
  /** Share of busy samples with a package anywhere on the stack (inclusive). */
  inclusiveByPackage: { pkg: string; share: number }[];
  /** Share of busy samples with a function anywhere on the stack (inclusive), application and library functions only. */
  inclusiveByFunction: { fn: string; share: number }[];
}

function packageOf(url: string, fn: string): string {
  if (!url) return fn.startsWith('(') ? fn : '(native)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1];
  const project = /\/(apps|libs|bench|test)\/([^/]+)\//.exec(url);
  if (project) return `${project[1]}/${project[2]}`;
  if (url.startsWith('node:')) return 'node:internal';
  return url.split('/').slice(-2).join('/');
}

/** Where a CPU profile's time went: by function and by package, self and inclusive. */
export function summariseProfile(path: string, top = 25): ProfileSummary {
  const profile = JSON.parse(readFileSync(path, 'utf8')) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);

  const self = new Map<number, number>();
  let idle = 0;
  let total = 0;
  profile.samples.forEach((id, index) => {
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    total += delta;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') idle += delta;
    else self.set(id, (self.get(id) ?? 0) + delta);
  });
  const busy = total - idle;

  const byFunction = new Map<string, number>();
  const selfPackages = new Map<string, number>();
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
    const key = `${functionName || '(anonymous)'} ${url ? `${url.replace(/^.*?(node_modules|apps|libs|bench)\//, '$1/')}:${lineNumber + 1}` : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    const pkg = packageOf(url, functionName);
    selfPackages.set(pkg, (selfPackages.get(pkg) ?? 0) + ms);
  }

  // Inclusive: the packages and the named functions on each sampled stack, each counted once per sample.
  const stackSets = new Map<number, { packages: Set<string>; functions: Set<string> }>();
  const setsOf = (id: number): { packages: Set<string>; functions: Set<string> } => {
    const cached = stackSets.get(id);
    if (cached) return cached;
    const node = byId.get(id)!;
    const up = parent.get(id);
    const above = up === undefined ? undefined : setsOf(up);
    const sets = { packages: new Set(above?.packages), functions: new Set(above?.functions) };
    const { functionName, url, lineNumber } = node.callFrame;
    sets.packages.add(packageOf(url, functionName));
    if (functionName && url && !url.startsWith('node:') && !url.includes('/bench/')) {
      sets.functions.add(`${functionName} ${url.replace(/^.*?(node_modules|apps|libs)\//, '$1/')}:${lineNumber + 1}`);
    }
    stackSets.set(id, sets);
    return sets;
  };
  const inclusive = new Map<string, number>();
  const inclusiveFunctions = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    if (byId.get(id)!.callFrame.functionName === '(idle)') return;
    const delta = (profile.timeDeltas[index] ?? 0) / 1000;
    const sets = setsOf(id);
    for (const pkg of sets.packages) inclusive.set(pkg, (inclusive.get(pkg) ?? 0) + delta);
    for (const fn of sets.functions) inclusiveFunctions.set(fn, (inclusiveFunctions.get(fn) ?? 0) + delta);
  });

  const share = (ms: number) => Math.round((1000 * ms) / Math.max(busy, 1e-9)) / 1000;
  const ranked = (map: Map<string, number>) => [...map].sort((a, b) => b[1] - a[1]);
  return {
    busyMs: Math.round(busy),
    idleShare: Math.round((1000 * idle) / Math.max(total, 1e-9)) / 1000,
    topSelf: ranked(byFunction)
      .slice(0, top)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: share(ms) })),
    selfByPackage: ranked(selfPackages)
      .slice(0, top)
      .map(([pkg, ms]) => ({ pkg, share: share(ms) })),
    inclusiveByPackage: ranked(inclusive)
      .filter(([pkg]) => !pkg.startsWith('(') && pkg !== 'node:internal')
      .slice(0, top)
      .map(([pkg, ms]) => ({ pkg, share: share(ms) })),
    inclusiveByFunction: ranked(inclusiveFunctions)
      .slice(0, top * 3)
      .map(([fn, ms]) => ({ fn, share: share(ms) })),
  };
}
