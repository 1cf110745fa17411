// The sites on which Zoom links open as before even when this extension opens them: a person
// types them one a line, as a host name or a whole address copied from the address bar.

/** The host names in `text`, lower-case and in ASCII, and the lines that are not sites. */
export function parsePauseSites(text: string): { sites: string[]; rejected: string[] } {
  const sites: string[] = [];
  const rejected: string[] = [];

  for (const line of text.split(/[\s,]+/)) {
    if (line === '') continue;

    const site = siteHost(line);
    if (site === undefined) rejected.push(line);
    else if (!sites.includes(site)) sites.push(site);
  }

  return { sites, rejected };
}

/** The host name of a site as typed (`Mail.Example.com`, `*.example.com`, `https://x.org/a`). */
export function siteHost(typed: string): string | undefined {
  // A pause covers a site's subdomains anyway, so a leading wildcard adds nothing.
  const text = typed.replace(/^\*\./, '');
  const address = /^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `https://${text}`;

  try {
    const { hostname, username, password } = new URL(address);
    // The URL parser lower-cases the name and turns international names into punycode, the
    // form declarativeNetRequest wants.
    const ok = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(hostname) && username === '' && password === '';
    return ok ? hostname : undefined;
  } catch {
    return undefined;
  }
}
