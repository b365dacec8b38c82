/**
 * One page of each type is valid HTML by the Nu Html Checker (the W3C
 * validator, from the vnu-jar package), run with Java from the system:
 * `apt-get install default-jre-headless`, as .ci/run does.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { dist, publishedBriefings } from '../helpers/content.ts';

const vnuJar = join(dirname(fileURLToPath(import.meta.resolve('vnu-jar'))), 'build/dist/vnu.jar');

const pageTypes: Record<string, string> = {
  home: 'index.html',
  briefing: `briefings/${publishedBriefings()[0]!.id}/index.html`,
  'actor index': 'actors/index.html',
  actor: 'actors/volodymyr-zelensky/index.html',
  'country index': 'countries/index.html',
  country: 'countries/ua/index.html',
  'place index': 'places/index.html',
  place: 'places/zaporizhzhia-oblast/index.html',
  timeline: 'timeline/index.html',
  month: 'timeline/2024/11/index.html',
  search: 'search/index.html',
  about: 'about/index.html',
  corrections: 'corrections/index.html',
  'open data': 'data/index.html',
  404: '404.html',
};

interface VnuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('valid HTML', () => {
  it('every page type passes the Nu Html Checker with no error', () => {
    const java = spawnSync('java', ['-version']);
    expect(java.error, 'the HTML check needs Java: apt-get install -y default-jre-headless').toBeUndefined();
    const files = Object.values(pageTypes).map((file) => join(dist, file));
    // --exit-zero-always: the report, not the exit code, says what is wrong.
    const report = execFileSync('java', ['-jar', vnuJar, '--errors-only', '--exit-zero-always', '--format', 'json', '--stdout', ...files], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const { messages } = JSON.parse(report) as { messages: VnuMessage[] };
    expect(messages.map((m) => `${m.url.slice(m.url.indexOf('dist'))}:${m.lastLine ?? ''} ${m.message}`)).toEqual([]);
  });
});
