using System.Collections.Immutable;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.Instances;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.Grains.Tests.Support;

/// <summary>
/// A fresh tenant, VPC and address range per test, with the test's own record of who is in which group, so that
/// the grains' verdicts can be checked against the domain's <see cref="ReferenceEvaluator"/> built independently.
/// </summary>
public sealed class TestRegion(IGrainFactory grains, ResourceOwner? owner = null)
{
    private static int _nextRegion;
    private readonly int _region = Interlocked.Increment(ref _nextRegion);
    private readonly Dictionary<string, NetworkAddress> _enis = [];
    private readonly Dictionary<string, List<string>> _enisGroups = [];
    private int _nextHost;

    /// <summary>The zone of the region's vSwitch.</summary>
    public const string ZoneId = "cn-test-a";

    public ResourceOwner Owner { get; } = owner ?? TestIds.Tenant();

    public string VpcId { get; } = TestIds.Vpc();

    public string VSwitchId { get; } = TestIds.VSwitch();

    private Task? _network;

    /// <summary>Creates the region's VPC (10.R.0.0/16) and vSwitch (10.R.0.0/17) once.</summary>
    public Task EnsureNetworkAsync() => _network ??= CreateNetworkAsync();

    private async Task CreateNetworkAsync()
    {
        var vpc = await grains.GetGrain<IVpcGrain>(VpcId).CreateAsync(new VpcSpec { Owner = Owner, CidrBlock = IpCidr.Parse($"10.{_region & 0xFF}.0.0/16"), EnableIpv6 = true });
        Assert.True(vpc.Succeeded, string.Join("; ", vpc.Errors));
        var vSwitch = await grains.GetGrain<IVSwitchGrain>(VSwitchId).CreateAsync(new VSwitchSpec
        {
            Owner = Owner,
            VpcId = VpcId,
            ZoneId = ZoneId,
            CidrBlock = IpCidr.Parse($"10.{_region & 0xFF}.0.0/17"),
            Ipv6CidrBlockIndex = 0,
        });
        Assert.True(vSwitch.Succeeded, string.Join("; ", vSwitch.Errors));
        Ipv6Block = vSwitch.Value!.Ipv6CidrBlock;
    }

    /// <summary>The region vSwitch's IPv6 /64 (after <see cref="EnsureNetworkAsync"/>).</summary>
    public IpCidr? Ipv6Block { get; private set; }

    /// <summary>Address <paramref name="host"/> of the vSwitch's IPv6 block.</summary>
    public NetworkAddress Ipv6Address(ulong host) => new(Ipv6Block!.Value.First + host, IpFamily.IPv6);

    /// <summary>Another VPC of <paramref name="owner"/> (the region's tenant by default).</summary>
    public async Task<string> CreateOtherVpcAsync(ResourceOwner? owner = null)
    {
        var id = TestIds.Vpc();
        var vpc = await grains.GetGrain<IVpcGrain>(id).CreateAsync(new VpcSpec { Owner = owner ?? Owner, CidrBlock = IpCidr.Parse("172.16.0.0/16") });
        Assert.True(vpc.Succeeded, string.Join("; ", vpc.Errors));
        return id;
    }

    /// <summary>A group of another tenant, in that tenant's own VPC.</summary>
    public async Task<string> CreateForeignGroupAsync(ResourceOwner stranger) =>
        await CreateGroupAsync(vpcId: await CreateOtherVpcAsync(stranger), owner: stranger);

    public IGrainFactory Grains => grains;

    /// <summary>A fresh region of the tenant with small quotas (<see cref="ClusterFixture.SmallTenant"/>).</summary>
    public static TestRegion OfSmallTenant(IGrainFactory grains) =>
        new(grains, new ResourceOwner(ClusterFixture.SmallTenant, $"cn-small-{Guid.NewGuid():N}"));

    public IReadOnlyDictionary<string, NetworkAddress> Enis => _enis;

    public ISecurityGroupGrain Group(string id) => grains.GetGrain<ISecurityGroupGrain>(id);

    public INetworkInterfaceGrain Eni(string id) => grains.GetGrain<INetworkInterfaceGrain>(id);

    public async Task<string> CreateGroupAsync(SecurityGroupType type = SecurityGroupType.Normal, string? vpcId = null, ResourceOwner? owner = null)
    {
        await EnsureNetworkAsync();
        var id = TestIds.SecurityGroup();
        var outcome = await Group(id).CreateAsync(new SecurityGroupSpec { Owner = owner ?? Owner, VpcId = vpcId ?? VpcId, Type = type, Name = id });
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        return id;
    }

