// The official OpenAI JavaScript client against a running Citebot, as an application would use it.
// Usage: node openai-client.mjs BASE_URL QUESTION. Prints one JSON object of what the client saw;
// OpenAiJsClientTest checks it. Errors the client raises are reported, not thrown, so that the test
// can say which call failed and how.
import OpenAI from 'openai';

const [baseURL, question] = process.argv.slice(2);
const client = new OpenAI({ baseURL, apiKey: 'any-key', maxRetries: 0, timeout: 60_000 });
const messages = [{ role: 'user', content: question }];

async function attempt(call) {
  try {
    return { value: await call() };
  } catch (e) {
    return {
      error: {
        name: e.constructor.name,
        notFound: e instanceof OpenAI.NotFoundError,
        badRequest: e instanceof OpenAI.BadRequestError,
        status: e.status ?? null,
        type: e.type ?? null,
        param: e.param ?? null,
        code: e.code ?? null,
        message: e.message,
      },
    };
  }
}

async function streamed(options) {
  const stream = await client.chat.completions.create({ model: 'citebot', messages, stream: true, ...options });
  const seen = { content: '', finish_reason: null, usage: null, chunks_after_usage: 0 };
  for await (const chunk of stream) {
    if (seen.usage) seen.chunks_after_usage++;
    for (const choice of chunk.choices) {
      seen.content += choice.delta?.content ?? '';
      seen.finish_reason = choice.finish_reason ?? seen.finish_reason;
    }
    if (chunk.usage) seen.usage = { ...chunk.usage, choices: chunk.choices.length };
  }
  return seen;
}

function completion(c) {
  return { content: c.choices[0].message.content, finish_reason: c.choices[0].finish_reason, usage: c.usage };
}

const report = {
  plain: await attempt(async () => completion(await client.chat.completions.create({ model: 'citebot', messages }))),
  stream: await attempt(() => streamed({ stream_options: { include_usage: true } })),
  cut: await attempt(async () => completion(await client.chat.completions.create({ model: 'citebot', messages, max_tokens: 8 }))),
  cutStream: await attempt(() => streamed({ max_completion_tokens: 8 })),
  models: await attempt(async () => {
    const ids = [];
    for await (const model of client.models.list()) ids.push(model.id);
    return ids;
  }),
  model: await attempt(() => client.models.retrieve('citebot')),
  unknownModel: await attempt(() => client.models.retrieve('gpt-4o')),
  refused: await attempt(() => client.chat.completions.create({ model: 'citebot', messages, n: 2 })),
  refusedTools: await attempt(() => client.chat.completions.create({
    model: 'citebot', messages, tools: [{ type: 'function', function: { name: 'lookup', parameters: { type: 'object' } } }],
  })),
};
console.log(JSON.stringify(report));
