import { describe, expect, it } from 'vitest';
import { mdxToJs } from 'satteri';
import { briefingComponents } from '../../src/render/components.ts';
import { checkNode, checkTree, isSafeUrl, parseErrorViolation, type TreeNode } from '../../src/render/mdx-policy.ts';
import { mdxPolicyPlugin } from '../../src/render/mdx-policy-plugin.ts';

const at = (line: number, column: number) => ({ start: { line, column } });

describe('isSafeUrl', () => {
  it.each([
    'http://example.org/a',
    'https://example.org/a',
    'HTTPS://EXAMPLE.ORG/',
    'mailto:desk@example.org',
    '/briefings/2024-11-04-troops/',
    '../actors/rustem-umerov/',
    'images/map.png',
    '#source-1',
    '?page=2',
    '//example.org/a',
    '',
  ])('accepts %j', (url) => {
    expect(isSafeUrl(url)).toBe(true);
  });

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/a',
  ])('refuses %j', (url) => {
    expect(isSafeUrl(url)).toBe(false);
  });
});

describe('parseErrorViolation', () => {
  it('parses "line:column: message (rule)"', () => {
    expect(parseErrorViolation(new Error('7:1: Unexpected character (mdx:unexpected)'))).toEqual({
      rule: 'mdx/syntax',
      message: 'Unexpected character',
      hint: 'Check the syntax here: in MDX a `<` starts a component and a `{` starts an expression; escape them as `\\<` and `\\{`.',
      line: 7,
      column: 1,
    });
  });

  it('takes the start of a range and accepts a plain string', () => {
    expect(parseErrorViolation('3:5-3:9: Unexpected end of file')).toMatchObject({ message: 'Unexpected end of file', line: 3, column: 5 });
  });

  it('gives the comment hint for a message about comments', () => {
    expect(parseErrorViolation(new Error('2:1: Unexpected character `!` (note: to create a comment in MDX, use `{/* text */}`)')).hint).toBe(
      'MDX has no HTML comments; delete the comment.',
    );
  });

  it('keeps the whole text and no position when there is no "line:column:" prefix', () => {
    const v = parseErrorViolation(new Error('something broke'));
    expect(v).toMatchObject({ rule: 'mdx/syntax', message: 'something broke' });
    expect(v.line).toBeUndefined();
    expect(v.column).toBeUndefined();
  });
});

describe('checkNode', () => {
  it('refuses raw HTML nodes', () => {
    expect(checkNode({ type: 'html', value: '<b>x</b>', position: at(4, 2) }, briefingComponents)).toEqual([
      { rule: 'mdx/no-raw-html', message: 'raw HTML is not allowed in a briefing', hint: 'Use Markdown or one of the allowed components.', line: 4, column: 2 },
    ]);
  });

  it('checks URL properties of hast elements, whatever their case', () => {
    const node: TreeNode = { type: 'element', tagName: 'a', properties: { HREF: 'javascript:alert(1)', title: 'javascript:ok' }, position: at(3, 1) };
    expect(checkNode(node, briefingComponents)).toEqual([
      expect.objectContaining({ rule: 'mdx/unsafe-url', message: '`javascript:` addresses are not allowed', line: 3, column: 1 }),
    ]);
    expect(checkNode({ type: 'element', tagName: 'a', properties: { href: 'https://example.org' } }, briefingComponents)).toEqual([]);
  });

  it('checks link, image and definition urls and leaves out the position when there is none', () => {
    for (const type of ['link', 'image', 'definition']) {
      const [v] = checkNode({ type, url: 'data:text/html,hi' }, briefingComponents);
      expect(v).toMatchObject({ rule: 'mdx/unsafe-url', message: '`data:` addresses are not allowed' });
      expect(v).not.toHaveProperty('line');
    }
  });

  it('does not check the number of a source when the count is unknown', () => {
    const cite: TreeNode = { type: 'mdxJsxTextElement', name: 'Cite', attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: '99' }], children: [] };
    expect(checkNode(cite, briefingComponents)).toEqual([]);
    expect(checkNode(cite, briefingComponents, 2)[0]).toMatchObject({
      rule: 'mdx/bad-source',
      message: '`source="99"` on <Cite> does not name one of this briefing\'s sources (it lists 2)',
    });
    expect(checkNode({ ...cite, attributes: [{ type: 'mdxJsxAttribute', name: 'source', value: '1.5' }] }, briefingComponents)[0]).toMatchObject({
      rule: 'mdx/bad-source',
      message: '`source="1.5"` on <Cite> is not a source number',
    });
  });
});

describe('checkTree', () => {
  it('visits every node and returns violations in document order', () => {
    const root: TreeNode = {
      type: 'root',
      children: [
        { type: 'paragraph', children: [{ type: 'link', url: 'javascript:a()', position: at(1, 3), children: [] }] },
        { type: 'mdxFlowExpression', value: '1', position: at(3, 1) },
      ],
    };
    expect(checkTree(root, briefingComponents).map((v) => [v.rule, v.line])).toEqual([
      ['mdx/unsafe-url', 1],
      ['mdx/no-expression', 3],
    ]);
  });
});

describe('mdxPolicyPlugin with satteri mdxToJs', () => {
  const compile = (source: string) => mdxToJs(source, { mdastPlugins: [mdxPolicyPlugin] });

  it('throws for an import, naming the rule and the position', () => {
    expect(() => compile('import fs from "node:fs"\n\nHello.\n')).toThrow(
      '<mdx>:1:1  mdx/no-import-export  `import` and `export` are not allowed in a briefing',
    );
  });

  it('throws for an expression, an unsafe link and an unknown component', () => {
    expect(() => compile('Hi {process.env.SECRET}\n')).toThrow(/<mdx>:1:4 {2}mdx\/no-expression/);
    expect(() => compile('A [x](javascript:alert(1))\n')).toThrow(/<mdx>:1:3 {2}mdx\/unsafe-url/);
    expect(() => compile('Hi <Foo />\n')).toThrow(/mdx\/unknown-component {2}<Foo> is not a component briefings may use/);
  });

  it('compiles plain Markdown and the allowed components', () => {
    const result = compile('# Title\n\nPlain *markdown*, a [link](https://example.org) and <Cite source="1" />.\n');
    expect(typeof result.code).toBe('string');
    expect(result.code.length).toBeGreaterThan(0);
  });
});
