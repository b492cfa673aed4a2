/**
 * COinS (ContextObjects in Spans, OpenURL 1.0 KEV in Dublin Core format): what the Zotero button saves from a page.
 * Zotero's COinS translator outranks Embedded Metadata (priority 310 vs 320), and in this format it makes a web page
 * item with a corporate author kept as one name (`rft.aucorp`), the website's title (`rft.source`), the language,
 * the abstract, the rights, and no access date. Dublin Core meta tags have no corporate author: Zotero splits
 * „Redakcja Kompendium pracownika socjalnego” into a first and a last name from every author tag it reads there.
 */
export interface CoinsFacts {
  url: string;
  title: string;
  /** A corporate author, one name. */
  author: string;
  /** Date of the cited version, `YYYY-MM-DD`. */
  date: string;
  /** The website's title. */
  site: string;
  lang: string;
  description: string;
  rights: string;
}

/**
 * A value for the context object: only what would break it is escaped (`%`, `&`, `=`, `+`, `#`; spaces become `+`).
 * Letters stay as they are: Zotero decodes the value with decodeURIComponent, which leaves them alone, and
 * „ś” written as %C5%9B would cost every page three times the bytes.
 */
export function kevValue(value: string): string {
  return value.replace(/[%&=+#]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/ /g, '+');
}

/** The `title` of `<span class="Z3988">`: the context object as `key=value` pairs joined by `&` (escaped by the HTML writer). */
export function coinsTitle(f: CoinsFacts): string {
  const pairs: Array<[string, string]> = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:dc'],
    ['rft_id', f.url],
    ['rft.title', f.title],
    ['rft.aucorp', f.author],
    ['rft.date', f.date],
    ['rft.source', f.site],
    ['rft.language', f.lang],
    ['rft.description', f.description],
    ['rft.rights', f.rights],
  ];
  return pairs.map(([k, v]) => `${k}=${kevValue(v)}`).join('&');
}
