'use strict';
// The instance status machine through @alicloud/ecs20140526: StopInstance(s), StartInstance(s), RebootInstance(s),
// DescribeInstanceStatus (polled as Terraform's waiters poll), DescribeInstanceAttribute, ModifyInstanceAttribute and
// DeleteInstance's status and DeletionProtection rules, every answer checked against the SDK's response model.
const { describe, it } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, Vpc, modes, regionId, ecs, vpc, call, rejects } = require('./support/sdk');

const zoneId = 'cn-hangzhou-h';
const imageId = 'aliyun_3_x64_20G_alibase_20240819.vhd';

for (const mode of modes) {
  describe(`Instance lifecycle (${mode.name})`, () => {
    const alice = ecs('alice', mode);
    const aliceVpc = vpc('alice', mode);

    async function instance() {
      const { vpcId } = await call(aliceVpc, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16' });
      const { vSwitchId } = await call(aliceVpc, Vpc.CreateVSwitchRequest, { regionId, vpcId, zoneId, cidrBlock: '10.0.1.0/24' });
      const { securityGroupId } = await call(alice, Ecs.CreateSecurityGroupRequest, { regionId, vpcId });
      const run = await call(alice, Ecs.RunInstancesRequest, { regionId, vSwitchId, imageId, instanceType: 'ecs.g7.large', securityGroupId });
      return { vpcId, vSwitchId, securityGroupId, instanceId: run.instanceIdSets.instanceIdSet[0] };
    }

    async function status(instanceId) {
      const body = await call(alice, Ecs.DescribeInstanceStatusRequest, { regionId, instanceId: [instanceId] });
      assert.equal(body.instanceStatuses.instanceStatus.length, 1);
      return body.instanceStatuses.instanceStatus[0].status;
    }

    async function waitFor(instanceId, wanted) {
      const deadline = Date.now() + 60_000;
      while ((await status(instanceId)) !== wanted) {
        assert.ok(Date.now() < deadline, `${instanceId} did not reach ${wanted}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }

    it('stops, starts and reboots an instance as waiters see it', async () => {
      const { instanceId } = await instance();
      assert.equal(await status(instanceId), 'Running');
      await call(alice, Ecs.StopInstanceRequest, { instanceId });
      await waitFor(instanceId, 'Stopped');
      await rejects(alice.startInstances(new Ecs.StartInstancesRequest({ regionId, instanceId: [instanceId], dryRun: true })), 'DryRunOperation', 400);
      const started = await call(alice, Ecs.StartInstancesRequest, { regionId, instanceId: [instanceId] });
      assert.equal(started.instanceResponses.instanceResponse[0].previousStatus, 'Stopped');
      await waitFor(instanceId, 'Running');
      await call(alice, Ecs.RebootInstanceRequest, { instanceId });
      await waitFor(instanceId, 'Running');
      await rejects(alice.startInstance(new Ecs.StartInstanceRequest({ instanceId })), 'IncorrectInstanceStatus', 403);
      const stopped = await call(alice, Ecs.StopInstancesRequest, { regionId, instanceId: [instanceId], batchOptimization: 'SuccessFirst' });
      assert.equal(stopped.instanceResponses.instanceResponse[0].code, '200');
      await waitFor(instanceId, 'Stopped');
      await call(alice, Ecs.DeleteInstanceRequest, { instanceId });
    });

    it('ModifyInstanceAttribute and DescribeInstanceAttribute; DeletionProtection holds against Force', async () => {
      const net = await instance();
      const { securityGroupId: other } = await call(alice, Ecs.CreateSecurityGroupRequest, { regionId, vpcId: net.vpcId });
      await call(alice, Ecs.ModifyInstanceAttributeRequest, { instanceId: net.instanceId, instanceName: 'renamed', description: 'new words', deletionProtection: true,
        securityGroupIds: [other] });
      const a = await call(alice, Ecs.DescribeInstanceAttributeRequest, { instanceId: net.instanceId });
      assert.equal(a.instanceName, 'renamed');
      assert.equal(a.description, 'new words');
      assert.equal(a.status, 'Running');
      assert.deepEqual(a.securityGroupIds.securityGroupId, [other]);
      assert.equal(a.vpcAttributes.vpcId, net.vpcId);
      assert.equal(a.vpcAttributes.vSwitchId, net.vSwitchId);
      await rejects(alice.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId: net.instanceId, force: true })), 'InvalidOperation.DeletionProtection', 403);
      await call(alice, Ecs.ModifyInstanceAttributeRequest, { instanceId: net.instanceId, deletionProtection: false });
      await call(alice, Ecs.DeleteInstanceRequest, { instanceId: net.instanceId, force: true });
    });
  });
}
