using System.Text.Json;
using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>RunInstances, DeleteInstance, DeleteInstances and Attach/DetachNetworkInterface over HTTP.</summary>
[Collection(ApiHostDefinition.Name)]
public sealed class InstanceActionsTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    private async Task<(ApiRegion Region, string Group)> SetUpAsync(TestTenant? tenant = null, SignatureMode mode = SignatureMode.Acs3)
    {
        var region = await ApiRegion.CreateAsync(host.Client(tenant ?? ApiHostFixture.Alice, mode));
        return (region, await region.CreateSecurityGroupAsync());
    }

    private static JsonElement[] NetworkInterfaces(JsonElement instance) =>
        [.. instance.GetProperty("NetworkInterfaces").GetProperty("NetworkInterface").EnumerateArray()];

    [Theory]
    [InlineData(SignatureMode.Acs3)]
    [InlineData(SignatureMode.V1)]
    public async Task RunInstances_One_IsRunningWithItsPrimaryEni(SignatureMode mode)
    {
        var (region, group) = await SetUpAsync(mode: mode);

        var instance = await region.RunInstanceAsync([group], ("InstanceName", "web-1"), ("HostName", "web-host"), ("Description", "the web server"),
            ("PrivateIpAddress", "10.0.1.20"), ("Tag.1.Key", "env"), ("Tag.1.Value", "prod"), ("ZoneId", ApiRegion.ZoneId));

        Assert.Matches("^i-[a-z0-9]{20}$", instance);
        var described = await region.DescribeInstanceAsync(instance);
        Assert.Equal(("web-1", "web-host", "the web server", "Running"), (described.Text("InstanceName"), described.Text("HostName"), described.Text("Description"), described.Text("Status")));
        Assert.Equal([group], described.Strings("SecurityGroupIds.SecurityGroupId"));
        Assert.Equal(["10.0.1.20"], described.Strings("VpcAttributes.PrivateIpAddress.IpAddress"));
        var primary = Assert.Single(NetworkInterfaces(described));
        Assert.Equal(("Primary", "10.0.1.20"), (primary.Text("Type"), primary.Text("PrimaryIpAddress")));
        var eni = await region.DescribeEniAsync(primary.Text("NetworkInterfaceId"));
        Assert.Equal(("InUse", "Primary", instance), (eni.Text("Status"), eni.Text("Type"), eni.Text("InstanceId")));
        Assert.Equal("prod", eni.GetProperty("Tags").GetProperty("Tag")[0].Text("TagValue"));
    }

    [Fact]
    public async Task RunInstances_WithoutGroup_IsMissingSecurityGroupId_AndMakesNothing()
    {
        // Issue 16: the SDK documents a security group as required without a launch template (SgGrid has none); the VPC's
        // default group (D8) is the console's path, not RunInstances'.
        var (region, group) = await SetUpAsync();

        (await region.RunAsync([])).Fails("MissingParameter", 400);
        (await region.RunAsync([], ("NetworkInterface.1.InstanceType", "Primary"))).Fails("MissingParameter", 400);

        Assert.Equal(0, (await region.Client.EcsAsync("DescribeInstances", ("RegionId", Region), ("VpcId", region.VpcId))).Ok().Element("Instances.Instance").GetArrayLength());
        var groups = (await region.Client.EcsAsync("DescribeSecurityGroups", ("RegionId", Region), ("VpcId", region.VpcId))).Ok().Element("SecurityGroups.SecurityGroup");
        Assert.Equal([group], groups.EnumerateArray().Select(g => g.GetProperty("SecurityGroupId").GetString()));
    }

    [Fact]
    public async Task RunInstances_WithoutName_NamesTheInstanceByItsId()
    {
        var (region, group) = await SetUpAsync();

        var first = await region.RunInstanceAsync([group]);

        Assert.Equal(first, (await region.DescribeInstanceAsync(first)).Text("InstanceName"));
        Assert.Equal($"iZ{first[2..]}Z", (await region.DescribeInstanceAsync(first)).Text("HostName"));
    }

    [Fact]
    public async Task RunInstances_Amount_ConsecutiveAddressesAndNumberedNames()
    {
        var (region, group) = await SetUpAsync();

        var response = (await region.RunAsync([group], ("Amount", "3"), ("PrivateIpAddress", "10.0.1.30"),
            ("InstanceName", "node-[7,2]-x"), ("HostName", "host"), ("UniqueSuffix", "true"))).Ok();

        var ids = response.Body.Strings("InstanceIdSets.InstanceIdSet");
        Assert.Equal(3, ids.Length);
        for (var i = 0; i < 3; i++)
        {
            var described = await region.DescribeInstanceAsync(ids[i]);
            Assert.Equal($"node-0{7 + i}-x", described.Text("InstanceName"));
            Assert.Equal($"host00{i + 1}", described.Text("HostName"));
            Assert.Equal([$"10.0.1.{30 + i}"], described.Strings("VpcAttributes.PrivateIpAddress.IpAddress"));
        }
    }

    [Fact]
    public async Task RunInstances_NetworkInterfaceEntries_CreateAndAttachSecondaryEnis()
    {
        var (region, group) = await SetUpAsync();
        var data = await region.CreateSecurityGroupAsync(name: "data");
        var existing = await region.CreateEniIdAsync(group);

        var instance = await region.RunInstanceAsync([],
            ("NetworkInterface.1.InstanceType", "Primary"), ("NetworkInterface.1.VSwitchId", region.VSwitchId),
            ("NetworkInterface.1.SecurityGroupIds.1", group), ("NetworkInterface.1.PrimaryIpAddress", "10.0.1.70"),
            ("NetworkInterface.2.InstanceType", "Secondary"), ("NetworkInterface.2.SecurityGroupId", data),
            ("NetworkInterface.2.NetworkInterfaceName", "data-eni"), ("NetworkInterface.2.PrimaryIpAddress", "10.0.1.71"),
            ("NetworkInterface.3.NetworkInterfaceId", existing));

        var described = await region.DescribeInstanceAsync(instance);
        Assert.Equal([group], described.Strings("SecurityGroupIds.SecurityGroupId"));
        var enis = NetworkInterfaces(described);
        Assert.Equal(["Primary", "Secondary", "Secondary"], enis.Select(e => e.Text("Type")));
        Assert.Equal("10.0.1.70", enis[0].Text("PrimaryIpAddress"));
        Assert.Equal("10.0.1.71", enis[1].Text("PrimaryIpAddress"));
        Assert.Equal(existing, enis[2].Text("NetworkInterfaceId"));
        var made = await region.DescribeEniAsync(enis[1].Text("NetworkInterfaceId"));
        Assert.Equal(("data-eni", "InUse", true), (made.Text("NetworkInterfaceName"), made.Text("Status"), made.GetProperty("DeleteOnRelease").GetBoolean()));
        Assert.Equal([data], made.Strings("SecurityGroupIds.SecurityGroupId"));

        // Released with Force: the made ENI (DeleteOnRelease) goes with it, the existing one is Available again.
        (await region.Client.EcsAsync("DeleteInstance", ("InstanceId", instance), ("Force", "true"))).Ok();
        var left = (await region.Client.EcsAsync("DescribeNetworkInterfaces", ("RegionId", Region), ("VpcId", region.VpcId))).Ok();
        var survivor = Assert.Single(left.Element("NetworkInterfaceSets.NetworkInterfaceSet").EnumerateArray().ToArray());
        Assert.Equal((existing, "Available"), (survivor.Text("NetworkInterfaceId"), survivor.Text("Status")));
    }

    [Fact]
    public async Task RunInstances_FailureMidway_LeavesNothingBehind()
    {
        var (region, group) = await SetUpAsync();
        await region.CreateEniAsync([group], ("PrimaryIpAddress", "10.0.1.92"));

        var response = await region.RunAsync([group], ("Amount", "4"), ("PrivateIpAddress", "10.0.1.90"));

        response.Fails("InvalidPrivateIpAddress.Duplicated", 400);
        var instances = (await region.Client.EcsAsync("DescribeInstances", ("RegionId", Region), ("VpcId", region.VpcId))).Ok();
        Assert.Empty(instances.Element("Instances.Instance").EnumerateArray());
        Assert.Equal(2, (await region.RunAsync([group], ("Amount", "2"), ("PrivateIpAddress", "10.0.1.90"))).Ok().Body.Strings("InstanceIdSets.InstanceIdSet").Length);
    }

    [Fact]
    public async Task RunInstances_Ipv6CountOnAnIpv4OnlyVSwitch_IsIpv6NotTurnOn()
    {
        var region = await ApiRegion.CreateAsync(host.Client(ApiHostFixture.Alice), ipv6: false);
        var group = await region.CreateSecurityGroupAsync();

        var response = await region.RunAsync([group], ("Ipv6AddressCount", "1"));

        response.Fails("InvalidVSwitch.Ipv6NotTurnOn", 403);
    }

    [Fact]
    public async Task RunInstances_Ipv6Count_GivesThePrimaryEniAddressesOfTheVSwitchBlock()
    {
        var (region, group) = await SetUpAsync();

        var instance = await region.RunInstanceAsync([group], ("Ipv6AddressCount", "2"));

        var primary = (await region.DescribeInstanceAsync(instance)).GetProperty("NetworkInterfaces").GetProperty("NetworkInterface")[0].Text("NetworkInterfaceId");
        var ipv6 = (await region.DescribeEniAsync(primary)).GetProperty("Ipv6Sets").GetProperty("Ipv6Set").EnumerateArray()
            .Select(e => SgGrid.Domain.Addresses.NetworkAddress.Parse(e.Text("Ipv6Address"))).ToArray();
        Assert.Equal(2, ipv6.Length);
        Assert.All(ipv6, a => Assert.True(region.Ipv6Block!.Value.Contains(a)));
    }

    [Fact]
    public async Task RunInstances_MinAmount_KeepsTheInstancesThatFit()
    {
        var (region, group) = await SetUpAsync();
        await region.CreateEniAsync([group], ("PrimaryIpAddress", "10.0.1.112"));

        var response = (await region.RunAsync([group], ("Amount", "4"), ("MinAmount", "2"), ("PrivateIpAddress", "10.0.1.110"))).Ok();

        Assert.Equal(2, response.Body.Strings("InstanceIdSets.InstanceIdSet").Length);
    }

    [Theory]
    [InlineData("ImageId", null, "MissingParameter", 400)]
    [InlineData("InstanceType", null, "MissingParameter", 400)]
    [InlineData("VSwitchId", null, "MissingParameter", 400)]
    [InlineData("InstanceType", "g7.large", "InvalidInstanceType.ValueNotSupported", 400)]
    [InlineData("LaunchTemplateId", "lt-1", "InvalidLaunchTemplate.NotFound", 404)]
    [InlineData("Amount", "101", "InvalidAmount.Malformed", 400)]
    [InlineData("MinAmount", "5", "InvalidMinAmount.Malformed", 400)]
    [InlineData("InstanceName", "9lives", "InvalidInstanceName.Malformed", 400)]
    [InlineData("HostName", "-host", "InvalidHostName.Malformed", 400)]
    [InlineData("Description", "x", "InvalidDescription.Malformed", 400)]
    [InlineData("PrivateIpAddress", "10.0.1.x", "InvalidPrivateIpAddress.Malformed", 400)]
    [InlineData("PrivateIpAddress", "10.0.3.1", "InvalidVSwitchId.IpInvalid", 403)]
    [InlineData("ZoneId", "cn-hangzhou-i", "InvalidVSwitchId.Mismatch", 400)]
    [InlineData("ZoneId", "mars-1a", "InvalidZoneId.NotFound", 404)]
    [InlineData("VSwitchId", "vsw-nothere000000000000", "InvalidVSwitchId.NotFound", 404)]
    [InlineData("SecurityGroupId", "sg-nothere00000000000", "InvalidSecurityGroupId.NotFound", 404)]
    [InlineData("DryRun", "true", "DryRunOperation", 400)]
    public async Task RunInstances_BadParameter_IsRefusedAndMakesNothing(string parameter, string? value, string code, int status)
    {
        var (region, group) = await SetUpAsync();
        var parameters = new Dictionary<string, string>
        {
            ["RegionId"] = Region,
            ["VSwitchId"] = region.VSwitchId,
            ["ImageId"] = NetworkCalls.ImageId,
            ["InstanceType"] = NetworkCalls.InstanceType,
            ["SecurityGroupId"] = group,
            ["Amount"] = "2",
        };
        if (value is null)
        {
            parameters.Remove(parameter);
        }
        else
        {
            parameters[parameter] = value;
        }

        var response = await region.Client.EcsAsync("RunInstances", [.. parameters.Select(p => (p.Key, p.Value))]);

        response.Fails(code, status);
        var instances = (await region.Client.EcsAsync("DescribeInstances", ("RegionId", Region), ("VpcId", region.VpcId))).Ok();
        Assert.Empty(instances.Element("Instances.Instance").EnumerateArray());
    }

    [Fact]
    public async Task RunInstances_ContradictoryNetworkParameters_AreRefused()
    {
        var (region, group) = await SetUpAsync();
        var other = await ApiRegion.CreateAsync(region.Client, "192.168.0.0/16", "192.168.1.0/24");
        var elsewhere = await other.CreateSecurityGroupAsync();

        (await region.RunAsync([elsewhere])).Fails("OperationDenied.InconsistentNetwork", 403);
        (await region.RunAsync([group], ("SecurityGroupId", group))).Fails("InvalidParameter.Conflict", 400);
        (await region.RunAsync([group], ("NetworkInterface.1.InstanceType", "Primary"), ("NetworkInterface.1.SecurityGroupId", group))).Fails("InvalidParam.NetworkInterface", 400);
        (await region.RunAsync([], ("NetworkInterface.1.InstanceType", "Primary"), ("NetworkInterface.2.InstanceType", "Primary"))).Fails("InvalidParam.NetworkInterface", 400);
        (await region.RunAsync([group], ("NetworkInterface.1.InstanceType", "Tertiary"))).Fails("InvalidNetworkInterface.InstanceType.Malformed", 400);
        (await region.RunAsync([group], ("Amount", "2"), ("PrivateIpAddress", "10.0.1.9"), ("NetworkInterface.1.SecurityGroupId", group))).Fails("InvalidParam.NetworkInterface", 400);
        (await region.RunAsync([group], ("Amount", "2"), ("Ipv6Address.1", "2001:db8::1"))).Fails("InvalidParameter.Conflict", 400);
        (await region.RunAsync([group], ("NetworkInterface.1.NetworkInterfaceId", "eni-missing0000000000000"))).Fails("InvalidEniId.NotFound", 404);
        (await region.RunAsync([group], ("NetworkInterface.1.VSwitchId", other.VSwitchId))).Fails("InvalidOperation.VpcMismatch", 403);
        (await region.RunAsync([group], ("HostName", "h1"), ("HostNames.1", "h2"))).Fails("InvalidParameter.Conflict", 400);
        (await region.RunAsync([group], ("Amount", "2"), ("HostNames.1", "h2"))).Fails("InvalidHostNames.Malformed", 400);
        (await region.RunAsync([group], ("InstanceName", "a" + new string('b', 126)), ("UniqueSuffix", "true"))).Fails("InvalidParams.InstanceNameExceed", 403);
        var attached = await region.RunInstanceAsync([group]);
        var eni = await region.CreateEniIdAsync(group);
        (await region.Client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", attached), ("NetworkInterfaceId", eni))).Ok();
        (await region.RunAsync([group], ("NetworkInterface.1.NetworkInterfaceId", eni))).Fails("InvalidOperation.InvalidEniState", 400);
    }

    [Fact]
    public async Task RunInstances_AnotherTenantsVSwitchOrGroup_LooksNotFound()
    {
        var (alice, aliceGroup) = await SetUpAsync();
        var (bob, bobGroup) = await SetUpAsync(ApiHostFixture.Bob);

        (await bob.Client.EcsAsync("RunInstances", ("RegionId", Region), ("VSwitchId", alice.VSwitchId), ("ImageId", NetworkCalls.ImageId), ("InstanceType", NetworkCalls.InstanceType), ("SecurityGroupId", bobGroup)))
            .Fails("InvalidVSwitchId.NotFound", 404);
        (await bob.RunAsync([aliceGroup])).Fails("InvalidSecurityGroupId.NotFound", 404);
    }

    [Fact]
    public async Task RunInstances_SameClientToken_AnswersTheSameInstances()
    {
        var (region, group) = await SetUpAsync();

        var first = (await region.RunAsync([group], ("ClientToken", "run-once"))).Ok();
        var again = (await region.RunAsync([group], ("ClientToken", "run-once"))).Ok();

        Assert.Equal(first.Body.Strings("InstanceIdSets.InstanceIdSet"), again.Body.Strings("InstanceIdSets.InstanceIdSet"));
    }

    [Fact]
    public async Task DeleteInstance_WithoutForce_IsIncorrectInstanceStatus()
    {
        var (region, group) = await SetUpAsync();
        var instance = await region.RunInstanceAsync([group]);

        (await region.Client.EcsAsync("DeleteInstance", ("InstanceId", instance))).Fails("IncorrectInstanceStatus", 403);
        (await region.Client.EcsAsync("DeleteInstance", ("InstanceId", instance), ("Force", "true"), ("DryRun", "true"))).Fails("DryRunOperation", 400);

        Assert.Equal(instance, (await region.DescribeInstanceAsync(instance)).Text("InstanceId"));
    }

    [Fact]
    public async Task DeleteInstance_Force_ReleasesItAndItsPrimaryEni()
    {
        var (region, group) = await SetUpAsync();
        var instance = await region.RunInstanceAsync([group], ("PrivateIpAddress", "10.0.1.80"));
        var secondary = await region.CreateEniIdAsync(group);
        (await region.Client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", instance), ("NetworkInterfaceId", secondary))).Ok();

        (await region.Client.EcsAsync("DeleteInstance", ("InstanceId", instance), ("Force", "true"))).Ok();

        var instances = (await region.Client.EcsAsync("DescribeInstances", ("RegionId", Region), ("InstanceIds", $"[\"{instance}\"]"))).Ok();
        Assert.Empty(instances.Element("Instances.Instance").EnumerateArray());
        Assert.Equal("Available", (await region.DescribeEniAsync(secondary)).Text("Status"));
        (await region.RunAsync([group], ("PrivateIpAddress", "10.0.1.80"))).Ok(); // the primary ENI's address is free again
        (await region.Client.EcsAsync("DeleteInstance", ("InstanceId", instance), ("Force", "true"))).Fails("InvalidInstanceId.NotFound", 404);
    }

    [Fact]
    public async Task DeleteInstance_AnotherTenantsMissingOrMalformed_IsNotFound()
    {
        var (alice, group) = await SetUpAsync();
        var instance = await alice.RunInstanceAsync([group]);
        var bob = host.Client(ApiHostFixture.Bob);

        (await bob.EcsAsync("DeleteInstance", ("InstanceId", instance), ("Force", "true"))).Fails("InvalidInstanceId.NotFound", 404);
        (await bob.EcsAsync("DeleteInstance", ("InstanceId", "i-missing00000000000000"), ("Force", "true"))).Fails("InvalidInstanceId.NotFound", 404);
        (await bob.EcsAsync("DeleteInstance", ("InstanceId", "not an id"), ("Force", "true"))).Fails("InvalidInstanceId.NotFound", 404);
        (await bob.EcsAsync("DeleteInstance", ("Force", "true"))).Fails("MissingInstanceId", 400);
        (await bob.EcsAsync("DeleteInstance", ("InstanceId", instance), ("Force", "perhaps"))).Fails("InvalidForce.Malformed", 400);
        Assert.Equal(instance, (await alice.DescribeInstanceAsync(instance)).Text("InstanceId"));
    }

    [Fact]
    public async Task DeleteInstances_AllOrNothing()
    {
        var (region, group) = await SetUpAsync();
        var ids = (await region.RunAsync([group], ("Amount", "3"))).Ok().Body.Strings("InstanceIdSets.InstanceIdSet");
        var client = region.Client;
        (string, string)[] all = [.. ids.Select((id, i) => ($"InstanceId.{i + 1}", id))];

        (await client.EcsAsync("DeleteInstances", [("RegionId", Region), .. all, ("InstanceId.4", "i-missing00000000000000"), ("Force", "true")])).Fails("InvalidInstanceId.NotFound", 404);
        (await client.EcsAsync("DeleteInstances", [("RegionId", Region), .. all])).Fails("IncorrectInstanceStatus", 403);
        (await client.EcsAsync("DeleteInstances", [("RegionId", Region), .. all, ("Force", "true"), ("DryRun", "true")])).Fails("DRYRUN.SUCCESS", 400);
        (await client.EcsAsync("DeleteInstances", ("RegionId", Region), ("Force", "true"))).Fails("MissingInstanceId", 400);
        (await host.Client(ApiHostFixture.Bob).EcsAsync("DeleteInstances", [("RegionId", Region), .. all, ("Force", "true")])).Fails("InvalidInstanceId.NotFound", 404);
        Assert.Equal(3, (await client.EcsAsync("DescribeInstances", ("RegionId", Region), ("VpcId", region.VpcId))).Ok().Element("Instances.Instance").GetArrayLength());

        (await client.EcsAsync("DeleteInstances", [("RegionId", Region), .. all, ("Force", "true"), ("ClientToken", "delete-all")])).Ok();

        Assert.Equal(0, (await client.EcsAsync("DescribeInstances", ("RegionId", Region), ("VpcId", region.VpcId))).Ok().Element("Instances.Instance").GetArrayLength());
        (await client.EcsAsync("DeleteInstances", [("RegionId", Region), .. all, ("Force", "true"), ("ClientToken", "delete-all")])).Ok();
    }

    [Fact]
    public async Task AttachDetachNetworkInterface_SecondaryEni_InUseThenAvailable()
    {
        var (region, group) = await SetUpAsync();
        var instance = await region.RunInstanceAsync([group]);
        var eni = await region.CreateEniIdAsync(group);

        (await region.Client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", instance), ("NetworkInterfaceId", eni), ("NetworkCardIndex", "0"))).Ok();
        Assert.Equal(("InUse", instance), ((await region.DescribeEniAsync(eni)).Text("Status"), (await region.DescribeEniAsync(eni)).Text("InstanceId")));
        Assert.Equal(2, NetworkInterfaces(await region.DescribeInstanceAsync(instance)).Length);

        (await region.Client.EcsAsync("DetachNetworkInterface", ("RegionId", Region), ("InstanceId", instance), ("NetworkInterfaceId", eni))).Ok();
        var detached = await region.DescribeEniAsync(eni);
        Assert.Equal("Available", detached.Text("Status"));
        Assert.False(detached.TryGetProperty("InstanceId", out _));
        Assert.False(detached.TryGetProperty("Attachment", out _));
    }

    [Fact]
    public async Task AttachDetachNetworkInterface_EcsRules_AreEnforced()
    {
        var (region, group) = await SetUpAsync();
        var instance = await region.RunInstanceAsync([group]);
        var other = await region.RunInstanceAsync([group]);
        var eni = await region.CreateEniIdAsync(group);
        var primary = NetworkInterfaces(await region.DescribeInstanceAsync(instance))[0].Text("NetworkInterfaceId");
        var zoneB = (await region.Client.VpcAsync("CreateVSwitch", ("RegionId", Region), ("VpcId", region.VpcId), ("ZoneId", "cn-hangzhou-i"), ("CidrBlock", "10.0.2.0/24"))).Ok().Get("VSwitchId");
        var elsewhere = (await region.Client.EcsAsync("CreateNetworkInterface", ("RegionId", Region), ("VSwitchId", zoneB), ("SecurityGroupId", group))).Ok().Get("NetworkInterfaceId");
        var client = region.Client;

        async Task<EcsResponse> Attach(string instanceId, string eniId) =>
            await client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", instanceId), ("NetworkInterfaceId", eniId));
        async Task<EcsResponse> Detach(string instanceId, string eniId) =>
            await client.EcsAsync("DetachNetworkInterface", ("RegionId", Region), ("InstanceId", instanceId), ("NetworkInterfaceId", eniId));

        (await Attach(instance, primary)).Fails("InvalidOperation.InvalidEniType", 403);
        (await Attach(instance, elsewhere)).Fails("InvalidOperation.AvailabilityZoneMismatch", 403);
        (await Attach(instance, "eni-missing0000000000000")).Fails("InvalidEniId.NotFound", 404);
        (await Attach("i-missing00000000000000", eni)).Fails("InvalidEcsId.NotFound", 404);
        (await Detach(instance, primary)).Fails("InvalidOperation.DetachPrimaryEniNotAllowed", 400);
        (await Detach(instance, eni)).Fails("InvalidOperation.InvalidEniState", 400);
        (await Attach(instance, eni)).Ok();
        (await Attach(other, eni)).Fails("InvalidOperation.InvalidEniState", 400);
        (await Detach(other, eni)).Fails("InvalidOperation.InvalidEniState", 400);
        (await client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", instance), ("NetworkInterfaceId", eni), ("TrunkNetworkInstanceId", "eni-trunk"))).Fails("UnsupportedParameter", 400);
        (await client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", instance))).Fails("MissingNetworkInterfaceId", 400);
        (await client.EcsAsync("DetachNetworkInterface", ("RegionId", Region), ("NetworkInterfaceId", eni))).Fails("MissingInstanceId", 400);
    }

    [Fact]
    public async Task AttachDetachNetworkInterface_AnotherTenantsResources_LookNotFound()
    {
        var (alice, group) = await SetUpAsync();
        var aliceInstance = await alice.RunInstanceAsync([group]);
        var aliceEni = await alice.CreateEniIdAsync(group);
        var (bob, bobGroup) = await SetUpAsync(ApiHostFixture.Bob);
        var bobInstance = await bob.RunInstanceAsync([bobGroup]);
        var bobEni = await bob.CreateEniIdAsync(bobGroup);

        (await bob.Client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", bobInstance), ("NetworkInterfaceId", aliceEni))).Fails("InvalidEniId.NotFound", 404);
        (await bob.Client.EcsAsync("AttachNetworkInterface", ("RegionId", Region), ("InstanceId", aliceInstance), ("NetworkInterfaceId", bobEni))).Fails("InvalidEcsId.NotFound", 404);
        (await bob.Client.EcsAsync("DetachNetworkInterface", ("RegionId", Region), ("InstanceId", aliceInstance), ("NetworkInterfaceId", bobEni))).Fails("InvalidEcsId.NotFound", 404);
        Assert.Equal("Available", (await alice.DescribeEniAsync(aliceEni)).Text("Status"));
    }
}
