// Renders assets/icon.svg to assets/icon.png (1024x1024) with Chromium; run when the icon changes.
import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const chromiumPath = () => ['/usr/bin/chromium', process.env.CHROME_PATH].find((p) => p);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const svg = readFileSync('assets/icon.svg', 'utf8');
const exe = chromiumPath();
const browser = await chromium.launch({ ...(exe ? { executablePath: exe } : {}), args: CHROMIUM_ARGS });
const page = await browser.newPage({ viewport: { width: 1024, height: 1024 } });
await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', '<svg width="1024" height="1024" ')}</body></html>`);
await page.screenshot({ path: 'assets/icon.png', omitBackground: true });
await browser.close();
console.log('assets/icon.png');
