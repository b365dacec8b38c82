import { describe, expect, it } from 'vitest';
import { readingMinutes, renderBody } from '../../src/render/body.ts';

/**
 * renderBody takes the whole file, so positions are lines of the file. The
 * front matter below is four lines (three and a blank), so body text begins on line 5.
 */
const FRONT_MATTER = '---\ntitle: Troops in Kursk\n---\n\n';
const BODY_LINE = 5;

/** Renders a body with two sources listed in the front matter. */
const render = (body: string, sourceCount = 2) => renderBody(FRONT_MATTER + body, sourceCount);

/** The single violation of a body, as [rule, message, line, column]. */
function only(body: string, sourceCount = 2) {
  const { html, violations } = render(body, sourceCount);
  expect(html).toBe('');
  expect(violations).toHaveLength(1);
  const [v] = violations;
  return [v!.rule, v!.message, v!.line, v!.column];
}

describe('renderBody: allowed content', () => {
  const body = [
    'Ukraine reported <Cite source="1" /> and Russia <Claim status="claimed" source="2">denied it</Claim>, says <abbr title="North Atlantic Treaty Organization">NATO</abbr>.',
    '',
    '<Claim status="reported" source="1">',
    'Block claim.',
    '</Claim>',
    '',
    '<Quote by="António Guterres" role="UN Secretary-General" source="1">',
    'Everything must be done.',
    '</Quote>',
    '',
    '<Figure src="/images/kursk.jpg" alt="A damaged building" credit="Photo: Jane Doe">',
    'Caption text.',
    '</Figure>',
    '',
  ].join('\n');
  const { html, violations } = render(body);

  it('has no violations', () => {
    expect(violations).toEqual([]);
  });

  it('renders <Cite> as a numbered link to the source', () => {
    expect(html).toContain('Ukraine reported <sup class="cite" data-pagefind-ignore><a href="#source-1" aria-label="Source 1">[1]</a></sup> and Russia');
  });

  it('renders an inline <Claim> as a span with its status and citation', () => {
    expect(html).toContain(
      '<span class="claim" data-status="claimed"><span class="claim-status" data-pagefind-ignore>Claimed</span> denied it<sup class="cite" data-pagefind-ignore><a href="#source-2" aria-label="Source 2">[2]</a></sup></span>',
    );
  });

  it('renders a block <Claim> as a div with the citation in its own paragraph', () => {
    expect(html).toContain(
      '<div class="claim" data-status="reported"><span class="claim-status" data-pagefind-ignore>Reported</span><p>Block claim.</p><p class="claim-cite"><sup class="cite" data-pagefind-ignore><a href="#source-1"',
    );
  });

  it('gives each <Claim> as data, in reading order: its plain text, status and source number', () => {
    expect(render(body).claims).toEqual([
      { text: 'denied it', status: 'claimed', source: 2 },
      { text: 'Block claim.', status: 'reported', source: 1 },
    ]);
    const paragraphs = render('<Claim status="disputed" source="1">\n\nOne *said* "so".\n\nTwo.<Cite source="2" />\n\n</Claim>\n').claims;
    expect(paragraphs).toEqual([{ text: 'One said “so”. Two.', status: 'disputed', source: 1 }]);
  });

  it('renders <Quote> as a figure with blockquote and caption', () => {
    expect(html).toContain(
      '<figure class="quote"><blockquote><p>Everything must be done.</p></blockquote><figcaption>— <cite>António Guterres</cite>, UN Secretary-General<sup class="cite" data-pagefind-ignore><a href="#source-1"',
    );
  });

  it('renders <Figure> as an image with caption and credit', () => {
    expect(html).toContain(
      '<figure class="figure"><img src="/images/kursk.jpg" alt="A damaged building" loading="lazy" decoding="async"><figcaption>Caption text. <span class="credit">Photo: Jane Doe</span></figcaption></figure>',
    );
  });

  it('keeps allowed inline HTML', () => {
    expect(html).toContain('<abbr title="North Atlantic Treaty Organization">NATO</abbr>');
  });

  it('leaves the front matter out of the HTML', () => {
    expect(html).not.toContain('Troops in Kursk');
    expect(html.startsWith('<p>Ukraine reported')).toBe(true);
  });

  it('counts words of body text, not of front matter or attributes', () => {
    expect(render('One two three.\n\nFour <abbr title="five six seven">five</abbr> six.\n').words).toBe(6);
  });

  it('renders Markdown with smart punctuation', () => {
    const result = render('## Heading\n\nIt\'s "quoted" -- and...\n\n- one\n- two\n');
    expect(result.violations).toEqual([]);
    expect(result.html).toBe('<h2>Heading</h2>\n<p>It’s “quoted” – and…</p>\n<ul>\n<li>one</li>\n<li>two</li>\n</ul>');
  });

  it('renders escaped braces and angle brackets as text', () => {
    expect(render('A literal \\{ brace \\} and \\<tag\\>.\n').html).toBe('<p>A literal { brace } and &#x3C;tag>.</p>');
  });

  it('keeps the other allowed inline elements', () => {
    expect(render('A <sub>2</sub> <kbd>K</kbd> <br /> <mark>m</mark> <small>s</small>\n').html).toBe(
      '<p>A <sub>2</sub> <kbd>K</kbd> <br> <mark>m</mark> <small>s</small></p>',
    );
  });

  it('renders a file without front matter', () => {
    const result = renderBody('No front matter <Cite source="1" />.\n', 1);
    expect(result.violations).toEqual([]);
    expect(result.html).toContain('<a href="#source-1"');
  });

  it('counts lines of a BOM + CRLF file like those of an LF file', () => {
    const text = `${FRONT_MATTER}Line.\n\nimport x from "y"\n`;
    const crlf = '\uFEFF' + text.replace(/\n/g, '\r\n');
    expect(renderBody(crlf, 1).violations.map((v) => [v.rule, v.line, v.column])).toEqual([['mdx/no-import-export', 7, 1]]);
    expect(renderBody(text, 1).violations.map((v) => [v.rule, v.line, v.column])).toEqual([['mdx/no-import-export', 7, 1]]);
  });
});