    public NetworkAddress NextAddress() =>
        NetworkAddress.FromIPv4((uint)((10 << 24) | ((_region & 0xFF) << 16) | Interlocked.Increment(ref _nextHost)));

    public async Task<string> CreateEniAsync(params string[] groups)
    {
        await EnsureNetworkAsync();
        var id = TestIds.NetworkInterface();
        var address = NextAddress();
        var outcome = await Eni(id).CreateAsync(Spec(address, groups), MutationOptions.Default);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        _enis[id] = address;
        _enisGroups[id] = [.. groups];
        return id;
    }

    public NetworkInterfaceSpec Spec(NetworkAddress address, params string[] groups) => new()
    {
        Owner = Owner,
        VpcId = VpcId,
        VSwitchId = VSwitchId,
        PrimaryIpAddress = address,
        SecurityGroupIds = [.. groups],
    };

    /// <summary>Records a membership change the test made through the grains.</summary>
    public void Track(string eniId, params string[] groups) => _enisGroups[eniId] = [.. groups];

    /// <summary>Records an ENI the grains created (an instance's primary ENI) with its address and groups.</summary>
    public void Track(string eniId, NetworkAddress address, params string[] groups)
    {
        _enis[eniId] = address;
        _enisGroups[eniId] = [.. groups];
    }

    /// <summary>Stops checking an ENI that was deleted.</summary>
    public void Forget(string eniId)
    {
        _enis.Remove(eniId);
        _enisGroups.Remove(eniId);
    }

    public IInstanceGrain Instance(string id) => grains.GetGrain<IInstanceGrain>(id);

    /// <summary>RunInstances in the region's vSwitch at <paramref name="address"/> (null: the vSwitch's choice) in <paramref name="groups"/> (none: D8).</summary>
    public InstanceSpec InstanceSpec(NetworkAddress? address, params string[] groups) => new()
    {
        Owner = Owner,
        VpcId = VpcId,
        VSwitchId = VSwitchId,
        InstanceType = "ecs.g7.large",
        ImageId = "aliyun_3_x64_20G_alibase_20240819.vhd",
        PrimaryIpAddress = address,
        SecurityGroupIds = [.. groups],
    };

    /// <summary>Launches an instance at the next address and tracks its primary ENI with the groups it ended up in.</summary>
    public async Task<InstanceInfo> CreateInstanceAsync(params string[] groups)
    {
        await EnsureNetworkAsync();
        var outcome = await Instance(TestIds.Instance()).CreateAsync(InstanceSpec(NextAddress(), groups), MutationOptions.Default);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        var info = outcome.Value!;
        Track(info.PrimaryNetworkInterfaceId, info.PrivateIpAddresses[0], [.. info.SecurityGroupIds]);
        return info;
    }

    /// <summary>Another vSwitch of the region's VPC (10.R.128.0/17) in <paramref name="zoneId"/>; once per region.</summary>
    public async Task<string> CreateSecondVSwitchAsync(string zoneId)
    {
        await EnsureNetworkAsync();
        var id = TestIds.VSwitch();
        var vSwitch = await grains.GetGrain<IVSwitchGrain>(id).CreateAsync(new VSwitchSpec
        {
            Owner = Owner,
            VpcId = VpcId,
            ZoneId = zoneId,
            CidrBlock = IpCidr.Parse($"10.{_region & 0xFF}.128.0/17"),
        });
        Assert.True(vSwitch.Succeeded, string.Join("; ", vSwitch.Errors));
        return id;
    }

    public async Task AuthorizeAsync(string groupId, Direction direction, params PermissionRequest[] permissions)
    {
        var result = await Group(groupId).AuthorizeAsync(Owner, direction, [.. permissions], MutationOptions.Default);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
    }

    /// <summary>Every ENI's expected policy, built by the domain from the test's own record of the region.</summary>
    public Task<Dictionary<string, EffectivePolicy>> ExpectedPoliciesAsync() => ExpectedPoliciesAsync(_enis.Keys);

