'use strict';
// The official SDKs pointed at the SgGrid the test host started (SGGRID_ENDPOINT, SGGRID_TENANTS), in both signature
// modes, with every answer checked field by field against the SDK's own response model: a field the model does not know
// (which the SDK would silently drop) or a value of the wrong JSON type fails the test.
const assert = require('node:assert/strict');
const { $OpenApiUtil, ClientError } = require('@alicloud/openapi-core');
const Ecs = require('@alicloud/ecs20140526');
const Vpc = require('@alicloud/vpc20160428');

const endpoint = process.env.SGGRID_ENDPOINT;
if (!endpoint) {
  throw new Error('SGGRID_ENDPOINT is not set: run this suite through the README test command (dotnet test), which starts SgGrid.');
}

/** Tenants by name: { alice: { accountId, accessKeyId, accessKeySecret }, bob: {...}, bulk: {...} }. */
const tenants = JSON.parse(process.env.SGGRID_TENANTS || '{}');

/** The two signature modes: the SDKs' default ACS3-HMAC-SHA256, and the legacy v1 HMAC-SHA1 ('v2' in the SDK's words). */
const modes = [
  { name: 'ACS3-HMAC-SHA256', signatureAlgorithm: undefined },
  { name: 'v1 HMAC-SHA1', signatureAlgorithm: 'v2' },
];

const regionId = 'cn-hangzhou';

function config(tenant, mode) {
  const t = typeof tenant === 'string' ? tenants[tenant] : tenant;
  if (!t) throw new Error(`Unknown tenant ${tenant}`);
  return new $OpenApiUtil.Config({
    accessKeyId: t.accessKeyId,
    accessKeySecret: t.accessKeySecret,
    regionId,
    endpoint,
    protocol: 'http',
    signatureAlgorithm: mode.signatureAlgorithm,
  });
}

/** Remembers the raw JSON body of the client's last answer (before the SDK's cast drops unknown fields). */
function capture(client) {
  const callApi = client.callApi.bind(client);
  client.callApi = async (...args) => {
    client.lastRaw = undefined;
    const response = await callApi(...args);
    client.lastRaw = response.body;
    return response;
  };
  return client;
}

/** An ECS client for a tenant by name ('alice', 'bob', 'bulk') or for explicit credentials { accessKeyId, accessKeySecret }. */
function ecs(tenant, mode) { return capture(new Ecs.default(config(tenant, mode))); }
function vpc(tenant, mode) { return capture(new Vpc.default(config(tenant, mode))); }

/** Checks a raw JSON value against an SDK model type (a Model class, 'string', 'number', 'boolean', or an array type). */
function checkType(value, type, path) {
  if (typeof type === 'string') {
    if (type === 'any') return;
    assert.equal(typeof value, type, `${path}: expected a JSON ${type}, got ${JSON.stringify(value)}`);
    if (type === 'number') assert.ok(Number.isFinite(value), `${path}: not a finite number`);
    return;
  }
  if (typeof type === 'function') {
    assert.ok(value !== null && typeof value === 'object' && !Array.isArray(value), `${path}: expected an object (${type.name}), got ${JSON.stringify(value)}`);
    checkModel(value, type, path);
    return;
  }
  if (type && type.type === 'array') {
    assert.ok(Array.isArray(value), `${path}: expected an array, got ${JSON.stringify(value)}`);
    value.forEach((item, i) => checkType(item, type.itemType, `${path}[${i}]`));
    return;
  }
  if (type && type.type === 'map') return;
  throw new Error(`${path}: unknown model type ${JSON.stringify(type)}`);
}

/** Every field of `raw` must be a field of `Model`, of the model's type. */
function checkModel(raw, Model, path) {
  const names = Model.names();
  const types = Model.types();
  const byWire = Object.fromEntries(Object.entries(names).map(([property, wire]) => [wire, property]));
  for (const [key, value] of Object.entries(raw)) {
    const property = byWire[key];
    assert.ok(property !== undefined, `${path}.${key} is not a field of ${Model.name} (the SDK would drop it)`);
    checkType(value, types[property], `${path}.${key}`);
  }
}

function moduleOf(Request) {
  if (Object.values(Ecs).includes(Request)) return Ecs;
  if (Object.values(Vpc).includes(Request)) return Vpc;
  throw new Error(`${Request.name} is neither an ECS nor a VPC request model`);
}

/**
 * Calls an action through the SDK: `call(client, Ecs.DescribeSecurityGroupsRequest, { regionId })`. Returns the SDK's
 * typed body after checking the raw answer against the action's ResponseBody model and that it carries a RequestId.
 */
async function call(client, Request, fields) {
  const action = Request.name.replace(/Request$/, '');
  const method = action[0].toLowerCase() + action.slice(1);
  assert.equal(typeof client[method], 'function', `the SDK client has no method ${method}`);
  const response = await client[method](new Request(fields));
  assert.equal(response.statusCode, 200);
  const Body = moduleOf(Request)[action + 'ResponseBody'];
  checkModel(client.lastRaw, Body, action);
  assert.match(client.lastRaw.RequestId, /^[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}$/);
  return response.body;
}

/** Asserts the call raises the SDK's ClientError with this code (and HTTP status). */
async function rejects(promise, code, statusCode) {
  let error;
  try {
    await promise;
  } catch (e) {
    error = e;
  }
  assert.ok(error, `expected ${code}, but the call succeeded`);
  assert.ok(error instanceof ClientError, `expected a ClientError ${code}, got ${error && error.name}: ${error && error.message}`);
  assert.equal(error.code, code, error.message);
  if (statusCode !== undefined) assert.equal(error.statusCode, statusCode, error.message);
  assert.match(error.requestId || '', /^[0-9A-F-]{36}$/);
  return error;
}

/** A short unique suffix for names. */
function unique(prefix) {
  return `${prefix}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
}

module.exports = { Ecs, Vpc, ClientError, modes, tenants, regionId, config, ecs, vpc, call, rejects, unique, checkModel };
