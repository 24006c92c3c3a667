using System.CommandLine;
using Spectre.Console;
using SgGrid.LoadTests.Api;
using SgGrid.LoadTests.Churn;
using SgGrid.LoadTests.Engine;
using SgGrid.LoadTests.FanOut;
using SgGrid.LoadTests.Flows;
using SgGrid.LoadTests.Hosting;
using SgGrid.LoadTests.Joins;
using SgGrid.LoadTests.Noisy;
using SgGrid.LoadTests.Scale;
using SgGrid.LoadTests.RegionImport;
using SgGrid.LoadTests.Replay;
using SgGrid.LoadTests.WhatIf;

namespace SgGrid.LoadTests.Cli;

/// <summary>The command line: one sub-command per mode, the common options on all of them.</summary>
internal static class HarnessCommand
{
    private static readonly Option<int> Silos = new("--silos") { Description = "In-process silos", DefaultValueFactory = _ => 2, Recursive = true };
    private static readonly Option<bool> Cluster = new("--cluster") { Description = "Connect as an Orleans client to separately started silos (Azure Table clustering)", Recursive = true };
    private static readonly Option<string> ConnectionString = new("--connection-string") { Description = "Azure Table / Azurite connection string for --cluster", DefaultValueFactory = _ => "UseDevelopmentStorage=true", Recursive = true };
    private static readonly Option<string> ClusterId = new("--cluster-id") { Description = "ClusterId of the silos (--cluster)", DefaultValueFactory = _ => "sggrid", Recursive = true };
    private static readonly Option<string> ServiceId = new("--service-id") { Description = "ServiceId of the silos (--cluster)", DefaultValueFactory = _ => "sggrid", Recursive = true };
    private static readonly Option<int> Seed = new("--seed") { Description = "Random seed of the region and the flows", DefaultValueFactory = _ => 1, Recursive = true };
    private static readonly Option<string?> Json = new("--json") { Description = "Write the result (machine, options, figures) as JSON to this file", Recursive = true };
    private static readonly Option<string?> Report = new("--report") { Description = "Write a self-contained HTML report to this file", Recursive = true };

    /// <summary>Parses <paramref name="args"/> and runs the mode; returns the exit code.</summary>
    public static Task<int> InvokeAsync(string[] args, IAnsiConsole console)
    {
        ArgumentNullException.ThrowIfNull(console);
        var root = new RootCommand("SgGrid load harness: flows, fanout, joins, churn, api, scale, engine, whatif, region, noisy and replay modes (see loadtests/README.md).");
        foreach (var option in new Option[] { Silos, Cluster, ConnectionString, ClusterId, ServiceId, Seed, Json, Report })
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(FlowsCommand(console));
        root.Subcommands.Add(FanOutCommand(console));
        root.Subcommands.Add(JoinsCommand(console));
        root.Subcommands.Add(ChurnCommand(console));
        root.Subcommands.Add(ApiCommand(console));
        root.Subcommands.Add(ScaleCommand(console));
        root.Subcommands.Add(EngineCommand(console));
        root.Subcommands.Add(WhatIfCommand(console));
        root.Subcommands.Add(RegionCommand(console));
        root.Subcommands.Add(NoisyCommand(console));
        root.Subcommands.Add(ReplayCommand(console));
        return root.Parse(args).InvokeAsync();
    }

    private static CommonOptions Common(ParseResult parse) => new()
    {
        Topology = new TopologyOptions
        {
            Silos = parse.GetValue(Silos),
            ConnectionString = parse.GetValue(Cluster) ? parse.GetValue(ConnectionString) : null,
            ClusterId = parse.GetValue(ClusterId)!,
            ServiceId = parse.GetValue(ServiceId)!,
        },
        Seed = parse.GetValue(Seed),
        JsonPath = parse.GetValue(Json),
        ReportPath = parse.GetValue(Report),
    };

