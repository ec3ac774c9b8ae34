// End-to-end: the header's choice of how marks show (all, quiet, meetings): chosen by mouse, keyboard or touch, remembered
// across reloads and applied before the app is live, in both themes, on a 360 px screen and in print; cards open in every mode.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { axeViolations, PHONE, siteForTests } from './harness.mjs';
import { ArticlePage, cardOfTrigger, holdWasm, keptPrerendered, markPrerendered, openApp, rectOf, viewportOf, waitForApp } from './pages.mjs';

const MODES = ['all', 'quiet', 'meetings'];
const LABELS = { all: 'All', quiet: 'Quiet', meetings: 'Meetings' };
/** The storage keys src/app/theme.js reads. */
const MARKS_KEY = 'parallel-lives-marks';
const THEME_KEY = 'parallel-lives-theme';
const SLUG = 'ivar-smilga';
const DESKTOP = { viewport: { width: 1280, height: 800 } };
const NARROW = { ...PHONE, viewport: { width: 360, height: 740 } };

const site = siteForTests();

/** The labelled group of the header that holds the three choices. */
function choice(page) {
  return page.getByRole('banner').getByRole('group', { name: 'Marks' });
}

function option(page, mode) {
  return choice(page).getByRole('button', { name: LABELS[mode], exact: true });
}

/** The modes whose button says it is pressed. */
async function pressed(page) {
  const out = [];
  for (const mode of MODES) {
    if ((await option(page, mode).getAttribute('aria-pressed')) === 'true') out.push(mode);
  }
  return out;
}

/** What the page holds: `<html data-marks>` and the stored choice. */
function remembered(page) {
  return page.evaluate((key) => ({ shown: document.documentElement.dataset.marks ?? null, stored: localStorage.getItem(key) }), MARKS_KEY);
}

/** Stores a choice (and a theme) as a reader's earlier visit would have. */
function storeEarlier(page, { marks, theme }) {
  return page.addInitScript(
    ([entries]) => {
      for (const [key, value] of entries) if (value) localStorage.setItem(key, value);
    },
    [[[MARKS_KEY, marks], [THEME_KEY, theme]]],
  );
}

/**
 * How the first person's mark and the first markers of the article look, and each choice's
 * button: colours as `[r, g, b, a]` (0-255) as the page paints them, whatever syntax the
 * computed style uses (`rgb()`, `color(srgb ...)`).
 */
function looks(page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const rgba = (color) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = '#00000000';
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data];
    };
    const mark = document.querySelector('article .mark-person:not(:focus):not(:hover):not([aria-expanded="true"])');
    const markStyle = getComputedStyle(mark);
    const marker = (kind) => {
      const button = document.querySelector(`article button.marker-${kind}`);
      const style = getComputedStyle(button);
      const rect = button.getBoundingClientRect();
      return { shown: rect.width > 0 && rect.height > 0 && style.visibility === 'visible', background: rgba(style.backgroundColor) };
    };
    const options = Object.fromEntries(
      [...document.querySelectorAll('.marks-option')].map((b) => [b.dataset.marks, rgba(getComputedStyle(b).backgroundColor)]),
    );
    return {
      mark: {
        text: rgba(markStyle.color),
        background: rgba(markStyle.backgroundColor),
        line: markStyle.textDecorationLine,
        underline: rgba(markStyle.textDecorationColor),
      },
      crossRef: marker('cross-ref'),
      conflict: marker('conflict'),
      options,
      accent: (() => {
        const probe = document.createElement('span');
        probe.style.color = 'var(--accent)';
        document.body.append(probe);
        const accent = rgba(getComputedStyle(probe).color);
        probe.remove();
        return accent;
      })(),
    };
  });
}

const near = (a, b, by = 3) => a.every((v, i) => Math.abs(v - b[i]) <= by);

