// Screenshots of an open card for the README: `node tests/e2e/screenshots.mjs` after `trunk build --release`.
// Writes docs/card-desktop.png (1280x800), docs/card-phone.png (390x844, touch),
// docs/people-and-places.png (1280x900, the list open on Ivar Smilga), the timeline's
// docs/timeline-desktop.png, timeline-age.png (1280x800) and timeline-phone.png, the marks as a
// reader may choose them, docs/quiet-marks.png and meetings-marks.png (1280x800), and, when the
// third-biography build of the end-to-end tests is there (target/third-life-dist), a found name's
// card, docs/found-name-card.png (1280x800). Not a test: node --test skips it (no .test. in its name).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PHONE, ROOT, startSite } from './harness.mjs';
import { ArticlePage, cardOfTrigger } from './pages.mjs';

const OUT = process.env.SCREENSHOT_DIR ?? path.join(ROOT, 'docs');

const site = await startSite();
try {
  await site.withPage(
    async (page) => {
      const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
      const kolchak = article.mark('person', 'Kolchak').first();
      await kolchak.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, -260));
      await kolchak.hover();
      await page.locator('.card[role="dialog"]').waitFor();
      await page.screenshot({ path: path.join(OUT, 'card-desktop.png') });
    },
    { viewport: { width: 1280, height: 800 } },
  );
  await site.withPage(
    async (page) => {
      const article = await new ArticlePage(page, site.url).open('ivan-smirnov');
      const date = article.mark('date', 'A month later').first();
      await date.scrollIntoViewIfNeeded();
      await date.tap();
      await page.locator('.card[role="dialog"]').waitFor();
      await page.screenshot({ path: path.join(OUT, 'card-phone.png') });
    },
    { ...PHONE, deviceScaleFactor: 2 },
  );
  // Who appears where: "People and places in this biography" open, a tick's name shown on hover.
  await site.withPage(
    async (page) => {
      await new ArticlePage(page, site.url).open('ivar-smilga');
      await page.locator('details.people-and-places > summary').click();
      const row = page.locator('.people-row', { has: page.locator('.people-name', { hasText: 'Joseph Stalin' }) });
      await row.locator('a.mention-tick').first().hover();
      await page.screenshot({ path: path.join(OUT, 'people-and-places.png') });
      console.log(`wrote ${path.join(OUT, 'people-and-places.png')}`);
    },
    { viewport: { width: 1280, height: 900 } },
  );
  // The lives side by side: 1917 by calendar, age 24 by age (1280x800), and 1927 on a phone.
  for (const [file, route, options] of [
    ['timeline-desktop.png', '/timeline#1917', { viewport: { width: 1280, height: 800 } }],
    ['timeline-age.png', '/timeline?align=age#age-24', { viewport: { width: 1280, height: 800 } }],
    ['timeline-phone.png', '/timeline#1927', { ...PHONE, deviceScaleFactor: 2 }],
  ]) {
    await site.withPage(async (page) => {
      await page.goto(site.url(route));
      await page.locator('#app[data-live]').waitFor({ state: 'attached' });
      const row = page.locator(`[id="${route.split('#')[1]}"]`);
      await row.waitFor();
      // Past the highlight a fragment's row gets when opened.
      await page.waitForTimeout(2_600);
      await page.screenshot({ path: path.join(OUT, file) });
    }, options);
  }
  // How marks show, as a reader chose in the header: quiet (one name hovered, its tint and card
  // shown) and meetings (names and dates as plain text, the markers where the lives meet).
  for (const [file, marks, hover] of [
    ['quiet-marks.png', 'quiet', 'Governorate of Livonia'],
    ['meetings-marks.png', 'meetings', null],
  ]) {
    await site.withPage(
      async (page) => {
        await page.addInitScript((marks) => localStorage.setItem('parallel-lives-marks', marks), marks);
        const article = await new ArticlePage(page, site.url).open('ivar-smilga');
        if (hover) {
          const mark = article.mark('place', hover).first();
          await mark.hover();
          await (await cardOfTrigger(mark)).waitShown();
        }
        await page.screenshot({ path: path.join(OUT, file) });
      },
      { viewport: { width: 1280, height: 800 } },
    );
  }
  console.log(`wrote ${path.join(OUT, 'card-desktop.png')}, card-phone.png, timeline-*.png and *-marks.png`);
} finally {
  await site.close();
}

const THIRD_LIFE = path.join(ROOT, 'target', 'third-life-dist');
if (existsSync(path.join(THIRD_LIFE, 'index.html'))) {
  const third = await startSite(THIRD_LIFE);
  try {
    await third.withPage(
      async (page) => {
        const article = await new ArticlePage(page, third.url).open('anna-petrova');
        const orlov = article.article().locator('button.mark').filter({ hasText: /^Orlov$/u }).first();
        await orlov.scrollIntoViewIfNeeded();
        await page.evaluate(() => window.scrollBy(0, -200));
        await orlov.hover();
        await (await cardOfTrigger(orlov)).waitShown();
        await page.screenshot({ path: path.join(OUT, 'found-name-card.png') });
      },
      { viewport: { width: 1280, height: 800 } },
    );
    console.log(`wrote ${path.join(OUT, 'found-name-card.png')}`);
  } finally {
    await third.close();
  }
} else {
  console.log(`${THIRD_LIFE} is not built (make test builds it): no found-name-card.png`);
}
