// The GitHub Actions workflows: valid against the workflow schema (action-validator, the
// SchemaStore schema compiled into the package, no network), and doing what README.md says.
import { validateWorkflow } from '@action-validator/core';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { assertPublishableAddress, publishAddressProblem } from '../../../src/lib/publishing/publish';
import { buildSteps } from '../../../scripts/build/steps';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const DIR = path.join(ROOT, '.github/workflows');
const read = (name: string) => fs.readFileSync(path.join(DIR, name), 'utf8');
type Step = { uses?: string; run?: string; env?: Record<string, string>; with?: Record<string, string> };
type Job = { permissions?: Record<string, string>; steps: Step[]; container?: { image: string }; needs?: string };
type Workflow = { on: Record<string, unknown>; permissions: Record<string, string>; jobs: Record<string, Job> };
const workflow = (name: string) => parse(read(name)) as Workflow;

describe('workflow files', () => {
  const files = fs.readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
  it('are the test and deploy workflows', () => {
    expect(files.sort()).toEqual(['deploy.yml', 'test.yml']);
  });
  it.each(files)('%s passes the workflow schema', (file) => {
    expect(validateWorkflow(read(file)).errors).toEqual([]);
  });
  it('the validator rejects a broken workflow (so the check above can fail)', () => {
    const broken = read('deploy.yml').replace('runs-on: ubuntu-24.04', 'runs_on: ubuntu-24.04');
    expect(validateWorkflow(broken).errors.length).toBeGreaterThan(0);
  });
  it.each(files)('%s pins every action to a full commit id and reads the repository only', (file) => {
    const wf = workflow(file);
    expect(wf.permissions).toEqual({ contents: 'read' });
    for (const job of Object.values(wf.jobs)) {
      for (const step of job.steps) if (step.uses) expect(step.uses, file).toMatch(/^[\w-]+\/[\w-]+@[0-9a-f]{40}$/);
    }
  });
});

describe('test workflow', () => {
  const wf = workflow('test.yml');
  it('runs on every push and pull request', () => {
    expect(Object.keys(wf.on).sort()).toEqual(['pull_request', 'push']);
    expect(wf.on.push).toBeNull();
  });
  it('checks the content on every pull request in a job of its own, as the deploy build does first', () => {
    // The content editor's editorial workflow opens a pull request per entry: this is the check
    // that must pass before it is merged into main (README, "Connecting the hosted repository").
    expect(wf.on).toHaveProperty('pull_request');
    const runs = wf.jobs.check!.steps.map((s) => s.run ?? '');
    expect(runs).toContain('npm run check');
    expect(runs.findIndex((r) => /^npm ci\b/.test(r))).toBeLessThan(runs.indexOf('npm run check'));
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    // npm run build runs the steps of scripts/build/steps.ts, the first of which is npm run check's command.
    expect(pkg.scripts.build).toBe('tsx scripts/build/main.ts');
    const [first] = buildSteps();
    expect(`${first!.bin} ${first!.args.join(' ')}`).toBe(pkg.scripts.check);
    const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(readme).toMatch(/Require status checks to pass/);
    expect(readme).toMatch(/`check`.*`test`|`test`.*`check`/);
  });

  it('runs the README test command with nothing installed but Node (npm ci brings the browser)', () => {
    const job = wf.jobs.test!;
    const runs = job.steps.map((s) => s.run ?? '').join('\n');
    expect(runs).not.toMatch(/apt-get|playwright install/);
    expect(job.steps.map((s) => s.uses?.split('@')[0])).toContain('actions/setup-node');
    expect(runs).toMatch(/^npm ci\b/m);
    expect(runs).toMatch(/^npm test$/m);
    expect(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8')).toMatch(/^npm test\b/m);
  });
});

describe('deploy workflow', () => {
  const wf = workflow('deploy.yml');
  it('runs on push to main, daily, and by hand', () => {
    expect(wf.on.push).toEqual({ branches: ['main'] });
    expect(wf.on.schedule).toEqual([{ cron: expect.stringMatching(/^\d+ \d+ \* \* \*$/) }]);
    expect(wf.on).toHaveProperty('workflow_dispatch');
  });
  it('builds for publishing with SITE_URL from the repository variables', () => {
    const build = wf.jobs.build!.steps.find((s) => s.run === 'npm run build')!;
    expect(build.env?.PUBLISH).toBe('1');
    expect(build.env?.SITE_URL).toMatch(/^\$\{\{ vars\.SITE_URL \|\| steps\.pages\.outputs\.base_url \}\}$/);
    expect(wf.jobs.build!.permissions).toBeUndefined();
  });
  it('deploys with the official Pages actions, and only the deploy job may write Pages', () => {
    const uses = Object.values(wf.jobs).flatMap((j) => j.steps.map((s) => s.uses?.split('@')[0]).filter(Boolean));
    expect(uses).toEqual(expect.arrayContaining(['actions/configure-pages', 'actions/upload-pages-artifact', 'actions/deploy-pages']));
    expect(wf.jobs.build!.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist/');
    expect(wf.jobs.deploy!.needs).toBe('build');
    expect(wf.jobs.deploy!.permissions).toEqual({ pages: 'write', 'id-token': 'write' });
  });
});

describe('publishing address', () => {
  it('refuses the placeholder of content/site.json when publishing', () => {
    const site = JSON.parse(fs.readFileSync(path.join(ROOT, 'content/site.json'), 'utf8')) as { url: string };
    expect(() => assertPublishableAddress(site.url, 'content/site.json', { PUBLISH: '1' })).toThrow(/content\/site\.json.*placeholder.*SITE_URL/);
    expect(() => assertPublishableAddress(site.url, 'content/site.json', {})).not.toThrow();
  });
  it('refuses addresses a site cannot be published at', () => {
    expect(publishAddressProblem('http://ocop.vn')).toMatch(/https/);
    expect(publishAddressProblem('https://localhost')).toMatch(/placeholder/);
    expect(publishAddressProblem('https://example.org')).toMatch(/placeholder/);
    expect(publishAddressProblem('https://owner.github.io/repo')).toMatch(/root/);
    expect(publishAddressProblem('not a url')).toMatch(/absolute/);
  });
  it('accepts a real address', () => {
    expect(publishAddressProblem('https://ocop.quangnam.gov.vn')).toBeUndefined();
    expect(publishAddressProblem('https://owner.github.io/')).toBeUndefined();
    expect(() => assertPublishableAddress('https://owner.github.io', 'SITE_URL', { PUBLISH: '1' })).not.toThrow();
  });
});
