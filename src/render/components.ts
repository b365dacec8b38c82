/**
 * The components a briefing body may use, and the HTML each becomes. They are
 * rendered here, in the content layer, rather than as Astro components: a
 * body then compiles to plain HTML once, with no JavaScript module per file.
 */
import type { Element, ElementContent } from 'hast';
import type { ComponentSpec } from './mdx-policy.ts';
import { site } from '../site.config.ts';

const statusIds = Object.keys(site.statuses);

export interface BriefingComponent extends ComponentSpec {
  /** Must stand on lines of its own (it renders block content such as <figure>). */
  block: boolean;
  render(attributes: Record<string, string>, children: ElementContent[], inline: boolean): Element;
}

const h = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});
const t = (value: string): ElementContent => ({ type: 'text', value });

/** A numbered link to an entry of the briefing's source list. */
export function citation(source: string): Element {
  // Kept out of the search index so "[2]" does not show up in result excerpts.
  return h('sup', { className: ['cite'], dataPagefindIgnore: true }, [
    h('a', { href: `#source-${source}`, ariaLabel: `Source ${source}` }, [t(`[${source}]`)]),
  ]);
}

export const briefingComponents: Record<string, BriefingComponent> = {
  Claim: {
    attributes: { status: { required: true, values: statusIds }, source: { required: true, source: true } },
    children: true,
    block: false,
    example: '<Claim status="claimed" source="2">Russia said it hit military airfields.</Claim>',
    render({ status = '', source = '' }, children, inline) {
      const label = site.statuses[status as keyof typeof site.statuses]?.label ?? status;
      const badge = h('span', { className: ['claim-status'], dataPagefindIgnore: true }, [t(label)]);
      if (inline) return h('span', { className: ['claim'], dataStatus: status }, [badge, t(' '), ...children, citation(source)]);
      return h('div', { className: ['claim'], dataStatus: status }, [badge, ...children, h('p', { className: ['claim-cite'] }, [citation(source)])]);
    },
  },
  Quote: {
    attributes: { by: { required: true }, role: {}, source: { required: true, source: true } },
    children: true,
    block: true,
    example: '<Quote by="António Guterres" role="UN Secretary-General" source="1">Everything must be done…</Quote>',
    render({ by = '', role, source = '' }, children) {
      const caption: ElementContent[] = [t('— '), h('cite', {}, [t(by)])];
      if (role) caption.push(t(`, ${role}`));
      caption.push(citation(source));
      return h('figure', { className: ['quote'] }, [h('blockquote', {}, children), h('figcaption', {}, caption)]);
    },
  },
  Figure: {
    attributes: { src: { required: true }, alt: { required: true }, credit: { required: true } },
    children: true,
    block: true,
    example: '<Figure src="/images/zaporizhzhia.jpg" alt="A damaged building" credit="Photo: Jane Doe">Caption text.</Figure>',
    render({ src = '', alt = '', credit = '' }, children) {
      const caption = children.flatMap((c) => (c.type === 'element' && c.tagName === 'p' ? c.children : [c]));
      return h('figure', { className: ['figure'] }, [
        h('img', { src, alt, loading: 'lazy', decoding: 'async' }),
        h('figcaption', {}, [...caption, t(' '), h('span', { className: ['credit'] }, [t(credit)])]),
      ]);
    },
  },
  Cite: {
    attributes: { source: { required: true, source: true } },
    children: false,
    block: false,
    example: '<Cite source="1" />',
    render({ source = '' }) {
      return citation(source);
    },
  },
};
