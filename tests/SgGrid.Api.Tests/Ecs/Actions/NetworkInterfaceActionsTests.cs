using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>CreateNetworkInterface, DeleteNetworkInterface, ModifyNetworkInterfaceAttribute, Assign/UnassignPrivateIpAddresses over HTTP.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class NetworkInterfaceActionsTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    private async Task<(ApiRegion Region, string Group)> SetUpAsync(TestTenant? tenant = null, SignatureMode mode = SignatureMode.Acs3)
    {
        var region = await ApiRegion.CreateAsync(host.Client(tenant ?? ApiHostFixture.Alice, mode));
        return (region, await region.CreateSecurityGroupAsync());
    }

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task CreateNetworkInterface_AllAttributes_AnswersTheEni(SignatureMode mode)
    {
        var (region, group) = await SetUpAsync(mode: mode);
        var second = await region.CreateSecurityGroupAsync(name: "second");

        var response = await region.CreateEniAsync([group, second],
            ("PrimaryIpAddress", "10.0.1.10"), ("PrivateIpAddress.1", "10.0.1.11"), ("PrivateIpAddress.2", "10.0.1.12"),
            ("Ipv6Address.1", region.Ipv6("a")), ("NetworkInterfaceName", "web-eni"), ("Description", "the web tier"),
            ("ResourceGroupId", "rg-test"), ("Tag.1.Key", "env"), ("Tag.1.Value", "test"), ("InstanceType", "Secondary"));

        Assert.Matches("^eni-[a-z0-9]{20}$", response.Get("NetworkInterfaceId"));
        Assert.Equal(("web-eni", "the web tier", "Available", "Secondary"), (response.Get("NetworkInterfaceName"), response.Get("Description"), response.Get("Status"), response.Get("Type")));
        Assert.Equal((region.VpcId, region.VSwitchId, ApiRegion.ZoneId), (response.Get("VpcId"), response.Get("VSwitchId"), response.Get("ZoneId")));
        Assert.Equal("10.0.1.10", response.Get("PrivateIpAddress"));
        Assert.Matches("^00:16:3e:[0-9a-f]{2}:[0-9a-f]{2}:[0-9a-f]{2}$", response.Get("MacAddress"));
        Assert.Equal(ApiHostFixture.Alice.AccountId, response.Get("OwnerId"));
        Assert.Equal("rg-test", response.Get("ResourceGroupId"));
        Assert.False(response.Element("ServiceManaged").GetBoolean());
        Assert.Equal([group, second], response.Body.Strings("SecurityGroupIds.SecurityGroupId"));
        var ips = response.Element("PrivateIpSets.PrivateIpSet").EnumerateArray().Select(e => (e.Text("PrivateIpAddress"), e.GetProperty("Primary").GetBoolean())).ToArray();
        Assert.Equal([("10.0.1.10", true), ("10.0.1.11", false), ("10.0.1.12", false)], ips);
        Assert.Equal(region.Ipv6("a"), Assert.Single(response.Element("Ipv6Sets.Ipv6Set").EnumerateArray().ToArray()).Text("Ipv6Address"));
        var tag = Assert.Single(response.Element("Tags.Tag").EnumerateArray().ToArray());
        Assert.Equal(("env", "test"), (tag.Text("TagKey"), tag.Text("TagValue")));
    }

    [Fact]
    public async Task CreateNetworkInterface_SecondaryCount_TakesFreeAddresses()
    {
        var (region, group) = await SetUpAsync();

        var response = await region.CreateEniAsync([group], ("SecondaryPrivateIpAddressCount", "3"));

        var ips = response.Element("PrivateIpSets.PrivateIpSet").EnumerateArray().Select(e => e.Text("PrivateIpAddress")).ToArray();
        Assert.Equal(4, ips.Distinct().Count());
        Assert.All(ips, ip => Assert.StartsWith("10.0.1.", ip, StringComparison.Ordinal));
    }

    [Fact]
    public async Task CreateNetworkInterface_SingleSecurityGroupId_IsAccepted()
    {
        var (region, group) = await SetUpAsync();

        var response = (await region.Client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group))).Ok();

        Assert.Equal([group], response.Body.Strings("SecurityGroupIds.SecurityGroupId"));
        Assert.Equal("Available", response.Get("Status"));
    }

    [Theory]
    [InlineData("VSwitchId", null, "MissingVSwitchId", 400)]
    [InlineData("SecurityGroupId", null, "MissingSecurityGroupId", 400)]
    [InlineData("PrimaryIpAddress", "10.0.1", "InvalidPrimaryIpAddress.Malformed", 400)]
    [InlineData("PrimaryIpAddress", "2001:db8::1", "InvalidPrimaryIpAddress.Malformed", 400)]
    [InlineData("PrivateIpAddress.1", "not-an-ip", "InvalidPrivateIpAddress.Malformed", 400)]
    [InlineData("SecondaryPrivateIpAddressCount", "50", "InvalidSecondaryPrivateIpAddressCount.Malformed", 400)]
    [InlineData("Ipv6Address.1", "10.0.1.9", "InvalidIpv6Address.Malformed", 400)]
    [InlineData("NetworkInterfaceName", "1bad", "InvalidNetworkInterfaceName.Malformed", 400)]
    [InlineData("Description", "x", "InvalidDescription.Malformed", 400)]
    [InlineData("InstanceType", "Trunk", "UnsupportedParameter", 400)]
    [InlineData("InstanceType", "Huge", "InvalidInstanceType.Malformed", 400)]
    [InlineData("Ipv4PrefixCount", "1", "UnsupportedParameter", 400)]
    [InlineData("DeleteOnRelease", "maybe", "InvalidDeleteOnRelease.Malformed", 400)]
    [InlineData("VSwitchId", "vsw-nothere000000000000", "InvalidVSwitchId.NotFound", 404)]
    [InlineData("SecurityGroupId", "sg-nothere00000000000", "InvalidSecurityGroupId.NotFound", 404)]
    [InlineData("PrimaryIpAddress", "10.0.2.5", "InvalidVSwitchId.IpInvalid", 403)]
    public async Task CreateNetworkInterface_BadParameter_IsRefused(string parameter, string? value, string code, int status)
    {
        var (region, group) = await SetUpAsync();
        var parameters = new Dictionary<string, string> { ["RegionId"] = Region, ["VSwitchId"] = region.VSwitchId, ["SecurityGroupId"] = group };
        if (value is null)
        {
            parameters.Remove(parameter);
        }
        else
        {
            parameters[parameter] = value;
        }

        var response = await region.Client.EcsAsync("CreateNetworkInterface", [.. parameters.Select(p => (p.Key, p.Value))]);

        response.Fails(code, status);
    }

    [Theory]
    [InlineData("Ipv6AddressCount", "1")]
    [InlineData("Ipv6Address.1", "2001:db8::1")]
    public async Task CreateNetworkInterface_Ipv6OnAnIpv4OnlyVSwitch_IsIpv6NotTurnOn(string parameter, string value)
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice), ipv6: false);
        var group = await region.CreateSecurityGroupAsync();

        var response = await region.Client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group), (parameter, value));

        response.Fails("InvalidVSwitch.Ipv6NotTurnOn", 403);
    }

    [Fact]
    public async Task CreateNetworkInterface_Ipv6ByCount_DrawsDistinctAddressesFromTheVSwitchBlock()
    {
        var (region, group) = await SetUpAsync();

        var response = (await region.CreateEniAsync([group], ("Ipv6AddressCount", "3"))).Ok();

        var addresses = response.Element("Ipv6Sets.Ipv6Set").EnumerateArray().Select(e => SgGrid.Domain.Addresses.NetworkAddress.Parse(e.Text("Ipv6Address"))).ToArray();
        Assert.Equal(3, addresses.Distinct().Count());
        Assert.All(addresses, a => Assert.True(region.Ipv6Block!.Value.Contains(a), $"{a} outside {region.Ipv6Block}"));
    }

    [Fact]
    public async Task CreateNetworkInterface_Ipv6OutsideTheVSwitchBlock_IsIpInvalid()
    {
        var (region, group) = await SetUpAsync();

        var response = await region.Client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group), ("Ipv6Address.1", "2001:db8::1"));

        response.Fails("InvalidVSwitchId.IpInvalid", 403);
    }

    [Fact]
    public async Task CreateNetworkInterface_ContradictoryParameters_AreConflicts()
    {
        var (region, group) = await SetUpAsync();
        var client = region.Client;

        (await client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group), ("SecurityGroupIds.1", group)))
            .Fails("InvalidParameter.Conflict", 400);
        (await client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group), ("PrivateIpAddress.1", "10.0.1.20"), ("SecondaryPrivateIpAddressCount", "1")))
            .Fails("InvalidParameter.Conflict", 400);
        (await client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group), ("Ipv6Address.1", region.Ipv6("1")), ("Ipv6AddressCount", "1")))
            .Fails("InvalidParameter.Conflict", 400);
        (await client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupIds.1", group), ("SecurityGroupIds.2", group)))
            .Fails("InvalidParameter.Conflict", 400);
        (await client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group), ("Ipv6Address.1", region.Ipv6("1")), ("Ipv6Address.2", region.Ipv6("1"))))
            .Fails("InvalidPrivateIpAddress.Duplicated", 400);
    }

    [Fact]
    public async Task CreateNetworkInterface_GroupOfAnotherVpc_IsVpcMismatch()
    {
        var (region, _) = await SetUpAsync();
        var other = await ApiRegion.CreateAsync(region.Client, "192.168.0.0/16", "192.168.1.0/24");
        var foreignVpcGroup = await other.CreateSecurityGroupAsync();

        var response = await region.Client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", foreignVpcGroup));

        response.Fails("InvalidOperation.VpcMismatch", 403);
    }

    [Fact]
    public async Task CreateNetworkInterface_AnotherTenantsVSwitchOrGroup_LooksNotFound()
    {
        var (alice, aliceGroup) = await SetUpAsync();
        var (bob, bobGroup) = await SetUpAsync(ApiHostFixture.Bob);

        (await bob.Client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", alice.VSwitchId), ("SecurityGroupId", bobGroup)))
            .Fails("InvalidVSwitchId.NotFound", 404);
        (await bob.Client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", bob.VSwitchId), ("SecurityGroupId", aliceGroup)))
            .Fails("InvalidSecurityGroupId.NotFound", 404);
    }

    [Fact]
    public async Task CreateNetworkInterface_AddressTaken_IsDuplicated()
    {
        var (region, group) = await SetUpAsync();
        await region.CreateEniAsync([group], ("PrimaryIpAddress", "10.0.1.30"));

        var response = await region.Client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", region.VSwitchId), ("SecurityGroupId", group), ("PrimaryIpAddress", "10.0.1.30"));

        response.Fails("InvalidPrivateIpAddress.Duplicated", 400);
    }

    [Fact]
    public async Task CreateNetworkInterface_SameClientToken_AnswersTheSameEni()
    {
        var (region, group) = await SetUpAsync();

        var first = await region.CreateEniAsync([group], ("ClientToken", "eni-token-1"));
        var again = await region.CreateEniAsync([group], ("ClientToken", "eni-token-1"));

        Assert.Equal(first.Get("NetworkInterfaceId"), again.Get("NetworkInterfaceId"));
    }

    [Fact]
    public async Task DeleteNetworkInterface_Available_IsGoneAndFreesItsAddress()
    {
        var (region, group) = await SetUpAsync();
        var eni = (await region.CreateEniAsync([group], ("PrimaryIpAddress", "10.0.1.40"))).Get("NetworkInterfaceId");

        (await region.Client.EcsAsync("DeleteNetworkInterface", ("RegionId", Region), ("NetworkInterfaceId", eni))).Ok();

        var listed = (await region.Client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("NetworkInterfaceId.1", eni))).Ok();
        Assert.Empty(listed.Element("NetworkInterfaceSets.NetworkInterfaceSet").EnumerateArray());
        await region.CreateEniAsync([group], ("PrimaryIpAddress", "10.0.1.40"));
        (await region.Client.EcsAsync("DeleteNetworkInterface", ("RegionId", Region), ("NetworkInterfaceId", eni))).Fails("InvalidEniId.NotFound", 404);
    }

    [Fact]
    public async Task DeleteNetworkInterface_AttachedOrPrimary_IsInvalidEniState()
    {
        var (region, group) = await SetUpAsync();
        var instance = await region.RunInstanceAsync([group]);
        var eni = await region.CreateEniIdAsync(group);
        (await region.Client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", instance), ("NetworkInterfaceId", eni))).Ok();
        var primary = (await region.DescribeInstanceAsync(instance)).GetProperty("NetworkInterfaces").GetProperty("NetworkInterface")[0].Text("NetworkInterfaceId");

        (await region.Client.EcsAsync("DeleteNetworkInterface", ("RegionId", Region), ("NetworkInterfaceId", eni))).Fails("InvalidOperation.InvalidEniState", 400);
        (await region.Client.EcsAsync("DeleteNetworkInterface", ("RegionId", Region), ("NetworkInterfaceId", primary))).Fails("InvalidOperation.InvalidEniState", 400);
    }

    [Fact]
    public async Task DeleteNetworkInterface_MissingMalformedOrAnotherTenants_IsRefused()
    {
        var (alice, group) = await SetUpAsync();
        var eni = await alice.CreateEniIdAsync(group);
        var bob = host.Client(ApiHostFixture.Bob);

        (await bob.EcsAsync("DeleteNetworkInterface", ("RegionId", Region), ("NetworkInterfaceId", eni))).Fails("InvalidEniId.NotFound", 404);
        (await bob.EcsAsync("DeleteNetworkInterface", ("RegionId", Region), ("NetworkInterfaceId", "eni-NOT_AN*ID"))).Fails("InvalidEniId.NotFound", 404);
        (await bob.EcsAsync("DeleteNetworkInterface", ("RegionId", Region))).Fails("MissingNetworkInterfaceId", 400);
        (await bob.EcsAsync("DeleteNetworkInterface", ("NetworkInterfaceId", eni))).Fails("MissingRegionId", 400);
        Assert.Equal(eni, (await alice.DescribeEniAsync(eni)).Text("NetworkInterfaceId"));
    }

    [Fact]
    public async Task ModifyNetworkInterfaceAttribute_ReplacesGroupsAndAttributes()
    {
        var (region, group) = await SetUpAsync();
        var web = await region.CreateSecurityGroupAsync(name: "web");
        var db = await region.CreateSecurityGroupAsync(name: "db");
        var eni = (await region.CreateEniAsync([group], ("NetworkInterfaceName", "before"), ("Description", "kept as is"))).Get("NetworkInterfaceId");

        (await region.Client.EcsAsync("ModifyNetworkInterfaceAttribute", ("RegionId", Region), ("NetworkInterfaceId", eni),
            ("SecurityGroupId.1", web), ("SecurityGroupId.2", db), ("NetworkInterfaceName", "after"), ("DeleteOnRelease", "true"))).Ok();

        var described = await region.DescribeEniAsync(eni);
        Assert.Equal([web, db], described.Strings("SecurityGroupIds.SecurityGroupId"));
        Assert.Equal(("after", "kept as is"), (described.Text("NetworkInterfaceName"), described.Text("Description")));
        Assert.True(described.GetProperty("DeleteOnRelease").GetBoolean());
    }

    [Fact]
    public async Task ModifyNetworkInterfaceAttribute_BadGroupsOrValues_AreRefusedAndNothingChanges()
    {
        var (region, group) = await SetUpAsync();
        var eni = await region.CreateEniIdAsync(group);
        var other = await ApiRegion.CreateAsync(region.Client, "192.168.0.0/16", "192.168.1.0/24");
        var elsewhere = await other.CreateSecurityGroupAsync();
        var bobGroup = await (await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Bob))).CreateSecurityGroupAsync();
        var client = region.Client;

        (await client.EcsAsync("ModifyNetworkInterfaceAttribute", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId.1", elsewhere))).Fails("InvalidOperation.VpcMismatch", 403);
        (await client.EcsAsync("ModifyNetworkInterfaceAttribute", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecurityGroupId.1", bobGroup))).Fails("InvalidSecurityGroupId.NotFound", 404);
        (await client.EcsAsync("ModifyNetworkInterfaceAttribute", ("RegionId", Region), ("NetworkInterfaceId", eni), ("NetworkInterfaceName", "-bad"))).Fails("InvalidNetworkInterfaceName.Malformed", 400);
        (await client.EcsAsync("ModifyNetworkInterfaceAttribute", ("RegionId", Region), ("NetworkInterfaceId", eni), ("Description", new string('d', 256)))).Fails("InvalidDescription.Malformed", 400);
        (await client.EcsAsync("ModifyNetworkInterfaceAttribute", ("RegionId", Region), ("NetworkInterfaceId", "eni-missing00000000000"), ("NetworkInterfaceName", "x1"))).Fails("InvalidEniId.NotFound", 404);
        (await host.Client(ApiHostFixture.Bob).EcsAsync("ModifyNetworkInterfaceAttribute", ("RegionId", Region), ("NetworkInterfaceId", eni), ("NetworkInterfaceName", "theirs"))).Fails("InvalidEniId.NotFound", 404);
        Assert.Equal([group], (await region.DescribeEniAsync(eni)).Strings("SecurityGroupIds.SecurityGroupId"));
    }

    [Fact]
    public async Task AssignPrivateIpAddresses_GivenAndByCount_AnswerTheAssignedSet()
    {
        var (region, group) = await SetUpAsync();
        var eni = await region.CreateEniIdAsync(group);

        var given = (await region.Client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni),
            ("PrivateIpAddress.1", "10.0.1.100"), ("PrivateIpAddress.2", "10.0.1.101"))).Ok();
        var counted = (await region.Client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni),
            ("SecondaryPrivateIpAddressCount", "2"))).Ok();

        Assert.Equal(eni, given.Get("AssignedPrivateIpAddressesSet.NetworkInterfaceId"));
        Assert.Equal(["10.0.1.100", "10.0.1.101"], given.Body.Strings("AssignedPrivateIpAddressesSet.PrivateIpSet.PrivateIpAddress"));
        var byCount = counted.Body.Strings("AssignedPrivateIpAddressesSet.PrivateIpSet.PrivateIpAddress");
        Assert.Equal(2, byCount.Length);
        var held = (await region.DescribeEniAsync(eni)).GetProperty("PrivateIpSets").GetProperty("PrivateIpSet").EnumerateArray()
            .Where(e => !e.GetProperty("Primary").GetBoolean()).Select(e => e.Text("PrivateIpAddress")).ToArray();
        Assert.Equal(["10.0.1.100", "10.0.1.101", .. byCount], held);
    }

    [Fact]
    public async Task AssignPrivateIpAddresses_BadRequests_AreRefused()
    {
        var (region, group) = await SetUpAsync();
        var eni = await region.CreateEniIdAsync(group);
        var taken = (await region.CreateEniAsync([group])).Get("PrivateIpAddress");
        var client = region.Client;

        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni))).Fails("MissingParameter", 400);
        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("PrivateIpAddress.1", "10.0.1.120"), ("SecondaryPrivateIpAddressCount", "1"))).Fails("InvalidParameter.Conflict", 400);
        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("PrivateIpAddress.1", taken))).Fails("InvalidPrivateIpAddress.Duplicated", 400);
        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("PrivateIpAddress.1", "10.0.9.1"))).Fails("InvalidVSwitchId.IpInvalid", 403);
        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecondaryPrivateIpAddressCount", "0"))).Fails("InvalidSecondaryPrivateIpAddressCount.Malformed", 400);
        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("Ipv4PrefixCount", "1"))).Fails("UnsupportedParameter", 400);
        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecondaryPrivateIpAddressCount", "40"))).Ok();
        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecondaryPrivateIpAddressCount", "10"))).Fails("InvalidOperation.Ipv4CountExceeded", 403);
        (await host.Client(ApiHostFixture.Bob).EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("SecondaryPrivateIpAddressCount", "1"))).Fails("InvalidEniId.NotFound", 404);
    }

    [Fact]
    public async Task UnassignPrivateIpAddresses_RemovesOnlyHeldSecondaries()
    {
        var (region, group) = await SetUpAsync();
        var response = await region.CreateEniAsync([group], ("PrivateIpAddress.1", "10.0.1.140"), ("PrivateIpAddress.2", "10.0.1.141"));
        var eni = response.Get("NetworkInterfaceId");
        var primary = response.Get("PrivateIpAddress");
        var client = region.Client;

        (await client.EcsAsync("UnassignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("PrivateIpAddress.1", primary))).Fails("InvalidPrivateIpAddress.NotFound", 400);
        (await client.EcsAsync("UnassignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("PrivateIpAddress.1", "10.0.1.140"), ("PrivateIpAddress.2", "10.0.1.199"))).Fails("InvalidPrivateIpAddress.NotFound", 400);
        (await client.EcsAsync("UnassignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni))).Fails("MissingPrivateIpAddress", 400);
        (await client.EcsAsync("UnassignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("PrivateIpAddress.1", "x"))).Fails("InvalidPrivateIpAddress.Malformed", 400);
        (await host.Client(ApiHostFixture.Bob).EcsAsync("UnassignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("PrivateIpAddress.1", "10.0.1.140"))).Fails("InvalidEniId.NotFound", 404);

        (await client.EcsAsync("UnassignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("PrivateIpAddress.1", "10.0.1.140"))).Ok();

        var held = (await region.DescribeEniAsync(eni)).GetProperty("PrivateIpSets").GetProperty("PrivateIpSet").EnumerateArray().Select(e => e.Text("PrivateIpAddress")).ToArray();
        Assert.Equal([primary, "10.0.1.141"], held);
        (await client.EcsAsync("AssignPrivateIpAddresses", ("RegionId", Region), ("NetworkInterfaceId", eni), ("PrivateIpAddress.1", "10.0.1.140"))).Ok();
    }
}
