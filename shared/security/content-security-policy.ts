/**
 * The page's Content-Security-Policy (Electron checklist item 7): only the app's own scripts,
 * styles and data; no plugins, no `<base>`, no form posts, no eval. The built index.html carries
 * it as a meta tag and the app:// protocol sends it as a header too.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
].join('; ');

/** Sent as a header only: browsers ignore `frame-ancestors` in a meta tag. */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
