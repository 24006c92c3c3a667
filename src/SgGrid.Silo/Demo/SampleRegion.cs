using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Evaluation;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Identifiers;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Silo.Demo;

/// <summary>
/// Builds a small three-tier region (bastion, two web ENIs, a database) through the grains and prints the verdicts
/// of a few connections with the rule or reason that decided each side. Shows the grain path end to end until the
/// ECS endpoint lands.
/// </summary>
internal sealed class SampleRegion(IGrainFactory grains, TextWriter output)
{
    private readonly ResourceOwner _owner = new("demo", "cn-hangzhou");
    private readonly string _vpc = IdGenerator.New("vpc-", 21);
    private readonly string _vSwitch = IdGenerator.New("vsw-", 21);
    private readonly Dictionary<string, (string Id, NetworkAddress Address)> _enis = [];

    public async Task RunAsync()
    {
        Require((await grains.GetGrain<IVpcGrain>(_vpc).CreateAsync(new VpcSpec { Owner = _owner, CidrBlock = IpCidr.Parse("10.0.0.0/16"), Name = "demo" })).Errors);
        Require((await grains.GetGrain<IVSwitchGrain>(_vSwitch).CreateAsync(new VSwitchSpec
        {
            Owner = _owner,
            VpcId = _vpc,
            ZoneId = "cn-hangzhou-h",
            CidrBlock = IpCidr.Parse("10.0.0.0/16"),
        })).Errors);
        var bastion = await GroupAsync("bastion", [In("TCP", "22/22", "198.51.100.0/24")]);
        var web = await GroupAsync("web", [In("TCP", "443/443", "0.0.0.0/0", 10), InFromGroup("TCP", "22/22", bastion, 10), In("ALL", "-1/-1", "203.0.113.0/24", 5, "drop")]);
        var db = await GroupAsync("db", [InFromGroup("TCP", "3306/3306", web)], [Out("ALL", "-1/-1", "0.0.0.0/0", 100, "drop")]);
        await grains.GetGrain<ISecurityGroupGrain>(db).ModifyPolicyAsync(_owner, Domain.SecurityGroups.InnerAccessPolicy.Drop, MutationOptions.Default);

        await EniAsync("bastion", "10.0.0.10", bastion);
        await EniAsync("web-1", "10.0.1.11", web);
        await EniAsync("web-2", "10.0.1.12", web);
        await EniAsync("db", "10.0.2.20", db);

        output.WriteLine($"SgGrid sample region (tenant {_owner.AccountId}, {_owner.RegionId}, {_vpc}): bastion, web x2, db; ECS semantics on Orleans grains.");
        output.WriteLine();
        await CheckAsync("198.51.100.7", "bastion", "TCP", 22);
        await CheckAsync("bastion", "web-1", "TCP", 22);
        await CheckAsync("web-1", "web-2", "TCP", 8080);
        await CheckAsync("web-1", "db", "TCP", 3306);
        await CheckAsync("bastion", "db", "TCP", 3306);
        await CheckAsync("db", "web-1", "TCP", 443);
        await CheckAsync("203.0.113.9", "web-1", "TCP", 443);
        await CheckAsync("192.0.2.1", "web-2", "TCP", 443);
        await CheckAsync("web-1", "192.0.2.25", "TCP", 25);
        await CheckAsync("web-2", "192.0.2.53", "UDP", 53);
    }

    private async Task<string> GroupAsync(string name, PermissionRequest[] ingress, PermissionRequest[]? egress = null)
    {
        var id = IdGenerator.New("sg-");
        var group = grains.GetGrain<ISecurityGroupGrain>(id);
        Require((await group.CreateAsync(new SecurityGroupSpec { Owner = _owner, VpcId = _vpc, Name = name })).Errors);
        Require((await group.AuthorizeAsync(_owner, Direction.Ingress, [.. ingress], MutationOptions.Default)).Errors);
        if (egress is not null)
        {
            Require((await group.AuthorizeAsync(_owner, Direction.Egress, [.. egress], MutationOptions.Default)).Errors);
        }

        return id;
    }

    private async Task EniAsync(string name, string address, string group)
    {
        var id = IdGenerator.New("eni-");
        var primary = NetworkAddress.Parse(address);
        var outcome = await grains.GetGrain<INetworkInterfaceGrain>(id).CreateAsync(new NetworkInterfaceSpec
        {
            Owner = _owner,
            VpcId = _vpc,
            VSwitchId = _vSwitch,
            PrimaryIpAddress = primary,
            SecurityGroupIds = [group],
            Name = name,
        }, MutationOptions.Default);
        Require(outcome.Errors);
        _enis[name] = (id, primary);
    }

    private async Task CheckAsync(string source, string destination, string protocol, ushort port)
    {
        var (sourceId, sourceAddress) = Resolve(source);
        var (destinationId, destinationAddress) = Resolve(destination);
        var flow = Flow.Create(sourceAddress, destinationAddress, IpProtocol.Parse(protocol).Number, 33000, port);
        var outcome = await grains.GetConnectionEvaluator().CheckAsync(_owner, sourceId, destinationId, flow);
        Require(outcome.Errors);
        var check = outcome.Value!;
        output.WriteLine($"{source} -> {destination} {protocol}/{port}: {(check.Allowed ? "ALLOWED" : "DENIED")}");
        output.WriteLine($"    source egress:       {Describe(check.Source)}");
        output.WriteLine($"    destination ingress: {Describe(check.Destination)}");
    }

    private (string? Id, NetworkAddress Address) Resolve(string name) =>
        _enis.TryGetValue(name, out var eni) ? (eni.Id, eni.Address) : (null, NetworkAddress.Parse(name));

    private static string Describe(SideExplanation? side) => side is null
        ? "external (no filter)"
        : side.Reason switch
        {
            DecisionReason.Rule => $"{(side.Allowed ? "allowed" : "denied")} by rule {side.SecurityGroupRuleId} of {side.SecurityGroupId} (priority {side.Priority}, {side.Policy})",
            DecisionReason.IntraGroup => $"allowed by intra-group trust of {side.SecurityGroupId}",
            DecisionReason.Platform => $"{(side.Allowed ? "allowed" : "denied")} by the platform ({side.PlatformRuleName})",
            _ => $"{(side.Allowed ? "allowed" : "denied")} by the default rule",
        };

    private static void Require(System.Collections.Immutable.ImmutableArray<Domain.Errors.EcsError> errors)
    {
        if (!errors.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException("The sample region could not be built: " + string.Join("; ", errors));
        }
    }

    private static PermissionRequest In(string protocol, string ports, string cidr, int priority = 1, string policy = "accept") =>
        new() { IpProtocol = protocol, PortRange = ports, SourceCidrIp = cidr, Priority = $"{priority}", Policy = policy };

    private static PermissionRequest InFromGroup(string protocol, string ports, string group, int priority = 1) =>
        new() { IpProtocol = protocol, PortRange = ports, SourceGroupId = group, Priority = $"{priority}" };

    private static PermissionRequest Out(string protocol, string ports, string cidr, int priority = 1, string policy = "accept") =>
        new() { IpProtocol = protocol, PortRange = ports, DestCidrIp = cidr, Priority = $"{priority}", Policy = policy };
}
