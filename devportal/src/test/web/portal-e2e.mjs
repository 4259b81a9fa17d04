// Browser tests of the portal: drives the machine's Chromium with playwright-core through the four journeys of
// issue 10 and keeps a screenshot of each. Usage: node portal-e2e.mjs URL_WITH_TOKEN SCREENSHOT_DIR
// Prints one line per check and "e2e: N passed, M failed"; exits 1 if any failed.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

const [url, shots] = process.argv.slice(2);
if (!url || !shots) {
  console.error('usage: node portal-e2e.mjs URL_WITH_TOKEN SCREENSHOT_DIR');
  process.exit(2);
}
mkdirSync(shots, { recursive: true });
const executablePath = process.env.CHROMIUM || '/usr/bin/chromium';
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const errors = [];
page.on('pageerror', (e) => errors.push(String(e.stack || e)));
const ID = 'e2e-dice';
let passed = 0;
let failed = 0;

async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok   ${name}`);
  } catch (e) {
    failed++;
    console.log(`FAIL ${name}: ${e.message.split('\n')[0]}`);
    await page.screenshot({ path: join(shots, `failed-${name.replace(/\W+/g, '-')}.png`) }).catch(() => {});
  }
}

const fetchJson = (path) => page.evaluate((p) => fetch(p).then((r) => r.json()), path);

async function replaceEditorText(text) {
  await page.click('.cm-content');
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(text);
}

try {
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: 30000 });

  await check('create an extension from a template', async () => {
    await page.fill('#new-id', ID);
    await page.selectOption('#new-template', 'command-bot');
    await page.click('#create');
    await page.waitForSelector('nav .file[data-name="main.js"].active');
    await page.waitForSelector('nav .file[data-name="scenarios/roll.yaml"]');
    await page.waitForFunction(() => document.querySelector('.cm-content').textContent.includes("banter.command('roll'"));
    await page.screenshot({ path: join(shots, '1-created.png') });
  });

  const original = (await fetchJson(`/api/projects/${ID}/files/main.js`)).text;

  await check('completion lists ctx.room.notice', async () => {
    await page.click('.cm-content');
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText("\nbanter.command('x', (cmd, ctx) => {\n  ctx.room.");
    await page.keyboard.type('no');
    const item = page.locator('.cm-tooltip-autocomplete .cm-completionLabel', { hasText: /^notice$/ });
    await item.first().waitFor({ timeout: 10000 });
    await page.screenshot({ path: join(shots, '2-completion.png') });
    await page.keyboard.press('Escape');
  });

  await check('a syntax error is shown at its line', async () => {
    await replaceEditorText("// broken on purpose\nbanter.command('roll', (cmd, ctx) => {\n  let x = ;\n});\n");
    await page.waitForSelector('#diagnostics li:has-text("main.js:3:")', { timeout: 15000 });
    await page.waitForSelector('.cm-lintRange-error, .cm-lint-marker-error', { timeout: 5000 });
    await page.screenshot({ path: join(shots, '3-diagnostic.png') });
    await replaceEditorText(original);
    await page.waitForFunction(() => document.querySelector('#diagnostics').dataset.count === '0', null, { timeout: 15000 });
    await page.click('#save');
  });

  await check('!roll in the test room shows the notice', async () => {
    await page.click('#room-start');
    await page.waitForSelector('#feed [data-kind="system"]', { timeout: 30000 });
    await page.fill('#chat-body', '!roll 2d6');
    await page.click('#send-chat');
    await page.waitForSelector('#feed [data-kind="notice"]:has-text("rolled 2d6")', { timeout: 15000 });
    await page.screenshot({ path: join(shots, '4-test-room.png') });
  });

  await check('publishing 1.0.0 shows it in the catalog', async () => {
    const manifest = (await fetchJson(`/api/projects/${ID}/files/banter.json`)).text;
    await page.click('nav .file[data-name="banter.json"]');
    await page.waitForFunction(() => document.querySelector('.cm-content').textContent.includes('"version"'));
    await replaceEditorText(manifest.replace('"0.1.0"', '"1.0.0"'));
    await page.click('#save');
    await page.click('.tabs button[data-tab="versions"]');
    await page.click('#publish');
    await page.waitForSelector('#catalog tr[data-version="1.0.0"][data-state="PUBLISHED"]', { timeout: 15000 });
    await page.waitForSelector('#audit td:has-text("publish")', { timeout: 5000 });
    await page.screenshot({ path: join(shots, '5-published.png') });
  });
} catch (e) {
  failed++;
  console.log('FAIL setup: ' + e.message.split('\n')[0]);
  await page.screenshot({ path: join(shots, 'failed-setup.png') }).catch(() => {});
} finally {
  await browser.close();
}
if (errors.length) console.log('page errors: ' + errors.join(' | '));
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 && passed > 0 ? 0 : 1);
