/** Reads typed settings from an environment, collecting every problem so one start-up error names them all. */
export class EnvReader {
  private readonly problems: string[] = [];

  constructor(private readonly env: Record<string, string | undefined>) {}

  string(name: string, fallback?: string): string {
    const value = this.raw(name) ?? fallback;
    if (value === undefined) {
      this.problems.push(`${name} is required`);
      return '';
    }
    return value;
  }

  optional(name: string): string | undefined {
    return this.raw(name);
  }

  int(name: string, fallback: number, range: { min: number; max: number }): number {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < range.min || parsed > range.max) {
      this.problems.push(`${name} must be an integer from ${range.min} to ${range.max}, got "${value}"`);
      return fallback;
    }
    return parsed;
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    if (!(allowed as readonly string[]).includes(value)) {
      this.problems.push(`${name} must be one of ${allowed.join(', ')}, got "${value}"`);
      return fallback;
    }
    return value as T;
  }

  url(name: string, protocols: readonly string[], fallback?: string): string {
    const value = this.raw(name) ?? fallback;
    if (value === undefined) {
      this.problems.push(`${name} is required`);
      return '';
    }
    this.checkUrl(name, value, protocols);
    return value;
  }

  /** One URL or several, comma-separated (e.g. the instances of a service). */
  urls(name: string, protocols: readonly string[], fallback: string[]): string[] {
    const values = this.list(name, fallback);
    if (values.length === 0) this.problems.push(`${name} must name at least one URL`);
    for (const value of values) this.checkUrl(name, value, protocols);
    return values;
  }

  private checkUrl(name: string, value: string, protocols: readonly string[]): void {
    try {
      const parsed = new URL(value);
      if (!protocols.includes(parsed.protocol)) {
        this.problems.push(`${name} must be a ${protocols.join(' or ')} URL, got "${value}"`);
      }
    } catch {
      this.problems.push(`${name} must be a URL, got "${value}"`);
    }
  }

  list(name: string, fallback: string[]): string[] {
    const value = this.raw(name);
    if (value === undefined) return fallback;
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }

  /** A base64-encoded secret of exactly `bytes` bytes. */
  key(name: string, bytes: number): Buffer {
    const value = this.raw(name);
    if (value === undefined) {
      this.problems.push(`${name} is required (base64 of ${bytes} random bytes, e.g. \`openssl rand -base64 ${bytes}\`)`);
      return Buffer.alloc(bytes);
    }
    const decoded = Buffer.from(value, 'base64');
    if (decoded.length !== bytes) {
      this.problems.push(`${name} must be base64 of exactly ${bytes} bytes, got ${decoded.length}`);
    }
    return decoded;
  }

  /** Records a problem found by a cross-field rule. */
  reject(problem: string): void {
    this.problems.push(problem);
  }

  /** Throws one error listing every problem, or returns quietly. */
  assertValid(scope: string): void {
    if (this.problems.length > 0) throw new ConfigError(scope, this.problems);
  }

  private raw(name: string): string | undefined {
    const value = this.env[name];
    return value === undefined || value.trim() === '' ? undefined : value.trim();
  }
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';

  constructor(
    scope: string,
    readonly problems: string[],
  ) {
    super(`Invalid configuration for ${scope}:\n  - ${problems.join('\n  - ')}`);
  }
}
