/** /data/schema/<name>.schema.json: the JSON Schema of /data/<name>.json, generated from its Zod shape (src/data/open-data/schemas.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { jsonResponse } from '../../../data/open-data/dataset.ts';
import { absoluteUrl } from '../../../lib/absolute-url.ts';
import { jsonExports, jsonSchemaOf, type JsonExport } from '../../../data/open-data/schemas.ts';
import { link } from '../../../routes.ts';

export const getStaticPaths = (() => jsonExports.map((name) => ({ params: { name } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site: siteUrl }) => {
  const name = params.name as JsonExport;
  // Indented: a schema is read by people as well as by validators.
  return jsonResponse(jsonSchemaOf(name, absoluteUrl(link.dataSchema(name), siteUrl)), 2);
};
