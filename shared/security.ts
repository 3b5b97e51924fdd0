/**
 * The Content-Security-Policy of every page: only our own scripts, workers, styles, fonts; no remote
 * content, no eval, no plugins, no frames. Sent as a header by the bridge and by Electron's session.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "font-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  // The print preview draws our PDF with pdf.js, whose worker is one of our own scripts. No frames:
  // frame-src falls back to default-src 'none' (the PDF plugin and its blob: frame are gone).
  "worker-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