    private static Command Mode(string name, string description, IAnsiConsole console, Option[] options, Func<ParseResult, IScenario> scenario)
    {
        var command = new Command(name, description);
        foreach (var option in options)
        {
            command.Options.Add(option);
        }

        command.SetAction(async (parse, cancellationToken) => (await HarnessRunner.RunAsync(scenario(parse), Common(parse), console, cancellationToken)).ExitCode);
        return command;
    }

    private static Option<T> O<T>(string name, string description, T fallback) => new(name) { Description = description, DefaultValueFactory = _ => fallback };

    private static Command FlowsCommand(IAnsiConsole console)
    {
        var d = new FlowsOptions();
        var flows = O("--flows", "Flows decided (evaluation run; the ceiling run sends as many)", d.Flows);
        var tenants = O("--tenants", "Tenants", d.Tenants);
        var vpcs = O("--vpcs", "VPCs per tenant", d.VpcsPerTenant);
        var groups = O("--groups", "Groups per VPC", d.GroupsPerVpc);
        var enis = O("--enis", "ENIs per VPC", d.NetworkInterfacesPerVpc);
        var rules = O("--rules", "Rule-count distribution rules:weight,… (ports from 1 up; 40000-49999 kept for probes)", d.RuleCounts);
        var batch = O("--batch", "Flows per batch", d.BatchSize);
        var distinct = O("--distinct-batches", "Distinct batches cycled through", d.DistinctBatches);
        var concurrency = O("--concurrency", "Calls in flight per silo", d.Concurrency);
        var route = O("--route", "silo (issue on the ENI's silo) | client (through the Orleans client)", d.Route);
        var pairs = O("--pairs", "any | local (peer ENI on the target's silo)", d.Pairs);
        var external = O("--external", "Share of batches with an external end", d.ExternalShare);
        var verify = O("--verify", "Check every batch against the reference evaluator", d.Verify);
        var engineSeconds = O("--engine-seconds", "Seconds of the single-thread engine measurement", d.EngineSeconds);
        return Mode("flows", "Drive N flows across the cluster in batches; transport-only ceiling and engine rate in the same run", console,
            [flows, tenants, vpcs, groups, enis, rules, batch, distinct, concurrency, route, pairs, external, verify, engineSeconds],
            p => new FlowsScenario(new FlowsOptions
            {
                Flows = p.GetValue(flows),
                Tenants = p.GetValue(tenants),
                VpcsPerTenant = p.GetValue(vpcs),
                GroupsPerVpc = p.GetValue(groups),
                NetworkInterfacesPerVpc = p.GetValue(enis),
                RuleCounts = p.GetValue(rules)!,
                BatchSize = p.GetValue(batch),
                DistinctBatches = p.GetValue(distinct),
                Concurrency = p.GetValue(concurrency),
                Route = p.GetValue(route)!,
                Pairs = p.GetValue(pairs)!,
                ExternalShare = p.GetValue(external),
                Verify = p.GetValue(verify),
                EngineSeconds = p.GetValue(engineSeconds),
            }));
    }

    private static Command FanOutCommand(IAnsiConsole console)
    {
        var d = new FanOutOptions();
        var members = new Argument<int[]>("members") { Description = "Group sizes (default 1000 10000)", Arity = ArgumentArity.ZeroOrMore };
        var changes = O("--changes", "Changes timed per size", d.Changes);
        var referrers = O("--referrer-members", "Members of the referencing group", d.ReferrerMembers);
        var sample = O("--verify-sample", "Members read back after each change", d.VerifySample);
        var command = Mode("fanout", "Time from a rule change (and a referenced group's membership change) to the last member serving it", console,
            [changes, referrers, sample],
            p => new FanOutScenario(new FanOutOptions
            {
                Members = p.GetValue(members) is { Length: > 0 } m ? m : d.Members,
                Changes = p.GetValue(changes),
                ReferrerMembers = p.GetValue(referrers),
                VerifySample = p.GetValue(sample),
            }));
        command.Arguments.Add(members);
        return command;
    }

