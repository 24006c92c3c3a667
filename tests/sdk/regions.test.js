'use strict';
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, Vpc, modes, tenants, ecs, vpc, call, rejects } = require('./support/sdk');

for (const mode of modes) {
  describe(`regions and the endpoint (${mode.name})`, () => {
    it('DescribeRegions lists the served regions, cn-hangzhou first', async () => {
      const body = await call(ecs('alice', mode), Ecs.DescribeRegionsRequest, { acceptLanguage: 'en-US' });
      const first = body.regions.region[0];
      assert.equal(first.regionId, 'cn-hangzhou');
      assert.equal(first.localName, 'China (Hangzhou)');
      assert.equal(first.regionEndpoint, 'ecs.cn-hangzhou.aliyuncs.com');
      assert.equal(first.status, 'available');
      assert.ok(body.regions.region.length > 1);
    });

    it('DescribeRegions names regions in Chinese by default', async () => {
      const body = await call(ecs('alice', mode), Ecs.DescribeRegionsRequest, {});
      assert.equal(body.regions.region[0].localName, '华东1（杭州）');
    });

    it('an unknown region is InvalidRegionId.NotFound', async () => {
      await rejects(vpc('alice', mode).createVpc(new Vpc.CreateVpcRequest({ regionId: 'mars-north-1' })), 'InvalidRegionId.NotFound', 404);
    });

    it('a wrong secret is SignatureDoesNotMatch', async () => {
      const client = ecs({ accessKeyId: tenants.alice.accessKeyId, accessKeySecret: 'not-the-secret' }, mode);
      await rejects(client.describeRegions(new Ecs.DescribeRegionsRequest({})), 'SignatureDoesNotMatch', 400);
    });

    it('an unknown AccessKeyId is InvalidAccessKeyId.NotFound', async () => {
      const client = ecs({ accessKeyId: 'nobody', accessKeySecret: 'x' }, mode);
      await rejects(client.describeRegions(new Ecs.DescribeRegionsRequest({})), 'InvalidAccessKeyId.NotFound', 404);
    });
  });
}
