using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Snapshots;
using SgGrid.Domain.Snapshots.Documents;
using SgGrid.Domain.Snapshots.Generation;
using SgGrid.Domain.Snapshots.Validation;
using SgGrid.Domain.Validation;

namespace SgGrid.Domain.Tests.Snapshots;

public sealed class RegionSnapshotValidatorTests
{
    private static readonly SnapshotValidationContext Context = new(
        "1000000000000001",
        "cn-hangzhou",
        new HashSet<string>(["cn-hangzhou-h", "cn-hangzhou-i", "cn-hangzhou-j"]),
        SecurityGroupQuotas.Default with { SecurityGroupsPerRegion = 10_000 },
        EmulationOptions.Default);

    private static RegionSnapshot Small(int seed = 1) => RegionSnapshotGenerator.Generate(new RegionShape { NetworkInterfaces = 60, SecurityGroups = 12, Seed = seed });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Validate_GeneratedSnapshot_PlansEveryResourceAndRule(int seed)
    {
        var snapshot = Small(seed);
        var result = RegionSnapshotValidator.Validate(snapshot, Context);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        var plan = result.Plan!;
        Assert.Equal(60, plan.NetworkInterfaces.Length);
        Assert.Equal(12, plan.SecurityGroups.Length);
        Assert.Equal(snapshot.DescribeSecurityGroupAttribute.Sum(a => a.Permissions!.Items.Count), plan.RuleCount);
        Assert.Equal(snapshot.DescribeInstances[0].Instances!.Items.Count, plan.Instances.Length);

        // Ids and rule ids are the snapshot's.
        var ruleIds = snapshot.DescribeSecurityGroupAttribute.SelectMany(a => a.Permissions!.Items).Select(r => r.SecurityGroupRuleId).ToHashSet();
        Assert.True(ruleIds.SetEquals(plan.SecurityGroups.SelectMany(g => g.Rules).Select(r => r.Rule.RuleId)));
        Assert.Contains(plan.SecurityGroups, g => g.Rules.Any(r => r.Rule.Remote is Rules.SecurityGroupPeer { OwnerAccount: null }));
        Assert.Contains(plan.SecurityGroups, g => g.Rules.Any(r => r.Rule.Remote is Rules.PrefixListPeer));
    }

    [Fact]
    public void Validate_GeneratedShape_HasOneToFiveGroupsPerEniAndALargeGroup()
    {
        var snapshot = RegionSnapshotGenerator.Generate(new RegionShape { NetworkInterfaces = 400, SecurityGroups = 50, LargeGroupMembers = 300 });
        var plan = RegionSnapshotValidator.Validate(snapshot, Context).Plan!;
        Assert.InRange(plan.NetworkInterfaces.Min(e => e.SecurityGroupIds.Length), 1, 1);
        Assert.InRange(plan.NetworkInterfaces.Max(e => e.SecurityGroupIds.Length), 4, 5);
        Assert.True(plan.NetworkInterfaces.GroupBy(e => e.SecurityGroupIds).Any() && plan.NetworkInterfaces.SelectMany(e => e.SecurityGroupIds).GroupBy(g => g).Max(g => g.Count()) >= 300);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOneWithItsPath()
    {
        var snapshot = Small();
        var vSwitch = snapshot.DescribeVSwitches[0].VSwitches!.Items[0];
        var eni = snapshot.DescribeNetworkInterfaces[0].NetworkInterfaceSets!.Items[5];
        var attribute = snapshot.DescribeSecurityGroupAttribute[2];
        var broken = snapshot with
        {
            DescribeVSwitches = [new DescribeVSwitchesAnswer { VSwitches = new("VSwitch", [vSwitch with { ZoneId = "cn-hangzhou-z" }, .. snapshot.DescribeVSwitches[0].VSwitches!.Items.Skip(1)]) }],
            DescribeNetworkInterfaces = [new DescribeNetworkInterfacesAnswer { NetworkInterfaceSets = new("NetworkInterfaceSet", [.. snapshot.DescribeNetworkInterfaces[0].NetworkInterfaceSets!.Items.Select((e, i) => i == 5 ? e with { PrivateIpAddress = "192.168.1.1", PrivateIpSets = null } : e)]) }],
            DescribeSecurityGroupAttribute = [.. snapshot.DescribeSecurityGroupAttribute.Select((a, i) => i == 2 ? a with { Permissions = new("Permission", [a.Permissions!.Items[0] with { PortRange = "70000/1" }, .. a.Permissions.Items.Skip(1)]) } : a)],
        };

        var result = RegionSnapshotValidator.Validate(broken, Context);

        Assert.Null(result.Plan);
        Assert.Contains(result.Problems, p => p.Path == "$.DescribeVSwitches[0].VSwitches.VSwitch[0].ZoneId" && p.Code == EcsErrorCodes.ZoneNotFound);
        Assert.Contains(result.Problems, p => p.Path == "$.DescribeSecurityGroupAttribute[2].Permissions.Permission[0]" && p.Code == EcsErrorCodes.InvalidPortRange);
        Assert.Contains(result.Problems, p => p.Path == "$.DescribeNetworkInterfaces[0].NetworkInterfaceSets.NetworkInterfaceSet[5].PrivateIpAddress" && p.Code == EcsErrorCodes.VSwitchIpInvalid);
        _ = (eni, attribute);
    }
}