    private static Command JoinsCommand(IAnsiConsole console)
    {
        var d = new JoinsOptions();
        var enis = O("--enis", "ENIs created in one group, one CreateAsync each", d.NetworkInterfaces);
        var concurrency = O("--concurrency", "Creations in flight", d.Concurrency);
        var window = O("--window", "ENIs in the first and last windows compared", d.Window);
        return Mode("joins", "Creation rate of ENIs joining one growing group: the last window against the first", console,
            [enis, concurrency, window],
            p => new JoinsScenario(new JoinsOptions
            {
                NetworkInterfaces = p.GetValue(enis),
                Concurrency = p.GetValue(concurrency),
                Window = p.GetValue(window),
            }));
    }

    private static Command ChurnCommand(IAnsiConsole console)
    {
        var d = new ChurnOptions();
        var seconds = O("--seconds", "Seconds of the baseline and of the churn phase", d.Seconds);
        var rate = O("--changes-per-second", "Rule changes per second", d.ChangesPerSecond);
        var probes = O("--probes", "Members probed after each change", d.ProbesPerChange);
        var tenants = O("--tenants", "Tenants", d.Tenants);
        var groups = O("--groups", "Groups per VPC", d.GroupsPerVpc);
        var enis = O("--enis", "ENIs per VPC", d.NetworkInterfacesPerVpc);
        var batch = O("--batch", "Flows per batch", d.BatchSize);
        var concurrency = O("--concurrency", "Calls in flight per silo", d.Concurrency);
        var route = O("--route", "silo | client", d.Route);
        return Mode("churn", "Flows and rule changes together: throughput under change, no verdict older than the promised convergence", console,
            [seconds, rate, probes, tenants, groups, enis, batch, concurrency, route],
            p => new ChurnScenario(new ChurnOptions
            {
                Seconds = p.GetValue(seconds),
                ChangesPerSecond = p.GetValue(rate),
                ProbesPerChange = p.GetValue(probes),
                Tenants = p.GetValue(tenants),
                GroupsPerVpc = p.GetValue(groups),
                NetworkInterfacesPerVpc = p.GetValue(enis),
                BatchSize = p.GetValue(batch),
                Concurrency = p.GetValue(concurrency),
                Route = p.GetValue(route)!,
            }));
    }

    private static Command ApiCommand(IAnsiConsole console)
    {
        var d = new ApiOptions();
        var endpoint = new Option<string?>("--endpoint") { Description = "host:port of a running SgGrid (default: start one in-process)" };
        var keyId = O("--access-key-id", "AccessKeyId (with --endpoint: a configured tenant's)", d.AccessKeyId);
        var secret = O("--access-key-secret", "AccessKeySecret", d.AccessKeySecret);
        var region = O("--region", "RegionId", d.RegionId);
        var seconds = O("--seconds", "Seconds of the fixed-rate phase", d.Seconds);
        var flowRate = O("--flow-rate", "CheckFlow requests per second", d.FlowRate);
        var mutationRate = O("--mutation-rate", "Requests per second of each mutation stream", d.MutationRate);
        var describeRate = O("--describe-rate", "Requests per second of each describe action", d.DescribeRate);
        var callers = O("--closed-loop", "Callers of the closed-loop phase (0: skip)", d.ClosedLoopCallers);
        var closedSeconds = O("--closed-loop-seconds", "Seconds of the closed-loop phase", d.ClosedLoopSeconds);
        var actions = new Option<string[]>("--actions") { Description = "Actions to drive (default all)", AllowMultipleArgumentsPerToken = true };
        var enis = O("--enis", "ENIs created for the flows", d.NetworkInterfaces);
        var batchFlows = O("--batch-flows", "Flows per CheckFlows request of the batch closed loop", d.BatchFlows);
        return Mode("api", "Closed-loop and fixed-rate HTTP load on the ECS and SgGrid actions, per-action latency", console,
            [endpoint, keyId, secret, region, seconds, flowRate, mutationRate, describeRate, callers, closedSeconds, actions, enis, batchFlows],
            p => new ApiScenario(new ApiOptions
            {
                Endpoint = p.GetValue(endpoint),
                AccessKeyId = p.GetValue(keyId)!,
                AccessKeySecret = p.GetValue(secret)!,
                RegionId = p.GetValue(region)!,
                Seconds = p.GetValue(seconds),
                FlowRate = p.GetValue(flowRate),
                MutationRate = p.GetValue(mutationRate),
                DescribeRate = p.GetValue(describeRate),
                ClosedLoopCallers = p.GetValue(callers),
                ClosedLoopSeconds = p.GetValue(closedSeconds),
                Actions = p.GetValue(actions) is { Length: > 0 } a ? a.SelectMany(x => x.Split(',', StringSplitOptions.RemoveEmptyEntries)).ToArray() : d.Actions,
                NetworkInterfaces = p.GetValue(enis),
                BatchFlows = p.GetValue(batchFlows),
            }));
    }

