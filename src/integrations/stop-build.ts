/**
 * Ends the build with the problems as the only output. Thrown instead, the report would come
 * back with a stack trace and, whenever it quotes a value containing "document" or "window"
 * (a `javascript:alert(document.cookie)` link, say), Astro's unrelated hint that "Browser APIs
 * are not available on the server".
 */
export function stopBuild(report: string): never {
  process.stderr.write(`\n${report}\n\n`);
  process.exit(1);
}
