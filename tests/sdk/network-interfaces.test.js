'use strict';
// ENIs through the official SDK: CreateNetworkInterface, DeleteNetworkInterface, Attach/DetachNetworkInterface,
// DescribeNetworkInterfaces, ModifyNetworkInterfaceAttribute, Assign/UnassignPrivateIpAddresses, Join/LeaveSecurityGroup
// (by ENI), in both signature modes, success and error paths, answers checked field by field.
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, Vpc, modes, tenants, regionId, ecs, vpc, call, rejects, unique } = require('./support/sdk');

const zoneId = 'cn-hangzhou-h';

/** A fresh VPC (10.0.0.0/16), vSwitch (10.0.1.0/24) and two groups for one tenant. */
async function network(tenant, mode) {
  const v = vpc(tenant, mode);
  const e = ecs(tenant, mode);
  const vpcId = (await call(v, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16', enableIpv6: true })).vpcId;
  const vSwitchId = (await call(v, Vpc.CreateVSwitchRequest, { regionId, vpcId, zoneId, cidrBlock: '10.0.1.0/24', ipv6CidrBlock: 1 })).vSwitchId;
  const described = await call(v, Vpc.DescribeVSwitchesRequest, { regionId, vSwitchId });
  const block = described.vSwitches.vSwitch[0].ipv6CidrBlock; // e.g. 2408:4000:0:101::/64
  const group = async (name) => (await call(e, Ecs.CreateSecurityGroupRequest, { regionId, vpcId, securityGroupName: name })).securityGroupId;
  return { client: e, vpcId, vSwitchId, ipv6: (host) => block.replace('::/64', `::${host}`), web: await group('web'), db: await group('db') };
}

async function createEni(net, fields = {}) {
  return call(net.client, Ecs.CreateNetworkInterfaceRequest, { regionId, vSwitchId: net.vSwitchId, securityGroupIds: [net.web], ...fields });
}

async function describeOne(net, networkInterfaceId) {
  const body = await call(net.client, Ecs.DescribeNetworkInterfacesRequest, { regionId, networkInterfaceId: [networkInterfaceId] });
  assert.equal(body.networkInterfaceSets.networkInterfaceSet.length, 1);
  return body.networkInterfaceSets.networkInterfaceSet[0];
}

async function runInstance(net, fields = {}) {
  const body = await call(net.client, Ecs.RunInstancesRequest, {
    regionId, vSwitchId: net.vSwitchId, imageId: 'aliyun_3_x64_20G_alibase_20240819.vhd', instanceType: 'ecs.g7.large', securityGroupId: net.web, ...fields,
  });
  return body.instanceIdSets.instanceIdSet[0];
}

for (const mode of modes) {
  describe(`network interfaces (${mode.name})`, () => {
    let net;
    let bob;
    before(async () => {
      net = await network('alice', mode);
      bob = ecs('bob', mode);
    });

    it('CreateNetworkInterface answers the new ENI field by field', async () => {
      const name = unique('eni').replace(/-/g, '_');
      const body = await createEni(net, {
        securityGroupIds: [net.web, net.db], primaryIpAddress: '10.0.1.10', privateIpAddress: ['10.0.1.11'], ipv6Address: [net.ipv6('a')],
        networkInterfaceName: name, description: 'web tier', resourceGroupId: 'rg-sdk', deleteOnRelease: false, instanceType: 'Secondary',
        tag: [new Ecs.CreateNetworkInterfaceRequestTag({ key: 'env', value: 'sdk' })], clientToken: unique('token'),
      });
      assert.match(body.networkInterfaceId, /^eni-[a-z0-9]{20}$/);
      assert.equal(body.networkInterfaceName, name);
      assert.equal(body.description, 'web tier');
      assert.equal(body.status, 'Available');
      assert.equal(body.type, 'Secondary');
      assert.equal(body.vpcId, net.vpcId);
      assert.equal(body.vSwitchId, net.vSwitchId);
      assert.equal(body.zoneId, zoneId);
      assert.equal(body.privateIpAddress, '10.0.1.10');
      assert.match(body.macAddress, /^00:16:3e:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}$/);
      assert.equal(body.ownerId, tenants.alice.accountId);
      assert.equal(body.resourceGroupId, 'rg-sdk');
      assert.equal(body.serviceManaged, false);
      assert.deepEqual(body.securityGroupIds.securityGroupId, [net.web, net.db]);
      assert.deepEqual(body.privateIpSets.privateIpSet.map((s) => [s.privateIpAddress, s.primary]), [['10.0.1.10', true], ['10.0.1.11', false]]);
      assert.deepEqual(body.ipv6Sets.ipv6Set.map((s) => s.ipv6Address), [net.ipv6('a')]);
      assert.deepEqual(body.tags.tag.map((t) => [t.tagKey, t.tagValue]), [['env', 'sdk']]);
    });

    it('CreateNetworkInterface with a secondary count takes free addresses', async () => {
      const body = await createEni(net, { securityGroupIds: undefined, securityGroupId: net.db, secondaryPrivateIpAddressCount: 2 });
      assert.equal(body.privateIpSets.privateIpSet.length, 3);
      assert.equal(new Set(body.privateIpSets.privateIpSet.map((s) => s.privateIpAddress)).size, 3);
      assert.deepEqual(body.securityGroupIds.securityGroupId, [net.db]);
    });

    it('CreateNetworkInterface refuses bad requests with ECS codes', async () => {
      const create = (fields) => net.client.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId, vSwitchId: net.vSwitchId, securityGroupId: net.web, ...fields }));
      await rejects(net.client.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId, vSwitchId: net.vSwitchId })), 'MissingSecurityGroupId', 400);
      await rejects(create({ securityGroupIds: [net.db] }), 'InvalidParameter.Conflict', 400);
      await rejects(create({ primaryIpAddress: '10.0.1.999' }), 'InvalidPrimaryIpAddress.Malformed', 400);
      await rejects(create({ privateIpAddress: ['10.0.1.20'], secondaryPrivateIpAddressCount: 1 }), 'InvalidParameter.Conflict', 400);
      await rejects(create({ networkInterfaceName: '1st' }), 'InvalidNetworkInterfaceName.Malformed', 400);
      await rejects(create({ instanceType: 'Trunk' }), 'UnsupportedParameter', 400);
      await rejects(create({ ipv6Address: ['2001:db8::1'] }), 'InvalidVSwitchId.IpInvalid', 403);
      await rejects(create({ vSwitchId: 'vsw-missing0000000000000' }), 'InvalidVSwitchId.NotFound', 404);
      await rejects(create({ securityGroupId: 'sg-missing00000000000' }), 'InvalidSecurityGroupId.NotFound', 404);
      await rejects(create({ primaryIpAddress: '10.0.9.1' }), 'InvalidVSwitchId.IpInvalid', 403);
      await rejects(bob.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId, vSwitchId: net.vSwitchId, securityGroupId: net.web })), 'InvalidVSwitchId.NotFound', 404);
    });

    it('DescribeNetworkInterfaces shows an attached ENI field by field and filters', async () => {
      const instanceId = await runInstance(net);
      const eni = (await createEni(net, { networkInterfaceName: 'described', privateIpAddress: ['10.0.1.31'], tag: [new Ecs.CreateNetworkInterfaceRequestTag({ key: 'role', value: 'data' })] })).networkInterfaceId;
      await call(net.client, Ecs.AttachNetworkInterfaceRequest, { regionId, instanceId, networkInterfaceId: eni });

      const set = await describeOne(net, eni);
      assert.equal(set.networkInterfaceId, eni);
      assert.equal(set.networkInterfaceName, 'described');
      assert.equal(set.status, 'InUse');
      assert.equal(set.type, 'Secondary');
      assert.equal(set.instanceId, instanceId);
      assert.equal(set.attachment.instanceId, instanceId);
      assert.equal(set.vpcId, net.vpcId);
      assert.equal(set.vSwitchId, net.vSwitchId);
      assert.equal(set.zoneId, zoneId);
      assert.match(set.creationTime, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
      assert.equal(set.deleteOnRelease, false);
      assert.equal(set.ownerId, tenants.alice.accountId);
      assert.equal(set.serviceManaged, false);
      assert.deepEqual(set.securityGroupIds.securityGroupId, [net.web]);
      assert.equal(set.privateIpSets.privateIpSet[0].primary, true);
      assert.equal(set.privateIpSets.privateIpSet[0].privateIpAddress, set.privateIpAddress);
      assert.equal(set.privateIpSets.privateIpSet[1].privateIpAddress, '10.0.1.31');
      assert.deepEqual(set.ipv6Sets.ipv6Set, []);
      assert.deepEqual(set.tags.tag.map((t) => [t.tagKey, t.tagValue]), [['role', 'data']]);

      const find = async (fields) => (await call(net.client, Ecs.DescribeNetworkInterfacesRequest, { regionId, vpcId: net.vpcId, pageSize: 100, ...fields }))
        .networkInterfaceSets.networkInterfaceSet.map((s) => s.networkInterfaceId);
      assert.deepEqual(await find({ instanceId, type: 'Secondary' }), [eni]);
      assert.deepEqual(await find({ privateIpAddress: ['10.0.1.31'] }), [eni]);
      assert.deepEqual(await find({ tag: [new Ecs.DescribeNetworkInterfacesRequestTag({ key: 'role', value: 'data' })] }), [eni]);
      assert.ok((await find({ status: 'InUse' })).includes(eni));
      assert.ok(!(await find({ status: 'Available' })).includes(eni));
      const primaries = await find({ instanceId, type: 'Primary' });
      assert.equal(primaries.length, 1);
    });

    it('DescribeNetworkInterfaces pages in both styles', async () => {
      const paged = await network('alice', mode);
      const ids = [];
      for (let i = 0; i < 11; i++) ids.push((await createEni(paged)).networkInterfaceId);
      ids.sort().reverse();
      const page = await call(paged.client, Ecs.DescribeNetworkInterfacesRequest, { regionId, vpcId: paged.vpcId, pageNumber: 2, pageSize: 5 });
      assert.equal(page.totalCount, 11);
      assert.equal(page.pageNumber, 2);
      assert.equal(page.pageSize, 5);
      assert.deepEqual(page.networkInterfaceSets.networkInterfaceSet.map((s) => s.networkInterfaceId), ids.slice(5, 10));
      const first = await call(paged.client, Ecs.DescribeNetworkInterfacesRequest, { regionId, vpcId: paged.vpcId, maxResults: 10 });
      assert.equal(first.totalCount, undefined);
      assert.ok(first.nextToken);
      const rest = await call(paged.client, Ecs.DescribeNetworkInterfacesRequest, { regionId, vpcId: paged.vpcId, maxResults: 10, nextToken: first.nextToken });
      assert.deepEqual([...first.networkInterfaceSets.networkInterfaceSet, ...rest.networkInterfaceSets.networkInterfaceSet].map((s) => s.networkInterfaceId), ids);
      assert.equal(rest.nextToken, '');
    });

    it('DescribeNetworkInterfaces refuses bad filters and hides other tenants', async () => {
      await rejects(net.client.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId, status: 'Broken' })), 'InvalidStatus.Malformed', 400);
      await rejects(net.client.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId, pageSize: 1001 })), 'InvalidPageSize.Malformed', 400);
      await rejects(net.client.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({})), 'MissingRegionId', 400);
      const eni = (await createEni(net)).networkInterfaceId;
      const seen = await call(bob, Ecs.DescribeNetworkInterfacesRequest, { regionId, networkInterfaceId: [eni] });
      assert.deepEqual(seen.networkInterfaceSets.networkInterfaceSet, []);
      assert.equal(seen.totalCount, 0);
    });

    it('ModifyNetworkInterfaceAttribute replaces groups and attributes', async () => {
      const eni = (await createEni(net, { description: 'kept here' })).networkInterfaceId;
      await call(net.client, Ecs.ModifyNetworkInterfaceAttributeRequest, {
        regionId, networkInterfaceId: eni, securityGroupId: [net.db], networkInterfaceName: 'renamed', deleteOnRelease: true,
      });
      const set = await describeOne(net, eni);
      assert.deepEqual(set.securityGroupIds.securityGroupId, [net.db]);
      assert.equal(set.networkInterfaceName, 'renamed');
      assert.equal(set.description, 'kept here');
      assert.equal(set.deleteOnRelease, true);
      await rejects(net.client.modifyNetworkInterfaceAttribute(new Ecs.ModifyNetworkInterfaceAttributeRequest({ regionId, networkInterfaceId: eni, securityGroupId: ['sg-missing00000000000'] })), 'InvalidSecurityGroupId.NotFound', 404);
      await rejects(net.client.modifyNetworkInterfaceAttribute(new Ecs.ModifyNetworkInterfaceAttributeRequest({ regionId, networkInterfaceId: eni, description: 'x' })), 'InvalidDescription.Malformed', 400);
      await rejects(bob.modifyNetworkInterfaceAttribute(new Ecs.ModifyNetworkInterfaceAttributeRequest({ regionId, networkInterfaceId: eni, networkInterfaceName: 'theirs' })), 'InvalidEniId.NotFound', 404);
    });

    it('AssignPrivateIpAddresses and UnassignPrivateIpAddresses change the secondary addresses', async () => {
      const eni = (await createEni(net)).networkInterfaceId;
      const given = await call(net.client, Ecs.AssignPrivateIpAddressesRequest, { regionId, networkInterfaceId: eni, privateIpAddress: ['10.0.1.60', '10.0.1.61'] });
      assert.equal(given.assignedPrivateIpAddressesSet.networkInterfaceId, eni);
      assert.deepEqual(given.assignedPrivateIpAddressesSet.privateIpSet.privateIpAddress, ['10.0.1.60', '10.0.1.61']);
      const counted = await call(net.client, Ecs.AssignPrivateIpAddressesRequest, { regionId, networkInterfaceId: eni, secondaryPrivateIpAddressCount: 1, clientToken: unique('assign') });
      assert.equal(counted.assignedPrivateIpAddressesSet.privateIpSet.privateIpAddress.length, 1);

      await call(net.client, Ecs.UnassignPrivateIpAddressesRequest, { regionId, networkInterfaceId: eni, privateIpAddress: ['10.0.1.60'] });
      const held = (await describeOne(net, eni)).privateIpSets.privateIpSet.filter((s) => !s.primary).map((s) => s.privateIpAddress);
      assert.deepEqual(held, ['10.0.1.61', counted.assignedPrivateIpAddressesSet.privateIpSet.privateIpAddress[0]]);

      await rejects(net.client.assignPrivateIpAddresses(new Ecs.AssignPrivateIpAddressesRequest({ regionId, networkInterfaceId: eni })), 'MissingParameter', 400);
      await rejects(net.client.assignPrivateIpAddresses(new Ecs.AssignPrivateIpAddressesRequest({ regionId, networkInterfaceId: eni, privateIpAddress: ['10.0.1.61'] })), 'InvalidPrivateIpAddress.Duplicated', 400);
      await rejects(net.client.assignPrivateIpAddresses(new Ecs.AssignPrivateIpAddressesRequest({ regionId, networkInterfaceId: eni, secondaryPrivateIpAddressCount: 50 })), 'InvalidSecondaryPrivateIpAddressCount.Malformed', 400);
      await rejects(net.client.unassignPrivateIpAddresses(new Ecs.UnassignPrivateIpAddressesRequest({ regionId, networkInterfaceId: eni, privateIpAddress: ['10.0.1.60'] })), 'InvalidPrivateIpAddress.NotFound', 400);
      await rejects(bob.assignPrivateIpAddresses(new Ecs.AssignPrivateIpAddressesRequest({ regionId, networkInterfaceId: eni, secondaryPrivateIpAddressCount: 1 })), 'InvalidEniId.NotFound', 404);
      await rejects(bob.unassignPrivateIpAddresses(new Ecs.UnassignPrivateIpAddressesRequest({ regionId, networkInterfaceId: eni, privateIpAddress: ['10.0.1.61'] })), 'InvalidEniId.NotFound', 404);
    });

    it('AttachNetworkInterface and DetachNetworkInterface follow ECS rules', async () => {
      const instanceId = await runInstance(net);
      const eni = (await createEni(net)).networkInterfaceId;
      await call(net.client, Ecs.AttachNetworkInterfaceRequest, { regionId, instanceId, networkInterfaceId: eni });
      assert.equal((await describeOne(net, eni)).status, 'InUse');
      await rejects(net.client.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId, instanceId, networkInterfaceId: eni })), 'InvalidOperation.InvalidEniState', 400);
      await rejects(net.client.deleteNetworkInterface(new Ecs.DeleteNetworkInterfaceRequest({ regionId, networkInterfaceId: eni })), 'InvalidOperation.InvalidEniState', 400);

      await call(net.client, Ecs.DetachNetworkInterfaceRequest, { regionId, instanceId, networkInterfaceId: eni });
      const detached = await describeOne(net, eni);
      assert.equal(detached.status, 'Available');
      assert.equal(detached.instanceId, undefined);

      const primary = (await call(net.client, Ecs.DescribeNetworkInterfacesRequest, { regionId, instanceId, type: 'Primary' })).networkInterfaceSets.networkInterfaceSet[0].networkInterfaceId;
      await rejects(net.client.detachNetworkInterface(new Ecs.DetachNetworkInterfaceRequest({ regionId, instanceId, networkInterfaceId: primary })), 'InvalidOperation.DetachPrimaryEniNotAllowed', 400);
      await rejects(net.client.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId, instanceId: 'i-missing00000000000000', networkInterfaceId: eni })), 'InvalidEcsId.NotFound', 404);
      await rejects(net.client.detachNetworkInterface(new Ecs.DetachNetworkInterfaceRequest({ regionId, instanceId, networkInterfaceId: 'eni-missing0000000000000' })), 'InvalidEniId.NotFound', 404);
      await rejects(bob.attachNetworkInterface(new Ecs.AttachNetworkInterfaceRequest({ regionId, instanceId, networkInterfaceId: eni })), 'InvalidEniId.NotFound', 404);
    });

    it('JoinSecurityGroup and LeaveSecurityGroup by ENI', async () => {
      const eni = (await createEni(net)).networkInterfaceId;
      await call(net.client, Ecs.JoinSecurityGroupRequest, { regionId, networkInterfaceId: eni, securityGroupId: net.db });
      assert.deepEqual((await describeOne(net, eni)).securityGroupIds.securityGroupId, [net.web, net.db]);
      await rejects(net.client.joinSecurityGroup(new Ecs.JoinSecurityGroupRequest({ regionId, networkInterfaceId: eni, securityGroupId: net.db })), 'InvalidInstanceId.AlreadyExists', 403);
      await call(net.client, Ecs.LeaveSecurityGroupRequest, { regionId, networkInterfaceId: eni, securityGroupId: net.web });
      assert.deepEqual((await describeOne(net, eni)).securityGroupIds.securityGroupId, [net.db]);
      await rejects(net.client.leaveSecurityGroup(new Ecs.LeaveSecurityGroupRequest({ regionId, networkInterfaceId: eni, securityGroupId: net.db })), 'InstanceLastSecurityGroup', 403);
      await rejects(net.client.leaveSecurityGroup(new Ecs.LeaveSecurityGroupRequest({ regionId, networkInterfaceId: eni, securityGroupId: net.web })), 'InstanceNotInSecurityGroup', 403);
      await rejects(net.client.joinSecurityGroup(new Ecs.JoinSecurityGroupRequest({ networkInterfaceId: eni, securityGroupId: net.web })), 'MissingRegionId', 400);
      await rejects(bob.joinSecurityGroup(new Ecs.JoinSecurityGroupRequest({ regionId, networkInterfaceId: eni, securityGroupId: net.web })), 'InvalidEniId.NotFound', 404);
    });

    it('DeleteNetworkInterface removes an Available ENI', async () => {
      const eni = (await createEni(net)).networkInterfaceId;
      await rejects(bob.deleteNetworkInterface(new Ecs.DeleteNetworkInterfaceRequest({ regionId, networkInterfaceId: eni })), 'InvalidEniId.NotFound', 404);
      await call(net.client, Ecs.DeleteNetworkInterfaceRequest, { regionId, networkInterfaceId: eni });
      const gone = await call(net.client, Ecs.DescribeNetworkInterfacesRequest, { regionId, networkInterfaceId: [eni] });
      assert.deepEqual(gone.networkInterfaceSets.networkInterfaceSet, []);
      await rejects(net.client.deleteNetworkInterface(new Ecs.DeleteNetworkInterfaceRequest({ regionId, networkInterfaceId: eni })), 'InvalidEniId.NotFound', 404);
    });
  });
}
