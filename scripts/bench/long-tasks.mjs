/**
 * The longest main-thread task on a page from now on (Long Tasks API), for the targets that
 * say how long the page may be blocked. Long tasks are reported after they end: wait a
 * moment after the work before reading.
 */
export async function watchLongTasks(page) {
  await page.evaluate(() => {
    window.benchLongestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.benchLongestTask = Math.max(window.benchLongestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return {
    longest: () => page.evaluate(() => window.benchLongestTask),
    reset: () => page.evaluate(() => {
      window.benchLongestTask = 0;
    }),
  };
}
