// SPDX-License-Identifier: Apache-2.0
//
// The case-finding rules as SQL in DuckDB, on the data the engine ran on: reads a folder written
// by `lcn_casefinding_bench --export-dir DIR` (tests/reference/reference_export.hpp), loads the
// CSV files into an in-memory DuckDB (timed as "load"), runs the generated rules and the results
// query --runs times (timed, median), reads the per-person results back and compares them with
// the engine's (engine_results.csv). Prints one "key: value" line per figure, like the C++
// benchmark; duckdb_results_differ must be 0. Benchmark only (docs/benchmarks.md); normally
// started by compare.sh.
//
//   node run.mjs DIR [--runs 5] [--threads 2] [--memory-limit 12GB]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i > 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const dir = process.argv[2] && !process.argv[2].startsWith('--') ? resolve(process.argv[2]) : null;
if (!dir) {
  console.error('usage: node run.mjs DIR [--runs 5] [--threads 2] [--memory-limit 12GB]');
  process.exit(2);
}
const runs = Number(option('--runs', '5'));
const threads = Number(option('--threads', '2'));
const memoryLimit = option('--memory-limit', null);

const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
if (manifest.dialect !== 'duckdb') {
  throw new Error(`${dir} holds ${manifest.dialect} SQL, not duckdb`);
}
const text = (file) => readFileSync(join(dir, file), 'utf8');
const lines = (file) => text(file).split('\n').filter((line) => line.trim() !== '');
const rules = lines(manifest.rules);
const resultsQuery = lines(manifest.results_query)[0];

const seconds = (since) => (performance.now() - since) / 1000;
// CPU time of the whole process (all of DuckDB's threads), in seconds.
const cpuSeconds = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
};
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const print = (key, value) => console.log(`${key}: ${value}`);
const sqlString = (s) => `'${s.replaceAll("'", "''")}'`;

const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
const db = await instance.connect();
await db.run(`SET threads = ${threads}`);
if (memoryLimit) {
  await db.run(`SET memory_limit = ${sqlString(memoryLimit)}`);
}
const scalar = async (sql) => (await db.runAndReadAll(sql)).getRows()[0][0];
print('duckdb_version', await scalar('SELECT version()'));
print('duckdb_threads', await scalar("SELECT current_setting('threads')"));
print('duckdb_memory_limit', await scalar("SELECT current_setting('memory_limit')"));
print('duckdb_people', manifest.people);

// Load: the schema, each CSV file into its table (checked against the manifest's row counts),
// then the indexes (none for DuckDB).
let started = performance.now();
await db.run(text(manifest.schema));
for (const { table, file, rows } of manifest.tables) {
  await db.run(`COPY ${table} FROM ${sqlString(join(dir, file))} (FORMAT csv, HEADER)`);
  const loaded = Number(await scalar(`SELECT COUNT(*) FROM ${table}`));
  if (loaded !== rows) {
    throw new Error(`${table}: loaded ${loaded} rows from ${file}, expected ${rows}`);
  }
}
if (text(manifest.index).trim() !== '') {
  await db.run(text(manifest.index));
}
print('duckdb_load_seconds', seconds(started).toFixed(2));
print('duckdb_events', await scalar('SELECT COUNT(*) FROM ref_events'));

// Runs: empty ref_holds, the rules in order, the results query read to the end. The same work
// the SQLite comparison times (tests/reference/sql_reference.cpp Evaluate).
const times = [];
const cpu = [];
let perStatement = [];
let reader = null;
for (let r = 0; r < runs; ++r) {
  perStatement = [];
  started = performance.now();
  const cpuStarted = cpuSeconds();
  await db.run('DELETE FROM ref_holds');
  for (const statement of rules) {
    const s = performance.now();
    await db.run(statement);
    perStatement.push([seconds(s), statement]);
  }
  const s = performance.now();
  reader = await db.runAndReadAll(resultsQuery);
  perStatement.push([seconds(s), resultsQuery]);
  times.push(seconds(started));
  cpu.push(cpuSeconds() - cpuStarted);
}
print('duckdb_runs', runs);
print('duckdb_run_median_seconds', median(times).toFixed(3));
print('duckdb_run_min_seconds', Math.min(...times).toFixed(3));
print('duckdb_run_cpu_median_seconds', median(cpu).toFixed(3));
print('duckdb_run_seconds_all', times.map((t) => t.toFixed(3)).join(' '));
print('duckdb_run_cpu_seconds_all', cpu.map((t) => t.toFixed(3)).join(' '));
print('duckdb_statements', rules.length + 1);
perStatement.sort((a, b) => b[0] - a[0]);
for (const [time, statement] of perStatement.slice(0, 3)) {
  print('duckdb_slowest_statement', `${time.toFixed(3)} s ${statement.slice(0, 160)}...`);
}

// Compare with the engine, person by person, on every column.
started = performance.now();
const names = reader.columnNames();
const columns = reader.getColumns();
const expected = text(manifest.engine_results).split('\n');
const header = expected[0].split(',');
if (header.join(',') !== names.join(',') || names.join(',') !== manifest.result_columns.join(',')) {
  throw new Error(`result columns differ: engine ${header}, duckdb ${names}`);
}
const people = columns[0].length;
let differ = Math.abs(people - (expected.length - 2)); // a header and a final newline
let shown = 0;
for (let p = 0; p < people; ++p) {
  const row = names.map((_, c) => String(columns[c][p])).join(',');
  if (row !== expected[p + 1]) {
    ++differ;
    if (shown++ < 5) {
      console.error(`differs: duckdb ${row} engine ${expected[p + 1]}`);
    }
  }
}
print('duckdb_compare_seconds', seconds(started).toFixed(2));
print('duckdb_results_differ', differ);
print('duckdb_peak_rss_bytes', process.resourceUsage().maxRSS * 1024);
