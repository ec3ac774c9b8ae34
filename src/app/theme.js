// Applies the reader's remembered colour theme before the first paint, so a prerendered page does not flash the system's theme first.
//
// The same rule as src/app/hooks/use_theme.rs, which owns the theme once the app runs: a pick of
// "light" or "dark" stored under this key becomes `<html data-theme>`. Loaded as a classic script
// in the head (index.html), so it runs before the body is painted.
try {
  const picked = localStorage.getItem('parallel-lives-theme');
  if (picked === 'light' || picked === 'dark') {
    document.documentElement.dataset.theme = picked;
  }
} catch {
  // Storage refused (privacy settings): the system's theme it is.
}
