/**
 * What a briefing body may contain. MDX is code: `import`, `export` and
 * `{expressions}` run at build time with whatever secrets the build holds.
 * Bodies from pull requests are therefore held to Markdown plus the site's own
 * components with plain string attributes, and everything else is refused
 * before anything is compiled.
 *
 * The rules work on Sätteri trees, mdast or hast alike: the MDX node types are
 * the same in both, and links and images are checked in either shape.
 */

export interface TreeNode {
  type: string;
  name?: string | null;
  tagName?: string;
  value?: unknown;
  url?: string;
  properties?: Record<string, unknown>;
  attributes?: TreeAttribute[];
  children?: TreeNode[];
  position?: { start: { line: number; column: number } } | undefined;
}

export interface TreeAttribute {
  type: string;
  name?: string;
  value?: unknown;
}

export interface Violation {
  rule: string;
  message: string;
  hint: string;
  line?: number;
  column?: number;
}

export interface AttributeSpec {
  required?: boolean;
  /** Allowed values; any non-empty string when omitted. */
  values?: readonly string[];
  /** A 1-based index into the briefing's `sources`. */
  source?: boolean;
}

export interface ComponentSpec {
  attributes: Record<string, AttributeSpec>;
  /** Whether the component wraps content (`<Claim>…</Claim>`) or stands alone (`<Cite />`). */
  children: boolean;
  example: string;
}

/** Harmless inline HTML that Markdown has no syntax for. */
export const allowedHtmlElements: Record<string, readonly string[]> = {
  abbr: ['title'],
  sub: [],
  sup: [],
  br: [],
  kbd: [],
  mark: [],
  small: [],
};

const forbiddenElements = new Set([
  'script',
  'style',
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'button',
  'textarea',
  'svg',
  'math',
  'template',
]);

const URL_ATTRIBUTES = new Set(['href', 'src', 'srcset', 'action', 'formaction', 'poster', 'cite', 'xlink:href']);

