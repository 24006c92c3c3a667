'use strict';
// The VPC actions under ECS's version through @alicloud/ecs20140526 (CreateVpc, DescribeVpcs, CreateVSwitch,
// DescribeVSwitches, ModifyVpcAttribute, ModifyVSwitchAttribute, DeleteVSwitch, DeleteVpc), as older scripts call them;
// every answer checked against ECS's response models.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, modes, regionId, ecs, call, rejects, unique } = require('./support/sdk');

const zoneId = 'cn-hangzhou-h';

for (const mode of modes) {
  describe(`VPCs under ECS's version (${mode.name})`, () => {
    const alice = ecs('alice', mode);

    it('creates, describes, modifies and deletes a VPC and a vSwitch', async () => {
      const name = unique('ecs');
      const created = await call(alice, Ecs.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16', vpcName: name });
      assert.equal(created.VRouterId, `vrt-${created.vpcId.slice(4)}`);
      const { vSwitchId } = await call(alice, Ecs.CreateVSwitchRequest, { regionId, vpcId: created.vpcId, zoneId, cidrBlock: '10.0.1.0/24' });
      await call(alice, Ecs.ModifyVpcAttributeRequest, { regionId, vpcId: created.vpcId, description: 'old script' });
      await call(alice, Ecs.ModifyVSwitchAttributeRequest, { regionId, vSwitchId, vSwitchName: 'sw' });
      const vpcs = await call(alice, Ecs.DescribeVpcsRequest, { regionId, vpcId: created.vpcId });
      assert.equal(vpcs.vpcs.vpc[0].vpcName, name);
      assert.equal(vpcs.vpcs.vpc[0].description, 'old script');
      assert.deepEqual(vpcs.vpcs.vpc[0].vSwitchIds.vSwitchId, [vSwitchId]);
      const vSwitches = await call(alice, Ecs.DescribeVSwitchesRequest, { regionId, vpcId: created.vpcId });
      assert.equal(vSwitches.vSwitches.vSwitch[0].vSwitchName, 'sw');
      assert.equal(vSwitches.vSwitches.vSwitch[0].zoneId, zoneId);
      await rejects(alice.deleteVpc(new Ecs.DeleteVpcRequest({ regionId, vpcId: created.vpcId })), 'DependencyViolation.VSwitch', 400);
      await call(alice, Ecs.DeleteVSwitchRequest, { regionId, vSwitchId });
      await call(alice, Ecs.DeleteVpcRequest, { regionId, vpcId: created.vpcId });
    });
  });
}
