import { signDevToken, type DemoCollection } from '#platform';
import { SERVICE_DEFINITIONS } from './service-catalogue.js';

interface DemoAuth {
  issuer: string;
  audience: string;
}

/** Loads every service's demo data through the gateway, as a client would, once: collections that already hold data are left alone. */
export async function seedDemoData(gatewayUrl: string, privateKeyPem: string, auth: DemoAuth): Promise<void> {
  const collections: DemoCollection[] = Object.values(SERVICE_DEFINITIONS).flatMap((definition) => definition.demoData ?? []);
  for (const collection of collections) {
    const token = await signDevToken(privateKeyPem, {
      sub: 'demo-loader',
      name: 'Demo data loader',
      roles: [collection.role],
      units: ['zone'],
      issuer: auth.issuer,
      audience: auth.audience,
      expiresIn: '5m',
    });
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