    private static Command ScaleCommand(IAnsiConsole console)
    {
        var d = new ScaleOptions();
        var enis = O("--enis", "ENIs", d.NetworkInterfaces);
        var groups = O("--groups", "Groups", d.Groups);
        var tenants = O("--tenants", "Tenants (0: one per 1,000 ENIs)", d.Tenants);
        var rules = O("--rules", "Rules per group", d.RulesPerGroup);
        var checkpoints = O("--checkpoints", "Memory samples while populating", d.Checkpoints);
        return Mode("scale", "Populate N ENIs in G groups through the bulk path; time, heap, working set, bytes per ENI", console,
            [enis, groups, tenants, rules, checkpoints],
            p => new ScaleScenario(new ScaleOptions
            {
                NetworkInterfaces = p.GetValue(enis),
                Groups = p.GetValue(groups),
                Tenants = p.GetValue(tenants),
                RulesPerGroup = p.GetValue(rules),
                Checkpoints = p.GetValue(checkpoints),
            }));
    }

    private static Command WhatIfCommand(IAnsiConsole console)
    {
        var d = new WhatIfOptions();
        var enis = O("--enis", "ENIs of the VPC", d.NetworkInterfaces);
        var groups = O("--groups", "Groups of the VPC", d.Groups);
        var runs = O("--runs", "Scenarios measured (clone, change, diff, delete)", d.Runs);
        var concurrency = O("--concurrency", "Setup requests in flight", d.Concurrency);
        return Mode("whatif", "DescribeWhatIfDiff time for a one-rule change on a VPC of N ENIs in G groups, over HTTP", console,
            [enis, groups, runs, concurrency],
            p => new WhatIfScenario(new WhatIfOptions
            {
                NetworkInterfaces = p.GetValue(enis),
                Groups = p.GetValue(groups),
                Runs = p.GetValue(runs),
                Concurrency = p.GetValue(concurrency),
            }));
    }

    private static Command RegionCommand(IAnsiConsole console)
    {
        var d = new RegionImportOptions();
        var enis = O("--enis", "ENIs of the generated region", d.NetworkInterfaces);
        var groups = O("--groups", "Security groups", d.Groups);
        var large = O("--large-group", "Members of the large group whose rule change is timed", d.LargeGroupMembers);
        var lists = O("--prefix-lists", "Prefix lists", d.PrefixLists);
        var rules = O("--rules", "Rule counts and weights of the groups (e.g. 40:50,100:40,199:10)", d.Rules);
        var pages = O("--pages", "DescribeNetworkInterfaces pages timed", d.Pages);
        var runs = O("--runs", "Rule changes, clones and diffs timed", d.Runs);
        return Mode("region", "ImportRegion of a generated region of N ENIs, then pages, a large group's rule change, what-if clone and diff", console,
            [enis, groups, large, lists, rules, pages, runs],
            p => new RegionImportScenario(new RegionImportOptions
            {
                NetworkInterfaces = p.GetValue(enis),
                Groups = p.GetValue(groups),
                LargeGroupMembers = p.GetValue(large),
                PrefixLists = p.GetValue(lists),
                Rules = p.GetValue(rules)!,
                Pages = p.GetValue(pages),
                Runs = p.GetValue(runs),
            }));
    }

