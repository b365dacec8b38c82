/**
 * The components a briefing body uses, rendered as Sitrep renders them
 * (src/render/components.ts), for Markdown: Eleventy parses the .mdx files as
 * Markdown with markdown-it, which passes HTML through, so each component tag
 * is replaced by its HTML before the Markdown is parsed (a preprocessor).
 */

const COMPONENT = /<(Cite|Claim|Quote)\b([^>]*?)(?:\/>|>([\s\S]*?)<\/\1>)/g;
const ATTRIBUTE = /(\w+)="([^"]*)"/g;
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

const escape = (text) => text.replace(/[&<>"]/g, (c) => ESCAPES[c]);

// Kept out of the search index, so that "[2]" does not show in result excerpts.
const citation = (source) =>
  `<sup class="cite" data-pagefind-ignore><a href="#source-${escape(source)}" aria-label="Source ${escape(source)}">[${escape(source)}]</a></sup>`;

const components = {
  Cite: ({ source = '' }) => citation(source),
  Claim: ({ status = '', source = '' }, children, statusLabels) =>
    `<span class="claim" data-status="${escape(status)}"><span class="claim-status" data-pagefind-ignore>${escape(statusLabels[status] ?? status)}</span> ${children}${citation(source)}</span>`,
  Quote: ({ by = '', role, source = '' }, children) =>
    `<figure class="quote"><blockquote><p>${children}</p></blockquote><figcaption>— <cite>${escape(by)}</cite>${role ? `, ${escape(role)}` : ''}${citation(source)}</figcaption></figure>`,
};

/** `markdown` with every <Cite>, <Claim> and <Quote> replaced by its HTML; `statusLabels` words a claim's status. */
export function renderComponents(markdown, statusLabels) {
  return markdown.replace(COMPONENT, (_, name, attributes, children = '') => {
    const props = Object.fromEntries([...attributes.matchAll(ATTRIBUTE)].map(([, key, value]) => [key, value]));
    return components[name](props, renderComponents(children, statusLabels), statusLabels);
  });
}
