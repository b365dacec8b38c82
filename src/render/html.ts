/**
 * The HTML of a hast tree, byte for byte what hast-util-to-html writes with
 * its default options, in about a tenth of the time. A build writes every
 * briefing body and every search document once (20,000 trees at 10,000
 * briefings), and hast-util-to-html spent 2.8 s of a 10,000-briefing build on
 * them. This one has no options: it covers the nodes bodies and documents
 * hold (elements, text, comments, raw HTML, a doctype) and falls back to
 * hast-util-to-html for a tree with anything else (an SVG or a template
 * element, a property that is no attribute name). tests/unit/render-html.test.ts
 * holds it to hast-util-to-html's output.
 */
import type { Nodes, Properties } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { htmlVoidElements } from 'html-void-elements';
import { find, html as htmlSchema } from 'property-information';

const VOIDS = new Set(htmlVoidElements);
/** Elements whose content hast-util-to-html reads in another schema or from elsewhere. */
const UNSUPPORTED_ELEMENTS = new Set(['svg', 'template']);
const TEXT_ESCAPES = /[<&]/g;
// What hast-util-to-html escapes by default in a double-quoted attribute value, and in a comment.
const ATTRIBUTE_ESCAPES = /[\0"&'`]/g;
const COMMENT_ESCAPES = /^>|^->|<!--|-->|--!>|<!-$/g;
/** Characters hast-util-to-html would escape in an attribute name: such a name is left to it. */
const UNSAFE_NAME = /[\0\t\n\f\r "&'/<=>]/;

interface AttributeInfo {
  name: string;
  boolean: boolean;
  overloaded: boolean;
  commas: boolean;
}
const attributeInfo = new Map<string, AttributeInfo | undefined>();

/** A character as a hexadecimal reference, as stringify-entities writes it. */
const reference = (character: string) => `&#x${character.charCodeAt(0).toString(16).toUpperCase()};`;

/**
 * HTML of `tree`, as hast-util-to-html writes it; raw nodes are written as
 * they are only with `allowRaw` (its `allowDangerousHtml`), and as text otherwise.
 */
export function treeToHtml(tree: Nodes, { allowRaw = false }: { allowRaw?: boolean } = {}): string {
  return fastHtml(tree, allowRaw) ?? toHtml(tree, { allowDangerousHtml: allowRaw });
}

function fastHtml(tree: Nodes, allowRaw: boolean): string | undefined {
  const parts: string[] = [];
  const text = (value: string, parentTag: string | undefined) =>
    parts.push(parentTag === 'script' || parentTag === 'style' ? value : value.replace(TEXT_ESCAPES, reference));
  const write = (node: Nodes, parentTag: string | undefined): boolean => {
    switch (node.type) {
      case 'root':
        return node.children.every((child) => write(child, undefined));
      case 'text':
        text(node.value, parentTag);
        return true;
      case 'raw':
        if (allowRaw) parts.push(node.value);
        else text(node.value, parentTag);
        return true;
      case 'comment':
        parts.push(`<!--${node.value.replace(COMMENT_ESCAPES, (match) => match.replace(/[<>]/g, reference))}-->`);
        return true;
      case 'doctype':
        parts.push('<!doctype html>');
        return true;
      case 'element': {
        if (UNSUPPORTED_ELEMENTS.has(node.tagName)) return false;
        const attributes = serializeAttributes(node.properties);
        if (attributes === undefined) return false;
        parts.push(`<${node.tagName}${attributes ? ` ${attributes}` : ''}>`);
        const start = parts.length;
        if (!node.children.every((child) => write(child, node.tagName))) return false;
        // A void element is closed only when its content writes something, as hast-util-to-html does.
        const content = parts.length > start && parts.slice(start).some(Boolean);
        if (content || !VOIDS.has(node.tagName.toLowerCase())) parts.push(`</${node.tagName}>`);
        return true;
      }
      default:
        return false;
    }
  };
  return write(tree, undefined) ? parts.join('') : undefined;
}

/** The attributes, space-separated; undefined when one is left to hast-util-to-html. */
function serializeAttributes(properties: Properties): string | undefined {
  const values: string[] = [];
  for (const key in properties) {
    const value = properties[key];
    if (value === null || value === undefined) continue;
    const info = infoOf(key);
    if (!info) return undefined;
    const attribute = serializeAttribute(info, value);
    if (attribute) values.push(attribute);
  }
  return values.join(' ');
}

function infoOf(key: string): AttributeInfo | undefined {
  if (!attributeInfo.has(key)) {
    const found = find(htmlSchema, key);
    attributeInfo.set(
      key,
      UNSAFE_NAME.test(found.attribute)
        ? undefined
        : { name: found.attribute, boolean: found.boolean, overloaded: found.overloadedBoolean, commas: found.commaSeparated },
    );
  }
  return attributeInfo.get(key);
}

function serializeAttribute(info: AttributeInfo, given: NonNullable<Properties[string]>): string {
  let value = given;
  if (info.overloaded && (value === info.name || value === '')) value = true;
  else if ((info.boolean || info.overloaded) && (typeof value !== 'string' || value === info.name || value === '')) value = Boolean(value);
  if (value === false || (typeof value === 'number' && Number.isNaN(value))) return '';
  if (value === true) return info.name;
  const text = Array.isArray(value) ? tokens(value.map(String), info.commas) : String(value);
  return `${info.name}="${text.replace(ATTRIBUTE_ESCAPES, reference)}"`;
}

/** A list attribute's value, as comma- and space-separated-tokens write it. */
function tokens(values: string[], commas: boolean): string {
  if (!commas) return values.join(' ').trim();
  // A last empty entry is kept, as a trailing comma.
  return (values.at(-1) === '' ? [...values, ''] : values).join(', ').trim();
}
