using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Simulation;
using SgGrid.Api.Tests.Support;
using SgGrid.Api.Tests.WhatIf;
using SgGrid.Domain.Addresses;

namespace SgGrid.Api.Tests.Health;

/// <summary>
/// DescribeSecurityGroupHealth's Shadowed, Conflicting, Redundant and MatchesNothing findings are exact: on seeded random
/// regions built through the ECS actions, every rule of every ENI and of every group gets exactly the finding brute force
/// over every packet class gives it (<see cref="HealthBruteForce"/>), and no other rule gets one.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class HealthExactnessTests(ApiHostFixture host)
{
    private static readonly string[] ExactTypes = ["MatchesNothing", "Conflicting", "Shadowed", "Redundant"];

    public static TheoryData<int, bool> Seeds => new() { { 11, false }, { 12, false }, { 13, false }, { 14, false }, { 21, true }, { 22, true }, { 23, true } };

    [Theory]
    [MemberData(nameof(Seeds))]
    public async Task Findings_OfEveryEniAndGroup_AreExactlyTheBruteForceOnes(int seed, bool enterprise)
    {
        var region = await RandomRegions.BuildAsync(host.Client(ApiHostFixture.Alice), new Random(seed), enterprise);
        var (checkedRules, findings) = (0, 0);
        foreach (var eni in region.NetworkInterfaces)
        {
            var expected = HealthBruteForce.ExpectedTypes(HealthBruteForce.Of(region, region.GroupsOf(eni), AddressSet.FromAddresses(region.AddressesOf(eni))));
            var actual = await ExactFindingsAsync(region, ("NetworkInterfaceId", eni));
            Assert.True(expected.OrderBy(e => e.Key).SequenceEqual(actual.OrderBy(e => e.Key)), $"seed {seed}, ENI {eni}: expected {Show(expected)}, got {Show(actual)}");
            checkedRules += region.GroupsOf(eni).Sum(g => region.RulesOf(g).Count);
            findings += expected.Count;
        }

        foreach (var group in region.Groups)
        {
            var expected = HealthBruteForce.ExpectedTypes(HealthBruteForce.OfGroup(region, group));
            var actual = await ExactFindingsAsync(region, ("SecurityGroupId", group));
            Assert.True(expected.OrderBy(e => e.Key).SequenceEqual(actual.OrderBy(e => e.Key)), $"seed {seed}, group {group}: expected {Show(expected)}, got {Show(actual)}");
            checkedRules += region.RulesOf(group).Count;
            findings += expected.Count;
        }

        Assert.True(checkedRules > 20, $"seed {seed} checked only {checkedRules} rules");
        Assert.True(findings > 0 && findings < checkedRules, $"seed {seed}: {findings} findings over {checkedRules} rules; the case proves nothing");
    }

    private static async Task<Dictionary<(string Direction, string RuleId), string>> ExactFindingsAsync(MirroredRegion region, (string Name, string Value) target)
    {
        var body = (await region.Client.SimAsync("DescribeSecurityGroupHealth", ("RegionId", ApiRegion.RegionId), target)).Ok();
        return body.Element("Findings.Finding").EnumerateArray()
            .Where(f => ExactTypes.Contains(f.GetProperty("Type").GetString()))
            .ToDictionary(f => (f.GetProperty("Direction").GetString()!, FirstRule(f)), f => f.GetProperty("Type").GetString()!);
    }

    private static string FirstRule(JsonElement finding) => finding.GetProperty("SecurityGroupRuleIds").GetProperty("SecurityGroupRuleId")[0].GetString()!;

    private static string Show(Dictionary<(string Direction, string RuleId), string> findings) =>
        string.Join("; ", findings.OrderBy(f => f.Key).Select(f => $"{f.Key.Direction} {f.Key.RuleId}={f.Value}"));
}
