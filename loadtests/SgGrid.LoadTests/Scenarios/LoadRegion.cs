using SgGrid.Domain.Addresses;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.LoadTests.Scenarios;

/// <summary>A synthetic tenant region built through the grains: one VPC (10.0.0.0/8), vSwitches of /16, groups, ENIs.</summary>
internal sealed class LoadRegion(IGrainFactory grains, string account = "load")
{
    private readonly List<string> _vSwitches = [];
    private int _nextVSwitch;

    public ResourceOwner Owner { get; } = new(account, "cn-load");

    public string VpcId { get; } = ResourceIds.NewVpcId(Random.Shared);

    public async Task CreateNetworkAsync(int networkInterfaces)
    {
        Require((await grains.GetGrain<IVpcGrain>(VpcId).CreateAsync(new VpcSpec { Owner = Owner, CidrBlock = IpCidr.Parse("10.0.0.0/8") })).Errors);
        // A /16 holds 65,532 usable addresses; add vSwitches until every ENI fits.
        var count = Math.Max(1, (networkInterfaces / 60_000) + 1);
        for (var i = 0; i < count; i++)
        {
            var id = ResourceIds.NewVSwitchId(Random.Shared);
            Require((await grains.GetGrain<IVSwitchGrain>(id).CreateAsync(new VSwitchSpec
            {
                Owner = Owner,
                VpcId = VpcId,
                ZoneId = "cn-load-a",
                CidrBlock = IpCidr.Parse($"10.{i}.0.0/16"),
            })).Errors);
            _vSwitches.Add(id);
        }
    }

    public Task<string> CreateGroupAsync(params PermissionRequest[] ingress) => CreateGroupAsync(Domain.SecurityGroups.SecurityGroupType.Normal, ingress);

    public async Task<string> CreateGroupAsync(Domain.SecurityGroups.SecurityGroupType type, params PermissionRequest[] ingress)
    {
        var id = ResourceIds.NewSecurityGroupId(Random.Shared);
        var group = grains.GetGrain<ISecurityGroupGrain>(id);
        Require((await group.CreateAsync(new SecurityGroupSpec { Owner = Owner, VpcId = VpcId, Type = type })).Errors);
        if (ingress.Length > 0)
        {
            Require((await group.AuthorizeAsync(Owner, Domain.Rules.Direction.Ingress, [.. ingress], MutationOptions.Default)).Errors);
        }

        return id;
    }

    /// <summary>Creates <paramref name="count"/> ENIs in <paramref name="groupOf"/>(i)'s groups, <paramref name="parallelism"/> at a time.</summary>
    public async Task<string[]> CreateNetworkInterfacesAsync(int count, Func<int, string[]> groupOf, int parallelism, MutationOptions options)
    {
        var ids = new string[count];
        var next = -1;
        await Task.WhenAll(Enumerable.Range(0, parallelism).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < count)
            {
                var id = ResourceIds.NewNetworkInterfaceId(Random.Shared);
                var vSwitch = _vSwitches[Interlocked.Increment(ref _nextVSwitch) % _vSwitches.Count];
                var outcome = await grains.GetGrain<INetworkInterfaceGrain>(id).CreateAsync(new NetworkInterfaceSpec
                {
                    Owner = Owner,
                    VpcId = VpcId,
                    VSwitchId = vSwitch,
                    SecurityGroupIds = [.. groupOf(i)],
                }, options);
                Require(outcome.Errors);
                ids[i] = id;
                if ((i + 1) % 5000 == 0)
                {
                    Console.WriteLine($"    {i + 1:N0} ENIs at {DateTime.UtcNow:HH:mm:ss}");
                }
            }
        }));
        return ids;
    }

    public static PermissionRequest Tcp(int port, string cidr = "0.0.0.0/0") =>
        new() { IpProtocol = "TCP", PortRange = $"{port}/{port}", SourceCidrIp = cidr };

    public static void Require(System.Collections.Immutable.ImmutableArray<Domain.Errors.EcsError> errors)
    {
        if (!errors.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }
    }
}
