/**
 * The part of checking a briefing that needs no other file and no schema:
 * parsing its front matter and rendering its body. It is most of the check's
 * time, so it is what the worker threads run (workers.ts).
 */
import { checkBody, renderBody, type RenderedBody } from '../render/body.ts';
import type { Violation } from '../render/mdx-policy.ts';
import { unparseableBody } from './body-guard.ts';
import { parseSource, type ParsedSource } from './frontmatter.ts';

export interface PreparedBriefing {
  data: unknown;
  yamlErrors: ParsedSource['yamlErrors'];
  bodyLine: number;
  /** The number of sources the front matter lists, if it parsed and lists any. */
  sourceCount: number | undefined;
  rendered: RenderedBody;
}

/** Parses and renders one briefing file, writing its HTML only if `html`. */
export function prepareBriefing(text: string, html: boolean): PreparedBriefing {
  const parsed = parseSource(text);
  const sources = (parsed.data as { sources?: unknown } | null | undefined)?.sources;
  const sourceCount = parsed.yamlErrors.length === 0 && Array.isArray(sources) ? sources.length : undefined;
  return { data: parsed.data, yamlErrors: parsed.yamlErrors, bodyLine: parsed.bodyLine, sourceCount, rendered: renderSafely(text, sourceCount, html) };
}

/**
 * renderBody, or checkBody without `html`, never given a body that would take
 * the parser too long (body-guard.ts), and with what the renderer throws as a
 * violation of the file: the renderer walks the tree recursively, so a body
 * nested thousands of levels deep runs it out of stack.
 */
export function renderSafely(text: string, sourceCount: number | undefined, html: boolean): RenderedBody {
  const refused = unparseableBody(text);
  if (refused) return { html: '', words: 0, violations: [refused] };
  try {
    return (html ? renderBody : checkBody)(text, sourceCount);
  } catch (error) {
    return { html: '', words: 0, violations: [renderFailure(error)] };
  }
}

function renderFailure(error: unknown): Violation {
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    return {
      rule: 'mdx/too-deep',
      message: 'the body nests quotes, lists, emphasis or components too deeply to read',
      hint: 'Nothing in a briefing nests more than a few levels: remove the extra `>`, indentation, `*` or tags.',
    };
  }
  return {
    rule: 'mdx/syntax',
    message: `the body cannot be read: ${error instanceof Error ? error.message : String(error)}`,
    hint: 'Check the syntax of the body; `npm run new` writes one that reads.',
  };
}
