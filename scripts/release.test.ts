// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { checkTag, describeStep, plan, releaseNotes } from './release.ts';

const CHANGELOG = `# Changelog

## [Unreleased]

- something not yet released

## [1.2.0] - 2026-12-04

### Added

- Reader view.

## [1.1.0] - 2026-11-01

- Older.

[1.2.0]: https://example.com/compare
`;

describe('release checks', () => {
  it('takes the version section of the changelog, without heading, other versions or link definitions', () => {
    expect(releaseNotes(CHANGELOG, '1.2.0')).toBe('### Added\n\n- Reader view.');
    expect(releaseNotes(CHANGELOG, '1.1.0')).toBe('- Older.');
    expect(() => releaseNotes(CHANGELOG, '1.3.0')).toThrow(/no section/);
    expect(() => releaseNotes('## [2.0.0] - 2026-12-04\n\n## [1.0.0]\n- x', '2.0.0')).toThrow(/empty/);
    // 1.2.0 must not match 1.2.01 or 1x2x0
    expect(() => releaseNotes('## [1x2x0]\n- x', '1.2.0')).toThrow(/no section/);
  });

  it('refuses a tag that is not v + package.json version', () => {
    expect(() => checkTag('v1.2.0', '1.2.0')).not.toThrow();
    expect(() => checkTag('1.2.0', '1.2.0')).toThrow(/does not match/);
    expect(() => checkTag('v1.2.1', '1.2.0')).toThrow(/does not match/);
    expect(() => checkTag(undefined, '1.2.0')).toThrow(/no tag/);
  });

  it('plans AMO signing with the source archive, the Chrome upload and the GitHub release with all three zips', () => {
    const steps = plan('1.2.0', 'out', 'out/notes.md', 'out/meta.json');
    expect(steps.map((s) => s.command.slice(0, 3).join(' '))).toEqual([
      'npx web-ext sign',
      'npx --yes chrome-webstore-upload-cli@3',
      'gh release create',
    ]);
    const [amo, cws, gh] = steps;
    expect(amo!.command).toEqual(
      expect.arrayContaining(['--upload-source-code', 'out/clearfolio-source-1.2.0.zip', '--channel', 'listed']),
    );
    expect(amo!.command).toEqual(expect.arrayContaining(['$AMO_JWT_ISSUER', '$AMO_JWT_SECRET']));
    expect(cws!.files).toEqual(['out/clearfolio-chrome-1.2.0.zip']);
    expect(gh!.files.sort()).toEqual([
      'out/clearfolio-chrome-1.2.0.zip',
      'out/clearfolio-firefox-1.2.0.zip',
      'out/clearfolio-source-1.2.0.zip',
    ]);
    expect(gh!.command).toContain('v1.2.0');
  });

  it('prints secrets by name only, and says which are missing', () => {
    const step = { name: 'upload', command: ['tool', '--key', '$API_KEY'], secrets: ['API_KEY', 'OTHER'], files: [] };
    const text = describeStep(step, { API_KEY: 'hunter2-very-secret' }, '/');
    expect(text).toContain('$ tool --key $API_KEY');
    expect(text).not.toContain('hunter2');
    expect(text).toContain('not set here: OTHER');
  });
});
