import type { APIRoute } from 'astro';
import { link } from '../routes.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(link.sitemap(), site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
