using System.Globalization;
using SgGrid.LoadTests.Api;

namespace SgGrid.LoadTests.WhatIf;

/// <summary>
/// The VPC the <c>whatif</c> mode diffs, built through the ECS actions: tiers of groups whose rules mix internet-facing
/// ports, VPC-internal blocks and references to the next group, and ENIs spread over the groups (every tenth holding a
/// second group), so the VPC has many distinct effective policies.
/// </summary>
internal sealed class WhatIfRegion
{
    public const string RegionId = "cn-hangzhou";

    private WhatIfRegion(string vpcId, string[] groups, int networkInterfaces)
    {
        VpcId = vpcId;
        Groups = groups;
        NetworkInterfaceCount = networkInterfaces;
    }

    public string VpcId { get; }

    public IReadOnlyList<string> Groups { get; }

    public int NetworkInterfaceCount { get; }

    public static async Task<WhatIfRegion> BuildAsync(ApiClient client, WhatIfOptions options, Action<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(progress);
        var vpc = (await client.CallAsync("CreateVpc", ApiWorkload.Vpc, ("RegionId", RegionId), ("CidrBlock", "10.0.0.0/12"))).Ok().Get("VpcId");
        var vSwitch = (await client.CallAsync("CreateVSwitch", ApiWorkload.Vpc, ("RegionId", RegionId), ("VpcId", vpc), ("ZoneId", RegionId + "-h"), ("CidrBlock", "10.0.0.0/16"))).Ok().Get("VSwitchId");
        var groups = new string[options.Groups];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Groups), parallel, async (g, _) =>
            groups[g] = (await client.CallAsync("CreateSecurityGroup", ApiWorkload.Ecs, ("RegionId", RegionId), ("VpcId", vpc), ("SecurityGroupName", $"tier-{g}"))).Ok().Get("SecurityGroupId"));
        await Parallel.ForEachAsync(Enumerable.Range(0, options.Groups), parallel, async (g, _) =>
            (await client.CallAsync("AuthorizeSecurityGroup", ApiWorkload.Ecs, [new("RegionId", RegionId), new("SecurityGroupId", groups[g]), .. RulesOf(g, groups)])).Ok());
        var done = 0;
        await Parallel.ForEachAsync(Enumerable.Range(0, options.NetworkInterfaces), parallel, async (i, _) =>
        {
            List<(string, string)> parameters = [("RegionId", RegionId), ("VSwitchId", vSwitch), ("SecurityGroupIds.1", groups[i % groups.Length])];
            if (i % 10 == 9 && groups.Length > 1)
            {
                parameters.Add(("SecurityGroupIds.2", groups[((i % groups.Length) + 1 + ((i / 10) % (groups.Length - 1))) % groups.Length])); // never the first
            }

            (await client.CallAsync("CreateNetworkInterface", ApiWorkload.Ecs, [.. parameters])).Ok();
            progress(Interlocked.Increment(ref done));
        });
        return new WhatIfRegion(vpc, groups, options.NetworkInterfaces);
    }

    /// <summary>Group <paramref name="g"/>'s rules: a public port for some tiers, VPC-internal admin and monitoring, the next tier's app port.</summary>
    private static KeyValuePair<string, string>[] RulesOf(int g, string[] groups)
    {
        var rules = new List<(string Protocol, string Ports, string Name, string Value, string Policy, int Priority)>
        {
            ("TCP", "22/22", "SourceCidrIp", "10.0.0.0/12", "accept", 1),
            ("TCP", $"{8000 + (g % 50)}/{8000 + (g % 50)}", "SourceGroupId", groups[(g + 1) % groups.Length], "accept", 1),
            ("UDP", "161/161", "SourceCidrIp", $"10.0.{g % 256}.0/24", "accept", 2),
        };
        if (g % 5 == 0)
        {
            rules.Add(("TCP", "443/443", "SourceCidrIp", "0.0.0.0/0", "accept", 1));
        }

        if (g % 7 == 0)
        {
            rules.Add(("TCP", "1/65535", "SourceCidrIp", "192.0.2.0/24", "drop", 1));
        }

        return [.. rules.SelectMany((r, i) =>
        {
            var prefix = $"Permissions.{(i + 1).ToString(CultureInfo.InvariantCulture)}.";
            return new KeyValuePair<string, string>[]
            {
                new(prefix + "IpProtocol", r.Protocol), new(prefix + "PortRange", r.Ports), new(prefix + r.Name, r.Value),
                new(prefix + "Policy", r.Policy), new(prefix + "Priority", r.Priority.ToString(CultureInfo.InvariantCulture)),
            };
        })];
    }
}
