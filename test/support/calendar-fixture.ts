import type { ServiceName } from '#contracts';
import { shanghaiDateOf } from '#platform';
import type { TestPlatform } from './test-platform.js';

/**
 * Deadlines computed from today reach next year soon after November, before the State Council publishes
 * that year's arrangement. Tests whose subject is not the calendar itself get a placeholder year (New
 * Year's Day only, clearly labelled) for this year and the next, unless the calendar already has them.
 */
export async function ensureCalendarCoversNextYear(platform: TestPlatform, services: ServiceName[]): Promise<void> {
  const thisYear = Number(shanghaiDateOf(new Date()).slice(0, 4));
  const admin = await platform.identity.token(['zone-admin']);
  for (const service of services) {
    const base = `${platform.serviceUrls[service]}/api/v1/${service}/working-calendar/years`;
    for (const year of [thisYear, thisYear + 1]) {
      if ((await fetch(`${base}/${year}`)).ok) continue;
      const placeholder = {
        year,
        source: `Test placeholder for ${year}: not an official arrangement`,
        holidays: [{ date: `${year}-01-01`, festival: { zh: '元旦', en: "New Year's Day" } }],
        makeUpWorkdays: [],
      };
      const response = await fetch(`${base}/${year}`, { method: 'PUT', headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' }, body: JSON.stringify(placeholder) });
      if (!response.ok) throw new Error(`placeholder calendar ${year} for ${service}: ${response.status} ${await response.text()}`);
    }
  }
}
