using SgGrid.Domain.Addresses;
using SgGrid.Domain.Errors;
using SgGrid.Domain.Evaluation;
using SgGrid.Domain.Rules;
using SgGrid.Domain.SecurityGroups;
using SgGrid.Grains.Abstractions.Common;
using SgGrid.Grains.Abstractions.NetworkInterfaces;
using SgGrid.Grains.Tests.Support;

namespace SgGrid.Grains.Tests.NetworkInterfaces;

/// <summary>Spec §5 and D5: an ENI's group set — at least one, at most the quota, one type, one VPC — and its addresses.</summary>
[Collection(SharedCluster.Name)]
public class NetworkInterfaceConstraintTests(ClusterFixture fixture)
{
    private readonly TestRegion _region = new(fixture.Grains);

    private static string NewEniId() => TestIds.NetworkInterface();

    [Fact]
    public async Task Create_NoGroup_IsRefused()
    {
        var outcome = await _region.Eni(NewEniId()).CreateAsync(_region.Spec(_region.NextAddress()), MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.MissingSecurityGroup, outcome.Errors[0].Code);
    }

    [Fact]
    public async Task Create_MixedGroupTypes_IsRefusedAndNothingJoined()
    {
        var basic = await _region.CreateGroupAsync();
        var advanced = await _region.CreateGroupAsync(SecurityGroupType.Enterprise);
        var outcome = await _region.Eni(NewEniId()).CreateAsync(_region.Spec(_region.NextAddress(), basic, advanced), MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.SecurityGroupTypeMismatch, outcome.Errors[0].Code);
        Assert.Empty(await _region.Group(basic).GetMembersAsync());
    }

    [Fact]
    public async Task Create_GroupInOtherVpc_IsRefused()
    {
        var elsewhere = await _region.CreateGroupAsync(vpcId: await _region.CreateOtherVpcAsync());
        var outcome = await _region.Eni(NewEniId()).CreateAsync(_region.Spec(_region.NextAddress(), elsewhere), MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.InstanceIdMismatch, outcome.Errors[0].Code);
    }

    [Fact]
    public async Task Create_UnknownOrForeignGroup_IsNotFound()
    {
        var foreign = await _region.CreateForeignGroupAsync(TestIds.Tenant());
        var unknown = await _region.Eni(NewEniId()).CreateAsync(_region.Spec(_region.NextAddress(), "sg-nope"), MutationOptions.Default);
        var other = await _region.Eni(NewEniId()).CreateAsync(_region.Spec(_region.NextAddress(), foreign), MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.SecurityGroupNotFound, unknown.Errors[0].Code);
        Assert.Equal(EcsErrorCodes.SecurityGroupNotFound, other.Errors[0].Code);
    }

    [Fact]
    public async Task Create_MoreGroupsThanTheQuota_IsRefused()
    {
        var groups = new List<string>();
        for (var i = 0; i < 11; i++)
        {
            groups.Add(await _region.CreateGroupAsync());
        }

        var outcome = await _region.Eni(NewEniId()).CreateAsync(_region.Spec(_region.NextAddress(), [.. groups]), MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.JoinedGroupLimitExceed, outcome.Errors[0].Code);

        var ten = await _region.CreateEniAsync([.. groups.Take(10)]);
        var eleventh = await _region.Eni(ten).JoinSecurityGroupAsync(_region.Owner, groups[10], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.JoinedGroupLimitExceed, eleventh.Errors[0].Code);
    }

