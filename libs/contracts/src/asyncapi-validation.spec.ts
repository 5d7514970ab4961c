import { describe, expect, it } from '@jest/globals';
import { Parser } from '@asyncapi/parser';
import { buildAsyncApiDocument } from './asyncapi.js';
import { EVENT_CATALOGUE } from './events/index.js';

// DiagnosticSeverity.Error in the parser's (Spectral) diagnostics.
const ERROR = 0;

describe('AsyncAPI document against @asyncapi/parser', () => {
  it('parses with no errors, every channel and message resolved', async () => {
    const { document, diagnostics } = await new Parser().parse(JSON.parse(JSON.stringify(buildAsyncApiDocument(EVENT_CATALOGUE, '1.0.0'))));
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === ERROR).map((diagnostic) => `${diagnostic.path.join('.')}: ${diagnostic.message}`);
    expect(errors).toEqual([]);
    expect(document?.version()).toBe('3.0.0');
    const addresses = document!
      .channels()
      .all()
      .map((channel) => channel.address());
    expect(new Set(addresses)).toEqual(new Set(EVENT_CATALOGUE.map((definition) => definition.topic)));
    const messageNames = new Set(
      document!
        .messages()
        .all()
        .map((message) => message.name()),
    );
    for (const definition of EVENT_CATALOGUE) expect(messageNames).toContain(definition.type);
  });

  it('reports an error for a document that references a missing message (the check can fail)', async () => {
    const broken = JSON.parse(JSON.stringify(buildAsyncApiDocument(EVENT_CATALOGUE, '1.0.0'))) as {
      asyncapi: string;
      components: { messages: Record<string, unknown> };
    };
    delete broken.components.messages[Object.keys(broken.components.messages)[0]!];
    const { diagnostics } = await new Parser().parse(broken);
    expect(diagnostics.filter((diagnostic) => diagnostic.severity === ERROR).length).toBeGreaterThan(0);
  });
});
