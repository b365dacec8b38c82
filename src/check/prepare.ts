/**
 * The part of checking a briefing that needs no other file and no schema:
 * parsing its front matter and rendering its body. It is most of the check's
 * time, so it is what the worker threads run (workers.ts).
 */
import { checkBody, renderBody, type RenderedBody } from '../render/body.ts';
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
  return { data: parsed.data, yamlErrors: parsed.yamlErrors, bodyLine: parsed.bodyLine, sourceCount, rendered: (html ? renderBody : checkBody)(text, sourceCount) };
}
