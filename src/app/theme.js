// Applies the reader's remembered colour theme and choice of marks before the first paint, so a prerendered page does not flash the system's theme or every mark's tint first.
//
// The same rules as src/app/hooks/use_theme.rs and src/app/hooks/use_marks.rs, which own them
// once the app runs: a pick of "light" or "dark" stored under the theme's key becomes
// `<html data-theme>`, a choice of "all", "quiet" or "meetings" stored under the marks' key
// becomes `<html data-marks>`. Loaded as a classic script in the head (index.html), so it runs
// before the body is painted.
try {
  const picked = localStorage.getItem('parallel-lives-theme');
  if (picked === 'light' || picked === 'dark') {
    document.documentElement.dataset.theme = picked;
  }
  const marks = localStorage.getItem('parallel-lives-marks');
  if (marks === 'all' || marks === 'quiet' || marks === 'meetings') {
    document.documentElement.dataset.marks = marks;
  }
} catch {
  // Storage refused (privacy settings): the system's theme and every mark it is.
}
