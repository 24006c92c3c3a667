using System.Globalization;
using SgGrid.LoadTests.Api;
using SgGrid.LoadTests.WhatIf;

namespace SgGrid.LoadTests.Noisy;

/// <summary>
/// What the <c>noisy</c> mode's two tenants hold, built through the ECS actions. The noisy tenant: a VPC like the
/// <c>whatif</c> mode's, a health group of many overlapping rules whose members are also each in one tier group (many
/// classes to analyze), and scenarios of the VPC with one rule changed each. The quiet tenant: a VPC with one group of
/// two ENIs and one rule, whose CheckFlow is timed.
/// </summary>
internal sealed record NoisyRegion(string HealthGroup, IReadOnlyList<string> Scenarios, int NetworkInterfaces, string QuietSource, string QuietDestination)
{
    public const string RegionId = WhatIfRegion.RegionId;

    public static async Task<NoisyRegion> BuildAsync(ApiClient noisy, ApiClient quiet, NoisyOptions options, Action<int> progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(noisy);
        ArgumentNullException.ThrowIfNull(quiet);
        ArgumentNullException.ThrowIfNull(options);
        var vpc = await WhatIfRegion.BuildAsync(noisy, new WhatIfOptions { NetworkInterfaces = options.NetworkInterfaces, Groups = options.Groups, Concurrency = options.Concurrency }, progress, cancellationToken);
        var vSwitch = (await noisy.CallAsync("DescribeVSwitches", ApiWorkload.Vpc, ("RegionId", RegionId), ("VpcId", vpc.VpcId))).Ok()
            .Body.GetProperty("VSwitches").GetProperty("VSwitch")[0].GetProperty("VSwitchId").GetString()!;

        var health = (await noisy.CallAsync("CreateSecurityGroup", ApiWorkload.Ecs, ("RegionId", RegionId), ("VpcId", vpc.VpcId), ("SecurityGroupName", "health"))).Ok().Get("SecurityGroupId");
        (await noisy.CallAsync("AuthorizeSecurityGroup", ApiWorkload.Ecs, [new("RegionId", RegionId), new("SecurityGroupId", health), .. HealthRules(options.HealthRules)])).Ok();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Concurrency, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(Enumerable.Range(0, options.HealthMembers), parallel, async (i, _) =>
            (await noisy.CallAsync("CreateNetworkInterface", ApiWorkload.Ecs, ("RegionId", RegionId), ("VSwitchId", vSwitch),
                ("SecurityGroupIds.1", health), ("SecurityGroupIds.2", vpc.Groups[i % vpc.Groups.Count]))).Ok());

        var scenarios = new List<string>();
        for (var i = 0; i < options.Scenarios; i++)
        {
            var created = (await noisy.CallAsync("CreateWhatIfScenario", ApiWorkload.Simulation, ("RegionId", RegionId), ("VpcId", vpc.VpcId), ("Name", $"storm-{i}"))).Ok();
            (await noisy.CallAsync("AuthorizeSecurityGroup", ApiWorkload.Ecs, ("RegionId", created.Get("ScenarioRegionId")), ("SecurityGroupId", vpc.Groups[(i * 37) % vpc.Groups.Count]),
                ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "22/22"), ("Permissions.1.SourceCidrIp", "0.0.0.0/0"), ("Permissions.1.Priority", "1"))).Ok();
            scenarios.Add(created.Get("ScenarioId"));
        }

        var quietVpc = (await quiet.CallAsync("CreateVpc", ApiWorkload.Vpc, ("RegionId", RegionId), ("CidrBlock", "10.0.0.0/16"))).Ok().Get("VpcId");
        var quietSwitch = (await quiet.CallAsync("CreateVSwitch", ApiWorkload.Vpc, ("RegionId", RegionId), ("VpcId", quietVpc), ("ZoneId", RegionId + "-h"), ("CidrBlock", "10.0.1.0/24"))).Ok().Get("VSwitchId");
        var web = (await quiet.CallAsync("CreateSecurityGroup", ApiWorkload.Ecs, ("RegionId", RegionId), ("VpcId", quietVpc), ("SecurityGroupName", "web"))).Ok().Get("SecurityGroupId");
        (await quiet.CallAsync("AuthorizeSecurityGroup", ApiWorkload.Ecs, ("RegionId", RegionId), ("SecurityGroupId", web),
            ("Permissions.1.IpProtocol", "TCP"), ("Permissions.1.PortRange", "443/443"), ("Permissions.1.SourceCidrIp", "10.0.0.0/8"))).Ok();
        var from = (await quiet.CallAsync("CreateNetworkInterface", ApiWorkload.Ecs, ("RegionId", RegionId), ("VSwitchId", quietSwitch), ("SecurityGroupIds.1", web))).Ok().Get("NetworkInterfaceId");
        var to = (await quiet.CallAsync("CreateNetworkInterface", ApiWorkload.Ecs, ("RegionId", RegionId), ("VSwitchId", quietSwitch), ("SecurityGroupIds.1", web))).Ok().Get("NetworkInterfaceId");
        return new NoisyRegion(health, scenarios, options.NetworkInterfaces + options.HealthMembers, from, to);
    }

    /// <summary>Overlapping rules: port ranges that nest and cross, blocks inside blocks, accepts and drops at several priorities.</summary>
    private static IEnumerable<KeyValuePair<string, string>> HealthRules(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var prefix = $"Permissions.{(i + 1).ToString(CultureInfo.InvariantCulture)}.";
            var low = 1000 + (i * 97 % 20_000);
            var high = low + (i % 4 == 0 ? 5_000 : i % 4 == 1 ? 50 : 0);
            var cidr = (i % 3) switch
            {
                0 => $"10.{i % 16}.0.0/16",
                1 => $"10.{i % 16}.{i % 256}.0/24",
                _ => $"172.16.{i % 256}.0/24",
            };
            yield return new(prefix + "IpProtocol", i % 5 == 4 ? "UDP" : "TCP");
            yield return new(prefix + "PortRange", $"{low}/{high}");
            yield return new(prefix + "SourceCidrIp", cidr);
            yield return new(prefix + "Policy", i % 6 == 5 ? "drop" : "accept");
            yield return new(prefix + "Priority", (1 + (i % 100)).ToString(CultureInfo.InvariantCulture));
        }
    }
}