/** Fails unless the page shows the marks of `mode`, and the button of `mode` looks pressed. */
function assertLooks(look, mode, where) {
  const { mark } = look;
  const context = `${mode} ${where}: ${JSON.stringify(look)}`;
  if (mode === 'all') {
    assert.ok(mark.background[3] > 0, `every mark is tinted (${context})`);
    assert.equal(mark.line, 'underline', context);
    assert.ok(!near(mark.underline.slice(0, 3), mark.text.slice(0, 3), 10), `the underline is in the kind's colour (${context})`);
  } else if (mode === 'quiet') {
    assert.equal(mark.background[3], 0, `no tint (${context})`);
    assert.equal(mark.line, 'underline', context);
    assert.ok(near(mark.underline.slice(0, 3), mark.text.slice(0, 3)), `the underline is in the text's colour (${context})`);
    assert.ok(mark.underline[3] > 60 && mark.underline[3] < 200, `the underline is thin, softer than the text (${context})`);
  } else {
    assert.equal(mark.background[3], 0, `no tint (${context})`);
    assert.equal(mark.line, 'none', `names read as plain text (${context})`);
  }
  for (const marker of ['crossRef', 'conflict']) {
    assert.ok(look[marker].shown && look[marker].background[3] > 0, `the ${marker} marker stands out (${context})`);
  }
  for (const other of MODES) {
    const isAccent = near(look.options[other], look.accent);
    assert.equal(isAccent, other === mode, `only ${mode} looks pressed (${context})`);
  }
}

/** Whether a mark, once hovered or focused, shows its kind's tint and underline again. */
async function tinted(mark) {
  return mark.evaluate((el) => {
    const style = getComputedStyle(el);
    const alpha = style.backgroundColor.match(/[\d.]+(?=\)$)/u);
    const transparent = style.backgroundColor === 'rgba(0, 0, 0, 0)' || (alpha && Number(alpha[0]) === 0);
    return !transparent && style.textDecorationLine === 'underline';
  });
}

/** The focus outline of the focused element: its style, width and contrast with the header behind it. */
function focusOutline(page) {
  return page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 1;
    canvas.height = 1;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const rgb = (color) => {
      context.clearRect(0, 0, 1, 1);
      context.fillStyle = color;
      context.fillRect(0, 0, 1, 1);
      return [...context.getImageData(0, 0, 1, 1).data].slice(0, 3);
    };
    const luminance = (channels) => {
      const [r, g, b] = channels.map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const style = getComputedStyle(document.activeElement);
    const [a, b] = [luminance(rgb(style.outlineColor)), luminance(rgb(getComputedStyle(document.documentElement).backgroundColor))];
    return {
      style: style.outlineStyle,
      width: parseFloat(style.outlineWidth),
      contrast: (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05),
    };
  });
}

async function assertFocusVisible(page, what) {
  const outline = await focusOutline(page);
  assert.equal(outline.style, 'solid', `${what}: no focus outline (${JSON.stringify(outline)})`);
  assert.ok(outline.width >= 2, `${what}: the focus outline is thin (${JSON.stringify(outline)})`);
  assert.ok(outline.contrast >= 3, `${what}: the focus outline has too little contrast (${JSON.stringify(outline)})`);
}

/** The first person named in the article, scrolled into view. */
async function firstPerson(page) {
  const mark = page.getByRole('article').locator('button.mark-person').first();
  await mark.scrollIntoViewIfNeeded();
  return mark;
}

async function openArticle(page) {
  const article = await new ArticlePage(page, site.url).open(SLUG);
  await choice(page).waitFor();
  return article;
}

test('until the reader chooses, every mark shows, and the control says so', async () => {
  await site.withPage(async (page) => {
    await openArticle(page);
    assert.deepEqual(await pressed(page), ['all']);
    assert.deepEqual(await remembered(page), { shown: null, stored: null });
    await page.mouse.move(0, 0);
    assertLooks(await looks(page), 'all', 'by default');
  }, DESKTOP);
});

test('each mode chosen with the mouse shows its marks, is remembered, and a card still opens on hover', async () => {
  await site.withPage(async (page) => {
    await openArticle(page);
    for (const mode of ['quiet', 'meetings', 'all']) {
      await option(page, mode).click();
      await page.mouse.move(0, 0);
      assert.deepEqual(await pressed(page), [mode]);
      assert.deepEqual(await remembered(page), { shown: mode, stored: mode });
      assertLooks(await looks(page), mode, 'chosen with the mouse');

      const mark = await firstPerson(page);
      await mark.hover();
      const card = await (await cardOfTrigger(mark)).waitShown();
      assert.ok((await card.name())?.length > 0, `no card in ${mode}`);
      assert.ok(await tinted(mark), `a hovered mark shows no tint in ${mode}`);
      await page.mouse.move(0, 0);
      await card.waitHidden();
      await page.evaluate(() => window.scrollTo(0, 0));
    }
  }, DESKTOP);
});

