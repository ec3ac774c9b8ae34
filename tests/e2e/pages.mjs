// Page objects for the end-to-end tests: what a reader sees on each page, found by role where the page gives one.

/**
 * Waits until the app has adopted the page's prerendered copy, or rendered the page itself
 * (src/app/main.rs): before that, the page shows the text, but its buttons do nothing yet.
 */
export async function waitForApp(page) {
  await page.locator('#app[data-live]').waitFor({ state: 'attached' });
}

/** Opens `url` in `page` and waits for the app; returns the navigation's response. */
export async function openApp(page, url) {
  const response = await page.goto(url);
  await waitForApp(page);
  return response;
}

/**
 * Holds back the page's wasm until the returned function is called, so the prerendered copy is
 * shown alone (and can be read, tapped or scrolled) before the app starts.
 */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => {
    release = resolve;
  });
  await page.route('**/*.wasm', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Gives every element of the page's copy a mark only the same node object can carry on; returns
 * how many. After the app is live, `keptPrerendered` counts the ones it adopted in place.
 */
export function markPrerendered(page) {
  return page.evaluate(() => {
    const elements = document.querySelectorAll('#app *');
    for (const element of elements) element.prerendered = true;
    return elements.length;
  });
}

/** How many elements marked by `markPrerendered` are still in the page. */
export function keptPrerendered(page) {
  return page.evaluate(() => [...document.querySelectorAll('#app *')].filter((e) => e.prerendered).length);
}

/** The site-wide parts every page has. */
class SitePage {
  constructor(page, url) {
    this.page = page;
    this.url = url;
  }

  /** The "Parallel Lives" link in the page header. */
  homeLink() {
    return this.page.getByRole('banner').getByRole('link', { name: 'Parallel Lives', exact: true });
  }

  main() {
    return this.page.getByRole('main');
  }

  heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Text of the page's `<h1>`, once the app has rendered it. */
  async headingText() {
    await this.heading().waitFor();
    return (await this.heading().innerText()).trim();
  }
}

/** `/`: the list of biographies. */
export class IndexPage extends SitePage {
  async open() {
    await openApp(this.page, this.url('/'));
    await this.heading().waitFor();
    await this.biographies().first().waitFor();
    return this;
  }

  biographies() {
    return this.main().getByRole('listitem').and(this.page.locator('.biography'));
  }

  /** The link to the biography whose title starts with `title`. */
  biographyLink(title) {
    return this.biographies().getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  /** `[{ title, href }]` for every biography listed. */
  async listed() {
    const links = this.biographies().getByRole('link');
    const out = [];
    for (const link of await links.all()) {
      out.push({ title: (await link.innerText()).trim(), href: await link.getAttribute('href') });
    }
    return out;
  }
}

/** `/<slug>`: one biography. */
export class ArticlePage extends SitePage {
  /** Opens `/<slug>` (with `#fragment` when given) and waits for the article's heading. */
  async open(slug, fragment = '') {
    await openApp(this.page, this.url(`/${slug}${fragment ? `#${fragment}` : ''}`));
    await this.article().getByRole('heading', { level: 1 }).waitFor();
    return this;
  }

  article() {
    return this.page.getByRole('article');
  }

  contents() {
    return this.page.getByRole('navigation', { name: 'Contents' });
  }

  /** Ids of the titled sections, in the order the table of contents lists them. */
  async contentsTargets() {
    await this.contents().getByRole('link').first().waitFor();
    const hrefs = await this.contents()
      .getByRole('link')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    return hrefs.map((href) => {
      if (!href?.startsWith('#')) {
        throw new Error(`table of contents link ${JSON.stringify(href)} is not a #fragment`);
      }
      return decodeURIComponent(href.slice(1));
    });
  }

  /** The element with this id (a section, a paragraph, a reference). */
  byId(id) {
    return this.page.locator(`[id="${id.replace(/["\\]/g, '\\$&')}"]`);
  }

  /** Ids of the body paragraphs (not references), in page order. */
  async paragraphIds() {
    const paragraphs = this.article().locator('section:not(#references) p[id]');
    await paragraphs.first().waitFor();
    return paragraphs.evaluateAll((ps) => ps.map((p) => p.id));
  }

  /** Where an element is relative to the viewport, and how far the window is scrolled. */
  placement(id) {
    return this.byId(id).evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { top: rect.top, bottom: rect.bottom, viewport: window.innerHeight, scrollY: window.scrollY };
    });
  }

  /** An annotation button of `kind` whose words are exactly `words`. */
  mark(kind, words) {
    return this.article()
      .getByRole('button')
      .filter({ hasText: new RegExp(`^${escapeRegExp(words)}$`) })
      .and(this.page.locator(`.mark-${kind}`));
  }
}

/** Any unknown path. */
export class NotFoundPage extends SitePage {
  async open(route) {
    await openApp(this.page, this.url(route));
    await this.heading().waitFor();
    return this;
  }
}

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// ---- shareable links and layout ----

/** Lets the page read and write the clipboard (for copy-link controls). */
export async function allowClipboard(page, origin) {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}

/** The text the page last put on the clipboard. */
export function clipboardText(page) {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The status line's text once it says something. */
export async function statusMessage(page) {
  const status = page.getByRole('status');
  await page.waitForFunction(() => document.querySelector('[role=status]')?.textContent.trim() !== '');
  return (await status.innerText()).trim();
}

/**
 * Selects `count` words of the paragraph `id`, starting at word `first` (counting from 0),
 * the way a reader's drag would leave it: one Range over the paragraph's text nodes.
 * Returns the selected text with white space collapsed.
 */
export function selectWords(page, id, first, count) {
  return page.evaluate(
    ([id, first, count]) => {
      const paragraph = document.getElementById(id);
      const walker = document.createTreeWalker(paragraph, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement.closest('button:not(.mark)')) continue;
        nodes.push({ node, start: text.length });
        text += node.data;
      }
      const words = [...text.matchAll(/\S+/gu)];
      const from = words[first].index;
      const last = words[first + count - 1];
      const to = last.index + last[0].length;
      const point = (offset, atEnd) => {
        const hit = nodes.find(
          ({ node, start }) => (atEnd ? offset > start : offset >= start) && offset <= start + node.data.length,
        );
        return [hit.node, offset - hit.start];
      };
      const range = document.createRange();
      range.setStart(...point(from, false));
      range.setEnd(...point(to, true));
      const selection = window.getSelection();
      selection.removeAllRanges();
      selection.addRange(range);
      return text.slice(from, to).replace(/\s+/gu, ' ');
    },
    [id, first, count],
  );
}

/**
 * The words of the ranges in the page's "passage" highlight (CSS Custom Highlight API): the
 * text's words, without the markers the compiler put after sentences inside the range.
 */
export function highlightedPassages(page) {
  return page.evaluate(() => {
    const highlight = globalThis.CSS?.highlights?.get('passage');
    const words = (range) => {
      const copy = range.cloneContents();
      for (const marker of copy.querySelectorAll('.marker-sup')) marker.remove();
      return copy.textContent.replace(/\s+/gu, ' ');
    };
    return highlight ? [...highlight].map(words) : [];
  });
}

/** Whether the element with this id is at least partly inside the window. */
export function isInViewport(page, id) {
  return page.evaluate((id) => {
    const rect = document.getElementById(id)?.getBoundingClientRect();
    return Boolean(rect) && rect.bottom > 0 && rect.top < window.innerHeight;
  }, id);
}

/** Waits until the page has scrolled to `y` (within two pixels) and stays there. */
export async function waitForScroll(page, y, timeout = 5_000) {
  await page.waitForFunction((y) => Math.abs(window.scrollY - y) <= 2, y, { timeout });
}

/**
 * The card of an annotation or marker: a non-modal dialog named by the trigger's
 * `aria-controls` while the trigger is expanded.
 */
export class CardDialog {
  constructor(page, id) {
    this.page = page;
    this.id = id;
    this.root = page.getByRole('dialog').and(page.locator(`[id="${id}"]`));
  }

  async waitShown() {
    await this.root.waitFor({ state: 'visible' });
    return this;
  }

  async waitHidden() {
    await this.root.waitFor({ state: 'hidden' });
    return this;
  }

  /** The text of the card's part with this class, or null when the card has none. */
  async part(className) {
    const part = this.root.locator(`.${className}`);
    if ((await part.count()) === 0) {
      return null;
    }
    return (await part.first().innerText()).trim();
  }

  /** The texts of every part with this class. */
  async parts(className) {
    return (await this.root.locator(`.${className}`).allInnerTexts()).map((t) => t.trim());
  }

  name() {
    return this.part('card-name');
  }

  kind() {
    return this.part('card-kind');
  }

  description() {
    return this.part('card-description');
  }

  iso() {
    return this.part('card-iso');
  }

  links() {
    return this.root.getByRole('link');
  }

  box() {
    return this.root.boundingBox();
  }
}

/** Waits until `trigger` is expanded, and returns the card it controls. */
export async function cardOfTrigger(trigger) {
  await trigger.page().waitForFunction(
    (el) => el.getAttribute('aria-expanded') === 'true' && Boolean(el.getAttribute('aria-controls')),
    await trigger.elementHandle(),
  );
  return new CardDialog(trigger.page(), await trigger.getAttribute('aria-controls'));
}

/** The markers of one kind (`cross-ref`, `conflict`, `citation`) in the article. */
export function markersOf(page, kind) {
  return page.getByRole('article').locator(`button.marker-${kind}`);
}

/**
 * Reaches an annotation by keyboard, as a reader would: Tab into its text (from just before it),
 * which lands on the text's one stop, then Home and → along its annotations. Returns the
 * number of key presses.
 */
export async function tabTo(target, maxPresses = 60) {
  const page = target.page();
  await target.evaluate((el) => {
    const block = el.closest('[data-annotations]');
    block.setAttribute('tabindex', '-1');
    block.focus();
  });
  await page.keyboard.press('Tab');
  let presses = 1;
  if (await target.evaluate((el) => document.activeElement === el)) {
    return presses;
  }
  await page.keyboard.press('Home');
  presses += 1;
  while (!(await target.evaluate((el) => document.activeElement === el))) {
    if (presses >= maxPresses) {
      throw new Error(`the target did not take the focus within ${maxPresses} key presses`);
    }
    await page.keyboard.press('ArrowRight');
    presses += 1;
  }
  return presses;
}

/** The bounding rectangle of an element, in viewport coordinates. */
export function rectOf(locator) {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom, width: r.width, height: r.height };
  });
}

/** The viewport's size, without scrollbars. */
export function viewportOf(page) {
  return page.evaluate(() => ({ width: document.documentElement.clientWidth, height: window.innerHeight }));
}

/** True when two rectangles share any area. */
export function overlaps(a, b) {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