/** Schemes a link or image may use; relative links have none and are fine. */
export function isSafeUrl(url: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme, so `java\tscript:` must not slip through.
  const compact = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(compact)?.[1];
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

function at(node: TreeNode): Pick<Violation, 'line' | 'column'> {
  return node.position ? { line: node.position.start.line, column: node.position.start.column } : {};
}

function violation(node: TreeNode, rule: string, message: string, hint: string): Violation {
  return { rule, message, hint, ...at(node) };
}

/**
 * Checks one node (not its children) against the policy. `components` is the
 * allowlist; `sourceCount` is how many sources the briefing lists, or
 * undefined where that is not known.
 */
export function checkNode(node: TreeNode, components: Record<string, ComponentSpec>, sourceCount?: number): Violation[] {
  switch (node.type) {
    case 'mdxjsEsm':
      return [
        violation(
          node,
          'mdx/no-import-export',
          '`import` and `export` are not allowed in a briefing',
          'Delete the line; the components a briefing may use are available without importing them.',
        ),
      ];
    case 'mdxFlowExpression':
    case 'mdxTextExpression':
      return [
        violation(
          node,
          'mdx/no-expression',
          '`{…}` expressions are not allowed in a briefing',
          'Write the text itself; to show a literal brace, escape it as `\\{`.',
        ),
      ];
    case 'html':
    case 'raw':
      return [violation(node, 'mdx/no-raw-html', 'raw HTML is not allowed in a briefing', 'Use Markdown or one of the allowed components.')];
    case 'mdxJsxFlowElement':
    case 'mdxJsxTextElement':
      return checkJsxElement(node, components, sourceCount);
    case 'link':
    case 'image':
    case 'definition':
      return node.url !== undefined && !isSafeUrl(node.url) ? [unsafeUrl(node, node.url)] : [];
    case 'element':
      return Object.entries(node.properties ?? {}).flatMap(([key, value]) =>
        URL_ATTRIBUTES.has(key.toLowerCase()) && typeof value === 'string' && !isSafeUrl(value) ? [unsafeUrl(node, value)] : [],
      );
    default:
      return [];
  }
}

function unsafeUrl(node: TreeNode, url: string): Violation {
  const scheme =
    url
      .replace(/[\u0000-\u0020\u007f]/g, '')
      .split(':')[0]
      ?.toLowerCase() ?? '';
  return violation(node, 'mdx/unsafe-url', `\`${scheme}:\` addresses are not allowed`, 'Link only to http(s) addresses or to pages of this site.');
}

function checkJsxElement(node: TreeNode, components: Record<string, ComponentSpec>, sourceCount?: number): Violation[] {
  const name = node.name ?? '';
  const found: Violation[] = [];
  const attributes = node.attributes ?? [];
  for (const attribute of attributes) {
    if (attribute.type === 'mdxJsxExpressionAttribute') {
      found.push(
        violation(node, 'mdx/no-attribute-expression', `\`{…}\` spread attributes are not allowed on <${name}>`, 'Write each attribute as name="value".'),
      );
    } else if (attribute.value !== null && attribute.value !== undefined && typeof attribute.value !== 'string') {
      found.push(
        violation(
          node,
          'mdx/no-attribute-expression',
          `attribute \`${attribute.name}\` on <${name}> uses a \`{…}\` expression`,
          `Write it as a plain string: ${attribute.name}="…".`,
        ),
      );
    } else if (attribute.name && /^on/i.test(attribute.name)) {
      found.push(
        violation(node, 'mdx/no-event-handler', `\`${attribute.name}\` event handlers are not allowed`, 'Remove the attribute; briefings cannot run scripts.'),
      );
    } else if (attribute.name && URL_ATTRIBUTES.has(attribute.name.toLowerCase()) && typeof attribute.value === 'string' && !isSafeUrl(attribute.value)) {
      found.push(unsafeUrl(node, attribute.value));
    }
  }
  if (found.length) return found;

  if (!name) {
    return [violation(node, 'mdx/unknown-component', 'fragments `<>…</>` are not allowed', 'Remove the `<>` and `</>` around the text.')];
  }
  if (forbiddenElements.has(name.toLowerCase())) {
    return [
      violation(
        node,
        'mdx/forbidden-element',
        `<${name}> is not allowed in a briefing`,
        'Remove it; briefings are text, and embeds, scripts and styles come from the site.',
      ),
    ];
  }
  const spec = components[name];
  if (spec) return checkComponent(node, name, spec, attributes, sourceCount);

  const htmlAttributes = allowedHtmlElements[name];
  if (htmlAttributes) {
    return attributes
      .filter((a) => !a.name || !htmlAttributes.includes(a.name))
      .map((a) =>
        violation(
          node,
          'mdx/bad-attribute',
          `<${name}> does not take \`${a.name}\``,
          htmlAttributes.length ? `It takes only: ${htmlAttributes.join(', ')}.` : 'Remove the attribute.',
        ),
      );
  }
  const known = Object.keys(components)
    .map((c) => `<${c}>`)
    .join(', ');
  return [violation(node, 'mdx/unknown-component', `<${name}> is not a component briefings may use`, `Use Markdown or one of ${known}; see CONTRIBUTING.md.`)];
}

function checkComponent(node: TreeNode, name: string, spec: ComponentSpec, attributes: TreeAttribute[], sourceCount?: number): Violation[] {
  const found: Violation[] = [];
  const given = new Map(attributes.map((a) => [a.name ?? '', a.value]));
  for (const key of given.keys()) {
    if (!spec.attributes[key]) {
      found.push(
        violation(
          node,
          'mdx/bad-attribute',
          `<${name}> does not take \`${key}\``,
          `It takes: ${Object.keys(spec.attributes).join(', ')}. Example: ${spec.example}`,
        ),
      );
    }
  }
  for (const [key, rule] of Object.entries(spec.attributes)) {
    const value = given.get(key);
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (rule.required) found.push(violation(node, 'mdx/bad-attribute', `<${name}> needs \`${key}\``, `Example: ${spec.example}`));
      continue;
    }
    const text = String(value);
    if (rule.values && !rule.values.includes(text)) {
      found.push(violation(node, 'mdx/bad-attribute', `\`${key}="${text}"\` on <${name}> is not one of ${rule.values.join(', ')}`, `Example: ${spec.example}`));
    }
    if (rule.source) {
      const n = Number(text);
      if (!Number.isInteger(n) || n < 1 || (sourceCount !== undefined && n > sourceCount)) {
        found.push(
          violation(
            node,
            'mdx/bad-source',
            sourceCount === undefined
              ? `\`${key}="${text}"\` on <${name}> is not a source number`
              : `\`${key}="${text}"\` on <${name}> does not name one of this briefing's sources (it lists ${sourceCount})`,
            'Use the number of the source in front-matter `sources`, counting from 1.',
          ),
        );
      }
    }
  }
  const hasChildren = (node.children ?? []).some((c) => c.type !== 'text' || String(c.value ?? '').trim() !== '');
  if (spec.children && !hasChildren) found.push(violation(node, 'mdx/bad-attribute', `<${name}> needs content between its tags`, `Example: ${spec.example}`));
  if (!spec.children && hasChildren)
    found.push(violation(node, 'mdx/bad-attribute', `<${name}> takes no content`, `Write it as a self-closing tag: ${spec.example}`));
  return found;
}

/** Checks a whole tree, every node, and returns the violations in document order. */
export function checkTree(root: TreeNode, components: Record<string, ComponentSpec>, sourceCount?: number): Violation[] {
  const found: Violation[] = [];
  const visit = (node: TreeNode) => {
    found.push(...checkNode(node, components, sourceCount));
    node.children?.forEach(visit);
  };
  visit(root);
  return found;
}

/** Turns a parser error such as "7:1: Unexpected character…" into a violation. */
export function parseErrorViolation(error: unknown): Violation {
  const text = error instanceof Error ? error.message : String(error);
  const match = /^(\d+):(\d+)(?:-\d+:\d+)?:\s*([\s\S]*?)(?:\s*\(([\w:-]+)\))?$/.exec(text.trim());
  const message = (match?.[3] ?? text).trim();
  const hint =
    /<!--/.test(message) || /comment/.test(message)
      ? 'MDX has no HTML comments; delete the comment.'
      : 'Check the syntax here: in MDX a `<` starts a component and a `{` starts an expression; escape them as `\\<` and `\\{`.';
  return {
    rule: 'mdx/syntax',
    message,
    hint,
    ...(match ? { line: Number(match[1]), column: Number(match[2]) } : {}),
  };
}
