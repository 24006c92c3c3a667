'use strict';
// SgGrid's own actions (version 2026-11-28) through the official SDK core's generic client: `callApi` with the action
// and version, RPC style, in either signature mode. This is how a user calls them from the SDK without a generated client.
const assert = require('node:assert/strict');
const { default: OpenApi, $OpenApiUtil, OpenApiUtil } = require('@alicloud/openapi-core');
const $dara = require('@darabonba/typescript');
const { regionId, config, rejects } = require('./sdk');

const version = '2026-11-28';

/** A generic OpenAPI client for a tenant by name, pointed at SgGrid. */
function generic(tenant, mode) {
  return new OpenApi(config(tenant, mode));
}

/** callApi for an SgGrid action: parameters in the query, or a form body (reqBodyType formData) when `body` is given. */
async function sim(client, action, query, body) {
  const params = new $OpenApiUtil.Params({
    action, version, protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
  });
  const request = new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query({ RegionId: regionId, ...query }), body: body ? OpenApiUtil.query(body) : undefined });
  const response = await client.callApi(params, request, new $dara.RuntimeOptions({}));
  assert.equal(response.statusCode, 200);
  assert.match(response.body.RequestId, /^[0-9A-F-]{36}$/);
  return response.body;
}

/** The ClientError an SgGrid action fails with; asserts its ECS code (and a RequestId). */
function simFails(client, action, query, code) {
  return rejects(sim(client, action, query), code);
}

module.exports = { version, generic, sim, simFails };