test('each mode chosen with the keyboard, in both themes, keeps the focus visible, and a card opens on focus', async () => {
  for (const theme of ['light', 'dark']) {
    await site.withPage(async (page) => {
      await storeEarlier(page, { theme });
      await openArticle(page);
      // From the top of the page: the skip link, the site's name, the views, the theme, then the choices.
      let presses = 0;
      while (!(await option(page, 'all').evaluate((el) => el === document.activeElement))) {
        presses += 1;
        assert.ok(presses <= 8, `the choice of marks did not take the focus within 8 Tab presses (${theme})`);
        await page.keyboard.press('Tab');
      }
      await assertFocusVisible(page, `All (${theme})`);
      const steps = [
        ['Tab', 'quiet', 'Enter'],
        ['Tab', 'meetings', 'Space'],
        ['Shift+Tab', 'quiet', null],
        ['Shift+Tab', 'all', 'Enter'],
      ];
      for (const [move, mode, key] of steps) {
        await page.keyboard.press(move);
        assert.ok(await option(page, mode).evaluate((el) => el === document.activeElement), `${move} did not reach ${mode}`);
        await assertFocusVisible(page, `${LABELS[mode]} (${theme})`);
        if (!key) continue;
        await page.keyboard.press(key);
        assert.deepEqual(await pressed(page), [mode], `${key} on ${mode} (${theme})`);
        assert.deepEqual(await remembered(page), { shown: mode, stored: mode });
        assertLooks(await looks(page), mode, `chosen with ${key} (${theme})`);
        await assertFocusVisible(page, `${LABELS[mode]} once pressed (${theme})`);

        // A name reached by the keyboard opens its card, with its focus outline and tint.
        const mark = await firstPerson(page);
        await mark.focus();
        const card = await (await cardOfTrigger(mark)).waitShown();
        assert.ok((await card.name())?.length > 0, `no card in ${mode}`);
        await assertFocusVisible(page, `a name in ${mode} (${theme})`);
        assert.ok(await tinted(mark), `a focused mark shows no tint in ${mode} (${theme})`);
        await page.keyboard.press('Escape');
        await card.waitHidden();
        await option(page, mode).focus();
      }
    }, DESKTOP);
  }
});

