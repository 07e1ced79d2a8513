/** Where a template's downloads are published, under the site's base path. */
export function templateDownloadPath(base: string, id: string, format: 'csv' | 'md'): string {
  return `${base.replace(/\/$/, '')}/templates/${id}.${format}`;
}

/** The line that ends a downloaded template, saying where it came from. */
export function templateSourceLine(siteName: string): string {
  return `From the ${siteName} playbook. Print or copy it; nothing you write in it is sent anywhere.`;
}
