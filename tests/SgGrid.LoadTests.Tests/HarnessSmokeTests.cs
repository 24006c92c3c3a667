using System.Text.Json;
using Spectre.Console;
using SgGrid.LoadTests.Cli;

namespace SgGrid.LoadTests.Tests;

/// <summary>
/// Every mode of the harness at tiny sizes, through its command line: exit code 0, a JSON result of the documented shape,
/// and — for the modes that decide flows — the verdict counts equal to the reference evaluator's on the same seed.
/// No timing is asserted.
/// </summary>
public sealed class HarnessSmokeTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sggrid-loadtests-").FullName;

    [Fact]
    public async Task Flows_TinyRegion_CountsAgreeWithReference()
    {
        var json = await RunAsync("flows", "--flows", "40000", "--tenants", "1", "--groups", "3", "--enis", "12", "--batch", "256",
            "--distinct-batches", "8", "--engine-seconds", "0.1", "--seed", "7");
        var figures = json.GetProperty("figures");
        Assert.Equal(figures.GetProperty("referenceAllowed").GetDouble(), figures.GetProperty("allowed").GetDouble());
        Assert.Equal(0, figures.GetProperty("referenceMismatches").GetDouble());
        Assert.True(figures.GetProperty("flows").GetDouble() >= 40_000);
        Assert.Equal(figures.GetProperty("flows").GetDouble(), figures.GetProperty("allowed").GetDouble() + figures.GetProperty("denied").GetDouble());
        Assert.True(figures.GetProperty("verdictsPerSecond").GetDouble() > 0);
        Assert.True(figures.GetProperty("ceilingVerdictsPerSecond").GetDouble() > 0);
        Assert.Contains(json.GetProperty("bars").EnumerateArray(), b => b.GetProperty("name").GetString()!.Contains("ceiling", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Engine_ClassBench_CompiledAgreesWithReference()
    {
        var json = await RunAsync("engine", "--set", "acl1_1k", "--rules", "100", "--seconds", "0.1");
        var figures = json.GetProperty("figures");
        Assert.Equal(0, figures.GetProperty("referenceMismatches").GetDouble());
        Assert.Equal(figures.GetProperty("referenceAllowed").GetDouble(), figures.GetProperty("allowed").GetDouble());
        Assert.Equal(100, figures.GetProperty("rules").GetDouble());
    }

    [Fact]
    public async Task FanOut_TinyGroup_ReportsConvergence()
    {
        var json = await RunAsync("fanout", "30", "--changes", "2", "--referrer-members", "5", "--verify-sample", "10");
        var figures = json.GetProperty("figures");
        Assert.True(figures.GetProperty("m30RuleChangeP50Ms").GetDouble() > 0);
        Assert.True(figures.GetProperty("m30MembershipP50Ms").GetDouble() > 0);
        Assert.Single(json.GetProperty("tables").EnumerateArray());
    }

    [Fact]
    public async Task Joins_TinyGroup_ReportsBothWindows()
    {
        var json = await RunAsync("joins", "--enis", "40", "--window", "10", "--concurrency", "4");
        var figures = json.GetProperty("figures");
        Assert.Equal(40, figures.GetProperty("members").GetDouble());
        Assert.True(figures.GetProperty("firstWindowPerSecond").GetDouble() > 0);
        Assert.True(figures.GetProperty("lastWindowPerSecond").GetDouble() > 0);
        Assert.Equal(2, json.GetProperty("bars").GetArrayLength());
    }

    [Fact]
    public async Task Churn_TinyRegion_NoStaleVerdicts()
    {
        var json = await RunAsync("churn", "--seconds", "1", "--changes-per-second", "4", "--tenants", "1", "--groups", "2", "--enis", "8", "--batch", "128", "--probes", "2");
        var figures = json.GetProperty("figures");
        Assert.Equal(0, figures.GetProperty("staleVerdictMismatches").GetDouble());
        Assert.True(figures.GetProperty("probes").GetDouble() > 0);
    }

    [Fact]
    public async Task Scale_TinyRegion_ReportsMemory()
    {
        var json = await RunAsync("scale", "--enis", "200", "--groups", "4", "--tenants", "2", "--checkpoints", "2");
        var figures = json.GetProperty("figures");
        Assert.Equal(200, figures.GetProperty("networkInterfaces").GetDouble());
        Assert.True(figures.GetProperty("heapBytesPerNetworkInterface").GetDouble() > 0);
        Assert.Single(json.GetProperty("charts").EnumerateArray());
    }

    [Fact]
    public async Task Api_InProcessServer_DrivesEveryAction()
    {
        var json = await RunAsync("api", "--seconds", "1", "--flow-rate", "50", "--mutation-rate", "4", "--describe-rate", "4",
            "--closed-loop", "2", "--closed-loop-seconds", "0.5", "--enis", "4", "--batch-flows", "50");
        var figures = json.GetProperty("figures");
        Assert.True(figures.GetProperty("batchVerdictsPerSecond").GetDouble() > 0);
        Assert.Equal(0, figures.GetProperty("batchErrors").GetDouble());
        Assert.True(figures.GetProperty("checkFlowRequests").GetDouble() > 0);
        Assert.Equal(0, figures.GetProperty("checkFlowErrors").GetDouble());
        foreach (var action in new[] { "authorizeSecurityGroup", "revokeSecurityGroup", "joinSecurityGroup", "leaveSecurityGroup", "modifySecurityGroupPolicy", "describeSecurityGroups", "describeSecurityGroupAttribute", "describeNetworkInterfaces" })
        {
            Assert.True(figures.GetProperty(action + "Requests").GetDouble() > 0, action);
            Assert.Equal(0, figures.GetProperty(action + "Errors").GetDouble());
        }
    }

    [Fact]
    public async Task WhatIf_TinyVpc_DiffsEachChange()
    {
        var json = await RunAsync("whatif", "--enis", "40", "--groups", "4", "--runs", "1", "--concurrency", "4");
        var figures = json.GetProperty("figures");
        Assert.Equal(40, figures.GetProperty("networkInterfaces").GetDouble());
        Assert.True(figures.GetProperty("oneRuleEntries").GetDouble() > 0);
        Assert.True(figures.GetProperty("groupReferenceEntries").GetDouble() > figures.GetProperty("oneRuleEntries").GetDouble());
        Assert.Single(json.GetProperty("bars").EnumerateArray());
    }

    [Fact]
    public async Task Noisy_TinyStorm_CountsEveryAnswerAndTimesTheQuietTenant()
    {
        var json = await RunAsync("noisy", "--enis", "20", "--groups", "4", "--scenarios", "3", "--health-callers", "3", "--health-rules", "10",
            "--health-members", "6", "--seconds", "1", "--baseline-seconds", "0.3", "--quiet-concurrency", "2", "--concurrency", "4");
        var figures = json.GetProperty("figures");
        Assert.Equal(26, figures.GetProperty("networkInterfaces").GetDouble());
        Assert.True(figures.GetProperty("quietStormCount").GetDouble() > 0);
        Assert.True(figures.GetProperty("noisyOk").GetDouble() > 0);
        Assert.Equal(0, figures.GetProperty("noisy5xx").GetDouble());
        Assert.Equal(0, figures.GetProperty("noisyNoAnswer").GetDouble());
        Assert.True(figures.GetProperty("peakRssMiB").GetDouble() > 0);
        Assert.Equal(2, json.GetProperty("bars").GetArrayLength());
    }

    [Fact]
    public async Task Region_TinySnapshot_ImportsAndMeasuresEveryBar()
    {
        var json = await RunAsync("region", "--enis", "60", "--groups", "8", "--large-group", "20", "--prefix-lists", "2", "--rules", "5:50,20:50", "--pages", "10", "--runs", "1");
        var figures = json.GetProperty("figures");
        Assert.Equal(60, figures.GetProperty("networkInterfaces").GetDouble());
        Assert.True(figures.GetProperty("largeGroupMembers").GetDouble() >= 20);
        Assert.True(figures.GetProperty("importSeconds").GetDouble() > 0);
        Assert.True(figures.GetProperty("describeNetworkInterfacesPageP99Ms").GetDouble() > 0);
        Assert.Equal(5, json.GetProperty("bars").GetArrayLength());
    }

    [Fact]
    public async Task Replay_TinyRegion_ServerInItsOwnProcess_DecidesEveryRecordInBothForms()
    {
        var json = await RunAsync("replay", "--enis", "40", "--groups", "4", "--rules", "5:50,20:50", "--records", "5000");
        var figures = json.GetProperty("figures");
        Assert.True(figures.GetProperty("jsonLinesRecordsPerSecond").GetDouble() > 0);
        Assert.True(figures.GetProperty("binaryRecordsPerSecond").GetDouble() > 0);
        Assert.Contains("own process", json.GetProperty("topology").GetString(), StringComparison.Ordinal);
        Assert.Empty(json.GetProperty("notes").EnumerateArray());
        Assert.Equal(4, json.GetProperty("bars").GetArrayLength());
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Runs the harness in-process with <c>--json</c> and <c>--report</c>; checks the exit code and the shape common to every mode.</summary>
    private async Task<JsonElement> RunAsync(string mode, params string[] args)
    {
        var jsonPath = Path.Combine(_directory, mode + ".json");
        var reportPath = Path.Combine(_directory, mode + ".html");
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(TextWriter.Null), Interactive = InteractionSupport.No, Ansi = AnsiSupport.No });
        var exit = await HarnessCommand.InvokeAsync([mode, .. args, "--json", jsonPath, "--report", reportPath], console);
        Assert.Equal(0, exit);
        using var document = JsonDocument.Parse(await File.ReadAllTextAsync(jsonPath));
        var root = document.RootElement.Clone();
        Assert.Equal(mode, root.GetProperty("mode").GetString());
        foreach (var property in new[] { "started", "durationSeconds", "topology", "machine", "options", "figures", "units", "bars", "tables", "charts", "notes" })
        {
            Assert.True(root.TryGetProperty(property, out _), property);
        }

        Assert.True(root.GetProperty("machine").GetProperty("cores").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("figures").ValueKind);
        var html = await File.ReadAllTextAsync(reportPath);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
        return root;
    }
}
