using System.Security.Cryptography;
using System.Text.Json;
using SgGrid.Api.Ecs.Binding;
using SgGrid.Api.Ecs.Errors;
using SgGrid.Api.Ecs.Pipeline;
using SgGrid.Api.Hosting;
using SgGrid.Api.Replay.Deciding;
using SgGrid.Api.Replay.Reading;
using SgGrid.Api.Replay.Responses;
using SgGrid.Api.WhatIf.Binding;
using SgGrid.Domain.Errors;
using SgGrid.Domain.FlowLogs;
using SgGrid.Grains.Abstractions.Replay;
using SgGrid.Grains.Abstractions.Scenarios;

namespace SgGrid.Api.Replay.Actions;

/// <summary>
/// ReplayFlowLogs (SgGrid 2026-11-28): VPC flow-log records in the body (<c>Format</c> JsonLines, Csv or Binary;
/// docs/flow-logs.md) decided on the ENI and side each names, against production, a what-if scenario (<c>ScenarioId</c>) or
/// both (<c>Against</c>), while the body arrives. Answers counts by verdict and deciding rule, drift, breakage, unknown ENIs,
/// and per-record verdicts with <c>Verdicts=Records</c>; every replay is a job that DescribeReplayJob follows.
/// </summary>
/// <remarks>
/// The body streams (up to <see cref="SgGridApiOptions.MaxReplayBodyBytes"/> when the action is named in the headers or query)
/// and an ACS3 signature covers it by its declared hash. Production's rule hits (DescribeRuleHits, the health check's Unused)
/// are added only once the whole body was read and its hash verified: a refused upload counts nothing.
/// </remarks>
public sealed class ReplayFlowLogs : IStreamedBodyAction
{
    /// <summary>Records whose verdicts <c>Verdicts=Records</c> lists; later ones are only aggregated.</summary>
    public const int MaxRecordVerdicts = 10_000;

    private static readonly string[] Formats = ["JsonLines", "Csv", "Binary"];
    private static readonly string[] Worlds = ["Production", "Scenario", "Both"];
    private static readonly string[] VerdictModes = ["Aggregates", "Records"];

    public string Name => nameof(ReplayFlowLogs);

    public string Version => ApiVersions.Simulation;

    public long MaxBodyBytes(SgGridApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MaxReplayBodyBytes;
    }

    public async Task<RpcResult> ExecuteAsync(RpcContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var reader = context.Read();
        var region = context.Region(reader);
        var format = ChoiceParameters.Read(reader, "Format", Formats) ?? "JsonLines";
        var scenarioId = reader.Optional("ScenarioId", 64);
        var against = ChoiceParameters.Read(reader, "Against", Worlds) ?? (scenarioId is null ? "Production" : "Both");
        var perRecord = (ChoiceParameters.Read(reader, "Verdicts", VerdictModes) ?? "Aggregates") == "Records";
        var maxListed = reader.Number("MaxGroups", 1, 1000) ?? 100;
        if (reader.Error is { } error)
        {
            return error;
        }

        if (context.Scenario is not null)
        {
            return ApiErrors.NotInScenario(Name);
        }

        var worlds = Enum.Parse<ReplayWorlds>(against);
        if (worlds != ReplayWorlds.Production && scenarioId is null)
        {
            return ReplayErrors.ScenarioRequired(against);
        }

        if (scenarioId is not null && await Scenarios.FindAsync(region!, scenarioId) is null)
        {
            return Scenarios.NotFound();
        }

        var jobs = region!.Grains.GetReplayJobs(region.Owner);
        var started = DateTimeOffset.UtcNow;
        var job = new ReplayJobStatus { JobId = "rpj-" + RandomNumberGenerator.GetString("abcdefghijklmnopqrstuvwxyz0123456789", 20), StartTime = started, UpdateTime = started };
        await jobs.ReportAsync(job);

        var body = new FlowLogBodyReader(Enum.Parse<FlowLogFormat>(format));
        var decider = new ReplayWindowDecider(region.Owner, region.Grains,
            scenarioId is null ? null : ScopedGrainFactory.For(region.Grains, scenarioId), worlds, perRecord ? MaxRecordVerdicts : 0);
        var lastReport = started;
        ReplayJobStatus Progress(string status) => job with
        {
            Status = status,
            BytesRead = body.BytesRead,
            RecordsRead = body.Counters.Records,
            RecordsDecided = decider.Decided,
            UpdateTime = DateTimeOffset.UtcNow,
        };

        try
        {
            await body.ReadAsync(context.Body, async window =>
            {
                await decider.DecideAsync(window);
                if (DateTimeOffset.UtcNow - lastReport >= TimeSpan.FromSeconds(1))
                {
                    lastReport = DateTimeOffset.UtcNow;
                    await jobs.ReportAsync(Progress(ReplayJobStatus.Running));
                }
            }, context.CancellationToken);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            await jobs.ReportAsync(Failed(Progress(ReplayJobStatus.Failed), new EcsError(EcsErrorCodes.InternalError, "The upload stopped before its end.")));
            throw;
        }

        var refusal = await context.CheckBodyHashAsync()
            ?? (body.BodyProblem is { } problem ? ApiErrors.Malformed("Body", problem) : null);
        if (refusal is not null)
        {
            await jobs.ReportAsync(Failed(Progress(ReplayJobStatus.Failed), refusal));
            return refusal;
        }

        if (worlds != ReplayWorlds.Scenario)
        {
            await decider.Hits.CommitAsync(region.Grains, context.CancellationToken);
        }

        var answer = Answer(job.JobId, format, against, scenarioId, body, decider, maxListed, perRecord);
        var final = Progress(ReplayJobStatus.Succeeded);
        await jobs.ReportAsync(final with { FinishTime = final.UpdateTime, Answer = JsonSerializer.Serialize(answer, RpcResponseWriter.JsonOptions) });
        return RpcResult.Ok(answer);
    }

    private static ReplayJobStatus Failed(ReplayJobStatus job, EcsError error) =>
        job with { FinishTime = job.UpdateTime, ErrorCode = error.Code, ErrorMessage = error.Message };

    private static ReplayAnswer Answer(string jobId, string format, string against, string? scenarioId, FlowLogBodyReader body, ReplayWindowDecider decider, int maxListed, bool perRecord)
    {
        var aggregate = decider.Aggregate;
        var counters = body.Counters;
        return new ReplayAnswer(jobId, format, against,
            new ReplayCounters(body.BytesRead, counters.Records, decider.Decided, counters.NoData, counters.SkipData, counters.Malformed, counters.PortsIgnored, aggregate.Unknown.Records),
            new ReplayAnswer.ProblemList(counters.Problems),
            new ReplayAnswer.IdList(aggregate.UnknownNetworkInterfaces))
        {
            ScenarioId = scenarioId,
            Production = aggregate.Production is { } p ? WorldVerdicts.From(p, maxListed) : null,
            Scenario = aggregate.Scenario is { } s ? WorldVerdicts.From(s, maxListed) : null,
            Drift = aggregate.Production is not null ? DriftAnswer.From(aggregate, maxListed) : null,
            Breakage = aggregate.Production is not null && aggregate.Scenario is not null ? BreakageAnswer.From(aggregate, maxListed) : null,
            Records = perRecord ? new ReplayAnswer.VerdictList([.. decider.Verdicts.Select(RecordVerdictAnswer.From)]) : null,
            RecordsTruncated = perRecord ? counters.Records > decider.Verdicts.Count : null,
        };
    }
}
