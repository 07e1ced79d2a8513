// Answering an assessment from the keyboard, as a person without a mouse does; shared by the
// English and the German/Polish assessment tests.
import type { Page } from 'playwright-core';

/** The focused radio group's name, or the focused element's text (a button). */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active instanceof HTMLInputElement ? active.name : (active?.textContent ?? '');
  });

/** Answers one radio group from the keyboard: Tab into it, Space picks the first option, arrows move on. */
export async function chooseByKeyboard(page: Page, name: string, index: number): Promise<void> {
  for (let tabs = 0; (await focusedName(page)) !== name; tabs++) {
    if (tabs > 40) throw new Error(`could not reach "${name}" with Tab`);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowRight');
}

/** Tabs to the button with this label and presses Enter on it. */
export async function pressButton(page: Page, label: string): Promise<void> {
  for (let tabs = 0; (await focusedName(page)).trim() !== label; tabs++) {
    if (tabs > 60) throw new Error(`could not reach the "${label}" button with Tab`);
    await page.keyboard.press('Tab');
  }
  await page.keyboard.press('Enter');
}
