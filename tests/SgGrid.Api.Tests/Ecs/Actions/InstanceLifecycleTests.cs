using SgGrid.Api.Tests.Hosting;
using SgGrid.Api.Tests.Support;

namespace SgGrid.Api.Tests.Ecs.Actions;

/// <summary>
/// The instance status machine over HTTP: StopInstance(s), StartInstance(s), RebootInstance(s) with their observable
/// Stopping and Starting, DescribeInstanceStatus, IncorrectInstanceStatus where ECS refuses, DeleteInstance's Force and
/// DeletionProtection rules, ModifyInstanceAttribute and DescribeInstanceAttribute.
/// </summary>
[Collection(ApiHostDefinition.Name)]
public sealed class InstanceLifecycleTests(ApiHostFixture host)
{
    private const string Region = ApiRegion.RegionId;

    /// <summary>How long a test polls for a transition to end (the transition itself lasts about a second).</summary>
    private static readonly TimeSpan PollLimit = TimeSpan.FromSeconds(60);

    private static readonly string[] StoppingOrStopped = ["Stopping", "Stopped"];

    private static readonly string[] StartingOrRunning = ["Starting", "Running"];

    private EcsClient Alice => host.Client(ApiHostFixture.Alice);

    private EcsClient Bob => host.Client(ApiHostFixture.Bob);

    private async Task<(ApiRegion Region, string Group, string Instance)> RunningInstanceAsync()
    {
        var region = await ApiRegion.CreateAsync(Alice, ipv6: false);
        var group = await region.CreateSecurityGroupAsync();
        return (region, group, await region.RunInstanceAsync([group]));
    }

    private async Task<string> StatusAsync(string instanceId)
    {
        var answer = (await Alice.EcsAsync("DescribeInstanceStatus", ("RegionId", Region), ("InstanceId.1", instanceId))).Ok();
        return Assert.Single(answer.Element("InstanceStatuses.InstanceStatus").EnumerateArray()).GetProperty("Status").GetString()!;
    }

    /// <summary>Polls DescribeInstanceStatus, as Terraform's waiters do, until the instance has <paramref name="status"/>.</summary>
    private async Task WaitForAsync(string instanceId, string status)
    {
        var deadline = DateTime.UtcNow + PollLimit;
        while (await StatusAsync(instanceId) != status)
        {
            Assert.True(DateTime.UtcNow < deadline, $"{instanceId} did not reach {status}");
            await Task.Delay(100);
        }
    }

    [Fact]
    public async Task StopThenStart_PassesThroughStoppingAndStarting_AndEveryDescribeAgrees()
    {
        var (region, _, instance) = await RunningInstanceAsync();
        Assert.Equal("Running", await StatusAsync(instance));

        (await Alice.EcsAsync("StopInstance", ("InstanceId", instance))).Ok();
        Assert.Contains(await StatusAsync(instance), StoppingOrStopped);
        await WaitForAsync(instance, "Stopped");
        Assert.Equal("Stopped", (await region.DescribeInstanceAsync(instance)).Text("Status"));
        var stopped = (await Alice.EcsAsync("DescribeInstances", ("RegionId", Region), ("Status", "Stopped"), ("InstanceIds", $"[\"{instance}\"]"))).Ok();
        Assert.Single(stopped.Element("Instances.Instance").EnumerateArray());

        (await Alice.EcsAsync("StartInstance", ("InstanceId", instance))).Ok();
        Assert.Contains(await StatusAsync(instance), StartingOrRunning);
        await WaitForAsync(instance, "Running");
        Assert.Equal("Running", (await Alice.EcsAsync("DescribeInstanceAttribute", ("InstanceId", instance))).Ok().Get("Status"));

        (await Alice.EcsAsync("RebootInstance", ("InstanceId", instance))).Ok();
        await WaitForAsync(instance, "Running");
    }

    [Fact]
    public async Task StatusChanges_InTheWrongStatus_AreIncorrectInstanceStatus()
    {
        var (_, _, instance) = await RunningInstanceAsync();

        (await Alice.EcsAsync("StartInstance", ("InstanceId", instance))).Fails("IncorrectInstanceStatus", 403);
        (await Alice.EcsAsync("StopInstance", ("InstanceId", instance), ("DryRun", "true"))).Fails("DryRunOperation", 400);
        Assert.Equal("Running", await StatusAsync(instance));
        (await Alice.EcsAsync("StopInstance", ("InstanceId", instance))).Ok();
        (await Alice.EcsAsync("StopInstance", ("InstanceId", instance))).Fails("IncorrectInstanceStatus", 403); // Stopping or Stopped
        await WaitForAsync(instance, "Stopped");
        (await Alice.EcsAsync("RebootInstance", ("InstanceId", instance))).Fails("IncorrectInstanceStatus", 403);
        (await Bob.EcsAsync("StartInstance", ("InstanceId", instance))).Fails("InvalidInstanceId.NotFound", 404);
        (await Alice.EcsAsync("StartInstance", ("InstanceId", "i-unknown000000000000"))).Fails("InvalidInstanceId.NotFound", 404);
        Assert.Equal("Stopped", await StatusAsync(instance));
    }

