/**
 * JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/) as a JSON Schema: its
 * required members and the type of every member it defines, written from the
 * spec. Members it does not define must be extensions, named `_` and a letter,
 * so a misspelt member fails too.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';

const url = { type: 'string', format: 'uri' };
const extensions = { patternProperties: { '^_[A-Za-z]': {} }, additionalProperties: false };

/** "These are all optional — but if you provide an author object, then at least one is required." */
const author = { type: 'object', properties: { name: { type: 'string' }, url, avatar: url }, minProperties: 1, ...extensions };

const attachment = {
  type: 'object',
  required: ['url', 'mime_type'],
  properties: { url, mime_type: { type: 'string' }, title: { type: 'string' }, size_in_bytes: { type: 'number' }, duration_in_seconds: { type: 'number' } },
  ...extensions,
};

const item = {
  type: 'object',
  required: ['id'],
  // "content_html and content_text are each optional strings — but one or both must be present."
  anyOf: [{ required: ['content_html'] }, { required: ['content_text'] }],
  properties: {
    id: { type: 'string' },
    url,
    external_url: url,
    title: { type: 'string' },
    content_html: { type: 'string' },
    content_text: { type: 'string' },
    summary: { type: 'string' },
    image: url,
    banner_image: url,
    // RFC 3339, which ajv-formats' date-time checks.
    date_published: { type: 'string', format: 'date-time' },
    date_modified: { type: 'string', format: 'date-time' },
    authors: { type: 'array', items: author },
    // Deprecated in 1.1 but still valid.
    author,
    tags: { type: 'array', items: { type: 'string' } },
    language: { type: 'string' },
    attachments: { type: 'array', items: attachment },
  },
  ...extensions,
};

export const jsonFeedSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'JSON Feed 1.1',
  type: 'object',
  required: ['version', 'title', 'items'],
  properties: {
    version: { const: 'https://jsonfeed.org/version/1.1' },
    title: { type: 'string' },
    home_page_url: url,
    feed_url: url,
    description: { type: 'string' },
    user_comment: { type: 'string' },
    next_url: url,
    icon: url,
    favicon: url,
    authors: { type: 'array', items: author },
    author,
    language: { type: 'string' },
    expired: { type: 'boolean' },
    hubs: {
      type: 'array',
      items: { type: 'object', required: ['type', 'url'], properties: { type: { type: 'string' }, url }, ...extensions },
    },
    items: { type: 'array', items: item },
  },
  ...extensions,
};

// strictRequired would refuse the `anyOf` of an item, which names members its parent schema defines.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validate = ajv.compile(jsonFeedSchema);

/** What is wrong with a parsed feed by the spec, each with the member it is about: none for a valid feed. */
export function jsonFeedErrors(feed: unknown): string[] {
  validate(feed);
  return (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}`);
}
