using System.Collections.Immutable;
using System.Diagnostics;
using SgGrid.Domain.Addresses;
using SgGrid.Domain.Identifiers;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Domain.Validation;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Abstractions.SecurityGroups;
using SgGrid.Grains.Abstractions.VSwitches;
using SgGrid.Grains.Abstractions.Vpcs;

namespace SgGrid.LoadTests.Regions;

/// <summary>
/// Builds a <see cref="RegionPlan"/> through the grains as a client would: per tenant and VPC (10.0.0.0/8) vSwitches of /16,
/// groups with generated rules, then the ENIs through the bulk path (one group version per batch of ENIs), planned
/// addresses and all; returns once every group has converged.
/// </summary>
internal sealed class RegionBuilder(IGrainFactory grains)
{
    /// <summary>Usable addresses planned per /16 vSwitch (65,532 usable; a margin kept).</summary>
    private const int AddressesPerVSwitch = 65_000;

    public static string Account(int tenant) => $"load{tenant:D5}";

    public static ResourceOwner Owner(int tenant) => new(Account(tenant), "cn-load");

    public async Task<BuiltRegion> BuildAsync(RegionPlan plan, Action<int>? networkInterfacesCreated = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var clock = Stopwatch.StartNew();
        var groups = new List<RegionGroup>();
        var enis = new List<RegionNetworkInterface>();
        var byVpc = new Dictionary<string, RegionNetworkInterface[]>(StringComparer.Ordinal);
        var created = 0;
        var jobsByVpc = new List<List<Func<Task>>>();

        // Plan every VPC deterministically from the seed first (ids, rules, ENIs), then create them in parallel: a tenant's
        // VPC, vSwitch and directory grains serialize its own creations, so throughput comes from many tenants at once.
        var random = new Random(plan.Seed);
        var vpcPlans = new List<(ResourceOwner Owner, int Tenant, string VpcId, List<(string Id, uint Base, IpCidr Cidr)> VSwitches, List<RegionGroup> Groups, RegionNetworkInterface[] Enis)>();
        for (var t = 0; t < plan.Tenants; t++)
        {
            var tenant = plan.FirstTenant + t;
            var owner = Owner(tenant);
            for (var v = 0; v < plan.VpcsPerTenant; v++)
            {
                var vpcId = ResourceIds.NewVpcId(random);
                var vSwitches = new List<(string Id, uint Base, IpCidr Cidr)>();
                for (var s = 0; s < Math.Max(1, (plan.NetworkInterfacesPerVpc + AddressesPerVSwitch - 1) / AddressesPerVSwitch); s++)
                {
                    var cidr = IpCidr.Parse($"10.{s}.0.0/16");
                    vSwitches.Add((ResourceIds.NewVSwitchId(random), (uint)cidr.Network.Value, cidr));
                }

                var vpcGroups = new List<RegionGroup>();
                for (var g = 0; g < plan.GroupsPerVpc; g++)
                {
                    var (ingress, egress) = RuleGenerator.Generate(random, PickRuleCount(random, plan.RuleCounts));
                    vpcGroups.Add(new RegionGroup(ResourceIds.NewSecurityGroupId(random), tenant, vpcId, ingress, egress));
                }

                var vpcEnis = new RegionNetworkInterface[plan.NetworkInterfacesPerVpc];
                for (var i = 0; i < vpcEnis.Length; i++)
                {
                    var first = vpcGroups[i % vpcGroups.Count].Id;
                    string[] set = vpcGroups.Count > 1 && random.NextDouble() < plan.SecondGroupShare
                        ? [first, vpcGroups[(i + 1 + random.Next(vpcGroups.Count - 1)) % vpcGroups.Count].Id]
                        : [first];
                    var vSwitch = vSwitches[i / AddressesPerVSwitch];
                    var address = new NetworkAddress(vSwitch.Base + 1 + (uint)(i % AddressesPerVSwitch), IpFamily.IPv4);
                    vpcEnis[i] = new RegionNetworkInterface(ResourceIds.NewNetworkInterfaceId(random), tenant, vpcId, address, set);
                }

                vpcPlans.Add((owner, tenant, vpcId, vSwitches, vpcGroups, vpcEnis));
                groups.AddRange(vpcGroups);
                enis.AddRange(vpcEnis);
                byVpc[vpcId] = vpcEnis;
            }
        }

        var type = plan.Advanced ? SecurityGroupType.Enterprise : SecurityGroupType.Normal;
        await Parallel.ForEachAsync(vpcPlans, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (vpc, _) =>
        {
            Require((await grains.GetGrain<IVpcGrain>(vpc.VpcId).CreateAsync(new VpcSpec { Owner = vpc.Owner, CidrBlock = IpCidr.Parse("10.0.0.0/8") })).Errors);
            foreach (var vSwitch in vpc.VSwitches)
            {
                Require((await grains.GetGrain<IVSwitchGrain>(vSwitch.Id).CreateAsync(new VSwitchSpec { Owner = vpc.Owner, VpcId = vpc.VpcId, ZoneId = "cn-load-a", CidrBlock = vSwitch.Cidr })).Errors);
            }

            foreach (var group in vpc.Groups)
            {
                await CreateGroupAsync(vpc.Owner, group, type);
            }
        });

        foreach (var vpc in vpcPlans)
        {
            var vpcJobs = new List<Func<Task>>();
            // Bulk creation: batches of ENIs with one vSwitch and one group set.
            foreach (var bucket in vpc.Enis.Select((e, i) => (Eni: e, VSwitch: vpc.VSwitches[i / AddressesPerVSwitch].Id))
                .GroupBy(x => (x.VSwitch, Set: string.Join(',', x.Eni.GroupIds))))
            {
                foreach (var chunk in bucket.Chunk(plan.BulkSize))
                {
                    var spec = new NetworkInterfaceBulkSpec
                    {
                        Owner = vpc.Owner,
                        VpcId = vpc.VpcId,
                        VSwitchId = bucket.Key.VSwitch,
                        SecurityGroupIds = [.. chunk[0].Eni.GroupIds],
                        PrimaryIpAddresses = [.. chunk.Select(c => c.Eni.Address)],
                        NetworkInterfaceIds = [.. chunk.Select(c => c.Eni.Id)],
                    };
                    vpcJobs.Add(async () =>
                    {
                        var result = await grains.GetGrain<INetworkInterfaceProvisioningGrain>(0).CreateManyAsync(spec, MutationOptions.NoWait);
                        Require(result.Errors);
                        networkInterfacesCreated?.Invoke(Interlocked.Add(ref created, spec.PrimaryIpAddresses.Length));
                    });
                }
            }

            jobsByVpc.Add(vpcJobs);
        }

        // Round-robin over the VPCs, so jobs in flight belong to different tenants.
        var jobs = new List<Func<Task>>();
        for (var round = 0; jobsByVpc.Any(j => j.Count > round); round++)
        {
            jobs.AddRange(jobsByVpc.Where(j => j.Count > round).Select(j => j[round]));
        }

        // Run the bulk jobs with bounded parallelism, interleaving VPCs so one group is not hammered by every job at once.
        var next = -1;
        var ordered = jobs.ToArray();
        var parallelism = Math.Max(1, Math.Min(plan.BulkParallelism, ordered.Length));
        await Task.WhenAll(Enumerable.Range(0, parallelism).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < ordered.Length)
            {
                await ordered[i]();
            }
        }));

        await ConvergeAsync(groups.Select(g => g.Id));
        clock.Stop();
        return new BuiltRegion
        {
            Groups = groups,
            NetworkInterfaces = enis,
            ByVpc = byVpc,
            GroupsById = groups.ToDictionary(g => g.Id, StringComparer.Ordinal),
            BuildSeconds = clock.Elapsed.TotalSeconds,
        };
    }

    /// <summary>Waits until every member of every group serves the group's current version.</summary>
    public async Task ConvergeAsync(IEnumerable<string> groupIds)
    {
        await Parallel.ForEachAsync(groupIds, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (id, _) =>
        {
            var group = grains.GetGrain<ISecurityGroupGrain>(id);
            var info = await group.GetInfoAsync();
            if (info is not null)
            {
                await group.WaitForConvergenceAsync(info.Version);
            }
        });
    }

    /// <summary>Asks every ENI for its silo and maps it to the connection's silo index.</summary>
    public async Task LocateAsync(IReadOnlyList<RegionNetworkInterface> enis, Func<string, int> siloIndexOf)
    {
        ArgumentNullException.ThrowIfNull(enis);
        ArgumentNullException.ThrowIfNull(siloIndexOf);
        await Parallel.ForEachAsync(enis, new ParallelOptions { MaxDegreeOfParallelism = 64 }, async (eni, _) =>
            eni.Silo = siloIndexOf(await grains.GetGrain<INetworkInterfaceGrain>(eni.Id).GetSiloAsync()));
    }

    private async Task CreateGroupAsync(ResourceOwner owner, RegionGroup group, SecurityGroupType type)
    {
        var grain = grains.GetGrain<ISecurityGroupGrain>(group.Id);
        Require((await grain.CreateAsync(new SecurityGroupSpec { Owner = owner, VpcId = group.VpcId, Type = type })).Errors);
        foreach (var (direction, rules) in new[] { (Direction.Ingress, group.Ingress), (Direction.Egress, group.Egress) })
        {
            foreach (var chunk in rules.Chunk(100))
            {
                Require((await grain.AuthorizeAsync(owner, direction, [.. chunk], MutationOptions.NoWait)).Errors);
            }
        }
    }

    private static int PickRuleCount(Random random, IReadOnlyList<(int Rules, double Weight)> counts)
    {
        var total = counts.Sum(c => c.Weight);
        var pick = random.NextDouble() * total;
        foreach (var (rules, weight) in counts)
        {
            pick -= weight;
            if (pick < 0)
            {
                return rules;
            }
        }

        return counts[^1].Rules;
    }

    public static void Require(ImmutableArray<Domain.Errors.EcsError> errors)
    {
        if (!errors.IsDefaultOrEmpty)
        {
            throw new InvalidOperationException(string.Join("; ", errors));
        }
    }
}
