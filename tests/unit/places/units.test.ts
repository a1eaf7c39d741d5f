// Matching former communes as editors write them, and the unit generator (npm run units) on a
// tiny synthetic data folder: reproducible output, label inside the boundary, errors naming file and row.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon';
import { afterAll, describe, expect, it } from 'vitest';
import { communeKey, communeName, successorIndex } from '../../../src/lib/places/units';
import { ROOT } from '../../helpers/sites';

describe('communeKey', () => {
  it('ignores kind words, case, tone-mark placement, spaces and hyphens', () => {
    expect(communeName('TT Nam Phước')).toBe('Nam Phước');
    expect(communeName('P. Sơn Phong')).toBe('Sơn Phong');
    expect(communeKey('d', 'xã Đại Hoà')).toBe(communeKey('d', 'Đại Hòa'));
    expect(communeKey('d', 'xã A Tiêng')).toBe(communeKey('d', 'Atiêng'));
    expect(communeKey('d', 'thị trấn Tiên Kỳ')).toBe(communeKey('d', 'TT Tiên Kỳ'));
    expect(communeKey('d', 'xã Tam Xuân 2')).toBe(communeKey('d', 'Tam Xuân II'));
    expect(communeKey('d', 'xã Quế Xuân 1')).not.toBe(communeKey('d', 'Quế Xuân 2'));
  });

  it('keeps apart names that differ in a letter or a tone', () => {
    expect(communeKey('d', 'Tam Dân')).not.toBe(communeKey('d', 'Tam Đàn'));
    expect(communeKey('d', 'Trà Don')).not.toBe(communeKey('d', 'Trà Dơn'));
    expect(communeKey('a', 'Tam Thăng')).not.toBe(communeKey('b', 'Tam Thăng'));
  });

  it('resolves to a unit or to a record of no known successor, and refuses a commune claimed twice', () => {
    const units = [{ id: 'ban-thach', formerUnits: [{ name: 'Tam Thăng', district: 'tam-ky' }] }];
    const orphans = [{ id: 'duy-thu', name: 'Duy Thu', district: 'duy-xuyen' }];
    const index = successorIndex(units, orphans);
    expect(index.resolve('tam-ky', 'xã Tam Thăng')).toEqual({ unit: units[0] });
    expect(index.resolve('duy-xuyen', 'xã Duy Thu')).toEqual({ orphan: orphans[0] });
    expect(index.resolve('tam-ky', 'xã Khác')).toBeUndefined();
    expect(() => successorIndex([...units, { id: 'x', formerUnits: [{ name: 'TAM THĂNG', district: 'tam-ky' }] }])).toThrow(/claimed by both unit ban-thach and unit x/);
  });
});

describe('npm run units', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'units-'));
  afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));
  const data = path.join(tmp, 'data');
  const content = path.join(tmp, 'content');
  fs.mkdirSync(path.join(data, 'da-nang-wards-2025'), { recursive: true });
  fs.mkdirSync(path.join(content, 'districts'), { recursive: true });
  fs.writeFileSync(path.join(content, 'districts/tam-ky.json'), JSON.stringify({ name: 'Tam Kỳ' }));
  fs.writeFileSync(
    path.join(data, 'da-nang-units-2025.csv'),
    'code,name,kind,full_name,former_quang_nam,centroid_lat,centroid_lon,area_km2,source\n' +
      '90001,Thử Nghiệm,phường,Phường Thử Nghiệm,yes,16.285,107.7,10,test\n',
  );
  // A U shape: its centroid (16.285, 107.7) lies in the notch, outside.
  const u = [[[107.6, 16.2], [107.8, 16.2], [107.8, 16.4], [107.75, 16.4], [107.75, 16.25], [107.65, 16.25], [107.65, 16.4], [107.6, 16.4], [107.6, 16.2]]];
  fs.writeFileSync(path.join(data, 'da-nang-wards-2025/90001_thu_nghiem.geojson'), JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: u } }] }));
  const header = 'old_unit,old_kind,old_district,new_unit,new_kind,article_item,source_url,notes\n';
  const run = () => spawnSync(path.join(ROOT, 'node_modules/.bin/tsx'), [path.join(ROOT, 'scripts/units/main.ts'), data, '--content', content], { cwd: ROOT, encoding: 'utf8' });

  it('writes the same unit files twice, with the label point inside the boundary', () => {
    fs.writeFileSync(path.join(data, 'quang-nam-communes-2025.csv'), `${header}Tam Thăng,xã,Tam Kỳ,Thử Nghiệm,phường,,https://example.org/a,\nDuy Thu,xã,Tam Kỳ,,,,,"NOT in existence on 16/6/2025: not stated in any retrieved text"\n`);
    const first = run();
    expect(first.status, first.stderr).toBe(0);
    const file = path.join(content, 'units/thu-nghiem.json');
    const once = fs.readFileSync(file, 'utf8');
    expect(run().status).toBe(0);
    expect(fs.readFileSync(file, 'utf8')).toBe(once);
    const unit = JSON.parse(once);
    expect(unit.formerUnits).toEqual([{ name: 'Tam Thăng', kind: 'xã', district: 'tam-ky', source: 'https://example.org/a' }]);
    expect(booleanPointInPolygon([unit.label.lon, unit.label.lat], unit.boundary)).toBe(true);
    expect(booleanPointInPolygon([107.7, 16.285], unit.boundary)).toBe(false);
    expect(fs.existsSync(path.join(content, 'former-communes/tam-ky-duy-thu.json'))).toBe(true);
  }, 60_000);

  it('names the file, row, column and value of bad input, and writes nothing', () => {
    fs.rmSync(path.join(content, 'units'), { recursive: true, force: true });
    fs.writeFileSync(path.join(data, 'quang-nam-communes-2025.csv'), `${header}Tam Thăng,xã,Tam Kì,Thử Nghiệm,phường,,https://example.org/a,\nTam Ngọc,xã,Tam Kỳ,Không Có,phường,,https://example.org/a,\n`);
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('quang-nam-communes-2025.csv row 2: old_district: "Tam Kì" — the name of a district');
    expect(result.stderr).toContain('quang-nam-communes-2025.csv row 3: new_unit: "Không Có" — a unit of da-nang-units-2025.csv');
    expect(fs.existsSync(path.join(content, 'units'))).toBe(false);
  }, 60_000);
});
