'use strict';
// The 3-process cluster test's client (run by ClusterFailoverTests): the official SDKs against one silo's endpoint.
//   node cluster/region.js create ENDPOINT   -> builds a region, prints its ids as JSON
//   node cluster/region.js check ENDPOINT IDS_JSON -> prints what the region looks like and its verdicts, as JSON
const { $OpenApiUtil, default: OpenApi, OpenApiUtil } = require('@alicloud/openapi-core');
const $dara = require('@darabonba/typescript');
const Ecs = require('@alicloud/ecs20140526');
const Vpc = require('@alicloud/vpc20160428');

const [command, endpoint, idsJson] = process.argv.slice(2);
const regionId = 'cn-hangzhou';
const config = new $OpenApiUtil.Config({ accessKeyId: 'sggrid-dev', accessKeySecret: 'sggrid-dev-secret', regionId, endpoint, protocol: 'http',
  // A cold cluster on a busy machine (first activations on Azure Table, JIT) can take longer than the SDK's 3 s default.
  readTimeout: 60000, connectTimeout: 60000 });
const ecs = new Ecs.default(config);
const vpc = new Vpc.default(config);
const generic = new OpenApi(config);

async function checkFlow(query) {
  const params = new $OpenApiUtil.Params({
    action: 'CheckFlow', version: '2026-11-28', protocol: 'HTTP', pathname: '/', method: 'POST', authType: 'AK', style: 'RPC', reqBodyType: 'formData', bodyType: 'json',
  });
  const body = (await generic.callApi(params, new $OpenApiUtil.OpenApiRequest({ query: OpenApiUtil.query({ RegionId: regionId, ...query }) }), new $dara.RuntimeOptions({}))).body;
  return { allowed: body.Allowed, source: [body.SourceSide.Reason, body.SourceSide.SecurityGroupRuleId ?? null], destination: [body.DestinationSide.Reason, body.DestinationSide.SecurityGroupRuleId ?? null] };
}

async function create() {
  const vpcId = (await vpc.createVpc(new Vpc.CreateVpcRequest({ regionId, cidrBlock: '10.0.0.0/16' }))).body.vpcId;
  const vSwitchId = (await vpc.createVSwitch(new Vpc.CreateVSwitchRequest({ regionId, vpcId, zoneId: 'cn-hangzhou-h', cidrBlock: '10.0.1.0/24' }))).body.vSwitchId;
  const group = async (name) => (await ecs.createSecurityGroup(new Ecs.CreateSecurityGroupRequest({ regionId, vpcId, securityGroupName: name }))).body.securityGroupId;
  const ids = { vpcId, vSwitchId, web: await group('web'), db: await group('db'), enis: [] };
  const rule = (permissions) => new Ecs.AuthorizeSecurityGroupRequestPermissions(permissions);
  await ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({ regionId, securityGroupId: ids.db, permissions: [
    rule({ ipProtocol: 'TCP', portRange: '3306/3306', sourceGroupId: ids.web, priority: '1' }),
    rule({ ipProtocol: 'TCP', portRange: '22/22', sourceCidrIp: '10.0.0.0/8', policy: 'drop', priority: '2' }),
  ] }));
  await ecs.authorizeSecurityGroup(new Ecs.AuthorizeSecurityGroupRequest({ regionId, securityGroupId: ids.web, permissions: [
    rule({ ipProtocol: 'TCP', portRange: '443/443', sourceCidrIp: '0.0.0.0/0', priority: '1' }),
  ] }));
  for (let i = 0; i < 6; i++) {
    const securityGroupId = i % 2 === 0 ? ids.web : ids.db;
    ids.enis.push((await ecs.createNetworkInterface(new Ecs.CreateNetworkInterfaceRequest({ regionId, vSwitchId, securityGroupId }))).body.networkInterfaceId);
  }
  console.log(JSON.stringify(ids));
}

async function check(ids) {
  const groups = (await ecs.describeSecurityGroups(new Ecs.DescribeSecurityGroupsRequest({ regionId, vpcId: ids.vpcId }))).body.securityGroups.securityGroup
    .map((g) => [g.securityGroupId, g.securityGroupName, g.ruleCount, g.ecsCount]).sort();
  const rules = [];
  for (const securityGroupId of [ids.web, ids.db]) {
    const body = (await ecs.describeSecurityGroupAttribute(new Ecs.DescribeSecurityGroupAttributeRequest({ regionId, securityGroupId }))).body;
    rules.push(...body.permissions.permission.map((p) => [securityGroupId, p.securityGroupRuleId, p.ipProtocol, p.portRange, p.policy, p.priority]));
  }
  const enis = (await ecs.describeNetworkInterfaces(new Ecs.DescribeNetworkInterfacesRequest({ regionId, vpcId: ids.vpcId, maxResults: 100 }))).body.networkInterfaceSets.networkInterfaceSet
    .map((n) => [n.networkInterfaceId, n.privateIpAddress, n.securityGroupIds.securityGroupId.join(',')]).sort();
  const verdicts = [];
  for (const source of ids.enis) {
    for (const destination of ids.enis.filter((d) => d !== source)) {
      for (const port of [3306, 22, 443]) {
        verdicts.push([source, destination, port, await checkFlow({ Source: source, Destination: destination, Protocol: 'TCP', DestinationPort: port })]);
      }
    }
  }
  verdicts.push(['internet', ids.enis[0], 443, await checkFlow({ Source: '198.51.100.7', Destination: ids.enis[0], Protocol: 'TCP', DestinationPort: 443 })]);
  console.log(JSON.stringify({ groups, rules: rules.sort(), enis, verdicts }));
}

(command === 'create' ? create() : check(JSON.parse(idsJson))).catch((e) => {
  console.error(`${e.name} ${e.code ?? ''} ${e.message}`);
  process.exit(1);
});
