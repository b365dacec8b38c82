/**
 * Renders a briefing body (MDX limited by the policy) to HTML, without
 * compiling or running anything: Sätteri parses it, the policy checks every
 * node, the allowed components become plain elements, and html.ts writes
 * the result. A node that is neither checked nor converted cannot be
 * written: html.ts writes the tree as hast-util-to-html would, and
 * hast-util-to-html refuses unknown node types.
 */
import type { ElementContent, Root, RootContent } from 'hast';
import { mdxToHast } from 'satteri';
import { briefingComponents } from './components.ts';
import { treeToHtml } from './html.ts';
import { checkTree, parseErrorViolation, type TreeNode, type Violation } from './mdx-policy.ts';

export interface RenderedBody {
  html: string;
  /** Words of body text, for the reading time. */
  words: number;
  violations: Violation[];
  /** The body's <Claim>s in reading order, for the briefing's JSON-LD; only when the HTML is written (renderBody). */
  claims?: BodyClaim[];
}

/** A <Claim> as data: what it says, the status the desk gives it, and the number of the source it cites. */
export interface BodyClaim {
  text: string;
  status: string;
  source: number;
}

interface MdxElement {
  name?: string | null;
  attributes: { name?: string; value?: unknown }[];
  children: RootContent[];
}

/** Parses a whole MDX file (front matter included, so positions are lines of the file). */
export function renderBody(source: string, sourceCount?: number): RenderedBody {
  return render(source, sourceCount, true);
}

/**
 * renderBody without writing the HTML (`html` is always ''): the same words and
 * violations for a fifth less time, for checks that do not publish the body.
 */
export function checkBody(source: string, sourceCount?: number): RenderedBody {
  return render(source, sourceCount, false);
}

function render(source: string, sourceCount: number | undefined, html: boolean): RenderedBody {
  let tree: Root;
  try {
    tree = mdxToHast(endWithNewline(source), { position: true, features: { smartPunctuation: true } }) as Root;
  } catch (error) {
    return { html: '', words: 0, violations: [parseErrorViolation(error)] };
  }
  const violations = checkTree(tree as unknown as TreeNode, briefingComponents, sourceCount);
  violations.push(...checkPlacement(tree as unknown as TreeNode));
  if (violations.length) return { html: '', words: 0, violations };
  const words = countWords(tree as unknown as TreeNode);
  if (!html) return { html: '', words, violations: [] };
  return { html: treeToHtml(publishedTree(tree)), words, violations: [], claims: claimsOf(tree as unknown as TreeNode) };
}

/**
 * Sätteri 0.10 reads past the end of a file that ends in a backslash after
 * ESM and a tag (a line `export const a = 1`, then `</a>\` at the very end),
 * and its panic aborts the whole process. A final newline changes nothing
 * else: it ends the last line.
 */
function endWithNewline(source: string): string {
  return source.endsWith('\n') ? source : `${source}\n`;
}

function checkPlacement(root: TreeNode): Violation[] {
  const found: Violation[] = [];
  const visit = (node: TreeNode) => {
    const spec = node.name ? briefingComponents[node.name] : undefined;
    if (spec?.block && node.type === 'mdxJsxTextElement') {
      found.push({
        rule: 'mdx/block-component',
        message: `<${node.name}> must stand on lines of its own`,
        hint: `Put a blank line before and after it: ${spec.example}`,
        line: node.position?.start.line,
        column: node.position?.start.column,
      });
    }
    node.children?.forEach(visit);
  };
  visit(root);
  return found;
}

/** The tree as published: the components as the plain elements they render, nothing else of MDX. */
export function publishedTree(tree: Root): Root {
  return { type: 'root', children: tree.children.flatMap((child) => convert(child)) };
}

function convert(node: RootContent): ElementContent[] {
  if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
    const element = node as unknown as MdxElement;
    const attributes = Object.fromEntries(element.attributes.map((a) => [a.name ?? '', String(a.value ?? '')]));
    const children = element.children.flatMap((c) => convert(c));
    const component = briefingComponents[element.name ?? ''];
    if (component) return [component.render(attributes, children, node.type === 'mdxJsxTextElement')];
    // The policy only lets through the small set of harmless inline HTML elements.
    return [{ type: 'element', tagName: element.name ?? 'span', properties: attributes, children }];
  }
  if (node.type === 'element') {
    return [{ ...node, children: node.children.flatMap((c) => convert(c as RootContent)) }];
  }
  if (node.type === 'text' || node.type === 'comment') return [node];
  return [];
}

/** Every <Claim> in a body that passed the policy, so its status and source are valid. */
function claimsOf(node: TreeNode): BodyClaim[] {
  const own =
    node.name === 'Claim'
      ? [{ text: plainText(node).replace(/\s+/g, ' ').trim(), status: attribute(node, 'status'), source: Number(attribute(node, 'source')) }]
      : [];
  return [...own, ...(node.children ?? []).flatMap(claimsOf)];
}

function attribute(node: TreeNode, name: string): string {
  return String(node.attributes?.find((a) => a.name === name)?.value ?? '');
}

function plainText(node: TreeNode): string {
  if (node.type === 'text') return String(node.value ?? '');
  const text = (node.children ?? []).map(plainText).join('');
  // The paragraphs of a block <Claim> are separate sentences.
  return node.tagName === 'p' ? ` ${text} ` : text;
}

function countWords(node: TreeNode): number {
  if (node.type === 'text')
    return String(node.value ?? '')
      .split(/\s+/)
      .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return (node.children ?? []).reduce((sum, child) => sum + countWords(child), 0);
}

/** Minutes to read at about 220 words a minute, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 220));
}
