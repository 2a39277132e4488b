/** Payloads that must only ever be shown as text: markup, script URLs, bidi tricks, NULs, huge values. */
export const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '\u202Eevil',
  '\u0000',
  '%',
  '%%',
  '%E0%A4%A',
  '=HYPERLINK("http://evil.example","x")',
  '{{constructor.constructor("alert(1)")()}}',
  '__proto__',
  'x'.repeat(20_000),
] as const;
