/**
 * The official sites a link in Banso may open in the user's browser (Electron's `shell.openExternal`).
 * Anything else — another site, another scheme, an odd form of one of these — stays closed: a page
 * that managed to run script in the app must not be able to launch arbitrary URLs or programs.
 *
 * Each entry allows the domain itself and its subdomains (r6.jizokukahojokin.info, www.meti.go.jp …),
 * over https only. Parsing is done by hand and strictly (no `URL`: shared/ has neither Node nor DOM),
 * refusing rather than interpreting anything a WHATWG parser would rewrite.
 */
export interface OfficialSite {
  /** Registrable domain; the domain and its subdomains are allowed. */
  domain: string;
  label: string;
}

export const OFFICIAL_SITES: readonly OfficialSite[] = [
  { domain: 'jizokukahojokin.info', label: '小規模事業者持続化補助金（各回の公募サイトを含む）' },
  { domain: 'monodukuri-hojo.jp', label: 'ものづくり補助金 総合サイト・電子申請' },
  { domain: 'smrj.go.jp', label: '中小企業基盤整備機構（ものづくり補助金の公募など）' },
  { domain: 'meti.go.jp', label: '経済産業省・中小企業庁（経営革新計画、ローカルベンチマーク）' },
  { domain: 'mirasapo-plus.go.jp', label: 'ミラサポplus' },
  { domain: 'gbiz-id.go.jp', label: 'GビズID' },
  { domain: 'jgrants-portal.go.jp', label: 'jGrants（電子申請）' },
  { domain: 'houjin-bangou.nta.go.jp', label: '国税庁 法人番号公表サイト' },
  { domain: 'mhlw.go.jp', label: '厚生労働省（最低賃金）' },
  { domain: 'e-gov.go.jp', label: 'e-Gov（法令検索）' },
  { domain: 'jcci.or.jp', label: '日本商工会議所' },
  { domain: 'shokokai.or.jp', label: '全国商工会連合会' },
];

const MAX_URL_LENGTH = 2048;
/** One DNS label: lowercase ASCII letters, digits and inner hyphens (punycode `xn--` labels included). */
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
/** What may follow the host: RFC 3986 characters only (no spaces, backslashes, quotes or non-ASCII). */
const REST = /^(?:[/?#][A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]*)?$/;
const BAD_ESCAPE = /%(?![0-9A-Fa-f]{2})/;

function hostAllowed(host: string): boolean {
  return OFFICIAL_SITES.some(({ domain }) => host === domain || host.endsWith(`.${domain}`));
}

/**
 * True only for `https://<host>[/path][?query][#fragment]` where host is an allowed domain or one of
 * its subdomains: no userinfo, no port, no trailing dot, no IP address, no IDN in Unicode form, no
 * characters a browser would rewrite.
 */
export function isAllowedExternalUrl(url: string): boolean {
  if (typeof url !== 'string' || url.length > MAX_URL_LENGTH) return false;
  const scheme = 'https://';
  if (url.slice(0, scheme.length).toLowerCase() !== scheme) return false;
  const afterScheme = url.slice(scheme.length);
  const end = afterScheme.search(/[/?#]/);
  const authority = (end === -1 ? afterScheme : afterScheme.slice(0, end)).toLowerCase();
  const rest = end === -1 ? '' : afterScheme.slice(end);
  if (!REST.test(rest) || BAD_ESCAPE.test(rest)) return false;
  // The authority must be a bare host name: no "user@", no ":port", no "[ipv6]", nothing escaped.
  const labels = authority.split('.');
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false;
  if (labels.every((l) => /^[0-9]+$/.test(l))) return false; // a dotted IPv4 address
  return hostAllowed(authority);
}