    /// <summary>The expected policies of <paramref name="enis"/> only (member addresses still from the whole region).</summary>
    public async Task<Dictionary<string, EffectivePolicy>> ExpectedPoliciesAsync(IEnumerable<string> enis)
    {
        ArgumentNullException.ThrowIfNull(enis);
        var infos = new Dictionary<string, SecurityGroupSnapshot>();
        foreach (var groupId in _enisGroups.Values.SelectMany(g => g).Distinct())
        {
            var info = await Group(groupId).GetInfoAsync();
            var rules = await Group(groupId).GetRulesAsync();
            Assert.NotNull(info);
            var vpc = await grains.GetGrain<IVpcGrain>(info.VpcId).GetInfoAsync(info.Owner);
            var vpcBlocks = vpc is null ? AddressSet.Empty : AddressSet.FromCidrs(vpc.Ipv6CidrBlock is { } ipv6 ? [vpc.CidrBlock, ipv6] : [vpc.CidrBlock]);
            infos[groupId] = new SecurityGroupSnapshot(groupId, info.Type, info.InnerAccessPolicy, [.. rules.Select(r => r.Rule)], MembersOf(groupId), vpcBlocks);
        }

        var resolver = new ExpectedResolver(this);
        return enis.ToDictionary(
            eni => eni,
            eni => EffectivePolicyBuilder.Build(_enisGroups[eni].Select(g => infos[g]).ToArray(), resolver, EmulationOptions.Default).GetValueOrThrow());
    }

    /// <summary>Every ENI's verdicts, both directions, on flows among the ENIs and to/from an external address, equal the reference.</summary>
    public async Task AssertMatchesReferenceAsync()
    {
        var policies = await ExpectedPoliciesAsync();
        var external = NetworkAddress.Parse("203.0.113.9");
        var peers = _enis.Values.Append(external).ToArray();
        foreach (var (eniId, address) in _enis)
        {
            var policy = policies[eniId];
            foreach (var peer in peers.Where(p => p != address))
            {
                foreach (var (protocol, port) in Probes)
                {
                    var inbound = Flow.Create(peer, address, protocol, 33000, port);
                    var outbound = Flow.Create(address, peer, protocol, 33000, port);
                    await AssertSideAsync(eniId, Direction.Ingress, inbound, ReferenceEvaluator.Evaluate(policy.Ingress, inbound));
                    await AssertSideAsync(eniId, Direction.Egress, outbound, ReferenceEvaluator.Evaluate(policy.Egress, outbound));
                }
            }
        }
    }

    /// <summary>
    /// As <see cref="AssertMatchesReferenceAsync"/> for the ENIs of <paramref name="sample"/> only, each against the others of
    /// the sample and an external address: for regions too large to check every pair.
    /// </summary>
    public async Task AssertSampleMatchesReferenceAsync(IReadOnlyCollection<string> sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var policies = await ExpectedPoliciesAsync(sample);
        var peers = sample.Select(e => _enis[e]).Append(NetworkAddress.Parse("203.0.113.9")).ToArray();
        foreach (var eniId in sample)
        {
            var address = _enis[eniId];
            foreach (var peer in peers.Where(p => p != address))
            {
                foreach (var (protocol, port) in Probes)
                {
                    var inbound = Flow.Create(peer, address, protocol, 33000, port);
                    var outbound = Flow.Create(address, peer, protocol, 33000, port);
                    await AssertSideAsync(eniId, Direction.Ingress, inbound, ReferenceEvaluator.Evaluate(policies[eniId].Ingress, inbound));
                    await AssertSideAsync(eniId, Direction.Egress, outbound, ReferenceEvaluator.Evaluate(policies[eniId].Egress, outbound));
                }
            }
        }
    }

    public static readonly (byte Protocol, ushort Port)[] Probes =
        [(IpProtocol.TcpNumber, 22), (IpProtocol.TcpNumber, 80), (IpProtocol.TcpNumber, 3306), (IpProtocol.UdpNumber, 53), (IpProtocol.IcmpNumber, 0)];

    private async Task AssertSideAsync(string eniId, Direction direction, Flow flow, FilterDecision expected)
    {
        var outcome = await Eni(eniId).EvaluateAsync(direction, flow);
        Assert.True(outcome.Succeeded, string.Join("; ", outcome.Errors));
        if (outcome.Value!.Decision != expected)
        {
            Assert.Fail($"{eniId} {direction} {flow}: reference {expected}, grain {outcome.Value.Decision}");
        }
    }

    public AddressSet MembersOf(string groupId) =>
        AddressSet.FromAddresses(_enisGroups.Where(e => e.Value.Contains(groupId)).Select(e => _enis[e.Key]));

    private sealed class ExpectedResolver(TestRegion region) : IPeerResolver
    {
        public AddressSet ResolveSecurityGroup(string groupId, string? ownerAccount) => region.MembersOf(groupId);

        public AddressSet ResolvePrefixList(string prefixListId) => AddressSet.Empty;
    }
}
