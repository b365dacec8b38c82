import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Nodes, Root } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { mdxToHast } from 'satteri';
import { describe, expect, it, vi } from 'vitest';
import { generateCorpus } from '../../scripts/bench/corpus.ts';
import { publishedTree } from '../../src/render/body.ts';
import { treeToHtml } from '../../src/render/html.ts';
import { searchDocument, searchDocumentTree, searchRecord } from '../../src/search/index/record.ts';

// Counted, to show which trees are written without it.
vi.mock('hast-util-to-html', async (importOriginal) => {
  const original = await importOriginal<typeof import('hast-util-to-html')>();
  return { ...original, toHtml: vi.fn(original.toHtml) };
});

/** The tree renderBody writes, from a whole MDX file. */
const bodyTree = (source: string) => publishedTree(mdxToHast(source, { position: true, features: { smartPunctuation: true } }) as Root);

const briefingFiles = (dir: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));

const el = (tagName: string, properties: Record<string, unknown> = {}, children: Nodes[] = []) => ({ type: 'element', tagName, properties, children }) as Nodes;
const root = (...children: Nodes[]) => ({ type: 'root', children }) as Root;
const txt = (value: string) => ({ type: 'text', value }) as Nodes;

describe('treeToHtml writes what hast-util-to-html writes', () => {
  it('for every briefing body of the site and of the test site', () => {
    const files = [...briefingFiles('src/content/briefings'), ...briefingFiles('tests/fixtures/site/src/content/briefings')];
    expect(files.length).toBeGreaterThan(10);
    for (const { name, text } of files) {
      const tree = bodyTree(text);
      expect(treeToHtml(tree), name).toBe(toHtml(tree));
    }
  });

  it('for 300 generated briefing bodies and their search documents', () => {
    const { briefings } = generateCorpus({ briefings: 300, seed: 7 });
    for (const { name, text } of briefings) {
      const tree = bodyTree(text);
      const html = treeToHtml(tree);
      expect(html, name).toBe(toHtml(tree));
      const record = searchRecord({
        id: name.replace(/\.mdx$/, ''),
        title: `“${name}” & <more>`,
        date: '2025-01-02',
        summary: `It's "quoted" & \`ticked\``,
        status: 'reported',
        topics: [],
        html,
        actors: [],
        countries: [],
        places: [],
      });
      expect(searchDocument(record)).toBe(toHtml(searchDocumentTree(record), { allowDangerousHtml: true }));
    }
  });

  it('for the escapes, attributes and elements it covers', () => {
    const cases: Nodes[] = [
      root(txt('a < b & c > d "e" \'f\' `g`')),
      root(el('p', { title: 'a "b" & \'c\' `d` <e> \0' }, [txt('x')])),
      root(el('input', { disabled: true, checked: false, value: '', hidden: 'hidden', download: '' })),
      root(el('a', { download: 'download', className: ['one', 'two', ''], dataValue: 3, ariaHidden: true, tabIndex: 0, title: Number.NaN })),
      root(el('input', { accept: ['a', 'b', ''], coords: [1, 2] })),
      root(el('br'), el('img', { src: 'x', alt: '' }), el('hr', {}, [txt('')]), el('br', {}, [txt('inside')])),
      root({ type: 'comment', value: '>-- a --> b <!-- c --!> <!-' } as Nodes),
      root({ type: 'doctype' } as Nodes, el('html', { lang: 'en' }, [el('body')])),
      root(el('script', {}, [txt('if (a < b && c) {}')]), el('style', {}, [txt('a > b { c: "&" }')])),
      root(el('div', {}, [{ type: 'raw', value: '<b>raw</b> & more' } as Nodes])),
      root(el('svg', { viewBox: '0 0 1 1' }, [el('path', { d: 'M0 0' })])),
      root(el('template', {}, [txt('t')])),
      root(el('p', { 'a"b': 'c' })),
    ];
    for (const tree of cases) {
      expect(treeToHtml(tree), toHtml(tree)).toBe(toHtml(tree));
      expect(treeToHtml(tree, { allowRaw: true })).toBe(toHtml(tree, { allowDangerousHtml: true }));
    }
  });

  it('writes bodies and search documents itself, and leaves to hast-util-to-html only what it does not cover', () => {
    const [file] = briefingFiles('tests/fixtures/site/src/content/briefings');
    const tree = bodyTree(file!.text);
    const document = searchDocumentTree(
      searchRecord({
        id: 'a',
        title: 'T',
        date: '2025-01-02',
        summary: 'S',
        status: 'reported',
        topics: [],
        html: '<p>b</p>',
        actors: [],
        countries: [],
        places: [],
      }),
    );
    vi.mocked(toHtml).mockClear();
    treeToHtml(tree);
    treeToHtml(document, { allowRaw: true });
    expect(toHtml).not.toHaveBeenCalled();
    treeToHtml(root(el('svg')));
    expect(toHtml).toHaveBeenCalledTimes(1);
  });
});