test('a remembered mode is applied before the app is live, and the app adopts the page without replacing a node', async () => {
  for (const mode of MODES) {
    await site.withPage(async (page) => {
      await openArticle(page);
      await option(page, mode).click();
      const release = await holdWasm(page);
      await page.reload({ waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
      assert.equal(await page.locator('#app[data-live]').count(), 0, 'the app started without its wasm');
      assert.deepEqual(await remembered(page), { shown: mode, stored: mode });
      await page.mouse.move(0, 0);
      assertLooks(await looks(page), mode, 'before the app is live');
      const copied = await markPrerendered(page);

      release();
      await waitForApp(page);
      const kept = await keptPrerendered(page);
      assert.equal(kept, copied, `the app replaced ${copied - kept} of the ${copied} prerendered elements (${mode})`);
      await page.waitForFunction((mode) => document.querySelector(`.marks-option[data-marks="${mode}"]`)?.getAttribute('aria-pressed') === 'true', mode);
      assert.deepEqual(await pressed(page), [mode]);
      assertLooks(await looks(page), mode, 'once the app is live');
    }, DESKTOP);
  }
});

test('axe-core finds no violations in any mode, in both themes, on a desktop and at 360 px', async () => {
  for (const [size, options] of [['desktop', DESKTOP], ['360 px', NARROW]]) {
    for (const theme of ['light', 'dark']) {
      for (const mode of MODES) {
        await site.withPage(async (page) => {
          await storeEarlier(page, { marks: mode, theme });
          await openArticle(page);
          await page.getByRole('article').locator('section').last().waitFor();
          assert.deepEqual(await pressed(page), [mode]);
          assert.deepEqual(await axeViolations(page), [], `${mode}, ${theme} theme, ${size}`);
        }, options);
      }
    }
  }
});

test('at 360 px the control fits on a row of its own, each mode is chosen by a tap, and a tap still opens a card', async () => {
  await site.withPage(async (page) => {
    await openArticle(page);
    const viewport = await viewportOf(page);
    const rects = [];
    for (const mode of MODES) rects.push(await rectOf(option(page, mode)));
    for (const rect of rects) {
      assert.ok(rect.left >= 0 && rect.right <= viewport.width, `a choice leaves the screen: ${JSON.stringify(rect)}`);
      assert.ok(rect.height >= 24 && rect.width >= 24, `a choice is too small to tap: ${JSON.stringify(rect)}`);
      assert.equal(Math.round(rect.top), Math.round(rects[0].top), 'the choices are not on one row');
    }
    const theme = await rectOf(page.getByRole('button', { name: 'Dark theme' }));
    assert.ok(rects[0].top >= theme.bottom, 'the choices are not on a row below the theme toggle');
    for (const mode of ['meetings', 'quiet', 'all']) {
      await page.evaluate(() => window.scrollTo(0, 0));
      await option(page, mode).tap();
      assert.deepEqual(await pressed(page), [mode]);
      assert.deepEqual(await remembered(page), { shown: mode, stored: mode });
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
      assert.ok(widths[0] <= widths[1], `the page scrolls sideways in ${mode}: ${widths}`);

      const mark = await firstPerson(page);
      await mark.tap();
      const card = await (await cardOfTrigger(mark)).waitShown();
      assert.ok((await card.name())?.length > 0, `no card in ${mode}`);
      await page.keyboard.press('Escape');
      await card.waitHidden();
    }
  }, NARROW);
});

test('printed, names and dates are plain words in every mode; the meetings mode prints where the lives meet', async () => {
  for (const mode of MODES) {
    await site.withPage(async (page) => {
      await storeEarlier(page, { marks: mode });
      await openArticle(page);
      await page.emulateMedia({ media: 'print' });
      const printed = await page.evaluate(() => {
        const mark = getComputedStyle(document.querySelector('article .mark'));
        const shown = (selector) => [...document.querySelectorAll(selector)].filter((el) => el.getBoundingClientRect().width > 0).length;
        const crossRef = document.querySelector('article button.marker-cross-ref');
        return {
          header: shown('.site-header'),
          underline: mark.textDecorationLine,
          background: mark.backgroundColor,
          crossRefs: shown('article button.marker-cross-ref'),
          conflicts: shown('article button.marker-conflict'),
          crossRefText: crossRef.getBoundingClientRect().width > 0 ? crossRef.innerText.trim() : null,
          frame: getComputedStyle(crossRef).borderTopStyle,
        };
      });
      const meetings = mode === 'meetings';
      assert.equal(printed.header, 0, `${mode}: the header prints`);
      assert.equal(printed.underline, 'none', `${mode}: a mark prints underlined`);
      assert.equal(printed.background, 'rgba(0, 0, 0, 0)', `${mode}: a mark prints tinted`);
      assert.equal(printed.crossRefs > 0, meetings, `${mode}: ${printed.crossRefs} cross-reference markers print`);
      assert.equal(printed.conflicts > 0, meetings, `${mode}: ${printed.conflicts} conflict markers print`);
      if (meetings) {
        assert.match(printed.crossRefText, /^⇄\s\S/u, 'the marker prints as its words');
        assert.equal(printed.frame, 'none', 'the marker prints with its button frame');
      }
    });
  }
});

test('a stored value that is no mode is ignored: every mark shows', async () => {
  await site.withPage(async (page) => {
    await storeEarlier(page, { marks: 'loud' });
    await openApp(page, site.url(`/${SLUG}`));
    await choice(page).waitFor();
    assert.deepEqual(await pressed(page), ['all']);
    assert.equal((await remembered(page)).shown, null);
    await page.mouse.move(0, 0);
    assertLooks(await looks(page), 'all', 'with a stored value that is no mode');
  }, DESKTOP);
});
