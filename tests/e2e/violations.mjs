// Content Security Policy violations, as the page itself reports them: a recorder installed before any page script runs.

/**
 * Records every `securitypolicyviolation` event of every page of `context` into
 * `window.__cspViolations`, from before the first script of each document runs.
 */
export async function recordCspViolations(context) {
  await context.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || '(none)'} at ${event.sourceFile || '?'}:${event.lineNumber}` +
          (event.sample ? ` "${event.sample}"` : ''),
      );
    });
  });
}

/** The violations the current document has reported so far (the recorder must be installed). */
export async function cspViolations(page) {
  const found = await page.evaluate(() => window.__cspViolations ?? null);
  if (found === null) {
    throw new Error('the CSP recorder is not installed on this page: call recordCspViolations(context) first');
  }
  return found;
}
