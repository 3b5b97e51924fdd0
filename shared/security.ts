/**
 * The Content-Security-Policy of every page: only our own scripts, styles, fonts; no remote content,
 * no eval, no plugins, no framing. Sent as a header by the bridge and by Electron's session.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // The print preview shows our own PDF (a blob: URL) in the built-in PDF viewer.
  "frame-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
