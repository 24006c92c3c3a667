'use strict';
// The what-if loop through the official SDKs, as the README shows it: clone a VPC to a scenario (generic callApi,
// version 2026-11-28), change it with the ordinary ECS client aimed at the scenario's RegionId, read the exact diff and
// the health findings, apply to production; and the refusal when production moved. Both signature modes.
const { describe, it, before } = require('node:test');
const assert = require('node:assert/strict');
const { Ecs, Vpc, modes, ecs, vpc, call, regionId } = require('./support/sdk');
const { generic, sim, simFails } = require('./support/simulation');

const permission = (fields) => new Ecs.AuthorizeSecurityGroupRequestPermissions(fields);

for (const mode of modes) {
  describe(`what-if scenarios and health through the SDKs (${mode.name})`, () => {
    const net = {};
    const e = ecs('alice', mode);
    const rules = async (region, securityGroupId) =>
      (await call(e, Ecs.DescribeSecurityGroupAttributeRequest, { regionId: region, securityGroupId })).permissions.permission;
    const check = async (region, source, destination, port) =>
      (await sim(net.client, 'CheckFlow', { RegionId: region, Source: source, Destination: destination, Protocol: 'TCP', DestinationPort: port })).Allowed;

    before(async () => {
      const v = vpc('alice', mode);
      net.vpcId = (await call(v, Vpc.CreateVpcRequest, { regionId, cidrBlock: '10.0.0.0/16' })).vpcId;
      const vSwitchId = (await call(v, Vpc.CreateVSwitchRequest, { regionId, vpcId: net.vpcId, zoneId: 'cn-hangzhou-h', cidrBlock: '10.0.1.0/24' })).vSwitchId;
      const group = async (name) => (await call(e, Ecs.CreateSecurityGroupRequest, { regionId, vpcId: net.vpcId, securityGroupName: name })).securityGroupId;
      net.web = await group('web');
      net.db = await group('db');
      await call(e, Ecs.AuthorizeSecurityGroupRequest, { regionId, securityGroupId: net.db, permissions: [permission({ ipProtocol: 'TCP', portRange: '3306/3306', sourceGroupId: net.web })] });
      const eni = async (securityGroupId) => (await call(e, Ecs.CreateNetworkInterfaceRequest, { regionId, vSwitchId, securityGroupId })).networkInterfaceId;
      net.webEni = await eni(net.web);
      net.dbEni = await eni(net.db);
      net.client = generic('alice', mode);
    });

    it('clone, change with the ECS SDK, diff, health, apply', async () => {
      const created = await sim(net.client, 'CreateWhatIfScenario', { VpcId: net.vpcId, Name: 'open-ssh' });
      assert.match(created.ScenarioId, /^wis-[a-z0-9]+$/);
      assert.equal(created.Status, 'Available');
      const staging = created.ScenarioRegionId;

      // The ordinary ECS action, aimed at the scenario's RegionId, changes only the staging copy.
      await call(e, Ecs.AuthorizeSecurityGroupRequest, { regionId: staging, securityGroupId: net.db, permissions: [permission({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '0.0.0.0/0' })] });
      const staged = (await rules(staging, net.db)).find((r) => r.portRange === '22/22').securityGroupRuleId;
      assert.equal((await rules(regionId, net.db)).length, 1);
      assert.equal(await check(staging, '203.0.113.5', net.dbEni, 22), true);
      assert.equal(await check(regionId, '203.0.113.5', net.dbEni, 22), false);

      // The exact diff: every flow that changes is TCP 22 to the db ENI, now allowed by the staged rule.
      const diff = await sim(net.client, 'DescribeWhatIfDiff', { ScenarioId: created.ScenarioId });
      assert.ok(diff.TotalCount > 0);
      for (const d of diff.Differences.Difference) {
        assert.deepEqual([d.Change, d.Destination.NetworkInterfaceId, d.Protocols.Protocol, d.DestinationPortRanges.PortRange], ['NewlyAllowed', net.dbEni, ['TCP'], ['22/22']]);
        assert.equal(d.Scenario.DestinationSide.SecurityGroupRuleId, staged);
        assert.equal(d.Production.Allowed, false);
      }
      assert.ok(diff.Differences.Difference.some((d) => d.Source.NetworkInterfaceId === net.webEni));
      assert.ok(diff.Differences.Difference.some((d) => d.Source.NetworkInterfaceId === undefined && d.Source.Cidrs.Cidr.length > 0));

      // Health in the scenario flags the staged exposure.
      const health = await sim(net.client, 'DescribeSecurityGroupHealth', { RegionId: staging, SecurityGroupId: net.db });
      const risky = health.Findings.Finding.find((f) => f.Type === 'RiskyExposure');
      assert.deepEqual(risky.SecurityGroupRuleIds.SecurityGroupRuleId, [staged]);
      assert.match(risky.Explanation, /bastion/);

      const applied = await sim(net.client, 'ApplyWhatIfScenario', { ScenarioId: created.ScenarioId });
      assert.equal(applied.Status, 'Applied');
      assert.equal((await rules(regionId, net.db)).length, 2);
      assert.equal(await check(regionId, '203.0.113.5', net.dbEni, 22), true);
      const listed = await sim(net.client, 'DescribeWhatIfScenarios', { 'ScenarioId.1': created.ScenarioId });
      assert.equal(listed.Scenarios.Scenario[0].Status, 'Applied');

      await sim(net.client, 'DeleteWhatIfScenario', { ScenarioId: created.ScenarioId });
      await simFails(net.client, 'DescribeWhatIfDiff', { ScenarioId: created.ScenarioId }, 'InvalidScenarioId.NotFound');
    });

    it('apply is refused when production changed since the clone', async () => {
      const created = await sim(net.client, 'CreateWhatIfScenario', { VpcId: net.vpcId });
      await call(e, Ecs.AuthorizeSecurityGroupRequest, { regionId: created.ScenarioRegionId, securityGroupId: net.web, permissions: [permission({ ipProtocol: 'TCP', portRange: '443/443', sourceCidrIp: '0.0.0.0/0' })] });
      await call(e, Ecs.AuthorizeSecurityGroupRequest, { regionId, securityGroupId: net.web, permissions: [permission({ ipProtocol: 'TCP', portRange: '8443/8443', sourceCidrIp: '192.0.2.0/24' })] });
      const before = await rules(regionId, net.web);
      await simFails(net.client, 'ApplyWhatIfScenario', { ScenarioId: created.ScenarioId }, 'IncorrectStatus.ProductionChanged');
      assert.deepEqual(await rules(regionId, net.web), before);
      await sim(net.client, 'DeleteWhatIfScenario', { ScenarioId: created.ScenarioId });
    });
  });
}
