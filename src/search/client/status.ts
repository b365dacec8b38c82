/** The status line, a live region: what was found, or why search cannot run (status-text.ts). */
import type { Connect } from './instance.ts';
import { summaryText, unavailableText } from './status-text.ts';

const TEXT = '[data-status-text]';

export const connectStatusLine: Connect = (root, search) => {
  const text = root.querySelector<HTMLElement>(TEXT)!;
  search.on('summary', (summary) => {
    text.textContent = summaryText(summary);
  });
  search.on('unavailable', (reason) => {
    text.textContent = unavailableText(reason, import.meta.env.DEV);
  });
};
