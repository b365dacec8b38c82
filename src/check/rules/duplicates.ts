/**
 * The same thing filed twice: actor/duplicate-name and place/duplicate-name
 * (a name or alias two actors, or two places, share), briefing/duplicate (a title or slug two briefings share) and
 * briefing/duplicate-source (a source listed twice in one briefing).
 */
import type { Locate } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';
import { normaliseName } from '../text.ts';

/** Each name and alias belongs to the first actor (or place), in file order, that claims it. */
export function duplicateNames(
  kind: 'actor' | 'place',
  entries: ReadonlyMap<string, { file: string; data: { name: string; aliases: readonly string[] }; locate: Locate }>,
): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const [id, { file, data, locate }] of entries) {
    [data.name, ...data.aliases].forEach((name, i) => {
      const key = normaliseName(name);
      const other = owner.get(key);
      if (other && other !== id) {
        problems.push({
          file,
          ...locate(i === 0 ? ['name'] : ['aliases', i - 1]),
          rule: `${kind}/duplicate-name`,
          message: `\`${name}\` is already a name of ${kind} \`${other}\``,
          hint: `If they are the same ${kind}, keep one file and list the other spelling in its aliases; if not, name this one so that readers can tell them apart.`,
        });
      } else owner.set(key, id);
    });
  }
  return problems;
}

/** The same story filed twice: an identical title, or the same slug under another date. */
export function duplicateBriefings(briefings: readonly { file: string; data: { title: string } }[]): Problem[] {
  const problems: Problem[] = [];
  const byTitle = new Map<string, string>();
  const bySlug = new Map<string, string>();
  for (const { file, data } of briefings) {
    const title = normaliseName(data.title);
    const slug = file
      .split('/')
      .pop()!
      .replace(/^\d{4}-\d{2}-\d{2}-/, '');
    const sameTitle = byTitle.get(title);
    const sameSlug = bySlug.get(slug);
    if (sameTitle) {
      problems.push({
        file,
        rule: 'briefing/duplicate',
        message: `has the same title as ${sameTitle}`,
        hint: 'Correct the existing briefing instead of filing it again, or give this one a distinct title.',
      });
    } else if (sameSlug) {
      problems.push({
        file,
        rule: 'briefing/duplicate',
        message: `has the same id as ${sameSlug} under another date`,
        hint: 'Correct the existing briefing instead of filing it again, or rename this file.',
      });
    }
    byTitle.set(title, byTitle.get(title) ?? file);
    bySlug.set(slug, bySlug.get(slug) ?? file);
  }
  return problems;
}

/** A source whose address an earlier source of the same briefing has, at its `url`. */
export function duplicateSources(file: string, data: { sources: readonly { url: string }[] }, locate: Locate): Problem[] {
  const urls = data.sources.map((s) => s.url);
  return urls.flatMap((url, i) => {
    const first = urls.indexOf(url);
    return first === i
      ? []
      : [
          {
            file,
            ...locate(['sources', i, 'url']),
            rule: 'briefing/duplicate-source',
            message: `source ${i + 1} repeats source ${first + 1} (${url})`,
            hint: 'Cite each page once and refer to it by its number.',
          },
        ];
  });
}