    [Fact]
    public async Task TenantQuotas_SmallerLimits_ApplyToThatTenantOnly()
    {
        var small = TestRegion.OfSmallTenant(fixture.Grains);
        var a = await small.CreateGroupAsync();
        var b = await small.CreateGroupAsync();
        var c = await small.CreateGroupAsync();
        var three = await small.Eni(NewEniId()).CreateAsync(small.Spec(small.NextAddress(), a, b, c), MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.JoinedGroupLimitExceed, three.Errors[0].Code);

        await small.AuthorizeAsync(a, Direction.Ingress, Permissions.In("TCP", "1/1", "0.0.0.0/0"), Permissions.In("TCP", "2/2", "0.0.0.0/0"));
        await small.AuthorizeAsync(b, Direction.Egress, Permissions.Out("TCP", "3/3", "0.0.0.0/0"), Permissions.Out("TCP", "4/4", "0.0.0.0/0"));
        var fourRules = await small.Eni(NewEniId()).CreateAsync(small.Spec(small.NextAddress(), a, b), MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.AuthorizationLimitExceed, fourRules.Errors[0].Code);
        Assert.Empty(await small.Group(a).GetMembersAsync());

        // At most 4 groups in the region for this tenant, exactly, even when created at once.
        var attempts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ =>
            small.Group(TestIds.SecurityGroup()).CreateAsync(new Abstractions.SecurityGroups.SecurityGroupSpec { Owner = small.Owner, VpcId = small.VpcId })));
        Assert.Equal(1, attempts.Count(a => a.Succeeded));
        Assert.All(attempts.Where(a => !a.Succeeded), a => Assert.Equal(EcsErrorCodes.SecurityGroupQuotaExceeded, a.Errors[0].Code));

        // The same shape is fine for a tenant on the default quotas.
        var x = await _region.CreateGroupAsync();
        var y = await _region.CreateGroupAsync();
        var z = await _region.CreateGroupAsync();
        Assert.True((await _region.Eni(NewEniId()).CreateAsync(_region.Spec(_region.NextAddress(), x, y, z), MutationOptions.Default)).Succeeded);
    }

    [Fact]
    public async Task Leave_LastGroup_IsRefused()
    {
        var group = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(group);
        Assert.Equal(EcsErrorCodes.LastSecurityGroup, (await _region.Eni(eni).LeaveSecurityGroupAsync(_region.Owner, group, MutationOptions.Default)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.NotInSecurityGroup, (await _region.Eni(eni).LeaveSecurityGroupAsync(_region.Owner, "sg-other", MutationOptions.Default)).Errors[0].Code);
        Assert.Equal(EcsErrorCodes.AlreadyInSecurityGroup, (await _region.Eni(eni).JoinSecurityGroupAsync(_region.Owner, group, MutationOptions.Default)).Errors[0].Code);
    }

    [Fact]
    public async Task ReplaceSecurityGroups_SwapsTheSetInOrder()
    {
        var a = await _region.CreateGroupAsync();
        var b = await _region.CreateGroupAsync();
        var c = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(a, b);
        Assert.True((await _region.Eni(eni).ReplaceSecurityGroupsAsync(_region.Owner, [c, a], MutationOptions.Default)).Succeeded);
        _region.Track(eni, c, a);
        Assert.Equal([c, a], (await _region.Eni(eni).GetInfoAsync())!.SecurityGroupIds.ToArray());
        Assert.Empty(await _region.Group(b).GetMembersAsync());
        Assert.Equal([eni], (await _region.Group(c).GetMembersAsync()).ToArray());
        await _region.AssertMatchesReferenceAsync();
    }

    [Fact]
    public async Task AssignAddress_AlreadyHeld_IsDuplicated()
    {
        var group = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(group);
        var result = await _region.Eni(eni).AssignPrivateAddressesAsync(_region.Owner, [_region.Enis[eni]], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.PrivateIpAddressDuplicated, result.Errors[0].Code);
        var missing = await _region.Eni(eni).UnassignPrivateAddressesAsync(_region.Owner, [NetworkAddress.Parse("10.255.255.1")], MutationOptions.Default);
        Assert.Equal(EcsErrorCodes.PrivateIpAddressNotFound, missing.Errors[0].Code);
    }

    [Fact]
    public async Task Evaluate_UnknownEni_IsNotFound()
    {
        var outcome = await _region.Eni(NewEniId()).EvaluateAsync(Direction.Ingress, Flow.Parse("10.0.0.1", "10.0.0.2", "TCP", 1, 2));
        Assert.Equal(EcsErrorCodes.NetworkInterfaceNotFound, outcome.Errors[0].Code);
    }

    [Fact]
    public async Task EvaluateBatch_ManyFlows_MatchesSingleEvaluations()
    {
        var group = await _region.CreateGroupAsync();
        await _region.AuthorizeAsync(group, Direction.Ingress, Permissions.In("TCP", "1/1024", "198.51.100.0/24"), Permissions.In("UDP", "1/65535", "0.0.0.0/0", priority: 2, policy: "drop"));
        var eni = await _region.CreateEniAsync(group);
        var flows = Enumerable.Range(0, 2000).Select(i => Flow.Create(
            NetworkAddress.FromIPv4(0xC6336400u + (uint)(i % 300)), _region.Enis[eni], (byte)(i % 3 == 0 ? 17 : 6), 33000, (ushort)(i % 1500))).ToArray();
        var decisions = await _region.Eni(eni).EvaluateBatchAsync(Direction.Ingress, flows);
        Assert.Equal(flows.Length, decisions.Length);
        foreach (var i in new[] { 0, 1, 2, 3, 299, 300, 1024, 1999 })
        {
            Assert.Equal((await _region.Eni(eni).EvaluateAsync(Direction.Ingress, flows[i])).Value!.Decision, decisions[i]);
        }

        Assert.Contains(decisions, d => d.Allowed);
        Assert.Contains(decisions, d => !d.Allowed && d.Reason == DecisionReason.Rule);
    }

    [Fact]
    public async Task Delete_LeavesEveryGroup()
    {
        var a = await _region.CreateGroupAsync();
        var b = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(a, b);
        Assert.True((await _region.Eni(eni).DeleteAsync(_region.Owner, MutationOptions.Default)).Succeeded);
        Assert.Empty(await _region.Group(a).GetMembersAsync());
        Assert.Empty(await _region.Group(b).GetMembersAsync());
        Assert.Null(await _region.Eni(eni).GetInfoAsync());
    }

    [Fact]
    public async Task Info_CarriesAddressesAndEcsShapedMac()
    {
        var group = await _region.CreateGroupAsync();
        var eni = await _region.CreateEniAsync(group);
        var info = await _region.Eni(eni).GetInfoAsync();
        Assert.Equal(_region.Enis[eni], info!.PrimaryIpAddress);
        Assert.Matches("^00:16:3e:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}$", info.MacAddress);
        Assert.Equal(NetworkInterfaceType.Secondary, info.Type);
    }
}
