import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { templateCsv } from '../../lib/templates/template-files.ts';

export const getStaticPaths = (async () =>
  (await getCollection('templates')).map((template) => ({ params: { id: template.id }, props: { template: template.data } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(templateCsv(props.template), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
