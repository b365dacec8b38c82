/**
 * The MDX policy as a Sätteri mdast plugin, for any .mdx file that goes
 * through @astrojs/mdx rather than the briefings loader. It throws on the first
 * violation, before the file is compiled, so no code in it ever runs.
 */
import { defineMdastPlugin } from 'satteri';
import { fileURLToPath } from 'node:url';
import { briefingComponents } from './components.ts';
import { checkNode, type TreeNode } from './mdx-policy.ts';

function refuse(node: unknown, ctx: { fileURL: URL | undefined }): void {
  const [first] = checkNode(node as TreeNode, briefingComponents);
  if (!first) return;
  const file = ctx.fileURL ? fileURLToPath(ctx.fileURL) : '<mdx>';
  const where = first.line === undefined ? file : `${file}:${first.line}:${first.column ?? 1}`;
  throw new Error(`${where}  ${first.rule}  ${first.message}  ${first.hint}`);
}

export const mdxPolicyPlugin = defineMdastPlugin({
  name: 'sitrep-mdx-policy',
  options: { position: true },
  mdxjsEsm: refuse,
  mdxFlowExpression: refuse,
  mdxTextExpression: refuse,
  mdxJsxFlowElement: refuse,
  mdxJsxTextElement: refuse,
  link: refuse,
  image: refuse,
  definition: refuse,
  html: refuse,
});
