// The brief as PDF: its HTML page printed by a headless Chromium, A4, with page numbers in the margin.
import { access } from 'node:fs/promises';
import { AppError } from '../../core/index.js';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

export async function printPdf(html: string, executablePath = DEFAULT_CHROMIUM): Promise<Buffer> {
  try {
    await access(executablePath);
  } catch {
    throw new AppError('report/no_browser', `${executablePath}: no Chromium to print the PDF with (install chromium, or ask for --format html)`);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    // The page is self-contained: nothing outside it may load while it prints.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({
      format: 'A4', printBackground: true, margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
      displayHeaderFooter: true, headerTemplate: '<span></span>',
      footerTemplate: '<div style="font-size:8px;width:100%;text-align:center;color:#777"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    await browser.close();
  }
}
