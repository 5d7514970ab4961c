import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

/**
 * The contract test for events: every event the services published during a test file, as stored in
 * their outboxes, must validate against the published AsyncAPI document (openapi/asyncapi.json) —
 * the schema district IT builds against, not only the schema the producer checks itself.
 */
interface AsyncApiMessage {
  name: string;
  payload: object;
}

let validators: Map<string, ValidateFunction> | undefined;

function validatorsByType(): Map<string, ValidateFunction> {
  if (validators) return validators;
  const document = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../openapi/asyncapi.json'), 'utf8')) as {
    components: { messages: Record<string, AsyncApiMessage> };
  };
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  validators = new Map(Object.values(document.components.messages).map((message) => [message.name, ajv.compile(message.payload)]));
  return validators;
}

/** Problems of the given published envelopes against the contract; empty when all conform. */
export function contractViolations(envelopes: { type: string; envelope: unknown }[]): string[] {
  const byType = validatorsByType();
  return envelopes.flatMap(({ type, envelope }) => {
    const validate = byType.get(type);
    if (validate === undefined) return [`${type} is not in openapi/asyncapi.json`];
    return validate(envelope) ? [] : [`${type}: ${JSON.stringify(validate.errors)}`];
  });
}
