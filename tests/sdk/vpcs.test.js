'use strict';
// VPCs and vSwitches through @alicloud/vpc20160428: CreateVpc, DescribeVpcs, DeleteVpc, CreateVSwitch, DescribeVSwitches,
// DeleteVSwitch, with IPv6 blocks, filters, paging, and the errors the SDK must see as ClientErrors.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { Vpc, modes, tenants, regionId, vpc, call, rejects, unique } = require('./support/sdk');

const zoneId = 'cn-hangzhou-h';
const vpcTag = (key, value) => new Vpc.CreateVpcRequestTag({ key, value });

async function createVpc(client, fields = {}) {
  const body = await call(client, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16', ...fields });
  return body.vpcId;
}

async function createVSwitch(client, vpcId, cidrBlock, fields = {}) {
  const body = await call(client, Vpc.CreateVSwitchRequest, { regionId, vpcId, zoneId, cidrBlock, ...fields });
  return body.vSwitchId;
}

async function describeVpc(client, vpcId) {
  const body = await call(client, Vpc.DescribeVpcsRequest, { regionId, vpcId });
  assert.equal(body.vpcs.vpc.length, 1);
  return body.vpcs.vpc[0];
}

async function describeVSwitch(client, vSwitchId) {
  const body = await call(client, Vpc.DescribeVSwitchesRequest, { regionId, vSwitchId });
  assert.equal(body.vSwitches.vSwitch.length, 1);
  return body.vSwitches.vSwitch[0];
}

/** The /64 at `index` of a /56 written as text (SgGrid's blocks have a zero last group before the index). */
function slash64(vpcBlock, index) {
  const [address, length] = vpcBlock.split('/');
  assert.equal(length, '56');
  const groups = address.replace(/::$/, '').split(':');
  while (groups.length < 4) groups.push('0');
  const fourth = (parseInt(groups[3], 16) | index).toString(16);
  return `${groups.slice(0, 3).join(':')}:${fourth}::/64`;
}

for (const mode of modes) {
  describe(`VPCs (${mode.name})`, () => {
    const alice = vpc('alice', mode);
    const bob = vpc('bob', mode);

    it('CreateVpc answers the VPC, vRouter and route table ids', async () => {
      const body = await call(alice, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16', resourceGroupId: 'rg-sdktest' });
      assert.match(body.vpcId, /^vpc-[a-z0-9]{21}$/);
      assert.equal(body.VRouterId, `vrt-${body.vpcId.slice(4)}`);
      assert.equal(body.routeTableId, `vtb-${body.vpcId.slice(4)}`);
      assert.equal(body.resourceGroupId, 'rg-sdktest');
    });

    it('CreateVpc refuses a bad block and a chosen IPv6 block', async () => {
      await rejects(alice.createVpc(new Vpc.CreateVpcRequest({ regionId, cidrBlock: '100.64.0.0/16' })), 'InvalidCidrBlock.Malformed', 400);
      await rejects(alice.createVpc(new Vpc.CreateVpcRequest({ regionId, enableIpv6: true, ipv6CidrBlock: '2408:4000:0:6a::/56' })), 'OperationFailed.IPv6CidrNotReserved', 400);
      await rejects(alice.createVpc(new Vpc.CreateVpcRequest({ regionId, enableIpv6: true, ipv6Isp: 'ChinaTelecom' })), 'UnsupportedFeature.Ipv6Isp', 400);
      await rejects(alice.createVpc(new Vpc.CreateVpcRequest({ regionId, dryRun: true })), 'DryRunOperation', 400);
    });

    it('DescribeVpcs answers every field of a VPC', async () => {
      const vpcId = await createVpc(alice, { vpcName: 'main', description: 'the main one', resourceGroupId: 'rg-sdktest', tag: [vpcTag('env', 'prod')] });
      const vSwitchId = await createVSwitch(alice, vpcId, '10.0.1.0/24');
      const v = await describeVpc(alice, vpcId);
      assert.equal(v.vpcId, vpcId);
      assert.equal(v.vpcName, 'main');
      assert.equal(v.description, 'the main one');
      assert.equal(v.regionId, regionId);
      assert.equal(v.status, 'Available');
      assert.equal(v.cidrBlock, '10.0.0.0/16');
      assert.match(v.creationTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.equal(v.VRouterId, `vrt-${vpcId.slice(4)}`);
      assert.equal(v.isDefault, false);
      assert.equal(v.ownerId, Number(tenants.alice.accountId));
      assert.equal(v.resourceGroupId, 'rg-sdktest');
      assert.equal(v.enabledIpv6, false);
      assert.equal(v.ipv6CidrBlock, undefined);
      assert.deepEqual(v.ipv6CidrBlocks.ipv6CidrBlock, []);
      assert.equal(v.dnsHostnameStatus, 'DISABLED');
      assert.deepEqual(v.vSwitchIds.vSwitchId, [vSwitchId]);
      assert.deepEqual(v.routerTableIds.routerTableIds, [`vtb-${vpcId.slice(4)}`]);
      assert.deepEqual(v.natGatewayIds.natGatewayIds, []);
      assert.deepEqual(v.secondaryCidrBlocks.secondaryCidrBlock, []);
      assert.deepEqual(v.userCidrs.userCidr, []);
      assert.equal(v.tags.tag.length, 1);
      assert.equal(v.tags.tag[0].key, 'env');
      assert.equal(v.tags.tag[0].value, 'prod');
    });

    it('DescribeVpcs filters by name, tag, resource group, IPv6, IsDefault and owner', async () => {
      const marker = unique('m');
      const tag = [new Vpc.DescribeVpcsRequestTag({ key: 'marker', value: marker })];
      const plain = await createVpc(alice, { vpcName: `a${marker}`, tag: [vpcTag('marker', marker)] });
      const ipv6 = await createVpc(alice, { vpcName: `b${marker}`, enableIpv6: true, resourceGroupId: `rg-${marker}`, tag: [vpcTag('marker', marker)] });
      const list = async (fields) => (await call(alice, Vpc.DescribeVpcsRequest, { regionId, tag, ...fields })).vpcs.vpc.map((v) => v.vpcId);
      assert.deepEqual(await list({}), [plain, ipv6].sort().reverse());
      assert.deepEqual(await list({ vpcName: `a${marker}` }), [plain]);
      assert.deepEqual(await list({ resourceGroupId: `rg-${marker}` }), [ipv6]);
      assert.deepEqual(await list({ enableIpv6: true }), [ipv6]);
      assert.deepEqual(await list({ enableIpv6: false }), [plain]);
      assert.deepEqual(await list({ vpcId: `${plain},vpc-unknown000000000000000000` }), [plain]);
      assert.deepEqual(await list({ isDefault: true }), []);
      assert.equal((await list({ isDefault: false })).length, 2);
      assert.equal((await list({ vpcOwnerId: Number(tenants.alice.accountId) })).length, 2);
      assert.deepEqual(await list({ vpcOwnerId: Number(tenants.bob.accountId) }), []);
    });

    it('DescribeVpcs pages by number and size, ids descending', async () => {
      const marker = unique('p');
      const ids = [];
      for (let i = 0; i < 3; i++) ids.push(await createVpc(alice, { tag: [vpcTag('page', marker)] }));
      const tag = [new Vpc.DescribeVpcsRequestTag({ key: 'page', value: marker })];
      const first = await call(alice, Vpc.DescribeVpcsRequest, { regionId, tag, pageSize: 2 });
      const second = await call(alice, Vpc.DescribeVpcsRequest, { regionId, tag, pageSize: 2, pageNumber: 2 });
      assert.equal(first.totalCount, 3);
      assert.equal(first.pageNumber, 1);
      assert.equal(first.pageSize, 2);
      assert.equal(second.pageNumber, 2);
      assert.deepEqual([...first.vpcs.vpc, ...second.vpcs.vpc].map((v) => v.vpcId), ids.sort().reverse());
    });

    it('DescribeVpcs shows nothing of another tenant and refuses bad paging', async () => {
      const vpcId = await createVpc(alice);
      const body = await call(bob, Vpc.DescribeVpcsRequest, { regionId, vpcId });
      assert.equal(body.totalCount, 0);
      assert.deepEqual(body.vpcs.vpc, []);
      await rejects(alice.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId, pageSize: 51 })), 'InvalidPageSize.Malformed', 400);
      await rejects(alice.describeVpcs(new Vpc.DescribeVpcsRequest({})), 'MissingRegionId', 400);
      await rejects(alice.describeVpcs(new Vpc.DescribeVpcsRequest({ regionId, dryRun: true })), 'DryRunOperation', 400);
    });

    it('CreateVpc with EnableIpv6 gets a /56 of 2408:4000::/20, another VPC another one', async () => {
      const first = await describeVpc(alice, await createVpc(alice, { enableIpv6: true }));
      const second = await describeVpc(bob, await createVpc(bob, { enableIpv6: true, ipv6Isp: 'BGP' }));
      assert.equal(first.enabledIpv6, true);
      assert.match(first.ipv6CidrBlock, /^2408:4[0-9a-f]{3}:[0-9a-f:]*\/56$/);
      assert.notEqual(first.ipv6CidrBlock, second.ipv6CidrBlock);
      assert.equal(first.ipv6CidrBlocks.ipv6CidrBlock.length, 1);
      assert.equal(first.ipv6CidrBlocks.ipv6CidrBlock[0].ipv6CidrBlock, first.ipv6CidrBlock);
      assert.equal(first.ipv6CidrBlocks.ipv6CidrBlock[0].ipv6Isp, 'BGP');
    });

    it('DeleteVpc refuses while vSwitches or groups exist, even forced, then deletes', async () => {
      const vpcId = await createVpc(alice);
      const vSwitchId = await createVSwitch(alice, vpcId, '10.0.1.0/24');
      await rejects(alice.deleteVpc(new Vpc.DeleteVpcRequest({ regionId, vpcId })), 'DependencyViolation.VSwitch', 400);
      await rejects(alice.deleteVpc(new Vpc.DeleteVpcRequest({ regionId, vpcId, forceDelete: true })), 'DependencyViolation.VSwitch', 400);
      await rejects(alice.deleteVpc(new Vpc.DeleteVpcRequest({ vpcId, dryRun: true })), 'DependencyViolation.VSwitch', 400);
      await call(alice, Vpc.DeleteVSwitchRequest, { vSwitchId });
      await rejects(alice.deleteVpc(new Vpc.DeleteVpcRequest({ vpcId, dryRun: true })), 'DryRunOperation', 400);
      await call(alice, Vpc.DeleteVpcRequest, { regionId, vpcId, clientToken: unique('t') });
      assert.deepEqual((await call(alice, Vpc.DescribeVpcsRequest, { regionId, vpcId })).vpcs.vpc, []);
      await rejects(alice.deleteVpc(new Vpc.DeleteVpcRequest({ vpcId })), 'InvalidVpcId.NotFound', 404);
    });

    it('DeleteVpc of another tenant, or of an unknown id, is InvalidVpcId.NotFound', async () => {
      const vpcId = await createVpc(alice);
      await rejects(bob.deleteVpc(new Vpc.DeleteVpcRequest({ regionId, vpcId })), 'InvalidVpcId.NotFound', 404);
      await rejects(alice.deleteVpc(new Vpc.DeleteVpcRequest({ regionId, vpcId: 'vpc-doesnotexist00000000000' })), 'InvalidVpcId.NotFound', 404);
      await rejects(alice.deleteVpc(new Vpc.DeleteVpcRequest({ regionId })), 'MissingVpcId', 400);
      assert.equal((await describeVpc(alice, vpcId)).vpcId, vpcId);
    });
  });

  describe(`vSwitches (${mode.name})`, () => {
    const alice = vpc('alice', mode);
    const bob = vpc('bob', mode);

    it('CreateVSwitch answers its id; a bad zone or another tenant\'s VPC is refused', async () => {
      const vpcId = await createVpc(alice);
      assert.match(await createVSwitch(alice, vpcId, '10.0.1.0/24'), /^vsw-[a-z0-9]{21}$/);
      await rejects(alice.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId, vpcId, zoneId: 'cn-shanghai-b', cidrBlock: '10.0.2.0/24' })), 'InvalidZoneId.NotFound', 404);
      await rejects(alice.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId, vpcId, zoneId, cidrBlock: '10.0.1.128/25' })), 'InvalidCidrBlock.Overlapped', 400);
      await rejects(bob.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId, vpcId, zoneId, cidrBlock: '10.0.3.0/24' })), 'InvalidVpcId.NotFound', 404);
    });

    it('DescribeVSwitches answers every field of a vSwitch', async () => {
      const vpcId = await createVpc(alice);
      const vSwitchId = await createVSwitch(alice, vpcId, '10.0.1.0/24', {
        vSwitchName: 'web', description: 'web tier', tag: [new Vpc.CreateVSwitchRequestTag({ key: 'tier', value: 'web' })],
      });
      const body = await call(alice, Vpc.DescribeVSwitchesRequest, { vpcId });
      assert.equal(body.totalCount, 1);
      assert.equal(body.pageNumber, 1);
      assert.equal(body.pageSize, 10);
      const s = body.vSwitches.vSwitch[0];
      assert.equal(s.vSwitchId, vSwitchId);
      assert.equal(s.vSwitchName, 'web');
      assert.equal(s.description, 'web tier');
      assert.equal(s.vpcId, vpcId);
      assert.equal(s.zoneId, zoneId);
      assert.equal(s.cidrBlock, '10.0.1.0/24');
      assert.equal(s.status, 'Available');
      assert.equal(s.availableIpAddressCount, 252);
      assert.equal(s.isDefault, false);
      assert.match(s.creationTime, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.equal(s.ownerId, Number(tenants.alice.accountId));
      assert.equal(typeof s.resourceGroupId, 'string');
      assert.equal(s.enabledIpv6, false);
      assert.equal(s.ipv6CidrBlock, undefined);
      assert.equal(s.routeTable.routeTableId, `vtb-${vpcId.slice(4)}`);
      assert.equal(s.routeTable.routeTableType, 'System');
      assert.equal(s.tags.tag[0].key, 'tier');
      assert.equal(s.tags.tag[0].value, 'web');
    });

    it('CreateVSwitch with Ipv6CidrBlock gets that /64 of the VPC\'s /56', async () => {
      const vpcId = await createVpc(alice, { enableIpv6: true });
      const vpcBlock = (await describeVpc(alice, vpcId)).ipv6CidrBlock;
      const vSwitchId = await createVSwitch(alice, vpcId, '10.0.1.0/24', { ipv6CidrBlock: 12, ipv6CidrMask: 64, vpcIpv6CidrBlock: vpcBlock });
      const s = await describeVSwitch(alice, vSwitchId);
      assert.equal(s.enabledIpv6, true);
      assert.equal(s.ipv6CidrBlock, slash64(vpcBlock, 12));
      await rejects(alice.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId, vpcId, zoneId, cidrBlock: '10.0.2.0/24', ipv6CidrBlock: 12 })), 'OperationFailed.Ipv6CidrBlockOverLapped', 400);
      await rejects(alice.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId, vpcId, zoneId, cidrBlock: '10.0.2.0/24', ipv6CidrBlock: 256 })), 'InvalidIpv6CidrBlock.Malformed', 400);
      const ipv4Only = await createVpc(alice);
      await rejects(alice.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId, vpcId: ipv4Only, zoneId, cidrBlock: '10.0.2.0/24', ipv6CidrBlock: 1 })), 'IllegalParam.Ipv6CidrBlock', 400);
    });

    it('DescribeVSwitches filters by name, zone, id, tag, route table, IPv6 and owner, and pages', async () => {
      const vpcId = await createVpc(alice, { enableIpv6: true });
      const web = await createVSwitch(alice, vpcId, '10.0.1.0/24', { vSwitchName: 'web', ipv6CidrBlock: 1 });
      const db = await call(alice, Vpc.CreateVSwitchRequest, {
        regionId, vpcId, zoneId: 'cn-hangzhou-i', cidrBlock: '10.0.2.0/24', vSwitchName: 'db',
        tag: [new Vpc.CreateVSwitchRequestTag({ key: 'tier', value: 'db' })],
      }).then((b) => b.vSwitchId);
      const list = async (fields) => (await call(alice, Vpc.DescribeVSwitchesRequest, { regionId, vpcId, ...fields })).vSwitches.vSwitch.map((s) => s.vSwitchId);
      assert.deepEqual(await list({}), [web, db].sort().reverse());
      assert.deepEqual(await list({ vSwitchName: 'web' }), [web]);
      assert.deepEqual(await list({ zoneId: 'cn-hangzhou-i' }), [db]);
      assert.deepEqual(await list({ vSwitchId: db }), [db]);
      assert.deepEqual(await list({ tag: [new Vpc.DescribeVSwitchesRequestTag({ key: 'tier', value: 'db' })] }), [db]);
      assert.deepEqual(await list({ enableIpv6: true }), [web]);
      assert.equal((await list({ routeTableId: `vtb-${vpcId.slice(4)}` })).length, 2);
      assert.deepEqual(await list({ isDefault: true }), []);
      assert.deepEqual(await list({ vSwitchOwnerId: Number(tenants.bob.accountId) }), []);
      const first = await call(alice, Vpc.DescribeVSwitchesRequest, { vpcId, pageSize: 1 });
      const second = await call(alice, Vpc.DescribeVSwitchesRequest, { vpcId, pageSize: 1, pageNumber: 2 });
      assert.equal(first.totalCount, 2);
      assert.deepEqual([...first.vSwitches.vSwitch, ...second.vSwitches.vSwitch].map((s) => s.vSwitchId), [web, db].sort().reverse());
    });

    it('DescribeVSwitches shows nothing of another tenant and needs RegionId or VpcId', async () => {
      const vpcId = await createVpc(alice);
      await createVSwitch(alice, vpcId, '10.0.1.0/24');
      const body = await call(bob, Vpc.DescribeVSwitchesRequest, { vpcId });
      assert.equal(body.totalCount, 0);
      assert.deepEqual(body.vSwitches.vSwitch, []);
      await rejects(alice.describeVSwitches(new Vpc.DescribeVSwitchesRequest({})), 'MissingParameter', 400);
      await rejects(alice.describeVSwitches(new Vpc.DescribeVSwitchesRequest({ regionId, pageSize: 100 })), 'InvalidPageSize.Malformed', 400);
      await rejects(alice.describeVSwitches(new Vpc.DescribeVSwitchesRequest({ regionId, dryRun: true })), 'DryRunOperation', 400);
    });

    it('DeleteVSwitch deletes; another tenant\'s or an unknown vSwitch is InvalidVSwitchId.NotFound', async () => {
      const vpcId = await createVpc(alice);
      const vSwitchId = await createVSwitch(alice, vpcId, '10.0.1.0/24');
      await rejects(bob.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId, vSwitchId })), 'InvalidVSwitchId.NotFound', 404);
      await rejects(alice.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ vSwitchId, dryRun: true })), 'DryRunOperation', 400);
      await call(alice, Vpc.DeleteVSwitchRequest, { regionId, vSwitchId });
      assert.deepEqual((await call(alice, Vpc.DescribeVSwitchesRequest, { vpcId })).vSwitches.vSwitch, []);
      assert.deepEqual((await describeVpc(alice, vpcId)).vSwitchIds.vSwitchId, []);
      await rejects(alice.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ vSwitchId })), 'InvalidVSwitchId.NotFound', 404);
      await rejects(alice.deleteVSwitch(new Vpc.DeleteVSwitchRequest({ regionId })), 'MissingVSwitchId', 400);
    });
  });
}
