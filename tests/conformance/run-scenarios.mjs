// Sends conformance scenarios through the official groq-sdk (pinned in package.json) and prints what it parsed.
//
// Input (stdin, or the JSON file named by the first argument):
//   { "baseURL": "http://127.0.0.1:PORT", "apiKey": "...",
//     "scenarios": [ { "id", "call", "params"?, "file"?: { "base64", "name", "type" }, "apiKey"? } ] }
//   call: chat | transcriptions | translations | speech | models.list | models.retrieve | embeddings
//   chat with params.stream === true reads the SSE stream chunk by chunk.
// Output (stdout): one JSON array, one entry per scenario in input order:
//   { "id", "ok": true, "result" }           non-streaming: the value groq-sdk returned
//   { "id", "ok": true, "chunks": [...] }     streaming: every chunk groq-sdk yielded
//   { "id", "ok": false, "error": { "class", "chain", "isAPIError", "status", "body", "message", "headers", "chunks" } }
// Every request carries the header x-conformance-scenario: <id>, so the caller can find it among the recorded requests.
// Scenarios run one after another (the emulator answers scripted responses first in first out).

import { readFileSync } from 'node:fs';
import Groq, { toFile } from 'groq-sdk';

const ScenarioHeader = 'x-conformance-scenario';
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
for (const scenario of input.scenarios) {
  const client = clientFor(input, scenario);
  const options = { headers: { [ScenarioHeader]: scenario.id } };
  try {
    results.push({ id: scenario.id, ok: true, ...(await invoke(client, scenario, options)) });
  } catch (error) {
    results.push({ id: scenario.id, ok: false, error: describeError(error) });
  }
}

process.stdout.write(JSON.stringify(results));
