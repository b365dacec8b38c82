/**
 * place/parent-cycle: a place's `parent` chain must end. Kursk Oblast can
 * contain Sudzha, but not Sudzha Kursk Oblast as well: a place page rolls its
 * children's briefings up through the chain, which a cycle would never finish.
 */
import type { Locate } from '../frontmatter.ts';
import type { Problem } from '../problems.ts';

interface PlaceWithParent {
  file: string;
  data: { parent?: string | undefined };
  locate: Locate;
}

/** One problem per place whose parent chain comes back to it, at its `parent`. */
export function parentCycles(places: ReadonlyMap<string, PlaceWithParent>): Problem[] {
  const problems: Problem[] = [];
  for (const [id, place] of places) {
    const chain = [id];
    let next = place.data.parent;
    while (next !== undefined && places.has(next) && !chain.includes(next)) {
      chain.push(next);
      next = places.get(next)!.data.parent;
    }
    if (next !== id) continue;
    problems.push({
      file: place.file,
      ...place.locate(['parent']),
      rule: 'place/parent-cycle',
      message: `\`parent\` leads back to \`${id}\`: ${[...chain, id].join(' → ')}`,
      hint: 'A parent is the larger place that contains this one (a town’s region); remove `parent` from the larger place.',
    });
  }
  return problems;
}
