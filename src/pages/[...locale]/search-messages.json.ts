import type { APIRoute, GetStaticPaths } from 'astro';
import { searchMessageKeys } from '../../components/search/search-messages.ts';
import { localePaths, pageLocale } from '../../components/site/page-locale.ts';
import { pickMessages } from '../../lib/i18n/dictionary.ts';

// The search script's strings, one small file per language, fetched when search first opens,
// so that every page does not carry them for the few readers who search.
export const getStaticPaths = (() => localePaths()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ url }) =>
  new Response(JSON.stringify(pickMessages(pageLocale(url).dictionary, searchMessageKeys)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
