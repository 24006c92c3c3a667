'use strict';
// Instances through the official SDK: RunInstances, DescribeInstances, DeleteInstance, DeleteInstances and
// Join/LeaveSecurityGroup by instance, in both signature modes, success and error paths, answers checked field by field.
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, Vpc, modes, regionId, ecs, vpc, call, rejects, unique } = require('./support/sdk');

const zoneId = 'cn-hangzhou-h';
const imageId = 'aliyun_3_x64_20G_alibase_20240819.vhd';
const instanceType = 'ecs.g7.large';

async function network(tenant, mode) {
  const v = vpc(tenant, mode);
  const e = ecs(tenant, mode);
  const vpcId = (await call(v, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16' })).vpcId;
  const vSwitchId = (await call(v, Vpc.CreateVSwitchRequest, { regionId, vpcId, zoneId, cidrBlock: '10.0.1.0/24' })).vSwitchId;
  const group = async (name) => (await call(e, Ecs.CreateSecurityGroupRequest, { regionId, vpcId, securityGroupName: name })).securityGroupId;
  return { client: e, vpcId, vSwitchId, web: await group('web'), admin: await group('admin') };
}

function runRequest(net, fields = {}) {
  return new Ecs.RunInstancesRequest({ regionId, vSwitchId: net.vSwitchId, imageId, instanceType, securityGroupId: net.web, ...fields });
}

async function run(net, fields = {}) {
  const body = await call(net.client, Ecs.RunInstancesRequest, { regionId, vSwitchId: net.vSwitchId, imageId, instanceType, securityGroupId: net.web, ...fields });
  return body.instanceIdSets.instanceIdSet;
}

async function describeOne(net, instanceId) {
  const body = await call(net.client, Ecs.DescribeInstancesRequest, { regionId, instanceIds: JSON.stringify([instanceId]) });
  assert.equal(body.instances.instance.length, 1);
  return body.instances.instance[0];
}

for (const mode of modes) {
  describe(`instances (${mode.name})`, () => {
    let net;
    let bob;
    before(async () => {
      net = await network('alice', mode);
      bob = ecs('bob', mode);
    });

    it('RunInstances launches one instance and DescribeInstances shows it field by field', async () => {
      const [instanceId] = await run(net, {
        instanceName: 'web-1', hostName: 'web-host', description: 'web server', privateIpAddress: '10.0.1.20', zoneId,
        resourceGroupId: 'rg-sdk', clientToken: unique('run'), tag: [new Ecs.RunInstancesRequestTag({ key: 'env', value: 'sdk' })],
      });
      assert.match(instanceId, /^i-[a-z0-9]{20}$/);

      const item = await describeOne(net, instanceId);
      assert.equal(item.instanceId, instanceId);
      assert.equal(item.instanceName, 'web-1');
      assert.equal(item.hostName, 'web-host');
      assert.equal(item.description, 'web server');
      assert.equal(item.regionId, regionId);
      assert.equal(item.zoneId, zoneId);
      assert.equal(item.status, 'Running');
      assert.equal(item.instanceType, instanceType);
      assert.equal(item.instanceTypeFamily, 'ecs.g7');
      assert.equal(item.imageId, imageId);
      assert.match(item.creationTime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/);
      assert.equal(item.startTime, item.creationTime);
      assert.equal(item.instanceNetworkType, 'vpc');
      assert.equal(item.instanceChargeType, 'PostPaid');
      assert.equal(item.resourceGroupId, 'rg-sdk');
      assert.deepEqual(item.securityGroupIds.securityGroupId, [net.web]);
      assert.equal(item.vpcAttributes.vpcId, net.vpcId);
      assert.equal(item.vpcAttributes.vSwitchId, net.vSwitchId);
      assert.deepEqual(item.vpcAttributes.privateIpAddress.ipAddress, ['10.0.1.20']);
      assert.equal(item.networkInterfaces.networkInterface.length, 1);
      const eni = item.networkInterfaces.networkInterface[0];
      assert.match(eni.networkInterfaceId, /^eni-/);
      assert.equal(eni.type, 'Primary');
      assert.equal(eni.primaryIpAddress, '10.0.1.20');
      assert.match(eni.macAddress, /^00:16:3e:/);
      assert.deepEqual(eni.privateIpSets.privateIpSet.map((s) => [s.privateIpAddress, s.primary]), [['10.0.1.20', true]]);
      assert.deepEqual(eni.ipv6Sets.ipv6Set, []);
      assert.deepEqual(item.publicIpAddress.ipAddress, []);
      assert.deepEqual(item.innerIpAddress.ipAddress, []);
      assert.deepEqual(item.operationLocks.lockReason, []);
      assert.deepEqual(item.tags.tag.map((t) => [t.tagKey, t.tagValue]), [['env', 'sdk']]);
      assert.equal(item.cpu, undefined);
    });

    it('RunInstances with Amount numbers names and addresses', async () => {
      const ids = await run(net, { amount: 2, privateIpAddress: '10.0.1.40', instanceName: 'node-[1,2]', hostName: 'node', uniqueSuffix: true });
      assert.equal(ids.length, 2);
      const items = await Promise.all(ids.map((id) => describeOne(net, id)));
      assert.deepEqual(items.map((i) => i.instanceName), ['node-01', 'node-02']);
      assert.deepEqual(items.map((i) => i.hostName), ['node001', 'node002']);
      assert.deepEqual(items.map((i) => i.vpcAttributes.privateIpAddress.ipAddress[0]), ['10.0.1.40', '10.0.1.41']);
      assert.deepEqual(items.map((i) => i.securityGroupIds.securityGroupId), [[net.web], [net.web]]);
    });

    it('RunInstances creates and attaches the secondary ENIs NetworkInterface.N asks for', async () => {
      const [instanceId] = await run(net, {
        securityGroupId: undefined,
        networkInterface: [
          new Ecs.RunInstancesRequestNetworkInterface({ instanceType: 'Primary', vSwitchId: net.vSwitchId, securityGroupIds: [net.web], primaryIpAddress: '10.0.1.50' }),
          new Ecs.RunInstancesRequestNetworkInterface({ instanceType: 'Secondary', securityGroupId: net.admin, networkInterfaceName: 'admin-eni', primaryIpAddress: '10.0.1.51' }),
        ],
      });
      const item = await describeOne(net, instanceId);
      assert.deepEqual(item.networkInterfaces.networkInterface.map((e) => [e.type, e.primaryIpAddress]), [['Primary', '10.0.1.50'], ['Secondary', '10.0.1.51']]);
      const secondaryId = item.networkInterfaces.networkInterface[1].networkInterfaceId;
      const secondary = (await call(net.client, Ecs.DescribeNetworkInterfacesRequest, { regionId, networkInterfaceId: [secondaryId] })).networkInterfaceSets.networkInterfaceSet[0];
      assert.equal(secondary.networkInterfaceName, 'admin-eni');
      assert.equal(secondary.deleteOnRelease, true);
      assert.deepEqual(secondary.securityGroupIds.securityGroupId, [net.admin]);
    });

    it('RunInstances refuses bad requests and makes nothing', async () => {
      const before = (await call(net.client, Ecs.DescribeInstancesRequest, { regionId, vpcId: net.vpcId, pageSize: 100 })).totalCount;
      await rejects(net.client.runInstances(runRequest(net, { imageId: undefined })), 'MissingParameter', 400);
      // A security group is required without a launch template, as the SDK documents it (no default group on this path).
      await rejects(net.client.runInstances(runRequest(net, { securityGroupId: undefined })), 'MissingParameter', 400);
      await rejects(net.client.runInstances(runRequest(net, { instanceType: 'huge' })), 'InvalidInstanceType.ValueNotSupported', 400);
      await rejects(net.client.runInstances(runRequest(net, { launchTemplateId: 'lt-1' })), 'InvalidLaunchTemplate.NotFound', 404);
      await rejects(net.client.runInstances(runRequest(net, { amount: 0 })), 'InvalidAmount.Malformed', 400);
      await rejects(net.client.runInstances(runRequest(net, { securityGroupIds: [net.admin] })), 'InvalidParameter.Conflict', 400);
      await rejects(net.client.runInstances(runRequest(net, { instanceName: '1st' })), 'InvalidInstanceName.Malformed', 400);
      await rejects(net.client.runInstances(runRequest(net, { privateIpAddress: '10.0.2.1' })), 'InvalidVSwitchId.IpInvalid', 403);
      await rejects(net.client.runInstances(runRequest(net, { securityGroupId: 'sg-missing00000000000' })), 'InvalidSecurityGroupId.NotFound', 404);
      await rejects(net.client.runInstances(runRequest(net, { vSwitchId: 'vsw-missing0000000000000' })), 'InvalidVSwitchId.NotFound', 404);
      await rejects(net.client.runInstances(runRequest(net, { dryRun: true })), 'DryRunOperation', 400);
      await rejects(bob.runInstances(runRequest(net)), 'InvalidVSwitchId.NotFound', 404);
      const after = (await call(net.client, Ecs.DescribeInstancesRequest, { regionId, vpcId: net.vpcId, pageSize: 100 })).totalCount;
      assert.equal(after, before);
    });

    it('DescribeInstances filters, pages and hides other tenants', async () => {
      const [tagged] = await run(net, { instanceName: 'tagged-one', securityGroupId: net.admin, tag: [new Ecs.RunInstancesRequestTag({ key: 'tier', value: 'admin' })] });
      const find = async (fields) => (await call(net.client, Ecs.DescribeInstancesRequest, { regionId, vpcId: net.vpcId, pageSize: 100, ...fields }))
        .instances.instance.map((i) => i.instanceId);
      assert.deepEqual(await find({ securityGroupId: net.admin }), [tagged]);
      assert.deepEqual(await find({ instanceName: 'tagged-*' }), [tagged]);
      assert.deepEqual(await find({ tag: [new Ecs.DescribeInstancesRequestTag({ key: 'tier', value: 'admin' })] }), [tagged]);
      const address = (await describeOne(net, tagged)).vpcAttributes.privateIpAddress.ipAddress[0];
      assert.deepEqual(await find({ privateIpAddresses: JSON.stringify([address]) }), [tagged]);
      assert.deepEqual(await find({ status: 'Stopped' }), []);
      assert.ok((await find({ status: 'Running', instanceNetworkType: 'vpc', zoneId, vSwitchId: net.vSwitchId })).includes(tagged));

      const all = await find({});
      const first = await call(net.client, Ecs.DescribeInstancesRequest, { regionId, vpcId: net.vpcId, maxResults: 10 });
      assert.equal(first.totalCount, undefined);
      const walked = first.instances.instance.map((i) => i.instanceId);
      let token = first.nextToken;
      while (token) {
        const next = await call(net.client, Ecs.DescribeInstancesRequest, { regionId, vpcId: net.vpcId, maxResults: 10, nextToken: token });
        walked.push(...next.instances.instance.map((i) => i.instanceId));
        token = next.nextToken;
      }
      assert.deepEqual(walked, all);
      const paged = await call(net.client, Ecs.DescribeInstancesRequest, { regionId, vpcId: net.vpcId, pageNumber: 1, pageSize: 2 });
      assert.equal(paged.totalCount, all.length);
      assert.equal(paged.pageSize, 2);
      assert.deepEqual(paged.instances.instance.map((i) => i.instanceId), all.slice(0, 2));

      await rejects(net.client.describeInstances(new Ecs.DescribeInstancesRequest({ regionId, instanceIds: 'i-1' })), 'InvalidInstanceIds.Malformed', 400);
      await rejects(net.client.describeInstances(new Ecs.DescribeInstancesRequest({ regionId, status: 'Sleeping' })), 'InvalidStatus.Malformed', 400);
      await rejects(net.client.describeInstances(new Ecs.DescribeInstancesRequest({ regionId, dryRun: true })), 'DryRunOperation', 400);
      const seen = await call(bob, Ecs.DescribeInstancesRequest, { regionId, instanceIds: JSON.stringify([tagged]) });
      assert.deepEqual(seen.instances.instance, []);
    });

    it('JoinSecurityGroup and LeaveSecurityGroup by instance', async () => {
      const [instanceId] = await run(net);
      await call(net.client, Ecs.JoinSecurityGroupRequest, { instanceId, securityGroupId: net.admin });
      assert.deepEqual((await describeOne(net, instanceId)).securityGroupIds.securityGroupId, [net.web, net.admin]);
      await rejects(net.client.joinSecurityGroup(new Ecs.JoinSecurityGroupRequest({ instanceId, securityGroupId: net.admin })), 'InvalidInstanceId.AlreadyExists', 403);
      await call(net.client, Ecs.LeaveSecurityGroupRequest, { regionId, instanceId, securityGroupId: net.web });
      assert.deepEqual((await describeOne(net, instanceId)).securityGroupIds.securityGroupId, [net.admin]);
      await rejects(net.client.leaveSecurityGroup(new Ecs.LeaveSecurityGroupRequest({ instanceId, securityGroupId: net.admin })), 'InstanceLastSecurityGroup', 403);
      await rejects(net.client.leaveSecurityGroup(new Ecs.LeaveSecurityGroupRequest({ instanceId, securityGroupId: net.web })), 'InstanceNotInSecurityGroup', 403);
      await rejects(net.client.joinSecurityGroup(new Ecs.JoinSecurityGroupRequest({ instanceId, securityGroupId: 'sg-missing00000000000' })), 'InvalidSecurityGroupId.NotFound', 404);
      await rejects(net.client.joinSecurityGroup(new Ecs.JoinSecurityGroupRequest({ securityGroupId: net.web })), 'MissingInstanceId', 400);
      await rejects(bob.joinSecurityGroup(new Ecs.JoinSecurityGroupRequest({ instanceId, securityGroupId: net.web })), 'InvalidInstanceId.NotFound', 404);
    });

    it('DeleteInstance needs Force for a Running instance and frees its address', async () => {
      const [instanceId] = await run(net, { privateIpAddress: '10.0.1.70' });
      await rejects(net.client.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId })), 'IncorrectInstanceStatus', 403);
      await rejects(net.client.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId, force: true, dryRun: true })), 'DryRunOperation', 400);
      await rejects(bob.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId, force: true })), 'InvalidInstanceId.NotFound', 404);
      await call(net.client, Ecs.DeleteInstanceRequest, { instanceId, force: true });
      const gone = await call(net.client, Ecs.DescribeInstancesRequest, { regionId, instanceIds: JSON.stringify([instanceId]) });
      assert.deepEqual(gone.instances.instance, []);
      await rejects(net.client.deleteInstance(new Ecs.DeleteInstanceRequest({ instanceId, force: true })), 'InvalidInstanceId.NotFound', 404);
      assert.equal((await run(net, { privateIpAddress: '10.0.1.70' })).length, 1);
    });

    it('DeleteInstances deletes all or none', async () => {
      const ids = await run(net, { amount: 2 });
      await rejects(net.client.deleteInstances(new Ecs.DeleteInstancesRequest({ regionId, instanceId: ids })), 'IncorrectInstanceStatus', 403);
      await rejects(net.client.deleteInstances(new Ecs.DeleteInstancesRequest({ regionId, instanceId: [...ids, 'i-missing00000000000000'], force: true })), 'InvalidInstanceId.NotFound', 404);
      await rejects(net.client.deleteInstances(new Ecs.DeleteInstancesRequest({ regionId, instanceId: ids, force: true, dryRun: true })), 'DRYRUN.SUCCESS', 400);
      await rejects(bob.deleteInstances(new Ecs.DeleteInstancesRequest({ regionId, instanceId: ids, force: true })), 'InvalidInstanceId.NotFound', 404);
      assert.equal((await call(net.client, Ecs.DescribeInstancesRequest, { regionId, instanceIds: JSON.stringify(ids) })).instances.instance.length, 2);
      await call(net.client, Ecs.DeleteInstancesRequest, { regionId, instanceId: ids, force: true, clientToken: unique('delete') });
      assert.deepEqual((await call(net.client, Ecs.DescribeInstancesRequest, { regionId, instanceIds: JSON.stringify(ids) })).instances.instance, []);
    });
  });
}
