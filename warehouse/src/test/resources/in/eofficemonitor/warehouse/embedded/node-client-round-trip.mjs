// The official Node client of ClickHouse against the embedded warehouse, compression on both ways:
// every column type the product uses, Devanagari text, query parameters and a query id.
// Usage: node node-client-round-trip.mjs URL DATABASE; prints "OK <rows> <query id>" or what differed.
import { createClient } from '@clickhouse/client';

const [url, db] = process.argv.slice(2);
const client = createClient({ url, compression: { request: true, response: true } });
const table = `${db}.all_types`;
await client.command({ query: `CREATE DATABASE IF NOT EXISTS ${db}` });
await client.command({
  query: `CREATE OR REPLACE TABLE ${table} (
    id UInt32, level Int16, total Int64, big UInt64, ratio Float64, subject String,
    office LowCardinality(String), kind Enum8('FILE' = 1, 'RECEIPT' = 2), event_uuid UUID,
    ts DateTime64(3, 'Asia/Kolkata'), day Date, note Nullable(String), dwell Nullable(Int32), desks Array(String)
  ) ENGINE = MergeTree ORDER BY id`,
});
const rows = [
  { id: 1, level: -3, total: '-9000000000', big: '18000000000000000000', ratio: 0.25,
    subject: 'भूमि आवंटन — प्रकरण', office: 'राजस्व विभाग', kind: 'FILE',
    event_uuid: '0f8fad5b-d9cb-469f-a165-70867728950e', ts: '2026-07-19 18:30:00.123', day: '2026-07-19',
    note: 'टिप्पणी', dwell: 12, desks: ['अनुभाग अधिकारी', 'उप सचिव'] },
  { id: 2, level: 7, total: '42', big: '0', ratio: -1.5, subject: "O'Brien \\ tab\there", office: 'राजस्व विभाग',
    kind: 'RECEIPT', event_uuid: '7c9e6679-7425-40de-944b-e07fc1f90ae7', ts: '2026-01-01 00:00:00.000',
    day: '2026-01-01', note: null, dwell: null, desks: [] },
  { id: 3, level: 0, total: '0', big: '1', ratio: 1e-9, subject: 'line\nbreak', office: 'गृह विभाग', kind: 'FILE',
    event_uuid: '00000000-0000-0000-0000-000000000000', ts: '2025-12-31 23:59:59.999', day: '2025-12-31',
    note: '', dwell: -5, desks: ['एक'] },
];
await client.insert({ table, values: rows, format: 'JSONEachRow' });
const rs = await client.query({
  query: `SELECT * FROM ${table} WHERE office IN ({offices:Array(String)}) ORDER BY id`,
  query_params: { offices: ['राजस्व विभाग', 'गृह विभाग'] },
  query_id: 'node-client-round-trip',
  format: 'JSONEachRow',
  clickhouse_settings: { output_format_json_quote_64bit_integers: 1 },
});
const back = await rs.json();
const norm = (r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v === null ? null
  : Array.isArray(v) ? v : String(v)])));
const differences = rows.map((r, i) => [norm(r), norm(back[i] ?? {})]).filter(([a, b]) => a !== b);
if (back.length !== rows.length || differences.length > 0) {
  console.log('DIFFERENT', back.length, JSON.stringify(differences));
} else {
  console.log('OK', back.length, rs.query_id);
}
await client.close();
