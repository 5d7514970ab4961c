import { signDevToken, type Role } from '#platform';

interface DemoAuth {
  issuer: string;
  audience: string;
}

interface DemoCollection {
  /** List endpoint, also used to see whether the demo data is already there. */
  path: string;
  role: Role;
  items: Record<string, unknown>[];
}

/** Figures and names from the zone's own reporting (see the domain brief). */
const DEMO_COLLECTIONS: DemoCollection[] = [
  {
    path: '/api/v1/land/projects',
    role: 'land-staff',
    items: [
      { name: '安庆长风港二期', category: 'provincial-key', requestedAreaMu: '382.54', purpose: 'Two 5,000-tonne berths, a container yard and customs facilities.' },
    ],
  },
];

/** Loads the demo data through the gateway, as a client would, once: collections that already hold data are left alone. */
export async function seedDemoData(gatewayUrl: string, privateKeyPem: string, auth: DemoAuth): Promise<void> {
  for (const collection of DEMO_COLLECTIONS) {
    const token = await signDevToken(privateKeyPem, { sub: 'demo-loader', name: 'Demo data loader', roles: [collection.role], units: ['zone'], issuer: auth.issuer, audience: auth.audience, expiresIn: '5m' });
    const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const existing = await fetch(`${gatewayUrl}${collection.path}?limit=1`, { headers });
    if (!existing.ok) throw new Error(`demo data: GET ${collection.path} answered ${existing.status}: ${await existing.text()}`);
    if (((await existing.json()) as { items: unknown[] }).items.length > 0) continue;
    for (const item of collection.items) {
      const created = await fetch(`${gatewayUrl}${collection.path}`, { method: 'POST', headers, body: JSON.stringify(item) });
      if (!created.ok) throw new Error(`demo data: POST ${collection.path} answered ${created.status}: ${await created.text()}`);
    }
  }
}
