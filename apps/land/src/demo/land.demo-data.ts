import type { DemoCollection } from '#platform';

/** Figures from the zone's own reporting (安庆经开区): the port project's approved area. */
export const LAND_DEMO_DATA: DemoCollection[] = [
  {
    path: '/api/v1/land/projects',
    role: 'land-staff',
    items: [
      { name: '安庆长风港二期', category: 'provincial-key', requestedAreaMu: '382.54', purpose: 'Two 5,000-tonne berths, a container yard and customs facilities.' },
    ],
  },
];
