import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ImportGraph } from './framework-imports.js';

const rootDir = path.resolve(import.meta.dirname, '../..');
const packageImports = (JSON.parse(readFileSync(path.join(rootDir, 'package.json'), 'utf8')) as { imports: Record<string, { development: string }> }).imports;

/** Every `#library/concern` subpath is a framework-free entry point; the bare `#library` is the Nest side. */
const subpathEntries = Object.entries(packageImports)
  .filter(([specifier]) => specifier.includes('/'))
  .map(([, target]) => path.normalize(target.development));

/** Domain rules and problem catalogues of the services: `*-rules.ts`, `*-lifecycle.ts`, `*-problems.ts`, plus the rule files named otherwise. */
const ruleFiles = readdirSync(path.join(rootDir, 'apps'), { recursive: true, encoding: 'utf8' })
  .filter((file) => /-(rules|lifecycle|problems)\.ts$/.test(file))
  .map((file) => path.join('apps', file));
const otherDomainFiles = [
  'apps/land/src/pre-work/notice-periods.ts',
  'apps/supervision/src/supervision-items/disclosure-period.ts',
  'apps/credit/src/history/business-dates.ts',
  'libs/working-calendar/src/deadline-revision.ts',
  'libs/working-calendar/src/year-version.ts',
  'libs/working-calendar/src/calendar-problems.ts',
  // The benchmark's bare baseline runs the services' statements without their framework.
  'scripts/bench/bare-server.ts',
];

const graph = new ImportGraph({ rootDir, packageImports });

describe('framework-free files load neither Nest nor TypeORM', () => {
  it('covers the subpath entries and the rule files', () => {
    expect(subpathEntries).toEqual(expect.arrayContaining(['libs/working-calendar/src/core/index.ts', 'libs/platform/src/state/transition-table.ts']));
    expect(ruleFiles.length).toBeGreaterThanOrEqual(10);
  });

  it.each([...subpathEntries, ...ruleFiles, ...otherDomainFiles])('%s', (file) => {
    expect(graph.frameworkImportsFrom(file)).toEqual([]);
  });
});

describe('the import graph', () => {
  it('finds Nest behind a platform module', () => {
    const found = graph.frameworkImportsFrom('libs/platform/src/service/platform.module.ts');
    expect(found).toContainEqual({ via: ['libs/platform/src/service/platform.module.ts'], specifier: '@nestjs/common' });
  });

  describe('on a fixture', () => {
    let fixture: string;
    const write = (file: string, text: string): void => writeFileSync(path.join(fixture, file), text);

    beforeAll(() => {
      fixture = mkdtempSync(path.join(tmpdir(), 'framework-imports-'));
      write(
        'rule.ts',
        "import { helper } from './helper.js';\nimport type { Row } from './row.js';\nimport { type Column } from 'typeorm';\nexport * from '#fixture/table';\n",
      );
      write('helper.ts', "import { clock } from '#fixture/clock';\nexport const helper = clock;\n");
      write('clock.ts', "import { Injectable } from '@nestjs/common';\nexport const clock = Injectable;\n");
      write('row.ts', "import { Entity } from 'typeorm';\nexport type Row = typeof Entity;\n");
      write('table.ts', "export type { Repository } from 'typeorm';\nexport const load = () => import('typeorm');\n");
    });
    afterAll(() => rmSync(fixture, { recursive: true, force: true }));

    const fixtureGraph = (): ImportGraph =>
      new ImportGraph({
        rootDir: fixture,
        packageImports: { '#fixture/clock': { development: './clock.ts' }, '#fixture/table': { development: './table.ts' } },
      });

    it('follows relative, `#…` and dynamic imports and skips type-only ones', () => {
      expect(fixtureGraph().frameworkImportsFrom('rule.ts')).toEqual([
        { via: ['rule.ts', 'table.ts'], specifier: 'typeorm' },
        { via: ['rule.ts', 'helper.ts', 'clock.ts'], specifier: '@nestjs/common' },
      ]);
    });
  });
});
