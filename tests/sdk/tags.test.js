'use strict';
// Tags after creation through the official SDKs: ECS TagResources / UntagResources / ListTagResources on security
// groups, ENIs, instances and prefix lists; VPC TagResources / UnTagResources / ListTagResources on VPCs and vSwitches.
// Every answer is checked against the SDK's response model; tags agree with the Describe* answers.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, Vpc, modes, regionId, ecs, vpc, call, rejects, unique } = require('./support/sdk');

const zoneId = 'cn-hangzhou-h';
const imageId = 'aliyun_3_x64_20G_alibase_20240819.vhd';

for (const mode of modes) {
  describe(`Tags (${mode.name})`, () => {
    const alice = ecs('alice', mode);
    const aliceVpc = vpc('alice', mode);
    const bob = ecs('bob', mode);

    async function network() {
      const { vpcId } = await call(aliceVpc, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16' });
      const { vSwitchId } = await call(aliceVpc, Vpc.CreateVSwitchRequest, { regionId, vpcId, zoneId, cidrBlock: '10.0.1.0/24' });
      const { securityGroupId } = await call(alice, Ecs.CreateSecurityGroupRequest, {
        regionId, vpcId, tag: [new Ecs.CreateSecurityGroupRequestTag({ key: 'made', value: 'at-creation' })] });
      return { vpcId, vSwitchId, securityGroupId };
    }

    const list = async (resourceType, resourceId) => (await call(alice, Ecs.ListTagResourcesRequest, { regionId, resourceType, resourceId: [resourceId] }))
      .tagResources.tagResource.map((t) => [t.resourceId, t.resourceType, t.tagKey, t.tagValue]);

    it('TagResources and UntagResources change the tags ListTagResources and Describe* show', async () => {
      const net = await network();
      const team = unique('team');
      await call(alice, Ecs.TagResourcesRequest, { regionId, resourceType: 'securitygroup', resourceId: [net.securityGroupId],
        tag: [new Ecs.TagResourcesRequestTag({ key: 'team', value: team }), new Ecs.TagResourcesRequestTag({ key: 'env', value: 'prod' })] });
      assert.deepEqual(await list('securitygroup', net.securityGroupId), [
        [net.securityGroupId, 'securitygroup', 'env', 'prod'],
        [net.securityGroupId, 'securitygroup', 'made', 'at-creation'],
        [net.securityGroupId, 'securitygroup', 'team', team],
      ]);
      const groups = await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, tag: [new Ecs.DescribeSecurityGroupsRequestTag({ key: 'team', value: team })] });
      assert.deepEqual(groups.securityGroups.securityGroup.map((g) => g.securityGroupId), [net.securityGroupId]);

      await call(alice, Ecs.UntagResourcesRequest, { regionId, resourceType: 'securitygroup', resourceId: [net.securityGroupId], tagKey: ['made', 'env'] });
      assert.deepEqual(await list('securitygroup', net.securityGroupId), [[net.securityGroupId, 'securitygroup', 'team', team]]);
      await call(alice, Ecs.UntagResourcesRequest, { regionId, resourceType: 'securitygroup', resourceId: [net.securityGroupId], all: true });
      assert.deepEqual(await list('securitygroup', net.securityGroupId), []);
    });

    it('ENIs, instances and prefix lists take tags too; ListTagResources finds them by tag', async () => {
      const net = await network();
      const { networkInterfaceId } = await call(alice, Ecs.CreateNetworkInterfaceRequest, { regionId, vSwitchId: net.vSwitchId, securityGroupId: net.securityGroupId });
      const run = await call(alice, Ecs.RunInstancesRequest, { regionId, vSwitchId: net.vSwitchId, imageId, instanceType: 'ecs.g7.large', securityGroupId: net.securityGroupId });
      const instanceId = run.instanceIdSets.instanceIdSet[0];
      const { prefixListId } = await call(alice, Ecs.CreatePrefixListRequest, { regionId, prefixListName: 'offices', addressFamily: 'IPv4', maxEntries: 5 });
      const marker = unique('m');
      for (const [resourceType, id] of [['eni', networkInterfaceId], ['instance', instanceId], ['prefixlist', prefixListId]]) {
        await call(alice, Ecs.TagResourcesRequest, { regionId, resourceType, resourceId: [id], tag: [new Ecs.TagResourcesRequestTag({ key: 'marker', value: marker })] });
        assert.deepEqual(await list(resourceType, id), [[id, resourceType, 'marker', marker]]);
      }
      const byTag = await call(alice, Ecs.ListTagResourcesRequest, { regionId, resourceType: 'instance', tag: [new Ecs.ListTagResourcesRequestTag({ key: 'marker', value: marker })] });
      assert.deepEqual(byTag.tagResources.tagResource.map((t) => t.resourceId), [instanceId]);
      const eni = await call(alice, Ecs.DescribeNetworkInterfacesRequest, { regionId, networkInterfaceId: [networkInterfaceId] });
      assert.deepEqual(eni.networkInterfaceSets.networkInterfaceSet[0].tags.tag.map((t) => [t.tagKey, t.tagValue]), [['marker', marker]]);
    });

    it('refuses a 21st tag, reserved prefixes, unknown types and other tenants, changing nothing', async () => {
      const net = await network();
      const tags = (n, prefix = 'k') => Array.from({ length: n }, (_, i) => new Ecs.TagResourcesRequestTag({ key: `${prefix}${i}`, value: 'v' }));
      const tag = (resourceType, resourceId, t, client = alice) => client.tagResources(new Ecs.TagResourcesRequest({ regionId, resourceType, resourceId: [resourceId], tag: t }));
      await rejects(tag('securitygroup', net.securityGroupId, tags(20)), 'OperationDenied.QuotaExceed', 403);
      await rejects(tag('securitygroup', net.securityGroupId, [new Ecs.TagResourcesRequestTag({ key: 'aliyun-x', value: 'v' })]), 'InvalidTagKey.Malformed', 400);
      await rejects(tag('securitygroup', net.securityGroupId, [new Ecs.TagResourcesRequestTag({ key: 'acs:x', value: 'v' })]), 'InvalidTagKey.Malformed', 400);
      await rejects(tag('disk', net.securityGroupId, tags(1)), 'InvalidResourceType.NotFound', 404);
      await rejects(tag('securitygroup', net.securityGroupId, tags(1), bob), 'InvalidResourceId.NotFound', 404);
      assert.deepEqual(await list('securitygroup', net.securityGroupId), [[net.securityGroupId, 'securitygroup', 'made', 'at-creation']]);
    });

    it('VPC TagResources / UnTagResources / ListTagResources tag VPCs and vSwitches', async () => {
      const net = await network();
      const team = unique('team');
      await call(aliceVpc, Vpc.TagResourcesRequest, { regionId, resourceType: 'VPC', resourceId: [net.vpcId],
        tag: [new Vpc.TagResourcesRequestTag({ key: 'team', value: team }), new Vpc.TagResourcesRequestTag({ key: 'gone', value: 'soon' })] });
      await call(aliceVpc, Vpc.TagResourcesRequest, { regionId, resourceType: 'VSWITCH', resourceId: [net.vSwitchId], tag: [new Vpc.TagResourcesRequestTag({ key: 'team', value: team })] });
      await call(aliceVpc, Vpc.UnTagResourcesRequest, { regionId, resourceType: 'VPC', resourceId: [net.vpcId], tagKey: ['gone'] });
      const listed = await call(aliceVpc, Vpc.ListTagResourcesRequest, { regionId, resourceType: 'VPC', resourceId: [net.vpcId] });
      assert.deepEqual(listed.tagResources.tagResource.map((t) => [t.resourceId, t.resourceType, t.tagKey, t.tagValue]), [[net.vpcId, 'VPC', 'team', team]]);
      const vpcs = await call(aliceVpc, Vpc.DescribeVpcsRequest, { regionId, tag: [new Vpc.DescribeVpcsRequestTag({ key: 'team', value: team })] });
      assert.deepEqual(vpcs.vpcs.vpc.map((v) => v.vpcId), [net.vpcId]);
      const vSwitch = await call(aliceVpc, Vpc.DescribeVSwitchAttributesRequest, { regionId, vSwitchId: net.vSwitchId });
      assert.deepEqual(vSwitch.tags.tag.map((t) => [t.key, t.value]), [['team', team]]);
      await rejects(aliceVpc.tagResources(new Vpc.TagResourcesRequest({ regionId, resourceType: 'EIP', resourceId: [net.vpcId], tag: [new Vpc.TagResourcesRequestTag({ key: 'a', value: 'b' })] })),
        'InvalidResourceType.NotFound', 404);
    });
  });
}