    private static Command NoisyCommand(IAnsiConsole console)
    {
        var d = new NoisyOptions();
        var enis = O("--enis", "ENIs of the noisy tenant's VPC", d.NetworkInterfaces);
        var groups = O("--groups", "Tier groups of that VPC", d.Groups);
        var scenarios = O("--scenarios", "Scenarios of the VPC, one DescribeWhatIfDiff caller each", d.Scenarios);
        var health = O("--health-callers", "DescribeSecurityGroupHealth callers on the health group", d.HealthCallers);
        var rules = O("--health-rules", "Rules of the health group", d.HealthRules);
        var members = O("--health-members", "Members of the health group", d.HealthMembers);
        var seconds = O("--seconds", "Seconds the storm lasts", d.Seconds);
        var baseline = O("--baseline-seconds", "Seconds the quiet tenant is timed alone first", d.BaselineSeconds);
        var quiet = O("--quiet-concurrency", "The quiet tenant's CheckFlow calls in flight", d.QuietConcurrency);
        var backoff = O("--backoff-ms", "A noisy caller's wait after a throttling answer", d.BackoffMilliseconds);
        var concurrency = O("--concurrency", "Setup requests in flight", d.Concurrency);
        return Mode("noisy", "One tenant storms DescribeWhatIfDiff and DescribeSecurityGroupHealth while another's CheckFlow is timed (issue 14.1)", console,
            [enis, groups, scenarios, health, rules, members, seconds, baseline, quiet, backoff, concurrency],
            p => new NoisyScenario(new NoisyOptions
            {
                NetworkInterfaces = p.GetValue(enis),
                Groups = p.GetValue(groups),
                Scenarios = p.GetValue(scenarios),
                HealthCallers = p.GetValue(health),
                HealthRules = p.GetValue(rules),
                HealthMembers = p.GetValue(members),
                Seconds = p.GetValue(seconds),
                BaselineSeconds = p.GetValue(baseline),
                QuietConcurrency = p.GetValue(quiet),
                BackoffMilliseconds = p.GetValue(backoff),
                Concurrency = p.GetValue(concurrency),
            }));
    }

    private static Command EngineCommand(IAnsiConsole console)
    {
        var d = new EngineOptions();
        var set = O("--set", "ClassBench rule file (acl1_1k, fw1_1k, acl2_10k, fw1_10k, …)", d.Set);
        var rules = O("--rules", "First N rules (0: all)", d.Rules);
        var seconds = O("--seconds", "Seconds per measurement", d.Seconds);
        var data = new Option<string?>("--data") { Description = "ClassBench folder (default: tests/data/classbench above the working directory)" };
        return Mode("engine", "The domain engine alone on a ClassBench set: compiled vs reference evaluations/s", console,
            [set, rules, seconds, data],
            p => new EngineScenario(new EngineOptions { Set = p.GetValue(set)!, Rules = p.GetValue(rules), Seconds = p.GetValue(seconds), DataDirectory = p.GetValue(data) }));
    }

    private static Command ReplayCommand(IAnsiConsole console)
    {
        var d = new ReplayOptions();
        var enis = O("--enis", "ENIs of the generated region", d.NetworkInterfaces);
        var groups = O("--groups", "Security groups", d.Groups);
        var rules = O("--rules", "Rule counts and weights of the groups (e.g. 10:70,50:25,150:5)", d.Rules);
        var records = O("--records", "Flow-log records replayed in each form", d.Records);
        var inProcess = O("--in-process", "Run the server in the harness's process (default: a process of its own)", d.InProcess);
        return Mode("replay", "ReplayFlowLogs of generated flow logs (JSON lines and binary) against a generated region, server in its own process", console,
            [enis, groups, rules, records, inProcess],
            p => new ReplayScenario(new ReplayOptions
            {
                NetworkInterfaces = p.GetValue(enis),
                Groups = p.GetValue(groups),
                Rules = p.GetValue(rules)!,
                Records = p.GetValue(records),
                InProcess = p.GetValue(inProcess),
            }));
    }
}
