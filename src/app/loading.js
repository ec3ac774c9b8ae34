// Until the app is live, keeps what the reader asked for, and says honestly when the app cannot start.
//
// Loaded as a classic script in the head (index.html), before the body is parsed, so it sees
// every click on the prerendered page. While `<html data-app="loading">`:
// - an activation (click, tap, Enter or Space) of an annotation or a copy-link control is
//   remembered, the last one winning, and a quiet note says the annotations are loading; once the
//   app is live (`#app[data-live]`, set when every part is adopted, src/app/main.rs), the
//   remembered control, the very node the app adopted, is activated again. A hover is not kept.
// - if the app cannot start (the wasm fails to download or compile, or starting it throws: the
//   loader reports `parallel-lives-failed`, build/start-after-paint.mjs), the page becomes
//   `data-app="failed"`: the annotations turn into plain text for everyone (their buttons become
//   the words they held), and a note says so, with a reload link. The text and its links work.
(() => {
  const root = document.documentElement;
  const CONTROLS = 'button[data-annotation], button.copy-link';
  const NOTE_ID = 'app-loading-note';
  let pending = null;
  root.dataset.app = 'loading';

  /** The note, made once, outside the app's own elements (the app never touches it). */
  function note(text, withReload) {
    let box = document.getElementById(NOTE_ID);
    if (!box) {
      box = document.createElement('div');
      box.id = NOTE_ID;
      box.className = 'app-note';
      box.setAttribute('role', 'status');
      document.body.append(box);
    }
    box.replaceChildren(text);
    if (withReload) {
      const reload = document.createElement('a');
      reload.href = location.href;
      reload.textContent = 'Reload the page';
      box.append(' ', reload);
    }
  }

  function onActivate(event) {
    if (root.dataset.app !== 'loading') return;
    const control = event.target instanceof Element ? event.target.closest(CONTROLS) : null;
    if (!control) return;
    pending = control;
    note('The annotations are loading; this one opens as soon as they are ready.', false);
  }
  document.addEventListener('click', onActivate, true);

  function live() {
    if (root.dataset.app !== 'loading') return;
    root.dataset.app = 'live';
    document.removeEventListener('click', onActivate, true);
    document.getElementById(NOTE_ID)?.remove();
    const control = pending;
    pending = null;
    if (control?.isConnected) {
      control.focus({ preventScroll: true });
      control.click();
    }
  }
  new MutationObserver((changes, observer) => {
    if (document.querySelector('#app[data-live]')) {
      observer.disconnect();
      live();
    }
  }).observe(root, { subtree: true, attributes: true, attributeFilter: ['data-live'] });

  function failed() {
    if (root.dataset.app !== 'loading') return;
    root.dataset.app = 'failed';
    pending = null;
    document.removeEventListener('click', onActivate, true);
    // The app will not answer them: each becomes the words it held, plain text.
    for (const control of document.querySelectorAll(CONTROLS)) {
      const words = document.createElement('span');
      words.className = control.className;
      words.append(...control.childNodes);
      control.replaceWith(words);
    }
    note('The annotations could not load. The text is complete and its links work.', true);
  }
  addEventListener('parallel-lives-failed', failed);
  // Starting the app can also fail after its loader is done (a panic in its first task).
  addEventListener('error', (event) => {
    const fromApp = event.error instanceof WebAssembly.RuntimeError || /parallel-lives/u.test(event.filename ?? '');
    if (root.dataset.app === 'loading' && fromApp) {
      event.preventDefault();
      failed();
    }
  });
})();
