'use strict';
// What Terraform's alicloud_vpc / alicloud_vswitch read and update, through @alicloud/vpc20160428: DescribeVpcAttribute,
// DescribeVSwitchAttributes, ModifyVpcAttribute, ModifyVSwitchAttribute, DescribeRegions and DescribeZones, every answer
// checked against the SDK's response model.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { Vpc, modes, tenants, regionId, vpc, call, rejects, unique } = require('./support/sdk');

const zoneId = 'cn-hangzhou-h';

for (const mode of modes) {
  describe(`VPC attributes (${mode.name})`, () => {
    const alice = vpc('alice', mode);
    const bob = vpc('bob', mode);

    async function network(fields = {}) {
      const { vpcId } = await call(alice, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16', enableIpv6: true, ...fields });
      const { vSwitchId } = await call(alice, Vpc.CreateVSwitchRequest, { regionId, vpcId, zoneId, cidrBlock: '10.0.1.0/24', ipv6CidrBlock: 3 });
      return { vpcId, vSwitchId };
    }

    it('DescribeVpcAttribute answers what DescribeVpcs answers', async () => {
      const name = unique('tf');
      const { vpcId, vSwitchId } = await network({ vpcName: name, description: 'by terraform', tag: [new Vpc.CreateVpcRequestTag({ key: 'env', value: 'prod' })] });
      const a = await call(alice, Vpc.DescribeVpcAttributeRequest, { regionId, vpcId });
      assert.equal(a.vpcId, vpcId);
      assert.equal(a.vpcName, name);
      assert.equal(a.description, 'by terraform');
      assert.equal(a.status, 'Available');
      assert.equal(a.cidrBlock, '10.0.0.0/16');
      assert.equal(a.regionId, regionId);
      assert.equal(a.VRouterId, `vrt-${vpcId.slice(4)}`);
      assert.equal(a.isDefault, false);
      assert.equal(a.classicLinkEnabled, false);
      assert.equal(a.enabledIpv6, true);
      assert.match(a.ipv6CidrBlock, /::\/56$/);
      assert.equal(a.ipv6CidrBlocks.ipv6CidrBlock[0].ipv6Isp, 'BGP');
      assert.equal(a.ownerId, Number(tenants.alice.accountId));
      assert.deepEqual(a.vSwitchIds.vSwitchId, [vSwitchId]);
      assert.deepEqual(a.secondaryCidrBlocks.secondaryCidrBlock, []);
      assert.deepEqual(a.tags.tag.map((t) => [t.key, t.value]), [['env', 'prod']]);
      assert.ok(a.cloudResources.cloudResourceSetType.some((r) => r.resourceType === 'VSwitch' && r.resourceCount === 1));
      await rejects(bob.describeVpcAttribute(new Vpc.DescribeVpcAttributeRequest({ regionId, vpcId })), 'InvalidVpcId.NotFound', 404);
    });

    it('ModifyVpcAttribute renames the VPC; unemulated changes are refused', async () => {
      const { vpcId } = await network();
      const name = unique('renamed');
      await call(alice, Vpc.ModifyVpcAttributeRequest, { regionId, vpcId, vpcName: name, description: 'new words' });
      const a = await call(alice, Vpc.DescribeVpcAttributeRequest, { regionId, vpcId });
      assert.equal(a.vpcName, name);
      assert.equal(a.description, 'new words');
      const listed = await call(alice, Vpc.DescribeVpcsRequest, { regionId, vpcName: name });
      assert.deepEqual(listed.vpcs.vpc.map((v) => v.vpcId), [vpcId]);
      await rejects(alice.modifyVpcAttribute(new Vpc.ModifyVpcAttributeRequest({ regionId, vpcId, cidrBlock: '10.0.0.0/8' })), 'UnsupportedFeature.ModifyCidrBlock', 400);
      await rejects(alice.modifyVpcAttribute(new Vpc.ModifyVpcAttributeRequest({ regionId, vpcId, enableIPv6: false })), 'UnsupportedFeature.EnableIpv6', 400);
      await rejects(bob.modifyVpcAttribute(new Vpc.ModifyVpcAttributeRequest({ regionId, vpcId, vpcName: 'x' })), 'InvalidVpcId.NotFound', 404);
    });

    it('DescribeVSwitchAttributes and ModifyVSwitchAttribute read and rename a vSwitch', async () => {
      const { vpcId, vSwitchId } = await network();
      const name = unique('sw');
      await call(alice, Vpc.ModifyVSwitchAttributeRequest, { regionId, vSwitchId, vSwitchName: name, description: 'web tier' });
      const s = await call(alice, Vpc.DescribeVSwitchAttributesRequest, { regionId, vSwitchId });
      assert.equal(s.vSwitchId, vSwitchId);
      assert.equal(s.vpcId, vpcId);
      assert.equal(s.vSwitchName, name);
      assert.equal(s.description, 'web tier');
      assert.equal(s.zoneId, zoneId);
      assert.equal(s.cidrBlock, '10.0.1.0/24');
      assert.equal(s.status, 'Available');
      assert.equal(s.enabledIpv6, true);
      assert.match(s.ipv6CidrBlock, /::\/64$/);
      assert.equal(s.routeTable.routeTableId, `vtb-${vpcId.slice(4)}`);
      assert.equal(s.routeTable.routeTableType, 'System');
      assert.equal(typeof s.availableIpAddressCount, 'number');
      assert.deepEqual(s.tags.tag, []);
      await rejects(bob.describeVSwitchAttributes(new Vpc.DescribeVSwitchAttributesRequest({ regionId, vSwitchId })), 'InvalidVSwitchId.NotFound', 404);
    });

    it('DescribeRegions and DescribeZones list the served regions and their zones', async () => {
      const regions = await call(alice, Vpc.DescribeRegionsRequest, { acceptLanguage: 'en-US' });
      const hangzhou = regions.regions.region.find((r) => r.regionId === regionId);
      assert.equal(hangzhou.localName, 'China (Hangzhou)');
      assert.equal(hangzhou.regionEndpoint, 'vpc.cn-hangzhou.aliyuncs.com');
      const zones = await call(alice, Vpc.DescribeZonesRequest, { regionId });
      assert.ok(zones.zones.zone.some((z) => z.zoneId === zoneId && z.zoneType === 'AvailabilityZone'));
      await rejects(alice.describeZones(new Vpc.DescribeZonesRequest({ regionId: 'mars-1' })), 'InvalidRegionId.NotFound', 404);
    });
  });
}
