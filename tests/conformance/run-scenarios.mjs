// Sends conformance scenarios through the official groq-sdk (pinned in package.json) and prints what it parsed.
//
// Input (stdin, or the JSON file named by the first argument):
//   { "baseURL": "http://127.0.0.1:PORT", "apiKey": "...",
//     "scenarios": [ { "id", "call", "params"?, "file"?: { "base64", "name", "type" }, "apiKey"? } ] }
//   call: chat | transcriptions | translations | speech | models.list | models.retrieve | embeddings
//         | files.create | files.list | files.info | files.content | files.delete
//         | batches.create | batches.retrieve | batches.list | batches.cancel | batches.wait
//   chat with params.stream === true reads the SSE stream chunk by chunk. files.create uploads "file" with params
//   (purpose); files.info/content/delete take params.file_id, batches.retrieve/cancel/wait params.batch_id.
//   batches.wait calls batches.retrieve every 25 ms until the batch ends (completed, failed, expired, cancelled).
//   A params string "$ref:<id>.<path>" is replaced by that member of an earlier scenario's result, e.g.
//   "$ref:files-create.id" or "$ref:batches-wait.output_file_id".
// Output (stdout): one JSON array, one entry per scenario in input order:
//   { "id", "ok": true, "result" }           non-streaming: the value groq-sdk returned
//   { "id", "ok": true, "chunks": [...] }     streaming: every chunk groq-sdk yielded
//   { "id", "ok": false, "error": { "class", "chain", "isAPIError", "status", "body", "message", "headers", "chunks" } }
// Every request carries the header x-conformance-scenario: <id>, so the caller can find it among the recorded requests.
// Scenarios run one after another (the emulator answers scripted responses first in first out).

import { readFileSync } from 'node:fs';
import Groq, { toFile } from 'groq-sdk';

const ScenarioHeader = 'x-conformance-scenario';
const EndedBatchStatuses = ['completed', 'failed', 'expired', 'cancelled'];
const ReportedHeaders = ['retry-after', 'retry-after-ms', 'x-request-id', 'x-ratelimit-limit-requests', 'x-ratelimit-remaining-tokens'];

async function readInput() {
  if (process.argv[2]) {
    return JSON.parse(readFileSync(process.argv[2], 'utf8'));
  }
  const parts = [];
  for await (const part of process.stdin) {
    parts.push(part);
  }
  return JSON.parse(Buffer.concat(parts).toString('utf8'));
}

function clientFor(input, scenario) {
  // The SDK's resource paths already start with /openai/v1, so its baseURL is the server's origin.
  return new Groq({ baseURL: input.baseURL, apiKey: scenario.apiKey ?? input.apiKey, maxRetries: 0, timeout: 30_000 });
}

async function withFile(scenario) {
  const params = { ...scenario.params };
  if (scenario.file) {
    params.file = await toFile(Buffer.from(scenario.file.base64, 'base64'), scenario.file.name, { type: scenario.file.type });
  }
  return params;
}

function resolve(value, answers) {
  if (typeof value === 'string' && value.startsWith('$ref:')) {
    const [id, ...path] = value.slice('$ref:'.length).split('.');
    let found = answers.get(id);
    if (found === undefined) throw new Error(`'${value}' names no earlier scenario with a result.`);
    for (const key of path) found = found?.[key];
    if (found === undefined || found === null) throw new Error(`'${value}' is missing from that scenario's result.`);
    return found;
  }
  if (Array.isArray(value)) return value.map((item) => resolve(item, answers));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, answers)]));
  }
  return value;
}

async function waitForBatch(client, batchId, options) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    const batch = await client.batches.retrieve(batchId, options);
    if (EndedBatchStatuses.includes(batch.status)) return batch;
    if (Date.now() > deadline) throw new Error(`Batch ${batchId} is still ${batch.status} after 60 s.`);
    await new Promise((done) => setTimeout(done, 25));
  }
}

async function invoke(client, scenario, options) {
  switch (scenario.call) {
    case 'chat': {
      const answer = await client.chat.completions.create(scenario.params, options);
      if (!scenario.params.stream) {
        return { result: answer };
      }
      const chunks = [];
      try {
        for await (const chunk of answer) {
          chunks.push(chunk);
        }
      } catch (error) {
        error.chunksBeforeError = chunks;
        throw error;
      }
      return { chunks };
    }
    case 'transcriptions':
      return { result: await client.audio.transcriptions.create(await withFile(scenario), options) };
    case 'translations':
      return { result: await client.audio.translations.create(await withFile(scenario), options) };
    case 'speech': {
      const response = await client.audio.speech.create(scenario.params, options);
      const bytes = Buffer.from(await response.arrayBuffer());
      return { result: { contentType: response.headers.get('content-type'), length: bytes.length, head: bytes.subarray(0, 4).toString('latin1') } };
    }
    case 'models.list':
      return { result: await client.models.list(options) };
    case 'models.retrieve':
      return { result: await client.models.retrieve(scenario.params.model, options) };
    case 'embeddings':
      return { result: await client.embeddings.create(scenario.params, options) };
    case 'files.create':
      return { result: await client.files.create(await withFile(scenario), options) };
    case 'files.list':
      return { result: await client.files.list(options) };
    case 'files.info':
      return { result: await client.files.info(scenario.params.file_id, options) };
    case 'files.content': {
      const response = await client.files.content(scenario.params.file_id, options);
      return { result: { contentType: response.headers.get('content-type'), text: await response.text() } };
    }
    case 'files.delete':
      return { result: await client.files.delete(scenario.params.file_id, options) };
    case 'batches.create':
      return { result: await client.batches.create(scenario.params, options) };
    case 'batches.retrieve':
      return { result: await client.batches.retrieve(scenario.params.batch_id, options) };
    case 'batches.list':
      return { result: await client.batches.list(options) };
    case 'batches.cancel':
      return { result: await client.batches.cancel(scenario.params.batch_id, options) };
    case 'batches.wait':
      return { result: await waitForBatch(client, scenario.params.batch_id, options) };
    default:
      throw new Error(`Unknown call '${scenario.call}' in scenario '${scenario.id}'.`);
  }
}

function prototypeChain(error) {
  const names = [];
  for (let proto = Object.getPrototypeOf(error); proto && proto !== Object.prototype; proto = Object.getPrototypeOf(proto)) {
    names.push(proto.constructor.name);
  }
  return names;
}

function describeError(error) {
  const headers = {};
  if (error?.headers && typeof error.headers.get === 'function') {
    for (const name of ReportedHeaders) {
      const value = error.headers.get(name);
      if (value !== null) headers[name] = value;
    }
  }
  return {
    class: error?.constructor?.name ?? typeof error,
    chain: error && typeof error === 'object' ? prototypeChain(error) : [],
    isAPIError: error instanceof Groq.APIError,
    status: error?.status ?? null,
    body: error?.error ?? null,
    message: String(error?.message ?? error),
    headers,
    chunks: error?.chunksBeforeError ?? null,
  };
}

const input = await readInput();
const results = [];
const answers = new Map();
for (const scenario of input.scenarios) {
  const client = clientFor(input, scenario);
  const options = { headers: { [ScenarioHeader]: scenario.id } };
  try {
    const resolved = { ...scenario, params: resolve(scenario.params, answers) };
    const outcome = await invoke(client, resolved, options);
    answers.set(scenario.id, outcome.result);
    results.push({ id: scenario.id, ok: true, ...outcome });
  } catch (error) {
    results.push({ id: scenario.id, ok: false, error: describeError(error) });
  }
}

process.stdout.write(JSON.stringify(results));
