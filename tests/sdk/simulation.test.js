'use strict';
// SgGrid's own actions (version 2026-11-28) through the official SDK core's generic client: `callApi` with the action
// and version, RPC style, both signature modes.
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, Vpc, modes, ecs, vpc, call, regionId } = require('./support/sdk');
const { generic, sim, simFails } = require('./support/simulation');

for (const mode of modes) {
  describe(`SgGrid flow actions through callApi (${mode.name})`, () => {
    const net = {};
    before(async () => {
      const v = vpc('alice', mode);
      const e = ecs('alice', mode);
      const vpcId = (await call(v, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16' })).vpcId;
      const vSwitchId = (await call(v, Vpc.CreateVSwitchRequest, { regionId, vpcId, zoneId: 'cn-hangzhou-h', cidrBlock: '10.0.1.0/24' })).vSwitchId;
      const group = async (name) => (await call(e, Ecs.CreateSecurityGroupRequest, { regionId, vpcId, securityGroupName: name })).securityGroupId;
      net.web = await group('web');
      net.db = await group('db');
      await call(e, Ecs.AuthorizeSecurityGroupRequest, {
        regionId, securityGroupId: net.db,
        permissions: [new Ecs.AuthorizeSecurityGroupRequestPermissions({ ipProtocol: 'TCP', portRange: '3306/3306', sourceGroupId: net.web, priority: '1' })],
      });
      const eni = async (securityGroupId) => (await call(e, Ecs.CreateNetworkInterfaceRequest, { regionId, vSwitchId, securityGroupId })).networkInterfaceId;
      net.webEni = await eni(net.web);
      net.dbEni = await eni(net.db);
      net.rule = (await call(e, Ecs.DescribeSecurityGroupAttributeRequest, { regionId, securityGroupId: net.db })).permissions.permission[0].securityGroupRuleId;
      net.client = generic('alice', mode);
    });

    it('CheckFlow names the rule that decided each side', async () => {
      const body = await sim(net.client, 'CheckFlow', { Source: net.webEni, Destination: net.dbEni, Protocol: 'TCP', DestinationPort: 3306 });
      assert.equal(body.Allowed, true);
      assert.equal(body.SourceSide.Reason, 'Default');
      assert.deepEqual([body.DestinationSide.Reason, body.DestinationSide.SecurityGroupId, body.DestinationSide.SecurityGroupRuleId, body.DestinationSide.Priority, body.DestinationSide.Policy],
        ['Rule', net.db, net.rule, 1, 'Accept']);
      const denied = await sim(net.client, 'CheckFlow', { Source: '198.51.100.7', Destination: net.dbEni, Protocol: 'TCP', DestinationPort: 3306 });
      assert.equal(denied.Allowed, false);
      assert.equal(denied.SourceSide.Evaluated, false);
    });

    it('CheckFlows answers a form-body batch in order', async () => {
      const flows = [3306, 22, 3306].map((port) => ({ Source: net.webEni, Destination: net.dbEni, Protocol: 'TCP', DestinationPort: port }));
      const body = await sim(net.client, 'CheckFlows', {}, { Flows: flows });
      assert.deepEqual(body.Verdicts.Verdict.map((v) => v.Allowed), [true, false, true]);
      assert.deepEqual([body.AllowedCount, body.DeniedCount], [2, 1]);
    });

    it('DescribeEffectiveRules lists the rules in evaluation order with the implicit entries', async () => {
      const body = await sim(net.client, 'DescribeEffectiveRules', { NetworkInterfaceId: net.dbEni, Direction: 'ingress' });
      assert.deepEqual(body.Ingress.Entry.map((e) => e.Kind), ['IntraGroup', 'Rule', 'Default']);
      assert.equal(body.Ingress.Entry[1].SecurityGroupRuleId, net.rule);
      assert.equal(body.Egress, undefined);
    });

    it('DescribeReachability gives exactly the open port set', async () => {
      const body = await sim(net.client, 'DescribeReachability', { Source: net.webEni, Destination: net.dbEni });
      const tcp = body.Protocols.Protocol.find((p) => p.Protocol === 'TCP');
      assert.deepEqual(tcp.Bands.Band[0].AllowedDestinationPortRanges.PortRange, ['3306/3306']);
      assert.ok(body.Protocols.Protocol.filter((p) => p.Protocol !== 'TCP').every((p) => p.AnyAllowed === false));
    });

    it('DescribeRuleHits counts the decisions and ResetRuleHits zeroes them', async () => {
      await sim(net.client, 'ResetRuleHits', { SecurityGroupId: net.db });
      await sim(net.client, 'CheckFlows', {}, { Flows: [1, 2, 3].map(() => ({ Source: net.webEni, Destination: net.dbEni, Protocol: 'TCP', DestinationPort: 3306 })) });
      const hits = await sim(net.client, 'DescribeRuleHits', { SecurityGroupId: net.db });
      assert.deepEqual(hits.Rules.Rule.map((r) => [r.SecurityGroupRuleId, r.Direction, r.Hits]), [[net.rule, 'ingress', 3]]);
      await sim(net.client, 'ResetRuleHits', { SecurityGroupId: net.db });
      assert.equal((await sim(net.client, 'DescribeRuleHits', { SecurityGroupId: net.db })).Rules.Rule[0].Hits, 0);
    });

    it('bad input is a ClientError with the ECS code', async () => {
      await simFails(net.client, 'CheckFlow', { Source: net.webEni, Destination: net.dbEni, Protocol: 'ALL' }, 'InvalidProtocol.Malformed');
      await simFails(net.client, 'CheckFlow', { Source: 'eni-nothere00000000000', Destination: net.dbEni, Protocol: 'TCP', DestinationPort: 22 }, 'InvalidEniId.NotFound');
      await simFails(net.client, 'DescribeRuleHits', { SecurityGroupId: 'sg-nothere00000000000' }, 'InvalidSecurityGroupId.NotFound');
      await simFails(net.client, 'DescribeEffectiveRules', {}, 'MissingNetworkInterfaceId');
      const bob = generic('bob', mode);
      await simFails(bob, 'DescribeEffectiveRules', { NetworkInterfaceId: net.dbEni }, 'InvalidEniId.NotFound');
    });
  });
}