    [Fact]
    public async Task DeleteInstance_NeedsForceUnlessStopped_AndHonoursDeletionProtection()
    {
        var (_, _, running) = await RunningInstanceAsync();
        var (_, _, stopped) = await RunningInstanceAsync();
        (await Alice.EcsAsync("StopInstance", ("InstanceId", stopped))).Ok();
        await WaitForAsync(stopped, "Stopped");

        (await Alice.EcsAsync("DeleteInstance", ("InstanceId", running))).Fails("IncorrectInstanceStatus", 403);
        (await Alice.EcsAsync("ModifyInstanceAttribute", ("InstanceId", running), ("DeletionProtection", "true"))).Ok();
        (await Alice.EcsAsync("DeleteInstance", ("InstanceId", running), ("Force", "true"))).Fails("InvalidOperation.DeletionProtection", 403);
        (await Alice.EcsAsync("DeleteInstances", ("RegionId", Region), ("InstanceId.1", running), ("InstanceId.2", stopped), ("Force", "true"))).Fails("InvalidOperation.DeletionProtection", 403);
        Assert.Equal("Running", await StatusAsync(running));
        Assert.Equal("Stopped", await StatusAsync(stopped));

        (await Alice.EcsAsync("DeleteInstance", ("InstanceId", stopped))).Ok();
        (await Alice.EcsAsync("ModifyInstanceAttribute", ("InstanceId", running), ("DeletionProtection", "false"))).Ok();
        (await Alice.EcsAsync("DeleteInstance", ("InstanceId", running), ("Force", "true"))).Ok();
        (await Alice.EcsAsync("DescribeInstanceAttribute", ("InstanceId", running))).Fails("InvalidInstanceId.NotFound", 404);
    }

    [Fact]
    public async Task StopInstances_AllTogetherRefusesWhole_SuccessFirstAnswersEach()
    {
        var (region, group, first) = await RunningInstanceAsync();
        var second = await region.RunInstanceAsync([group]);
        (await Alice.EcsAsync("StopInstance", ("InstanceId", second))).Ok();
        await WaitForAsync(second, "Stopped");

        (await Alice.EcsAsync("StopInstances", ("RegionId", Region), ("InstanceId.1", first), ("InstanceId.2", second))).Fails("IncorrectInstanceStatus", 403);
        Assert.Equal("Running", await StatusAsync(first));

        var each = (await Alice.EcsAsync("StopInstances", ("RegionId", Region), ("InstanceId.1", first), ("InstanceId.2", second), ("BatchOptimization", "SuccessFirst"))).Ok();
        var answers = each.Element("InstanceResponses.InstanceResponse").EnumerateArray().ToDictionary(a => a.GetProperty("InstanceId").GetString()!);
        Assert.Equal(("200", "Running"), (answers[first].GetProperty("Code").GetString(), answers[first].GetProperty("PreviousStatus").GetString()));
        Assert.Equal("IncorrectInstanceStatus", answers[second].GetProperty("Code").GetString());
        await WaitForAsync(first, "Stopped");

        (await Alice.EcsAsync("StartInstances", ("RegionId", Region), ("InstanceId.1", first), ("InstanceId.2", second))).Ok();
        await WaitForAsync(first, "Running");
        await WaitForAsync(second, "Running");
        (await Alice.EcsAsync("RebootInstances", ("RegionId", Region), ("InstanceId.1", first), ("BatchOptimization", "Bogus"))).Fails("InvalidBatchOptimization.Malformed", 400);
    }

    [Fact]
    public async Task ModifyInstanceAttribute_ChangesNamesAndReplacesThePrimaryEnisGroups()
    {
        var (region, group, instance) = await RunningInstanceAsync();
        var other = await region.CreateSecurityGroupAsync();
        var foreignRegion = await ApiRegion.CreateAsync(Alice, "10.9.0.0/16", "10.9.1.0/24", ipv6: false);
        var foreign = await foreignRegion.CreateSecurityGroupAsync();

        (await Alice.EcsAsync("ModifyInstanceAttribute", ("InstanceId", instance), ("InstanceName", "renamed"), ("Description", "new words"), ("HostName", "new-host"),
            ("SecurityGroupIds.1", other), ("SecurityGroupIds.2", group))).Ok();
        (await Alice.EcsAsync("ModifyInstanceAttribute", ("InstanceId", instance), ("InstanceName", "never"), ("SecurityGroupIds.1", foreign))).Fails("InvalidOperation.VpcMismatch", 403);
        (await Bob.EcsAsync("ModifyInstanceAttribute", ("InstanceId", instance), ("InstanceName", "stolen"))).Fails("InvalidInstanceId.NotFound", 404);

        var attribute = (await Alice.EcsAsync("DescribeInstanceAttribute", ("InstanceId", instance))).Ok();
        Assert.Equal(("renamed", "new words", "new-host"), (attribute.Get("InstanceName"), attribute.Get("Description"), attribute.Get("HostName")));
        Assert.Equal([other, group], attribute.Element("SecurityGroupIds.SecurityGroupId").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(region.VpcId, attribute.Get("VpcAttributes.VpcId"));
        Assert.Equal([other, group], (await region.DescribeInstanceAsync(instance)).Strings("SecurityGroupIds.SecurityGroupId"));
        (await Bob.EcsAsync("DescribeInstanceAttribute", ("InstanceId", instance))).Fails("InvalidInstanceId.NotFound", 404);
    }
}
