/** The benchmark's printed report, from the results scripts/bench.ts collects (its JSON, with --json). */
import { aliasLine } from './alias-search.ts';
import { baselineLines, type BaselineResults } from './baselines.ts';
import type { BuildFigures } from './build-figures.ts';
import { firstQueryLines, type FirstQuery } from './first-query.ts';
import type { BrowserStats, DistStats } from './measure.ts';
import { relevanceLines, type QueryComparison } from './relevance-compare.ts';

export function report(r: Record<string, unknown>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  const s = (n: number | undefined) => (n === undefined ? 'n/a' : `${n.toFixed(1)} s`);
  const c = r.corpus as { briefings: number; published: number; actors: number; seed: number };
  const b = r.build as BuildFigures & { indexedPages?: number; indexParts?: number; pagefind?: { bytes: number; files: number } };
  const d = r.dist as DistStats;
  const out: string[] = [];
  out.push(
    `Sitrep benchmark: ${c.briefings} briefings (${c.published} published), ${c.actors} actors, seed ${c.seed}; commit ${r.commit}, ${r.date}, Node ${r.node}`,
  );
  out.push(
    `load average ${(r.loadBefore as number).toFixed(1)} before, ${(r.loadAfter as number).toFixed(1)} after${(r.patches as string[] | undefined)?.length ? `; patches: ${(r.patches as string[]).join(', ')}` : ''}`,
  );
  out.push('');
  // A run with --reuse measured a kept copy and built nothing: its figures have the index's size only.
  if ('seconds' in b) {
    out.push(`full build (site + search index)  ${s(b.seconds)}`);
    out.push(`  site                            ${s(b.siteSeconds)}`);
    out.push(
      `  search index (Pagefind)         ${b.indexSeconds === undefined ? 'not logged by the Pagefind integration: included in the site figure' : `${s(b.indexSeconds)}, while the pages render; then the build waited ${s(b.indexWaitSeconds ?? 0)} for it`}`,
    );
    for (const [name, value] of Object.entries(b.phases)) {
      const m = b.memory[name];
      out.push(`    ${name.padEnd(50)} ${s(value).padStart(8)}${m ? `   peak ${mb(m.largest)} largest process, ${mb(m.tree)} tree` : ''}`);
    }
    const byCommand = Object.entries(b.peakByCommand ?? {})
      .sort(([, x], [, y]) => y - x)
      .map(([name, rss]) => `${name === 'MainThread' ? 'node' : name} ${mb(rss)}`)
      .join(', ');
    out.push(
      `peak memory                       ${mb(b.peakTreeRss)} (process tree), ${mb(b.maxProcessRss)} (largest process)${byCommand ? `; by process: ${byCommand}` : ''}`,
    );
  }
  out.push(`pages written                     ${d.htmlPages} HTML pages (${d.briefingPages} briefings); ${d.files} files in dist/, ${mb(d.bytes)}`);
  if (b.pagefind)
    out.push(
      `search index                      ${b.indexedPages ?? '?'} pages indexed in ${b.indexParts ?? '?'} part(s); ${b.pagefind.files} files, ${mb(b.pagefind.bytes)}`,
    );
  out.push(
    `median briefing page              ${kb(d.medianBriefing.rawBytes)} raw, ${kb(d.medianBriefing.gzipBytes)} gzip (HTML ${kb(d.medianBriefing.htmlBytes)} + CSS ${kb(d.medianBriefing.cssBytes)} raw)`,
  );
  out.push(`largest briefing page             ${kb(d.largestBriefing.gzipBytes)} gzip (${d.largestBriefing.path})`);
  for (const [type, page] of Object.entries(d.largestListing)) {
    if (page) out.push(`largest ${type} page`.padEnd(34) + `${kb(page.htmlBytes)} raw HTML, ${kb(page.gzipBytes)} gzip (${page.path})`);
  }
  const br = r.browser as BrowserStats | undefined;
  if (br) {
    out.push(
      `JS per page                       ${Object.entries(br.js)
        .map(([t, v]) => `${t} ${kb(v.bytes)}`)
        .join(', ')}`,
    );
    const q = br.search;
    out.push(`first search query ("${q.query}")  ${kb(q.total)} in ${q.requests} requests, ${q.results} results shown`);
    out.push(
      `  ${Object.entries(q.byKind)
        .filter(([, v]) => v > 0)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')} (${q.fragments} fragments)`,
    );
    if (q.largest?.length) out.push(`  largest: ${q.largest.map(([p, v]) => `${p} ${kb(v)}`).join(', ')}`);
    if (br.aliases?.length) out.push(aliasLine(br.aliases));
    if (br.firstQueries?.length) out.push(...firstQueryLines(br.firstQueries));
  }
  const ch = r.check as { seconds: number; warmSeconds: number } | undefined;
  if (ch) out.push(`npm run check                     ${s(ch.seconds)} without cache, ${s(ch.warmSeconds)} with the build's cache`);
  const rb = r.rebuild as (BuildFigures & { changed: string }) | undefined;
  if (rb) {
    out.push(`rebuild after changing one file   ${s(rb.seconds)} (index ${s(rb.indexSeconds)}; peak ${mb(rb.peakTreeRss)})`);
    for (const [name, value] of Object.entries(rb.phases)) out.push(`    ${name.padEnd(50)} ${s(value)}`);
  }
  if (r.baselines) out.push(...baselineLines(r.baselines as BaselineResults));
  const rel = r.relevance as { comparisons: QueryComparison[] } | undefined;
  if (rel) out.push(...relevanceLines(rel.comparisons));
  if (r.kept) out.push(`kept: ${(r.kept as string[]).join(' ')}`);
  return out.join('\n');
}