describe('renderBody: rules', () => {
  it('mdx/no-import-export: import and export', () => {
    const message = '`import` and `export` are not allowed in a briefing';
    expect(only('import fs from "node:fs"\n\nText.\n')).toEqual(['mdx/no-import-export', message, BODY_LINE, 1]);
    expect(only('Text.\n\nexport const secret = process.env.TOKEN\n')).toEqual(['mdx/no-import-export', message, BODY_LINE + 2, 1]);
  });

  it('mdx/no-expression: flow and text expressions', () => {
    const message = '`{…}` expressions are not allowed in a briefing';
    expect(only('Text.\n\n{1 + 1}\n')).toEqual(['mdx/no-expression', message, BODY_LINE + 2, 1]);
    expect(only('Text {1 + 1} here.\n')).toEqual(['mdx/no-expression', message, BODY_LINE, 6]);
  });

  it('mdx/no-attribute-expression: value expression and spread', () => {
    expect(only('Text <Cite source={1} /> here.\n')).toEqual([
      'mdx/no-attribute-expression',
      'attribute `source` on <Cite> uses a `{…}` expression',
      BODY_LINE,
      6,
    ]);
    expect(only('Text <Cite {...props} /> here.\n')).toEqual([
      'mdx/no-attribute-expression',
      '`{…}` spread attributes are not allowed on <Cite>',
      BODY_LINE,
      6,
    ]);
  });

  it('mdx/unknown-component: inline, block and fragment', () => {
    const message = '<Foo> is not a component briefings may use';
    expect(only('Text <Foo /> here.\n')).toEqual(['mdx/unknown-component', message, BODY_LINE, 6]);
    expect(only('<Foo>\nhi\n</Foo>\n')).toEqual(['mdx/unknown-component', message, BODY_LINE, 1]);
    expect(only('Text <>x</> here.\n')).toEqual(['mdx/unknown-component', 'fragments `<>…</>` are not allowed', BODY_LINE, 6]);
    expect(render('Text <Foo /> here.\n').violations[0]!.hint).toBe('Use Markdown or one of <Claim>, <Quote>, <Figure>, <Cite>; see CONTRIBUTING.md.');
  });

  it.each(['script', 'style', 'iframe'])('mdx/forbidden-element: <%s>', (tag) => {
    expect(only(`Text.\n\n<${tag}>\nx\n</${tag}>\n`)).toEqual(['mdx/forbidden-element', `<${tag}> is not allowed in a briefing`, BODY_LINE + 2, 1]);
  });

  it('mdx/forbidden-element: <iframe> with a src, inline', () => {
    expect(only('See <iframe src="https://example.org/embed"></iframe>\n')).toEqual([
      'mdx/forbidden-element',
      '<iframe> is not allowed in a briefing',
      BODY_LINE,
      5,
    ]);
  });

  it('mdx/no-event-handler: onClick=', () => {
    expect(only('Text <abbr title="x" onClick="alert(1)">A</abbr>.\n')).toEqual([
      'mdx/no-event-handler',
      '`onClick` event handlers are not allowed',
      BODY_LINE,
      6,
    ]);
    expect(only('Text <Cite source="1" onmouseover="alert(1)" />.\n')).toEqual([
      'mdx/no-event-handler',
      '`onmouseover` event handlers are not allowed',
      BODY_LINE,
      6,
    ]);
  });

  describe('mdx/unsafe-url', () => {
    const js = '`javascript:` addresses are not allowed';
    const data = '`data:` addresses are not allowed';

    it('in Markdown links, images and definitions', () => {
      expect(only('A [link](javascript:alert(1)) here.\n')).toEqual(['mdx/unsafe-url', js, BODY_LINE, 3]);
      expect(only('A [link](JaVaScRiPt:alert(1)) here.\n')).toEqual(['mdx/unsafe-url', js, BODY_LINE, 3]);
      expect(only('A [link](&#x6A;avascript:alert(1)) here.\n')).toEqual(['mdx/unsafe-url', js, BODY_LINE, 3]);
      expect(only('An ![image](data:text/html;base64,AAAA) here.\n')).toEqual(['mdx/unsafe-url', data, BODY_LINE, 4]);
      expect(only('![image](\tjavascript:alert(1))\n')).toEqual(['mdx/unsafe-url', js, BODY_LINE, 1]);
      expect(only('A [link][x].\n\n[x]: javascript:alert(1)\n')).toEqual(['mdx/unsafe-url', js, BODY_LINE, 3]);
    });

    it('a tab inside the scheme of a Markdown link is percent-encoded, so the link is not javascript:', () => {
      const result = render('A [link](<java\tscript:alert(1)>) here.\n');
      expect(result.violations).toEqual([]);
      expect(result.html).toBe('<p>A <a href="java%09script:alert(1)">link</a> here.</p>');
    });

    it('in JSX attributes', () => {
      expect(only('<Figure src="javascript:alert(1)" alt="a" credit="b">\nCap\n</Figure>\n')).toEqual(['mdx/unsafe-url', js, BODY_LINE, 1]);
      expect(only('<Figure src="JaVaScRiPt:alert(1)" alt="a" credit="b">\nCap\n</Figure>\n')).toEqual(['mdx/unsafe-url', js, BODY_LINE, 1]);
      expect(only('<Figure src="data:image/svg+xml,x" alt="a" credit="b">\nCap\n</Figure>\n')).toEqual(['mdx/unsafe-url', data, BODY_LINE, 1]);
      expect(only('Text <abbr title="x" href="data:text/html,hi">A</abbr>.\n')).toEqual(['mdx/unsafe-url', data, BODY_LINE, 6]);
    });

    it('in a JSX attribute with a tab inside the scheme', () => {
      const [rule, message, line, column] = only('<Figure src="java\tscript:alert(1)" alt="a" credit="b">\nCap\n</Figure>\n');
      expect([rule, line, column]).toEqual(['mdx/unsafe-url', BODY_LINE, 1]);
      expect(message).toMatch(/^`java\s*script:` addresses are not allowed$/);
    });
  });

  describe('mdx/bad-attribute', () => {
    it('a missing required attribute', () => {
      expect(only('Text <Cite /> here.\n')).toEqual(['mdx/bad-attribute', '<Cite> needs `source`', BODY_LINE, 6]);
      expect(only('<Cite source=" " />\n')).toEqual(['mdx/bad-attribute', '<Cite> needs `source`', BODY_LINE, 1]);
    });

    it('an unknown attribute, on a component and on allowed HTML', () => {
      expect(only('Text <Cite source="1" page="3" /> here.\n')).toEqual(['mdx/bad-attribute', '<Cite> does not take `page`', BODY_LINE, 6]);
      expect(render('Text <Cite source="1" page="3" /> here.\n').violations[0]!.hint).toBe('It takes: source. Example: <Cite source="1" />');
      expect(only('Text <abbr class="x">A</abbr>.\n')).toEqual(['mdx/bad-attribute', '<abbr> does not take `class`', BODY_LINE, 6]);
    });

    it('a status outside the list', () => {
      expect(only('Text <Claim status="true" source="1">x</Claim> here.\n')).toEqual([
        'mdx/bad-attribute',
        '`status="true"` on <Claim> is not one of confirmed, reported, claimed, disputed',
        BODY_LINE,
        6,
      ]);
    });

    it('content on <Cite>, and no content on <Claim>', () => {
      expect(only('Text <Cite source="1">hello</Cite> here.\n')).toEqual(['mdx/bad-attribute', '<Cite> takes no content', BODY_LINE, 6]);
      expect(only('Text <Claim status="claimed" source="1"></Claim> end.\n')).toEqual([
        'mdx/bad-attribute',
        '<Claim> needs content between its tags',
        BODY_LINE,
        6,
      ]);
    });
  });

  describe('mdx/bad-source', () => {
    it.each(['0', '3', 'x', '-1'])('source="%s" with 2 sources', (n) => {
      expect(only(`Text <Cite source="${n}" /> here.\n`)).toEqual([
        'mdx/bad-source',
        `\`source="${n}"\` on <Cite> does not name one of this briefing's sources (it lists 2)`,
        BODY_LINE,
        6,
      ]);
    });

    it('accepts the last source', () => {
      expect(render('Text <Cite source="2" /> here.\n').violations).toEqual([]);
    });
  });

  it('mdx/block-component: <Quote> inside a paragraph', () => {
    const { violations } = render('Text <Quote by="A" source="1">q</Quote> here.\n');
    expect(violations).toEqual([
      {
        rule: 'mdx/block-component',
        message: '<Quote> must stand on lines of its own',
        hint: 'Put a blank line before and after it: <Quote by="António Guterres" role="UN Secretary-General" source="1">Everything must be done…</Quote>',
        line: BODY_LINE,
        column: 6,
      },
    ]);
  });

  it('mdx/syntax: an HTML comment, reported on its line', () => {
    const { html, violations } = render('Text.\n\n<!-- x -->\n');
    expect(html).toBe('');
    expect(violations).toHaveLength(1);
    expect(violations[0]).toMatchObject({ rule: 'mdx/syntax', line: BODY_LINE + 2, column: 1, hint: 'MDX has no HTML comments; delete the comment.' });
    expect(violations[0]!.message).toMatch(/^Unexpected character `!`/);
    expect(only('Para.\n\nMore <!-- x --> text.\n').slice(2)).toEqual([BODY_LINE + 2, 6]);
  });

  it('reports every violation of a body, in document order', () => {
    const { violations } = render('Text <Cite source="9" /> and {x}.\n\n<Foo />\n');
    expect(violations.map((v) => [v.rule, v.line, v.column])).toEqual([
      ['mdx/bad-source', BODY_LINE, 6],
      ['mdx/no-expression', BODY_LINE, 30],
      ['mdx/unknown-component', BODY_LINE + 2, 1],
    ]);
  });
});

describe('readingMinutes', () => {
  it('rounds words at 220 a minute and never says less than one', () => {
    expect(readingMinutes(0)).toBe(1);
    expect(readingMinutes(220)).toBe(1);
    expect(readingMinutes(329)).toBe(1);
    expect(readingMinutes(330)).toBe(2);
    expect(readingMinutes(2200)).toBe(10);
  });
});
