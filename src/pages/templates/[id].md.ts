import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import site from 'virtual:touchline/site';
import { templateSourceLine } from '../../lib/templates/download-paths.ts';
import { templateMarkdown } from '../../lib/templates/template-files.ts';

export const getStaticPaths = (async () =>
  (await getCollection('templates')).map((template) => ({ params: { id: template.id }, props: { template: template.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(templateMarkdown(props.template, templateSourceLine(site.identity.name)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
