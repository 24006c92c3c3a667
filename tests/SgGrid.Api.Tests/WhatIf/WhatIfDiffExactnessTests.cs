using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Simulation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using Xunit.Abstractions;

namespace SgGrid.Api.Tests.WhatIf;

/// <summary>
/// DescribeWhatIfDiff against brute force: a seeded random region is built and mirrored, a scenario is cloned from it and
/// changed through its RegionId (rules added and revoked, policies, memberships, a new ENI), and every flow of a narrowed
/// space (every address of both worlds and external ones, sampled ports, six protocols) is decided in both worlds by the
/// reference evaluator. A flow whose verdict differs must lie in exactly one entry, with the right change, ends and
/// deciding rules; a flow whose verdict does not differ must lie in none. The domain's differ has its own exhaustive test
/// over a thousand random worlds; this one proves the grains and the API feed it exactly what the data plane decides with.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class WhatIfDiffExactnessTests(ApiHostFixture host, ITestOutputHelper output)
{
    public static TheoryData<int> Seeds => [.. Enumerable.Range(11, 20)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Diff_RandomScenario_EqualsBruteForceOverEveryFlow(int seed)
    {
        var random = new Random(seed);
        var production = await RandomRegions.BuildAsync(host.Client(ApiHostFixture.Alice), random, enterprise: seed % 5 == 0);
        var (scenarioId, scenarioRegion) = await production.Client.CreateScenarioAsync(production.Api.VpcId);
        var scenario = production.Fork(scenarioRegion);
        await ChangeAsync(scenario, random);

        var entries = (await production.Client.DiffAsync(scenarioId)).Select(ParsedDifference.Parse).ToArray();
        var universe = new DiffUniverse(production, scenario);
        int differing = 0, flows = 0;
        foreach (var c in universe.Cases())
        {
            flows++;
            var holding = entries.Where(e => e.Holds(c.Flow)).ToArray();
            if (c.ProductionAllowed == c.ScenarioAllowed)
            {
                if (holding.Length > 0)
                {
                    Assert.Fail($"{c.Flow}: same verdict ({c.ProductionAllowed}) in both worlds, yet in the diff: {holding[0].Json}");
                }

                continue;
            }

            differing++;
            var entry = Assert.Single(holding);
            var what = $"{c.Flow} ({c.Production} -> {c.Scenario}) in {entry.Json}";
            Assert.True(entry.Change == (c.ScenarioAllowed ? "NewlyAllowed" : "NewlyDenied"), what);
            Assert.True((c.From.Scenario ?? c.From.Production) == Id(entry.Json, "Source"), what);
            Assert.True((c.To.Scenario ?? c.To.Production) == Id(entry.Json, "Destination"), what);
            AssertSides(universe, false, c.From.Production, c.To.Production, c.Production, entry.Json.GetProperty("Production"), what);
            AssertSides(universe, true, c.From.Scenario, c.To.Scenario, c.Scenario, entry.Json.GetProperty("Scenario"), what);
        }

        output.WriteLine($"seed {seed}: {flows} flows compared, {differing} differ, {entries.Length} diff entries");
    }

    /// <summary>Two to four changes through the scenario's RegionId, mirrored.</summary>
    private static async Task ChangeAsync(MirroredRegion scenario, Random random)
    {
        var groups = scenario.Groups.ToArray();
        var enis = scenario.NetworkInterfaces.ToArray();
        await RandomRegions.ChangeAsync(scenario, random);
        var group = groups[random.Next(groups.Length)];
        var direction = random.Next(2) == 0 ? Direction.Ingress : Direction.Egress;
        var permission = RandomRegions.RandomPermission(random, scenario, groups, ListOf(scenario), enis, scenario.TypeOf(group) == SecurityGroupType.Enterprise, group);
        await scenario.AuthorizeAsync(group, direction, direction == Direction.Ingress ? permission
            : [.. permission.Select(p => (p.Item1.Replace("Source", "Dest", StringComparison.Ordinal), p.Item2))]);
        if (random.Next(2) == 0 && scenario.RulesOf(group).Count > 0)
        {
            await scenario.RevokeAsync(group, scenario.RulesOf(group)[random.Next(scenario.RulesOf(group).Count)].RuleId);
        }

        var eni = enis[random.Next(enis.Length)];
        if (groups.FirstOrDefault(g => !scenario.GroupsOf(eni).Contains(g)) is { } other)
        {
            await scenario.JoinAsync(eni, other);
        }

        if (random.Next(2) == 0)
        {
            await scenario.CreateNetworkInterfaceAsync(random.Next(2) == 0, groups[random.Next(groups.Length)]);
        }

        if (scenario.TypeOf(groups[0]) == SecurityGroupType.Normal && random.Next(2) == 0)
        {
            await scenario.SetPolicyAsync(groups[0], random.Next(2) == 0 ? InnerAccessPolicy.Drop : InnerAccessPolicy.Accept);
        }
    }

    private static string ListOf(MirroredRegion region) => region.PrefixListIds.First();

    private static string? Id(JsonElement entry, string end) =>
        entry.GetProperty(end).TryGetProperty("NetworkInterfaceId", out var id) ? id.GetString() : null;

    private static void AssertSides(DiffUniverse universe, bool scenario, string? sourceEni, string? destinationEni,
        (Domain.Evaluation.FilterDecision? Source, Domain.Evaluation.FilterDecision? Destination) expected, JsonElement sides, string what)
    {
        Assert.True(((expected.Source?.Allowed ?? true) && (expected.Destination?.Allowed ?? true)) == sides.GetProperty("Allowed").GetBoolean(), what);
        AssertSide(universe, scenario, sourceEni, Direction.Egress, expected.Source, sides.GetProperty("SourceSide"), what);
        AssertSide(universe, scenario, destinationEni, Direction.Ingress, expected.Destination, sides.GetProperty("DestinationSide"), what);
    }

    private static void AssertSide(DiffUniverse universe, bool scenario, string? eni, Direction direction, Domain.Evaluation.FilterDecision? expected, JsonElement side, string what)
    {
        Assert.True((expected is not null) == side.GetProperty("Evaluated").GetBoolean(), $"{what}: {direction} evaluated?");
        if (expected is { } decision)
        {
            Assert.True(decision.Reason.ToString() == side.GetProperty("Reason").GetString() && decision.Allowed == side.GetProperty("Allowed").GetBoolean(), $"{what}: {direction}");
            Assert.Equal(universe.RuleIdOf(scenario, eni!, direction, decision), side.TryGetProperty("SecurityGroupRuleId", out var rule) ? rule.GetString() : null);
        }
    }
}
