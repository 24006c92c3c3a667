'use strict';
// Security groups through the official ECS SDK, in both signature modes: every action, its success and its errors, and
// the returned objects checked field by field (call() also checks the raw JSON against the SDK's response model).
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, Vpc, modes, tenants, regionId, ecs, vpc, call, rejects, unique } = require('./support/sdk');

const TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
const UNKNOWN_GROUP = 'sg-00000000000000000000';

/** A fresh VPC with a vSwitch for one tenant. */
async function network(tenant, mode) {
  const client = vpc(tenant, mode);
  const created = await call(client, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16' });
  await call(client, Vpc.CreateVSwitchRequest, { regionId, vpcId: created.vpcId, zoneId: 'cn-hangzhou-h', cidrBlock: '10.0.1.0/24' });
  return created.vpcId;
}

async function createGroup(client, vpcId, fields = {}) {
  const body = await call(client, Ecs.CreateSecurityGroupRequest, { regionId, vpcId, securityGroupName: unique('sg'), ...fields });
  assert.match(body.securityGroupId, /^sg-[a-z0-9]{20}$/);
  return body.securityGroupId;
}

const ingress = (fields) => new Ecs.AuthorizeSecurityGroupRequestPermissions(fields);
const egress = (fields) => new Ecs.AuthorizeSecurityGroupEgressRequestPermissions(fields);

async function rules(client, securityGroupId, direction = 'all') {
  const body = await call(client, Ecs.DescribeSecurityGroupAttributeRequest, { regionId, securityGroupId, direction });
  return body.permissions.permission;
}

for (const mode of modes) {
  describe(`security groups (${mode.name})`, () => {
    const alice = ecs('alice', mode);
    const bob = ecs('bob', mode);
    let vpcId;

    before(async () => {
      vpcId = await network('alice', mode);
    });

    it('CreateSecurityGroup answers an sg- id; a bad name and an unknown VPC are refused', async () => {
      const body = await call(alice, Ecs.CreateSecurityGroupRequest, {
        regionId, vpcId, securityGroupName: 'created-one', description: 'made by the SDK', securityGroupType: 'normal',
        tag: [new Ecs.CreateSecurityGroupRequestTag({ key: 'env', value: 'sdk' })],
      });
      assert.match(body.securityGroupId, /^sg-[a-z0-9]{20}$/);
      assert.match(body.requestId, /^[0-9A-F-]{36}$/);
      await rejects(alice.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId, vpcId, securityGroupName: '1bad' })), 'InvalidSecurityGroupName.Malformed', 400);
      await rejects(alice.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId, vpcId: 'vpc-000000000000000000000' })), 'InvalidVpcId.NotFound', 404);
    });

    it('DescribeSecurityGroups shows a group field by field', async () => {
      const source = await createGroup(alice, vpcId);
      const groupId = await createGroup(alice, vpcId, {
        securityGroupName: 'described-one', description: 'the described one', resourceGroupId: 'rg-sdk',
        tag: [new Ecs.CreateSecurityGroupRequestTag({ key: 'team', value: 'net' })],
      });
      await call(alice, Ecs.AuthorizeSecurityGroupRequest, {
        regionId, securityGroupId: groupId,
        permissions: [
          ingress({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' }),
          ingress({ ipProtocol: 'TCP', portRange: '80/80', sourceGroupId: source }),
        ],
      });

      const body = await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, securityGroupId: groupId });
      assert.equal(body.regionId, regionId);
      assert.equal(body.totalCount, 1);
      assert.equal(body.pageNumber, 1);
      assert.equal(body.pageSize, 10);
      assert.equal(body.securityGroups.securityGroup.length, 1);
      const group = body.securityGroups.securityGroup[0];
      assert.equal(group.securityGroupId, groupId);
      assert.equal(group.securityGroupName, 'described-one');
      assert.equal(group.description, 'the described one');
      assert.equal(group.vpcId, vpcId);
      assert.equal(group.securityGroupType, 'normal');
      assert.equal(group.resourceGroupId, 'rg-sdk');
      assert.match(group.creationTime, TIME);
      assert.equal(group.serviceManaged, false);
      assert.equal(group.serviceID, undefined);
      assert.equal(group.ruleCount, 2);
      assert.equal(group.groupToGroupRuleCount, 1);
      assert.equal(group.ecsCount, 0);
      assert.equal(group.availableInstanceAmount, 6000);
      assert.deepEqual(group.tags.tag.map((t) => [t.tagKey, t.tagValue]), [['team', 'net']]);
    });

    it('DescribeSecurityGroups filters by ids (a JSON string), type, tag and pages both ways', async () => {
      const own = await network('alice', mode);
      const a = await createGroup(alice, own);
      const b = await createGroup(alice, own, { securityGroupType: 'enterprise' });
      const c = await createGroup(alice, own, { tag: [new Ecs.CreateSecurityGroupRequestTag({ key: 'pick', value: 'me' })] });
      const descending = [a, b, c].sort().reverse();

      const byIds = await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, securityGroupIds: JSON.stringify([a, b, UNKNOWN_GROUP]) });
      assert.deepEqual(byIds.securityGroups.securityGroup.map((g) => g.securityGroupId), [a, b].sort().reverse());
      const advanced = await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, vpcId: own, securityGroupType: 'enterprise' });
      assert.deepEqual(advanced.securityGroups.securityGroup.map((g) => [g.securityGroupId, g.availableInstanceAmount]), [[b, 65536]]);
      const tagged = await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, vpcId: own, tag: [new Ecs.DescribeSecurityGroupsRequestTag({ key: 'pick', value: 'me' })] });
      assert.deepEqual(tagged.securityGroups.securityGroup.map((g) => g.securityGroupId), [c]);

      const page2 = await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, vpcId: own, pageNumber: 2, pageSize: 2 });
      assert.equal(page2.totalCount, 3);
      assert.equal(page2.pageNumber, 2);
      assert.deepEqual(page2.securityGroups.securityGroup.map((g) => g.securityGroupId), descending.slice(2));

      const seen = [];
      let nextToken;
      do {
        const page = await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, vpcId: own, maxResults: 2, nextToken });
        assert.equal(page.totalCount, undefined);
        seen.push(...page.securityGroups.securityGroup.map((g) => g.securityGroupId));
        nextToken = page.nextToken;
      } while (nextToken);
      assert.deepEqual(seen, descending);
    });

    it('DescribeSecurityGroups refuses bad parameters and answers DryRun', async () => {
      await rejects(alice.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId, pageSize: 51 })), 'InvalidPageSize.Malformed', 400);
      await rejects(alice.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId, maxResults: 101 })), 'InvalidMaxResults.Malformed', 400);
      await rejects(alice.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId, securityGroupIds: 'sg-1,sg-2' })), 'InvalidSecurityGroupIds.Malformed', 400);
      await rejects(alice.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId, networkType: 'dialup' })), 'InvalidNetworkType.Malformed', 400);
      await rejects(alice.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId, dryRun: true })), 'DryRunOperation', 400);
      await rejects(alice.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({})), 'MissingRegionId', 400);
    });

    it("DescribeSecurityGroups does not show another tenant's groups", async () => {
      const groupId = await createGroup(alice, vpcId);
      const body = await call(bob, Ecs.DescribeSecurityGroupsRequest, { regionId, securityGroupId: groupId });
      assert.deepEqual(body.securityGroups.securityGroup, []);
      assert.equal(body.totalCount, 0);
    });

    it('AuthorizeSecurityGroup adds inbound rules that DescribeSecurityGroupAttribute shows field by field', async () => {
      const source = await createGroup(alice, vpcId, { securityGroupName: 'sdk-source' });
      const groupId = await createGroup(alice, vpcId, { securityGroupName: 'sdk-target', description: 'target group' });
      await call(alice, Ecs.AuthorizeSecurityGroupRequest, {
        regionId, securityGroupId: groupId, clientToken: unique('token'),
        permissions: [
          ingress({ ipProtocol: 'tcp', portRange: '22/22', sourceCidrIp: '10.0.0.0/8', sourcePortRange: '1024/65535', destCidrIp: '10.0.1.0/24', priority: '5', description: 'ssh' }),
          ingress({ ipProtocol: 'TCP', portRange: '3306/3306', sourceGroupId: source, policy: 'drop', priority: '10' }),
        ],
      });

      const body = await call(alice, Ecs.DescribeSecurityGroupAttributeRequest, { regionId, securityGroupId: groupId });
      assert.equal(body.regionId, regionId);
      assert.equal(body.securityGroupId, groupId);
      assert.equal(body.securityGroupName, 'sdk-target');
      assert.equal(body.description, 'target group');
      assert.equal(body.vpcId, vpcId);
      assert.equal(body.innerAccessPolicy, 'Accept');
      assert.equal(body.nextToken, undefined);
      const [ssh, mysql] = ['22/22', '3306/3306'].map((ports) => body.permissions.permission.find((p) => p.portRange === ports));
      assert.equal(body.permissions.permission.length, 2);
      assert.match(ssh.securityGroupRuleId, /^sgr-[a-z0-9]{20}$/);
      assert.equal(ssh.direction, 'ingress');
      assert.equal(ssh.ipProtocol, 'TCP');
      assert.equal(ssh.sourcePortRange, '1024/65535');
      assert.equal(ssh.sourceCidrIp, '10.0.0.0/8');
      assert.equal(ssh.destCidrIp, '10.0.1.0/24');
      assert.equal(ssh.policy, 'Accept');
      assert.equal(ssh.priority, '5');
      assert.equal(ssh.nicType, 'intranet');
      assert.equal(ssh.description, 'ssh');
      assert.match(ssh.createTime, TIME);
      assert.equal(ssh.sourceGroupId, undefined);
      assert.equal(mysql.sourceGroupId, source);
      assert.equal(mysql.sourceGroupName, 'sdk-source');
      assert.equal(mysql.sourceGroupOwnerAccount, tenants.alice.accountId);
      assert.equal(mysql.policy, 'Drop');
      assert.equal(mysql.priority, '10');
      assert.equal(mysql.sourceCidrIp, undefined);
    });

    it('AuthorizeSecurityGroup refuses bad rules with their ECS codes', async () => {
      const groupId = await createGroup(alice, vpcId);
      const authorize = (permissions, flat = {}) => alice.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({ regionId, securityGroupId: groupId, permissions, ...flat }));
      await rejects(authorize([ingress({ ipProtocol: 'SCTP', portRange: '1/1', sourceCidrIp: '10.0.0.0/8' })]), 'InvalidIpProtocol.ValueNotSupported', 400);
      await rejects(authorize([ingress({ ipProtocol: 'TCP', portRange: '-1/-1', sourceCidrIp: '10.0.0.0/8' })]), 'OperationDenied', 400);
      await rejects(authorize([ingress({ ipProtocol: 'TCP', portRange: '22/22' })]), 'MissingParameter.Source', 400);
      await rejects(authorize([ingress({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8', priority: '101' })]), 'InvalidPriority.ValueNotSupported', 400);
      await rejects(authorize([ingress({ ipProtocol: 'TCP', portRange: '22/22', sourceGroupId: groupId })]), 'InvalidParamter.Conflict', 403);
      const rule = ingress({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' });
      await rejects(authorize([rule, rule]), 'InvalidParam.DuplicatePermissions', 400);
      await rejects(authorize([rule], { ipProtocol: 'TCP' }), 'InvalidParam.Permissions', 400);
      await rejects(authorize([]), 'MissingParameter.Permissions', 400);
      const tooMany = Array.from({ length: 101 }, (_, i) => ingress({ ipProtocol: 'TCP', portRange: `${i + 1}/${i + 1}`, sourceCidrIp: '10.0.0.0/8' }));
      await rejects(authorize(tooMany), 'InvalidParam.Permissions', 400);
      assert.deepEqual(await rules(alice, groupId), []);
    });

    it('AuthorizeSecurityGroup takes the deprecated flat fields as one rule, and an identical rule once', async () => {
      const groupId = await createGroup(alice, vpcId);
      const flat = { regionId, securityGroupId: groupId, ipProtocol: 'udp', portRange: '53/53', sourceCidrIp: '172.16.0.0/12', priority: '3' };
      await call(alice, Ecs.AuthorizeSecurityGroupRequest, flat);
      await call(alice, Ecs.AuthorizeSecurityGroupRequest, flat);
      const [rule, ...rest] = await rules(alice, groupId);
      assert.deepEqual(rest, []);
      assert.deepEqual([rule.ipProtocol, rule.portRange, rule.sourceCidrIp, rule.priority], ['UDP', '53/53', '172.16.0.0/12', '3']);
    });

    it('AuthorizeSecurityGroupEgress adds outbound rules: the remote is Dest*, the local SourceCidrIp', async () => {
      const target = await createGroup(alice, vpcId, { securityGroupName: 'sdk-db' });
      const groupId = await createGroup(alice, vpcId);
      await call(alice, Ecs.AuthorizeSecurityGroupEgressRequest, {
        regionId, securityGroupId: groupId,
        permissions: [
          egress({ ipProtocol: 'TCP', portRange: '443/443', destCidrIp: '0.0.0.0/0', sourceCidrIp: '10.0.1.0/24' }),
          egress({ ipProtocol: 'TCP', portRange: '5432/5432', destGroupId: target }),
          egress({ ipProtocol: 'ICMPv6', portRange: '-1/-1', ipv6DestCidrIp: '2001:db8::/32' }),
        ],
      });
      const outbound = await rules(alice, groupId, 'egress');
      assert.equal(outbound.length, 3);
      assert.deepEqual(await rules(alice, groupId, 'ingress'), []);
      const https = outbound.find((p) => p.portRange === '443/443');
      assert.deepEqual([https.direction, https.destCidrIp, https.sourceCidrIp], ['egress', '0.0.0.0/0', '10.0.1.0/24']);
      const db = outbound.find((p) => p.portRange === '5432/5432');
      assert.deepEqual([db.destGroupId, db.destGroupName, db.destGroupOwnerAccount, db.sourceGroupId], [target, 'sdk-db', tenants.alice.accountId, undefined]);
      const icmp = outbound.find((p) => p.ipProtocol === 'ICMPv6');
      assert.deepEqual([icmp.portRange, icmp.ipv6DestCidrIp], ['-1/-1', '2001:db8::/32']);
      await rejects(alice.authorizeSecurityGroupEgress(new Ecs.AuthorizeSecurityGroupEgressRequest({
        regionId, securityGroupId: groupId, permissions: [egress({ ipProtocol: 'TCP', portRange: '22/22' })],
      })), 'MissingParameter.Dest', 400);
      await rejects(alice.authorizeSecurityGroupEgress(new Ecs.AuthorizeSecurityGroupEgressRequest({
        regionId, securityGroupId: groupId, permissions: [egress({ ipProtocol: 'TCP', portRange: '22/22', destGroupId: 'sg-unknown00000000000000' })],
      })), 'InvalidDestGroupId.NotFound', 404);
    });

    it('RevokeSecurityGroup deletes by rule id or by fields; no match succeeds; mixing is refused', async () => {
      const groupId = await createGroup(alice, vpcId);
      await call(alice, Ecs.AuthorizeSecurityGroupRequest, {
        regionId, securityGroupId: groupId,
        permissions: ['22/22', '80/80', '443/443'].map((portRange) => ingress({ ipProtocol: 'TCP', portRange, sourceCidrIp: '10.0.0.0/8' })),
      });
      const byPort = Object.fromEntries((await rules(alice, groupId)).map((p) => [p.portRange, p.securityGroupRuleId]));

      await call(alice, Ecs.RevokeSecurityGroupRequest, { regionId, securityGroupId: groupId, securityGroupRuleId: [byPort['22/22']] });
      await call(alice, Ecs.RevokeSecurityGroupRequest, {
        regionId, securityGroupId: groupId,
        permissions: [new Ecs.RevokeSecurityGroupRequestPermissions({ ipProtocol: 'TCP', portRange: '80/80', sourceCidrIp: '10.0.0.0/8' })],
      });
      await call(alice, Ecs.RevokeSecurityGroupRequest, { regionId, securityGroupId: groupId, ipProtocol: 'TCP', portRange: '8080/8080', sourceCidrIp: '10.0.0.0/8' });
      assert.deepEqual((await rules(alice, groupId)).map((p) => p.portRange), ['443/443']);

      await rejects(alice.revokeSecurityGroup(new Ecs.RevokeSecurityGroupRequest({ regionId, securityGroupId: groupId, securityGroupRuleId: ['sgr-doesnotexist000000'] })),
        'InvalidParam.SecurityGroupRuleId', 400);
      await rejects(alice.revokeSecurityGroup(new Ecs.RevokeSecurityGroupRequest({ regionId, securityGroupId: groupId, securityGroupRuleId: [byPort['443/443']], ipProtocol: 'TCP' })),
        'InvalidParam.Permissions', 400);
      await rejects(alice.revokeSecurityGroup(new Ecs.RevokeSecurityGroupRequest({ regionId, securityGroupId: groupId })), 'MissingParameter.Permissions', 400);
      assert.equal((await rules(alice, groupId)).length, 1);
    });

    it('RevokeSecurityGroupEgress deletes outbound rules only', async () => {
      const groupId = await createGroup(alice, vpcId);
      await call(alice, Ecs.AuthorizeSecurityGroupRequest, { regionId, securityGroupId: groupId, permissions: [ingress({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' })] });
      await call(alice, Ecs.AuthorizeSecurityGroupEgressRequest, {
        regionId, securityGroupId: groupId,
        permissions: [egress({ ipProtocol: 'TCP', portRange: '22/22', destCidrIp: '10.0.0.0/8' }), egress({ ipProtocol: 'TCP', portRange: '25/25', destCidrIp: '10.0.0.0/8' })],
      });
      const smtp = (await rules(alice, groupId, 'egress')).find((p) => p.portRange === '25/25');

      await call(alice, Ecs.RevokeSecurityGroupEgressRequest, { regionId, securityGroupId: groupId, securityGroupRuleId: [smtp.securityGroupRuleId] });
      await call(alice, Ecs.RevokeSecurityGroupEgressRequest, {
        regionId, securityGroupId: groupId,
        permissions: [new Ecs.RevokeSecurityGroupEgressRequestPermissions({ ipProtocol: 'TCP', portRange: '22/22', destCidrIp: '10.0.0.0/8' })],
      });
      assert.deepEqual(await rules(alice, groupId, 'egress'), []);
      assert.equal((await rules(alice, groupId, 'ingress')).length, 1);
      const ingressRule = (await rules(alice, groupId, 'ingress'))[0];
      await rejects(alice.revokeSecurityGroupEgress(new Ecs.RevokeSecurityGroupEgressRequest({ regionId, securityGroupId: groupId, securityGroupRuleId: [ingressRule.securityGroupRuleId] })),
        'InvalidParam.SecurityGroupRuleId', 400);
    });

    it('ModifySecurityGroupRule changes a rule by id, or only the description of the rule its fields name', async () => {
      const groupId = await createGroup(alice, vpcId);
      await call(alice, Ecs.AuthorizeSecurityGroupRequest, {
        regionId, securityGroupId: groupId,
        permissions: [ingress({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' }), ingress({ ipProtocol: 'TCP', portRange: '80/80', sourceCidrIp: '10.0.0.0/8', priority: '4' })],
      });
      const before = await rules(alice, groupId);
      const ssh = before.find((p) => p.portRange === '22/22');

      await call(alice, Ecs.ModifySecurityGroupRuleRequest, {
        regionId, securityGroupId: groupId, securityGroupRuleId: ssh.securityGroupRuleId, portRange: '2222/2222', priority: '9', sourceCidrIp: '192.168.0.0/16', description: 'moved',
      });
      await call(alice, Ecs.ModifySecurityGroupRuleRequest, {
        regionId, securityGroupId: groupId, ipProtocol: 'TCP', portRange: '80/80', sourceCidrIp: '10.0.0.0/8', description: 'web',
      });
      const after = await rules(alice, groupId);
      const moved = after.find((p) => p.securityGroupRuleId === ssh.securityGroupRuleId);
      assert.deepEqual([moved.portRange, moved.priority, moved.sourceCidrIp, moved.description, moved.createTime], ['2222/2222', '9', '192.168.0.0/16', 'moved', ssh.createTime]);
      const web = after.find((p) => p.portRange === '80/80');
      assert.deepEqual([web.description, web.priority], ['web', '4']);

      await rejects(alice.modifySecurityGroupRule(new Ecs.ModifySecurityGroupRuleRequest({ regionId, securityGroupId: groupId, securityGroupRuleId: 'sgr-doesnotexist000000', priority: '2' })),
        'InvalidParam.SecurityGroupRuleId', 400);
      await rejects(alice.modifySecurityGroupRule(new Ecs.ModifySecurityGroupRuleRequest({ regionId, securityGroupId: groupId, ipProtocol: 'TCP', portRange: '23/23', sourceCidrIp: '10.0.0.0/8', description: 'x' })),
        'InvalidGroupAuthItem.NotFound', 403);
      await rejects(alice.modifySecurityGroupRule(new Ecs.ModifySecurityGroupRuleRequest({ regionId, securityGroupId: groupId, securityGroupRuleId: ssh.securityGroupRuleId, portRange: '80/80', sourceCidrIp: '10.0.0.0/8', priority: '4' })),
        'InvalidParam.DuplicatePermissions', 400);
    });

    it('ModifySecurityGroupEgressRule changes an outbound rule by id or its description by fields', async () => {
      const groupId = await createGroup(alice, vpcId);
      await call(alice, Ecs.AuthorizeSecurityGroupEgressRequest, { regionId, securityGroupId: groupId, permissions: [egress({ ipProtocol: 'TCP', portRange: '443/443', destCidrIp: '10.0.0.0/8' })] });
      const [rule] = await rules(alice, groupId, 'egress');

      await call(alice, Ecs.ModifySecurityGroupEgressRuleRequest, { regionId, securityGroupId: groupId, securityGroupRuleId: rule.securityGroupRuleId, destCidrIp: '100.100.0.0/16', policy: 'drop' });
      await call(alice, Ecs.ModifySecurityGroupEgressRuleRequest, { regionId, securityGroupId: groupId, ipProtocol: 'tcp', portRange: '443/443', destCidrIp: '100.100.0.0/16', policy: 'drop', description: 'tls' });
      const [changed] = await rules(alice, groupId, 'egress');
      assert.deepEqual([changed.securityGroupRuleId, changed.destCidrIp, changed.policy, changed.description], [rule.securityGroupRuleId, '100.100.0.0/16', 'Drop', 'tls']);
      await rejects(alice.modifySecurityGroupEgressRule(new Ecs.ModifySecurityGroupEgressRuleRequest({ regionId, securityGroupId: groupId, securityGroupRuleId: rule.securityGroupRuleId, priority: '0' })),
        'InvalidPriority.ValueNotSupported', 400);
    });

    it('DescribeSecurityGroupAttribute pages the rules with MaxResults and NextToken', async () => {
      const groupId = await createGroup(alice, vpcId);
      await call(alice, Ecs.AuthorizeSecurityGroupRequest, {
        regionId, securityGroupId: groupId,
        permissions: Array.from({ length: 15 }, (_, i) => ingress({ ipProtocol: 'TCP', portRange: `${3000 + i}/${3000 + i}`, sourceCidrIp: '10.0.0.0/8' })),
      });
      const first = await call(alice, Ecs.DescribeSecurityGroupAttributeRequest, { regionId, securityGroupId: groupId, maxResults: 10 });
      assert.equal(first.permissions.permission.length, 10);
      assert.ok(first.nextToken);
      const second = await call(alice, Ecs.DescribeSecurityGroupAttributeRequest, { regionId, securityGroupId: groupId, maxResults: 10, nextToken: first.nextToken });
      assert.equal(second.permissions.permission.length, 5);
      assert.equal(second.nextToken, undefined);
      const ids = [...first.permissions.permission, ...second.permissions.permission].map((p) => p.securityGroupRuleId);
      assert.equal(new Set(ids).size, 15);
      await rejects(alice.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({ regionId, securityGroupId: groupId, maxResults: 5 })), 'InvalidMaxResults.Malformed', 400);
      await rejects(alice.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({ regionId, securityGroupId: groupId, nextToken: 'garbage' })), 'InvalidNextToken.Malformed', 400);
      await rejects(alice.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({ regionId, securityGroupId: groupId, direction: 'sideways' })), 'InvalidDirection.Malformed', 400);
      await rejects(alice.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({ regionId, securityGroupId: UNKNOWN_GROUP })), 'InvalidSecurityGroupId.NotFound', 404);
    });

    it('ModifySecurityGroupPolicy sets Accept or Drop in any case; advanced groups refuse', async () => {
      const groupId = await createGroup(alice, vpcId);
      await call(alice, Ecs.ModifySecurityGroupPolicyRequest, { regionId, securityGroupId: groupId, innerAccessPolicy: 'drop' });
      assert.equal((await call(alice, Ecs.DescribeSecurityGroupAttributeRequest, { regionId, securityGroupId: groupId })).innerAccessPolicy, 'Drop');
      await call(alice, Ecs.ModifySecurityGroupPolicyRequest, { regionId, securityGroupId: groupId, innerAccessPolicy: 'ACCEPT', clientToken: unique('token') });
      assert.equal((await call(alice, Ecs.DescribeSecurityGroupAttributeRequest, { regionId, securityGroupId: groupId })).innerAccessPolicy, 'Accept');

      await rejects(alice.modifySecurityGroupPolicy(new Ecs.ModifySecurityGroupPolicyRequest({ regionId, securityGroupId: groupId })), 'MissingInnerAccessPolicy', 400);
      await rejects(alice.modifySecurityGroupPolicy(new Ecs.ModifySecurityGroupPolicyRequest({ regionId, securityGroupId: groupId, innerAccessPolicy: 'Allow' })), 'InvalidPolicy.Malformed', 400);
      const advanced = await createGroup(alice, vpcId, { securityGroupType: 'enterprise' });
      await rejects(alice.modifySecurityGroupPolicy(new Ecs.ModifySecurityGroupPolicyRequest({ regionId, securityGroupId: advanced, innerAccessPolicy: 'Accept' })), 'OperationDenied', 400);
    });

    it('ModifySecurityGroupAttribute renames and describes; bad values are refused', async () => {
      const groupId = await createGroup(alice, vpcId);
      await call(alice, Ecs.ModifySecurityGroupAttributeRequest, { regionId, securityGroupId: groupId, securityGroupName: 'renamed-one', description: 'new words' });
      const group = (await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, securityGroupId: groupId })).securityGroups.securityGroup[0];
      assert.deepEqual([group.securityGroupName, group.description], ['renamed-one', 'new words']);
      await rejects(alice.modifySecurityGroupAttribute(new Ecs.ModifySecurityGroupAttributeRequest({ regionId, securityGroupId: groupId, securityGroupName: '9lives' })), 'InvalidSecurityGroupName.Malformed', 400);
      await rejects(alice.modifySecurityGroupAttribute(new Ecs.ModifySecurityGroupAttributeRequest({ regionId, securityGroupId: groupId, description: 'x' })), 'InvalidDescription.Malformed', 400);
    });

    it('DescribeSecurityGroupReferences lists the referencing groups with their account', async () => {
      const referenced = await createGroup(alice, vpcId);
      const referencing = await createGroup(alice, vpcId);
      const alone = await createGroup(alice, vpcId);
      await call(alice, Ecs.AuthorizeSecurityGroupEgressRequest, { regionId, securityGroupId: referencing, permissions: [egress({ ipProtocol: 'TCP', portRange: '22/22', destGroupId: referenced })] });

      const body = await call(alice, Ecs.DescribeSecurityGroupReferencesRequest, { regionId, securityGroupId: [referenced, alone] });
      const [first, second] = body.securityGroupReferences.securityGroupReference;
      assert.equal(body.securityGroupReferences.securityGroupReference.length, 2);
      assert.equal(first.securityGroupId, referenced);
      assert.deepEqual(first.referencingSecurityGroups.referencingSecurityGroup.map((r) => [r.securityGroupId, r.aliUid]), [[referencing, tenants.alice.accountId]]);
      assert.equal(second.securityGroupId, alone);
      assert.deepEqual(second.referencingSecurityGroups.referencingSecurityGroup, []);

      await rejects(alice.describeSecurityGroupReferences(new Ecs.DescribeSecurityGroupReferencesRequest({ regionId })), 'MissingSecurityGroupId', 400);
      await rejects(alice.describeSecurityGroupReferences(new Ecs.DescribeSecurityGroupReferencesRequest({ regionId, securityGroupId: Array(11).fill(referenced) })), 'InvalidSecurityGroupId.Malformed', 400);
      await rejects(bob.describeSecurityGroupReferences(new Ecs.DescribeSecurityGroupReferencesRequest({ regionId, securityGroupId: [referenced] })), 'InvalidSecurityGroupId.NotFound', 404);
    });

    it('DeleteSecurityGroup removes a group; a referenced one is DependencyViolation until the rule goes', async () => {
      const referenced = await createGroup(alice, vpcId);
      const referencing = await createGroup(alice, vpcId);
      await call(alice, Ecs.AuthorizeSecurityGroupRequest, { regionId, securityGroupId: referencing, permissions: [ingress({ ipProtocol: 'TCP', portRange: '22/22', sourceGroupId: referenced })] });

      await rejects(alice.deleteSecurityGroup(new Ecs.DeleteSecurityGroupRequest({ regionId, securityGroupId: referenced })), 'DependencyViolation', 403);
      await call(alice, Ecs.DeleteSecurityGroupRequest, { regionId, securityGroupId: referencing });
      await call(alice, Ecs.DeleteSecurityGroupRequest, { regionId, securityGroupId: referenced });
      await rejects(alice.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({ regionId, securityGroupId: referenced })), 'InvalidSecurityGroupId.NotFound', 404);
      await rejects(alice.deleteSecurityGroup(new Ecs.DeleteSecurityGroupRequest({ regionId })), 'MissingSecurityGroupId', 400);
    });

    it("every action on another tenant's group looks like an unknown group", async () => {
      const groupId = await createGroup(alice, vpcId);
      const attempts = (id) => [
        bob.deleteSecurityGroup(new Ecs.DeleteSecurityGroupRequest({ regionId, securityGroupId: id })),
        bob.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({ regionId, securityGroupId: id })),
        bob.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({ regionId, securityGroupId: id, permissions: [ingress({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' })] })),
        bob.authorizeSecurityGroupEgress(new Ecs.AuthorizeSecurityGroupEgressRequest({ regionId, securityGroupId: id, permissions: [egress({ ipProtocol: 'TCP', portRange: '22/22', destCidrIp: '10.0.0.0/8' })] })),
        bob.revokeSecurityGroup(new Ecs.RevokeSecurityGroupRequest({ regionId, securityGroupId: id, securityGroupRuleId: ['sgr-00000000000000000000'] })),
        bob.revokeSecurityGroupEgress(new Ecs.RevokeSecurityGroupEgressRequest({ regionId, securityGroupId: id, securityGroupRuleId: ['sgr-00000000000000000000'] })),
        bob.modifySecurityGroupRule(new Ecs.ModifySecurityGroupRuleRequest({ regionId, securityGroupId: id, securityGroupRuleId: 'sgr-00000000000000000000', priority: '2' })),
        bob.modifySecurityGroupEgressRule(new Ecs.ModifySecurityGroupEgressRuleRequest({ regionId, securityGroupId: id, securityGroupRuleId: 'sgr-00000000000000000000', priority: '2' })),
        bob.modifySecurityGroupPolicy(new Ecs.ModifySecurityGroupPolicyRequest({ regionId, securityGroupId: id, innerAccessPolicy: 'Drop' })),
        bob.modifySecurityGroupAttribute(new Ecs.ModifySecurityGroupAttributeRequest({ regionId, securityGroupId: id, securityGroupName: 'stolen' })),
        bob.describeSecurityGroupReferences(new Ecs.DescribeSecurityGroupReferencesRequest({ regionId, securityGroupId: [id] })),
      ];
      const foreign = await Promise.all(attempts(groupId).map((p) => rejects(p, 'InvalidSecurityGroupId.NotFound', 404)));
      const unknown = await Promise.all(attempts(UNKNOWN_GROUP).map((p) => rejects(p, 'InvalidSecurityGroupId.NotFound', 404)));
      assert.deepEqual(foreign.map((e) => e.data.Message), unknown.map((e) => e.data.Message));
      const [stillAlices] = (await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, securityGroupId: groupId })).securityGroups.securityGroup;
      assert.notEqual(stillAlices.securityGroupName, 'stolen');
      assert.equal(stillAlices.ruleCount, 0);
    });

    it('a managed group is readable, and every write is ResourceManagedByCloudProduct (403)', async () => {
      // ServiceManaged is not public: a tenant's key is refused it; the account's cloud-service key makes (and deletes) managed groups.
      await rejects(alice.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId, vpcId, serviceManaged: true })), 'Forbidden.ServiceManaged', 403);
      const service = ecs('aliceCloudService', mode);
      const managed = await createGroup(service, vpcId, { serviceManaged: true });
      const code = 'InvalidOperation.ResourceManagedByCloudProduct';
      const writes = [
        () => alice.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({ regionId, securityGroupId: managed, permissions: [ingress({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' })] })),
        () => alice.authorizeSecurityGroupEgress(new Ecs.AuthorizeSecurityGroupEgressRequest({ regionId, securityGroupId: managed, permissions: [egress({ ipProtocol: 'TCP', portRange: '22/22', destCidrIp: '10.0.0.0/8' })] })),
        () => alice.revokeSecurityGroup(new Ecs.RevokeSecurityGroupRequest({ regionId, securityGroupId: managed, ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8' })),
        () => alice.revokeSecurityGroupEgress(new Ecs.RevokeSecurityGroupEgressRequest({ regionId, securityGroupId: managed, securityGroupRuleId: ['sgr-00000000000000000000'] })),
        () => alice.modifySecurityGroupRule(new Ecs.ModifySecurityGroupRuleRequest({ regionId, securityGroupId: managed, securityGroupRuleId: 'sgr-00000000000000000000', priority: '2' })),
        () => alice.modifySecurityGroupEgressRule(new Ecs.ModifySecurityGroupEgressRuleRequest({ regionId, securityGroupId: managed, securityGroupRuleId: 'sgr-00000000000000000000', priority: '2' })),
        () => alice.modifySecurityGroupPolicy(new Ecs.ModifySecurityGroupPolicyRequest({ regionId, securityGroupId: managed, innerAccessPolicy: 'Drop' })),
        () => alice.modifySecurityGroupAttribute(new Ecs.ModifySecurityGroupAttributeRequest({ regionId, securityGroupId: managed, securityGroupName: 'mine' })),
        () => alice.deleteSecurityGroup(new Ecs.DeleteSecurityGroupRequest({ regionId, securityGroupId: managed })),
      ];
      for (const write of writes) await rejects(write(), code, 403);

      const group = (await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, securityGroupId: managed })).securityGroups.securityGroup[0];
      assert.equal(group.serviceManaged, true);
      assert.equal(typeof group.serviceID, 'number');
      assert.deepEqual((await call(alice, Ecs.DescribeSecurityGroupAttributeRequest, { regionId, securityGroupId: managed })).permissions.permission, []);
      const references = await call(alice, Ecs.DescribeSecurityGroupReferencesRequest, { regionId, securityGroupId: [managed] });
      assert.equal(references.securityGroupReferences.securityGroupReference[0].securityGroupId, managed);
      await call(service, Ecs.DeleteSecurityGroupRequest, { regionId, securityGroupId: managed });
      assert.deepEqual((await call(alice, Ecs.DescribeSecurityGroupsRequest, { regionId, securityGroupId: managed })).securityGroups.securityGroup, []);
    });
  });
}
